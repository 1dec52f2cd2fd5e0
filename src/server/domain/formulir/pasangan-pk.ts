import type { IndikatorAwal } from './isian-formulir';

const kunci = (v: unknown): string =>
  String(v ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * A unit's form rows paired with its Perjanjian Kinerja indicators. The form is written from the PK in order (row n+2
 * is the n-th indicator), but rows a person sorted or moved still carry their indicator's name: a row is paired by the
 * name when it names exactly one PK indicator not yet paired, otherwise by its position. So a realisasi is never
 * credited to the indicator of the row it was moved to. `hilang`: the PK indicators no row is paired with.
 */
export function pasangkanPK<T extends { rowNumber: number }>(
  baris: readonly T[],
  indikatorBaris: (b: T) => unknown,
  pk: readonly IndikatorAwal[],
): { pkBaris: (rowNumber: number) => IndikatorAwal | undefined; hilang: number[] } {
  const terpakai = new Set<number>();
  const pasangan = new Map<number, number>();
  const pasang = (b: T, n: number) => {
    if (n < 0 || n >= pk.length || terpakai.has(n) || pasangan.has(b.rowNumber)) return;
    terpakai.add(n);
    pasangan.set(b.rowNumber, n);
  };
  for (const b of baris) {
    const nama = kunci(indikatorBaris(b));
    const cocok = nama ? pk.flatMap((i, n) => (kunci(i.indikator) === nama ? [n] : [])) : [];
    if (cocok.length === 1) pasang(b, cocok[0]);
  }
  for (const b of baris) pasang(b, b.rowNumber - 2);
  return {
    pkBaris: (rowNumber) => {
      const n = pasangan.get(rowNumber);
      return n === undefined ? undefined : pk[n];
    },
    hilang: pk.flatMap((_, n) => (terpakai.has(n) ? [] : [n])),
  };
}
