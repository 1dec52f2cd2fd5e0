import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import type { World } from '../core/world';
import { parseA1, splitSheetName, type GridRange } from './a1';
import { fakeArg } from './arguments';
import { writeValue } from './cells';
import { sheetCharts, type FakeEmbeddedChart, type FakeEmbeddedChartBuilder, type SheetPlace } from './chart';
import { FakeConditionalFormatRule } from './conditional-format';
import { addMetadata, FakeDeveloperMetadata, FakeDeveloperMetadataFinder } from './developer-metadata';
import { enumName } from './enums';
import { SHEET_ERRORS } from './errors';
import { checkCellCount, checkCellInputs } from './limits';
import { lend, linked, type SpreadsheetFake } from './links';
import {
  cellAt,
  DEFAULT_COLUMN_WIDTH,
  lastColumnWithContent,
  lastRowWithContent,
  sheetById,
  sheetByName,
  spreadsheetState,
  type SheetState,
  type SpreadsheetState,
} from './model';
import { FakeProtection } from './protection';
import { assertCanEdit, newProtection } from './protection-rules';
import { checkedGrid, FakeRange } from './range';
import { FakeRangeList } from './range-list';
import { deleteRows, insertRows } from './sheet-rows';

/**
 * A sheet (tab): https://developers.google.com/apps-script/reference/spreadsheet/sheet
 * Its identity (name, id, index), building ranges and building a chart are 'local'; the rest reads or writes the
 * document. The chart methods are chart.ts's.
 */
const LOCAL_METHODS = [
  'getName',
  'getSheetName',
  'getSheetId',
  'getIndex',
  'getParent',
  'getRange',
  'getRangeList',
  'createDeveloperMetadataFinder',
  'newChart',
];

export class FakeSheet extends Fake implements FakeOf<GoogleAppsScript.Spreadsheet.Sheet> {
  readonly typeName = 'Sheet';
  static override readonly calls: CallTable = { methods: { local: LOCAL_METHODS } };
  readonly #world: World;
  readonly #spreadsheetId: string;
  readonly #sheetId: number;

  constructor(world: World, spreadsheetId: string, sheetId: number) {
    super();
    this.#world = world;
    this.#spreadsheetId = spreadsheetId;
    this.#sheetId = sheetId;
  }

  static idOf(sheet: FakeSheet): { spreadsheetId: string; sheetId: number } {
    return { spreadsheetId: sheet.#spreadsheetId, sheetId: sheet.#sheetId };
  }

  get #ss(): SpreadsheetState {
    return spreadsheetState(this.#world, this.#spreadsheetId);
  }

  get #state(): SheetState {
    return sheetById(this.#ss, this.#sheetId);
  }

  #range(g: GridRange): FakeRange {
    return new FakeRange(this.#world, this.#spreadsheetId, this.#sheetId, g);
  }

  /** Checks the running user may change the whole sheet (row operations, clearing). */
  #assertCanEditRows(row: number, numRows: number): void {
    const sheet = this.#state;
    const g = { row, col: 1, numRows: Math.max(1, numRows), numCols: sheet.maxCols };
    assertCanEdit(this.#ss, sheet, g, this.#world.execution.effectiveUser);
  }

  // --- identity ---

  getName(): string {
    return this.#state.name;
  }

  getSheetName(): string {
    return this.#state.name;
  }

  setName(name: string): FakeSheet {
    const other = sheetByName(this.#ss, name);
    if (other && other.sheetId !== this.#sheetId) throw new Error(SHEET_ERRORS.sheetExists(name));
    this.#state.name = name;
    return this;
  }

  getSheetId(): number {
    return this.#sheetId;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.#ss.sheets.findIndex((s) => s.sheetId === this.#sheetId) + 1;
  }

  getParent(): SpreadsheetFake {
    return linked('spreadsheet')(this.#world, this.#spreadsheetId);
  }

  activate(): FakeSheet {
    this.#ss.activeSheetId = this.#sheetId;
    return this;
  }

  // --- ranges ---

  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): FakeRange {
    const sheet = this.#state;
    if (typeof a === 'string') {
      const g = parseA1(splitSheetName(a).cells, sheet.maxRows, sheet.maxCols);
      return this.#range(checkedGrid(sheet, g.row, g.col, g.numRows, g.numCols));
    }
    return this.#range(checkedGrid(sheet, a, column ?? 0, numRows ?? 1, numColumns ?? 1));
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    return new FakeRangeList(a1Notations.map((a1) => this.getRange(a1)));
  }

  /** A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): FakeRange {
    const sheet = this.#state;
    return this.#range({
      row: 1,
      col: 1,
      numRows: Math.max(1, lastRowWithContent(sheet)),
      numCols: Math.max(1, lastColumnWithContent(sheet)),
    });
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    return this.getRange(startRow, startColumn, numRows, numColumns).getValues();
  }

  /** 0 on an empty sheet. */
  getLastRow(): number {
    return lastRowWithContent(this.#state);
  }

  getLastColumn(): number {
    return lastColumnWithContent(this.#state);
  }

  getMaxRows(): number {
    return this.#state.maxRows;
  }

  getMaxColumns(): number {
    return this.#state.maxCols;
  }

  // --- rows ---

  /** Appends after the last row with content, adding a row to the sheet when it is full. */
  appendRow(rowContents: unknown[]): FakeSheet {
    checkCellInputs([rowContents]);
    const sheet = this.#state;
    const ss = this.#ss;
    const row = lastRowWithContent(sheet) + 1;
    const rows = Math.max(row, sheet.maxRows);
    const cols = Math.max(rowContents.length, sheet.maxCols);
    checkCellCount(ss.sheets, rows * cols - sheet.maxRows * sheet.maxCols);
    sheet.maxRows = rows;
    sheet.maxCols = cols;
    assertCanEdit(
      ss,
      sheet,
      { row, col: 1, numRows: 1, numCols: Math.max(1, rowContents.length) },
      this.#world.execution.effectiveUser,
    );
    rowContents.forEach((v, j) => writeValue(cellAt(sheet, row, j + 1, true), v, ss));
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    checkedGrid(this.#state, beforePosition, 1);
    this.#assertCanEditRows(beforePosition, 1);
    checkCellCount(this.#ss.sheets, howMany * this.#state.maxCols);
    insertRows(this.#state, beforePosition, howMany);
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    checkedGrid(this.#state, afterPosition, 1);
    this.#assertCanEditRows(afterPosition, 1);
    checkCellCount(this.#ss.sheets, howMany * this.#state.maxCols);
    insertRows(this.#state, afterPosition + 1, howMany);
    return this;
  }

  insertRowBefore(beforePosition: number): FakeSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRowAfter(afterPosition: number): FakeSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    checkedGrid(this.#state, rowPosition, 1, howMany);
    this.#assertCanEditRows(rowPosition, howMany);
    deleteRows(this.#state, rowPosition, howMany);
  }

  deleteRow(rowPosition: number): FakeSheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  // --- clearing ---

  #whole(): FakeRange {
    const sheet = this.#state;
    return this.#range({ row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols });
  }

  clear(): FakeSheet {
    this.#whole().clear();
    return this;
  }

  clearContents(): FakeSheet {
    this.#whole().clearContent();
    return this;
  }

  clearFormats(): FakeSheet {
    this.#whole().clearFormat();
    return this;
  }

  // --- layout ---

  setFrozenRows(rows: number): void {
    this.#state.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.#state.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.#state.frozenCols = columns;
  }

  getFrozenColumns(): number {
    return this.#state.frozenCols;
  }

  setColumnWidth(columnPosition: number, width: number): FakeSheet {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    checkedGrid(this.#state, 1, startColumn, 1, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.#state.columnWidths.set(c, width);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    return this.#state.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  /**
   * hideColumns / showColumns / isColumnHiddenByUser and hideRows / showRows / isRowHiddenByUser:
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideColumns(Integer,Integer),
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#showColumns(Integer,Integer),
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#isColumnHiddenByUser(Integer),
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideRows(Integer,Integer),
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#showRows(Integer,Integer),
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#isRowHiddenByUser(Integer).
   * Hiding changes only what people see: getValues and the other reads still return the hidden cells.
   */
  hideColumns(columnIndex: number, numColumns = 1): void {
    checkedGrid(this.#state, 1, columnIndex, 1, numColumns);
    setHidden(this.#state.hiddenColumns, columnIndex, numColumns, true);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    checkedGrid(this.#state, 1, columnIndex, 1, numColumns);
    setHidden(this.#state.hiddenColumns, columnIndex, numColumns, false);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    checkedGrid(this.#state, 1, columnPosition);
    return this.#state.hiddenColumns.has(columnPosition);
  }

  hideRows(rowIndex: number, numRows = 1): void {
    checkedGrid(this.#state, rowIndex, 1, numRows);
    setHidden(this.#state.hiddenRows, rowIndex, numRows, true);
  }

  showRows(rowIndex: number, numRows = 1): void {
    checkedGrid(this.#state, rowIndex, 1, numRows);
    setHidden(this.#state.hiddenRows, rowIndex, numRows, false);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    checkedGrid(this.#state, rowPosition, 1);
    return this.#state.hiddenRows.has(rowPosition);
  }

  setTabColor(color: string | null): FakeSheet {
    this.#state.tabColor = color;
    return this;
  }

  getTabColor(): string | null {
    return this.#state.tabColor;
  }

  hideSheet(): FakeSheet {
    this.#state.hidden = true;
    return this;
  }

  showSheet(): FakeSheet {
    this.#state.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.#state.hidden;
  }

  // --- protection ---

  /** The sheet's protection; the existing one if the sheet is already protected. */
  protect(): FakeProtection {
    const sheet = this.#state;
    let p = sheet.protections.find((x) => x.type === 'SHEET');
    if (!p) {
      p = newProtection(this.#world, 'SHEET', { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols });
      sheet.protections.push(p);
    }
    return new FakeProtection(this.#world, this.#spreadsheetId, this.#sheetId, p.id);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    const wanted = enumName(type);
    return this.#state.protections
      .filter((p) => p.type === wanted)
      .map((p) => new FakeProtection(this.#world, this.#spreadsheetId, this.#sheetId, p.id));
  }

  // --- conditional formats ---

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return this.#state.conditionalRules.map(
      (state) =>
        new FakeConditionalFormatRule({
          state: { ...state, ranges: [...state.ranges], values: [...state.values] },
          world: this.#world,
          spreadsheetId: this.#spreadsheetId,
          sheetId: this.#sheetId,
        }),
    );
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    const states = rules.map((r) => {
      const data = FakeConditionalFormatRule.dataOf(fakeArg(r, FakeConditionalFormatRule, 'rules'));
      if (data.sheetId !== null && (data.sheetId !== this.#sheetId || data.spreadsheetId !== this.#spreadsheetId)) {
        throw new Error(SHEET_ERRORS.ruleOtherSheet);
      }
      return { ...data.state, ranges: [...data.state.ranges], values: [...data.state.values] };
    });
    this.#state.conditionalRules = states;
  }

  clearConditionalFormatRules(): void {
    this.#state.conditionalRules = [];
  }

  // --- developer metadata ---

  addDeveloperMetadata(key: string, second?: unknown, third?: unknown): FakeSheet {
    addMetadata(this.#world, this.#ss, [key, second, third].slice(0, arguments.length), this.#sheetId);
    return this;
  }

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return this.createDeveloperMetadataFinder().find();
  }

  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.#world, this.#spreadsheetId, this.#sheetId);
  }

  // --- charts ---

  /** The sheet, for the chart methods (checking it still exists). */
  get #place(): SheetPlace {
    return { world: this.#world, spreadsheetId: this.#spreadsheetId, sheetId: this.#state.sheetId };
  }

  newChart(): FakeEmbeddedChartBuilder {
    return sheetCharts.newChart(this.#place);
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    sheetCharts.insertChart(this.#place, chart);
  }

  getCharts(): FakeEmbeddedChart[] {
    return sheetCharts.getCharts(this.#place);
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    sheetCharts.updateChart(this.#place, chart);
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    sheetCharts.removeChart(this.#place, chart);
  }
}

function setHidden(positions: Set<number>, first: number, count: number, hidden: boolean): void {
  for (let i = first; i < first + count; i++) {
    if (hidden) positions.add(i);
    else positions.delete(i);
  }
}

lend('sheet', (world, spreadsheetId, sheetId) => new FakeSheet(world, spreadsheetId, sheetId));
