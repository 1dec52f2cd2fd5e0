import type { StepState } from '../kejadian-langkah';
import type { SopStep } from '../../sop/types';
import type { WorkingCalendar } from '../../jam-kerja/kalender';
import { stepTiming } from '../../jam-kerja/waktu-langkah';
import { addWorkingMinutes, sedangJamKerja, workingMinutesBetween } from '../../jam-kerja/menit-kerja';
import { kunciPeringatan, type JenisPengingat, type KunciPengingat } from './kunci';

/**
 * A reminder that a running step has passed its target, or (jenis 'eskalasi') an escalation to the people above once
 * it has run more than twice its target. "Overrun" (putaran) is the stretch of work the step is in:
 * the first start is putaran 1, each reopen starts the next. A step gets at most one reminder per putaran, so a
 * reopened step that runs over again gets a new one. Working time counts over all stretches, as the tracking sheet
 * does (stepTiming): a step reopened after it already ran over is over again as soon as it is reopened.
 */
export interface Pengingat extends KunciPengingat {
  jenis: JenisPengingat;
  kunci: string;
  step: SopStep;
  /** start of the current stretch: the first start, or the reopen */
  berjalanSejak: number;
  /** the instant the step's working time passed its target, twice it for an escalation (the reopen, when it was already over) */
  lewatTargetSejak: number;
  targetMenit: number;
  /** working minutes so far, whole minutes rounded down */
  aktualMenit: number;
  penerima: string[];
  /** the parts still open of a step carried unit by unit ("PJRS – Bidang …"); empty for a step carried as a whole */
  terbuka: string[];
}

/** Whom a step's reminder or escalation goes to, and the open parts it names. */
interface PenerimaPengingat {
  email: string[];
  terbuka: string[];
}

export interface MasukanPengingat {
  steps: readonly SopStep[];
  states: readonly StepState[];
  kalender: WorkingCalendar;
  sekarang: number;
  /** reminders (or escalations, for jenis 'eskalasi') the Log already records */
  tercatat: readonly KunciPengingat[];
  /** 'pengingat' (the default) once past the target, 'eskalasi' once past twice the target */
  jenis?: JenisPengingat;
  /** the late people of the step (reminder) or the people above them (escalation) */
  penerima: (step: SopStep, jenis: JenisPengingat) => PenerimaPengingat;
}

/** How many times its target a step has run over when each kind is due: over 1× for a reminder, over 2× to escalate. */
const KELIPATAN: Record<JenisPengingat, number> = { pengingat: 1, eskalasi: 2 };

export interface KeputusanPengingat {
  /** due reminders with at least one recipient, in step order */
  kirim: Pengingat[];
  /** due reminders nobody can receive: the step's role has no holder with an email in Pengaturan */
  tanpaPenerima: Pengingat[];
  /** outside working hours nothing is sent; what is due waits for the next run in working time */
  diLuarJamKerja: boolean;
}

/** The instant cumulative working time passed the target, given the minutes worked before the current stretch. */
function saatLewatTarget(kalender: WorkingCalendar, dari: number, targetMenit: number, sebelumnya: number): number {
  return sebelumnya >= targetMenit ? dari : addWorkingMinutes(kalender, dari, targetMenit - sebelumnya);
}

function pengingatLangkah(
  step: SopStep,
  state: StepState,
  m: MasukanPengingat,
  jenis: JenisPengingat,
): Pengingat | null {
  const timing = stepTiming(step, state, m.kalender, m.sekarang);
  const batas = step.waktuMenit * KELIPATAN[jenis];
  if (timing.status !== 'terlambat' || timing.aktualMenit <= batas) return null;
  const putaran = state.rentangKerja.length;
  const sekarang = state.rentangKerja[putaran - 1];
  const sebelumnya = state.rentangKerja
    .slice(0, -1)
    .reduce((jumlah, r) => jumlah + workingMinutesBetween(m.kalender, r.dari, r.sampai ?? r.dari), 0);
  const penerima = m.penerima(step, jenis);
  return {
    jenis,
    kunci: kunciPeringatan(jenis, { langkah: step.no, putaran }),
    langkah: step.no,
    putaran,
    step,
    berjalanSejak: sekarang.dari,
    lewatTargetSejak: saatLewatTarget(m.kalender, sekarang.dari, batas, sebelumnya),
    targetMenit: timing.targetMenit,
    aktualMenit: Math.floor(timing.aktualMenit),
    penerima: [...new Set(penerima.email.map((e) => e.trim()).filter((e) => e !== ''))],
    terbuka: penerima.terbuka,
  };
}

/** Which overdue-step reminders (or escalations) are due now and not yet recorded in the Log. */
export function pengingatJatuhTempo(m: MasukanPengingat): KeputusanPengingat {
  const diLuarJamKerja = !sedangJamKerja(m.kalender, m.sekarang);
  if (diLuarJamKerja) return { kirim: [], tanpaPenerima: [], diLuarJamKerja };
  const jenis = m.jenis ?? 'pengingat';
  const sudah = new Set(m.tercatat.map((k) => kunciPeringatan(jenis, k)));
  const jatuhTempo: Pengingat[] = [];
  for (const step of m.steps) {
    const state = m.states.find((s) => s.no === step.no);
    const p = state ? pengingatLangkah(step, state, m, jenis) : null;
    if (p && !sudah.has(p.kunci)) jatuhTempo.push(p);
  }
  return {
    kirim: jatuhTempo.filter((p) => p.penerima.length > 0),
    tanpaPenerima: jatuhTempo.filter((p) => p.penerima.length === 0),
    diLuarJamKerja,
  };
}
