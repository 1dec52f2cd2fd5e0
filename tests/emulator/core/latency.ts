import type { CallRecord, CostClass } from './calls';

/**
 * Turns a recorded run into modelled seconds. The defaults are round figures from Google's "Best practices" page
 * (calls to other services are slow; batch reads and writes) and public measurements of Apps Script round trips:
 * tens of milliseconds for a spreadsheet read or write, hundreds for Drive, Docs and Mail. They are a model, kept in one
 * place so a benchmark can compare runs; they are not a promise about real wall time.
 */
const DEFAULT_COSTS_MS: Readonly<Record<CostClass, number>> = {
  local: 0,
  read: 60,
  write: 80,
  flush: 150,
  drive: 300,
  docs: 250,
  mail: 400,
  calendar: 300,
  properties: 40,
  lock: 30,
};

/** Extra cost per cell moved by a batch read/write: large ranges are not free, but far cheaper than per-cell calls. */
const DEFAULT_MS_PER_CELL = 0.02;

export class LatencyModel {
  constructor(
    readonly costs: Readonly<Record<CostClass, number>> = DEFAULT_COSTS_MS,
    readonly msPerCell = DEFAULT_MS_PER_CELL,
  ) {}

  callMs(record: CallRecord): number {
    const perCell = record.costClass === 'read' || record.costClass === 'write' ? record.argsSize * this.msPerCell : 0;
    return this.costs[record.costClass] + perCell;
  }

  seconds(records: readonly CallRecord[]): number {
    return records.reduce((ms, r) => ms + this.callMs(r), 0) / 1000;
  }

  /** Seconds per cost class, for reports. */
  breakdown(records: readonly CallRecord[]): Record<CostClass, { calls: number; seconds: number }> {
    const out = {} as Record<CostClass, { calls: number; seconds: number }>;
    for (const k of Object.keys(this.costs) as CostClass[]) out[k] = { calls: 0, seconds: 0 };
    for (const r of records) {
      out[r.costClass].calls += 1;
      out[r.costClass].seconds += this.callMs(r) / 1000;
    }
    return out;
  }
}
