import type { CostClass } from './calls';

/**
 * Base of every fake service object. `typeName` is the Apps Script class name (what String(obj) gives in Apps Script,
 * e.g. "Range"); `costOf` classifies a method for the latency model.
 */
export abstract class Fake {
  abstract readonly typeName: string;

  /** Default: getters read, everything else writes. Services override (Drive, Docs, Mail ...). */
  costOf(method: string): CostClass {
    return /^(get|is|has|can)/.test(method) ? 'read' : 'write';
  }

  /** Methods usable while the script runs in AuthMode.NONE (an add-on's onOpen before it is used in the document). */
  allowedWithoutAuth(_method: string): boolean {
    return false;
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
  'toString',
  'constructor',
]);
