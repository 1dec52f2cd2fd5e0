import { WorkingCalendar, jadwalPadaHari } from './kalender';
import { MS_PER_MENIT, localDayIndex, localMidnightMs } from '../zona-waktu';
/** addWorkingMinutes gives up after this many days without working time (a calendar with no working day left). */
const BATAS_HARI_PENCARIAN = 366 * 20;

function periksaWaktu(ms: number, nama: string): void {
  if (!Number.isFinite(ms)) throw new RangeError(`${nama} bukan waktu yang sah: ${ms}`);
}

/** The working stretches of a local day as instants [dari, sampai) in epoch ms. */
function rentangKerjaMs(calendar: WorkingCalendar, dayIndex: number): { dari: number; sampai: number }[] {
  const tengahMalam = localMidnightMs(dayIndex);
  return jadwalPadaHari(calendar, dayIndex).map((r) => ({
    dari: tengahMalam + r.dari * MS_PER_MENIT,
    sampai: tengahMalam + r.sampai * MS_PER_MENIT,
  }));
}

/** Working milliseconds in [startMs, endMs); 0 when end is not after start. */
export function workingMsBetween(calendar: WorkingCalendar, startMs: number, endMs: number): number {
  periksaWaktu(startMs, 'Waktu mulai');
  periksaWaktu(endMs, 'Waktu selesai');
  let total = 0;
  for (let hari = localDayIndex(startMs); endMs > startMs && hari <= localDayIndex(endMs); hari++) {
    for (const r of rentangKerjaMs(calendar, hari)) {
      total += Math.max(0, Math.min(r.sampai, endMs) - Math.max(r.dari, startMs));
    }
  }
  return total;
}

/**
 * Working minutes between two instants (epoch ms), counted on the calendar in the office's time zone. Never
 * negative: an end before the start gives 0. May be fractional when the instants are not on whole minutes.
 */
export function workingMinutesBetween(calendar: WorkingCalendar, startMs: number, endMs: number): number {
  return workingMsBetween(calendar, startMs, endMs) / MS_PER_MENIT;
}

/**
 * The earliest instant at which `minutes` working minutes have passed since startMs: when a step started at startMs
 * with that target is due. 0 minutes gives startMs itself. A target that ends exactly where a working stretch ends
 * is due at that end (e.g. 12:00 before the break), not at the start of the next stretch.
 */
export function addWorkingMinutes(calendar: WorkingCalendar, startMs: number, minutes: number): number {
  periksaWaktu(startMs, 'Waktu mulai');
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Jumlah menit kerja harus angka ≥ 0, bukan ${minutes}`);
  }
  let sisa = Math.round(minutes * MS_PER_MENIT);
  if (sisa === 0) return startMs;
  const hariAwal = localDayIndex(startMs);
  for (let hari = hariAwal; hari - hariAwal <= BATAS_HARI_PENCARIAN; hari++) {
    for (const r of rentangKerjaMs(calendar, hari)) {
      const dari = Math.max(r.dari, startMs);
      const tersedia = r.sampai - dari;
      if (tersedia <= 0) continue;
      if (sisa <= tersedia) return dari + sisa;
      sisa -= tersedia;
    }
  }
  throw new Error(
    `Kalender kerja "${calendar.nama}" tidak punya jam kerja yang cukup dalam ${BATAS_HARI_PENCARIAN} hari`,
  );
}

/** Whether `ms` falls in working time: the minute that starts there holds some working time. */
export function sedangJamKerja(calendar: WorkingCalendar, ms: number): boolean {
  return workingMsBetween(calendar, ms, ms + MS_PER_MENIT) > 0;
}
