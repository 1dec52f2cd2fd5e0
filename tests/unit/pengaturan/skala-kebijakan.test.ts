import sopJson from '../../../sheets-templates/sop-pengukuran-kinerja.json';
import { parseSopTemplate } from '../../../src/server/domain/sop/template';
import { bacaPengaturan } from '../../../src/server/domain/pengaturan/baca-pengaturan';
import { JUDUL_BLOK, pengaturanKeBaris } from '../../../src/server/domain/pengaturan/blok-pengaturan';
import { pengaturanBawaan } from '../../../src/server/domain/pengaturan/bawaan';
import { SKALA_PREDIKAT_BAWAAN } from '../../../src/server/domain/templat';

const SOP = parseSopTemplate(sopJson);
const baris = () => pengaturanKeBaris(pengaturanBawaan(SOP)) as unknown[][];
const judul = (rows: unknown[][], blok: string) => rows.findIndex((r) => r[0] === blok);
const baca = (rows: unknown[][]) => bacaPengaturan(rows, 'Pengaturan');
const pesan = (rows: unknown[][]) => {
  const h = baca(rows);
  return h.ok ? [] : h.galat.map((g) => g.pesan);
};

describe('KEBIJAKAN CAPAIAN in words', () => {
  it('is written in words and read back', () => {
    const rows = baris();
    const i = judul(rows, JUDUL_BLOK.capaian);
    expect(rows[i + 1].slice(0, 2)).toEqual(['Rumus indikator negatif', 'Batas capaian']);
    expect(rows[i + 2].slice(0, 2)).toEqual(['(2 × Target − Realisasi) ÷ Target × 100', 'paling rendah 0']);
    const h = baca(rows);
    expect(h.ok && h.pengaturan.capaian).toEqual({ varianNegatif: 'A', capping: 'lantai-0' });
  });

  it('reads the other wordings, spacing aside, and the codes of older settings under their old headers', () => {
    const rows = baris();
    const i = judul(rows, JUDUL_BLOK.capaian);
    rows[i + 2][0] = 'target ÷ realisasi × 100';
    rows[i + 2][1] = '0 sampai  200';
    expect((baca(rows) as { pengaturan: { capaian: unknown } }).pengaturan.capaian).toEqual({
      varianNegatif: 'B',
      capping: 'batas-0-200',
    });
    rows[i + 1][0] = 'Varian negatif';
    rows[i + 1][1] = 'Pembatasan';
    rows[i + 2][0] = 'A';
    rows[i + 2][1] = 'tanpa';
    expect((baca(rows) as { pengaturan: { capaian: unknown } }).pengaturan.capaian).toEqual({
      varianNegatif: 'A',
      capping: 'tanpa',
    });
  });

  it('names the cell and lists the wordings for anything else', () => {
    const rows = baris();
    const i = judul(rows, JUDUL_BLOK.capaian);
    rows[i + 2][1] = 'maksimal 100';
    expect(pesan(rows)).toEqual([
      `Tab "Pengaturan", baris ${i + 3}, kolom "Batas capaian": pilih "tanpa batas" atau "paling rendah 0" atau "0 sampai 200".`,
    ]);
  });
});

describe('SKALA PREDIKAT', () => {
  it('writes the built-in scale with its source and reads it back', () => {
    const rows = baris();
    const i = judul(rows, JUDUL_BLOK.skala);
    expect(rows[i + 2].slice(0, 4)).toEqual(['Sangat Tinggi', 91, '', '#B7E1CD']);
    expect(String(rows[i + 2][4])).toMatch(/Permendagri 86\/2017 \(sumber sekunder/);
    const h = baca(rows);
    expect(h.ok && h.pengaturan.skala).toEqual(SKALA_PREDIKAT_BAWAAN);
  });

  it('takes an office’s own bands', () => {
    const rows = baris();
    const i = judul(rows, JUDUL_BLOK.skala);
    rows.splice(
      i + 2,
      5,
      ['Sangat Berhasil', '100', '', '#00ff00'],
      ['Berhasil', '75', '99', '#00aa00'],
      ['Cukup Berhasil', '55', '74', '#ffff00'],
      ['Kurang Berhasil', '', '54', '#ff0000'],
    );
    const h = baca(rows);
    expect(h.ok && h.pengaturan.skala.pita.map((p) => [p.label, p.min, p.max])).toEqual([
      ['Sangat Berhasil', 100, null],
      ['Berhasil', 75, 99],
      ['Cukup Berhasil', 55, 74],
      ['Kurang Berhasil', null, 54],
    ]);
  });

  it('names each band that overlaps, leaves a gap, lacks a bound or repeats a label', () => {
    const rows = baris();
    const i = judul(rows, JUDUL_BLOK.skala);
    const b = (n: number) => i + 2 + n + 1;
    rows[i + 3][2] = '92'; // Tinggi up to 92: overlaps Sangat Tinggi from 91
    rows[i + 4][2] = '70'; // Sedang up to 70, Tinggi from 76: a gap
    rows[i + 5][1] = ''; // Rendah without its lowest value
    rows[i + 6][0] = 'sangat tinggi';
    rows[i + 6][3] = 'merah';
    expect(pesan(rows)).toEqual([
      `Tab "Pengaturan", baris ${b(3)}, kolom "Capaian paling rendah (%)": wajib diisi.`,
      `Tab "Pengaturan", baris ${b(4)}, kolom "Warna": "merah" harus kode warna #RRGGBB.`,
      `Tab "Pengaturan", baris ${b(1)}, kolom "Capaian paling tinggi (%)": tumpang tindih dengan pita "Sangat Tinggi" (mulai 91).`,
      `Tab "Pengaturan", baris ${b(2)}, kolom "Capaian paling tinggi (%)": ada celah sampai pita "Tinggi" (mulai 76): capaian di antaranya tidak tercantum.`,
      `Tab "Pengaturan", baris ${b(4)}, kolom "Predikat": "sangat tinggi" sudah dipakai pita lain.`,
    ]);
  });

  it('keeps the built-in scale for settings written before the block existed', () => {
    const rows = baris();
    const i = judul(rows, JUDUL_BLOK.skala);
    rows.splice(i, 8);
    const h = baca(rows);
    expect(h.ok && h.pengaturan.skala).toEqual(SKALA_PREDIKAT_BAWAAN);
  });
});
