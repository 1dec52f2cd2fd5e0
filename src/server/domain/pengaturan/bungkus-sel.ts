import type { Sel } from './blok-tab';

/**
 * Which cells of the Pengaturan tab wrap. Sheets lets text run into the empty cell on its right and cuts it at a cell
 * that holds something; a cell wraps when its text is wider than its column and its right neighbour is filled, so
 * every setting reads whole while a short row stays one line high.
 */

/** Average width of a character of Arial 10, Sheets' default font, with the cell's padding. */
const PIKSEL_PER_HURUF = 7;
const PIKSEL_TEPI = 6;

function lebarTeks(v: Sel | undefined): number {
  const baris = String(v ?? '').split('\n');
  return Math.max(...baris.map((b) => b.length)) * PIKSEL_PER_HURUF + PIKSEL_TEPI;
}

const terisi = (v: Sel | undefined): boolean => v !== undefined && String(v) !== '';

/** One flag per cell of `rows`: wrap when the text is wider than `lebarKolom[c]` and the next cell is filled. */
export function bungkusPengaturan(rows: readonly (readonly Sel[])[], lebarKolom: readonly number[]): boolean[][] {
  return rows.map((r) =>
    r.map((v, c) => terisi(v) && terisi(r[c + 1]) && lebarTeks(v) > (lebarKolom[c] ?? lebarKolom[0])),
  );
}
