/** WIB is UTC+7 all year (Indonesia has no daylight saving time). */
const WIB_MS = 7 * 3600 * 1000;

/**
 * The instant a datetime-local field's value ("2026-08-18T09:00") names when read as WIB, whatever zone the browser
 * runs in: the field itself carries no zone, and `new Date(value)` would read it in the browser's local zone. Null for
 * an empty or impossible value (31 February).
 */
export function wibKeEpochMs(nilai: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(nilai.trim());
  if (!m) return null;
  const [tahun, bulan, hari, jam, menit, detik] = m.slice(1).map((x) => Number(x ?? 0));
  const ms = Date.UTC(tahun, bulan - 1, hari, jam, menit, detik) - WIB_MS;
  const kembali = new Date(ms + WIB_MS);
  const sama = kembali.getUTCDate() === hari && kembali.getUTCMonth() === bulan - 1 && kembali.getUTCHours() === jam;
  return sama ? ms : null;
}
