/** Snapshots of an emulated spreadsheet without the ids a run happens to get, for comparing the results of two runs. */
import type { SpreadsheetState } from '../emulator/spreadsheet/model';

const ID = new Set(['id', 'sheetId', 'activeSheetId', 'sheetCount']);

function teks(v: unknown): string {
  return JSON.stringify(v, (k, x: unknown) => {
    if (ID.has(k)) return undefined;
    if (x instanceof Map) return [...x];
    // the same cell may get its properties in another order when a run resumes
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      return Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)));
    }
    return x;
  });
}

/** The tabs `pilih` keeps, by name. */
export function potretTab(ss: SpreadsheetState, pilih: (nama: string) => boolean = () => true): Record<string, string> {
  return Object.fromEntries(ss.sheets.filter((s) => pilih(s.name)).map((s) => [s.name, teks(s)]));
}

/** The whole file: its own properties (its own id, which its seal names, left out), and each tab by position and name. */
export function potretBerkas(ss: SpreadsheetState): Record<string, string> {
  const { sheets, ...berkas } = ss;
  return {
    '(berkas)': teks(berkas).split(ss.id).join('(id)'),
    ...Object.fromEntries(sheets.map((s, i) => [`${i} ${s.name}`, teks(s)])),
  };
}
