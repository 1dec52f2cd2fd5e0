import type { ChartState } from './chart';
import { cellAt, type SheetState } from './model';

/**
 * A column chart of the emulator as an SVG picture in Sheets' look (600 × 371 px, Arial, Sheets' series colours,
 * title on top, legend on the right, axis titles), so the .xlsx export can show it where exceljs cannot write a chart.
 * The ranges' columns in order (a range of several columns gives several): the first the categories, each further
 * one a series; the first `numHeaders` rows are the names.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 */
export const CHART_SIZE = { width: 600, height: 371 } as const;

/** Sheets' default series colours, in order: a chart of six periods does not paint two of them alike. */
const COLOURS = [
  '#4285f4',
  '#db4437',
  '#f4b400',
  '#0f9d58',
  '#ab47bc',
  '#00acc1',
  '#ff7043',
  '#9e9d24',
  '#5c6bc0',
  '#f06292',
];
/** Arial 11 px averages about 6 px a character. */
const CHARACTER_PX = 6;
const PLOT = { left: 70, top: 50, right: 450, bottom: 300 };

function columns(sheet: SheetState, chart: ChartState): { name: string; values: unknown[] }[] {
  return chart.ranges.flatMap(({ grid }) =>
    Array.from({ length: grid.numCols }, (_, c) => {
      const cells = Array.from({ length: grid.numRows }, (_, r) => cellAt(sheet, grid.row + r, grid.col + c)?.value);
      return { name: String(cells[0] ?? ''), values: cells.slice(chart.numHeaders) };
    }),
  );
}

function escape(text: unknown): string {
  return String(text ?? '').replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The value axis' gridlines: a round step (1, 2 or 5 times a power of ten) giving about four, from 0 past `max`. */
function gridlines(max: number): number[] {
  const rough = Math.max(max, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) as number;
  const count = Math.max(1, Math.ceil(max / step));
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

/** A label cut with an ellipsis to the width it has, as Sheets shortens axis and legend labels that do not fit. */
function fitted(label: unknown, width: number): string {
  const whole = String(label ?? '');
  const room = Math.max(1, Math.floor(width / CHARACTER_PX));
  return whole.length <= room ? whole : `${whole.slice(0, Math.max(1, room - 1)).trimEnd()}…`;
}

function text(x: number, y: number, content: unknown, extra = ''): string {
  return `<text x="${x}" y="${y}" ${extra}>${escape(content)}</text>`;
}

export function chartSvg(chart: ChartState, sheet: SheetState): string {
  const [{ values: categories }, ...series] = columns(sheet, chart);
  const numbers = series.map((s) => s.values.map((v) => (typeof v === 'number' ? v : 0)));
  const ticks = gridlines(Math.max(0, ...numbers.flat()));
  const top = ticks[ticks.length - 1];
  const y = (v: number) => PLOT.bottom - ((PLOT.bottom - PLOT.top) * v) / top;
  const slot = (PLOT.right - PLOT.left) / Math.max(1, categories.length);
  const bar = (slot * 0.7) / Math.max(1, series.length);
  const middle = (PLOT.top + PLOT.bottom) / 2;
  const parts = [
    text(CHART_SIZE.width / 2, 28, chart.options.title, 'text-anchor="middle" font-size="16"'),
    ...ticks.map(
      (t) =>
        `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y(t)}" y2="${y(t)}" stroke="#ccc"/>` +
        text(PLOT.left - 6, y(t) + 4, t, 'text-anchor="end"'),
    ),
    ...numbers.flatMap((values, s) =>
      values.map(
        (v, c) =>
          `<rect x="${PLOT.left + c * slot + slot * 0.15 + s * bar}" y="${y(v)}" width="${bar}" ` +
          `height="${PLOT.bottom - y(v)}" fill="${COLOURS[s % COLOURS.length]}"/>`,
      ),
    ),
    ...categories.map((c, i) =>
      text(PLOT.left + (i + 0.5) * slot, PLOT.bottom + 16, fitted(c, slot - 4), 'text-anchor="middle"'),
    ),
    text((PLOT.left + PLOT.right) / 2, PLOT.bottom + 40, chart.options['hAxis.title'], 'text-anchor="middle"'),
    text(18, middle, chart.options['vAxis.title'], `text-anchor="middle" transform="rotate(-90 18 ${middle})"`),
    ...series.map(
      (s, i) =>
        `<rect x="${PLOT.right + 20}" y="${PLOT.top + i * 22}" width="12" height="12" fill="${COLOURS[i % COLOURS.length]}"/>` +
        text(PLOT.right + 38, PLOT.top + i * 22 + 11, fitted(s.name, CHART_SIZE.width - PLOT.right - 42)),
    ),
  ];
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_SIZE.width}" height="${CHART_SIZE.height}" ` +
    `font-family="Arial, sans-serif" font-size="11" fill="#222"><rect width="100%" height="100%" fill="#fff"/>` +
    `${parts.join('')}</svg>`
  );
}
