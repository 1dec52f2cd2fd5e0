import { createContext, runInContext } from 'node:vm';
import { createGlobals, World } from '../index';
import type { Realm } from '../core/realm';
import { createSpreadsheetState } from './files';
import { newWorld, OWNER } from './test-world';

describe('SpreadsheetApp through the recorder', () => {
  it('records each call with its type, method and cost class', () => {
    const { world, run, app } = newWorld();
    const mark = world.calls.mark();
    run((ss) => {
      const sheet = ss.getSheetByName('Sheet1')!;
      const range = sheet.getRange(1, 1, 2, 2);
      range.getA1Notation();
      range.setValues([
        [1, 2],
        [3, 4],
      ]);
      range.getValues();
      app.flush();
    });
    const calls = world.calls.since(mark).map((c) => `${c.type}.${c.method}:${c.costClass}:${c.argsSize}`);
    expect(calls).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet:local:0',
      'Spreadsheet.getSheetByName:read:6',
      'Sheet.getRange:local:4',
      'Range.getA1Notation:local:0',
      'Range.setValues:write:4',
      'Range.getValues:read:0',
      'SpreadsheetApp.flush:flush:0',
    ]);
  });

  it('classifies file access as Drive and builders as local', () => {
    const { world, app, id } = newWorld();
    world.run({ user: OWNER }, () => {
      app.openById(id);
      app.create('Baru');
      app.newDataValidation().requireCheckbox().build();
    });
    expect(world.calls.records.map((c) => `${c.type}.${c.method}:${c.costClass}`)).toEqual([
      'SpreadsheetApp.openById:drive',
      'SpreadsheetApp.create:drive',
      'SpreadsheetApp.newDataValidation:local',
      'DataValidationBuilder.requireCheckbox:local',
      'DataValidationBuilder.build:local',
    ]);
  });

  // Editor add-on authorization: in AuthMode.NONE onOpen may build menus but not read the document
  // (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes).
  it('refuses document access in AuthMode.NONE but allows the Ui', () => {
    const { world, app, id } = newWorld();
    const none = { user: OWNER, activeSpreadsheetId: id, authMode: 'NONE' as const };
    expect(() => world.run(none, () => app.getActiveSpreadsheet())).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() =>
      world.run(none, () => app.getUi().createMenu('SAKIP').addItem('Buka', 'buka').addToUi()),
    ).not.toThrow();
  });

  it('hands the script Dates and Arrays of its own realm', () => {
    const world = new World();
    const id = createSpreadsheetState(world, 'Realm', { owner: OWNER }).id;
    const context = createContext({});
    world.realm = runInContext('({ Array, Date, Object, Error })', context) as Realm;
    Object.assign(context, { SpreadsheetApp: createGlobals(world).SpreadsheetApp });
    const result = world.run({ user: OWNER, activeSpreadsheetId: id }, () =>
      runInContext(
        `(function () {
          var range = SpreadsheetApp.getActiveSpreadsheet().getRange('A1:B1');
          range.setValues([[new Date(Date.UTC(2026, 7, 12)), 'x']]);
          var values = range.getValues();
          var error;
          try { range.setValues([[1]]); } catch (e) { error = e; }
          return [values instanceof Array, values[0][0] instanceof Date, error instanceof Error, error.name];
        })()`,
        context,
      ),
    );
    expect(Array.from(result as unknown[])).toEqual([true, true, true, 'Exception']);
  });
});
