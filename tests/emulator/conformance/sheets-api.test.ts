import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pin } from './pin';
import { scriptWorld, type Services } from './world';

const BATCH = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate';
const REQUEST = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request';
const PROTECTED = 'https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#protectedrange';

/** the texts of a missing protected range and of a second sheet protection, as the API answered them */
const ISSUE_1064 = 'https://github.com/googleapis/google-api-python-client/issues/1064';
const UNIT = 'kabid.pspfm@contoh.go.id';
const FAILED = 'API call to sheets.spreadsheets.batchUpdate failed with error: ';

type Requests = GoogleAppsScript.Sheets.Schema.Request[];

/** A spreadsheet with a tab "Form PSPFM" (sheetId ≠ 0) shared with the unit's Kabid; returns its ids. */
function cycle(s: Services) {
  const ss = s.SpreadsheetApp.create('Siklus Triwulan II 2026');
  const sheet = ss.insertSheet('Form PSPFM');
  ss.addEditor(UNIT);
  return { id: ss.getId(), sheetId: sheet.getSheetId() };
}

const send = (s: Services, id: string, requests: Requests) => s.Sheets.Spreadsheets.batchUpdate({ requests }, id);

describe('Sheets API protected ranges, read back through SpreadsheetApp', () => {
  pin(
    ['Sheets.SpreadsheetsCollection.batchUpdate', 'Spreadsheet.Sheet.getProtections'],
    `${REQUEST}#addprotectedrangerequest`,
    'addProtectedRange replies with the protected range and its new id; SpreadsheetApp sees its range, editors, description and open ranges',
    () => {
      const { run } = scriptWorld();
      const id = run((s) => {
        const { id, sheetId } = cycle(s);
        const { replies } = send(s, id, [
          {
            addProtectedRange: {
              protectedRange: {
                range: { sheetId },
                description: 'Formulir PSPFM',
                editors: { users: ['sakip.sekretaris@contoh.go.id'] },
                unprotectedRanges: [
                  { sheetId, startRowIndex: 1, endRowIndex: 11, startColumnIndex: 7, endColumnIndex: 9 },
                ],
              },
            },
          },
          {
            addProtectedRange: {
              protectedRange: {
                range: { sheetId, startRowIndex: 1, endRowIndex: 11, startColumnIndex: 7, endColumnIndex: 9 },
                description: 'Kolom isian PSPFM',
                editors: { users: [UNIT, 'sakip.sekretaris@contoh.go.id'] },
              },
            },
          },
        ]);
        const [sheetReply, rangeReply] = replies!.map((r) => r.addProtectedRange!.protectedRange!);
        expect(sheetReply).toEqual({
          protectedRangeId: expect.any(Number),
          range: { sheetId },
          description: 'Formulir PSPFM',
          requestingUserCanEdit: true,
          unprotectedRanges: [{ sheetId, startRowIndex: 1, endRowIndex: 11, startColumnIndex: 7, endColumnIndex: 9 }],
          editors: { users: ['sakip.sekretaris@contoh.go.id'] },
        });
        const sheet = s.SpreadsheetApp.openById(id).getSheetByName('Form PSPFM')!;
        const [whole] = sheet.getProtections(s.SpreadsheetApp.ProtectionType.SHEET);
        expect(whole.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['H2:I11']);
        expect(whole.getEditors().map((u) => u.getEmail())).toEqual(['sakip.sekretaris@contoh.go.id']);
        const [range] = sheet.getProtections(s.SpreadsheetApp.ProtectionType.RANGE);
        expect([range.getRange().getA1Notation(), range.getDescription(), range.isWarningOnly()]).toEqual([
          'H2:I11',
          'Kolom isian PSPFM',
          false,
        ]);
        expect(range.getEditors().map((u) => u.getEmail())).toEqual([UNIT, 'sakip.sekretaris@contoh.go.id']);
        expect(rangeReply.protectedRangeId).not.toBe(sheetReply.protectedRangeId);
        return id;
      });
      // the unit's Kabid can type in the open block and nowhere else of the tab
      const write = (a1: string) => () =>
        run((s) => s.SpreadsheetApp.openById(id).getRange(`Form PSPFM!${a1}`).setValue(90), { user: UNIT });
      expect(write('H2')).not.toThrow();
      expect(write('A2')).toThrow('You are trying to edit a protected cell or object.');
    },
  );

  pin(
    'Sheets.SpreadsheetsCollection.batchUpdate',
    `${REQUEST}#updateprotectedrangerequest`,
    'updateProtectedRange changes only the fields listed (a listed field absent from the request is cleared); without fields it is refused',
    () => {
      const { run } = scriptWorld();
      run((s) => {
        const { id, sheetId } = cycle(s);
        const [reply] = send(s, id, [
          { addProtectedRange: { protectedRange: { range: { sheetId }, description: 'lama', warningOnly: true } } },
        ]).replies!;
        const protectedRangeId = reply.addProtectedRange!.protectedRange!.protectedRangeId;
        send(s, id, [
          {
            updateProtectedRange: {
              protectedRange: { protectedRangeId, editors: { users: [UNIT] } },
              fields: 'description,warningOnly,editors',
            },
          },
        ]);
        const [p] = s.SpreadsheetApp.openById(id)
          .getSheetByName('Form PSPFM')!
          .getProtections(s.SpreadsheetApp.ProtectionType.SHEET);
        expect([p.getDescription(), p.isWarningOnly(), p.getEditors().map((u) => u.getEmail())]).toEqual([
          '',
          false,
          [UNIT],
        ]);
        expect(() =>
          send(s, id, [{ updateProtectedRange: { protectedRange: { protectedRangeId, description: 'baru' } } }]),
        ).toThrow(
          `${FAILED}Invalid requests[0].updateProtectedRange: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)`,
        );
      });
    },
  );

  pin(
    'Sheets.SpreadsheetsCollection.batchUpdate',
    ISSUE_1064,
    'a bad request fails the whole batch with its index and reason, and none of the batch is applied',
    () => {
      const { run } = scriptWorld();
      run((s) => {
        const { id, sheetId } = cycle(s);
        const add = { addProtectedRange: { protectedRange: { range: { sheetId }, description: 'x' } } };
        expect(() => send(s, id, [add, { deleteProtectedRange: { protectedRangeId: 2092627652 } }])).toThrow(
          `${FAILED}Invalid requests[1].deleteProtectedRange: No protected range with id: 2092627652`,
        );
        expect(s.SpreadsheetApp.openById(id).getProtections(s.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
        send(s, id, [add]);
        expect(() => send(s, id, [add])).toThrow(
          `${FAILED}Invalid requests[0].addProtectedRange: Sheet "Form PSPFM" already has sheet protection.`,
        );
      });
    },
  );

  pin(
    'Sheets.SpreadsheetsCollection.batchUpdate',
    `${REQUEST}#deleteprotectedrangerequest`,
    'deleteProtectedRange removes the protection SpreadsheetApp made; an empty batch is refused',
    () => {
      const { run } = scriptWorld();
      run((s) => {
        const { id } = cycle(s);
        const sheet = s.SpreadsheetApp.openById(id).getSheetByName('Form PSPFM')!;
        const p = sheet.getRange('A1:B2').protect().setDescription('lama');
        const listed = s.Sheets.Spreadsheets.get(id, { fields: 'sheets(properties(sheetId),protectedRanges)' });
        const [, form] = listed.sheets!;
        expect(form.protectedRanges!.map((r) => [r.description, r.range])).toEqual([
          ['lama', { sheetId: sheet.getSheetId(), endRowIndex: 2, endColumnIndex: 2 }],
        ]);
        send(s, id, [{ deleteProtectedRange: { protectedRangeId: form.protectedRanges![0].protectedRangeId } }]);
        expect(sheet.getProtections(s.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);
        expect(() => p.getDescription()).toThrow();
        expect(() => send(s, id, [])).toThrow(`${FAILED}Must specify at least one request.`);
      });
    },
  );
});

describe('a Range as a Sheets API GridRange', () => {
  pin(
    [
      'Spreadsheet.Range.getRow',
      'Spreadsheet.Range.getColumn',
      'Spreadsheet.Range.getNumRows',
      'Spreadsheet.Range.getNumColumns',
    ],
    'https://developers.google.com/apps-script/reference/spreadsheet/range#getRow()',
    "give 1-based positions and sizes: the API's 0-based start and exclusive end are position − 1 and position − 1 + size",
    () => {
      const { run } = scriptWorld();
      run((s) => {
        const { id, sheetId } = cycle(s);
        const r = s.SpreadsheetApp.openById(id).getRange('Form PSPFM!H2:I11');
        expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 8, 10, 2]);
        const range = {
          sheetId,
          startRowIndex: r.getRow() - 1,
          endRowIndex: r.getRow() - 1 + r.getNumRows(),
          startColumnIndex: r.getColumn() - 1,
          endColumnIndex: r.getColumn() - 1 + r.getNumColumns(),
        };
        send(s, id, [{ addProtectedRange: { protectedRange: { range } } }]);
        const [p] = s.SpreadsheetApp.openById(id).getProtections(s.SpreadsheetApp.ProtectionType.RANGE);
        expect(p.getRange().getA1Notation()).toBe('H2:I11');
      });
    },
  );
});

describe('Sheets API dimensions and sheet properties', () => {
  pin(
    ['Sheets.SpreadsheetsCollection.batchUpdate', 'Spreadsheet.Sheet.getColumnWidth'],
    `${REQUEST}#updatedimensionpropertiesrequest`,
    'updateDimensionProperties pixelSize sets column widths (0-based, end exclusive) and updateSheetProperties the frozen rows; an unknown sheetId is "No grid with id"',
    () => {
      const { run } = scriptWorld();
      run((s) => {
        const { id, sheetId } = cycle(s);
        send(s, id, [
          {
            updateDimensionProperties: {
              range: { sheetId, dimension: 'COLUMNS', startIndex: 1, endIndex: 3 },
              properties: { pixelSize: 240 },
              fields: 'pixelSize',
            },
          },
          {
            updateSheetProperties: {
              properties: { sheetId, gridProperties: { frozenRowCount: 1 } },
              fields: 'gridProperties.frozenRowCount',
            },
          },
        ]);
        const sheet = s.SpreadsheetApp.openById(id).getSheetByName('Form PSPFM')!;
        expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([100, 240, 240, 100]);
        expect(sheet.getFrozenRows()).toBe(1);
        expect(s.Sheets.Spreadsheets.get(id).sheets![1].properties!.gridProperties).toEqual({
          rowCount: 1000,
          columnCount: 26,
          frozenRowCount: 1,
        });
        expect(() =>
          send(s, id, [
            {
              updateDimensionProperties: {
                range: { sheetId: 42, dimension: 'COLUMNS', startIndex: 0, endIndex: 1 },
                properties: { pixelSize: 80 },
                fields: 'pixelSize',
              },
            },
          ]),
        ).toThrow(`${FAILED}Invalid requests[0].updateDimensionProperties: No grid with id: 42`);
      });
    },
  );

  pin(
    'Sheets.SpreadsheetsCollection.get',
    PROTECTED,
    'fields narrows the response; editors are shown only to people who can edit the protection',
    () => {
      const { run } = scriptWorld();
      const id = run((s) => {
        const ids = cycle(s);
        send(s, ids.id, [{ addProtectedRange: { protectedRange: { range: { sheetId: ids.sheetId }, editors: {} } } }]);
        return ids.id;
      });
      const seen = run((s) => s.Sheets.Spreadsheets.get(id, { fields: 'sheets(protectedRanges)' }), { user: UNIT });
      expect(seen).toEqual({
        sheets: [{}, { protectedRanges: [{ protectedRangeId: expect.any(Number), range: expect.any(Object) }] }],
      });
    },
  );
});

describe('the manifest', () => {
  pin(
    'Sheets.SpreadsheetsCollection.batchUpdate',
    'https://developers.google.com/apps-script/advanced/sheets',
    'enables the Sheets advanced service v4 under its user symbol; the spreadsheets scope already asked for covers batchUpdate',
    () => {
      const manifest = JSON.parse(readFileSync(join(__dirname, '../../../appsscript.json'), 'utf8')) as {
        oauthScopes: string[];
        dependencies: { enabledAdvancedServices: { userSymbol: string; serviceId: string; version: string }[] };
      };
      expect(manifest.dependencies.enabledAdvancedServices).toContainEqual({
        userSymbol: 'Sheets',
        serviceId: 'sheets',
        version: 'v4',
      });
      // batchUpdate's authorization scopes include https://www.googleapis.com/auth/spreadsheets (BATCH, "Authorization scopes")
      expect(BATCH).toContain('batchUpdate');
      expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets');
    },
  );
});
