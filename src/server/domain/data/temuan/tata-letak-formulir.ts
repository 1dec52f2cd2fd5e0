import type { GalatTataLetak } from '../../layout';
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
