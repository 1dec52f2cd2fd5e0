import { METADATA_SIAP, METADATA_SIKLUS } from './cycle-spreadsheet';
import { METADATA_DITUTUP } from './cycle-closed';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The cycle marks of a spreadsheet: its period key ("2026-TW2") and whether mulaiSiklus finished preparing it. */
export interface TandaSiklus {
  kunci: string;
  siap: boolean;
  /** ISO instant the cycle was archived and closed (step 14), or null while open */
  ditutup: string | null;
  /** the last edit of a form or of the Anggaran tab (kept by the edit trigger; tab: named when it is not a unit's form), or null */
  formulirDiubah: { unit: string; waktu: number; tab?: string } | null;
}

const METADATA_FORMULIR_DIUBAH = 'pengukuran-kinerja.formulir-diubah';

/** Keeps the time and unit of the last form edit: set once, then changed in place. */
export function catatFormulirDiubah(ss: Spreadsheet, unit: string, waktu: number, tab?: string): void {
  const nilai = JSON.stringify(tab ? { unit, waktu, tab } : { unit, waktu });
  const ada = ss.createDeveloperMetadataFinder().withKey(METADATA_FORMULIR_DIUBAH).find()[0];
  if (ada) ada.setValue(nilai);
  else ss.addDeveloperMetadata(METADATA_FORMULIR_DIUBAH, nilai);
}

function bacaFormulirDiubah(teks: string | null | undefined): TandaSiklus['formulirDiubah'] {
  try {
    const v = JSON.parse(teks ?? 'null') as { unit?: unknown; waktu?: unknown; tab?: unknown } | null;
    if (!v || typeof v.unit !== 'string' || typeof v.waktu !== 'number') return null;
    return { unit: v.unit, waktu: v.waktu, ...(typeof v.tab === 'string' ? { tab: v.tab } : {}) };
  } catch {
    return null;
  }
}

/** Null when the spreadsheet is not a cycle spreadsheet (mulaiSiklus never tagged it). */
export function bacaTandaSiklus(ss: Spreadsheet): TandaSiklus | null {
  const tanda = new Map(ss.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()]));
  const kunci = tanda.get(METADATA_SIKLUS);
  if (!kunci) return null;
  const formulirDiubah = bacaFormulirDiubah(tanda.get(METADATA_FORMULIR_DIUBAH));
  return { kunci, siap: tanda.has(METADATA_SIAP), ditutup: tanda.get(METADATA_DITUTUP) ?? null, formulirDiubah };
}
