import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';
import { bacaPengaturan } from '../../../src/server/domain/pengaturan/baca-pengaturan';
import { JUDUL_BLOK, pengaturanKeBaris } from '../../../src/server/domain/pengaturan/blok-pengaturan';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
import { KOLOM_ANGGARAN } from '../../../src/server/domain/pengaturan/anggaran-blok';

const SOP = parseSopTemplate(sopJson);
const K = KOLOM_ANGGARAN;

/** The default Pengaturan rows with the first ANGGARAN row changed by header; the read and that row's number. */
function bacaDengan(ubah: Partial<Record<(typeof K)[keyof typeof K], unknown>>) {
  const rows = pengaturanKeBaris(pengaturanBawaan(SOP)) as unknown[][];
  const judul = rows.findIndex((r) => r[0] === JUDUL_BLOK.anggaran);
  const kolom = rows[judul + 1];
  for (const [k, v] of Object.entries(ubah)) rows[judul + 2][kolom.indexOf(k)] = v;
  return { hasil: bacaPengaturan(rows, 'Pengaturan'), baris: judul + 3 };
}

const pesan = (h: ReturnType<typeof bacaPengaturan>) => (h.ok ? [] : h.galat.map((g) => g.pesan));

describe('the ANGGARAN PROGRAM / KEGIATAN block', () => {
  it('writes every program with its pagu, indicator and source, and reads them back', () => {
    const p = pengaturanBawaan(SOP);
    const hasil = bacaPengaturan(pengaturanKeBaris(p), 'Pengaturan');
    expect(hasil.ok && hasil.pengaturan.anggaran).toEqual(p.anggaran);
    expect(p.anggaran).toHaveLength(10);
  });

  it('reads a pagu typed the Indonesian way, with or without "Rp"', () => {
    const { hasil } = bacaDengan({ [K.pagu]: 'Rp 1.250.000.000,50' });
    expect(hasil.ok && hasil.pengaturan.anggaran[0].pagu).toBe(1_250_000_000.5);
  });

  it.each([
    [{ [K.pagu]: 0 }, 'Pagu (Rp)', 'pagu 0 harus lebih dari 0.'],
    [{ [K.pagu]: '' }, 'Pagu (Rp)', 'wajib diisi (pagu dari DPA).'],
    [{ [K.pagu]: '1,2,3' }, 'Pagu (Rp)', 'koma lebih dari satu'],
    [{ [K.unit]: 'XYZ' }, 'Unit', 'unit "XYZ" tidak ada di blok "UNIT KERJA".'],
    [{ [K.indikator]: 'Indikator lain' }, 'Indikator terkait', '"Indikator lain" bukan indikator unit SEKRE'],
    [
      { [K.program]: 'Administrasi Keuangan Perangkat Daerah' },
      'Program / Kegiatan',
      '"Administrasi Keuangan Perangkat Daerah" sudah tertulis untuk unit SEKRE.',
    ],
  ])('refuses %p, naming the row and column', (ubah, kolom, isi) => {
    const { hasil, baris } = bacaDengan(ubah);
    const semua = pesan(hasil);
    const lokasi = (b: number) => `Tab "Pengaturan", baris ${b}, kolom "${kolom}": `;
    // a program named twice is reported on its second row
    const yangDiharap = semua.find((m) => m.startsWith(lokasi(baris)) || m.startsWith(lokasi(baris + 1)));
    expect(yangDiharap).toContain(isi);
  });

  it('gives an older Pengaturan without the block no budget', () => {
    const rows = pengaturanKeBaris(pengaturanBawaan(SOP)) as unknown[][];
    const judul = rows.findIndex((r) => r[0] === JUDUL_BLOK.anggaran);
    const akhir = rows.findIndex((r, i) => i > judul && r.every((v) => v === ''));
    rows.splice(judul, akhir - judul + 1);
    const hasil = bacaPengaturan(rows, 'Pengaturan');
    expect(hasil.ok && hasil.pengaturan.anggaran).toEqual([]);
  });
});
