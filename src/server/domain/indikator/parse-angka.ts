/**
 * Reads a number the way people in an Indonesian office type it, or the way a cell holds it.
 *
 * Conventions (id_ID):
 * - the comma is the decimal separator, the dot groups thousands: "12,5" = 12.5, "1.234,5" = 1234.5;
 * - a dot followed by exactly three-digit groups is a thousands separator: "1.234" = 1234, "1.234.567" = 1234567
 *   (so "1.234" never means one point two three four; write "1,234" for that);
 * - any other single dot cannot be a thousands separator, so it is read as a decimal point: "12.5" = 12.5,
 *   "0.500" = 0.5 (a group never starts with 0), "1.2345" = 1.2345 — people pasting from English-locale tools;
 * - a value ending in "%" keeps its number (85% → 85, the capaian scale is in percent points) and says `persen`;
 * - an optional "Rp"/"Rp." prefix is dropped (pagu, realisasi anggaran);
 * - a number already held by the cell is taken as it is (a cell formatted as percent holds 0.85 for 85 %: the caller
 *   knows the column and decides);
 * - "", blanks, "-", "–", "—", null and undefined are "kosong" (not filled), distinct from an error.
 * Ambiguous or foreign writings are refused with a reason rather than guessed: "1,234.5" (English), "1,2,3",
 * "1.23,4" (bad grouping), "1 234" (space grouping), "12," (nothing after the comma), "1e3".
 */
import { kutipPendek } from '../format/potong-teks';

interface AngkaSah {
  ok: true;
  value: number;
  /** the text ended with "%" */
  persen?: boolean;
}
interface AngkaKosong {
  ok: false;
  kosong: true;
  reason: string;
}
interface AngkaTidakSah {
  ok: false;
  kosong: false;
  reason: string;
}
export type HasilAngka = AngkaSah | AngkaKosong | AngkaTidakSah;

const TANDA_KOSONG = new Set(['', '-', '\u2013', '\u2014']);
const KOSONG: AngkaKosong = { ok: false, kosong: true, reason: 'belum diisi' };
const KELOMPOK_RIBUAN = /^[1-9]\d{0,2}(\.\d{3})+$/;

function tidakSah(reason: string): AngkaTidakSah {
  return { ok: false, kosong: false, reason };
}

export function parseAngka(input: unknown): HasilAngka {
  if (input === null || input === undefined) return KOSONG;
  if (typeof input === 'number') {
    return Number.isFinite(input) ? { ok: true, value: input } : tidakSah('nilai bukan angka terhingga');
  }
  if (typeof input === 'boolean') return tidakSah('berisi nilai benar/salah (TRUE/FALSE), bukan angka');
  if (input instanceof Date) return tidakSah('berisi tanggal, bukan angka');
  if (typeof input !== 'string') return tidakSah('jenis isian tidak dikenal, bukan angka');

  let teks = input.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (TANDA_KOSONG.has(teks)) return KOSONG;
  const persen = teks.endsWith('%');
  if (persen) teks = teks.slice(0, -1).trimEnd();
  teks = teks.replace(/^rp\.?\s*/i, '');
  const negatif = /^[-\u2212]/.test(teks);
  const badan = teks.replace(/^[-+\u2212]/, '');
  if (!/^[\d.,]+$/.test(badan) || !/\d/.test(badan)) return tidakSah(`${kutipPendek(input.trim())} bukan angka`);

  const hasil = bacaBadanAngka(badan);
  if (typeof hasil === 'string') return tidakSah(`${kutipPendek(input.trim())} bukan angka yang sah: ${hasil}`);
  const value = negatif && hasil !== 0 ? -hasil : hasil;
  return persen ? { ok: true, value, persen: true } : { ok: true, value };
}

/** digits, dots and commas only; returns the number or the reason it cannot be read */
function bacaBadanAngka(badan: string): number | string {
  const bagian = badan.split(',');
  if (bagian.length > 2) return 'koma lebih dari satu; koma hanya untuk desimal (contoh 1.234,5)';
  if (bagian.length === 2) {
    const [bulat, desimal] = bagian;
    if (desimal === '') return 'tidak ada angka sesudah koma';
    if (desimal.includes('.')) return 'titik sesudah koma seperti format Inggris (1,234.5); tulis 1.234,5';
    if (bulat.includes('.') && !KELOMPOK_RIBUAN.test(bulat)) return 'pemisah ribuan (titik) tidak tepat';
    return Number(`${bulat.replace(/\./g, '') || '0'}.${desimal}`);
  }
  if (KELOMPOK_RIBUAN.test(badan)) return Number(badan.replace(/\./g, ''));
  const titik = badan.split('.').length - 1;
  if (titik > 1) return 'pemisah ribuan (titik) tidak tepat';
  if (badan.endsWith('.')) return 'tidak ada angka sesudah titik';
  return Number(badan.startsWith('.') ? `0${badan}` : badan);
}
