/**
 * How one SOP step went across the cycles of a year: the working minutes of each cycle (from the Pelacakan
 * projection of its Log), their median and worst, how often the step went over its target or was reopened, and who
 * carried it out.
 */

/** One step in one cycle. */
export interface LangkahSiklus {
  /** the cycle's period, as people read it ("Triwulan II Tahun 2026") */
  siklus: string;
  /** working minutes spent so far; null while the step has not started */
  menit: number | null;
  /** finished (and not reopened since) */
  selesai: boolean;
  /** over its target, finished or still running */
  terlambat: boolean;
  /** not started although a later step of the SOP was: the cycle went on without it */
  dilewati: boolean;
  /** accepted reopen events */
  dibukaKembali: number;
  /** who recorded its events, by name where Pengaturan knows them */
  pelaku: readonly string[];
}

export interface StatistikLangkah {
  /** cycles read */
  siklus: number;
  /** cycles in which the step is finished */
  dilaksanakan: number;
  dilewati: number;
  /** median working minutes of the finished cycles; null when none is finished */
  median: number | null;
  /** the most working minutes of the finished cycles */
  terburuk: number | null;
  /** cycles in which the step went over its target */
  terlambat: number;
  /** finished within the target (the Mutu Baku of time met) */
  tepatWaktu: number;
  /** reopen events over all cycles */
  dibukaKembali: number;
  /** everyone who carried it out, in the order first seen */
  pelaku: string[];
}

/** The middle value; the mean of the two middle ones for an even count; null for none. */
export function median(angka: readonly number[]): number | null {
  if (!angka.length) return null;
  const urut = [...angka].sort((a, b) => a - b);
  const tengah = Math.floor(urut.length / 2);
  return urut.length % 2 ? urut[tengah] : (urut[tengah - 1] + urut[tengah]) / 2;
}

export function ringkasLangkah(perSiklus: readonly LangkahSiklus[]): StatistikLangkah {
  const selesai = perSiklus.filter((s) => s.selesai && s.menit !== null);
  const menit = selesai.map((s) => s.menit as number);
  return {
    siklus: perSiklus.length,
    dilaksanakan: selesai.length,
    dilewati: perSiklus.filter((s) => s.dilewati).length,
    median: median(menit),
    terburuk: menit.length ? Math.max(...menit) : null,
    terlambat: perSiklus.filter((s) => s.terlambat).length,
    tepatWaktu: selesai.filter((s) => !s.terlambat).length,
    dibukaKembali: perSiklus.reduce((n, s) => n + s.dibukaKembali, 0),
    pelaku: [...new Set(perSiklus.flatMap((s) => s.pelaku))],
  };
}
