/** Mulai siklus baru from the menu, again: the year's Drive folder, a re-run after a failure, service calls, AuthMode.NONE. */
import formulirJson from '../../sheets-templates/tab-formulir.json';
import { spreadsheetStore } from '../emulator/spreadsheet/model';
import { uiRecords } from '../emulator/spreadsheet/ui';
import { driveFiles } from '../emulator/drive/registry';
import { MIME_TYPES } from '../emulator/drive/enums';
import { potretBerkas } from '../harness/potret';
import { buatSiklus, type OpsiSiklus } from '../harness/siklus';

const NAMA_TW2 = 'Pengukuran Kinerja – Triwulan II Tahun 2026 – Dinsospermasdes';

/** The office's SAKIP workbook (Wed 12 Aug 2026 08:30 WIB); the tests start the cycles from its menu themselves. */
const kantor = (opsi: OpsiSiklus = {}) => buatSiklus({ ...opsi, mulai: false });

describe('Mulai siklus baru (menuMulaiSiklusBaru through Code.js)', () => {
  it('puts the cycles of a year into one Drive folder of that year, created once', () => {
    const k = kantor();
    k.mulaiSiklus('Triwulan II 2026');
    k.mulaiSiklus('Triwulan III 2026', { disposisi: '' });
    const drive = driveFiles(k.world);
    const folder = drive.all().filter((f) => f.name === 'Pengukuran Kinerja 2026' && f.mimeType === MIME_TYPES.FOLDER);
    expect(folder).toHaveLength(1);
    const isi = drive.childrenOf(folder[0].id).map((f) => f.name);
    expect(isi.sort()).toEqual([NAMA_TW2, NAMA_TW2.replace('Triwulan II ', 'Triwulan III ')]);
    expect(drive.get(k.siklusPeriode('2026-TW2').id)?.parents).toEqual([folder[0].id]);
  });

  it('converges to the clean result when re-run after a failure at any of many calls', () => {
    const bersih = kantor();
    const awal = bersih.world.calls.mark();
    bersih.mulaiSiklus('Triwulan II 2026');
    const jumlahPanggilan = bersih.world.calls.since(awal).length;
    const hasilBersih = potretBerkas(bersih.siklusPeriode('2026-TW2'));
    const urutan = bersih.world.calls.since(awal).map((c) => `${c.type}.${c.method}`);
    const [dibuat, dicatat] = [
      urutan.indexOf('SpreadsheetApp.create') + 1,
      urutan.indexOf('Properties.setProperty') + 1,
    ];
    // every 5th call, and each call around creating and recording the spreadsheet
    const titik = [
      ...Array.from({ length: jumlahPanggilan }, (_, i) => i + 1).filter(
        (n) => n % 5 === 0 || (n >= dibuat - 2 && n <= dicatat + 2),
      ),
    ];
    expect(jumlahPanggilan).toBeGreaterThan(100);
    expect(titik.some((n) => n > dibuat && n <= dicatat)).toBe(true);
    for (const n of titik) {
      const k = kantor();
      const seq = k.world.calls.mark() + n;
      k.world.faults.failAt(seq, 'Service Spreadsheets failed while accessing document with id x.');
      expect(() => k.mulaiSiklus('Triwulan II 2026')).toThrow();
      const gagal = k.world.calls.records[seq - 1];
      uiRecords(k.world).answers.length = 0;
      k.mulaiSiklus('Triwulan II 2026', { cadangan: ['YES'] });
      uiRecords(k.world).answers.length = 0;
      const hasil = potretBerkas(k.siklusPeriode('2026-TW2'));
      const beda = Object.keys({ ...hasil, ...hasilBersih }).filter((tab) => hasil[tab] !== hasilBersih[tab]);
      expect({ n, panggilan: `${gagal.type}.${gagal.method}`, beda }).toEqual({
        n,
        panggilan: `${gagal.type}.${gagal.method}`,
        beda: [],
      });
      // none is left unrecorded, not even when the run stops between creating it and recording its id: the re-run
      // takes the spreadsheet it finds by name (gangguan-mulai-siklus.test.ts)
      expect({ n, yatim: spreadsheetStore(k.world).files.size - 2 }).toEqual({ n, yatim: 0 });
    }
  });
});

describe('Mulai siklus baru (menuMulaiSiklusBaru through Code.js)', () => {
  it('makes as many service calls for 400 indicators per unit as for 200, and for 150 as for 2', () => {
    const panggilan = (perUnit: number) => {
      // an earlier cycle of the office (TW I) whose settings carry the Perjanjian Kinerja
      const k = kantor({ ukuran: { unit: 5, perUnit } });
      const awal = k.world.calls.mark();
      k.mulaiSiklus('Triwulan II 2026');
      const tw2 = k.siklusPeriode('2026-TW2');
      expect(k.nilai('Form PEMDES', tw2.id)).toHaveLength(1 + perUnit + formulirJson.barisCadangan);
      return k.world.calls.since(awal).length;
    };
    expect(panggilan(150)).toBe(panggilan(2));
    // past 1000 rows the Pengaturan tab grows once (insertRowsAfter), whatever the number of rows
    expect(panggilan(400)).toBe(panggilan(200));
    expect(panggilan(200)).toBe(panggilan(2) + 1);
  });

  it('refuses to run in AuthMode.NONE before asking anything or creating anything', () => {
    const k = kantor();
    expect(() => k.mulaiSiklus('Triwulan II 2026', { disposisi: null, authMode: 'NONE' })).toThrow(/permission/);
    expect(uiRecords(k.world).dialogs).toHaveLength(0);
    expect(spreadsheetStore(k.world).files.size).toBe(1);
  });
});
