import { formatHariTanggal, formatJam } from '../format/tanggal';
export { ZONA_WAKTU } from '../zona-waktu';
import { ZONA_WAKTU } from '../zona-waktu';

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

/** An instant as local time for messages, e.g. "Jumat, 14 Agustus 2026 14.00 WIB". */
export function formatWaktuLokal(ms: number): string {
  return `${formatHariTanggal(new Date(ms))} ${formatJam(new Date(ms))}`;
}
