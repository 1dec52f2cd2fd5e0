import { createGlobals, World } from '../index';
import { CALENDAR_ERRORS, calendarEvents, calendarInvitations } from './calendar';

// Reference: https://developers.google.com/apps-script/reference/calendar/calendar-app,
// https://developers.google.com/apps-script/reference/calendar/calendar and
// https://developers.google.com/apps-script/reference/calendar/calendar-event

const SEK_TIM = 'sakip.sekretaris@contoh.go.id';
const KEPALA = 'kepala@contoh.go.id';
const KABID = 'kabid.pspfm@contoh.go.id';
const MULAI = new Date(Date.UTC(2026, 7, 18, 2, 0, 0));
const SELESAI = new Date(Date.UTC(2026, 7, 18, 4, 0, 0));

function setUp() {
  const world = new World(Date.UTC(2026, 7, 12, 1, 0, 0));
  const { CalendarApp } = createGlobals(world) as unknown as { CalendarApp: GoogleAppsScript.Calendar.CalendarApp };
  const asUser = <T>(user: string, fn: () => T) => world.run({ user, effectiveUser: user }, fn);
  return { world, CalendarApp, asUser };
}

describe('CalendarApp.createEvent', () => {
  // https://developers.google.com/apps-script/reference/calendar/calendar-app#createEvent(String,Date,Date,Object):
  // options description, location, guests ("a comma-separated list of email addresses that should be added as
  // guests") and sendInvites ("whether to send invitation emails (default: false)")
  it('creates the event in the default calendar with its title, times, description, location and guests', () => {
    const { world, CalendarApp, asUser } = setUp();
    const id = asUser(SEK_TIM, () =>
      CalendarApp.createEvent('Rapat pembahasan', MULAI, SELESAI, {
        description: 'Agenda: pengukuran kinerja',
        location: 'Ruang Rapat Dinas',
        guests: `${KEPALA}, ${KABID}`,
        sendInvites: true,
      }).getId(),
    );
    expect(id).toMatch(/@google\.com$/);
    const [event] = calendarEvents(world);
    expect(event).toMatchObject({
      id,
      calendarId: SEK_TIM,
      title: 'Rapat pembahasan',
      start: MULAI.getTime(),
      end: SELESAI.getTime(),
      description: 'Agenda: pengukuran kinerja',
      location: 'Ruang Rapat Dinas',
      guests: [KEPALA, KABID],
    });
    expect(calendarInvitations(world).map((i) => [i.from, i.to])).toEqual([
      [SEK_TIM, KEPALA],
      [SEK_TIM, KABID],
    ]);
  });

  it('sends no invitation mail unless sendInvites is true (the default is false)', () => {
    const { world, CalendarApp } = setUp();
    CalendarApp.createEvent('Rapat', MULAI, SELESAI, { guests: KEPALA });
    CalendarApp.createEvent('Rapat', MULAI, SELESAI);
    expect(calendarEvents(world)).toHaveLength(2);
    expect(calendarInvitations(world)).toEqual([]);
  });

  it('refuses an event that ends before it starts, and a guest list with a malformed address', () => {
    const { world, CalendarApp } = setUp();
    expect(() => CalendarApp.createEvent('Rapat', SELESAI, MULAI)).toThrow(CALENDAR_ERRORS.endBeforeStart);
    expect(() => CalendarApp.createEvent('Rapat', MULAI, SELESAI, { guests: 'kepala, x@y.id' })).toThrow(
      CALENDAR_ERRORS.invalidGuest('kepala'),
    );
    expect(calendarEvents(world)).toEqual([]);
  });

  it('counts each call as a calendar round trip for the latency model', () => {
    const { world, CalendarApp } = setUp();
    CalendarApp.createEvent('Rapat', MULAI, SELESAI);
    expect(world.calls.count({ service: 'CalendarApp', costClass: 'calendar' })).toBe(1);
  });
});

describe('CalendarApp.getDefaultCalendar and getEventById', () => {
  // https://developers.google.com/apps-script/reference/calendar/calendar#getId(): the default calendar's id is the
  // user's email address
  it("gives each person their own default calendar, whose id is the person's email", () => {
    const { CalendarApp, asUser } = setUp();
    expect(asUser(KEPALA, () => CalendarApp.getDefaultCalendar().getId())).toBe(KEPALA);
    expect(asUser(SEK_TIM, () => CalendarApp.getDefaultCalendar().getId())).toBe(SEK_TIM);
  });

  // https://developers.google.com/apps-script/reference/calendar/calendar-app#getEventById(String): only the default
  // calendar is searched; null when the event does not exist or the user cannot access it
  it('finds an event of the default calendar by its id, and gives null for an unknown id or another calendar', () => {
    const { CalendarApp, asUser } = setUp();
    const id = asUser(SEK_TIM, () => CalendarApp.getDefaultCalendar().createEvent('Rapat', MULAI, SELESAI).getId());
    expect(asUser(SEK_TIM, () => CalendarApp.getEventById(id)?.getTitle())).toBe('Rapat');
    expect(asUser(SEK_TIM, () => CalendarApp.getEventById('tidak-ada@google.com'))).toBeNull();
    expect(asUser(KEPALA, () => CalendarApp.getEventById(id))).toBeNull();
  });
});

describe('Calendar.getEvents', () => {
  // https://developers.google.com/apps-script/reference/calendar/calendar#getEvents(Date,Date): "events that start
  // during the given time range, end during the time range, or encompass the time range"
  it('finds the events of this calendar that overlap the range, and none of another calendar', () => {
    const { CalendarApp, asUser } = setUp();
    const jam = (h: number) => new Date(Date.UTC(2026, 7, 18, h, 0, 0));
    asUser(SEK_TIM, () => {
      const kal = CalendarApp.getDefaultCalendar();
      kal.createEvent('pagi', jam(1), jam(3));
      kal.createEvent('siang', jam(5), jam(6));
    });
    asUser(KEPALA, () => CalendarApp.createEvent('milik kepala', jam(2), jam(3)));
    const judul = (dari: number, sampai: number) =>
      asUser(SEK_TIM, () =>
        CalendarApp.getDefaultCalendar()
          .getEvents(jam(dari), jam(sampai))
          .map((e) => e.getTitle()),
      );
    expect(judul(2, 4)).toEqual(['pagi']);
    expect(judul(0, 8)).toEqual(['pagi', 'siang']);
    expect(judul(3, 5)).toEqual([]);
  });
});

describe('CalendarEvent', () => {
  // https://developers.google.com/apps-script/reference/calendar/calendar-event#getGuestList(): "Gets the guests for
  // the event, not including the event owner"; getGuestList(includeOwner)
  it('lists the guests without the owner, or with the owner when asked', () => {
    const { CalendarApp, asUser } = setUp();
    const tamu = asUser(SEK_TIM, () => {
      const e = CalendarApp.createEvent('Rapat', MULAI, SELESAI, { guests: KEPALA });
      return [e.getGuestList().map((g) => g.getEmail()), e.getGuestList(true).map((g) => g.getEmail())];
    });
    expect(tamu).toEqual([[KEPALA], [SEK_TIM, KEPALA]]);
  });

  it('adds a guest once (no invitation mail), and keeps a new description', () => {
    const { world, CalendarApp } = setUp();
    const e = CalendarApp.createEvent('Rapat', MULAI, SELESAI, { guests: KEPALA });
    e.addGuest(KABID).addGuest(KABID).setDescription('Notulen menyusul');
    expect(e.getGuestList().map((g) => g.getEmail())).toEqual([KEPALA, KABID]);
    expect(CalendarApp.getEventById(e.getId())?.getDescription()).toBe('Notulen menyusul');
    expect(calendarInvitations(world)).toEqual([]);
  });

  it('gives the start and end times back as Dates', () => {
    const { CalendarApp } = setUp();
    const e = CalendarApp.createEvent('Rapat', MULAI, SELESAI);
    expect([e.getStartTime().getTime(), e.getEndTime().getTime()]).toEqual([MULAI.getTime(), SELESAI.getTime()]);
  });
});
