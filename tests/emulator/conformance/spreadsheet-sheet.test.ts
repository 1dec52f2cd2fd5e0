import { SHEET_ERRORS } from '../spreadsheet/errors';
import { spreadsheetStore } from '../spreadsheet/model';
import { pin } from './pin';
import { inNewSpreadsheet } from './spreadsheet-world';
import { scriptWorld } from './world';

const REF = 'https://developers.google.com/apps-script/reference/spreadsheet';

describe('SpreadsheetApp', () => {
  pin(
    [
      'Spreadsheet.SpreadsheetApp.create',
      'Spreadsheet.Spreadsheet.getId',
      'Spreadsheet.Spreadsheet.getName',
      'Spreadsheet.Spreadsheet.getUrl',
      'Spreadsheet.SpreadsheetApp.openById',
      'Spreadsheet.Spreadsheet.getOwner',
    ],
    `${REF}/spreadsheet-app#create(String)`,
    'a new spreadsheet has one sheet "Sheet1", its creator as owner, and an edit URL with its id',
    () => {
      scriptWorld().run(({ SpreadsheetApp }) => {
        const ss = SpreadsheetApp.create('Siklus Tahunan 2026');
        expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
        expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
        expect(ss.getOwner()!.getEmail()).toBe('sakip.sekretaris@contoh.go.id');
        expect(SpreadsheetApp.openById(ss.getId()).getName()).toBe('Siklus Tahunan 2026');
      });
    },
  );

  pin(
    'Spreadsheet.SpreadsheetApp.openById',
    `${REF}/spreadsheet-app#openById(String)`,
    'someone the file is not shared with is refused',
    () => {
      const { run } = scriptWorld();
      const id = run(({ SpreadsheetApp }) => SpreadsheetApp.create('Rahasia').getId());
      expect(() =>
        run(({ SpreadsheetApp }) => SpreadsheetApp.openById(id), { user: 'orang.lain@contoh.go.id' }),
      ).toThrow(SHEET_ERRORS.noAccess);
    },
  );

  pin(
    ['Spreadsheet.SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.SpreadsheetApp.getUi'],
    `${REF}/spreadsheet-app#getActiveSpreadsheet()`,
    'the active spreadsheet is the one the script is bound to, null when there is none',
    () => {
      const { run } = scriptWorld();
      const id = run(({ SpreadsheetApp }) => SpreadsheetApp.create('Buku kerja SAKIP').getId());
      expect(
        run(({ SpreadsheetApp }) => SpreadsheetApp.getActiveSpreadsheet()?.getId(), { activeSpreadsheetId: id }),
      ).toBe(id);
      expect(run(({ SpreadsheetApp }) => SpreadsheetApp.getActiveSpreadsheet())).toBeNull();
      expect(String(run(({ SpreadsheetApp }) => SpreadsheetApp.getUi(), { activeSpreadsheetId: id }))).toBe('Ui');
    },
  );

  pin(
    'Spreadsheet.SpreadsheetApp.flush',
    `${REF}/spreadsheet-app#flush()`,
    'flush applies pending changes and returns nothing; values written before it read back after it',
    () => {
      inNewSpreadsheet((sheet, _ss, { SpreadsheetApp }) => {
        sheet.getRange('A1').setValue('tercatat');
        expect(SpreadsheetApp.flush()).toBeUndefined();
        expect(sheet.getRange('A1').getValue()).toBe('tercatat');
      });
    },
  );
});

describe('Spreadsheet', () => {
  pin(
    [
      'Spreadsheet.Spreadsheet.insertSheet',
      'Spreadsheet.Spreadsheet.getSheetByName',
      'Spreadsheet.Spreadsheet.getSheets',
    ],
    `${REF}/spreadsheet#insertSheet(String,Integer)`,
    'insertSheet puts the sheet at the index; a duplicate name is refused; an unknown name finds null',
    () => {
      inNewSpreadsheet((_sheet, ss) => {
        ss.insertSheet('Log');
        ss.insertSheet('Petunjuk', 0);
        expect(ss.getSheets().map((s) => s.getName())).toEqual(['Petunjuk', 'Sheet1', 'Log']);
        expect(ss.getSheetByName('Log')!.getName()).toBe('Log');
        expect(ss.getSheetByName('Tidak ada')).toBeNull();
        expect(() => ss.insertSheet('Log')).toThrow(SHEET_ERRORS.sheetExists('Log'));
      });
    },
  );

  pin(
    ['Spreadsheet.Spreadsheet.setSpreadsheetTimeZone', 'Spreadsheet.Spreadsheet.setSpreadsheetLocale'],
    `${REF}/spreadsheet#setSpreadsheetLocale(String)`,
    'time zone and locale read back as set',
    () => {
      inNewSpreadsheet((_sheet, ss) => {
        ss.setSpreadsheetTimeZone('Asia/Jakarta');
        ss.setSpreadsheetLocale('id_ID');
        expect([ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(['Asia/Jakarta', 'id_ID']);
      });
    },
  );

  pin(
    ['Spreadsheet.Spreadsheet.addEditors', 'Spreadsheet.Spreadsheet.getEditors'],
    `${REF}/spreadsheet#addEditors(String)`,
    'the editors include the owner and the people added, who can then open the file',
    () => {
      const { run } = scriptWorld();
      const id = run(({ SpreadsheetApp }) => {
        const ss = SpreadsheetApp.create('Siklus').addEditors(['kabid@contoh.go.id']);
        expect(
          ss
            .getEditors()
            .map((u) => u.getEmail())
            .sort(),
        ).toEqual(['kabid@contoh.go.id', 'sakip.sekretaris@contoh.go.id']);
        return ss.getId();
      });
      expect(run(({ SpreadsheetApp }) => SpreadsheetApp.openById(id).getName(), { user: 'kabid@contoh.go.id' })).toBe(
        'Siklus',
      );
    },
  );

  pin(
    'Spreadsheet.Spreadsheet.toast',
    `${REF}/spreadsheet#toast(String,String,Number)`,
    'shows a message with its title',
    () => {
      const { world, run } = scriptWorld();
      run(({ SpreadsheetApp }) => SpreadsheetApp.create('x').toast('Rekap selesai', 'Pengukuran Kinerja', 5));
      expect(spreadsheetStore(world).toasts.map((t) => [t.message, t.title, t.timeoutSeconds])).toEqual([
        ['Rekap selesai', 'Pengukuran Kinerja', 5],
      ]);
    },
  );
});

describe('Sheet', () => {
  pin(
    [
      'Spreadsheet.Sheet.getName',
      'Spreadsheet.Sheet.setName',
      'Spreadsheet.Sheet.getSheetId',
      'Spreadsheet.Sheet.getParent',
    ],
    `${REF}/sheet#getSheetId()`,
    'the first sheet’s id is 0 and an id survives a rename; a sheet knows its spreadsheet',
    () => {
      inNewSpreadsheet((sheet, ss) => {
        expect(sheet.getSheetId()).toBe(0);
        const other = ss.insertSheet('Rekap');
        const id = other.getSheetId();
        expect(other.setName('Rekap TW2').getSheetId()).toBe(id);
        expect(other.getName()).toBe('Rekap TW2');
        expect(other.getParent().getId()).toBe(ss.getId());
      });
    },
  );

  pin(
    ['Spreadsheet.Sheet.getRange', 'Spreadsheet.Sheet.getMaxRows'],
    `${REF}/sheet#getRange(Integer,Integer,Integer,Integer)`,
    'a new sheet has 1000 rows; a range past them or starting before row 1 is refused',
    () => {
      inNewSpreadsheet((sheet) => {
        expect(sheet.getMaxRows()).toBe(1000);
        expect(sheet.getRange('B3:C4').getNumRows()).toBe(2);
        expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(SHEET_ERRORS.outsideSheet);
        expect(() => sheet.getRange(0, 1)).toThrow(SHEET_ERRORS.startRowTooSmall);
      });
    },
  );

  pin(
    ['Spreadsheet.Sheet.getLastRow', 'Spreadsheet.Sheet.getLastColumn', 'Spreadsheet.Sheet.getDataRange'],
    `${REF}/sheet#getDataRange()`,
    'the data range runs from A1 to the last row and column with content; an empty sheet gives 0 and A1',
    () => {
      inNewSpreadsheet((sheet) => {
        expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([0, 0, 'A1']);
        sheet.getRange('C5').setValue('x');
        sheet.getRange('B7').setBackground('#ff0000');
        expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([
          5,
          3,
          'A1:C5',
        ]);
      });
    },
  );

  pin(
    ['Spreadsheet.Sheet.insertRowsAfter', 'Spreadsheet.Sheet.deleteRows'],
    `${REF}/sheet#insertRowsAfter(Integer,Integer)`,
    'inserted rows push the rows below down and add to the sheet; deleted rows pull them up',
    () => {
      inNewSpreadsheet((sheet) => {
        sheet.getRange('A1:A2').setValues([['judul'], ['isi']]);
        sheet.insertRowsAfter(1, 3);
        expect([sheet.getMaxRows(), sheet.getRange('A5').getValue()]).toEqual([1003, 'isi']);
        sheet.deleteRows(2, 3);
        expect([sheet.getMaxRows(), sheet.getRange('A2').getValue()]).toEqual([1000, 'isi']);
      });
    },
  );

  pin(
    ['Spreadsheet.Sheet.setFrozenRows', 'Spreadsheet.Sheet.setColumnWidth', 'Spreadsheet.Sheet.setTabColor'],
    `${REF}/sheet#setColumnWidth(Integer,Integer)`,
    'frozen rows (setFrozenRows returns nothing), column widths (100 px by default) and the tab colour read back',
    () => {
      inNewSpreadsheet((sheet) => {
        expect(sheet.getColumnWidth(2)).toBe(100);
        expect(sheet.setFrozenRows(2)).toBeUndefined();
        sheet.setColumnWidth(2, 240).setTabColor('#1e5631');
        expect([sheet.getFrozenRows(), sheet.getColumnWidth(2), sheet.getTabColor()]).toEqual([2, 240, '#1e5631']);
      });
    },
  );

  pin(
    ['Spreadsheet.Sheet.hideColumns', 'Spreadsheet.Sheet.getMaxColumns'],
    `${REF}/sheet#hideColumns(Integer,Integer)`,
    'hidden columns stay in the grid and are still read; a new sheet has 26 columns',
    () => {
      inNewSpreadsheet((sheet) => {
        expect(sheet.getMaxColumns()).toBe(26);
        sheet.getRange('A1:C1').setValues([['Indikator', 'Realisasi', 'v2:abc']]);
        sheet.hideColumns(3);
        expect([sheet.isColumnHiddenByUser(3), sheet.isColumnHiddenByUser(2)]).toEqual([true, false]);
        expect(sheet.getMaxColumns()).toBe(26);
        expect(sheet.getRange('A1:C1').getValues()).toEqual([['Indikator', 'Realisasi', 'v2:abc']]);
      });
    },
  );
});
