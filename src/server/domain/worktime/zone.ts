/**
 * The office's time zone. Asia/Jakarta (WIB) is UTC+7 all year (Indonesia has no daylight saving time), so local
 * wall-clock time is plain arithmetic on epoch milliseconds. Change only this constant to move to WITA/WIT.
 */
export const ZONA_WAKTU = { nama: 'Asia/Jakarta', singkatan: 'WIB', offsetMenit: 7 * 60 } as const;

export const MS_PER_MENIT = 60_000;
export const MS_PER_HARI = 24 * 60 * MS_PER_MENIT;
const OFFSET_MS = ZONA_WAKTU.offsetMenit * MS_PER_MENIT;

/** Days since 1970-01-01 counted in local time: the local calendar date of an instant. */
export function localDayIndex(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / MS_PER_HARI);
}

/** The instant (epoch ms) of local midnight that starts the given local day. */
export function localMidnightMs(dayIndex: number): number {
  return dayIndex * MS_PER_HARI - OFFSET_MS;
}

/** Local weekday of a local day: 0 = Minggu (Sunday) … 6 = Sabtu (Saturday), as Date#getUTCDay counts. */
export function localWeekday(dayIndex: number): number {
  return new Date(dayIndex * MS_PER_HARI).getUTCDay();
}

/** The local date of a local day as "YYYY-MM-DD". */
export function localIsoDate(dayIndex: number): string {
  return new Date(dayIndex * MS_PER_HARI).toISOString().slice(0, 10);
}

/** Epoch ms of a local wall-clock time, e.g. localMs(2026, 8, 14, 14, 0) for Jumat 14 Agustus 2026 14:00 WIB. */
export function localMs(tahun: number, bulan: number, tanggal: number, jam = 0, menit = 0): number {
  return Date.UTC(tahun, bulan - 1, tanggal, jam, menit) - OFFSET_MS;
}

const NAMA_HARI_TAMPIL = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** An instant as local time for messages, e.g. "Jumat, 14 Agustus 2026 14.00 WIB". */
export function formatWaktuLokal(ms: number): string {
  const d = new Date(ms + ZONA_WAKTU.offsetMenit * MS_PER_MENIT);
  const jam = `${String(d.getUTCHours()).padStart(2, '0')}.${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${NAMA_HARI_TAMPIL[d.getUTCDay()]}, ${d.getUTCDate()} ${NAMA_BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()} ${jam} ${ZONA_WAKTU.singkatan}`;
}
