import formulirJson from '../../sheets-templates/tab-formulir.json';
import rekapJson from '../../sheets-templates/tab-rekap.json';
import temuanJson from '../../sheets-templates/tab-temuan.json';
import logJson from '../../sheets-templates/tab-log.json';
import { bacaPengaturan } from '../../src/server/domain/pengaturan/baca-pengaturan';
import { pengaturanBawaan } from '../../src/server/domain/pengaturan/bawaan';
import { type Pengaturan } from '../../src/server/domain/pengaturan/types';
import { localMs } from '../../src/server/domain/zona-waktu';
import { spreadsheetStore } from '../emulator/spreadsheet/model';
import { uiRecords } from '../emulator/spreadsheet/ui';
import { ORANG, SOP, UNIT } from '../harness/kantor';
import { pilihLog } from '../harness/log';
import { potretBerkas } from '../harness/potret';
import { buatSiklus, type OpsiSiklus } from '../harness/siklus';
import { barisBernama } from '../harness/tabel';

const PEMILIK = ORANG.sekTim;
const ANGGOTA = ORANG.anggota;
const TAG = 'pengukuran-kinerja.siklus';
const NAMA_TW2 = 'Pengukuran Kinerja – Triwulan II Tahun 2026 – Dinsospermasdes';
const URUTAN_TAB = [
  'Petunjuk',
  'Pelacakan SOP',
  'Pengaturan',
  ...UNIT.map((k) => `Form ${k}`),
  'Anggaran',
  'Rekap',
  'Temuan',
  'Perubahan Target',
  'Log',
];
const JUDUL_FORM = formulirJson.kolom.map((k) => k.judul);

/**
 * The office's SAKIP workbook, from which the add-in's menu is used, in a world set on Wed 12 Aug 2026 08:30 WIB; the
 * tests start the cycles themselves (mulaiSiklus: the period typed, the units confirmed, the disposisi typed).
 */
const kantor = (opsi: OpsiSiklus = {}) => buatSiklus({ ...opsi, mulai: false });

function pengaturanDari(values: unknown[][]): Pengaturan {
  const hasil = bacaPengaturan(values, 'Pengaturan');
  if (!hasil.ok) throw new Error(hasil.galat.map((g) => g.pesan).join('\n'));
  return hasil.pengaturan;
}

describe('Mulai siklus baru (menuMulaiSiklusBaru through Code.js)', () => {
  it('asks for the period, confirms the units, and creates one tagged spreadsheet with every tab in order', () => {
    const k = kantor();
    k.mulaiSiklus('Triwulan II 2026');
    const ss = k.siklusPeriode('2026-TW2');
    expect(ss.name).toBe(NAMA_TW2);
    expect([ss.timeZone, ss.locale]).toEqual(['Asia/Jakarta', 'id_ID']);
    expect(ss.sheets.map((s) => s.name)).toEqual(URUTAN_TAB);
    expect(ss.developerMetadata.map((m) => [m.key, m.value])).toEqual([
      [TAG, '2026-TW2'],
      ['pengukuran-kinerja.buku-kerja', k.bukuKerja],
      ['pengukuran-kinerja.segel', ss.id],
      ['pengukuran-kinerja.siap', 'ya'],
    ]);
    expect(ss.developerMetadata.map((m) => m.visibility)).toEqual(['DOCUMENT', 'DOCUMENT', 'PROJECT', 'DOCUMENT']);

    const konfirmasi = uiRecords(k.world).dialogs.find((d) => d.kind === 'alert')!;
    expect(konfirmasi.buttons).toBe('YES_NO');
    for (const kode of UNIT) expect(konfirmasi.content).toContain(kode);

    expect(k.nilai('Rekap', ss.id)[0]).toEqual(rekapJson.kolom.map((c) => c.judul));
    expect(k.nilai('Temuan', ss.id)[0]).toEqual(temuanJson.kolom.map((c) => c.judul));
    expect(k.nilai('Log', ss.id)[0]).toEqual(logJson.kolom.map((c) => c.judul));
    expect(k.nilai('Log', ss.id)[0]).toEqual([
      'Waktu',
      'Pengguna',
      'Aksi',
      'Uraian aksi',
      'Langkah',
      'Rincian',
      'ID',
      'Segel',
    ]);
    // people read the action in words; its code, which the add-in reads, is in the hidden Aksi column
    expect(k.nilai('Log', ss.id)[1].slice(2, 4)).toEqual(['siklus-dibuat', 'Siklus dibuat']);
    expect([...ss.sheets.find((s) => s.name === 'Log')!.hiddenColumns]).toEqual([3, 8]);
    // one row per step and the totals row; the disposisi (step 1) and the start of step 2 are already recorded
    const pelacakan = barisBernama(k.nilai('Pelacakan SOP', ss.id));
    expect(pelacakan.slice(0, SOP.steps.length).map((r) => r.No)).toEqual(SOP.steps.map((s) => s.no));
    expect([pelacakan[0].Mulai, pelacakan[0].Selesai]).toEqual([
      localMs(2026, 8, 12, 8, 0),
      localMs(2026, 8, 12, 8, 10),
    ]);
    expect(pelacakan[1].Mulai).toEqual(localMs(2026, 8, 12, 8, 30));
    expect(pilihLog(k.log(ss.id), 'pengguna', 'aksi', 'langkah')).toEqual([
      { pengguna: PEMILIK, aksi: 'siklus-dibuat', langkah: null },
      { pengguna: ORANG.kepala, aksi: 'mulai', langkah: 1 },
      { pengguna: ORANG.kepala, aksi: 'selesai', langkah: 1 },
      { pengguna: PEMILIK, aksi: 'mulai', langkah: 2 },
    ]);
    expect(k.nilai('Petunjuk', ss.id).map((r) => r[0])).toEqual(
      expect.arrayContaining(['Dasar hukum', 'Peringatan', 'Pencatatan', 'Peran: Kabid']),
    );
    for (const s of ss.sheets) expect([s.name, s.frozenRows]).toEqual([s.name, s.name === 'Pengaturan' ? 0 : 1]);
    expect(pengaturanDari(k.nilai('Pengaturan', ss.id))).toEqual(pengaturanBawaan(SOP));

    // Pengaturan reads whole: a long text wraps where the next cell would cut it, and runs on where that cell is empty
    const nilai = k.nilai('Pengaturan', ss.id);
    const sel = (baris: number, kolom: number) => ss.sheets.find((s) => s.name === 'Pengaturan')!.rows[baris][kolom];
    const penandatangan = nilai.findIndex((r) => r[0] === 'PENANDATANGAN') + 2;
    const margin = nilai.findIndex((r) => String(r[0]).startsWith('Margin dokumen'));
    expect([sel(penandatangan, 0)?.wrap, sel(margin, 0)?.wrap ?? false]).toEqual([true, false]);
    // Tim SAKIP is a checkbox of booleans
    const orang = nilai.findIndex((r) => r[0] === 'ORANG DAN PERAN') + 2;
    expect([typeof nilai[orang][4], sel(orang, 4)?.validation?.criteria]).toEqual(['boolean', 'CHECKBOX']);
  });
});

describe('Mulai siklus baru (menuMulaiSiklusBaru through Code.js)', () => {
  it('writes each unit form from the Perjanjian Kinerja for the period, its PK columns protected for the Tim SAKIP', () => {
    const k = kantor();
    k.mulaiSiklus('TW2 2026');
    const ss = k.siklusPeriode('2026-TW2');
    const pk = pengaturanBawaan(SOP).perjanjianKinerja.filter((i) => i.unit === 'PSPFM');
    const [judul, ...baris] = k.nilai('Form PSPFM', ss.id);
    expect(judul).toEqual(JUDUL_FORM);
    expect(baris).toHaveLength(pk.length);
    // Sasaran, Indikator, Satuan, Polaritas, Metode kumulasi, Target tahunan, Target periode ini (the triwulan II target
    // of the Rencana Aksi; under "tetap" the annual one)
    expect(baris.map((r) => r.slice(0, 7))).toEqual([
      [pk[0].sasaran, pk[0].indikator, '%', 'positif', 'terakhir', 100, 80],
      [pk[1].sasaran, pk[1].indikator, 'kali', 'positif', 'jumlah', 12, 3],
      [pk[2].sasaran, pk[2].indikator, 'orang', 'positif', 'jumlah', 2799, 700],
      [pk[3].sasaran, pk[3].indikator, '%', 'negatif', 'tetap', 12, 12],
    ]);
    expect(baris.every((r) => r[7] === '')).toBe(true);

    const form = ss.sheets.find((s) => s.name === 'Form PSPFM')!;
    const [perlindungan] = form.protections;
    expect(perlindungan.type).toBe('SHEET');
    expect([...(perlindungan.editors ?? [])].sort()).toEqual([ANGGOTA, PEMILIK]);
    // only H..N of the data rows are open (Realisasi to the Kabid's columns); the header and the PK columns A..G are not
    expect(perlindungan.unprotected).toEqual([{ row: 2, col: 8, numRows: pk.length, numCols: 7 }]);
    // the Kabid's validation columns L..N: a range protection listing the unit's Kabid (the owner, who set it, can
    // always edit without being listed)
    const validasi = form.protections.filter((p) => p.type === 'RANGE');
    expect(validasi.map((p) => [p.range, [...(p.editors ?? [])].sort()])).toEqual([
      [{ row: 2, col: 12, numRows: pk.length, numCols: 3 }, ['kabid.pspfm@contoh.go.id']],
    ]);
    expect(form.rows[1][6]?.numberFormat).toBe('#,##0.##');
    // the fingerprint column N is the add-in's: hidden from people, still read back (getValues above gave 14 columns)
    expect([...form.hiddenColumns]).toEqual([JUDUL_FORM.indexOf('Sidik Validasi (otomatis)') + 1]);
    expect(judul).toHaveLength(14);
    expect(form.conditionalRules).toEqual([
      expect.objectContaining({ criteria: 'CUSTOM_FORMULA', values: ['=AND($B2<>"",$H2="")'], background: '#fff2cc' }),
      ...['Valid', 'Perlu perbaikan', 'Perlu dicek ulang'].map((teks) =>
        expect.objectContaining({ criteria: 'TEXT_EQUAL_TO', values: [teks] }),
      ),
    ]);

    const rekap = ss.sheets.find((s) => s.name === 'Rekap')!;
    expect([...(rekap.protections[0].editors ?? [])].sort()).toEqual([ANGGOTA, PEMILIK]);
    expect(rekap.protections[0].unprotected).toEqual([]);
  });
});

describe('Mulai siklus baru (menuMulaiSiklusBaru through Code.js)', () => {
  it('creates nothing when the units are not confirmed', () => {
    const k = kantor();
    k.mulaiSiklus('Triwulan II 2026', { konfirmasi: 'NO' });
    expect(k.berkasSiklus()).toHaveLength(0);
    expect(spreadsheetStore(k.world).files.size).toBe(1);
    expect(spreadsheetStore(k.world).toasts.map((t) => t.message)).toEqual([
      'Siklus baru dibatalkan; tidak ada yang dibuat.',
    ]);
  });

  it('opens the existing cycle when the same period is started again, without a second spreadsheet', () => {
    const k = kantor();
    k.mulaiSiklus('Triwulan II 2026');
    const sebelum = potretBerkas(k.siklusPeriode('2026-TW2'));
    k.mulaiSiklus('triwulan 2 tahun 2026', { konfirmasi: null });
    expect(k.berkasSiklus()).toHaveLength(1);
    expect(spreadsheetStore(k.world).files.size).toBe(2);
    expect(potretBerkas(k.siklusPeriode('2026-TW2'))).toEqual(sebelum);
    expect(
      spreadsheetStore(k.world)
        .toasts.map((t) => t.message)
        .pop(),
    ).toBe(`Siklus ini sudah ada: "${NAMA_TW2}" dibuka kembali.`);
    expect(uiRecords(k.world).dialogs.filter((d) => d.kind === 'alert')).toHaveLength(1);
  });

  it('does not trust a registry entry that points at a spreadsheet tagged for another period', () => {
    const k = kantor();
    k.mulaiSiklus('Triwulan II 2026');
    const tw2 = k.siklusPeriode('2026-TW2').id;
    k.sebagai(
      PEMILIK,
      () => k.g.PropertiesService.getDocumentProperties().setProperty('siklus:2026-TW3', tw2),
      k.bukuKerja,
    );
    k.mulaiSiklus('Triwulan III 2026');
    expect(k.berkasSiklus()).toHaveLength(2);
    expect(k.siklusPeriode('2026-TW3').id).not.toBe(tw2);
  });
});

describe('Mulai siklus baru (menuMulaiSiklusBaru through Code.js)', () => {
  it('seeds the next cycle from the previous one: its settings, the forms written from its Perjanjian Kinerja', () => {
    const k = kantor();
    k.mulaiSiklus('Triwulan II 2026');
    const tw2 = k.siklusPeriode('2026-TW2').id;
    // the SAKIP team edits the settings and revises a PK target; a hand edit of a TW II form is not carried over
    const diubah = k.tulisPengaturan((p) => {
      p.tempat = 'Banyumas';
      p.unitKerja = p.unitKerja.filter((u) => u.kode !== 'PERMAS');
      p.orang = p.orang.filter((o) => o.unit !== 'PERMAS');
      p.perjanjianKinerja = p.perjanjianKinerja.filter((i) => i.unit !== 'PERMAS');
      p.anggaran = p.anggaran.filter((a) => a.unit !== 'PERMAS');
      p.perjanjianKinerja.find((i) => i.unit === 'PSPFM')!.targetTriwulan[2] = 90;
    }, tw2);
    k.sebagai(PEMILIK, (ss) => ss.getSheetByName('Form PSPFM')!.getRange('B2').setValue('diubah tangan'));

    k.mulaiSiklus('Triwulan III 2026');
    const tw3 = k.siklusPeriode('2026-TW3');
    expect(pengaturanDari(k.nilai('Pengaturan', tw3.id))).toEqual(diubah);
    expect(tw3.sheets.map((s) => s.name)).not.toContain('Form PERMAS');
    const formTw3 = k.nilai('Form PSPFM', tw3.id);
    expect(formTw3[1].slice(1, 7)).toEqual([
      diubah.perjanjianKinerja.find((i) => i.unit === 'PSPFM')!.indikator,
      '%',
      'positif',
      'terakhir',
      100,
      90,
    ]);
    expect(pengaturanDari(k.nilai('Pengaturan', tw3.id)).tempat).toBe('Banyumas');
  });

  it('stops before asking or creating anything when the previous cycle’s settings are broken, naming the cell', () => {
    const k = kantor();
    k.mulaiSiklus('Triwulan II 2026');
    const tw2 = k.siklusPeriode('2026-TW2').id;
    const baris = k.nilai('Pengaturan', tw2).findIndex((r) => r[1] === 'kepala@contoh.go.id') + 1;
    k.sebagai(PEMILIK, (ss) => ss.getSheetByName('Pengaturan')!.getRange(baris, 2).setValue('kepala-tanpa-domain'));
    expect(() => k.mulaiSiklus('Triwulan III 2026', { konfirmasi: null })).toThrow(
      `Tab "Pengaturan", baris ${baris}, kolom "Email": "kepala-tanpa-domain" bukan alamat email.`,
    );
    expect(k.berkasSiklus()).toHaveLength(1);
    expect(uiRecords(k.world).dialogs.filter((d) => d.kind === 'alert')).toHaveLength(1);
  });
});
