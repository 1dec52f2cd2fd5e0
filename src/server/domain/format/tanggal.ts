import { wibParts, ZONA_WAKTU } from '../zona-waktu';

export const NAMA_BULAN = [
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
] as const;

/** Indexed like Date.getDay(): 0 = Minggu. */
const NAMA_HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

/** "18 Januari 2021" (date in WIB). */
export function formatTanggal(instant: Date): string {
  const { day, month, year } = wibParts(instant);
  return `${day} ${NAMA_BULAN[month - 1]} ${year}`;
}

/** "Purwokerto, 18 Januari 2021" — the place-and-date line above a signature. */
export function formatTempatTanggal(tempat: string, instant: Date): string {
  return `${tempat.trim()}, ${formatTanggal(instant)}`;
}

/** "21 Agustus 2026", or "…………………… 2026" left for the signer to date by hand when no date is set. */
export function formatTanggalAtauKosong(tanggal: Date | null, tahun: number): string {
  return tanggal ? formatTanggal(tanggal) : `…………………… ${tahun}`;
}

/** "Rabu, 12 Agustus 2026". */
export function formatHariTanggal(instant: Date): string {
  return `${NAMA_HARI[wibParts(instant).weekday]}, ${formatTanggal(instant)}`;
}

/** "08.30 WIB" — Indonesian writes the hour and minute separated by a dot. */
export function formatJam(instant: Date): string {
  const { hour, minute } = wibParts(instant);
  return `${pad2(hour)}.${pad2(minute)} ${ZONA_WAKTU.singkatan}`;
}

/** "Rabu, 12 Agustus 2026 pukul 08.30 WIB". */
export function formatHariTanggalJam(instant: Date): string {
  return `${formatHariTanggal(instant)} pukul ${formatJam(instant)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** An instant as local time for messages, e.g. "Jumat, 14 Agustus 2026 14.00 WIB". */
export function formatWaktuLokal(ms: number): string {
  return `${formatHariTanggal(new Date(ms))} ${formatJam(new Date(ms))}`;
}
