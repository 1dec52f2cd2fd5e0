import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';
import {
  triggerStore,
  type EventTypeName,
  type Schedule,
  type TriggerRecord,
  type TriggerSourceName,
} from './triggers';

type S = GoogleAppsScript.Script.ScriptApp;

/**
 * Enums are their names as strings, so `e.authMode == ScriptApp.AuthMode.NONE` holds for the 'NONE' the world uses.
 * https://developers.google.com/apps-script/reference/script/auth-mode
 */
const AUTH_MODE = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' };
/** https://developers.google.com/apps-script/reference/script/event-type */
const EVENT_TYPE = {
  CLOCK: 'CLOCK',
  ON_OPEN: 'ON_OPEN',
  ON_EDIT: 'ON_EDIT',
  ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE',
  ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
};
/** https://developers.google.com/apps-script/reference/script/trigger-source */
const TRIGGER_SOURCE = {
  SPREADSHEETS: 'SPREADSHEETS',
  CLOCK: 'CLOCK',
  FORMS: 'FORMS',
  DOCUMENTS: 'DOCUMENTS',
  CALENDAR: 'CALENDAR',
};
const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
/** https://developers.google.com/apps-script/reference/base/weekday */
const WEEKDAY = Object.fromEntries(WEEKDAYS.map((d) => [d, d]));

const MINUTES_ALLOWED = [1, 5, 10, 15, 30];
const HOURS_ALLOWED = [1, 2, 4, 6, 8, 12];
/** Quotas page: 20 triggers per user per script. https://developers.google.com/apps-script/guides/services/quotas */
export const MAX_TRIGGERS_PER_USER = 20;

const KIND_WORD: Record<EventTypeName, string> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form submit',
};

const SCRIPT_ERRORS = {
  /** Reported by users hitting the limit; only the time-based wording is attested, the others follow it. */
  oneOfEachType: (type: EventTypeName) =>
    `This add-on has created too many ${KIND_WORD[type]} triggers in this document for this Google user account.`,
  everyMinutes: `The value you passed to everyMinutes was invalid. It must be one of ${listOf(MINUTES_ALLOWED)}.`,
  /** Worded after the everyMinutes message. */
  everyHours: `The value you passed to everyHours was invalid. It must be one of ${listOf(HOURS_ALLOWED)}.`,
  /** The documented rules (editor add-on triggers page) in our words: Apps Script's exact text is not known. */
  addOnOtherDocument: 'Add-ons can only create triggers for the file in which the add-on is used.',
  addOnTooFrequent: 'Time-driven triggers of an add-on cannot run more frequently than once per hour.',
  tooManyTriggers:
    'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  noSchedule: 'The time-based trigger has no schedule: call everyMinutes, everyHours, everyDays, at or after.',
} as const;

function listOf(values: number[]): string {
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/** Builders only gather settings (local); create() and deleteTrigger() change the project, listing reads it. */
const SCRIPT_CALLS: CallTable = {
  cost: 'local',
  methods: { write: ['create', 'deleteTrigger'], read: ['getProjectTriggers', 'getUserTriggers'] },
  needsFullAuth: ['newTrigger', 'create', 'deleteTrigger', 'getProjectTriggers', 'getUserTriggers'],
  scope: 'https://www.googleapis.com/auth/script.scriptapp',
};

abstract class ScriptFake extends Fake {
  static override readonly calls = SCRIPT_CALLS;
}

/** Checks the limits and stores the trigger. */
function install(
  world: World,
  fields: Pick<TriggerRecord, 'handler' | 'eventType' | 'source' | 'sourceId' | 'documentId' | 'schedule'> & {
    timeZone?: string;
  },
): FakeTrigger {
  const triggers = triggerStore(world);
  const owner = world.execution.effectiveUser;
  if (triggers.filter((t) => t.owner === owner).length >= MAX_TRIGGERS_PER_USER)
    throw new Error(SCRIPT_ERRORS.tooManyTriggers);
  if (world.runsAsAddOn) {
    // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions (installable triggers)
    if (fields.documentId !== world.execution.activeSpreadsheetId) throw new Error(SCRIPT_ERRORS.addOnOtherDocument);
    const s = fields.schedule;
    if (s?.kind === 'interval' && s.ms < 3600000) throw new Error(SCRIPT_ERRORS.addOnTooFrequent);
    const twin = triggers.some(
      (t) => t.owner === owner && t.documentId === fields.documentId && t.eventType === fields.eventType,
    );
    if (twin) throw new Error(SCRIPT_ERRORS.oneOfEachType(fields.eventType));
  }
  const record: TriggerRecord = {
    ...fields,
    id: world.newId('trigger'),
    owner,
    timeZone: fields.timeZone ?? world.scriptTimeZone,
    createdAt: world.clock.now(),
    lastFired: null,
  };
  triggers.push(record);
  return new FakeTrigger(record);
}

/** https://developers.google.com/apps-script/reference/script/trigger */
export class FakeTrigger extends ScriptFake implements FakeOf<GoogleAppsScript.Script.Trigger> {
  readonly typeName = 'Trigger';
  readonly #record: TriggerRecord;

  constructor(record: TriggerRecord) {
    super();
    this.#record = record;
  }

  getUniqueId(): string {
    return this.#record.id;
  }

  getHandlerFunction(): string {
    return this.#record.handler;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return this.#record.eventType as unknown as GoogleAppsScript.Script.EventType;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.#record.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }

  getTriggerSourceId(): string {
    return this.#record.sourceId as string;
  }
}

/**
 * Time-driven trigger settings. The emulator fires at exactly atHour:nearMinute (Apps Script picks a time within
 * about 15 minutes); without atHour a daily/weekly/monthly trigger keeps the hour and minute it was created at.
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
export class FakeClockTriggerBuilder extends ScriptFake implements FakeOf<GoogleAppsScript.Script.ClockTriggerBuilder> {
  readonly typeName = 'ClockTriggerBuilder';
  readonly #world: World;
  readonly #handler: string;
  #once: number | null = null;
  #intervalMs: number | null = null;
  #days: number | null = null;
  #weeks: number | null = null;
  #weekDay: number | null = null;
  #monthDay: number | null = null;
  #hour: number | null = null;
  #minute: number | null = null;
  #timeZone: string | null = null;

  constructor(world: World, handler: string) {
    super();
    this.#world = world;
    this.#handler = handler;
  }

  after(durationMilliseconds: number): FakeClockTriggerBuilder {
    this.#once = this.#world.clock.now() + durationMilliseconds;
    return this;
  }

  at(date: GoogleAppsScript.Base.Date): FakeClockTriggerBuilder {
    this.#once = date.getTime();
    return this;
  }

  everyMinutes(n: number): FakeClockTriggerBuilder {
    if (!MINUTES_ALLOWED.includes(n)) throw new Error(SCRIPT_ERRORS.everyMinutes);
    this.#intervalMs = n * 60000;
    return this;
  }

  everyHours(n: number): FakeClockTriggerBuilder {
    if (!HOURS_ALLOWED.includes(n)) throw new Error(SCRIPT_ERRORS.everyHours);
    this.#intervalMs = n * 3600000;
    return this;
  }

  everyDays(n: number): FakeClockTriggerBuilder {
    this.#days = n;
    return this;
  }

  everyWeeks(n: number): FakeClockTriggerBuilder {
    this.#weeks = n;
    return this;
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): FakeClockTriggerBuilder {
    this.#weekDay = WEEKDAYS.indexOf(String(day));
    return this;
  }

  onMonthDay(day: number): FakeClockTriggerBuilder {
    this.#monthDay = day;
    return this;
  }

  atHour(hour: number): FakeClockTriggerBuilder {
    this.#hour = hour;
    return this;
  }

  nearMinute(minute: number): FakeClockTriggerBuilder {
    this.#minute = minute;
    return this;
  }

  inTimezone(timezone: string): FakeClockTriggerBuilder {
    this.#timeZone = timezone;
    return this;
  }

  create(): FakeTrigger {
    return install(this.#world, {
      handler: this.#handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      documentId: this.#world.execution.activeSpreadsheetId,
      schedule: this.schedule(),
      timeZone: this.#timeZone ?? undefined,
    });
  }

  private schedule(): Schedule {
    if (this.#once !== null) return { kind: 'once', at: this.#once };
    if (this.#intervalMs !== null) return { kind: 'interval', ms: this.#intervalMs };
    const created = new Date(this.#world.clock.now());
    const hour = this.#hour ?? created.getUTCHours();
    const minute = this.#minute ?? (this.#hour === null ? created.getUTCMinutes() : 0);
    if (this.#monthDay !== null) return { kind: 'monthDay', day: this.#monthDay, hour, minute };
    if (this.#weekDay !== null || this.#weeks !== null)
      return { kind: 'weeks', every: this.#weeks ?? 1, weekDay: this.#weekDay ?? created.getUTCDay(), hour, minute };
    if (this.#days !== null || this.#hour !== null) return { kind: 'days', every: this.#days ?? 1, hour, minute };
    throw new Error(SCRIPT_ERRORS.noSchedule);
  }
}

/** https://developers.google.com/apps-script/reference/script/spreadsheet-trigger-builder */
export class FakeSpreadsheetTriggerBuilder
  extends ScriptFake
  implements FakeOf<GoogleAppsScript.Script.SpreadsheetTriggerBuilder>
{
  readonly typeName = 'SpreadsheetTriggerBuilder';
  readonly #world: World;
  readonly #handler: string;
  readonly #spreadsheetId: string;
  #eventType: EventTypeName | null = null;

  constructor(world: World, handler: string, spreadsheetId: string) {
    super();
    this.#world = world;
    this.#handler = handler;
    this.#spreadsheetId = spreadsheetId;
  }

  onOpen(): FakeSpreadsheetTriggerBuilder {
    return this.on('ON_OPEN');
  }

  onEdit(): FakeSpreadsheetTriggerBuilder {
    return this.on('ON_EDIT');
  }

  onChange(): FakeSpreadsheetTriggerBuilder {
    return this.on('ON_CHANGE');
  }

  onFormSubmit(): FakeSpreadsheetTriggerBuilder {
    return this.on('ON_FORM_SUBMIT');
  }

  create(): FakeTrigger {
    if (!this.#eventType)
      throw new Error('The spreadsheet trigger has no event: call onOpen, onEdit, onChange or onFormSubmit.');
    const source: TriggerSourceName = 'SPREADSHEETS';
    return install(this.#world, {
      handler: this.#handler,
      eventType: this.#eventType,
      source,
      sourceId: this.#spreadsheetId,
      documentId: this.#spreadsheetId,
      schedule: null,
    });
  }

  private on(type: EventTypeName): FakeSpreadsheetTriggerBuilder {
    this.#eventType = type;
    return this;
  }
}

/** A spreadsheet fake or its id. */
type SpreadsheetLike = { getId(): string } | string;

function spreadsheetIdOf(sheet: SpreadsheetLike): string {
  return typeof sheet === 'string' ? sheet : sheet.getId();
}

/** https://developers.google.com/apps-script/reference/script/trigger-builder */
export class FakeTriggerBuilder extends ScriptFake implements FakeOf<GoogleAppsScript.Script.TriggerBuilder> {
  readonly typeName = 'TriggerBuilder';
  readonly #world: World;
  readonly #handler: string;

  constructor(world: World, handler: string) {
    super();
    this.#world = world;
    this.#handler = handler;
  }

  timeBased(): FakeClockTriggerBuilder {
    return new FakeClockTriggerBuilder(this.#world, this.#handler);
  }

  forSpreadsheet(sheet: SpreadsheetLike): FakeSpreadsheetTriggerBuilder {
    return new FakeSpreadsheetTriggerBuilder(this.#world, this.#handler, spreadsheetIdOf(sheet));
  }
}

/**
 * ScriptApp: installable triggers and the enums. With world.runsAsAddOn (the default) the editor add-on limits
 * apply: one trigger of each type per user per document, only for the current document, time-driven at most hourly.
 * https://developers.google.com/apps-script/reference/script/script-app
 */
export class FakeScriptApp extends FakeService implements FakeOf<S> {
  readonly typeName = 'ScriptApp';
  static override readonly calls = SCRIPT_CALLS;
  readonly AuthMode = AUTH_MODE as unknown as S['AuthMode'];
  readonly EventType = EVENT_TYPE as unknown as S['EventType'];
  readonly TriggerSource = TRIGGER_SOURCE as unknown as S['TriggerSource'];
  readonly WeekDay = WEEKDAY as unknown as S['WeekDay'];

  newTrigger(functionName: string): FakeTriggerBuilder {
    return new FakeTriggerBuilder(this.world, functionName);
  }

  /** "Gets all installable triggers associated with the current project and current user." */
  getProjectTriggers(): FakeTrigger[] {
    return this.mine().map((t) => new FakeTrigger(t));
  }

  /** "Gets all installable triggers owned by this user in the given spreadsheet, for this script or add-on only." */
  getUserTriggers(document: { getId(): string }): FakeTrigger[] {
    const id = document.getId();
    return this.mine()
      .filter((t) => t.documentId === id)
      .map((t) => new FakeTrigger(t));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const triggers = triggerStore(this.world);
    const i = triggers.findIndex((t) => t.id === trigger.getUniqueId() && t.owner === this.currentUser());
    if (i >= 0) triggers.splice(i, 1);
  }

  private mine(): TriggerRecord[] {
    return triggerStore(this.world).filter((t) => t.owner === this.currentUser());
  }

  private currentUser(): string {
    return this.world.execution.effectiveUser;
  }
}
