import { METADATA_SIAP, METADATA_SIKLUS } from './cycle-spreadsheet';
import { METADATA_DITUTUP } from './cycle-closed';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The cycle marks of a spreadsheet: its period key ("2026-TW2") and whether mulaiSiklus finished preparing it. */
export interface TandaSiklus {
  kunci: string;
  siap: boolean;
  /** ISO instant the cycle was archived and closed (step 14), or null while open */
  ditutup: string | null;
}

/** Null when the spreadsheet is not a cycle spreadsheet (mulaiSiklus never tagged it). */
export function bacaTandaSiklus(ss: Spreadsheet): TandaSiklus | null {
  const tanda = new Map(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()]));
  const kunci = tanda.get(METADATA_SIKLUS);
  return kunci ? { kunci, siap: tanda.has(METADATA_SIAP), ditutup: tanda.get(METADATA_DITUTUP) ?? null } : null;
}
