import type { CallRecord, CostClass } from './calls';

/**
 * Turns a recorded run into modelled seconds. Every figure, its source and whether it was measured by others or is an
 * estimate: docs/latensi.md. The figures are a model, kept in one place so a benchmark can compare runs; they are not a
 * promise about real wall time.
 *
 * What the model adds to the cost class a fake declares (calls.ts):
 * - write caching: consecutive writes to one spreadsheet are sent as one round trip, until a read of that
 *   spreadsheet, a flush or a call to another service commits them ("Every time you do a read, we must first empty
 *   (commit) the write cache", http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html;
 *   https://developers.google.com/apps-script/guides/support/best-practices, "Use batch operations");
 * - size: reads and writes cost per cell moved as well as per round trip;
 * - DocumentApp: a call on a body, paragraph, table or cell is a round trip of its own ('docs-element'), apart from the
 *   whole-document calls (open, create, export: 'docs') and saveAndClose ('docs-save');
 * - advanced services: a Sheets API or Docs API request ('api') costs one request, whatever it carries.
 */
export type Tarif = CostClass | 'docs-element' | 'docs-save' | 'api';

/** Round trip of each kind, in ms (docs/latensi.md § Angka). */
const DEFAULT_COSTS_MS: Readonly<Record<Tarif, number>> = {
  local: 0,
  read: 50,
  write: 50,
  flush: 50,
  drive: 300,
  docs: 400,
  'docs-element': 30,
  'docs-save': 800,
  api: 500,
  mail: 1200,
  calendar: 300,
  properties: 30,
  lock: 30,
};

/** ms per cell moved: a read, a write (committed or cached) and an advanced-service request (docs/latensi.md). */
const DEFAULT_MS_PER_CELL = { read: 0.05, write: 0.14, api: 0.25 } as const;

/** A write that joins the spreadsheet's pending batch: no round trip of its own (docs/latensi.md § Cache tulis). */
const CACHED_WRITE_MS = 0.4;

/** A PropertiesService setter waits about twice a getter (docs/latensi.md § Properties). */
const PROPERTIES_SET_MS = 62;

/** Element classes of DocumentApp whose every call is a round trip (Document itself is whole-document). */
const DOC_ELEMENTS: ReadonlySet<string> = new Set([
  'Body',
  'HeaderSection',
  'FooterSection',
  'Paragraph',
  'ListItem',
  'Table',
  'TableRow',
  'TableCell',
  'Text',
  'PageBreak',
  'HorizontalRule',
  'InlineImage',
  'RangeElement',
]);

/** The advanced services that send one REST request per call (the Drive advanced service is priced as Drive). */
const API_SERVICES: ReadonlySet<string> = new Set(['Sheets', 'Docs']);

export interface Priced {
  tarif: Tarif;
  ms: number;
  /** false: a write that joined the batch of its spreadsheet; true: a round trip of its own */
  roundTrip: boolean;
}

/**
 * Prices one run's calls in order. It keeps, per execution, the spreadsheet whose writes are pending, so a run is
 * priced with the same meter from start to end (World keeps one, and seconds() makes one per list).
 */
export class LatencyMeter {
  readonly #pending = new Map<number, string>();

  constructor(private readonly model: LatencyModel) {}

  price(record: CallRecord): Priced {
    const tarif = this.model.tarifOf(record);
    const document = record.document ?? record.service;
    const pending = this.#pending.get(record.execution);
    const spreadsheet = record.service === 'SpreadsheetApp';
    if (tarif === 'write' && spreadsheet) {
      const cells = this.model.cellsMs(record);
      if (pending === document) return { tarif, ms: CACHED_WRITE_MS + cells, roundTrip: false };
      this.#pending.set(record.execution, document);
      return { tarif, ms: this.model.costs.write + cells, roundTrip: true };
    }
    if (tarif !== 'local' && (!spreadsheet || tarif !== 'read' || pending === document)) {
      this.#pending.delete(record.execution);
    }
    return { tarif, ms: this.model.baseMs(record, tarif), roundTrip: tarif !== 'local' };
  }
}

export class LatencyModel {
  constructor(
    readonly costs: Readonly<Record<Tarif, number>> = DEFAULT_COSTS_MS,
    readonly msPerCell: Readonly<{ read: number; write: number; api: number }> = DEFAULT_MS_PER_CELL,
  ) {}

  /** What a call is priced as: its cost class, or the finer kind the model knows for Docs and advanced services. */
  tarifOf(record: CallRecord): Tarif {
    if (API_SERVICES.has(record.service)) return 'api';
    if (record.service === 'DocumentApp') {
      if (record.method === 'saveAndClose') return 'docs-save';
      if (record.costClass === 'local' && DOC_ELEMENTS.has(record.type)) return 'docs-element';
    }
    return record.costClass;
  }

  /** The part of a read's, write's or request's cost that grows with the cells it moves. */
  cellsMs(record: CallRecord, tarif: Tarif = this.tarifOf(record)): number {
    const perCell = tarif === 'read' || tarif === 'write' || tarif === 'api' ? this.msPerCell[tarif] : 0;
    return (record.cells ?? record.argsSize) * perCell;
  }

  /** A call's cost apart from write caching (LatencyMeter decides whether a write joins a pending batch). */
  baseMs(record: CallRecord, tarif: Tarif = this.tarifOf(record)): number {
    if (tarif === 'read' || tarif === 'write' || tarif === 'api')
      return this.costs[tarif] + this.cellsMs(record, tarif);
    if (tarif === 'properties' && !/^get/.test(record.method)) return PROPERTIES_SET_MS;
    return this.costs[tarif];
  }

  meter(): LatencyMeter {
    return new LatencyMeter(this);
  }

  /** Each call of a run priced in order. */
  price(records: readonly CallRecord[]): Priced[] {
    const meter = this.meter();
    return records.map((r) => meter.price(r));
  }

  seconds(records: readonly CallRecord[]): number {
    return this.price(records).reduce((ms, p) => ms + p.ms, 0) / 1000;
  }

  /** Round trips the run makes: service calls less the writes that joined a pending batch. */
  roundTrips(records: readonly CallRecord[]): number {
    return this.price(records).filter((p) => p.roundTrip).length;
  }

  /** Seconds per kind of call, for reports. */
  breakdown(records: readonly CallRecord[]): Record<Tarif, { calls: number; seconds: number }> {
    const out = {} as Record<Tarif, { calls: number; seconds: number }>;
    for (const k of Object.keys(this.costs) as Tarif[]) out[k] = { calls: 0, seconds: 0 };
    for (const p of this.price(records)) {
      out[p.tarif].calls += 1;
      out[p.tarif].seconds += p.ms / 1000;
    }
    return out;
  }
}
