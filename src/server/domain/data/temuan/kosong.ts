import { parseAngka } from '../../indikator/parse-angka';
import type { BarisFormulir } from './types';

/** A cell with nothing in it: null, blanks, or a lone dash ("-", "–", "—") as people write for "none". */
export function teksKosong(nilai: unknown): boolean {
  if (nilai === null || nilai === undefined) return true;
  if (typeof nilai !== 'string') return false;
  const hasil = parseAngka(nilai);
  return !hasil.ok && hasil.kosong;
}

/** An entirely blank row: one of the form's spare lines, skipped by validation and consolidation. */
export function barisKosong(baris: BarisFormulir): boolean {
  return Object.values(baris.cells).every(teksKosong);
}
