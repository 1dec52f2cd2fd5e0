import type { TataLetakTab } from '../../layout';
import { kolomIsianUnit } from '../validasi/baris-formulir';
import type { Temuan } from './types';

/**
 * A formula in a cell the unit types into is a galat: its result is someone else's data (=IMPORTRANGE), changes on its
 * own, and is never what the Rekap takes (the Rekap reads the text typed, which no number reader accepts).
 * `rumus` is getFormulas() of the form's data range, header row first; `kolom` the 1-based column of each field.
 */
export function temuanRumusIsian(
  tataLetak: TataLetakTab,
  rumus: readonly (readonly string[])[],
  kolom: ReadonlyMap<string, number>,
  unit: { kode: string; tab: string },
): Temuan[] {
  const isian = kolomIsianUnit(tataLetak).flatMap((k) => {
    const c = kolom.get(k.isi);
    return c === undefined ? [] : [{ judul: k.judul, c: c - 1 }];
  });
  return rumus.slice(1).flatMap((baris, i) =>
    isian.flatMap(({ judul, c }): Temuan[] => {
      const teks = baris[c] ?? '';
      if (!teks) return [];
      const pendek = teks.length > 60 ? `${teks.slice(0, 57)}...` : teks;
      const row = i + 2;
      return [
        {
          severity: 'galat',
          unit: unit.kode,
          tab: unit.tab,
          row,
          column: judul,
          message:
            `Tab "${unit.tab}", baris ${row}, kolom "${judul}": berisi rumus ${pendek}; ketik nilainya, bukan rumus ` +
            '(Rekap tidak memakai hasil rumus).',
        },
      ];
    }),
  );
}
