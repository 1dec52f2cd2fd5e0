import type { CostClass } from './calls';

/**
 * What a fake's calls cost in the latency model and which of them a script may make in AuthMode.NONE (an add-on's
 * onOpen before it is used in the document). A class declares its table as `static calls`; subclasses inherit it.
 */
export interface CallTable {
  /** the class of every method `methods` does not list; 'by-name' (the default): get/is/has/can read, the rest write */
  readonly cost?: CostClass | 'by-name';
  /** methods of another class than `cost`, listed under their class */
  readonly methods?: { readonly [C in CostClass]?: readonly string[] };
  /** methods allowed without authorisation: every one (true), those listed, or none (the default) */
  readonly withoutAuth?: boolean | readonly string[];
  /**
   * methods that reach past the document the script runs in (other files, mail, Drive, calendars, triggers): every
   * one (true), those listed, or none (the default). They need AuthMode.FULL; a simple trigger (LIMITED) is refused.
   */
  readonly needsFullAuth?: boolean | readonly string[];
  /** the OAuth scope Apps Script names when it refuses one of the class's methods ("Required permissions: ...") */
  readonly scope?: string;
}

/** Runs inside the script engine: no round trip, and no authorisation needed (Logger, Utilities, builders ...). */
export const IN_SCRIPT_ENGINE: CallTable = { cost: 'local', withoutAuth: true };

/**
 * Base of every fake service object. `typeName` is the Apps Script class name (what String(obj) gives in Apps Script,
 * e.g. "Range"); the class's `calls` table prices and authorises its methods.
 */
export abstract class Fake {
  abstract readonly typeName: string;

  static readonly calls: CallTable = {};

  /** The method's cost class, from the class's table. */
  costOf(method: string): CostClass {
    const { cost = 'by-name', methods = {} } = (this.constructor as typeof Fake).calls;
    const listed = Object.entries(methods).find(([, names]) => names.includes(method));
    if (listed) return listed[0] as CostClass;
    if (cost !== 'by-name') return cost;
    return /^(get|is|has|can)/.test(method) ? 'read' : 'write';
  }

  /** Whether the method is usable while the script runs in AuthMode.NONE, from the class's table. */
  allowedWithoutAuth(method: string): boolean {
    const { withoutAuth = false } = (this.constructor as typeof Fake).calls;
    return typeof withoutAuth === 'boolean' ? withoutAuth : withoutAuth.includes(method);
  }

  /** Whether the method needs AuthMode.FULL, from the class's table. */
  needsFullAuth(method: string): boolean {
    const { needsFullAuth = false } = (this.constructor as typeof Fake).calls;
    return typeof needsFullAuth === 'boolean' ? needsFullAuth : needsFullAuth.includes(method);
  }

  /** The scope named in a refusal of the class's methods, if the class declares one. */
  scopeOf(): string | undefined {
    return (this.constructor as typeof Fake).calls.scope;
  }

  toString(): string {
    return this.typeName;
  }
}

/** Members of Fake that the script never sees as service methods. */
export const INTERNAL_MEMBERS: ReadonlySet<string> = new Set([
  'typeName',
  'costOf',
  'allowedWithoutAuth',
  'needsFullAuth',
  'scopeOf',
  'toString',
  'constructor',
]);

/** Members the script cannot read at all: FakeService's world belongs to the emulator, not to Apps Script. */
export const HIDDEN_MEMBERS: ReadonlySet<string> = new Set(['world']);
