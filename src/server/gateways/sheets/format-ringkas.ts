/**
 * The formats of a tab the add-in owns, written by what they are rather than cell by cell: per format, the value most
 * cells take is set on the whole grid in one call, and only the cells that differ are written — per column, its runs
 * of equal values gathered by value into one range list each, or, for a column whose values change too often for
 * runs to pay, that column's values in one array. A tall tab of few styles (Tren Kinerja: tens of thousands of rows)
 * then moves a few thousand cells per format instead of every cell of the grid.
 */
import type { GridLembar } from '../../domain/data/rekap/lembar-rekap';
import { hurufKolom } from '../../domain/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type RangeList = GoogleAppsScript.Spreadsheet.RangeList;

/** A column whose differing runs are more than this share of its rows is written as one array. */
const RUN_PER_BARIS_MAKS = 1 / 8;

/** Each format of the grid with its one-value setter (Range and RangeList alike) and its array setter. */
const FORMAT = [
  ['format', 'setNumberFormat', 'setNumberFormats'],
  ['latar', 'setBackground', 'setBackgrounds'],
  ['tebal', 'setFontWeight', 'setFontWeights'],
  ['warnaTeks', 'setFontColor', 'setFontColors'],
  ['bungkus', 'setWrap', 'setWraps'],
  ['rata', 'setHorizontalAlignment', 'setHorizontalAlignments'],
] as const;

type Penulis = Record<string, (v: unknown) => unknown>;

function terbanyak<T>(nilai: readonly (readonly T[])[]): T {
  const hitung = new Map<T, number>();
  for (const baris of nilai) for (const v of baris) hitung.set(v, (hitung.get(v) ?? 0) + 1);
  return [...hitung].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** The runs (0-based first and last row) of equal values in column `c` that are not `dasar`. */
function runKolom<T>(nilai: readonly (readonly T[])[], c: number, dasar: T): [number, number, T][] {
  const run: [number, number, T][] = [];
  nilai.forEach((baris, r) => {
    const v = baris[c];
    if (v === dasar) return;
    const akhir = run[run.length - 1];
    if (akhir && akhir[1] === r - 1 && akhir[2] === v) akhir[1] = r;
    else run.push([r, r, v]);
  });
  return run;
}

function tulisFormat(sheet: Sheet, semua: Range, nilai: readonly (readonly unknown[])[], f: (typeof FORMAT)[number]) {
  const [, satu, larik] = f;
  const tulisSatu = (r: Range | RangeList, v: unknown) => (r as unknown as Penulis)[satu](v);
  const dasar = terbanyak(nilai);
  tulisSatu(semua, dasar);
  const perNilai = new Map<unknown, string[]>();
  for (let c = 0; c < nilai[0].length; c++) {
    const run = runKolom(nilai, c, dasar);
    if (!run.length) continue;
    const [awal, akhir] = [run[0][0], run[run.length - 1][1]];
    if (run.length > (akhir - awal + 1) * RUN_PER_BARIS_MAKS) {
      const isi = nilai.slice(awal, akhir + 1).map((b) => [b[c]]);
      (sheet.getRange(awal + 1, c + 1, isi.length, 1) as unknown as Penulis)[larik](isi);
      continue;
    }
    const huruf = hurufKolom(c + 1);
    for (const [r0, r1, v] of run) {
      perNilai.set(v, [...(perNilai.get(v) ?? []), `${huruf}${r0 + 1}:${huruf}${r1 + 1}`]);
    }
  }
  for (const [v, a1] of perNilai) tulisSatu(sheet.getRangeList(a1), v);
}

export function tulisFormatRingkas(sheet: Sheet, grid: GridLembar): void {
  const semua = sheet.getRange(1, 1, grid.nilai.length, grid.nilai[0].length);
  for (const f of FORMAT) tulisFormat(sheet, semua, grid[f[0]], f);
  semua.setVerticalAlignment('top');
}
