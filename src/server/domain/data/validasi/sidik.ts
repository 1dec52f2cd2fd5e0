import { parseAngka } from '../../indikator/parse-angka';
import { teksKosong } from '../temuan/kosong';
import type { BarisFormulir, KolomFormulir } from '../temuan/types';

/**
 * The values a Kabid validates: a later change to any of them takes the validation away. Tindak Lanjut joined in
 * version 2 (the document prints it); a version 1 fingerprint, taken without it, is still read for the others.
 */
export const KOLOM_SIDIK = [
  'sasaran',
  'indikator',
  'satuan',
  'polaritas',
  'target',
  'realisasi',
  'penjelasan',
  'buktiDukung',
  'tindakLanjut',
] as const satisfies readonly KolomFormulir[];

const VERSI = 'v2';
/** the fields of each version's fingerprint, in order */
const KOLOM_VERSI: Readonly<Record<string, readonly KolomFormulir[]>> = {
  v1: KOLOM_SIDIK.slice(0, 8),
  [VERSI]: KOLOM_SIDIK,
};
const KOLOM_ANGKA: ReadonlySet<string> = new Set(['target', 'realisasi']);

/**
 * A value as text that does not change when only its writing does: blanks collapsed, "-" and empty alike, numbers by
 * their value ("1.234,5" typed as text and 1234.5 held as a number are the same realisasi), dates as instants.
 */
function teksNormal(kolom: string, nilai: unknown): string {
  if (teksKosong(nilai)) return '';
  if (Object.prototype.toString.call(nilai) === '[object Date]') return new Date(nilai as Date).toISOString();
  if (KOLOM_ANGKA.has(kolom)) {
    const angka = parseAngka(nilai);
    if (angka.ok) return String(angka.value);
  }
  return String(nilai).trim().replace(/\s+/g, ' ');
}

/** FNV-1a (32 bit) of a text, as 6 hex digits: short enough for a cell, enough to notice an edit of one field. */
function hash(teks: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < teks.length; i++) {
    h ^= teks.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h >>> 8).toString(16).padStart(6, '0');
}

/**
 * The fingerprint of a row's validated values: one short hash per field, so a later comparison can say which field
 * changed ("v1:3fa2c1.9b0e44.…").
 */
export function sidikBaris(baris: BarisFormulir): string {
  return `${VERSI}:${KOLOM_SIDIK.map((k) => hash(teksNormal(k, baris.cells[k]))).join('.')}`;
}

/**
 * The fields whose values differ from those the fingerprint was taken of, in form order; every field when the
 * fingerprint cannot be read (typed over by hand, or of another version).
 */
export function kolomBerubah(sidik: string, baris: BarisFormulir): KolomFormulir[] {
  const [versi, isi] = sidik.trim().split(':');
  const lama = isi?.split('.') ?? [];
  const kolom = KOLOM_VERSI[versi];
  if (!kolom || lama.length !== kolom.length) return [...KOLOM_SIDIK];
  return kolom.filter((k, i) => hash(teksNormal(k, baris.cells[k])) !== lama[i]);
}
