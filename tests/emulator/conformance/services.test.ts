import { logEntries } from '../services/logging';
import { sentMails, setMailQuota } from '../services/mail';
import { answerUi, menusOf, uiRecords } from '../spreadsheet/ui';
import { fireDueTriggers } from '../services/triggers';
import { pin } from './pin';
import { scriptWorld } from './world';

const REF = 'https://developers.google.com/apps-script/reference';

/** A world with one spreadsheet the script is bound to, for the container-bound services (Ui, triggers). */
function boundWorld() {
  const w = scriptWorld();
  const id = w.run(({ SpreadsheetApp }) => SpreadsheetApp.create('Siklus 2026').getId());
  const inSheet = <T>(fn: Parameters<typeof w.run<T>>[0], user?: string) =>
    w.run(fn, { activeSpreadsheetId: id, ...(user ? { user } : {}) });
  return { ...w, id, inSheet };
}

describe('Session and User', () => {
  pin(
    ['Base.Session.getActiveUser', 'Base.Session.getEffectiveUser', 'Base.User.getEmail'],
    `${REF}/base/session#getEffectiveUser()`,
    'the active user is who runs the script; the effective user is whose authority it runs under (a trigger owner)',
    () => {
      const { run } = scriptWorld();
      const [active, effective] = run(
        ({ Session }) => [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()],
        { user: 'kabid@contoh.go.id', effectiveUser: 'pemasang.pemicu@contoh.go.id' },
      );
      expect(active).toBe('kabid@contoh.go.id');
      expect(effective).toBe('pemasang.pemicu@contoh.go.id');
    },
  );

  pin(
    ['Base.Session.getActiveUser', 'Base.User.getEmail'],
    `${REF}/base/session#getActiveUser()`,
    'getEmail is "" when a policy hides the active user from the script owner',
    () => {
      const { world, run } = scriptWorld();
      world.hiddenEmails.add('staf@contoh.go.id');
      expect(run(({ Session }) => Session.getActiveUser().getEmail(), { user: 'staf@contoh.go.id' })).toBe('');
    },
  );
});

describe('Ui, Menu and PromptResponse', () => {
  pin(
    ['Base.Ui.createAddonMenu', 'Base.Menu.addItem', 'Base.Menu.addSeparator', 'Base.Menu.addToUi'],
    `${REF}/base/ui#createAddonMenu()`,
    'an add-on menu holds the items and separators in order, each item naming its function',
    () => {
      const { world, id, inSheet } = boundWorld();
      inSheet(({ SpreadsheetApp }) => {
        const menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Mulai siklus', 'mulaiSiklus');
        expect(menu.addSeparator()).toBe(menu);
        menu.addItem('Panel', 'bukaPanel').addToUi();
      });
      expect(menusOf(world, id)[0].entries).toEqual([
        { caption: 'Mulai siklus', functionName: 'mulaiSiklus' },
        { separator: true },
        { caption: 'Panel', functionName: 'bukaPanel' },
      ]);
    },
  );

  pin(
    ['Base.Ui.alert', 'Base.Ui.prompt', 'Base.PromptResponse.getResponseText', 'Base.PromptResponse.getSelectedButton'],
    `${REF}/base/ui#prompt(String,String,ButtonSet)`,
    'alert returns the button pressed; a prompt response gives the text typed and the button',
    () => {
      const { world, inSheet } = boundWorld();
      answerUi(world, 'NO', { button: 'OK', text: 'Triwulan II' });
      const [pressed, text, button] = inSheet(({ SpreadsheetApp }) => {
        const ui = SpreadsheetApp.getUi();
        const b = ui.alert('Kirim?', 'Kirim formulir ke 5 unit?', ui.ButtonSet.YES_NO);
        const r = ui.prompt('Periode', 'Ketik periode', ui.ButtonSet.OK_CANCEL);
        return [b === ui.Button.NO, r.getResponseText(), r.getSelectedButton() === ui.Button.OK];
      });
      expect([pressed, text, button]).toEqual([true, 'Triwulan II', true]);
      expect(uiRecords(world).dialogs.map((d) => d.buttons)).toEqual(['YES_NO', 'OK_CANCEL']);
    },
  );

  pin(
    [
      'Base.Ui.showSidebar',
      'HTML.HtmlService.createHtmlOutputFromFile',
      'HTML.HtmlOutput.setTitle',
      'HTML.HtmlOutput.setWidth',
    ],
    `${REF}/html/html-service#createHtmlOutputFromFile(String)`,
    'a sidebar shows the project file named without .html, with the title and width set on the output',
    () => {
      const { world, inSheet } = boundWorld();
      world.scriptFiles.set('Sidebar', '<p>Siklus</p>');
      inSheet(({ SpreadsheetApp, HtmlService }) => {
        const out = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Pengukuran Kinerja').setWidth(300);
        expect(out.getTitle()).toBe('Pengukuran Kinerja');
        SpreadsheetApp.getUi().showSidebar(out);
      });
      const [sidebar] = uiRecords(world).dialogs;
      expect([sidebar.kind, sidebar.title, sidebar.content, sidebar.width]).toEqual([
        'sidebar',
        'Pengukuran Kinerja',
        '<p>Siklus</p>',
        300,
      ]);
      expect(() => inSheet(({ HtmlService }) => HtmlService.createHtmlOutputFromFile('Tidak'))).toThrow(/Tidak/);
    },
  );
});

describe('MailApp', () => {
  pin(
    ['Mail.MailApp.getRemainingDailyQuota', 'Mail.MailApp.sendEmail'],
    `${REF}/mail/mail-app#getRemainingDailyQuota()`,
    'each recipient of a sent mail uses one of the day’s quota',
    () => {
      const { world, run } = scriptWorld();
      setMailQuota(world, 100);
      const [before, after] = run(({ MailApp }) => {
        const left = MailApp.getRemainingDailyQuota();
        MailApp.sendEmail({ to: 'a@contoh.go.id,b@contoh.go.id', subject: 'Formulir', body: 'Isi formulir' });
        return [left, MailApp.getRemainingDailyQuota()];
      });
      expect(before - after).toBe(2);
      expect(sentMails(world).map((m) => m.subject)).toEqual(['Formulir']);
    },
  );

  pin(
    'Mail.MailApp.sendEmail',
    `${REF}/mail/mail-app#sendEmail(Object)`,
    'an invalid recipient is refused with the real "Invalid email" error and nothing is sent',
    () => {
      const { world, run } = scriptWorld();
      expect(() => run(({ MailApp }) => MailApp.sendEmail({ to: 'bukan-alamat', subject: 's', body: 'b' }))).toThrow(
        /Invalid email: bukan-alamat/,
      );
      expect(sentMails(world)).toHaveLength(0);
    },
  );
});

describe('CalendarApp', () => {
  pin(
    [
      'Calendar.CalendarApp.getDefaultCalendar',
      'Calendar.Calendar.createEvent',
      'Calendar.Calendar.getEvents',
      'Calendar.CalendarEvent.getId',
      'Calendar.CalendarEvent.getTitle',
      'Calendar.CalendarEvent.getStartTime',
    ],
    `${REF}/calendar/calendar#getEvents(Date,Date)`,
    'getEvents lists the events overlapping the interval, by start; an event keeps its id, title and start',
    () => {
      const { run } = scriptWorld();
      const at = (h: number) => new Date(Date.UTC(2026, 7, 13, h));
      run(({ CalendarApp }) => {
        const cal = CalendarApp.getDefaultCalendar();
        const later = cal.createEvent('Rapat pembahasan', at(3), at(5));
        const first = cal.createEvent('Pra-rapat', at(1), at(2));
        const found = cal.getEvents(at(0), at(4));
        expect(found.map((e) => e.getTitle())).toEqual(['Pra-rapat', 'Rapat pembahasan']);
        expect(found.map((e) => e.getId())).toEqual([first.getId(), later.getId()]);
        expect(found[1].getStartTime().getTime()).toBe(at(3).getTime());
        expect(cal.getEvents(at(5), at(6))).toEqual([]);
      });
    },
  );
});

describe('PropertiesService', () => {
  pin(
    ['Properties.PropertiesService.getScriptProperties', 'Utilities.Utilities.getUuid'],
    `${REF}/properties/properties-service#getScriptProperties()`,
    'script properties are one store for every user and document of the script; getUuid gives a new RFC 4122 id each call',
    () => {
      const { inSheet } = boundWorld();
      const [a, b] = inSheet(({ Utilities }) => [Utilities.getUuid(), Utilities.getUuid()]);
      expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(a).not.toBe(b);
      inSheet(({ PropertiesService }) => PropertiesService.getScriptProperties().setProperty('kunci', a));
      const dibaca = inSheet(
        ({ PropertiesService }) => PropertiesService.getScriptProperties().getProperty('kunci'),
        'kabid@contoh.go.id',
      );
      expect(dibaca).toBe(a);
    },
  );

  pin(
    [
      'Properties.PropertiesService.getDocumentProperties',
      'Properties.PropertiesService.getUserProperties',
      'Properties.Properties.setProperty',
      'Properties.Properties.getProperty',
      'Properties.Properties.getProperties',
    ],
    `${REF}/properties/properties#getProperty(String)`,
    'values are strings; a missing key is null; user properties belong to each user, document ones to the document',
    () => {
      const { id, inSheet } = boundWorld();
      inSheet(({ PropertiesService }) => {
        PropertiesService.getDocumentProperties().setProperty('siklus', 'tw2');
        PropertiesService.getUserProperties().setProperty('peran', 'sekretaris');
      });
      const read = (user?: string) =>
        inSheet(({ PropertiesService }) => {
          const doc = PropertiesService.getDocumentProperties();
          const mine = PropertiesService.getUserProperties();
          return [
            doc.getProperty('siklus'),
            mine.getProperty('peran'),
            doc.getProperty('tidak-ada'),
            doc.getProperties(),
          ];
        }, user);
      expect(read()).toEqual(['tw2', 'sekretaris', null, { siklus: 'tw2' }]);
      expect(read('kabid@contoh.go.id')).toEqual(['tw2', null, null, { siklus: 'tw2' }]);
      expect(id).toBeTruthy();
    },
  );
});

describe('CacheService', () => {
  pin(
    ['Cache.CacheService.getScriptCache', 'Cache.Cache.put', 'Cache.Cache.get'],
    `${REF}/cache/cache#put(String,String,Integer)`,
    'the script cache is shared by every user of the script; get is null for a missing or expired key; put takes ' +
      'its lifetime in seconds',
    () => {
      const { inSheet, world } = boundWorld();
      inSheet(({ CacheService }) => CacheService.getScriptCache().put('pemegang', 'sek.tim', 360));
      const baca = () =>
        inSheet(
          ({ CacheService }) => [CacheService.getScriptCache().get('pemegang'), CacheService.getScriptCache().get('x')],
          'kabid@contoh.go.id',
        );
      expect(baca()).toEqual(['sek.tim', null]);
      world.clock.advance(360_000);
      expect(baca()).toEqual([null, null]);
    },
  );
});

describe('ScriptApp triggers', () => {
  pin(
    [
      'Script.ScriptApp.newTrigger',
      'Script.TriggerBuilder.timeBased',
      'Script.ClockTriggerBuilder.everyHours',
      'Script.ClockTriggerBuilder.create',
      'Script.ScriptApp.getProjectTriggers',
      'Script.Trigger.getHandlerFunction',
      'Script.Trigger.getEventType',
    ],
    `${REF}/script/clock-trigger-builder#everyHours(Integer)`,
    'an hourly trigger is listed with its handler and CLOCK event; everyHours accepts only 1, 2, 4, 6, 8 or 12',
    () => {
      const { inSheet } = boundWorld();
      inSheet(({ ScriptApp }) => {
        ScriptApp.newTrigger('kirimPengingat').timeBased().everyHours(1).create();
        const [t] = ScriptApp.getProjectTriggers();
        expect([t.getHandlerFunction(), t.getEventType()]).toEqual(['kirimPengingat', ScriptApp.EventType.CLOCK]);
        expect(() => ScriptApp.newTrigger('x').timeBased().everyHours(3)).toThrow(/everyHours was invalid/);
      });
    },
  );

  pin(
    [
      'Script.TriggerBuilder.forSpreadsheet',
      'Script.SpreadsheetTriggerBuilder.onEdit',
      'Script.SpreadsheetTriggerBuilder.create',
      'Script.ScriptApp.getUserTriggers',
    ],
    `${REF}/script/script-app#getUserTriggers(Spreadsheet)`,
    'an installable edit trigger belongs to its spreadsheet: getUserTriggers of another file does not list it',
    () => {
      const { inSheet, id } = boundWorld();
      inSheet(({ ScriptApp, SpreadsheetApp }) => {
        const ss = SpreadsheetApp.openById(id);
        ScriptApp.newTrigger('saatDiubah').forSpreadsheet(ss).onEdit().create();
        const [t] = ScriptApp.getUserTriggers(ss);
        expect([t.getHandlerFunction(), t.getEventType()]).toEqual(['saatDiubah', ScriptApp.EventType.ON_EDIT]);
        expect(ScriptApp.getUserTriggers(SpreadsheetApp.create('Lain'))).toEqual([]);
      });
    },
  );
});

describe('the event of a trigger names the trigger', () => {
  pin(
    ['Script.ScriptApp.getProjectTriggers', 'Script.Trigger.getUniqueId', 'Script.Trigger.getHandlerFunction'],
    'https://developers.google.com/apps-script/guides/triggers/events#time-driven_events',
    'a fired trigger passes triggerUid, the getUniqueId its owner lists; getProjectTriggers lists only the current ' +
      `user's triggers (${REF}/script/script-app#getProjectTriggers())`,
    () => {
      const { world, inSheet } = boundWorld();
      const id = inSheet(({ ScriptApp }) =>
        ScriptApp.newTrigger('kirimPengingat').timeBased().everyHours(1).create().getUniqueId(),
      );
      const events: Record<string, unknown>[] = [];
      world.clock.advance(3600000 + 60000);
      fireDueTriggers(world, (_handler, event) => events.push(event));
      expect(events).toEqual([expect.objectContaining({ triggerUid: id })]);
      const listed = (user?: string) =>
        inSheet(
          ({ ScriptApp }) => ScriptApp.getProjectTriggers().map((t) => [t.getUniqueId(), t.getHandlerFunction()]),
          user,
        );
      expect(listed()).toEqual([[id, 'kirimPengingat']]);
      expect(listed('kepala@contoh.go.id')).toEqual([]);
    },
  );
});

describe('console', () => {
  pin(
    'console.warn',
    `${REF}/base/console#warn(Object,Object...)`,
    'writes a WARNING entry to the execution log',
    () => {
      const { world, run } = scriptWorld();
      run(({ console: c }) => c.warn('Pengingat: spreadsheet %s dilewati.', 'ss-1'));
      expect(logEntries(world).map((e) => [e.level, e.message])).toEqual([
        ['warn', 'Pengingat: spreadsheet ss-1 dilewati.'],
      ]);
    },
  );
});
