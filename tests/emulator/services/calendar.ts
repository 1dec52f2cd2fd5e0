import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';
import { spendDailyQuota } from './daily-quota';

/**
 * CalendarApp: the user's default calendar, events with guests, and the invitations Google Calendar mails when an
 * event is created with sendInvites. https://developers.google.com/apps-script/reference/calendar/calendar-app
 *
 * Each person's default calendar has their email address as its id
 * (https://developers.google.com/apps-script/reference/calendar/calendar#getId(): "the default calendar's ID is the
 * user's email address"). Event ids are iCalUIDs ("...@google.com").
 */

export interface CalendarEventState {
  /** the iCalUID CalendarEvent.getId() returns */
  id: string;
  /** the calendar (its owner's email) the event lives in */
  calendarId: string;
  title: string;
  start: number;
  end: number;
  description: string;
  location: string;
  /** guests in the order they were added, the owner not included */
  guests: string[];
  created: number;
  execution: number;
}

/** One invitation mail Google Calendar sent for an event (createEvent with sendInvites: true). */
export interface CalendarInvitation {
  eventId: string;
  from: string;
  to: string;
  at: number;
}

interface CalendarState {
  readonly events: CalendarEventState[];
  readonly invitations: CalendarInvitation[];
}

function calendarState(world: World): CalendarState {
  return world.store<CalendarState>('calendar', () => ({ events: [], invitations: [] }));
}

/** Every event of every calendar in the world, in creation order (test-side API). */
export function calendarEvents(world: World): readonly CalendarEventState[] {
  return calendarState(world).events;
}

/** Every invitation mail Calendar sent (test-side API). */
export function calendarInvitations(world: World): readonly CalendarInvitation[] {
  return calendarState(world).invitations;
}

export const CALENDAR_ERRORS = {
  /** Assumed wording (Calendar refuses an event that ends before it starts); not quoted on the reference pages. */
  endBeforeStart: 'Event start date must be before event end date.',
  /** Assumed wording for a guest address Calendar cannot parse. */
  invalidGuest: (address: string) => `Invalid argument: ${address}`,
} as const;

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

function timeOf(value: unknown, name: string): number {
  if (Object.prototype.toString.call(value) !== '[object Date]' || Number.isNaN((value as Date).getTime())) {
    throw new Error(`Invalid argument: ${name}`);
  }
  return (value as Date).getTime();
}

/** The options of createEvent: description, location, guests (comma-separated), sendInvites (default false). */
interface EventOptions {
  description?: string;
  location?: string;
  guests?: string;
  sendInvites?: boolean;
}

function guestsOf(list: string | undefined): string[] {
  if (list === undefined || list === null || String(list).trim() === '') return [];
  const addresses = String(list)
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  for (const a of addresses) if (!ADDRESS.test(a)) throw new Error(CALENDAR_ERRORS.invalidGuest(a));
  return [...new Set(addresses.map((a) => a.toLowerCase()))];
}

/** Every Calendar call is a round trip to Google Calendar. */
const CALENDAR_CALLS: CallTable = { cost: 'calendar', needsFullAuth: true };

abstract class CalendarFake extends Fake {
  static override readonly calls = CALENDAR_CALLS;
}

export class FakeEventGuest extends CalendarFake implements FakeOf<GoogleAppsScript.Calendar.EventGuest> {
  readonly typeName = 'EventGuest';
  static override readonly calls: CallTable = { cost: 'local' };
  readonly #email: string;

  constructor(email: string) {
    super();
    this.#email = email;
  }

  getEmail(): string {
    return this.#email;
  }
}

export class FakeCalendarEvent extends CalendarFake implements FakeOf<GoogleAppsScript.Calendar.CalendarEvent> {
  readonly typeName = 'CalendarEvent';
  readonly #state: CalendarEventState;

  constructor(state: CalendarEventState) {
    super();
    this.#state = state;
  }

  getId(): string {
    return this.#state.id;
  }

  getTitle(): string {
    return this.#state.title;
  }

  getStartTime(): Date {
    return new Date(this.#state.start);
  }

  getEndTime(): Date {
    return new Date(this.#state.end);
  }

  getDescription(): string {
    return this.#state.description;
  }

  setDescription(description: string): FakeCalendarEvent {
    this.#state.description = String(description);
    return this;
  }

  getLocation(): string {
    return this.#state.location;
  }

  getOriginalCalendarId(): string {
    return this.#state.calendarId;
  }

  /** "Gets the guests for the event, not including the event owner"; with includeOwner true, the owner first. */
  getGuestList(includeOwner?: boolean): FakeEventGuest[] {
    const owner = includeOwner ? [this.#state.calendarId] : [];
    return [...owner, ...this.#state.guests].map((e) => new FakeEventGuest(e));
  }

  /** Adds a guest; no invitation mail goes out (only createEvent's sendInvites sends them). */
  addGuest(email: string): FakeCalendarEvent {
    const [address] = guestsOf(email);
    if (address && !this.#state.guests.includes(address)) this.#state.guests.push(address);
    return this;
  }
}

export class FakeCalendar extends CalendarFake implements FakeOf<GoogleAppsScript.Calendar.Calendar> {
  readonly typeName = 'Calendar';
  readonly #world: World;
  readonly #id: string;

  constructor(world: World, id: string) {
    super();
    this.#world = world;
    this.#id = id;
  }

  getId(): string {
    return this.#id;
  }

  isMyPrimaryCalendar(): boolean {
    return this.#id === this.#world.execution.effectiveUser;
  }

  createEvent(
    title: string,
    startTime: GoogleAppsScript.Base.Date,
    endTime: GoogleAppsScript.Base.Date,
    options?: { [key: string]: unknown },
  ): FakeCalendarEvent {
    const start = timeOf(startTime, 'startTime');
    const end = timeOf(endTime, 'endTime');
    if (end < start) throw new Error(CALENDAR_ERRORS.endBeforeStart);
    const o = (options ?? {}) as EventOptions;
    const world = this.#world;
    spendDailyQuota(world, 'calendarEventsCreated', world.execution.effectiveUser);
    const state: CalendarEventState = {
      id: `${world.newId('event')}@google.com`,
      calendarId: this.#id,
      title: String(title),
      start,
      end,
      description: String(o.description ?? ''),
      location: String(o.location ?? ''),
      guests: guestsOf(o.guests),
      created: world.clock.now(),
      execution: world.execution.id,
    };
    const calendar = calendarState(world);
    calendar.events.push(state);
    if (o.sendInvites === true) {
      for (const to of state.guests) {
        calendar.invitations.push({ eventId: state.id, from: this.#id, to, at: world.clock.now() });
      }
    }
    return new FakeCalendarEvent(state);
  }

  /**
   * "Gets all events that occur within a given time range": events that start during the range, end during it, or
   * encompass it; in order of their start.
   */
  getEvents(
    startTime: GoogleAppsScript.Base.Date,
    endTime: GoogleAppsScript.Base.Date,
    options?: { [key: string]: unknown },
  ): FakeCalendarEvent[] {
    const lain = Object.keys(options ?? {});
    if (lain.length) throw new Error(`Emulator: getEvents options (${lain.join(', ')}) are not emulated`);
    const [start, end] = [timeOf(startTime, 'startTime'), timeOf(endTime, 'endTime')];
    return calendarState(this.#world)
      .events.filter((e) => e.calendarId === this.#id && e.start < end && e.end > start)
      .sort((a, b) => a.start - b.start)
      .map((e) => new FakeCalendarEvent(e));
  }

  /** The event with this iCalUID in this calendar, or null. */
  getEventById(iCalId: string): FakeCalendarEvent | null {
    const state = calendarState(this.#world).events.find((e) => e.id === iCalId && e.calendarId === this.#id);
    return state ? new FakeCalendarEvent(state) : null;
  }
}

export class FakeCalendarApp extends FakeService implements FakeOf<GoogleAppsScript.Calendar.CalendarApp> {
  readonly typeName = 'CalendarApp';
  static override readonly calls = CALENDAR_CALLS;

  #defaultCalendar(): FakeCalendar {
    return new FakeCalendar(this.world, this.world.execution.effectiveUser);
  }

  getDefaultCalendar(): FakeCalendar {
    return this.#defaultCalendar();
  }

  /** "Creates a new event" in the user's default calendar. */
  createEvent(
    title: string,
    startTime: GoogleAppsScript.Base.Date,
    endTime: GoogleAppsScript.Base.Date,
    options?: { [key: string]: unknown },
  ): FakeCalendarEvent {
    return this.#defaultCalendar().createEvent(title, startTime, endTime, options);
  }

  /** Looks in the default calendar only, as the reference page says; null when there is no such event. */
  getEventById(iCalId: string): FakeCalendarEvent | null {
    return this.#defaultCalendar().getEventById(iCalId);
  }
}
