import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import type { World } from '../core/world';
import { a1Of, columnLetters, type GridRange } from './a1';
import { chartsOf, type ChartState } from './chart';
import { chartNote } from './chart-note';
import { withSheetsDefaultFont } from './default-font';
import { CHART_SIZE, chartSvg } from './chart-svg';
import { defaultDateTimeFormat, DEFAULT_NUMBER_FORMAT, displayValue } from './display';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_FONT,
  SheetDate,
  spreadsheetState,
  type CellState,
  type ConditionalRuleState,
  type SheetState,
  type SpreadsheetState,
  type ValidationState,
} from './model';
import { coveredBy, printSetupOf } from './print-setup';

/**
 * Saves an emulated spreadsheet as a real .xlsx (exceljs) so a person can open what a run produced in any office suite
 * or import it into Google Sheets. Carried over: values (dates as dates, in the spreadsheet's wall-clock time;
 * booleans as booleans shown TRUE / FALSE), formulas (without a cached result: the emulator does not calculate),
 * number formats, frozen rows/columns, column widths, hidden columns and rows, tab colours, hidden tabs, backgrounds,
 * every cell's font (family and size, Sheets' Arial 10 where none was set, bold, colour; Arial 10 is also the Normal
 * style's font: default-font.ts), wrap, alignment, notes, merges, data validation (lists, checkboxes as a TRUE/FALSE
 * list, number rules), conditional formats (number, text and formula rules), sheet protection (with its unprotected
 * ranges unlocked) and print settings (print-setup.ts). Range protections have no xlsx equivalent without locking the
 * whole sheet, so they are not exported. exceljs cannot write a chart: an embedded chart becomes a picture of it
 * (chart-svg.ts) when the caller can draw one, else a note in the cell at its top-left corner (chart-note.ts).
 */

export interface ExportOptions {
  /** draws an SVG as a PNG of the given size (e.g. in Chromium); null when it cannot */
  renderChart?: (svg: string, size: { width: number; height: number }) => Promise<Buffer | null>;
}

/** Sheets column widths are pixels; Excel's are characters of about 7 px. */
const PIXELS_PER_CHARACTER = 7;

/**
 * A boolean's number format. Excel and Sheets show a boolean as TRUE / FALSE whatever its format, but LibreOffice keeps
 * booleans as numbers and shows 1 / 0 under a number or text format; this format shows them as words everywhere.
 */
const BOOLEAN_FORMAT = '"TRUE";"TRUE";"FALSE"';

function argb(color: string): string {
  const hex = color.replace('#', '');
  return `FF${(hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex).toUpperCase()}`;
}

function cellValue(cell: CellState): ExcelJS.CellValue {
  if (cell.formula !== undefined)
    return { formula: cell.formula.slice(1), date1904: false } as ExcelJS.CellFormulaValue;
  const v = cell.value;
  if (v === undefined) return null;
  return v instanceof SheetDate ? new Date(v.wallMs) : v;
}

const NUMBER_OPERATORS: Record<string, ExcelJS.DataValidationOperator> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};

function listFormula(items: unknown[]): string {
  return `"${items.map((x) => String(x).replace(/"/g, '""')).join(',')}"`;
}

function validationOf(rule: ValidationState): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: !rule.allowInvalid,
    ...(rule.helpText ? { showInputMessage: true, prompt: rule.helpText, error: rule.helpText } : {}),
  };
  if (rule.criteria === 'VALUE_IN_LIST')
    return { ...common, type: 'list', formulae: [listFormula(rule.values[0] as unknown[])] };
  if (rule.criteria === 'CHECKBOX') {
    const marks = rule.values.length === 0 ? ['TRUE', 'FALSE'] : rule.values;
    return { ...common, type: 'list', formulae: [listFormula(marks)] };
  }
  const operator = NUMBER_OPERATORS[rule.criteria];
  if (operator) return { ...common, type: 'decimal', operator, formulae: rule.values.map(Number) };
  if (rule.criteria === 'CUSTOM_FORMULA')
    return { ...common, type: 'custom', formulae: [String(rule.values[0]).replace(/^=/, '')] };
  return null;
}

function conditionalRuleOf(
  rule: ConditionalRuleState,
  topLeft: string,
  priority: number,
): ExcelJS.ConditionalFormattingRule | null {
  const style: Partial<ExcelJS.Style> = {
    ...(rule.background
      ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.background) } } }
      : {}),
    ...(rule.fontColor || rule.bold
      ? {
          font: {
            ...(rule.fontColor ? { color: { argb: argb(rule.fontColor) } } : {}),
            ...(rule.bold ? { bold: true } : {}),
          },
        }
      : {}),
  };
  const operator = NUMBER_OPERATORS[rule.criteria];
  if (operator) {
    return {
      type: 'cellIs',
      operator: operator as ExcelJS.CellIsOperators,
      formulae: rule.values.map(Number),
      style,
      priority,
    };
  }
  switch (rule.criteria) {
    case 'TEXT_EQUAL_TO':
      return { type: 'cellIs', operator: 'equal', formulae: [listFormula([rule.values[0]])], style, priority };
    case 'CUSTOM_FORMULA':
      return { type: 'expression', formulae: [String(rule.values[0]).replace(/^=/, '')], style, priority };
    case 'CELL_EMPTY':
      return { type: 'expression', formulae: [`LEN(TRIM(${topLeft}))=0`], style, priority };
    case 'CELL_NOT_EMPTY':
      return { type: 'expression', formulae: [`LEN(TRIM(${topLeft}))>0`], style, priority };
    default:
      return null;
  }
}

function numberFormatOf(cell: CellState, ss: SpreadsheetState): string | undefined {
  if (typeof cell.value === 'boolean' && cell.formula === undefined) return BOOLEAN_FORMAT;
  return cell.numberFormat ?? (cell.value instanceof SheetDate ? defaultDateTimeFormat(ss.locale) : undefined);
}

function writeCell(target: ExcelJS.Cell, cell: CellState, ss: SpreadsheetState): void {
  target.value = cellValue(cell);
  const numFmt = numberFormatOf(cell, ss);
  if (numFmt && numFmt !== DEFAULT_NUMBER_FORMAT) target.numFmt = numFmt;
  if (cell.background) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(cell.background) } };
  target.font = {
    name: cell.fontFamily ?? DEFAULT_FONT.family,
    size: cell.fontSize ?? DEFAULT_FONT.size,
    ...(cell.fontWeight === 'bold' ? { bold: true } : {}),
    ...(cell.fontColor ? { color: { argb: argb(cell.fontColor) } } : {}),
  };
  // "general-left" (set as "normal") is Excel's general alignment, as "general" is
  const horizontal = cell.horizontalAlignment === 'general-left' ? undefined : cell.horizontalAlignment;
  if (cell.wrap || horizontal || cell.verticalAlignment) {
    target.alignment = {
      ...(cell.wrap ? { wrapText: true } : {}),
      ...(horizontal ? { horizontal: horizontal as ExcelJS.Alignment['horizontal'] } : {}),
      ...(cell.verticalAlignment ? { vertical: cell.verticalAlignment as ExcelJS.Alignment['vertical'] } : {}),
    };
  }
  if (cell.note) target.note = cell.note;
  const validation = cell.validation && validationOf(cell.validation);
  if (validation) target.dataValidation = validation;
}

const POINTS_PER_LINE = 15;

/**
 * Sheets grows a row to fit its wrapped text; an .xlsx opened elsewhere keeps the default height unless told, so the
 * export estimates the lines each wrapped cell needs from its column width and sets the row's height to fit.
 */
function fitWrappedRows(ws: ExcelJS.Worksheet, sheet: SheetState, ss: SpreadsheetState): void {
  sheet.rows.forEach((line, r) => {
    let lines = 1;
    line?.forEach((cell, c) => {
      if (!cell?.wrap) return;
      const perLine = Math.max(
        1,
        Math.floor((sheet.columnWidths.get(c + 1) ?? DEFAULT_COLUMN_WIDTH) / PIXELS_PER_CHARACTER),
      );
      const text = displayValue(cell.value, cell.numberFormat, ss.locale);
      const needed = text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
      lines = Math.max(lines, needed);
    });
    if (lines > 1) ws.getRow(r + 1).height = lines * POINTS_PER_LINE;
  });
}

function eachCell(g: GridRange, fn: (row: number, col: number) => void): void {
  for (let r = g.row; r < g.row + g.numRows; r++) for (let c = g.col; c < g.col + g.numCols; c++) fn(r, c);
}

interface DrawnChart {
  chart: ChartState;
  /** null when the caller cannot draw it */
  png: Buffer | null;
}

function drawCharts(place: SheetPlace, options: ExportOptions): Promise<DrawnChart[]> {
  return Promise.all(
    chartsOf(place.world, place.ss.id, place.sheet.sheetId).map(async (chart) => ({
      chart,
      png: options.renderChart ? await options.renderChart(chartSvg(chart, place.sheet), CHART_SIZE) : null,
    })),
  );
}

/**
 * Each chart as its picture at its place, starting a printed page, or, without a picture, a note in the cell at its
 * top-left corner.
 */
function placeCharts(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, drawn: readonly DrawnChart[]): void {
  for (const { chart, png } of drawn) {
    const { row, column } = chart.position;
    if (png) {
      const image = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
      ws.addImage(image, { tl: { col: column - 1, row: row - 1 }, ext: CHART_SIZE });
      // printed on a page of its own rather than cut by the page break that happens to fall across it
      if (row > 1) ws.getRow(row - 1).addPageBreak();
      continue;
    }
    const cell = ws.getCell(row, column);
    if (cell.value !== null) {
      cell.note = chartNote(chart);
      continue;
    }
    cell.value = chartNote(chart);
    cell.font = { name: DEFAULT_FONT.family, size: DEFAULT_FONT.size, italic: true, color: { argb: 'FF666666' } };
  }
}

interface SheetPlace {
  world: World;
  ss: SpreadsheetState;
  sheet: SheetState;
}

async function writeSheet(wb: ExcelJS.Workbook, place: SheetPlace, options: ExportOptions): Promise<void> {
  const { ss, sheet } = place;
  const drawn = await drawCharts(place, options);
  const pictures = drawn.flatMap((d) => (d.png ? [coveredBy(sheet, d.chart.position, CHART_SIZE)] : []));
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    views:
      sheet.frozenRows || sheet.frozenCols
        ? [{ state: 'frozen', xSplit: sheet.frozenCols, ySplit: sheet.frozenRows }]
        : [],
    pageSetup: printSetupOf(sheet, pictures),
  });
  for (const [col, px] of sheet.columnWidths) ws.getColumn(col).width = px / PIXELS_PER_CHARACTER;
  for (const col of sheet.hiddenColumns) ws.getColumn(col).hidden = true;
  for (const row of sheet.hiddenRows) ws.getRow(row).hidden = true;
  sheet.rows.forEach((line, r) =>
    line?.forEach((cell, c) => {
      if (cell) writeCell(ws.getCell(r + 1, c + 1), cell, ss);
    }),
  );
  fitWrappedRows(ws, sheet, ss);
  placeCharts(wb, ws, drawn);
  for (const m of sheet.merges) ws.mergeCells(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);
  let priority = 1;
  for (const rule of sheet.conditionalRules) {
    const first = rule.ranges[0];
    const converted = first && conditionalRuleOf(rule, `${columnLetters(first.col)}${first.row}`, priority++);
    if (converted) ws.addConditionalFormatting({ ref: rule.ranges.map(a1Of).join(' '), rules: [converted] });
  }
  const sheetProtection = sheet.protections.find((p) => p.type === 'SHEET' && !p.warningOnly);
  if (sheetProtection) {
    for (const g of sheetProtection.unprotected)
      eachCell(g, (r, c) => (ws.getCell(r, c).protection = { locked: false }));
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  }
}

export function spreadsheetToWorkbook(
  world: World,
  spreadsheetId: string,
  options: ExportOptions = {},
): Promise<ExcelJS.Workbook> {
  const ss = spreadsheetState(world, spreadsheetId);
  const wb = new ExcelJS.Workbook();
  wb.title = ss.name;
  return ss.sheets
    .reduce((done, sheet) => done.then(() => writeSheet(wb, { world, ss, sheet }, options)), Promise.resolve())
    .then(() => wb);
}

export async function exportSpreadsheetToXlsx(
  world: World,
  spreadsheetId: string,
  filePath: string,
  options: ExportOptions = {},
): Promise<void> {
  const wb = await spreadsheetToWorkbook(world, spreadsheetId, options);
  await writeFile(filePath, await withSheetsDefaultFont(Buffer.from(await wb.xlsx.writeBuffer())));
}
