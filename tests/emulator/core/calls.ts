/**
 * Every service call the script makes is recorded here. The cost class says what kind of round trip it is in real
 * Apps Script; the latency model prices each class.
 */
export type CostClass =
  | 'local' // runs inside the script engine: building a Range reference, Logger, Utilities, templates
  | 'read' // a round trip that fetches data from a document
  | 'write' // a round trip that changes a document
  | 'flush' // SpreadsheetApp.flush and other forced syncs
  | 'drive'
  | 'docs'
  | 'mail'
  | 'calendar'
  | 'properties'
  | 'lock';

export interface CallRecord {
  /** 1-based position in the whole run */
  seq: number;
  /** global service the object came from, e.g. SpreadsheetApp */
  service: string;
  /** class of the object the method was called on, e.g. Range */
  type: string;
  method: string;
  costClass: CostClass;
  /** rough size of the arguments: cells for 2-D arrays, characters for strings, 1 otherwise */
  argsSize: number;
  /**
   * cells the call moves: those of the 2-D arrays it writes, or of the grid or list it returns; 1 for a single value
   * (the latency model prices reads and writes by it)
   */
  cells?: number;
  /**
   * the spreadsheet or document the call acts on (its id), when the emulator can tell: the latency model batches
   * consecutive writes to one spreadsheet
   */
  document?: string;
  /** the execution (harness run) the call belongs to */
  execution: number;
  user: string;
}

export class CallLog {
  readonly records: CallRecord[] = [];

  add(record: Omit<CallRecord, 'seq'>): CallRecord {
    const full = { ...record, seq: this.records.length + 1 };
    this.records.push(full);
    return full;
  }

  /** Calls since a mark, e.g. `const m = log.mark(); run(); log.since(m)` */
  mark(): number {
    return this.records.length;
  }

  since(mark: number): CallRecord[] {
    return this.records.slice(mark);
  }

  count(
    filter: Partial<Pick<CallRecord, 'service' | 'type' | 'method' | 'costClass' | 'execution'>> = {},
    from = 0,
  ): number {
    return this.records.slice(from).filter((r) => matches(r, filter)).length;
  }

  clear(): void {
    this.records.length = 0;
  }
}

export function matches(record: CallRecord, filter: Partial<CallRecord>): boolean {
  return (Object.keys(filter) as (keyof CallRecord)[]).every((k) => record[k] === filter[k]);
}

export function sizeOfArgs(args: readonly unknown[]): number {
  let size = 0;
  for (const a of args) {
    if (Array.isArray(a)) size += a.reduce<number>((n, row) => n + (Array.isArray(row) ? row.length : 1), 0);
    else if (typeof a === 'string') size += a.length;
    else size += 1;
  }
  return size;
}

/** Cells in a value crossing the service boundary: a grid's cells, a list's items, otherwise one. */
export function cellsOf(value: unknown): number {
  if (!Array.isArray(value)) return 1;
  return value.reduce<number>((n, row) => n + (Array.isArray(row) ? row.length : 1), 0);
}

/** Cells a call's arguments write: the cells of its array arguments, or one. */
export function cellsWritten(args: readonly unknown[]): number {
  const arrays = args.filter((a) => Array.isArray(a));
  return arrays.length ? arrays.reduce<number>((n, a) => n + cellsOf(a), 0) : 1;
}
