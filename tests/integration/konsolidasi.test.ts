import { localMs } from '../../src/server/domain/zona-waktu';
import { potretTab } from '../harness/potret';
import { barisBernama } from '../harness/tabel';
import {
  ANGGOTA,
  blokRingkasan,
  IMPORTRANGE,
  isiSkenario,
  kolomForm,
  PEMILIK,
  REKAP,
  siklus,
  STAF,
  tabelRekap,
  tabForm,
} from './konsolidasi-siklus';

/** The Rekap's rows by unit (Pengaturan order) and sasaran, each unit closed by its average: unit, indicator's start. */
const URUTAN_REKAP = [
  ['SEKRE', 'Persentase dokumen perencanaan dan pelapo'],
  ['SEKRE', 'Nilai evaluasi SAKIP Perangkat Daerah'],
  ['SEKRE', 'Persentase realisasi anggaran'],
  ['SEKRE', 'Indeks Kepuasan Masyarakat (IKM) layanan '],
  ['SEKRE', 'Rata-rata capaian SEKRE'],
  ['PSPFM', 'Persentase desa yang melaksanakan Musyawa'],
  ['PSPFM', 'Jumlah kali pemutakhiran DTKS usulan desa'],
  ['PSPFM', 'Jumlah penerima bansos dampak inflasi (AP'],
  ['PSPFM', 'Persentase penduduk miskin Kabupaten Bany'],
  ['PSPFM', 'Rata-rata capaian PSPFM'],
  // the third form row belongs to another sasaran: it follows the rows of the first one
  ['PJRS', 'Jumlah ODGJ terpasung yang dibebaskan dan'],
  ['PJRS', 'Persentase PPKS terlantar di rumah singga'],
  ['PJRS', 'Rata-rata lama tinggal PPKS di rumah sing'],
  ['PJRS', 'Persentase korban bencana yang menerima b'],
  ['PJRS', 'Rata-rata capaian PJRS'],
  ['PERMAS', 'Persentase desa/kelurahan yang telah meng'],
  ['PERMAS', 'Jumlah desa yang memiliki BUMDes aktif'],
  ['PERMAS', 'Jumlah desa berstatus Desa Mandiri (IDM)'],
  ['PERMAS', 'Rata-rata capaian PERMAS'],
  ['PEMDES', 'Persentase desa terjadwal yang melaksanak'],
  ['PEMDES', 'Persentase desa yang menetapkan APBDes te'],
  ['PEMDES', 'Persentase desa yang menyampaikan laporan'],
  ['PEMDES', 'Jumlah desa dengan temuan penyalahgunaan '],
  ['PEMDES', 'Rata-rata capaian PEMDES'],
];

describe("konsolidasi (through Code.js): the units' forms into the Rekap tab", () => {
  it('groups rows by unit (Pengaturan order) and sasaran, computes capaian and predikat, and adds unit averages', () => {
    const s = siklus();
    isiSkenario(s);
    s.world.clock.set(localMs(2026, 8, 14, 14, 0));
    const hasil = s.konsolidasi(ANGGOTA);
    expect(hasil.berubah).toBe(true);

    const [judul] = s.nilai('Rekap');
    expect(judul.slice(0, REKAP.length)).toEqual(REKAP);
    const tabel = tabelRekap(s.nilai('Rekap'));
    expect(tabel.map((r) => [r.Unit, String(r['Indikator Kinerja']).slice(0, 41)])).toEqual(URUTAN_REKAP);
    const pspfm = tabel.filter((r) => r.Unit === 'PSPFM');
    // triwulan II against the Rencana Aksi: "85%" in a percent cell is 85, against the TW II target 80 ("terakhir");
    // the counts ("jumlah") need triwulan I, whose cycle does not exist: named, not guessed; "tetap": the annual 12
    expect(pspfm.map((r) => [r['Target s.d. periode ini'], r['Realisasi s.d. periode ini'], r['Predikat']])).toEqual([
      [80, 85, 'Sangat Tinggi'],
      [6, '', ''],
      [1400, '', ''],
      [12, 11.8, 'Sangat Tinggi'],
      ['', '', 'Sangat Tinggi'],
    ]);
    expect(pspfm[1]['Keterangan Capaian']).toBe(
      'Siklus Triwulan I Tahun 2026 tidak ditemukan; capaian s.d. periode ini belum dapat dihitung.',
    );
    expect(pspfm[0]['Capaian (%)']).toBeCloseTo((85 / 80) * 100, 9);
    // negative polarity, variant A of the cycle's policy: (2T - R) / T x 100
    expect(pspfm[3]['Capaian (%)']).toBeCloseTo(((24 - 11.8) / 12) * 100, 9);
    expect(pspfm[4]['Capaian (%)']).toBeCloseTo(((85 / 80) * 100 + ((24 - 11.8) / 12) * 100) / 2, 9);
    const sekre = tabel.filter((r) => r.Unit === 'SEKRE');
    // the stable indicator: TW II range 40–50, realisasi 90 above it: (2 × 50 − 90) / 50 × 100
    expect(sekre[2]).toMatchObject({
      Polaritas: 'stabil',
      'Target s.d. periode ini': '40–50',
      'Realisasi s.d. periode ini': 90,
      'Capaian (%)': 20,
      Predikat: 'Sangat Rendah',
      'Asal (tab, baris)': 'Form SEKRE, baris 4',
    });
    expect(sekre[4]['Keterangan Capaian']).toBe('4 dari 4 indikator dihitung; realisasi terisi 4 dari 4.');
    expect(tabel.find((r) => r['Indikator Kinerja'] === 'Rata-rata capaian PERMAS')).toMatchObject({
      'Capaian (%)': '',
      Predikat: '',
      'Keterangan Capaian': '0 dari 3 indikator dihitung; realisasi terisi 0 dari 3.',
    });
  });
});

describe("konsolidasi (through Code.js): the units' forms into the Rekap tab", () => {
  it('writes the summary: indicators per predikat, average capaian and completeness per unit and overall', () => {
    const s = siklus();
    isiSkenario(s);
    const hasil = s.konsolidasi(PEMILIK);
    const nilai = s.nilai('Rekap');
    // by hand, triwulan II without a triwulan I cycle: SEKRE 100/100, 65/70 (tetap), 40–50 range with 90 (20), 80/82;
    // PSPFM 85/80, (24-11,8)/12 (its counts wait for triwulan I); PJRS 72/80, 100/100 (ODGJ and the average stay
    // open); PEMDES 100/100
    const sekre = [100, (65 / 70) * 100, 20, (80 / 82) * 100];
    const pspfm = [(85 / 80) * 100, ((24 - 11.8) / 12) * 100];
    const pjrs = [90, 100];
    const semua = [...sekre, ...pspfm, ...pjrs, 100];
    const rata = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

    expect(blokRingkasan(nilai, 'Jumlah indikator per predikat').map((r) => r.slice(0, 2))).toEqual([
      ['Sangat Tinggi', 7],
      ['Tinggi', 1],
      ['Sedang', 0],
      ['Rendah', 0],
      ['Sangat Rendah', 1],
      ['Tanpa predikat', 10],
    ]);
    const perUnit = blokRingkasan(nilai, 'Capaian dan kelengkapan per unit');
    expect(perUnit.map((r) => [r[0], r[2], r[3], r[4], r[5], r[6]])).toEqual([
      ['SEKRE', 'Tinggi', 4, 4, 4, 100],
      ['PSPFM', 'Sangat Tinggi', 2, 3, 4, 75],
      ['PJRS', 'Sangat Tinggi', 2, 4, 4, 100],
      ['PERMAS', '', 0, 0, 3, 0],
      ['PEMDES', 'Sangat Tinggi', 1, 1, 4, 25],
      ['Keseluruhan', 'Tinggi', 9, 12, 19, (12 / 19) * 100],
    ]);
    const rataRata = perUnit.map((r) => r[1]);
    [rata(sekre), rata(pspfm), rata(pjrs)].forEach((x, i) => expect(rataRata[i]).toBeCloseTo(x, 9));
    expect(rataRata[3]).toBe('');
    expect(rataRata[4]).toBe(100);
    // over all computed rows, not the mean of the unit means
    expect(rataRata[5]).toBeCloseTo(rata(semua), 9);
    expect(hasil.kelengkapan).toEqual([
      { unit: 'SEKRE', terisi: 4, total: 4 },
      { unit: 'PSPFM', terisi: 3, total: 4 },
      { unit: 'PJRS', terisi: 4, total: 4 },
      { unit: 'PERMAS', terisi: 0, total: 3 },
      { unit: 'PEMDES', terisi: 1, total: 4 },
    ]);
    // the sidebar reads the same completeness back from the Rekap's summary
    const panel = s.jalankan('panelSiklus', { user: STAF('PSPFM'), activeSpreadsheetId: s.id });
    expect(panel.jenis === 'siklus' && panel.kelengkapan).toEqual(hasil.kelengkapan);
    expect(hasil.pesan).toBe(
      `Rekap disusun: 19 indikator dari 5 unit; realisasi terisi 12 dari 19; rata-rata capaian ` +
        `${rata(semua).toFixed(2).replace('.', ',')} (Tinggi).`,
    );
  });
});

describe("konsolidasi (through Code.js): the units' forms into the Rekap tab", () => {
  it('shows a formula a unit typed into Penjelasan as text in the Rekap, never running it', () => {
    const s = siklus();
    isiSkenario(s);
    // in the unit's tab it is a formula (typed with "="), whose result the add-in never takes
    const formRange = () =>
      s.sebagai(PEMILIK, (ss) => ss.getSheetByName('Form PSPFM')!.getRange(`${kolomForm('Penjelasan / Kendala')}2`));
    expect(formRange().getFormula()).toBe(IMPORTRANGE);
    s.konsolidasi(ANGGOTA);
    const kolom = REKAP.indexOf('Penjelasan / Kendala') + 1;
    const sel = s.sebagai(PEMILIK, (ss) => ss.getSheetByName('Rekap')!.getRange(7, kolom));
    expect([sel.getValue(), sel.getFormula(), sel.getDisplayValue()]).toEqual([IMPORTRANGE, '', IMPORTRANGE]);
    // and the check names it as a galat on its cell
    s.panggil('validasiData', PEMILIK);
    const temuan = barisBernama(s.nilai('Temuan')).filter((r) => String(r.Pesan).includes('berisi rumus'));
    expect(temuan.map((r) => [r.Keparahan, r.Pesan])).toEqual([
      [
        'galat',
        `Tab "Form PSPFM", baris 2, kolom "Penjelasan / Kendala": berisi rumus ${IMPORTRANGE.slice(0, 57)}...; ` +
          'ketik nilainya, bukan rumus (Rekap tidak memakai hasil rumus).',
      ],
    ]);
  });

  it('gives a formula in Realisasi its one finding, not also "belum diisi" for its result', () => {
    const s = siklus();
    isiSkenario(s);
    const sel = `${kolomForm('Realisasi')}3`;
    s.sebagai(PEMILIK, (ss) =>
      ss.getSheetByName('Form PSPFM')!.getRange(sel).setFormula('=HYPERLINK("https://x.id","90")'),
    );
    s.panggil('validasiData', PEMILIK);
    const baris3 = barisBernama(s.nilai('Temuan'))
      .map((r) => String(r.Pesan))
      .filter((p) => p.startsWith('Tab "Form PSPFM", baris 3, kolom "Realisasi"'));
    expect(baris3).toEqual([
      'Tab "Form PSPFM", baris 3, kolom "Realisasi": berisi rumus =HYPERLINK("https://x.id","90"); ketik nilainya, bukan rumus (Rekap tidak memakai hasil rumus).',
    ]);
  });

  it("never writes to a unit's form tab", () => {
    const s = siklus();
    isiSkenario(s);
    const sebelum = potretTab(s.berkas(), tabForm);
    s.konsolidasi(ANGGOTA);
    s.konsolidasi(PEMILIK);
    expect(potretTab(s.berkas(), tabForm)).toEqual(sebelum);
  });

  it("is for the Tim SAKIP only: a unit's staff member is refused and nothing is written", () => {
    const s = siklus();
    isiSkenario(s);
    const sebelum = potretTab(s.berkas(), () => true);
    expect(() => s.konsolidasi(STAF('PSPFM'))).toThrow(
      'staf.pspfm@contoh.go.id tidak berwenang menyusun Rekap: hanya anggota Tim SAKIP.',
    );
    expect(() => s.konsolidasi('kabid.pspfm@contoh.go.id')).toThrow(/tidak berwenang menyusun Rekap/);
    expect(potretTab(s.berkas(), () => true)).toEqual(sebelum);
  });

  it('refuses when a unit of the Pengaturan has no form tab, naming the tab, and leaves the Rekap as it was', () => {
    const s = siklus();
    isiSkenario(s);
    s.konsolidasi(ANGGOTA);
    const sebelum = potretTab(s.berkas(), (n) => n === 'Rekap' || n === 'Log');
    s.sebagai(PEMILIK, (ss) => ss.deleteSheet(ss.getSheetByName('Form PEMDES')!));
    expect(() => s.konsolidasi(ANGGOTA)).toThrow(
      'Tab "Form PEMDES" untuk unit PEMDES (tab Pengaturan, Unit Kerja) tidak ada di spreadsheet ini.',
    );
    expect(potretTab(s.berkas(), (n) => n === 'Rekap' || n === 'Log')).toEqual(sebelum);
  });
});

describe("konsolidasi (through Code.js): the units' forms into the Rekap tab", () => {
  it('rewrites the Rekap entirely on every run and records each different Rekap once in the Log', () => {
    const s = siklus();
    isiSkenario(s);
    s.konsolidasi(ANGGOTA);
    const pertama = potretTab(s.berkas(), (n) => n === 'Rekap');
    const ulang = s.konsolidasi(PEMILIK);
    expect(ulang.berubah).toBe(false);
    expect(ulang.pesan).toMatch(/Isinya sama dengan Rekap sebelumnya\.$/);
    expect(potretTab(s.berkas(), (n) => n === 'Rekap')).toEqual(pertama);
    // a hand edit in the Rekap is replaced; a change in a form gives a new Rekap and a new Log row
    s.sebagai(PEMILIK, (ss) => ss.getSheetByName('Rekap')!.getRange('B3').setValue('diubah tangan'));
    s.ketik('PSPFM', 3, { Realisasi: '12' });
    expect(s.konsolidasi(ANGGOTA).berubah).toBe(true);
    const log = s.log().filter((r) => r.aksi === 'rekap-disusun');
    expect(log.map((r) => [r.pengguna, r.langkah, r.id.replace(/[0-9a-f]{12}$/, '…')])).toEqual([
      [ANGGOTA, null, 'rekap-disusun-1-…'],
      [ANGGOTA, null, 'rekap-disusun-2-…'],
    ]);
    const tabel = tabelRekap(s.nilai('Rekap'));
    expect(tabel[1]['Sasaran Strategis']).toBe('Meningkatnya akuntabilitas kinerja perangkat daerah');
    expect(tabel.find((r) => r['Indikator Kinerja'] === 'Rata-rata capaian PSPFM')!['Keterangan Capaian']).toBe(
      '2 dari 4 indikator dihitung; realisasi terisi 4 dari 4.',
    );
  });

  it('leaves no row of a longer earlier Rekap behind', () => {
    const s = siklus();
    isiSkenario(s);
    s.sebagai(PEMILIK, (ss) => {
      const rekap = ss.getSheetByName('Rekap')!;
      rekap.insertRowsAfter(rekap.getMaxRows(), 600);
      rekap.getRange(1500, 1).setValue('sisa');
    });
    s.konsolidasi(ANGGOTA);
    const nilai = s.nilai('Rekap');
    expect(nilai.flat()).not.toContain('sisa');
    expect(nilai[nilai.length - 1][1]).toBe('Keseluruhan');
  });
});
