import { SopStep } from '../sop/types';
import { StepState } from '../pelacakan/kejadian-langkah';
import { WorkingCalendar } from './kalender';
import { workingMinutesBetween } from './menit-kerja';

export type TimingStatus = 'belum' | 'berjalan' | 'selesai tepat waktu' | 'selesai terlambat' | 'terlambat';

export interface StepTiming {
  no: number;
  targetMenit: number;
  /** working minutes spent so far (a running step counts up to now); possibly fractional */
  aktualMenit: number;
  /** aktual − target; negative = under target; null while the step has not started */
  selisihMenit: number | null;
  status: TimingStatus;
}

/**
 * Compares a step's working time with its target (SopStep.waktuMenit). Working time is the sum over its stretches of
 * work, so the time between a finish and a reopen is not counted. Finishing exactly on target is on time.
 */
export function stepTiming(step: SopStep, state: StepState, calendar: WorkingCalendar, nowMs: number): StepTiming {
  const targetMenit = step.waktuMenit;
  if (state.status === 'belum')
    return { no: step.no, targetMenit, aktualMenit: 0, selisihMenit: null, status: 'belum' };
  const aktualMenit = state.rentangKerja.reduce(
    (jumlah, r) => jumlah + workingMinutesBetween(calendar, r.dari, r.sampai ?? nowMs),
    0,
  );
  const selisihMenit = aktualMenit - targetMenit;
  const lewat = selisihMenit > 0;
  const status: TimingStatus =
    state.status === 'selesai'
      ? lewat
        ? 'selesai terlambat'
        : 'selesai tepat waktu'
      : lewat
        ? 'terlambat'
        : 'berjalan';
  return { no: step.no, targetMenit, aktualMenit, selisihMenit, status };
}
