import { hurufKolom } from '../../domain/layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Background highlights on a unit's form: formatting only, never values. One call per colour, whatever the number
 * of cells (RangeList.setBackground), and one to clear the previous highlights of the unit's input columns.
 */
export function sorotSel(sheet: Sheet, perWarna: ReadonlyMap<string, readonly string[]>): void {
  for (const [warna, a1] of perWarna) if (a1.length) sheet.getRangeList([...a1]).setBackground(warna);
}

/** Clears the backgrounds of the given columns (1-based) of the data rows 2..`akhir`: the previous run's highlights. */
export function hapusSorot(sheet: Sheet, kolom: readonly number[], akhir: number): void {
  if (akhir < 2 || kolom.length === 0) return;
  const runs: [number, number][] = [];
  for (const c of [...kolom].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[1] + 1 === c) last[1] = c;
    else runs.push([c, c]);
  }
  sheet.getRangeList(runs.map(([a, b]) => `${hurufKolom(a)}2:${hurufKolom(b)}${akhir}`)).setBackground(null);
}

/** A1 notation of cells given as [row, column] (1-based). */
export function a1Sel(sel: readonly (readonly [number, number])[]): string[] {
  return sel.map(([r, c]) => `${hurufKolom(c)}${r}`);
}
