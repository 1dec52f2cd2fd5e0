/** How an indicator's capaian moves from period to period. */

/**
 * The positions (in period order) at which the capaian fell for the second period in a row: v[i-2] > v[i-1] > v[i].
 * A period without a capaian breaks the run: a fall is only read between two consecutive periods.
 */
export function turunDuaKali(capaian: readonly (number | null)[]): number[] {
  const hasil: number[] = [];
  for (let i = 2; i < capaian.length; i++) {
    const [a, b, c] = [capaian[i - 2], capaian[i - 1], capaian[i]];
    if (a !== null && b !== null && c !== null && a > b && b > c) hasil.push(i);
  }
  return hasil;
}
