/**
 * What a Kepala or an inspector checks on paper, on the files `npm start` wrote to out/: the Dokumen Pengukuran
 * Kinerja and the Surat Pengantar as .docx, the cycle spreadsheet as .xlsx, each converted to PDF by LibreOffice.
 * Run by `npm run test:render` (after the local run), which needs LibreOffice and poppler-utils.
 */
import bawaan from '../../sheets-templates/pengaturan-bawaan.json';
import { banyaknyaBerkas } from '../../src/server/domain/penutup/berkas-siklus';
import { infoPdf, kePdf, teksHalaman, teksHalamanTata } from './pdf';

const [DOKUMEN, SURAT, SIKLUS] = kePdf([
  'dokumen-pengukuran-kinerja.docx',
  'surat-pengantar.docx',
  'siklus-triwulan-ii-2026.xlsx',
]);
const rata = (t: string) => t.replace(/\s+/g, ' ').trim();

describe('Dokumen Pengukuran Kinerja, printed', () => {
  const halaman = teksHalaman(DOKUMEN).map(rata);
  const semua = halaman.join(' ');

  it('is A4 landscape, kop and title on its first page', () => {
    const info = infoPdf(DOKUMEN);
    expect(info.lebar).toBeGreaterThan(info.tinggi);
    expect([Math.round(info.lebar), Math.round(info.tinggi)]).toEqual([842, 595]);
    expect(halaman[0]).toMatch(
      /^PEMERINTAH KABUPATEN BANYUMAS DINAS SOSIAL .* PENGUKURAN KINERJA TRIWULAN II TAHUN 2026/,
    );
  });

  it("holds every unit's table, the summary, the budget and the signature, dated by the signer", () => {
    for (const u of bawaan.unitKerja) expect(semua).toContain(u.nama);
    for (const bagian of [
      'RINGKASAN',
      'REALISASI ANGGARAN',
      'Target s.d. TW II',
      'Penjelasan / kendala dan tindak lanjut',
    ])
      expect(semua).toContain(bagian);
    expect(semua).toContain('Purwokerto, …………………… 2026');
    expect(semua).not.toMatch(/Purwokerto, \d{1,2} Agustus 2026/);
  });

  it('repeats a unit table header row on each page its rows run onto, and ends no page with a unit heading', () => {
    const halamanTata = teksHalamanTata(DOKUMEN).map((h) => h.split('\n').filter((b) => b.trim()));
    // a row of a unit's table ends with its capaian and predikat ("…   92,00     Sangat Tinggi")
    const barisUnit = /\d,\d{2}\s+(Sangat Tinggi|Tinggi|Sedang|Rendah|Sangat Rendah)\s*$/;
    const denganBaris = halamanTata.filter((h) => h.some((b) => barisUnit.test(b)));
    // the unit tables run over more than one page, so some page continues one
    expect(denganBaris.length).toBeGreaterThan(1);
    for (const h of denganBaris) {
      const kepala = h.findIndex((b) => /^\s*No\s{2,}.*Predikat\s*$/.test(b));
      expect(kepala).toBeGreaterThanOrEqual(0);
      expect(kepala).toBeLessThan(h.findIndex((b) => barisUnit.test(b)));
    }
    const akhirHalaman = halamanTata.map((h) => h.at(-1)!.trim());
    for (const u of bawaan.unitKerja) expect(akhirHalaman).not.toContain(u.nama);
  });

  it('puts the lampiran of Bukti Dukung on a page of its own, each link whole', () => {
    const lampiran = halaman.find((h) => h.startsWith('LAMPIRAN: DAFTAR BUKTI DUKUNG'));
    expect(lampiran).toBeDefined();
    expect(lampiran).toContain('https://drive.google.com/drive/folders/contoh-lkjip-2026');
    expect(lampiran).toContain('arsip bidang PJRS (bukan tautan yang sah)');
  });
});

describe('Surat Pengantar, printed', () => {
  const [halaman] = teksHalaman(SURAT).map(rata);

  it('is one A4 portrait page with its parts in the order of the form', () => {
    const info = infoPdf(SURAT);
    expect(info.halaman).toBe(1);
    expect(info.tinggi).toBeGreaterThan(info.lebar);
    const urutan = [
      'PEMERINTAH KABUPATEN BANYUMAS',
      'Purwokerto, 21 Agustus 2026',
      'Kepada Yth.',
      'SURAT PENGANTAR',
      'Nomor: 000.8.6.3/366/2026',
      'Naskah Dinas yang Dikirimkan',
      'Diterima tanggal',
      'NIP. 19620728 198901 1 001',
    ].map((b) => halaman.indexOf(b));
    expect(urutan.every((i) => i >= 0)).toBe(true);
    expect([...urutan].sort((a, b) => a - b)).toEqual(urutan);
    expect(halaman).not.toMatch(/Lampiran|Perihal/);
  });

  it('counts each enclosure as the berkas it is: one original, one copy per tembusan', () => {
    expect(halaman).toContain('1 (satu) berkas');
    expect(halaman).toContain(banyaknyaBerkas(bawaan.tembusan.length));
    for (const t of bawaan.tembusan) expect(halaman).toContain(t);
  });
});

describe('every link of the printed files', () => {
  it('is a whole http(s) address, never cut by the punctuation after it', () => {
    const teks = [DOKUMEN, SURAT, SIKLUS].flatMap(teksHalaman).join('\n');
    // an address quoted inside a shortened formula ("=IMPORTRANGE("https://…/cont...") is marked as cut, not a link
    const tautan = (teks.match(/https?:\/\/[^\s"]+/g) ?? []).filter((t) => !/\.\.\.|…/.test(t));
    expect(tautan.length).toBeGreaterThan(0);
    for (const t of tautan) {
      expect(() => new URL(t)).not.toThrow();
      expect(t).not.toMatch(/[.,;:)]$/);
    }
  });
});

describe('the cycle spreadsheet, printed', () => {
  it('prints every tab with text on each page, the Pengaturan readable', () => {
    const halaman = teksHalaman(SIKLUS).map(rata);
    expect(halaman.length).toBeGreaterThan(0);
    expect(halaman.every((h) => h.length > 0)).toBe(true);
    const semua = halaman.join(' ');
    for (const bagian of ['Nama instansi', 'ANGGARAN PROGRAM / KEGIATAN', 'REALISASI ANGGARAN'])
      expect(semua).toContain(bagian);
  });
});
