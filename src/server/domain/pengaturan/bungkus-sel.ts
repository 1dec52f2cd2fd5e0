import type { Sel } from './blok-tab';

/**
 * Which cells of the Pengaturan tab wrap. Sheets lets text run on into the empty cells on its right and cuts it at a
 * cell that holds something; a printed page also cuts it at the page's edge. A cell wraps when its text is wider than
 * the room it has: its column and the empty columns after it, up to its block's last column (the block's header row).
 * So every setting reads whole, on screen and on paper, while a short row stays one line high.
 */

/** Average width of a character of Arial 10, Sheets' default font, with the cell's padding. */
const PIKSEL_PER_HURUF = 7;
const PIKSEL_TEPI = 6;

function lebarTeks(v: Sel | undefined): number {
  const baris = String(v ?? '').split('\n');
  return Math.max(...baris.map((b) => b.length)) * PIKSEL_PER_HURUF + PIKSEL_TEPI;
}

const terisi = (v: Sel | undefined): boolean => v !== undefined && String(v) !== '';

/** The number of columns of the block each row belongs to: the filled cells of the header row under its title. */
function lebarBlok(rows: readonly (readonly Sel[])[], judulBlok: readonly string[]): number[] {
  let kolom = 1;
  return rows.map((r, i) => {
    if (judulBlok.includes(String(r[0]))) kolom = Math.max(1, (rows[i + 1] ?? []).filter(terisi).length);
    return kolom;
  });
}

/** One flag per cell of `rows` (stacked blocks, each headed by a title in `judulBlok`): wrap when the text has no room. */
export function bungkusPengaturan(
  rows: readonly (readonly Sel[])[],
  lebarKolom: readonly number[],
  judulBlok: readonly string[],
): boolean[][] {
  const blok = lebarBlok(rows, judulBlok);
  const lebar = (c: number) => lebarKolom[c] ?? lebarKolom[lebarKolom.length - 1];
  return rows.map((r, i) =>
    r.map((v, c) => {
      if (!terisi(v) || judulBlok.includes(String(v))) return false;
      let ruang = lebar(c);
      for (let n = c + 1; n < blok[i] && !terisi(r[n]); n++) ruang += lebar(n);
      return lebarTeks(v) > ruang;
    }),
  );
}
