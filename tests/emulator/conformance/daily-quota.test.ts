import { DAILY_QUOTA_ERRORS, DAILY_QUOTAS, setDailyQuota, setDailyQuotaAccount } from '../services/daily-quota';
import { pin } from './pin';
import { scriptWorld } from './world';

// Figures: https://developers.google.com/apps-script/guides/services/quotas ("Current quotas": documents created
// 250 / 1,500 a day, spreadsheets created 250 / 3,200, calendar events created 5,000 / 10,000; "Quotas are per user and
// reset 24 hours after the first request"). Texts: see DAILY_QUOTA_ERRORS, as live scripts log them.
const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas';
const HOUR = 3600000;
const KEPALA = 'kepala@contoh.go.id';

describe('daily creation quotas', () => {
  it('holds the quotas page figures for both kinds of account', () => {
    expect(DAILY_QUOTAS.consumer).toEqual({
      emailRecipients: 100,
      documentsCreated: 250,
      spreadsheetsCreated: 250,
      calendarEventsCreated: 5_000,
    });
    expect(DAILY_QUOTAS.workspace).toEqual({
      emailRecipients: 1_500,
      documentsCreated: 1_500,
      spreadsheetsCreated: 3_200,
      calendarEventsCreated: 10_000,
    });
  });

  pin('Document.DocumentApp.create', QUOTAS, 'a consumer account creates 250 documents a day; the 251st throws', () => {
    const { world, run } = scriptWorld();
    setDailyQuotaAccount(world, 'consumer');
    const created: string[] = [];
    const create = () =>
      run(({ DocumentApp }) => created.push(DocumentApp.create(`Dokumen ${created.length + 1}`).getId()));
    for (let i = 0; i < 250; i++) create();
    expect(create).toThrow(DAILY_QUOTA_ERRORS.documentsCreated);
    expect(created).toHaveLength(250);
  });

  pin(
    'Spreadsheet.SpreadsheetApp.create',
    QUOTAS,
    'the quota is per user and comes back 24 hours after the first creation of the window',
    () => {
      const { world, run } = scriptWorld();
      setDailyQuota(world, 'spreadsheetsCreated', 2);
      const create = (user?: string) => () =>
        run(({ SpreadsheetApp }) => SpreadsheetApp.create('Siklus').getId(), user ? { user } : {});
      create()();
      world.clock.advance(HOUR);
      create()();
      expect(create()).toThrow(DAILY_QUOTA_ERRORS.spreadsheetsCreated);
      expect(create(KEPALA)).not.toThrow();
      world.clock.advance(23 * HOUR - 1);
      expect(create()).toThrow(DAILY_QUOTA_ERRORS.spreadsheetsCreated);
      world.clock.advance(1);
      expect(create()).not.toThrow();
    },
  );

  pin('Calendar.Calendar.createEvent', QUOTAS, 'an event over the daily quota throws and is not created', () => {
    const { world, run } = scriptWorld();
    setDailyQuota(world, 'calendarEventsCreated', 1);
    const events = run(({ CalendarApp }) => {
      const calendar = CalendarApp.getDefaultCalendar();
      const start = new Date(Date.UTC(2026, 7, 13, 6, 0, 0));
      const end = new Date(Date.UTC(2026, 7, 13, 8, 30, 0));
      calendar.createEvent('Rapat pembahasan pengukuran kinerja', start, end);
      expect(() => calendar.createEvent('Rapat kedua', start, end)).toThrow(DAILY_QUOTA_ERRORS.calendarEventsCreated);
      return calendar.getEvents(start, end).map((e) => e.getTitle());
    });
    expect(events).toEqual(['Rapat pembahasan pengukuran kinerja']);
  });
});
