import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';
import { MIME_TYPES } from '../drive/enums';
import { applyFieldMask, parseFieldMask } from '../drive/field-mask';
import { driveFiles } from '../drive/registry';
import { spreadsheetStore, type SheetState, type SpreadsheetState } from './model';
import { REQUESTS, type Batch, type Reply } from './sheets-api-requests';
import { apiProtectedRange, SHEETS_API_ERRORS, SheetsApiError } from './sheets-api-model';

/**
 * The Sheets advanced service (Sheets API v4) as the global `Sheets`: Spreadsheets.get and Spreadsheets.batchUpdate
 * on the same spreadsheets SpreadsheetApp works on, with just the requests the add-in sends (sheets-api-requests.ts);
 * any other request is refused as not emulated rather than ignored.
 * https://developers.google.com/apps-script/advanced/sheets
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
 *
 * - "Each request is validated before being applied. If any request is not valid then the entire request will fail
 *   and nothing will be applied"; the replies mirror the requests, an empty reply for a request that has none.
 * - Under the spreadsheets scope the service reaches every spreadsheet the user may open; changing one needs edit
 *   access. Failures read as Apps Script reports a failed API call ("API call to sheets.spreadsheets.batchUpdate failed
 *   with error: …", as for the Drive and Docs services), with the API's words after the colon.
 * - Request size: the API sets no hard limit ("we recommend a 2 MB maximum payload",
 *   https://developers.google.com/sheets/api/limits), so the emulator sets none.
 * - Every call is one request ('api' in the latency model), whatever it carries.
 */
type Request = Record<string, unknown>;
type ApiSpreadsheet = GoogleAppsScript.Sheets.Schema.Spreadsheet;

export class FakeSheetsSpreadsheets
  extends FakeService
  implements Pick<FakeOf<GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection>, 'get' | 'batchUpdate'>
{
  readonly typeName = 'SpreadsheetsCollection';
  static override readonly calls: CallTable = { needsFullAuth: true };

  /** The spreadsheet's properties and sheets (no grid data), narrowed by `fields` when given. */
  get(spreadsheetId: string, optionalArgs?: { fields?: string }): ApiSpreadsheet {
    return this.request('spreadsheets.get', () => {
      const { fields, ...other } = optionalArgs ?? {};
      if (Object.keys(other).length)
        throw new Error('Emulator: spreadsheets.get ranges and grid data are not emulated');
      const ss = this.spreadsheet(spreadsheetId, false);
      const user = this.world.execution.effectiveUser;
      const whole: ApiSpreadsheet = {
        spreadsheetId,
        properties: { title: ss.name, locale: ss.locale, timeZone: ss.timeZone },
        sheets: ss.sheets.map((sheet, index) => sheetResource(ss, sheet, index, user)),
      };
      return fields ? (applyFieldMask(whole, parseFieldMask(fields)) as ApiSpreadsheet) : whole;
    });
  }

  batchUpdate(
    resource: GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest,
    spreadsheetId: string,
  ): GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse {
    return this.request('spreadsheets.batchUpdate', () => {
      const ss = this.spreadsheet(spreadsheetId, true);
      const requests = (resource?.requests ?? []) as Request[];
      if (requests.length === 0) throw new SheetsApiError(SHEETS_API_ERRORS.noRequests);
      const draft = draftOf(ss);
      const batch: Batch = { world: this.world, ss: draft, user: this.world.execution.effectiveUser };
      const replies = requests.map((request, i) => applyRequest(batch, request, i));
      commit(ss, draft);
      return { spreadsheetId, replies } as GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;
    });
  }

  private request<T>(method: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      // eslint-disable-next-line preserve-caught-error -- Apps Script surfaces only the reworded message, no cause
      if (e instanceof SheetsApiError) throw new Error(SHEETS_API_ERRORS.call(method, e.message));
      throw e;
    }
  }

  private spreadsheet(id: string, forEdit: boolean): SpreadsheetState {
    const drive = driveFiles(this.world);
    const user = this.world.execution.effectiveUser;
    const item = drive.get(id);
    const ss = spreadsheetStore(this.world).files.get(id);
    if (!ss || !item || item.mimeType !== MIME_TYPES.GOOGLE_SHEETS || item.trashed || !drive.canView(id, user))
      throw new SheetsApiError(SHEETS_API_ERRORS.notFound);
    if (forEdit && !drive.canEdit(id, user)) throw new SheetsApiError(SHEETS_API_ERRORS.permission);
    return ss;
  }
}

function applyRequest(batch: Batch, request: Request, i: number): Reply {
  const kinds = Object.keys(request ?? {});
  if (kinds.length !== 1) throw new SheetsApiError(`Invalid requests[${i}]: exactly one kind of request must be set.`);
  const [kind] = kinds;
  const apply = REQUESTS[kind];
  if (!apply) throw new Error(`Emulator: the Sheets request ${kind} is not emulated`);
  try {
    return apply(batch, (request[kind] ?? {}) as Record<string, unknown>);
  } catch (e) {
    // the API answers with the request's index and name before the reason
    if (e instanceof SheetsApiError) throw new SheetsApiError(SHEETS_API_ERRORS.invalid(i, kind, e.message));
    throw e;
  }
}

/** SheetProperties as spreadsheets.get gives them, defaults left out. */
function sheetResource(ss: SpreadsheetState, sheet: SheetState, index: number, user: string) {
  return {
    properties: {
      sheetId: sheet.sheetId,
      title: sheet.name,
      index,
      sheetType: 'GRID',
      gridProperties: {
        rowCount: sheet.maxRows,
        columnCount: sheet.maxCols,
        ...(sheet.frozenRows ? { frozenRowCount: sheet.frozenRows } : {}),
        ...(sheet.frozenCols ? { frozenColumnCount: sheet.frozenCols } : {}),
      },
      ...(sheet.hidden ? { hidden: true } : {}),
    },
    ...(sheet.protections.length
      ? { protectedRanges: sheet.protections.map((p) => apiProtectedRange(ss, sheet, p, user)) }
      : {}),
  };
}

/** What the requests change, copied per sheet so a refused batch leaves the spreadsheet as it was. */
function draftOf(ss: SpreadsheetState): SpreadsheetState {
  const sheets = ss.sheets.map((s) => ({
    ...s,
    protections: structuredClone(s.protections),
    columnWidths: new Map(s.columnWidths),
    hiddenColumns: new Set(s.hiddenColumns),
    hiddenRows: new Set(s.hiddenRows),
  }));
  // the draft reads the file's name, owner and editors through the spreadsheet (they live in Drive)
  return Object.create(ss, { sheets: { value: sheets } }) as SpreadsheetState;
}

function commit(ss: SpreadsheetState, draft: SpreadsheetState): void {
  ss.sheets.forEach((sheet, i) => {
    const d = draft.sheets[i];
    sheet.protections = d.protections;
    sheet.columnWidths = d.columnWidths;
    sheet.hiddenColumns = d.hiddenColumns;
    sheet.hiddenRows = d.hiddenRows;
    sheet.frozenRows = d.frozenRows;
    sheet.frozenCols = d.frozenCols;
  });
}

/** The global `Sheets`: dependencies.enabledAdvancedServices in appsscript.json (serviceId "sheets", v4). */
export class FakeSheetsAdvanced extends Fake {
  readonly typeName = 'Sheets';
  static override readonly calls: CallTable = { cost: 'local' };
  readonly Spreadsheets: FakeSheetsSpreadsheets;

  constructor(world: World) {
    super();
    this.Spreadsheets = new FakeSheetsSpreadsheets(world);
  }
}
