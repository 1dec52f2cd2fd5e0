import { SopStep } from '../sop/types';
import { CanAct, StepEvent, StepState, initialStepState, isSameEvent, transition } from './kejadian-langkah';

export interface Replay {
  /** one state per SOP step, in the SOP's order */
  states: StepState[];
  /** events of the log that the rules refuse (e.g. a log edited by hand), with the reason; they change nothing */
  ditolak: { event: StepEvent; reason: string }[];
}

/**
 * Replays a step log: events in order of `at` (log order for equal instants), duplicates skipped, illegal events
 * set aside in `ditolak`. Permissions are not re-checked: they were checked when the event was recorded and may have
 * changed since.
 */
export function replayEvents(steps: readonly SopStep[], events: readonly StepEvent[]): Replay {
  const states = new Map(steps.map((s) => [s.no, initialStepState(s.no)]));
  const diterima: StepEvent[] = [];
  const ditolak: Replay['ditolak'] = [];
  const urut = events.map((event, i) => ({ event, i })).sort((a, b) => a.event.at - b.event.at || a.i - b.i);
  for (const { event } of urut) {
    if (diterima.some((e) => isSameEvent(e, event))) continue;
    const state = states.get(event.step);
    const hasil = state ? transition(state, event) : { ok: false as const, reason: langkahTidakAda(event.step) };
    if (!hasil.ok) {
      ditolak.push({ event, reason: hasil.reason });
      continue;
    }
    states.set(event.step, hasil.state);
    diterima.push(event);
  }
  return { states: [...states.values()], ditolak };
}

/** The state of every step of the SOP derived from its event log. */
export function deriveStepStates(steps: readonly SopStep[], events: readonly StepEvent[]): StepState[] {
  return replayEvents(steps, events).states;
}

function langkahTidakAda(no: number): string {
  return `Langkah ${no} tidak ada dalam SOP ini.`;
}

export type ApplyResult =
  { ok: true; events: readonly StepEvent[]; states: StepState[]; changed: boolean } | { ok: false; reason: string };

/**
 * Records one event: returns the new log (the old one is not touched) and the new states, or the reason the event is
 * refused. Recording the same event again (same id, or same type/step/person/instant) is a no-op, not an error.
 */
export function applyEvent(
  steps: readonly SopStep[],
  events: readonly StepEvent[],
  event: StepEvent,
  canAct: CanAct,
): ApplyResult {
  const { states } = replayEvents(steps, events);
  if (events.some((e) => isSameEvent(e, event))) return { ok: true, events, states, changed: false };
  const step = steps.find((s) => s.no === event.step);
  if (!step) return { ok: false, reason: langkahTidakAda(event.step) };
  if (!canAct(event.by, step)) {
    return {
      ok: false,
      reason: `${event.by} tidak berwenang mencatat langkah ${step.no} ("${step.uraian}"); pelaksananya: ${step.pelaksana}.`,
    };
  }
  const index = states.findIndex((s) => s.no === step.no);
  const hasil = transition(states[index], event);
  if (!hasil.ok) return hasil;
  const baru = [...states];
  baru[index] = hasil.state;
  return { ok: true, events: [...events, event], states: baru, changed: true };
}
