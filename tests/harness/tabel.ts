/** The add-in's own tabs read by header name, as a person reads a table: one record per row. */

const ms = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).getTime() : v);

/** The rows of a tab's values (header row first) as records by header, dates as epoch ms. */
export function barisBernama(nilai: readonly (readonly unknown[])[]): Record<string, unknown>[] {
  const [judul = [], ...isi] = nilai;
  return isi.map((r) => Object.fromEntries(judul.map((j, i) => [String(j), ms(r[i])])));
}
