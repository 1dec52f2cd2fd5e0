import type { GridLembar } from '../../domain/data/rekap/lembar-rekap';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Rewrites a tab the add-in owns whole: the values in one setValues that also blanks whatever an earlier version left
 * below or beside, so the tab never shows a mix of two; then each format as one grid, and the tab sized to the grid
 * (grown before the write, trimmed after it). The number of calls depends on the number of columns, never on the
 * number of rows. A run that stops before the formats leaves the new values unformatted; running it again completes it.
 */
export function tulisGridUtuh(sheet: Sheet, grid: GridLembar): void {
  tulisNilaiUtuh(sheet, grid);
  sheet
    .getRange(1, 1, grid.nilai.length, grid.nilai[0].length)
    .setNumberFormats(grid.format)
    .setBackgrounds(grid.latar)
    .setFontWeights(grid.tebal)
    .setFontColors(grid.warnaTeks)
    .setWraps(grid.bungkus)
    .setHorizontalAlignments(grid.rata)
    .setVerticalAlignment('top');
}

/** The values part of tulisGridUtuh: the old formats cleared, the values written, the tab sized to the grid. */
export function tulisNilaiUtuh(sheet: Sheet, grid: GridLembar): void {
  const baris = grid.nilai.length;
  const kolom = grid.nilai[0].length;
  const barisAda = sheet.getMaxRows();
  if (baris > barisAda) sheet.insertRowsAfter(barisAda, baris - barisAda);
  const tinggi = Math.max(baris, sheet.getLastRow());
  const lebar = Math.max(kolom, sheet.getLastColumn());
  const semua = sheet.getRange(1, 1, tinggi, lebar);
  semua.clearFormat();
  semua.setValues(
    Array.from({ length: tinggi }, (_, r) => Array.from({ length: lebar }, (_, c) => grid.nilai[r]?.[c] ?? '')),
  );
  // the tab holds exactly the grid: rows an earlier, longer version needed go, after the values were replaced
  if (baris < barisAda) sheet.deleteRows(baris + 1, barisAda - baris);
}
