import { spreadsheetStore } from './model';
import { newWorld, OWNER, UNIT } from './test-world';

/** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet and .../sheet */
describe('Spreadsheet and Sheet', () => {
  // getSheetByName: "Returns null if there is no sheet with the given name." (spreadsheet#getSheetByName(String))
  it('returns null for a missing sheet name', () => {
    const { run } = newWorld();
    expect(run((ss) => ss.getSheetByName('Tidak Ada'))).toBeNull();
    expect(run((ss) => ss.getSheetByName('Sheet1')?.getName())).toBe('Sheet1');
  });

  it('refuses a duplicate sheet name with the real message, and inserts at a 0-based index', () => {
    const { run } = newWorld();
    expect(() => run((ss) => ss.insertSheet('Sheet1'))).toThrow(
      'A sheet with the name "Sheet1" already exists. Please enter another name.',
    );
    const names = run((ss) => {
      ss.insertSheet('Rekap');
      ss.insertSheet('Pengaturan', 0);
      return ss.getSheets().map((s) => `${s.getIndex()}:${s.getName()}`);
    });
    expect(names).toEqual(['1:Pengaturan', '2:Sheet1', '3:Rekap']);
  });

  // insertSheet: "The new sheet becomes the active sheet." (spreadsheet#insertSheet(String))
  it('makes an inserted sheet the active one and can delete all but the last sheet', () => {
    const { run } = newWorld();
    expect(run((ss) => ss.insertSheet('Log').getName() === ss.getActiveSheet().getName())).toBe(true);
    run((ss) => ss.deleteSheet(ss.getSheetByName('Sheet1')!));
    expect(() => run((ss) => ss.deleteSheet(ss.getSheetByName('Log')!))).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  // getLastRow: "Returns the position of the last row that has content." (sheet#getLastRow()); 0 when there is none.
  it('reports 0 as the last row and column of an empty sheet and tracks content, not formats', () => {
    const { run } = newWorld();
    const sheet = run((ss) => ss.getSheets()[0]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('A10').setBackground('#ff0000');
    sheet.getRange('C4').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([4, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C4');
  });

  it('appends rows after the last row with content and grows the sheet when full', () => {
    const { run } = newWorld({ rows: 2, columns: 2 });
    const sheet = run((ss) => ss.getSheets()[0]);
    sheet.appendRow(['a', 1]);
    sheet.appendRow(['b', 2]);
    sheet.appendRow(['c', 3, 'extra']);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([3, 3]);
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['a', 1, ''],
      ['b', 2, ''],
      ['c', 3, 'extra'],
    ]);
  });

  it('inserts and deletes rows, moving cells and protected ranges with them', () => {
    const { run, app } = newWorld();
    const sheet = run((ss) => ss.getSheets()[0]);
    const protectedA1 = () => sheet.getProtections(app.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation());
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('A3').protect().setDescription('baris 3');
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(protectedA1()).toEqual(['A5']);
    sheet.deleteRows(2, 3);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[1], [3]]);
    expect(protectedA1()).toEqual(['A2']);
    sheet.deleteRow(2);
    expect(protectedA1()).toEqual([]);
  });

  it('keeps layout: frozen rows and columns, column widths, tab colour, hidden state', () => {
    const { run, app } = newWorld();
    const sheet = run((ss) => ss.getSheets()[0]);
    sheet.setFrozenRows(2);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidths(2, 2, 180).setTabColor('#1155cc').hideSheet();
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([2, 1]);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(3)]).toEqual([100, 180]);
    expect([sheet.getTabColor(), sheet.isSheetHidden()]).toEqual(['#1155cc', true]);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
  });

  it('adds, finds and removes developer metadata', () => {
    const { run, app } = newWorld();
    const found = run((ss) => {
      ss.addDeveloperMetadata('sakip.versi', '3');
      ss.addDeveloperMetadata('sakip.privat', app.DeveloperMetadataVisibility.PROJECT);
      ss.getSheets()[0].addDeveloperMetadata('sakip.tab', 'unit');
      const byKey = ss.createDeveloperMetadataFinder().withKey('sakip.versi').find();
      return {
        value: byKey[0].getValue(),
        all: ss.getDeveloperMetadata().map((m) => `${m.getKey()}=${m.getValue()}:${m.getVisibility()}`),
        onSheet: ss.getSheets()[0].getDeveloperMetadata().length,
      };
    });
    expect(found).toEqual({
      value: '3',
      all: ['sakip.versi=3:DOCUMENT', 'sakip.privat=null:PROJECT'],
      onSheet: 1,
    });
    run((ss) => ss.createDeveloperMetadataFinder().withKey('sakip.versi').find()[0].remove());
    expect(run((ss) => ss.getDeveloperMetadata().length)).toBe(1);
  });

  it('records toasts for the test', () => {
    const { run, world, id } = newWorld();
    run((ss) => ss.toast('Rekap selesai', 'SAKIP', 3));
    expect(spreadsheetStore(world).toasts).toEqual([
      {
        spreadsheetId: id,
        user: OWNER,
        at: world.clock.now(),
        message: 'Rekap selesai',
        title: 'SAKIP',
        timeoutSeconds: 3,
      },
    ]);
  });
});

describe('SpreadsheetApp', () => {
  it('has no active spreadsheet outside a document, and opens files only for people they are shared with', () => {
    const { world, app, id } = newWorld();
    expect(world.run({ user: OWNER }, () => app.getActiveSpreadsheet())).toBeNull();
    expect(world.run({ user: OWNER }, () => app.openById(id).getName())).toBe('Siklus 2026');
    expect(() => world.run({ user: UNIT }, () => app.openById(id))).toThrow(
      'You do not have permissions to access the requested document.',
    );
    expect(() => world.run({ user: OWNER }, () => app.openById('nope'))).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
    world.run({ user: OWNER }, () => app.openById(id).addEditor(UNIT));
    expect(
      world.run({ user: UNIT }, () =>
        app
          .openById(id)
          .getEditors()
          .map((u) => u.getEmail()),
      ),
    ).toEqual([OWNER, UNIT]);
  });

  it('creates files owned by the user running the script, with one sheet "Sheet1"', () => {
    const { world, app } = newWorld();
    const ss = world.run({ user: UNIT }, () => app.create('Laporan', 50, 5));
    expect(ss.getOwner()!.getEmail()).toBe(UNIT);
    expect(ss.getSheets().map((s) => [s.getName(), s.getMaxRows(), s.getMaxColumns()])).toEqual([['Sheet1', 50, 5]]);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });
});
