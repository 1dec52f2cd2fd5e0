import { authorises, permissionDenied } from './auth-mode';
import { CallLog, cellsOf, cellsWritten, sizeOfArgs, type CallRecord, type CostClass } from './calls';
import { FakeClock } from './clock';
import { Fake, HIDDEN_MEMBERS, INTERNAL_MEMBERS } from './fake';
import { ExecutionTime, runtimeLimitMs } from './execution-time';
import { FaultInjector, InjectedFault, REAL_ERRORS } from './faults';
import { LatencyModel, type LatencyMeter } from './latency';
import { HOST_REALM, intoRealm, scriptError, type Realm } from './realm';
import { restoreGraph, snapshotGraph, type GraphSnapshot } from './snapshot';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface ExecutionOptions {
  /** email of the person running the script; '' runs anonymously */
  user?: string;
  authMode?: AuthModeName;
  /** the spreadsheet the script is bound to / the add-on runs in (SpreadsheetApp.getActive...) */
  activeSpreadsheetId?: string | null;
  /** whose authority the script runs under (Session.getEffectiveUser): the trigger owner for installable triggers */
  effectiveUser?: string;
}

export interface Execution extends Required<ExecutionOptions> {
  id: number;
  /** how long it has run and may run (execution-time.ts) */
  time: ExecutionTime;
  /** the error of an injected fault that ended the execution (FaultKind 'kills'); every later call fails with it */
  killedBy?: string;
}

/** The whole world's state at one moment (World.snapshot); opaque to tests. */
export interface WorldSnapshot {
  readonly graph: GraphSnapshot;
  readonly callCount: number;
  readonly scalars: Readonly<Record<string, unknown>>;
}

/** World fields that are plain values, put back by restore. */
const SCALAR_FIELDS = [
  'executionCount',
  'latency',
  'scriptTimeZone',
  'developerDomain',
  'defaultUser',
  'runsAsAddOn',
] as const;

/**
 * The emulated Google account world that a test runs the built Code.js against: the clock, the people, every
 * service's state (each service keeps its own under `store`), the call log, the latency model and injected faults.
 */
export class World {
  readonly clock: FakeClock;
  readonly calls = new CallLog();
  readonly faults = new FaultInjector();
  private readonly meanwhile: { when: (call: CallRecord) => boolean; act: () => void }[] = [];
  latency = new LatencyModel();
  /** the script project's time zone (appsscript.json) */
  scriptTimeZone = 'Asia/Jakarta';
  /** users whose email a Workspace policy hides from scripts run by others: getActiveUser().getEmail() is '' */
  readonly hiddenEmails = new Set<string>();
  /**
   * the Google Workspace domain of the script's developer ('contoh.go.id'), or null for a developer outside every
   * user's domain (the default: a published add-on). Its users keep their email in simple triggers (Session.ts).
   */
  developerDomain: string | null = null;
  /** the script's realm: values handed to it are converted into it (set by the harness) */
  realm: Realm = HOST_REALM;
  /** the account that owns the script deployment (Session.getEffectiveUser for add-ons is the user) */
  defaultUser = 'sakip.sekretaris@contoh.go.id';
  /** the project's HTML files by name without extension, as HtmlService knows them ('Sidebar'); the harness fills it */
  readonly scriptFiles = new Map<string, string>();
  /** the script's node:vm context (set by the harness): HtmlTemplate code runs in it and sees its globals */
  scriptContext: object | null = null;
  /** the script is an Editor add-on: add-on trigger limits apply */
  runsAsAddOn = true;

  private readonly stack: Execution[] = [];
  private executionCount = 0;
  private readonly stores = new Map<string, unknown>();
  private readonly idCounters = new Map<string, number>();
  private readonly endHooks: ((execution: Execution) => void)[] = [];
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  /** the spreadsheet or document each fake handed to the script belongs to (CallRecord.document) */
  private readonly documents = new WeakMap<object, string>();
  private metered: { model: LatencyModel; meter: LatencyMeter } | null = null;

  constructor(start?: Date | number) {
    this.clock = new FakeClock(start);
  }

  /** The running execution; outside any run (test set-up) a FULL-mode execution of the default user, without limit. */
  get execution(): Execution {
    return (
      this.stack[this.stack.length - 1] ?? {
        id: 0,
        user: this.defaultUser,
        authMode: 'FULL',
        activeSpreadsheetId: null,
        effectiveUser: this.defaultUser,
        time: new ExecutionTime(this.clock, this.clock.now(), Infinity),
      }
    );
  }

  /**
   * Runs fn as one Apps Script execution: locks it holds are released when it ends, as Apps Script does. An execution
   * that ran out of time ends with "Exceeded maximum execution time", whatever the script did with the error.
   */
  run<T>(options: ExecutionOptions, fn: () => T): T {
    const execution = this.begin(options);
    let result: T;
    try {
      result = this.within(execution, () => {
        try {
          return fn();
        } finally {
          this.end(execution);
        }
      });
    } catch (e) {
      if (!execution.time.exceeded) throw e;
    }
    if (execution.time.exceeded) throw scriptError(REAL_ERRORS.maxExecutionTime, this.realm);
    if (execution.killedBy !== undefined) throw scriptError(execution.killedBy, this.realm);
    return result!;
  }

  /**
   * Every service's state as it is now (spreadsheets, Drive files and sharing, documents, mail sent and mail quota,
   * properties, caches, triggers, locks, the clock, id counters, the call log, faults): `restore` puts the world back
   * to it, any number of times. Taken between executions.
   */
  snapshot(): WorldSnapshot {
    if (this.stack.length) throw new Error('World.snapshot: an execution is running');
    const roots = [this.stores, this.idCounters, this.clock, this.calls, this.faults, this.endHooks, this.hiddenEmails];
    const self = this as unknown as Record<string, unknown>;
    return {
      graph: snapshotGraph([...roots, this.latency], new Set<object>([this, this.calls.records, this.realm])),
      callCount: this.calls.records.length,
      scalars: Object.fromEntries(SCALAR_FIELDS.map((k) => [k, self[k]])),
    };
  }

  /** Puts the world back as it was at `snap` (see snapshot). */
  restore(snap: WorldSnapshot): void {
    if (this.stack.length) throw new Error('World.restore: an execution is running');
    restoreGraph(snap.graph);
    this.calls.records.length = snap.callCount;
    Object.assign(this, snap.scalars);
  }

  /**
   * Starts an execution without making it current, for executions that interleave (the concurrency runner): each
   * of their calls runs `within` it, and `end` closes it. `run` is begin + within + end.
   */
  begin(options: ExecutionOptions): Execution {
    const user = options.user ?? this.defaultUser;
    const authMode = options.authMode ?? 'FULL';
    return {
      id: ++this.executionCount,
      user,
      authMode,
      activeSpreadsheetId: options.activeSpreadsheetId ?? null,
      effectiveUser: options.effectiveUser ?? user,
      time: new ExecutionTime(this.clock, this.clock.now(), runtimeLimitMs(authMode)),
    };
  }

  /** Runs fn with `execution` as the current execution. */
  within<T>(execution: Execution, fn: () => T): T {
    this.stack.push(execution);
    try {
      return fn();
    } finally {
      this.stack.pop();
    }
  }

  /** Ends an execution: the end hooks run (locks released ...). */
  end(execution: Execution): void {
    for (const hook of this.endHooks) hook(execution);
  }

  /** Services use this to clean up after an execution (release locks, close documents). */
  onExecutionEnd(hook: (execution: Execution) => void): void {
    this.endHooks.push(hook);
  }

  /** A service's own state, created on first use. */
  store<T>(key: string, init: () => T): T {
    if (!this.stores.has(key)) this.stores.set(key, init());
    return this.stores.get(key) as T;
  }

  /** Deterministic ids: "ss-1", "ss-2" ... Real ids are opaque strings too; nothing may parse them. */
  newId(prefix: string): string {
    const n = (this.idCounters.get(prefix) ?? 0) + 1;
    this.idCounters.set(prefix, n);
    return `${prefix}-${n.toString(36).padStart(4, '0')}`;
  }

  /**
   * Hands a fake to the script: every method call through the returned proxy is recorded, is refused when the
   * execution's AuthMode does not authorise it (auth-mode.ts) or its time has run out (execution-time.ts), may be
   * failed by an injected fault, and its arguments and result cross the realm boundary. The emulator's own members
   * (HIDDEN_MEMBERS: a service's world) read as undefined.
   */
  expose<T extends object>(service: string, target: T): T {
    const known = this.proxies.get(target);
    if (known) return known as T;
    const methods = new Map<PropertyKey, unknown>();
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop === 'string' && HIDDEN_MEMBERS.has(prop)) return undefined;
        const value = Reflect.get(t, prop, t) as unknown;
        if (typeof prop !== 'string' || typeof value !== 'function') return this.toScript(service, value);
        if (INTERNAL_MEMBERS.has(prop)) return value.bind(t);
        if (!methods.has(prop))
          methods.set(prop, this.recorded(service, t, prop, value as (...a: unknown[]) => unknown));
        return methods.get(prop);
      },
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  private recorded(service: string, target: object, method: string, fn: (...a: unknown[]) => unknown) {
    const typeName = target instanceof Fake ? target.typeName : service;
    const costClass: CostClass = target instanceof Fake ? target.costOf(method) : 'local';
    return (...args: unknown[]): unknown => {
      const execution = this.execution;
      const document = this.documents.get(target) ?? execution.activeSpreadsheetId ?? undefined;
      const record = this.calls.add({
        service,
        type: typeName,
        method,
        costClass,
        argsSize: sizeOfArgs(args),
        ...(costClass === 'write' ? { cells: cellsWritten(args) } : costClass === 'read' ? { cells: 0 } : {}),
        ...(document === undefined ? {} : { document }),
        execution: execution.id,
        user: execution.user,
      });
      try {
        if (execution.killedBy !== undefined) throw new Error(execution.killedBy);
        if (!authorises(execution.authMode, target, method))
          throw new Error(permissionDenied(target, typeName, method));
        execution.time.charge(this.meter().price(record).ms);
        this.faults.check(record);
        this.runMeanwhile(record);
        const result = fn.apply(
          target,
          args.map((a) => this.fromScript(a)),
        );
        if (costClass === 'read') {
          // what a read moves is known once it returns: its cells are charged then
          record.cells = cellsOf(result);
          execution.time.charge(this.latency.cellsMs(record));
        }
        this.inheritDocument(result, document);
        return this.toScript(service, result);
      } catch (e) {
        if (e instanceof InjectedFault && e.kills) execution.killedBy = e.message;
        throw scriptError(e instanceof Error || (e as Error)?.message ? (e as Error).message : String(e), this.realm);
      }
    };
  }

  /**
   * Something that happens between two calls of an execution, once: `act` runs just before the first call `when`
   * accepts takes effect, as a person typing or another execution would while this one runs.
   */
  meanwhileAt(when: (call: CallRecord) => boolean, act: () => void): void {
    this.meanwhile.push({ when, act });
  }

  private runMeanwhile(record: CallRecord): void {
    const i = this.meanwhile.findIndex((m) => m.when(record));
    if (i < 0) return;
    const [{ act }] = this.meanwhile.splice(i, 1);
    act();
  }

  /** The latency model's meter for this world's calls, renewed when a test swaps the model. */
  private meter(): LatencyMeter {
    if (this.metered?.model !== this.latency) this.metered = { model: this.latency, meter: this.latency.meter() };
    return this.metered.meter;
  }

  /**
   * Fakes a call returns belong to the document of the fake it was called on; a spreadsheet or document opened or
   * created from a service belongs to itself (its id).
   */
  private inheritDocument(result: unknown, parent: string | undefined): void {
    for (const item of Array.isArray(result) ? result : [result]) {
      if (!(item instanceof Fake) || this.documents.has(item)) continue;
      const own = item.typeName === 'Spreadsheet' || item.typeName === 'Document';
      const id = own ? (item as unknown as { getId(): string }).getId() : parent;
      if (id !== undefined) this.documents.set(item, id);
    }
  }

  /** A value as the script must see it: fakes behind recording proxies, data in the script's realm. */
  toScript(service: string, value: unknown): unknown {
    return intoRealm(value, this.realm, (obj) => (obj instanceof Fake ? this.expose(service, obj) : obj));
  }

  /** A value from the script as the fakes want it: proxies unwrapped, data in the host realm. */
  fromScript(value: unknown): unknown {
    return intoRealm(value, HOST_REALM, (obj) => this.targets.get(obj) ?? obj);
  }
}
