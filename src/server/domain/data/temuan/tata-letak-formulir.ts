import { GalatTataLetak, petaJudul, type TataLetakTab } from '../../layout';
import type { Temuan } from './types';

/**
 * A unit's form whose header row lacks columns cannot be checked: one galat per missing column, on row 1, so the
 * Temuan tab says what to put back instead of the check failing unseen.
 */
export function temuanTataLetak(galat: GalatTataLetak, unit: string): Temuan[] {
  return galat.hilang.map((judul) => ({
    severity: 'galat',
    unit,
    tab: galat.tab,
    row: 1,
    column: judul,
    message:
      `Tab "${galat.tab}", baris 1, kolom "${judul}": judul kolom ini tidak ditemukan; kembalikan judulnya di baris 1 ` +
      '(add-in membaca formulir menurut judul kolom). Isian unit ini belum diperiksa.',
  }));
}

/** The header problem of a unit's form tab (its values' first row), or null when every column is found. */
export function galatJudulFormulir(
  tataLetak: TataLetakTab,
  tab: string,
  barisJudul: readonly unknown[],
): GalatTataLetak | null {
  try {
    petaJudul({ ...tataLetak, nama: tab }, barisJudul);
    return null;
  } catch (e) {
    if (e instanceof GalatTataLetak) return e;
    throw e;
  }
}
