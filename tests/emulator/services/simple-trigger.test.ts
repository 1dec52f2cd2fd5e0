import { createGlobals, World } from '../index';
import { createSpreadsheetState } from '../spreadsheet/files';
import { sentMails } from './mail';

/**
 * A simple trigger (onOpen, onEdit) runs in AuthMode.LIMITED
 * (https://developers.google.com/apps-script/reference/script/auth-mode). Its restrictions,
 * https://developers.google.com/apps-script/guides/triggers#restrictions: "They cannot access services that require
 * authorization. For example, a simple trigger cannot send an email"; "They can modify the file they are bound to,
 * but cannot access other files"; "They may or may not be able to determine the identity of the current user".
 * Refusal texts as live Apps Script gives them from simple triggers:
 * https://github.com/peterherrmann/BetterLog/issues/29 (SpreadsheetApp.openById in onEdit) and
 * https://github.com/diegomanuel/binance-to-google-sheets/issues/106 (ScriptApp.getProjectTriggers in onOpen).
 */

const OWNER = 'sakip.sekretaris@contoh.go.id';

type Globals = {
  MailApp: GoogleAppsScript.Mail.MailApp;
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  Drive: GoogleAppsScript.Drive;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  CalendarApp: GoogleAppsScript.Calendar.CalendarApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  CacheService: GoogleAppsScript.Cache.CacheService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
};

function setUp() {
  const world = new World();
  const g = createGlobals(world) as unknown as Globals;
  const bound = createSpreadsheetState(world, 'Buku kerja SAKIP', { owner: OWNER }).id;
  const other = createSpreadsheetState(world, 'Siklus lain', { owner: OWNER }).id;
  const simpleTrigger = <T>(fn: () => T, user = OWNER): T =>
    world.run({ user, authMode: 'LIMITED', activeSpreadsheetId: bound }, fn);
  return { world, g, other, simpleTrigger };
}

describe('a simple trigger (AuthMode.LIMITED)', () => {
  it('cannot send an email: the refusal names the scope, and nothing is sent', () => {
    const { world, g, simpleTrigger } = setUp();
    expect(() => simpleTrigger(() => g.MailApp.sendEmail('kabid@contoh.go.id', 'S', 'B'))).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(() => simpleTrigger(() => g.MailApp.getRemainingDailyQuota())).toThrow(/permission/);
    expect(sentMails(world)).toEqual([]);
  });

  it('modifies the spreadsheet it is bound to but cannot open or create another one', () => {
    const { g, other, simpleTrigger } = setUp();
    simpleTrigger(() => g.SpreadsheetApp.getActiveSpreadsheet()!.getRange('Sheet1!A1').setValue('dibuka'));
    expect(simpleTrigger(() => g.SpreadsheetApp.getActiveSheet()!.getRange('A1').getValue())).toBe('dibuka');
    expect(() => simpleTrigger(() => g.SpreadsheetApp.openById(other))).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    expect(() => simpleTrigger(() => g.SpreadsheetApp.create('Baru'))).toThrow(
      /permission to call SpreadsheetApp\.create/,
    );
  });

  it('reaches no other file or service that needs authorization: Drive, Docs, Calendar, triggers', () => {
    const { other, g, simpleTrigger } = setUp();
    const refused: [string, () => unknown][] = [
      ['DriveApp.getFileById', () => g.DriveApp.getFileById(other)],
      ['FilesCollection.get', () => g.Drive.Files!.get(other)],
      ['DocumentApp.create', () => g.DocumentApp.create('Dokumen')],
      ['CalendarApp.getDefaultCalendar', () => g.CalendarApp.getDefaultCalendar()],
      ['ScriptApp.newTrigger', () => g.ScriptApp.newTrigger('pemicu')],
      [
        'ScriptApp.getProjectTriggers. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
        () => g.ScriptApp.getProjectTriggers(),
      ],
    ];
    for (const [call, fn] of refused)
      expect(() => simpleTrigger(fn)).toThrow(`You do not have permission to call ${call}`);
  });

  it('keeps the services of the document itself: properties, cache and lock', () => {
    const { g, simpleTrigger } = setUp();
    const read = simpleTrigger(() => {
      g.PropertiesService.getDocumentProperties()!.setProperty('dibuka', 'ya');
      g.CacheService.getDocumentCache()!.put('dibuka', 'ya');
      const lock = g.LockService.getDocumentLock()!;
      lock.waitLock(1000);
      lock.releaseLock();
      return [
        g.PropertiesService.getDocumentProperties()!.getProperty('dibuka'),
        g.CacheService.getDocumentCache()!.get('dibuka'),
      ];
    });
    expect(read).toEqual(['ya', 'ya']);
  });

  // Session.getActiveUser: the email "is not available in any context that allows a script to run without that
  // user's authorization, like a simple onOpen(e) or onEdit(e) trigger ... However, these restrictions generally do not
  // apply if the developer runs the script themselves or belongs to the same ... domain as the user."
  // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
  it("does not learn the user's email, unless the developer shares the user's domain", () => {
    const { world, g, simpleTrigger } = setUp();
    expect(simpleTrigger(() => g.Session.getActiveUser().getEmail())).toBe('');
    expect(world.run({ user: OWNER }, () => g.Session.getActiveUser().getEmail())).toBe(OWNER);
    world.developerDomain = 'contoh.go.id';
    expect(simpleTrigger(() => g.Session.getActiveUser().getEmail())).toBe(OWNER);
    expect(simpleTrigger(() => g.Session.getActiveUser().getEmail(), 'tamu@gmail.com')).toBe('');
  });
});

describe('an add-on not yet used in the document (AuthMode.NONE)', () => {
  // "You do not have permission to call Session.getActiveUser. Required permissions:
  // https://www.googleapis.com/auth/userinfo.email" (https://github.com/hijonathan/google-scripts/issues/14)
  it('is refused even the user, with the scope in the message', () => {
    const { world, g } = setUp();
    expect(() => world.run({ authMode: 'NONE' }, () => g.Session.getActiveUser())).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
  });
});
