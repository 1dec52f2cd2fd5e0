/**
 * A proposal to revise a step's target minutes where the cycles say so. Only proposed, in the monitoring form: the
 * Tim SAKIP decides and changes the SOP itself. The thresholds are the office's rule, not the regulation's
 * (docs/regulasi/monitoring-sop.md §6).
 */
import { formatAngka } from '../format/bilangan';
import type { StatistikLangkah } from './statistik';

/** fewer finished cycles than this say nothing about a target */
const SIKLUS_MINIMUM_USULAN = 3;
/** proposed targets are whole multiples of this many minutes, as the SOP writes them */
const KELIPATAN_MENIT = 5;

export interface UsulanTarget {
  menit: number;
  alasan: string;
}

const bulatkanKeAtas = (menit: number) =>
  Math.max(KELIPATAN_MENIT, Math.ceil(menit / KELIPATAN_MENIT) * KELIPATAN_MENIT);

/**
 * Raise the target to the median when the step went over it in more than half of the finished cycles; lower it to
 * the worst when it never did and even the worst took at most half the target. Otherwise null.
 */
export function usulanTarget(targetMenit: number, s: StatistikLangkah): UsulanTarget | null {
  if (s.dilaksanakan < SIKLUS_MINIMUM_USULAN || s.median === null || s.terburuk === null) return null;
  if (s.terlambat * 2 > s.dilaksanakan && s.median > targetMenit) {
    return {
      menit: bulatkanKeAtas(s.median),
      alasan: `terlambat di ${s.terlambat} dari ${s.dilaksanakan} siklus; median ${formatAngka(s.median)} menit kerja`,
    };
  }
  if (s.terlambat === 0 && s.terburuk * 2 <= targetMenit) {
    return {
      menit: bulatkanKeAtas(s.terburuk),
      alasan: `tidak pernah terlambat dalam ${s.dilaksanakan} siklus; paling lama ${formatAngka(s.terburuk)} menit kerja`,
    };
  }
  return null;
}
