import { localDayIndex, localMidnightMs, MS_PER_MENIT } from '../zona-waktu';

export interface RentangWaktu {
  mulai: number;
  selesai: number;
}

export type HasilRentang = { ok: true; rentang: RentangWaktu | null } | { ok: false; reason: string };

const POLA =
  /^(?:(\d{1,2})[/-](\d{1,2})[/-](\d{4})\s+)?(\d{1,2})[.:](\d{2})\s*(?:-|–|s\.?d\.?|sampai)\s*(\d{1,2})[.:](\d{2})$/i;

/**
 * When a step that happened on paper took place, as a person types it: "08.00-08.10" (today, WIB) or
 * "12/08/2026 08.00-08.10". Empty means "not given". The range must be in the past and not run backwards.
 */
export function bacaRentangWaktu(teks: string, nowMs: number): HasilRentang {
  const t = teks.trim();
  if (!t) return { ok: true, rentang: null };
  const m = POLA.exec(t);
  const contoh = 'Tulis seperti "08.00-08.10" (hari ini) atau "12/08/2026 08.00-08.10".';
  if (!m) return { ok: false, reason: `Waktu "${t}" tidak dikenali. ${contoh}` };
  const [, dd, mm, yyyy, j1, m1, j2, m2] = m;
  const hari = yyyy ? hariLokal(Number(yyyy), Number(mm), Number(dd)) : localDayIndex(nowMs);
  if (hari === null) return { ok: false, reason: `Tanggal "${dd}/${mm}/${yyyy}" tidak ada. ${contoh}` };
  const jam = [Number(j1), Number(m1), Number(j2), Number(m2)];
  if (jam[0] > 23 || jam[2] > 23 || jam[1] > 59 || jam[3] > 59) {
    return { ok: false, reason: `Jam dalam "${t}" tidak sah. ${contoh}` };
  }
  const awal = localMidnightMs(hari);
  const mulai = awal + (jam[0] * 60 + jam[1]) * MS_PER_MENIT;
  const selesai = awal + (jam[2] * 60 + jam[3]) * MS_PER_MENIT;
  if (selesai < mulai) return { ok: false, reason: `Waktu selesai dalam "${t}" lebih awal dari waktu mulai.` };
  if (selesai > nowMs) return { ok: false, reason: `Waktu "${t}" belum terjadi: catat hanya yang sudah berlangsung.` };
  return { ok: true, rentang: { mulai, selesai } };
}

function hariLokal(tahun: number, bulan: number, tanggal: number): number | null {
  const d = new Date(Date.UTC(tahun, bulan - 1, tanggal));
  if (d.getUTCFullYear() !== tahun || d.getUTCMonth() !== bulan - 1 || d.getUTCDate() !== tanggal) return null;
  return Math.floor(d.getTime() / 86_400_000);
}
