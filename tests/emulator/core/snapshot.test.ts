import { createGlobals } from '..';
import { sentMails } from '../services/mail';
import { triggersOf } from '../services/triggers';
import { REAL_ERRORS } from './faults';
import { World } from './world';

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  DocumentApp: GoogleAppsScript.Document.DocumentApp;
  DriveApp: GoogleAppsScript.Drive.DriveApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  LockService: GoogleAppsScript.Lock.LockService;
};

const A = 'a@contoh.go.id';

function setup() {
  const world = new World();
  const g = createGlobals(world) as unknown as G;
  const ssId = world.run({ user: A }, () => {
    const ss = g.SpreadsheetApp.create('Siklus');
    ss.getSheets()[0]
      .getRange('A1:B1')
      .setValues([['x', 1]]);
    g.PropertiesService.getScriptProperties().setProperty('k', 'awal');
    return ss.getId();
  });
  return { world, g, ssId };
}

/** Everything the test changes after the snapshot, as it reads back. */
function state(world: World, g: G, ssId: string) {
  return world.run({ user: A }, () => ({
    a1: g.SpreadsheetApp.openById(ssId).getSheets()[0].getRange('A1:B2').getValues(),
    tabs: g.SpreadsheetApp.openById(ssId)
      .getSheets()
      .map((s) => s.getName()),
    docs: countFiles(g.DriveApp.getFilesByType('application/vnd.google-apps.document')),
    editors: g.DriveApp.getFileById(ssId)
      .getEditors()
      .map((u) => u.getEmail()),
    prop: g.PropertiesService.getScriptProperties().getProperty('k'),
    mails: sentMails(world).length,
    triggers: triggersOf(world).length,
    now: world.clock.now(),
  }));
}

function countFiles(it: GoogleAppsScript.Drive.FileIterator): number {
  let n = 0;
  while (it.hasNext()) {
    it.next();
    n++;
  }
  return n;
}

function changeEverything(world: World, g: G, ssId: string): void {
  world.run({ user: A }, () => {
    const ss = g.SpreadsheetApp.openById(ssId);
    ss.getSheets()[0]
      .getRange('A1:B2')
      .setValues([
        ['y', 2],
        ['z', 3],
      ]);
    ss.insertSheet('Baru');
    ss.addEditor('b@contoh.go.id');
    g.DocumentApp.create('Dokumen').getBody().appendParagraph('isi');
    g.MailApp.sendEmail('b@contoh.go.id', 'Subjek', 'Isi');
    g.PropertiesService.getScriptProperties().setProperty('k', 'ubah');
    g.ScriptApp.newTrigger('f').timeBased().everyHours(1).create();
  });
  world.clock.advance(3_600_000);
}

describe('World.snapshot / restore', () => {
  it('a change made after the snapshot is gone after restore, in every service', () => {
    const { world, g, ssId } = setup();
    const before = state(world, g, ssId);
    const snap = world.snapshot();
    const calls = world.calls.records.length;
    changeEverything(world, g, ssId);
    expect(state(world, g, ssId)).not.toEqual(before);
    world.restore(snap);
    expect(world.calls.records.length).toBe(calls);
    expect(state(world, g, ssId)).toEqual(before);
  });

  it('restores twice from the same snapshot, and new ids repeat as in the first run', () => {
    const { world, g, ssId } = setup();
    const snap = world.snapshot();
    const newId = () => world.run({ user: A }, () => g.SpreadsheetApp.create('Lagi').getId());
    const first = newId();
    changeEverything(world, g, ssId);
    world.restore(snap);
    const before = state(world, g, ssId);
    changeEverything(world, g, ssId);
    world.restore(snap);
    expect(state(world, g, ssId)).toEqual(before);
    expect(newId()).toBe(first);
  });

  it('a lock held when the snapshot is taken is held again after restore', () => {
    const { world, g } = setup();
    const snap = world.snapshot();
    const ex = world.begin({ user: A });
    world.within(ex, () => g.LockService.getScriptLock().waitLock(1000));
    const tryOther = () => world.run({ user: 'b@contoh.go.id' }, () => g.LockService.getScriptLock().tryLock(0));
    expect(tryOther()).toBe(false);
    world.restore(snap);
    expect(tryOther()).toBe(true);
  });
});

describe('a fault that kills the execution', () => {
  it('stops it at that call: the script catching the error changes nothing after it, and the run ends with it', () => {
    const { world, g, ssId } = setup();
    const message = REAL_ERRORS.serviceSpreadsheets(ssId);
    // call 4 of the run: openById, getSheets, getRange, then the first setValue
    world.faults.killAt(world.calls.records.length + 4, message);
    let caught = '';
    expect(() =>
      world.run({ user: A }, () => {
        const range = g.SpreadsheetApp.openById(ssId).getSheets()[0].getRange('A1');
        try {
          range.setValue('tidak');
        } catch (e) {
          caught = (e as Error).message;
        }
        range.setValue('sesudah');
      }),
    ).toThrow(message);
    expect(caught).toBe(message);
    world.faults.clear();
    expect(state(world, g, ssId).a1[0][0]).toBe('x');
  });

  it('a fault that fails once lets the script carry on after catching it', () => {
    const { world, g, ssId } = setup();
    world.faults.failAt(world.calls.records.length + 4, REAL_ERRORS.serverError);
    world.run({ user: A }, () => {
      const range = g.SpreadsheetApp.openById(ssId).getSheets()[0].getRange('A1');
      try {
        range.setValue('tidak');
      } catch {
        range.setValue('sesudah');
      }
    });
    expect(state(world, g, ssId).a1[0][0]).toBe('sesudah');
  });
});
