import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import { bacaPengaturan } from '../../../src/server/domain/pengaturan/baca-pengaturan';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
import { pengaturanKeBaris } from '../../../src/server/domain/pengaturan/blok-pengaturan';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';

const SOP = parseSopTemplate(sopJson);

/** The Nilai cell (column B) of the UMUM row whose label starts with `awal`. */
function isi(rows: unknown[][], awal: string, nilai: string): number {
  const i = rows.findIndex((r) => String(r[0]).startsWith(awal));
  rows[i][1] = nilai;
  return i + 1;
}

describe('the document settings in the UMUM block of Pengaturan', () => {
  it('are absent while their rows are blank, so older settings read as before', () => {
    const p = pengaturanBawaan(SOP);
    const rows = pengaturanKeBaris(p, SOP) as unknown[][];
    expect(rows.some((r) => String(r[0]).startsWith('Kertas dokumen'))).toBe(true);
    expect(bacaPengaturan(rows, 'Pengaturan')).toEqual({ ok: true, pengaturan: p });
  });

  it('round-trip paper, margins, template, the kop lines and its logo; a template or logo link is kept as its id', () => {
    const p = pengaturanBawaan(SOP);
    p.dokumen = {
      kertas: 'F4',
      marginCm: { atas: 2, kanan: 1.5, bawah: 2, kiri: 3 },
      templatId: '1AbCdEfGhIjKlMn',
      alamatKop: 'Jalan Pemuda Nomor 1, Purwokerto',
      kontakKop: 'Telepon (0281) 123456',
      logoKop: '1LoGoKaBuPaTeN',
    };
    const rows = pengaturanKeBaris(p, SOP) as unknown[][];
    expect(bacaPengaturan(rows, 'Pengaturan')).toEqual({ ok: true, pengaturan: p });
    isi(rows, 'Templat dokumen', 'https://docs.google.com/document/d/1ZyXwVuTsRqPo/edit');
    isi(rows, 'Kertas dokumen', 'a4');
    isi(rows, 'Logo kop', 'https://docs.google.com/document/d/1LoGoBaNyUmAs-2026/edit?usp=sharing');
    const hasil = bacaPengaturan(rows, 'Pengaturan');
    expect(hasil.ok && hasil.pengaturan.dokumen).toMatchObject({
      kertas: 'A4',
      templatId: '1ZyXwVuTsRqPo',
      logoKop: '1LoGoBaNyUmAs-2026',
    });
  });

  it('name the row of an unknown paper and of bad margins', () => {
    const rows = pengaturanKeBaris(pengaturanBawaan(SOP), SOP) as unknown[][];
    const kertas = isi(rows, 'Kertas dokumen', 'Letter');
    const margin = isi(rows, 'Margin dokumen', '2; 3');
    const hasil = bacaPengaturan(rows, 'Pengaturan');
    expect(hasil.ok ? [] : hasil.galat.map((g) => g.pesan)).toEqual([
      `Tab "Pengaturan", baris ${kertas}, kolom "Nilai": kertas "Letter" tidak dikenal; pilih A4 atau F4.`,
      `Tab "Pengaturan", baris ${margin}, kolom "Nilai": margin dokumen "2; 3": tulis satu angka, atau empat angka "atas; kanan; bawah; kiri" (cm).`,
    ]);
  });
});
