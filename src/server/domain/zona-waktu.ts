/**
 * The office's time zone. Asia/Jakarta (WIB) is UTC+7 all year (Indonesia has no daylight saving time), so local
 * wall-clock time is plain arithmetic on epoch milliseconds. Change only this constant to move to WITA/WIT.
 */
export const ZONA_WAKTU = { nama: 'Asia/Jakarta', singkatan: 'WIB', offsetMenit: 7 * 60 } as const;

export const MS_PER_MENIT = 60_000;
const MS_PER_HARI = 24 * 60 * MS_PER_MENIT;
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

/**
 * Wall-clock reading of an instant in Waktu Indonesia Barat (Asia/Jakarta).
 *
 * Asia/Jakarta has been UTC+7 without daylight saving since 1964, so one fixed offset is exact for every date the
 * add-in handles and does not depend on the ICU time-zone data of the runtime. The office's zone is one constant,
 * ZONA_WAKTU above.
 */
const WIB_OFFSET_MINUTES = ZONA_WAKTU.offsetMenit;

export interface WibParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0 = Minggu … 6 = Sabtu */
  weekday: number;
  hour: number;
  minute: number;
}

export function wibParts(instant: Date): WibParts {
  const time = instant.getTime();
  if (Number.isNaN(time)) throw new RangeError('Tanggal tidak valid (Invalid Date).');
  const shifted = new Date(time + WIB_OFFSET_MINUTES * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}
