import rekapJson from '../../../../sheets-templates/tab-rekap.json';
import { bacaIndikator } from '../../../../src/server/domain/data/rekap/baca-indikator';
import { bacaKelengkapanRekap, susunLembarRekap } from '../../../../src/server/domain/data/rekap/lembar-rekap';
import { susunRekap } from '../../../../src/server/domain/data/rekap/susun-rekap';
import { parseTataLetak } from '../../../../src/server/domain/layout';
import { type BarisFormulir } from '../../../../src/server/domain/data/temuan/types';
import { SKALA_PREDIKAT_BAWAAN } from '../../../../src/server/domain/templat';

const REKAP = parseTataLetak(rekapJson, 'sheets-templates/tab-rekap.json');
const kol = (judul: string) => REKAP.kolom.findIndex((k) => k.judul === judul);
const warna = (label: string) => SKALA_PREDIKAT_BAWAAN.pita.find((p) => p.label === label)!.warna.toLowerCase();

function baris(unit: string, rowNumber: number, cells: BarisFormulir['cells']): BarisFormulir {
  return { unit, tab: `Form ${unit}`, rowNumber, cells: { satuan: '%', polaritas: 'positif', ...cells } };
}

function lembar() {
  const indikator = [
    baris('A', 2, { sasaran: 'S1', indikator: 'A1', target: 100, realisasi: 95 }),
    baris('A', 3, { sasaran: 'S2', indikator: 'A2', target: 10, realisasi: 25, penjelasan: '=HYPERLINK("x")' }),
    baris('A', 4, { sasaran: 's1 ', indikator: 'A3', target: 100, realisasi: '' }),
    baris('B', 2, { sasaran: 'S1', indikator: 'B1', target: 100, realisasi: 60 }),
  ].map((b) => bacaIndikator(b)!);
  const rekap = susunRekap(indikator, {
    urutanUnit: ['A', 'B', 'C'],
    kebijakan: { varianNegatif: 'A', capping: 'batas-0-200' },
  });
  return { rekap, l: susunLembarRekap(rekap, REKAP) };
}

describe('susunLembarRekap: the Rekap tab as grids', () => {
  it('lays out the header, the rows by unit then sasaran, and one average row per unit, empty units included', () => {
    const { l } = lembar();
    expect(l.nilai[0].slice(0, REKAP.kolom.length)).toEqual(REKAP.kolom.map((k) => k.judul));
    const tabel = l.nilai.slice(
      1,
      l.nilai.findIndex((r) => r.every((v) => v === '')),
    );
    expect(tabel.map((r) => [r[kol('Unit')], r[kol('Indikator Kinerja')]])).toEqual([
      ['A', 'A1'],
      ['A', 'A3'],
      ['A', 'A2'],
      ['A', 'Rata-rata capaian A'],
      ['B', 'B1'],
      ['B', 'Rata-rata capaian B'],
      ['C', 'Rata-rata capaian C'],
    ]);
    expect(l.barisSubtotal).toEqual([5, 7, 8]);
    expect(tabel[6][kol('Keterangan Capaian')]).toBe('Belum ada indikator.');
  });

  it('gives every grid the size of the values, so each is written in one call', () => {
    const { l } = lembar();
    const ukuran = (g: unknown[][]) => [g.length, new Set(g.map((r) => r.length))];
    for (const grid of [l.format, l.latar, l.tebal, l.warnaTeks, l.bungkus, l.rata]) {
      expect(ukuran(grid)).toEqual(ukuran(l.nilai));
    }
    expect(new Set(l.nilai.map((r) => r.length))).toEqual(new Set([REKAP.kolom.length]));
  });

  it('shows numbers as numbers with the column formats, the predikat in its colour and the capped value noted', () => {
    const { l } = lembar();
    const a2 = l.nilai[3];
    expect(a2[kol('Capaian (%)')]).toBe(200);
    expect(a2[kol('Keterangan Capaian')]).toBe('Sebelum pembatasan: 250.');
    expect(l.format[3][kol('Capaian (%)')]).toBe('#,##0.##');
    expect(l.format[3][kol('Indikator Kinerja')]).toBe('@');
    expect(l.latar[1][kol('Predikat')]?.toLowerCase()).toBe(warna('Sangat Tinggi'));
    expect(l.latar[2][kol('Predikat')]).toBeNull();
    expect(l.tebal[4][0]).toBe('bold');
    expect(l.tebal[1][0]).toBe('normal');
  });

  it('neutralises text copied from the forms: a formula becomes text', () => {
    const { l } = lembar();
    expect(l.nilai[3][kol('Penjelasan / Kendala')]).toBe('\'=HYPERLINK("x")');
  });

  it('writes the summary blocks under the table, from column B', () => {
    const { l } = lembar();
    const cari = (teks: string) => l.nilai.findIndex((r) => r[1] === teks);
    const predikat = cari('Jumlah indikator per predikat');
    expect(l.nilai[predikat + 1].slice(1, 3)).toEqual(['Predikat', 'Jumlah indikator']);
    expect(l.nilai.slice(predikat + 2, predikat + 8).map((r) => r.slice(1, 3))).toEqual([
      ['Sangat Tinggi', 2],
      ['Tinggi', 0],
      ['Sedang', 0],
      ['Rendah', 1],
      ['Sangat Rendah', 0],
      ['Tanpa predikat', 1],
    ]);
    const unit = cari('Capaian dan kelengkapan per unit');
    expect(l.nilai.slice(unit + 2).map((r) => [r[1], r[3], r[4], r[5], r[6], r[7]])).toEqual([
      ['A', 'Sangat Tinggi', 2, 2, 3, (2 / 3) * 100],
      ['B', 'Rendah', 1, 1, 1, 100],
      ['C', '', 0, 0, 0, ''],
      ['Keseluruhan', 'Sangat Tinggi', 3, 3, 4, 75],
    ]);
    expect(l.nilai[unit + 2][2]).toBe((95 + 200) / 2);
  });
});

describe('bacaKelengkapanRekap', () => {
  it('reads back the completeness per unit from the values of a Rekap', () => {
    const { l } = lembar();
    expect(bacaKelengkapanRekap(l.nilai)).toEqual([
      { unit: 'A', terisi: 2, total: 3 },
      { unit: 'B', terisi: 1, total: 1 },
      { unit: 'C', terisi: 0, total: 0 },
    ]);
  });

  it('is empty for a Rekap not built yet (its header only) or with the block damaged', () => {
    expect(bacaKelengkapanRekap([REKAP.kolom.map((k) => k.judul)])).toEqual([]);
    const { l } = lembar();
    const rusak = l.nilai.map((r) => r.map((v) => (v === 'Realisasi terisi' ? 'x' : v)));
    expect(bacaKelengkapanRekap(rusak)).toEqual([]);
  });
});
