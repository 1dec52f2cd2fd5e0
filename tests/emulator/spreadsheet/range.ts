import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { signatureError } from '../core/signature';
import type { World } from '../core/world';
import { a1Of, intersects, type GridRange } from './a1';
import { checkShape, fakeArg } from './arguments';
import { clearContent, numberFormatOf, scriptValueOf, writeValue } from './cells';
import { FakeDataValidation } from './data-validation';
import { DEFAULT_NUMBER_FORMAT, displayValue } from './display';
import { SHEET_ERRORS } from './errors';
import { checkCellInputs } from './limits';
import { shiftFormula } from './formula-shift';
import { linked, type ProtectionFake, type SheetFake } from './links';
import {
  cellAt,
  DEFAULT_FONT,
  FORMAT_KEYS,
  hasContent,
  sheetById,
  spreadsheetState,
  type CellState,
  type SheetState,
  type SpreadsheetState,
  type ValidationState,
} from './model';
import { assertCanEdit, newProtection } from './protection-rules';

/**
 * A rectangle of cells: https://developers.google.com/apps-script/reference/spreadsheet/range
 * Rows and columns are 1-based, the arrays it reads and writes 0-based. A Range is a lazy reference (building one,
 * getRow, getA1Notation, offset ... cost no round trip: 'local'); reading cells is a 'read', changing them a 'write'.
 * Writes check sheet protections for the user the script runs as (Session.getEffectiveUser).
 */

/** A grid inside the sheet, with Apps Script's checks and messages. */
export function checkedGrid(sheet: SheetState, row: number, col: number, numRows = 1, numCols = 1): GridRange {
  if (row < 1) throw new Error(SHEET_ERRORS.startRowTooSmall);
  if (col < 1) throw new Error(SHEET_ERRORS.startColumnTooSmall);
  if (numRows < 1) throw new Error(SHEET_ERRORS.rowsAtLeastOne);
  if (numCols < 1) throw new Error(SHEET_ERRORS.columnsAtLeastOne);
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols)
    throw new Error(SHEET_ERRORS.outsideSheet);
  return { row, col, numRows, numCols };
}

const LOCAL_METHODS = [
  'getRow',
  'getRowIndex',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getLastRow',
  'getLastColumn',
  'getHeight',
  'getWidth',
  'getA1Notation',
  'getSheet',
  'getGridId',
  'getCell',
  'offset',
];

const FORMAT_DEFAULTS = {
  background: '#ffffff',
  fontWeight: 'normal',
  fontFamily: DEFAULT_FONT.family,
  fontSize: DEFAULT_FONT.size,
  fontColor: '#000000',
  // a cell never formatted reads as wrapped (its strategy is OVERFLOW all the same):
  // https://github.com/brucemcpherson/gas-fakes/blob/main/notes/oddities.md#wrap-and-wrap-strategy,
  // https://issuetracker.google.com/issues/427134600
  wrap: true,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
} as const;

/**
 * "general" is how a script resets a number format, and reads back as the default pattern:
 * https://github.com/brucemcpherson/gas-fakes/blob/main/notes/oddities.md#numberformat-default-pattern
 */
function storedNumberFormat(format: string): string {
  return typeof format === 'string' && format.toLowerCase() === 'general' ? DEFAULT_NUMBER_FORMAT : format;
}

/**
 * null resets a cell to "general"; "normal" reads back as "general-left", which looks the same
 * (https://github.com/brucemcpherson/gas-fakes/blob/main/notes/oddities.md#horizontal-alignment).
 */
function storedAlignment(alignment: HAlign): string | null {
  return alignment === 'normal' ? 'general-left' : alignment;
}

/**
 * A note as Sheets keeps it: "" removes it, a number is text ("25" through setNote, "25.0" through setNotes:
 * https://github.com/brucemcpherson/gas-fakes/blob/main/notes/oddities.md#sheets-notes,
 * https://issuetracker.google.com/issues/429373214).
 */
function storedNote(note: unknown, numberText: (n: number) => string): string | null {
  if (note === '' || note === null || note === undefined) return null;
  return typeof note === 'number' ? numberText(note) : String(note);
}

type HAlign = 'left' | 'center' | 'normal' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;

export class FakeRange extends Fake implements FakeOf<GoogleAppsScript.Spreadsheet.Range> {
  readonly typeName = 'Range';
  static override readonly calls: CallTable = { methods: { local: LOCAL_METHODS } };
  readonly #world: World;
  readonly #spreadsheetId: string;
  readonly #sheetId: number;
  readonly #g: GridRange;
  readonly #unbounded: boolean;

  /** `unbounded`: the whole sheet as a sheet protection's range gives it, which has no A1 notation. */
  constructor(world: World, spreadsheetId: string, sheetId: number, grid: GridRange, unbounded = false) {
    super();
    this.#world = world;
    this.#spreadsheetId = spreadsheetId;
    this.#sheetId = sheetId;
    this.#g = { ...grid };
    this.#unbounded = unbounded;
  }

  static gridOf(range: FakeRange): GridRange {
    return { ...range.#g };
  }

  static locationOf(range: FakeRange): { world: World; spreadsheetId: string; sheetId: number } {
    return { world: range.#world, spreadsheetId: range.#spreadsheetId, sheetId: range.#sheetId };
  }

  get #ss(): SpreadsheetState {
    return spreadsheetState(this.#world, this.#spreadsheetId);
  }

  get #sheet(): SheetState {
    return sheetById(this.#ss, this.#sheetId);
  }

  #read<T>(fn: (cell: CellState | undefined, ss: SpreadsheetState) => T): T[][] {
    const ss = this.#ss;
    const sheet = sheetById(ss, this.#sheetId);
    const { row, col, numRows, numCols } = this.#g;
    return Array.from({ length: numRows }, (_, i) =>
      Array.from({ length: numCols }, (_, j) => fn(cellAt(sheet, row + i, col + j), ss)),
    );
  }

  #first<T>(fn: (cell: CellState | undefined, ss: SpreadsheetState) => T): T {
    const ss = this.#ss;
    return fn(cellAt(sheetById(ss, this.#sheetId), this.#g.row, this.#g.col), ss);
  }

  /** Checks the running user may change every cell of the range (sheet protections). */
  #assertEditable(): { ss: SpreadsheetState; sheet: SheetState } {
    const ss = this.#ss;
    const sheet = sheetById(ss, this.#sheetId);
    assertCanEdit(ss, sheet, this.#g, this.#world.execution.effectiveUser);
    return { ss, sheet };
  }

  /** Applies a change to each cell; `existingOnly` for removals, which need not create empty cells. */
  #edit(apply: (cell: CellState, i: number, j: number, ss: SpreadsheetState) => void, existingOnly = false) {
    const { ss, sheet } = this.#assertEditable();
    const { row, col, numRows, numCols } = this.#g;
    for (let i = 0; i < numRows; i++) {
      if (existingOnly && !sheet.rows[row + i - 1]) continue;
      for (let j = 0; j < numCols; j++) {
        const cell = existingOnly ? cellAt(sheet, row + i, col + j) : cellAt(sheet, row + i, col + j, true);
        if (cell) apply(cell, i, j, ss);
      }
    }
    return this;
  }

  #editEach(data: unknown, apply: (cell: CellState, v: unknown, ss: SpreadsheetState) => void): FakeRange {
    const grid = checkShape(data, this.#g.numRows, this.#g.numCols);
    return this.#edit((cell, i, j, ss) => apply(cell, grid[i][j], ss));
  }

  /** setValues and setFormulas: the shape and every cell's size are checked before any cell changes. */
  #writeValues(data: unknown): FakeRange {
    checkCellInputs(checkShape(data, this.#g.numRows, this.#g.numCols));
    return this.#editEach(data, writeValue);
  }

  #setFormat<K extends keyof CellState>(key: K, value: CellState[K] | null | undefined) {
    const removing = value === null || value === undefined;
    return this.#edit((cell) => {
      if (removing) delete cell[key];
      else cell[key] = value;
    }, removing);
  }

  #setFormats<K extends keyof CellState>(key: K, data: unknown) {
    return this.#editEach(data, (cell, v) => {
      if (v === null || v === undefined) delete cell[key];
      else cell[key] = v as CellState[K];
    });
  }

  // --- position (local) ---

  getRow(): number {
    return this.#g.row;
  }

  getRowIndex(): number {
    return this.#g.row;
  }

  getColumn(): number {
    return this.#g.col;
  }

  getNumRows(): number {
    return this.#g.numRows;
  }

  getNumColumns(): number {
    return this.#g.numCols;
  }

  getHeight(): number {
    return this.#g.numRows;
  }

  getWidth(): number {
    return this.#g.numCols;
  }

  getLastRow(): number {
    return this.#g.row + this.#g.numRows - 1;
  }

  getLastColumn(): number {
    return this.#g.col + this.#g.numCols - 1;
  }

  getA1Notation(): string {
    return this.#unbounded ? '' : a1Of(this.#g);
  }

  getGridId(): number {
    return this.#sheetId;
  }

  getSheet(): SheetFake {
    return linked('sheet')(this.#world, this.#spreadsheetId, this.#sheet.sheetId);
  }

  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.#g.numRows || column > this.#g.numCols) {
      throw new Error('Cell reference out of range');
    }
    return this.#at({ row: this.#g.row + row - 1, col: this.#g.col + column - 1, numRows: 1, numCols: 1 });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    const g = checkedGrid(
      this.#sheet,
      this.#g.row + rowOffset,
      this.#g.col + columnOffset,
      numRows ?? this.#g.numRows,
      numColumns ?? this.#g.numCols,
    );
    return this.#at(g);
  }

  #at(g: GridRange): FakeRange {
    return new FakeRange(this.#world, this.#spreadsheetId, this.#sheetId, g);
  }

  // --- values ---

  getValues(): unknown[][] {
    return this.#read(scriptValueOf);
  }

  getValue(): unknown {
    return this.#first(scriptValueOf);
  }

  getDisplayValues(): string[][] {
    return this.#read((cell, ss) => displayValue(cell?.value, numberFormatOf(cell, ss), ss.locale));
  }

  getDisplayValue(): string {
    return this.#first((cell, ss) => displayValue(cell?.value, numberFormatOf(cell, ss), ss.locale));
  }

  setValues(values: unknown[][]): FakeRange {
    return this.#writeValues(values);
  }

  setValue(value: unknown): FakeRange {
    checkCellInputs([[value]]);
    return this.#edit((cell, _i, _j, ss) => writeValue(cell, value, ss));
  }

  isBlank(): boolean {
    return this.#read((cell) => !hasContent(cell)).every((row) => row.every(Boolean));
  }

  getFormulas(): string[][] {
    return this.#read((cell) => cell?.formula ?? '');
  }

  getFormula(): string {
    return this.#first((cell) => cell?.formula ?? '');
  }

  setFormulas(formulas: string[][]): FakeRange {
    return this.#writeValues(formulas);
  }

  /** Each cell gets the formula as if copied there from the first cell: relative references move (formula-shift.ts). */
  setFormula(formula: string): FakeRange {
    checkCellInputs([[formula]]);
    return this.#edit((cell, i, j, ss) => writeValue(cell, shiftFormula(formula, i, j), ss));
  }

  clearContent(): FakeRange {
    return this.#edit(clearContent, true);
  }

  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): FakeRange {
    const any =
      !!options && !!(options.commentsOnly || options.contentsOnly || options.formatOnly || options.validationsOnly);
    const all = !any;
    return this.#edit((cell) => {
      if (all || options?.contentsOnly) clearContent(cell);
      if (all || options?.formatOnly) for (const k of FORMAT_KEYS) delete cell[k];
      if (options?.commentsOnly) delete cell.note;
      if (options?.validationsOnly) delete cell.validation;
    }, true);
  }

  clearFormat(): FakeRange {
    return this.clear({ formatOnly: true });
  }

  // --- formats ---

  getNumberFormats(): string[][] {
    return this.#read(numberFormatOf);
  }

  getNumberFormat(): string {
    return this.#first(numberFormatOf);
  }

  setNumberFormat(numberFormat: string): FakeRange {
    return this.#setFormat('numberFormat', storedNumberFormat(numberFormat));
  }

  setNumberFormats(numberFormats: string[][]): FakeRange {
    return this.#setFormats(
      'numberFormat',
      numberFormats.map((row) => row.map(storedNumberFormat)),
    );
  }

  getBackgrounds(): string[][] {
    return this.#read((cell) => cell?.background ?? FORMAT_DEFAULTS.background);
  }

  getBackground(): string {
    return this.#first((cell) => cell?.background ?? FORMAT_DEFAULTS.background);
  }

  setBackground(color: string | null): FakeRange {
    return this.#setFormat('background', color?.toLowerCase());
  }

  setBackgrounds(color: (string | null)[][]): FakeRange {
    return this.#setFormats(
      'background',
      color.map((row) => row.map((c) => c?.toLowerCase() ?? null)),
    );
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.#read((cell) => cell?.fontWeight ?? FORMAT_DEFAULTS.fontWeight);
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.#first((cell) => cell?.fontWeight ?? FORMAT_DEFAULTS.fontWeight);
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): FakeRange {
    return this.#setFormat('fontWeight', fontWeight);
  }

  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): FakeRange {
    return this.#setFormats('fontWeight', fontWeights);
  }

  getFontColors(): string[][] {
    return this.#read((cell) => cell?.fontColor ?? FORMAT_DEFAULTS.fontColor);
  }

  getFontColor(): string {
    return this.#first((cell) => cell?.fontColor ?? FORMAT_DEFAULTS.fontColor);
  }

  setFontColor(color: string | null): FakeRange {
    return this.#setFormat('fontColor', color?.toLowerCase());
  }

  setFontColors(colors: unknown[][]): FakeRange {
    return this.#setFormats('fontColor', colors);
  }

  getFontFamily(): string {
    return this.#first((cell) => cell?.fontFamily ?? FORMAT_DEFAULTS.fontFamily);
  }

  setFontFamily(fontFamily: string | null): FakeRange {
    return this.#setFormat('fontFamily', fontFamily);
  }

  getFontSizes(): number[][] {
    return this.#read((cell) => cell?.fontSize ?? FORMAT_DEFAULTS.fontSize);
  }

  getFontSize(): number {
    return this.#first((cell) => cell?.fontSize ?? FORMAT_DEFAULTS.fontSize);
  }

  setFontSize(size: number): FakeRange {
    return this.#setFormat('fontSize', size);
  }

  setFontSizes(sizes: number[][]): FakeRange {
    return this.#setFormats('fontSize', sizes);
  }

  getWraps(): boolean[][] {
    return this.#read((cell) => cell?.wrap ?? FORMAT_DEFAULTS.wrap);
  }

  getWrap(): boolean {
    return this.#first((cell) => cell?.wrap ?? FORMAT_DEFAULTS.wrap);
  }

  setWrap(isWrapEnabled: boolean): FakeRange {
    return this.#setFormat('wrap', isWrapEnabled);
  }

  setWraps(isWrapEnabled: boolean[][]): FakeRange {
    return this.#setFormats('wrap', isWrapEnabled);
  }

  getHorizontalAlignments(): string[][] {
    return this.#read((cell) => cell?.horizontalAlignment ?? FORMAT_DEFAULTS.horizontalAlignment);
  }

  getHorizontalAlignment(): string {
    return this.#first((cell) => cell?.horizontalAlignment ?? FORMAT_DEFAULTS.horizontalAlignment);
  }

  setHorizontalAlignment(alignment: HAlign): FakeRange {
    return this.#setFormat('horizontalAlignment', storedAlignment(alignment));
  }

  setHorizontalAlignments(alignments: HAlign[][]): FakeRange {
    return this.#setFormats(
      'horizontalAlignment',
      alignments.map((row) => row.map(storedAlignment)),
    );
  }

  getVerticalAlignments(): string[][] {
    return this.#read((cell) => cell?.verticalAlignment ?? FORMAT_DEFAULTS.verticalAlignment);
  }

  getVerticalAlignment(): string {
    return this.#first((cell) => cell?.verticalAlignment ?? FORMAT_DEFAULTS.verticalAlignment);
  }

  setVerticalAlignment(alignment: VAlign): FakeRange {
    return this.#setFormat('verticalAlignment', alignment);
  }

  setVerticalAlignments(alignments: VAlign[][]): FakeRange {
    return this.#setFormats('verticalAlignment', alignments);
  }

  // --- notes ---

  getNotes(): string[][] {
    return this.#read((cell) => cell?.note ?? '');
  }

  getNote(): string {
    return this.#first((cell) => cell?.note ?? '');
  }

  /** A number becomes its text: setNote(25) reads back "25" (storedNote). */
  setNote(note: string | null): FakeRange {
    return this.#setFormat('note', storedNote(note, String));
  }

  /**
   * A value that is not a 2-D array fits no overload (gas-fakes' test run on Apps Script, "range.setNotes('foo')").
   * Numbers pass through Java's double: setNotes([[25]]) reads back "25.0" (storedNote).
   */
  setNotes(notes: (string | null)[][]): FakeRange {
    if (!Array.isArray(notes)) throw signatureError('SpreadsheetApp.Range', 'setNotes', [notes]);
    const asDouble = (n: number) => (Number.isInteger(n) ? n.toFixed(1) : String(n));
    return this.#setFormats(
      'note',
      notes.map((row) => row.map((n) => storedNote(n, asDouble))),
    );
  }

  clearNote(): FakeRange {
    return this.clear({ commentsOnly: true });
  }

  // --- data validation ---

  getDataValidations(): (FakeDataValidation | null)[][] {
    return this.#read((cell) => (cell?.validation ? new FakeDataValidation(cell.validation) : null));
  }

  getDataValidation(): FakeDataValidation | null {
    return this.#first((cell) => (cell?.validation ? new FakeDataValidation(cell.validation) : null));
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): FakeRange {
    const state = rule === null ? null : FakeDataValidation.stateOf(fakeArg(rule, FakeDataValidation, 'rule'));
    return this.#setFormat('validation', state && { ...state });
  }

  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]): FakeRange {
    const states = checkShape(rules, this.#g.numRows, this.#g.numCols).map((row) =>
      row.map((r) => (r === null ? null : { ...FakeDataValidation.stateOf(fakeArg(r, FakeDataValidation, 'rules')) })),
    );
    return this.#setFormats('validation', states);
  }

  clearDataValidations(): FakeRange {
    return this.clear({ validationsOnly: true });
  }

  /**
   * "Sets the value of all cells in the range to false" (no argument), to '' (custom checked value only) or to the
   * custom unchecked value: https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes
   */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): FakeRange {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    const rule: ValidationState = { criteria: 'CHECKBOX', values, allowInvalid: true, helpText: null };
    const initial = values.length === 0 ? false : values.length === 1 ? '' : uncheckedValue;
    return this.#edit((cell, _i, _j, ss) => {
      cell.validation = { ...rule, values: [...values] };
      writeValue(cell, initial, ss);
    });
  }

  removeCheckboxes(): FakeRange {
    return this.#edit((cell) => {
      const rule = cell.validation;
      if (rule?.criteria !== 'CHECKBOX') return;
      const marks = rule.values.length === 0 ? [true, false] : rule.values;
      if (marks.some((m) => m === cell.value)) clearContent(cell);
      delete cell.validation;
    }, true);
  }

  // --- merges ---

  merge(): FakeRange {
    const { sheet } = this.#assertEditable();
    sheet.merges = sheet.merges.filter((m) => !intersects(m, this.#g)).concat({ ...this.#g });
    return this;
  }

  breakApart(): FakeRange {
    const { sheet } = this.#assertEditable();
    sheet.merges = sheet.merges.filter((m) => !intersects(m, this.#g));
    return this;
  }

  getMergedRanges(): FakeRange[] {
    return this.#sheet.merges.filter((m) => intersects(m, this.#g)).map((m) => this.#at(m));
  }

  isPartOfMerge(): boolean {
    return this.#sheet.merges.some((m) => intersects(m, this.#g));
  }

  // --- protection ---

  /** A new range protection whose editors mirror the file's until the script changes them. */
  protect(): ProtectionFake {
    const p = newProtection(this.#world, 'RANGE', this.#g);
    this.#sheet.protections.push(p);
    return linked('protection')(this.#world, this.#spreadsheetId, this.#sheetId, p.id);
  }
}
