import { SopStep } from '../sop/types';
import { formatWaktuLokal } from '../format/tanggal';
import { JENIS_KEJADIAN } from './aksi-log';

export type JenisKejadian = (typeof JENIS_KEJADIAN)[number];

/**
 * One entry of a cycle's append-only step log. `at` is epoch milliseconds (an absolute instant): it sorts and
 * subtracts without parsing, has no zone ambiguity, and crosses google.script.run as a plain number. Display it in
 * WIB with worktime/zone.ts.
 */
export interface StepEvent {
  id: string;
  type: JenisKejadian;
  /** step number (SopStep.no) */
  step: number;
  /** email of the person who recorded it */
  by: string;
  at: number;
  note?: string;
}

type StepStatus = 'belum' | 'berjalan' | 'selesai';

/** A stretch during which the step was being worked on; `sampai` is absent while it still runs. */
interface RentangKerja {
  dari: number;
  sampai?: number;
}

export interface StepState {
  no: number;
  status: StepStatus;
  /** when the step was first started */
  mulai?: number;
  /** when it was last finished; absent unless status is 'selesai' */
  selesai?: number;
  /** who recorded the latest accepted event */
  oleh?: string;
  /** the latest non-empty note */
  catatan?: string;
  /** accepted events of this step, oldest first */
  history: readonly StepEvent[];
  /** the stretches of work: one per start or reopen, closed by the following finish */
  rentangKerja: readonly RentangKerja[];
}

/** Whether a person may record events for a step; roles and assignments stay configuration outside the domain. */
export type CanAct = (email: string, step: SopStep) => boolean;

export type Transition = { ok: true; state: StepState } | { ok: false; reason: string };

export function initialStepState(no: number): StepState {
  return { no, status: 'belum', history: [], rentangKerja: [] };
}

/** Same event recorded twice: same id, or the same type, step, person and instant. */
export function isSameEvent(a: StepEvent, b: StepEvent): boolean {
  return a.id === b.id || (a.type === b.type && a.step === b.step && a.by === b.by && a.at === b.at);
}

/** Checks the fields of an event that do not depend on any state. */
function checkEventShape(event: StepEvent): string | undefined {
  if (typeof event.id !== 'string' || !event.id.trim()) return 'Kejadian tanpa id tidak bisa dicatat.';
  if (!JENIS_KEJADIAN.includes(event.type)) {
    return `Jenis kejadian "${event.type}" tidak dikenal (pilih: ${JENIS_KEJADIAN.join(', ')}).`;
  }
  if (typeof event.by !== 'string' || !event.by.trim()) {
    return `Langkah ${event.step}: kejadian tanpa pelaku (email) tidak bisa dicatat.`;
  }
  if (!Number.isFinite(event.at)) return `Langkah ${event.step}: waktu kejadian tidak sah (${event.at}).`;
  return undefined;
}

function statusRefusal(state: StepState, type: JenisKejadian): string | undefined {
  const no = state.no;
  switch (type) {
    case 'mulai':
      if (state.status === 'berjalan') {
        return `Langkah ${no} sudah berjalan (dicatat oleh ${state.oleh}); tidak bisa dimulai dua kali.`;
      }
      if (state.status === 'selesai') {
        return `Langkah ${no} sudah selesai; buka kembali langkah itu bila perlu dikerjakan lagi.`;
      }
      return undefined;
    case 'selesai':
      if (state.status === 'belum') return `Langkah ${no} belum dimulai; tandai mulai dulu sebelum selesai.`;
      if (state.status === 'selesai') return `Langkah ${no} sudah selesai.`;
      return undefined;
    case 'buka-kembali':
      if (state.status === 'belum') return `Langkah ${no} belum pernah selesai, jadi tidak bisa dibuka kembali.`;
      if (state.status === 'berjalan') return `Langkah ${no} masih berjalan, jadi tidak bisa dibuka kembali.`;
      return undefined;
  }
}

/**
 * The step state after one event, or the reason (Bahasa Indonesia) the event is not allowed. A reopened step runs
 * again at once, so its working time resumes from the reopen instant. Does not check permissions or duplicates.
 */
export function transition(state: StepState, event: StepEvent): Transition {
  const bentuk = checkEventShape(event);
  if (bentuk) return { ok: false, reason: bentuk };
  const tolak = statusRefusal(state, event.type);
  if (tolak) return { ok: false, reason: tolak };
  const terakhir = state.history[state.history.length - 1];
  if (terakhir && event.at < terakhir.at) {
    return {
      ok: false,
      reason:
        `Langkah ${state.no}: waktu kejadian (${formatWaktuLokal(event.at)}) lebih awal dari kejadian ` +
        `sebelumnya (${formatWaktuLokal(terakhir.at)}).`,
    };
  }

  const rentang = [...state.rentangKerja];
  if (event.type === 'selesai') rentang[rentang.length - 1] = { ...rentang[rentang.length - 1], sampai: event.at };
  else rentang.push({ dari: event.at });

  const next: StepState = {
    no: state.no,
    status: event.type === 'selesai' ? 'selesai' : 'berjalan',
    mulai: state.mulai ?? event.at,
    oleh: event.by,
    history: [...state.history, event],
    rentangKerja: rentang,
  };
  if (event.type === 'selesai') next.selesai = event.at;
  const catatan = event.note?.trim() ? event.note.trim() : state.catatan;
  if (catatan !== undefined) next.catatan = catatan;
  return { ok: true, state: next };
}
