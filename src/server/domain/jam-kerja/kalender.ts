import { localIsoDate, localWeekday } from '../zona-waktu';
/** Weekday names as the calendar file spells them; the index is the local weekday (0 = Minggu). */
export const NAMA_HARI = ['minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'] as const;

export const JENIS_LIBUR = ['libur nasional', 'cuti bersama', 'libur daerah', 'lainnya'] as const;

/** A stretch of working time within one day, in minutes after local midnight: [dari, sampai). */
export interface RentangMenit {
  dari: number;
  sampai: number;
}

/** The working stretches of one day, sorted and disjoint (breaks already cut out); empty = no work that day. */
export type JadwalHari = readonly RentangMenit[];

/** A date range (inclusive, local dates) whose hours differ from the usual week, e.g. Ramadan. */
export interface JamKhusus {
  nama: string;
  dari: string;
  sampai: string;
  /** per local weekday; undefined = the usual hours of that weekday apply */
  mingguan: readonly (JadwalHari | undefined)[];
}

/** A working calendar ready for computation (see calendar-schema.ts for the file format it is read from). */
export interface WorkingCalendar {
  nama: string;
  /** index = local weekday, 0 = Minggu */
  mingguan: readonly JadwalHari[];
  /** local date "YYYY-MM-DD" -> holiday name */
  hariLibur: ReadonlyMap<string, string>;
  jamKhusus: readonly JamKhusus[];
}

/** The working stretches of a local day: none on a holiday, special hours inside a jamKhusus range, else the week. */
export function jadwalPadaHari(calendar: WorkingCalendar, dayIndex: number): JadwalHari {
  const tanggal = localIsoDate(dayIndex);
  if (calendar.hariLibur.has(tanggal)) return [];
  const hari = localWeekday(dayIndex);
  const khusus = calendar.jamKhusus.find((k) => k.dari <= tanggal && tanggal <= k.sampai);
  return khusus?.mingguan[hari] ?? calendar.mingguan[hari];
}
