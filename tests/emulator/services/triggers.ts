import type { World } from '../core/world';
import { resolveZone, wallToInstant } from './date-format';

/**
 * Installable triggers as the world keeps them, when time-driven ones are due, and how tests fire them.
 * https://developers.google.com/apps-script/guides/triggers/installable
 */

export type EventTypeName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
export type TriggerSourceName = 'CLOCK' | 'SPREADSHEETS';

/** When a time-driven trigger fires. Times of day are wall-clock in the trigger's zone. */
export type Schedule =
  | { kind: 'once'; at: number }
  | { kind: 'interval'; ms: number }
  | { kind: 'days'; every: number; hour: number; minute: number }
  | { kind: 'weeks'; every: number; weekDay: number; hour: number; minute: number }
  | { kind: 'monthDay'; day: number; hour: number; minute: number };

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: EventTypeName;
  source: TriggerSourceName;
  /** the spreadsheet id of a spreadsheet trigger; null for time-driven ones */
  sourceId: string | null;
  /** the user who created it: installable triggers run as their owner */
  owner: string;
  /** the document the trigger belongs to (an add-on's triggers are per document) */
  documentId: string | null;
  timeZone: string;
  schedule: Schedule | null;
  createdAt: number;
  /** the last scheduled time it fired for */
  lastFired: number | null;
}

export function triggerStore(world: World): TriggerRecord[] {
  return world.store('script.triggers', () => [] as TriggerRecord[]);
}

/** Every installable trigger in the world, for tests to inspect. */
export function triggersOf(world: World): readonly TriggerRecord[] {
  return triggerStore(world);
}

const DAY_MS = 86400000;

/** The first time after `after` at which the trigger is scheduled, or null if it never fires again. */
function nextFireAfter(t: TriggerRecord, after: number): number | null {
  const s = t.schedule;
  if (!s) return null;
  if (s.kind === 'once') return s.at > after ? s.at : null;
  if (s.kind === 'interval') return t.createdAt + (Math.floor(Math.max(after - t.createdAt, 0) / s.ms) + 1) * s.ms;
  const zone = resolveZone(t.timeZone);
  const wallMidnight = (ms: number) => {
    const wall = ms + zone.offsetMinutes(ms) * 60000;
    return wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS);
  };
  const anchor = wallMidnight(t.createdAt);
  const from = Math.max(0, Math.floor((wallMidnight(Math.max(after, t.createdAt)) - anchor) / DAY_MS) - 1);
  for (let day = from; day < from + 800; day++) {
    const wallDay = anchor + day * DAY_MS;
    const date = new Date(wallDay);
    const matches =
      s.kind === 'days'
        ? day % s.every === 0
        : s.kind === 'weeks'
          ? date.getUTCDay() === s.weekDay && Math.floor(day / 7) % s.every === 0
          : date.getUTCDate() === s.day;
    if (!matches) continue;
    const at = wallToInstant(wallDay + s.hour * 3600000 + s.minute * 60000, zone);
    if (at > after && at > t.createdAt) return at;
  }
  return null;
}

export interface DueTrigger {
  trigger: TriggerRecord;
  /** the latest scheduled time not after now: it fires once for it, missed earlier runs are not caught up */
  dueAt: number;
}

/** Time-driven triggers whose scheduled time has come on the world clock, earliest first. */
export function dueTriggers(world: World): DueTrigger[] {
  const now = world.clock.now();
  const due: DueTrigger[] = [];
  for (const trigger of triggerStore(world)) {
    if (trigger.eventType !== 'CLOCK') continue;
    let next = nextFireAfter(trigger, trigger.lastFired ?? trigger.createdAt);
    if (next === null || next > now) continue;
    let dueAt = next;
    while ((next = nextFireAfter(trigger, dueAt)) !== null && next <= now) dueAt = next;
    due.push({ trigger, dueAt });
  }
  return due.sort((a, b) => a.dueAt - b.dueAt);
}

/**
 * The event object of a time-driven trigger (fields in UTC, as the documented example shows).
 * https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
 */
function timeDrivenEvent(trigger: TriggerRecord, at: number): Record<string, unknown> {
  const d = new Date(at);
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    authMode: 'FULL',
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid: trigger.id,
    'week-of-year': Math.floor((at - jan1) / (7 * DAY_MS)) + 1,
    year: d.getUTCFullYear(),
  };
}

export type TriggerCall = (
  handlerName: string,
  event: Record<string, unknown>,
  owner: string,
  trigger: TriggerRecord,
) => void;

/**
 * Fires every due time-driven trigger once, earliest first, through `call` (the harness runs the handler of the
 * loaded Code.js as an execution of the owner). A trigger deleted by an earlier handler does not fire.
 * Returns the triggers fired.
 */
export function fireDueTriggers(world: World, call: TriggerCall): TriggerRecord[] {
  const fired: TriggerRecord[] = [];
  for (const { trigger, dueAt } of dueTriggers(world)) {
    if (!triggerStore(world).includes(trigger)) continue;
    trigger.lastFired = dueAt;
    fired.push(trigger);
    call(trigger.handler, timeDrivenEvent(trigger, dueAt), trigger.owner, trigger);
  }
  return fired;
}
