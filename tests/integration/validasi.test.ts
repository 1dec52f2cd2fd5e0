import logJson from '../../sheets-templates/tab-log.json';
import temuanJson from '../../sheets-templates/tab-temuan.json';
import { localMs } from '../../src/server/domain/jam-kerja/zona';
import { World } from '../emulator';
import { spreadsheetState, spreadsheetStore } from '../emulator/spreadsheet/model';
import { answerUi } from '../emulator/spreadsheet/ui';
import { userEdit } from '../emulator/spreadsheet/user-edit';
import { triggersOf } from '../emulator/services/triggers';
import { LoadedScript } from '../harness/script';
import { REAL_ERRORS } from '../emulator/core/faults';

const SEK_TIM = 'sakip.sekretaris@contoh.go.id';
const ANGGOTA = 'sakip.anggota@contoh.go.id';
const SEKRETARIS = 'sekretaris@contoh.go.id';
const STAF_SEKRE = 'staf.sekre@contoh.go.id';
const KABID_PSPFM = 'kabid.pspfm@contoh.go.id';
const STAF_PSPFM = 'staf.pspfm@contoh.go.id';
const KABID_PJRS = 'kabid.pjrs@contoh.go.id';
const STAF_PJRS = 'staf.pjrs@contoh.go.id';
const UNIT = ['SEKRE', 'PSPFM', 'PJRS', 'PERMAS', 'PEMDES'];
const KABID: Record<string, string> = {
  SEKRE: SEKRETARIS,
  PSPFM: KABID_PSPFM,
  PJRS: KABID_PJRS,
  PERMAS: 'kabid.permas@contoh.go.id',
  PEMDES: 'kabid.pemdes@contoh.go.id',
};
const STAF: Record<string, string> = Object.fromEntries(UNIT.map((k) => [k, `staf.${k.toLowerCase()}@contoh.go.id`]));
/** Form columns (sheets-templates/tab-formulir.json): F Realisasi, H Penjelasan, K Validasi, L Catatan, M Sidik. */
const KOL = { realisasi: 'F', penjelasan: 'H', validasi: 'K', catatan: 'L', sidik: 'M' };
const agu = (tanggal: number, jam: number, menit = 0) => localMs(2026, 8, tanggal, jam, menit);

type Globals = { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp };
type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Hasil = { berubah: boolean; pesan: string; galat?: number; peringatan?: number };

/**
 * The Triwulan II 2026 cycle created from the office workbook's menu by the Sek. Tim Sakip (who owns it), shared with
 * every unit's people, with every prefilled indicator's Realisasi typed by the unit's staff. With `pemicu`, accepted
 * edits fire the installable onEdit triggers of the spreadsheet as their owner, with e.user the typist, as Apps Script
 * does (https://developers.google.com/apps-script/guides/triggers/events#edit).
 */
function siklus({ pemicu = true } = {}) {
  const world = new World(agu(12, 8, 30));
  const script = new LoadedScript(world);
  const g = script.context as unknown as Globals;
  const hostId = world.run({ user: SEK_TIM }, () => g.SpreadsheetApp.create('Buku Kerja SAKIP').getId());
  answerUi(world, { button: 'OK', text: 'Triwulan II 2026' }, 'YES', { button: 'OK', text: '08.00-08.10' });
  script.call('menuMulaiSiklusBaru', [], { user: SEK_TIM, activeSpreadsheetId: hostId });
  const id = [...spreadsheetStore(world).files.values()].find((f) => f.id !== hostId)!.id;
  const sebagai = <T>(user: string, fn: (ss: Ss) => T): T =>
    world.run({ user, activeSpreadsheetId: id }, () => fn(g.SpreadsheetApp.openById(id)));
  sebagai(SEK_TIM, (ss) => ss.addEditors([...Object.values(STAF), ...Object.values(KABID)]));
  if (pemicu) script.fireEditTriggers();
  const panggil = (fn: string, user: string, at: number, ...args: unknown[]) => {
    world.clock.set(at);
    return script.call<Hasil>(fn, [id, ...args], { user, activeSpreadsheetId: id });
  };
  const ketik = (user: string, at: number, kode: string, a1: string, nilai: unknown) => {
    world.clock.set(at);
    return userEdit(world, id, `Form ${kode}`, a1, nilai, user);
  };
  const nilai = (tab: string) => sebagai(SEK_TIM, (ss) => ss.getSheetByName(tab)!.getDataRange().getValues());
  const sel = (kode: string, a1: string) =>
    sebagai(SEK_TIM, (ss) => ss.getSheetByName(`Form ${kode}`)!.getRange(a1).getValue());
  const log = () => nilai(logJson.nama).slice(1);
  const barisData = (kode: string) => nilai(`Form ${kode}`).filter((r, i) => i > 0 && r[1] !== '').length;
  world.clock.set(agu(13, 9));
  for (const kode of UNIT) {
    const n = barisData(kode);
    const realisasi = Array.from({ length: n }, (_, i) => [String(10 + i)]);
    userEdit(world, id, `Form ${kode}`, `${KOL.realisasi}2:${KOL.realisasi}${n + 1}`, realisasi, STAF[kode]);
  }
  return { world, script, g, id, sebagai, panggil, ketik, nilai, sel, log, barisData };
}

type Siklus = ReturnType<typeof siklus>;

/** Marks every filled row of a unit Valid and signs the unit off, as its Kabid. */
function validasiUnit(s: Siklus, kode: string, at: number) {
  for (let baris = 2; baris <= s.barisData(kode) + 1; baris++)
    s.panggil('tandaiBaris', KABID[kode], at, kode, baris, 'Valid');
  return s.panggil('sahkanUnit', KABID[kode], at, kode);
}

describe('validasiData (Tim SAKIP): findings in Temuan with links, highlighted in the unit tabs', () => {
  it('lists each finding with a HYPERLINK to its cell and colours the cell; clears the highlight once fixed', () => {
    const s = siklus();
    s.ketik(STAF_PSPFM, agu(14, 9), 'PSPFM', `${KOL.realisasi}3`, '');
    s.ketik(STAF_PSPFM, agu(14, 9), 'PSPFM', `${KOL.penjelasan}2`, '=IMPORTRANGE("https://x","A1")');
    const hasil = s.panggil('validasiData', SEK_TIM, agu(18, 9));
    expect(hasil.pesan).toMatch(/^Validasi selesai: \d+ galat, \d+ peringatan/);
    const [judul, ...temuan] = s.nilai(temuanJson.nama);
    expect(judul).toEqual(temuanJson.kolom.map((k) => k.judul));
    const kosong = temuan.find((r) => r[1] === 'PSPFM' && r[3] === 3 && r[4] === 'Realisasi')!;
    expect(kosong[0]).toBe('peringatan');
    expect(kosong[5]).toBe('Tab "Form PSPFM", baris 3, kolom "Realisasi": belum diisi; capaian belum dapat dihitung.');
    const gid = spreadsheetState(s.world, s.id).sheets.find((x) => x.name === 'Form PSPFM')!.sheetId;
    const rumus = s.sebagai(SEK_TIM, (ss) =>
      ss.getSheetByName(temuanJson.nama)!.getRange(2, 3, temuan.length, 1).getFormulas(),
    );
    expect(rumus.flat()).toContain(`=HYPERLINK("#gid=${gid}&range=F3","Form PSPFM!F3")`);
    const latar = (a1: string) =>
      s.sebagai(SEK_TIM, (ss) => ss.getSheetByName('Form PSPFM')!.getRange(a1).getBackground());
    expect(latar('F3')).toBe(temuanJson.warnaSorot.peringatan);
    expect(latar('F2')).toBe('#ffffff');

    s.ketik(STAF_PSPFM, agu(18, 14), 'PSPFM', `${KOL.realisasi}3`, '15');
    s.panggil('validasiData', SEK_TIM, agu(18, 14, 5));
    expect(latar('F3')).toBe('#ffffff');
    expect(s.nilai(temuanJson.nama).some((r) => r[1] === 'PSPFM' && r[3] === 3 && r[4] === 'Realisasi')).toBe(false);
  });

  it('is for the Tim SAKIP only, and writes nothing to the values of a unit tab', () => {
    const s = siklus();
    expect(() => s.panggil('validasiData', KABID_PSPFM, agu(18, 9))).toThrow(
      `${KABID_PSPFM} tidak berwenang menjalankan validasi data: hanya Tim SAKIP (tab Pengaturan).`,
    );
    const sebelum = UNIT.map((k) => s.nilai(`Form ${k}`));
    s.panggil('validasiData', ANGGOTA, agu(18, 9));
    expect(UNIT.map((k) => s.nilai(`Form ${k}`))).toEqual(sebelum);
  });

  it('makes as many service calls with 10 more indicators per unit as with 40', () => {
    const panggilan = (tambahan: number) => {
      const s = siklus({ pemicu: false });
      for (const kode of UNIT) {
        const n = s.nilai(`Form ${kode}`).length;
        const isi = Array.from({ length: tambahan }, (_, i) => ['S', `Indikator tambahan ${i}`, '%', 'positif', 10, 5]);
        // the owner (who may edit the whole tab) grows the form, as a unit with many indicators would have it
        if (tambahan)
          s.sebagai(SEK_TIM, (ss) =>
            ss
              .getSheetByName(`Form ${kode}`)!
              .getRange(n + 1, 1, tambahan, 6)
              .setValues(isi),
          );
      }
      s.panggil('tandaiBaris', SEKRETARIS, agu(18, 8), 'SEKRE', 2, 'Valid');
      const awal = s.world.calls.records.length;
      s.panggil('validasiData', SEK_TIM, agu(18, 9));
      s.panggil('tandaiBaris', SEKRETARIS, agu(18, 10), 'SEKRE', 3, 'Perlu perbaikan', 'cek');
      expect(() => s.panggil('sahkanUnit', KABID_PSPFM, agu(18, 11), 'PSPFM')).toThrow(/belum dapat disahkan/);
      return s.world.calls.records.slice(awal).filter((c) => c.costClass !== 'local').length;
    };
    expect(panggilan(40)).toBe(panggilan(10));
  });
});

describe('the Kabid validates inside Sheets (step 7)', () => {
  it('PSPFM: the empty row marked "Perlu perbaikan", fixed by the unit, validated and the unit signed off', () => {
    const s = siklus();
    s.ketik(STAF_PSPFM, agu(14, 9), 'PSPFM', `${KOL.realisasi}3`, '');
    s.panggil('validasiData', SEK_TIM, agu(18, 9));
    expect(
      s.panggil('tandaiBaris', KABID_PSPFM, agu(18, 10), 'PSPFM', 3, 'Perlu perbaikan', 'Realisasi belum diisi'),
    ).toEqual({ berubah: true, pesan: 'Tab "Form PSPFM" baris 3 ditandai "Perlu perbaikan".' });
    expect([s.sel('PSPFM', 'K3'), s.sel('PSPFM', 'L3')]).toEqual(['Perlu perbaikan', 'Realisasi belum diisi']);
    expect(() => s.panggil('sahkanUnit', KABID_PSPFM, agu(18, 10, 5), 'PSPFM')).toThrow(
      /Unit PSPFM belum dapat disahkan: tab "Form PSPFM" baris 2 \(belum divalidasi\), baris 3 \(Perlu perbaikan\)/,
    );
    s.ketik(STAF_PSPFM, agu(18, 14), 'PSPFM', 'F3', '12,5');
    expect(validasiUnit(s, 'PSPFM', agu(19, 10, 30))).toEqual({ berubah: true, pesan: 'Unit PSPFM disahkan.' });
    expect(s.sel('PSPFM', 'K3')).toBe('Valid');
    expect(String(s.sel('PSPFM', 'M3'))).toMatch(/^v1:/);
    const disahkan = s.log().find((r) => r[5] === 'unit-disahkan-PSPFM')!;
    expect(disahkan.slice(1, 4)).toEqual([KABID_PSPFM, 'unit-disahkan', 7]);
    expect(disahkan[4]).toMatch(
      /^Unit PSPFM disahkan oleh Kabid PSPFM \(kabid\.pspfm@contoh\.go\.id\) pada Rabu, 19 Agustus 2026 10\.30 WIB/,
    );
    const aksi = s.log().map((r) => r[2]);
    expect(aksi).toEqual(expect.arrayContaining(['baris-perlu-perbaikan', 'baris-divalidasi', 'mulai']));
    expect(s.log().find((r) => r[2] === 'mulai' && r[3] === 7)![1]).toBe(KABID_PSPFM);
    // the same mark again changes nothing
    const n = s.log().length;
    expect(s.panggil('tandaiBaris', KABID_PSPFM, agu(19, 11), 'PSPFM', 3, 'Valid').berubah).toBe(false);
    expect(s.panggil('sahkanUnit', KABID_PSPFM, agu(19, 11), 'PSPFM').berubah).toBe(false);
    expect(s.log()).toHaveLength(n);
  });

  it('refuses a PJRS staff member, by the server check and by the sheet protection', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection: a range protection's editors only
    const s = siklus();
    expect(() => s.panggil('tandaiBaris', STAF_PJRS, agu(18, 10), 'PJRS', 2, 'Valid')).toThrow(
      `${STAF_PJRS} tidak berwenang memvalidasi tab "Form PJRS" baris 2: validasi hanya dapat dilakukan oleh ` +
        'Kabid unit PJRS (Kabid PJRS).',
    );
    expect(() => s.ketik(STAF_PJRS, agu(18, 10), 'PJRS', 'K2', 'Valid')).toThrow(/protected cell/);
    expect(() => s.ketik(KABID_PSPFM, agu(18, 10), 'PJRS', 'K2', 'Valid')).toThrow(/protected cell/);
    expect(() => s.panggil('sahkanUnit', STAF_PJRS, agu(18, 10), 'PJRS')).toThrow(/tidak berwenang memvalidasi/);
    expect(s.sel('PJRS', 'K2')).toBe('');
    expect(s.log().some((r) => String(r[2]).startsWith('baris-'))).toBe(false);
  });

  it('a Kabid typing "Valid" into the sheet is picked up with who typed it', () => {
    const s = siklus();
    s.panggil('validasiData', SEK_TIM, agu(18, 9));
    s.ketik(KABID_PJRS, agu(18, 10), 'PJRS', 'K2', 'Valid');
    expect(String(s.sel('PJRS', 'M2'))).toMatch(/^v1:/);
    const baris = s.log().find((r) => r[2] === 'baris-divalidasi')!;
    expect([baris[1], baris[4]]).toEqual([
      KABID_PJRS,
      'Tab "Form PJRS" baris 2: "Valid" diketik langsung di sheet oleh kabid.pjrs@contoh.go.id.',
    ]);
  });

  it('SEKRE: an edit of a validated row clears its validation visibly and logs it; the Sekretaris validates again', () => {
    const s = siklus();
    s.panggil('validasiData', SEK_TIM, agu(18, 9));
    s.panggil('tandaiBaris', SEKRETARIS, agu(19, 10), 'SEKRE', 2, 'Valid');
    s.ketik(STAF_SEKRE, agu(19, 10, 45), 'SEKRE', 'F2', '99');
    expect([s.sel('SEKRE', 'K2'), s.sel('SEKRE', 'M2')]).toEqual(['Perlu dicek ulang', 'diubah:realisasi']);
    const batal = s.log().find((r) => r[2] === 'validasi-batal')!;
    expect(batal.slice(1, 6)).toEqual([
      STAF_SEKRE,
      'validasi-batal',
      7,
      'Tab "Form SEKRE" baris 2: diubah oleh staf.sekre@contoh.go.id setelah divalidasi (kolom "Realisasi"); validasi dibatalkan.',
      'validasi-batal-SEKRE-B2-1',
    ]);
    const latar = s.sebagai(SEK_TIM, (ss) => ss.getSheetByName('Form SEKRE')!.getRange('F2').getBackground());
    expect(latar).toBe(temuanJson.warnaSorot.validasiBatal);
    s.panggil('tandaiBaris', SEKRETARIS, agu(19, 10, 55), 'SEKRE', 2, 'Valid');
    expect(s.sel('SEKRE', 'K2')).toBe('Valid');
    expect(
      s
        .log()
        .filter((r) => r[2] === 'baris-divalidasi')
        .map((r) => r[5]),
    ).toEqual(['baris-divalidasi-SEKRE-B2-1', 'baris-divalidasi-SEKRE-B2-2']);
  });

  it('without the trigger, the next read takes the validation away and logs it', () => {
    const s = siklus({ pemicu: false });
    s.panggil('tandaiBaris', SEKRETARIS, agu(19, 10), 'SEKRE', 2, 'Valid');
    s.ketik(STAF_SEKRE, agu(19, 10, 45), 'SEKRE', 'H2', 'kendala cuaca');
    expect(s.sel('SEKRE', 'K2')).toBe('Valid');
    s.panggil('validasiData', SEK_TIM, agu(19, 11));
    expect(s.sel('SEKRE', 'K2')).toBe('Perlu dicek ulang');
    const batal = s.log().find((r) => r[2] === 'validasi-batal')!;
    expect([batal[1], batal[4]]).toEqual([
      SEK_TIM,
      'Tab "Form SEKRE" baris 2: diubah setelah divalidasi (kolom "Penjelasan / Kendala"); validasi dibatalkan.',
    ]);
    expect(s.nilai(temuanJson.nama).find((r) => r[1] === 'SEKRE' && r[4] === 'Validasi')![5]).toContain(
      'Kabid perlu memvalidasi ulang',
    );
  });

  it("a Tim SAKIP member who may not write the Kabid columns reports a lost validation; the Kabid's next call resets it", () => {
    const s = siklus({ pemicu: false });
    s.panggil('tandaiBaris', SEKRETARIS, agu(19, 10), 'SEKRE', 2, 'Valid');
    s.ketik(STAF_SEKRE, agu(19, 10, 45), 'SEKRE', 'F2', '98');
    s.panggil('validasiData', ANGGOTA, agu(19, 11));
    expect(s.sel('SEKRE', 'K2')).toBe('Valid');
    expect(
      s
        .log()
        .filter((r) => r[2] === 'validasi-batal')
        .map((r) => [r[1], r[5]]),
    ).toEqual([[ANGGOTA, 'validasi-batal-SEKRE-B2-1']]);
    expect(s.nilai(temuanJson.nama).find((r) => r[1] === 'SEKRE' && r[4] === 'Validasi')![5]).toContain(
      'Kabid perlu memvalidasi ulang',
    );
    expect(() => s.panggil('sahkanUnit', SEKRETARIS, agu(19, 11, 5), 'SEKRE')).toThrow(
      /Unit SEKRE belum dapat disahkan: tab "Form SEKRE" baris 2 \(Perlu dicek ulang\)/,
    );
    expect([s.sel('SEKRE', 'K2'), s.sel('SEKRE', 'M2')]).toEqual(['Perlu dicek ulang', 'diubah:realisasi']);
    expect(s.log().filter((r) => r[2] === 'validasi-batal')).toHaveLength(1);
  });

  it('finishes step 7 when every unit is signed off; an edit afterwards reopens the unit and the step', () => {
    const s = siklus();
    s.panggil('validasiData', SEK_TIM, agu(18, 9));
    UNIT.slice(0, -1).forEach((kode) => validasiUnit(s, kode, agu(19, 10)));
    expect(s.log().some((r) => r[2] === 'selesai' && r[3] === 7)).toBe(false);
    validasiUnit(s, 'PEMDES', agu(19, 11));
    const selesai = s.log().find((r) => r[2] === 'selesai' && r[3] === 7)!;
    expect(selesai.slice(1, 6)).toEqual([KABID.PEMDES, 'selesai', 7, 'semua unit disahkan Kabid', 'L7-selesai-1']);

    s.ketik(STAF_PSPFM, agu(19, 13), 'PSPFM', 'F2', '1');
    const ids = s.log().map((r) => r[5]);
    expect(ids.slice(-3)).toEqual(['validasi-batal-PSPFM-B2-1', 'unit-dibuka-PSPFM-1', 'L7-buka-kembali-1']);
    s.panggil('tandaiBaris', KABID_PSPFM, agu(19, 14), 'PSPFM', 2, 'Valid');
    s.panggil('sahkanUnit', KABID_PSPFM, agu(19, 14), 'PSPFM');
    expect(
      s
        .log()
        .map((r) => r[5])
        .slice(-2),
    ).toEqual(['unit-disahkan-PSPFM-2', 'L7-selesai-2']);
  });

  it('installs the onEdit trigger once, for the person who runs the validation inside the cycle spreadsheet', () => {
    const s = siklus();
    s.panggil('validasiData', SEK_TIM, agu(18, 9));
    s.panggil('validasiData', SEK_TIM, agu(18, 10));
    const edit = triggersOf(s.world).filter((t) => t.eventType === 'ON_EDIT');
    expect(edit.map((t) => [t.handler, t.owner, t.sourceId])).toEqual([['pemicuSaatDiedit', SEK_TIM, s.id]]);
  });
});

describe('resumable after a failure at any call', () => {
  /** What people see of the cycle after the actions: unit forms (values and backgrounds), Temuan, Log, triggers. */
  const potret = (s: Siklus) =>
    s.sebagai(SEK_TIM, (ss) => ({
      form: UNIT.map((k) => {
        const blok = ss.getSheetByName(`Form ${k}`)!.getDataRange();
        return [blok.getValues(), blok.getBackgrounds()];
      }),
      temuan: ss.getSheetByName(temuanJson.nama)!.getDataRange().getFormulas(),
      log: ss
        .getSheetByName(logJson.nama)!
        .getDataRange()
        .getValues()
        .map((r) => r.slice(1)),
      pemicu: triggersOf(s.world).filter((t) => t.eventType === 'ON_EDIT').length,
    }));
  /** The SEKRE story up to a lost validation, PSPFM ready to be signed off as the last unit. */
  const awal = () => {
    const s = siklus({ pemicu: false });
    UNIT.filter((k) => k !== 'PSPFM').forEach((k) => validasiUnit(s, k, agu(19, 9)));
    for (let b = 2; b <= s.barisData('PSPFM') + 1; b++)
      s.panggil('tandaiBaris', KABID_PSPFM, agu(19, 9), 'PSPFM', b, 'Valid');
    s.ketik(STAF_SEKRE, agu(19, 9, 30), 'SEKRE', 'F2', '99');
    return s;
  };
  const langkah: [string, (s: Siklus) => unknown][] = [
    ['validasiData', (s) => s.panggil('validasiData', SEK_TIM, agu(19, 10))],
    ['tandaiBaris', (s) => s.panggil('tandaiBaris', SEKRETARIS, agu(19, 10), 'SEKRE', 3, 'Perlu perbaikan', 'cek')],
    ['sahkanUnit', (s) => s.panggil('sahkanUnit', KABID_PSPFM, agu(19, 10), 'PSPFM')],
  ];

  it.each(langkah)('%s converges to the clean result when re-run after a failure', (_nama, aksi) => {
    const bersih = awal();
    const mulai = bersih.world.calls.records.length;
    aksi(bersih);
    const jumlah = bersih.world.calls.records.length - mulai;
    const harapan = potret(bersih);
    for (const n of [1, 2, 3, 5, 8, 13, 21, 34, jumlah - 5, jumlah - 2, jumlah - 1].filter(
      (x) => x >= 1 && x < jumlah,
    )) {
      const s = awal();
      s.world.faults.failAt(s.world.calls.records.length + n, REAL_ERRORS.maxExecutionTime);
      expect(() => aksi(s)).toThrow();
      aksi(s);
      expect([n, potret(s)]).toEqual([n, harapan]);
    }
  });
});
