import { ZONA_WAKTU } from '../zona-waktu';

/**
 * Wall-clock reading of an instant in Waktu Indonesia Barat (Asia/Jakarta).
 *
 * Asia/Jakarta has been UTC+7 without daylight saving since 1964, so one fixed offset is exact for every date the
 * add-in handles and does not depend on the ICU time-zone data of the runtime. The office's zone is one constant,
 * ZONA_WAKTU in worktime/zone.ts.
 */
export const WIB_OFFSET_MINUTES = ZONA_WAKTU.offsetMenit;

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
