import type { World } from '../core/world';
import type { SheetState, SpreadsheetState } from './model';
import { newProtection, canEditProtection } from './protection-rules';
import {
  apiProtectedRange,
  editorsOf,
  gridOf,
  gridSheet,
  isWholeSheet,
  SHEETS_API_ERRORS,
  SheetsApiError,
  type ApiProtectedRange,
} from './sheets-api-model';

/**
 * The Sheets API requests the emulator applies, each as the reference describes it, on a draft of the spreadsheet's
 * sheets (sheets-advanced.ts commits the draft only when every request of the batch applied).
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request
 *
 * Update requests need a field mask: "fields: The fields that should be updated. At least one field must be
 * specified. The root ... is implied and should not be specified. A single "*" can be used as short-hand for listing
 * every field." A field listed but absent from the request is reset to its default.
 */
type Body = Record<string, unknown>;
export type Reply = Record<string, unknown>;

export interface Batch {
  world: World;
  ss: SpreadsheetState;
  user: string;
}

/** Field paths of a mask ("gridProperties.frozenRowCount,title"), each one `known`; '*' is every known path. */
function fieldsOf(fields: unknown, known: readonly string[]): Set<string> {
  const names = typeof fields === 'string' ? fields.split(',').map((f) => f.trim()) : [];
  const listed = names.filter(Boolean);
  if (listed.length === 0) throw new SheetsApiError(SHEETS_API_ERRORS.fieldsRequired);
  if (listed.includes('*')) return new Set(known);
  const other = listed.find((n) => !known.includes(n));
  if (other) throw new Error(`Emulator: the field ${other} is not emulated`);
  return new Set(listed);
}

function protectionById(ss: SpreadsheetState, id: unknown) {
  for (const sheet of ss.sheets) {
    const p = sheet.protections.find((x) => x.id === id);
    if (p) return { sheet, p };
  }
  throw new SheetsApiError(SHEETS_API_ERRORS.noProtectedRange(id));
}

function changeable(batch: Batch, id: unknown) {
  const found = protectionById(batch.ss, id);
  if (!canEditProtection(batch.ss, found.p, batch.user)) throw new SheetsApiError(SHEETS_API_ERRORS.permission);
  return found;
}

const PROTECTED_RANGE_FIELDS = ['description', 'warningOnly', 'editors', 'unprotectedRanges', 'range'] as const;

/**
 * The protection's fields the mask names, from `source` (absent: the default). A new protection whose editors are
 * not given is editable by the person who added it (and the owner, who always can): an estimate of the Sheets UI's
 * "Only you", the reference does not say.
 */
function setProtectionFields(sheet: SheetState, p: SheetState['protections'][number], source: ApiProtectedRange) {
  return (field: (typeof PROTECTED_RANGE_FIELDS)[number]) => {
    if (field === 'description') p.description = source.description ?? '';
    if (field === 'warningOnly') p.warningOnly = source.warningOnly === true;
    if (field === 'editors') p.editors = editorsOf(source.editors);
    if (field === 'unprotectedRanges') p.unprotected = (source.unprotectedRanges ?? []).map((r) => gridOf(sheet, r));
    if (field === 'range' && source.range) {
      if (isWholeSheet(source.range) !== (p.type === 'SHEET'))
        throw new Error('Emulator: turning a range protection into a sheet protection is not emulated');
      if (p.type === 'RANGE') p.range = gridOf(sheet, source.range);
    }
  };
}

function addProtectedRange(batch: Batch, body: Body): Reply {
  const source = (body.protectedRange ?? {}) as ApiProtectedRange;
  if (source.protectedRangeId !== undefined || source.namedRangeId !== undefined)
    throw new Error('Emulator: addProtectedRange with an id or a named range is not emulated');
  const range = source.range ?? {};
  const sheet = gridSheet(batch.ss, range.sheetId);
  const whole = isWholeSheet(range);
  if (whole && sheet.protections.some((p) => p.type === 'SHEET'))
    throw new SheetsApiError(SHEETS_API_ERRORS.sheetProtected(sheet.name));
  const p = newProtection(batch.world, whole ? 'SHEET' : 'RANGE', gridOf(sheet, range));
  const set = setProtectionFields(sheet, p, {
    ...source,
    editors: source.editors ?? { users: batch.user === batch.ss.owner ? [] : [batch.user] },
  });
  PROTECTED_RANGE_FIELDS.filter((f) => f !== 'range').forEach(set);
  sheet.protections.push(p);
  return { addProtectedRange: { protectedRange: apiProtectedRange(batch.ss, sheet, p, batch.user) } };
}

function updateProtectedRange(batch: Batch, body: Body): Reply {
  const source = (body.protectedRange ?? {}) as ApiProtectedRange;
  const fields = fieldsOf(body.fields, PROTECTED_RANGE_FIELDS);
  const { sheet, p } = changeable(batch, source.protectedRangeId);
  [...fields].forEach(setProtectionFields(sheet, p, source) as (f: string) => void);
  return {};
}

function deleteProtectedRange(batch: Batch, body: Body): Reply {
  const { sheet, p } = changeable(batch, body.protectedRangeId);
  sheet.protections = sheet.protections.filter((x) => x !== p);
  return {};
}

/** DimensionProperties: pixelSize (columns: what Sheet.setColumnWidth sets) and hiddenByUser. */
function updateDimensionProperties(batch: Batch, body: Body): Reply {
  if (body.dataSourceSheetRange) throw new Error('Emulator: data source sheets are not emulated');
  const fields = fieldsOf(body.fields, ['pixelSize', 'hiddenByUser']);
  const range = (body.range ?? {}) as GoogleAppsScript.Sheets.Schema.DimensionRange;
  const sheet = gridSheet(batch.ss, range.sheetId);
  const columns = range.dimension === 'COLUMNS';
  if (!columns && range.dimension !== 'ROWS') throw new SheetsApiError('range.dimension must be ROWS or COLUMNS.');
  const size = columns ? sheet.maxCols : sheet.maxRows;
  const start = range.startIndex ?? 0;
  const end = range.endIndex ?? size;
  if (!(start >= 0 && start < end && end <= size))
    throw new SheetsApiError(`The range [${start}, ${end}) is outside the sheet's ${size} ${range.dimension}.`);
  const properties = (body.properties ?? {}) as GoogleAppsScript.Sheets.Schema.DimensionProperties;
  if (fields.has('pixelSize') && !columns) throw new Error('Emulator: row heights are not emulated');
  const hidden = columns ? sheet.hiddenColumns : sheet.hiddenRows;
  for (let i = start + 1; i <= end; i++) {
    if (fields.has('pixelSize')) sheet.columnWidths.set(i, properties.pixelSize ?? 0);
    if (fields.has('hiddenByUser') && properties.hiddenByUser) hidden.add(i);
    else if (fields.has('hiddenByUser')) hidden.delete(i);
  }
  return {};
}

/** SheetProperties.gridProperties: the frozen rows and columns (what Sheet.setFrozenRows / setFrozenColumns set). */
function updateSheetProperties(batch: Batch, body: Body): Reply {
  const fields = fieldsOf(body.fields, ['gridProperties.frozenRowCount', 'gridProperties.frozenColumnCount']);
  const properties = (body.properties ?? {}) as GoogleAppsScript.Sheets.Schema.SheetProperties;
  const sheet = gridSheet(batch.ss, properties.sheetId);
  const grid = properties.gridProperties ?? {};
  const rows = grid.frozenRowCount ?? 0;
  const cols = grid.frozenColumnCount ?? 0;
  if (fields.has('gridProperties.frozenRowCount')) {
    if (rows < 0 || rows >= sheet.maxRows) throw new SheetsApiError('frozenRowCount must be less than the rows.');
    sheet.frozenRows = rows;
  }
  if (fields.has('gridProperties.frozenColumnCount')) {
    if (cols < 0 || cols >= sheet.maxCols) throw new SheetsApiError('frozenColumnCount must be less than the columns.');
    sheet.frozenCols = cols;
  }
  return {};
}

export const REQUESTS: Readonly<Record<string, (batch: Batch, body: Body) => Reply>> = {
  addProtectedRange,
  updateProtectedRange,
  deleteProtectedRange,
  updateDimensionProperties,
  updateSheetProperties,
};
