import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import type { World } from '../core/world';
import type { GridRange } from './a1';
import { fakeArg } from './arguments';
import { FakeRange } from './range';

/**
 * Embedded charts, the subset the add-in uses: build with Sheet.newChart(), insertChart, getCharts, updateChart,
 * removeChart. https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder and
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart
 * - A built chart is a value: nothing changes in the sheet until insertChart / updateChart.
 * - getChartId() is null until the chart is in a spreadsheet ("or null if the chart is not in a spreadsheet").
 * - The charts live beside the sheet model (world store, keyed by spreadsheet and sheet), so the .xlsx export, which
 *   does not carry charts, is unaffected.
 * The chart type is kept as its Charts.ChartType name ('COLUMN', 'LINE' ...); the Charts service is not emulated.
 */
export interface ChartState {
  chartId: number | null;
  chartType: string;
  ranges: { sheetId: number; grid: GridRange }[];
  options: Record<string, unknown>;
  numHeaders: number;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

interface ChartData {
  world: World;
  spreadsheetId: string;
  state: ChartState;
}

function copyState(s: ChartState): ChartState {
  return {
    ...s,
    ranges: s.ranges.map((r) => ({ sheetId: r.sheetId, grid: { ...r.grid } })),
    options: { ...s.options },
    position: { ...s.position },
  };
}

function chartStore(world: World): { charts: Map<string, ChartState[]>; nextId: number } {
  return world.store('spreadsheet-charts', () => ({ charts: new Map<string, ChartState[]>(), nextId: 1 }));
}

/** The charts inserted on a sheet, in insertion order (test-side look-up too). */
export function chartsOf(world: World, spreadsheetId: string, sheetId: number): ChartState[] {
  const store = chartStore(world);
  const key = `${spreadsheetId}/${sheetId}`;
  if (!store.charts.has(key)) store.charts.set(key, []);
  return store.charts.get(key) as ChartState[];
}

function rangesOf(d: ChartData): FakeRange[] {
  return d.state.ranges.map((r) => new FakeRange(d.world, d.spreadsheetId, r.sheetId, r.grid));
}

export class FakeEmbeddedChart extends Fake implements FakeOf<GoogleAppsScript.Spreadsheet.EmbeddedChart> {
  readonly typeName = 'EmbeddedChart';
  static override readonly calls: CallTable = { cost: 'local' };
  readonly #data: ChartData;

  constructor(data: ChartData) {
    super();
    this.#data = data;
  }

  static dataOf(chart: FakeEmbeddedChart): ChartData {
    return chart.#data;
  }

  getChartId(): number | null {
    return this.#data.state.chartId;
  }

  getRanges(): FakeRange[] {
    return rangesOf(this.#data);
  }

  getNumHeaders(): number {
    return this.#data.state.numHeaders;
  }

  /** The chart's builder, carrying its id so updateChart replaces it. */
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder({ ...this.#data, state: copyState(this.#data.state) });
  }
}

export class FakeEmbeddedChartBuilder
  extends Fake
  implements FakeOf<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>
{
  readonly typeName = 'EmbeddedChartBuilder';
  static override readonly calls: CallTable = { cost: 'local' };
  readonly #data: ChartData;

  constructor(data: ChartData) {
    super();
    this.#data = data;
  }

  addRange(range: GoogleAppsScript.Spreadsheet.Range): FakeEmbeddedChartBuilder {
    const fake = fakeArg(range, FakeRange, 'range');
    this.#data.state.ranges.push({ sheetId: FakeRange.locationOf(fake).sheetId, grid: FakeRange.gridOf(fake) });
    return this;
  }

  removeRange(range: GoogleAppsScript.Spreadsheet.Range): FakeEmbeddedChartBuilder {
    const g = FakeRange.gridOf(fakeArg(range, FakeRange, 'range'));
    this.#data.state.ranges = this.#data.state.ranges.filter((r) => JSON.stringify(r.grid) !== JSON.stringify(g));
    return this;
  }

  clearRanges(): FakeEmbeddedChartBuilder {
    this.#data.state.ranges = [];
    return this;
  }

  getRanges(): FakeRange[] {
    return rangesOf(this.#data);
  }

  #as(type: string): FakeEmbeddedChartBuilder {
    this.#data.state.chartType = type;
    return this;
  }

  asColumnChart(): FakeEmbeddedChartBuilder {
    return this.#as('COLUMN');
  }

  asBarChart(): FakeEmbeddedChartBuilder {
    return this.#as('BAR');
  }

  asLineChart(): FakeEmbeddedChartBuilder {
    return this.#as('LINE');
  }

  asPieChart(): FakeEmbeddedChartBuilder {
    return this.#as('PIE');
  }

  /** Accepts a Charts.ChartType value or its name. */
  setChartType(type: GoogleAppsScript.Charts.ChartType): FakeEmbeddedChartBuilder {
    return this.#as(String(type));
  }

  /** The type's name ('COLUMN' ...), standing in for the Charts.ChartType value. */
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return this.#data.state.chartType as unknown as GoogleAppsScript.Charts.ChartType;
  }

  setOption(option: string, value: unknown): FakeEmbeddedChartBuilder {
    this.#data.state.options[option] = value;
    return this;
  }

  setNumHeaders(headers: number): FakeEmbeddedChartBuilder {
    this.#data.state.numHeaders = headers;
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): FakeEmbeddedChartBuilder {
    this.#data.state.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  build(): FakeEmbeddedChart {
    return new FakeEmbeddedChart({ ...this.#data, state: copyState(this.#data.state) });
  }
}

/** Where a sheet's charts live: FakeSheet passes its own place to the chart methods below. */
export interface SheetPlace {
  world: World;
  spreadsheetId: string;
  sheetId: number;
}

function chartArg(place: SheetPlace, chart: unknown): ChartData & { list: ChartState[] } {
  const data = FakeEmbeddedChart.dataOf(fakeArg(chart, FakeEmbeddedChart, 'chart'));
  return { ...data, list: chartsOf(place.world, place.spreadsheetId, place.sheetId) };
}

function indexOfChart(list: ChartState[], state: ChartState): number {
  return list.findIndex((c) => c.chartId !== null && c.chartId === state.chartId);
}

/** The chart methods of Sheet (newChart builds locally; getCharts reads; the others write), for FakeSheet. */
export const sheetCharts = {
  newChart({ world, spreadsheetId }: SheetPlace): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder({
      world,
      spreadsheetId,
      state: {
        chartId: null,
        chartType: 'COLUMN',
        ranges: [],
        options: {},
        numHeaders: -1,
        position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      },
    });
  },

  insertChart(place: SheetPlace, chart: unknown): void {
    const { world, state, list } = chartArg(place, chart);
    list.push({ ...copyState(state), chartId: chartStore(world).nextId++ });
  },

  getCharts({ world, spreadsheetId, sheetId }: SheetPlace): FakeEmbeddedChart[] {
    return chartsOf(world, spreadsheetId, sheetId).map(
      (state) => new FakeEmbeddedChart({ world, spreadsheetId, state: copyState(state) }),
    );
  },

  updateChart(place: SheetPlace, chart: unknown): void {
    const { state, list } = chartArg(place, chart);
    const i = indexOfChart(list, state);
    if (i < 0) throw new Error('Invalid argument: chart');
    list[i] = copyState(state);
  },

  removeChart(place: SheetPlace, chart: unknown): void {
    const { state, list } = chartArg(place, chart);
    const i = indexOfChart(list, state);
    if (i >= 0) list.splice(i, 1);
  },
};
