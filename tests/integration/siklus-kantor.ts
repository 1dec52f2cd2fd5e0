import logJson from '../../sheets-templates/tab-log.json';
import { localMs } from '../../src/server/domain/jam-kerja/zona';
import { World } from '../emulator';
import { spreadsheetStore } from '../emulator/spreadsheet/model';
import { answerUi } from '../emulator/spreadsheet/ui';
import { LoadedScript } from '../harness/script';

/** People of the default Pengaturan (sheets-templates/pengaturan-bawaan.json). */
export const ORANG = {
  sekTim: 'sakip.sekretaris@contoh.go.id',
  anggota: 'sakip.anggota@contoh.go.id',
  kepala: 'kepala@contoh.go.id',
  sekretaris: 'sekretaris@contoh.go.id',
  data: 'data@contoh.go.id',
  kabidPspfm: 'kabid.pspfm@contoh.go.id',
  stafPspfm: 'staf.pspfm@contoh.go.id',
  kabidPjrs: 'kabid.pjrs@contoh.go.id',
  stafPjrs: 'staf.pjrs@contoh.go.id',
} as const;
export const UNIT = ['SEKRE', 'PSPFM', 'PJRS', 'PERMAS', 'PEMDES'];
export const HOUR = 3600000;

type Globals = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** WIB wall-clock time in August 2026. */
export const agu = (tanggal: number, jam: number, menit = 0) => localMs(2026, 8, tanggal, jam, menit);

/**
 * The office's SAKIP workbook and the Triwulan II 2026 cycle created from its menu on Wed 12 Aug 2026 08:30 WIB by the
 * Sek. Tim Sakip (the built Code.js, the default Pengaturan), with the form deadline `batas` typed into Pengaturan.
 */
export function siklusKantor(batas: string | null = '2026-08-21 16:00') {
  const world = new World(agu(12, 8, 30));
  const script = new LoadedScript(world);
  const g = script.context as unknown as Globals;
  const hostId = world.run({ user: ORANG.sekTim }, () => g.SpreadsheetApp.create('Buku Kerja SAKIP').getId());
  answerUi(world, { button: 'OK', text: 'Triwulan II 2026' }, 'YES', { button: 'OK', text: '08.00-08.10' });
  script.call('menuMulaiSiklusBaru', [], { user: ORANG.sekTim, activeSpreadsheetId: hostId });
  const id = [...spreadsheetStore(world).files.values()].find((f) => f.id !== hostId)!.id;
  const sebagai = <T>(user: string, fn: (ss: Ss) => T): T =>
    world.run({ user, activeSpreadsheetId: hostId }, () => fn(g.SpreadsheetApp.openById(id)));
  const aturPengaturan = (label: string, nilai: string) =>
    sebagai(ORANG.sekTim, (ss) => {
      const sheet = ss.getSheetByName('Pengaturan')!;
      const baris = sheet
        .getRange('A:A')
        .getValues()
        .findIndex((r) => r[0] === label);
      sheet.getRange(baris + 1, 2).setValue(nilai);
    });
  if (batas !== null) aturPengaturan('Batas pengisian (WIB)', batas);
  /** One google.script.run call of the sidebar at WIB time `at` (default: now) by `user`. */
  const panggil = <T>(fn: string, user: string, ...args: unknown[]): T =>
    script.call<T>(fn, [id, ...args], { user, activeSpreadsheetId: id });
  const log = () => sebagai(ORANG.sekTim, (ss) => ss.getSheetByName(logJson.nama)!.getDataRange().getValues().slice(1));
  const idLog = () => log().map((r) => String(r[5]));
  /** Service round trips (not local calls) made by `fn`. */
  const panggilan = (fn: () => unknown) => {
    const awal = world.calls.records.length;
    fn();
    return world.calls.records.slice(awal).filter((c) => c.costClass !== 'local').length;
  };
  /** Moves the clock hour by hour up to `until`, firing the due triggers at each hour as Apps Script would. */
  const jalankanSampai = (until: number) => {
    while (world.clock.now() + HOUR <= until) {
      world.clock.advance(HOUR);
      script.fireDueTriggers();
    }
  };
  return { world, script, g, hostId, id, sebagai, aturPengaturan, panggil, log, idLog, panggilan, jalankanSampai };
}
