import { formatAngka } from '../format/bilangan';
import { parseAngka } from './parse-angka';

/** A target range of a stable indicator ("60–80"): realisasi inside it is on target. */
export interface RentangTarget {
  min: number;
  max: number;
}

/** One target: a number, or a range (stable polarity only). */
export type NilaiTarget = number | RentangTarget;

export type HasilTarget = { ok: true; target: NilaiTarget } | { ok: false; kosong: boolean; reason: string };

const PEMISAH_RENTANG = /\s*(?:[–—]|\s-\s|-(?=\d)|s\.?\s?d\.?|sampai(?:\s+dengan)?)\s*/i;

export function adalahRentang(t: NilaiTarget): t is RentangTarget {
  return typeof t !== 'number';
}

/**
 * Reads a target cell: a number as parseAngka reads it, or a range "60–80", "60 - 80", "60 s.d. 80",
 * "60 sampai 80" (each bound an Indonesian number). A range whose min is above its max is refused.
 */
export function bacaTarget(nilai: unknown): HasilTarget {
  if (typeof nilai === 'string' && !/^\s*[-\u2212]/.test(nilai) && PEMISAH_RENTANG.test(nilai.trim())) {
    const [a, b, ...lebih] = nilai.trim().split(PEMISAH_RENTANG);
    const min = parseAngka(a);
    const max = parseAngka(b);
    if (lebih.length || !min.ok || !max.ok) {
      return { ok: false, kosong: false, reason: `"${nilai.trim()}" bukan rentang angka (contoh: 60–80)` };
    }
    if (min.value > max.value) {
      return { ok: false, kosong: false, reason: `rentang "${nilai.trim()}": batas bawah lebih besar dari batas atas` };
    }
    return { ok: true, target: { min: min.value, max: max.value } };
  }
  const angka = parseAngka(nilai);
  return angka.ok ? { ok: true, target: angka.value } : { ok: false, kosong: angka.kosong, reason: angka.reason };
}

/** "75" or "60–80", Indonesian notation; `desimal` fixes the decimals (else up to 2, trailing zeros dropped). */
export function tulisTarget(t: NilaiTarget, desimal?: number): string {
  const opsi = desimal === undefined ? {} : { minimumDesimal: desimal, maksimumDesimal: desimal };
  return adalahRentang(t) ? `${formatAngka(t.min, opsi)}–${formatAngka(t.max, opsi)}` : formatAngka(t, opsi);
}

/** The same target applied bound by bound (a number is a range of one point). */
export function petaTarget(daftar: readonly NilaiTarget[], f: (angka: number[]) => number): NilaiTarget {
  if (!daftar.some(adalahRentang)) return f(daftar as number[]);
  const batas = daftar.map((t) => (adalahRentang(t) ? t : { min: t, max: t }));
  return { min: f(batas.map((t) => t.min)), max: f(batas.map((t) => t.max)) };
}

export function targetSama(a: NilaiTarget, b: NilaiTarget): boolean {
  const dekat = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  if (adalahRentang(a) !== adalahRentang(b)) return false;
  if (adalahRentang(a) && adalahRentang(b)) return dekat(a.min, b.min) && dekat(a.max, b.max);
  return dekat(a as number, b as number);
}
