import { CanAct, JenisKejadian, StepEvent } from './kejadian-langkah';
import { applyEvent, deriveStepStates } from './status-langkah';
import { SopStep } from '../sop/types';
import { formatWaktuLokal } from '../format/tanggal';
import { BarisLog, eventKeBarisLog } from './log';

/** What a person asks for from the sidebar or the menu. */
export interface PermintaanLangkah {
  type: JenisKejadian;
  step: number;
  note?: string;
}

export type HasilCatat =
  | { ok: true; berubah: true; baris: BarisLog }
  /** the step already shows this request by this person (a retried click): nothing to add */
  | { ok: true; berubah: false; pesan: string }
  | { ok: false; reason: string };

const KATA_KERJA: Record<JenisKejadian, string> = {
  mulai: 'dimulai',
  selesai: 'diselesaikan',
  'buka-kembali': 'dibuka kembali',
};

/**
 * Decides the Log row a request adds, from the Log so far. A request that repeats the step's latest event by the same
 * person is a no-op, so a retried call never logs twice; anything else the step rules or the role function refuse
 * comes back with the reason in Bahasa Indonesia. Instants are kept to whole seconds, which a sheet date holds
 * exactly.
 */
export function catatKejadian(
  langkah: readonly SopStep[],
  log: readonly BarisLog[],
  events: readonly StepEvent[],
  permintaan: PermintaanLangkah,
  oleh: string,
  canAct: CanAct,
  nowMs: number,
): HasilCatat {
  const state = deriveStepStates(langkah, events).find((s) => s.no === permintaan.step);
  const terakhir = state?.history[state.history.length - 1];
  if (terakhir && terakhir.type === permintaan.type && terakhir.by === oleh) {
    return {
      ok: true,
      berubah: false,
      pesan: `Langkah ${permintaan.step} sudah ${KATA_KERJA[permintaan.type]} oleh ${oleh} pada ${formatWaktuLokal(terakhir.at)}.`,
    };
  }
  const event: StepEvent = {
    id: idBaru(log, permintaan),
    type: permintaan.type,
    step: permintaan.step,
    by: oleh,
    at: Math.floor(nowMs / 1000) * 1000,
  };
  const note = permintaan.note?.trim();
  if (note) event.note = note;
  const hasil = applyEvent(langkah, events, event, canAct);
  if (!hasil.ok) return hasil;
  return { ok: true, berubah: true, baris: eventKeBarisLog(event) };
}

/** "L6-selesai-2": the second finish of step 6; unique among the Log's ids. */
function idBaru(log: readonly BarisLog[], p: PermintaanLangkah): string {
  const ada = new Set(log.map((b) => b.id));
  let n = log.filter((b) => b.langkah === p.step && b.aksi === p.type).length + 1;
  while (ada.has(`L${p.step}-${p.type}-${n}`)) n++;
  return `L${p.step}-${p.type}-${n}`;
}
