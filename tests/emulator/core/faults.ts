import { matches, type CallRecord } from './calls';

/**
 * Error texts of real Apps Script failures, as users and logs report them.
 * Sources: Apps Script "Quotas for Google Services" page (execution time, too many times), Stack Overflow / issue
 * tracker reports quoting "Service Spreadsheets failed while accessing document with id" and DocumentApp's
 * "Too many changes applied before saving document".
 */
export const REAL_ERRORS = {
  serviceSpreadsheets: (id: string) => `Service Spreadsheets failed while accessing document with id ${id}.`,
  maxExecutionTime: 'Exceeded maximum execution time',
  tooManyCalls: 'Service invoked too many times in a short time. Try Utilities.sleep(1000) between calls.',
  docsTooManyChanges:
    'Too many changes applied before saving document. Please save changes in smaller batches using Document.saveAndClose(), then reopen the document with Document.openById().',
} as const;

export type FaultMessage = string | ((call: CallRecord) => string);

interface FaultRule {
  /** fire at this call number (1-based, counted over the whole run) */
  atSeq?: number;
  filter?: Partial<CallRecord>;
  pattern?: RegExp;
  /** how many more times it may fire; Infinity for always */
  remaining: number;
  message: FaultMessage;
}

/**
 * Makes chosen calls throw, before they take effect (a failed call changes nothing), as a real outage would.
 */
export class FaultInjector {
  private rules: FaultRule[] = [];

  /** The Nth call of the run (CallRecord.seq) throws. */
  failAt(seq: number, message: FaultMessage): this {
    this.rules.push({ atSeq: seq, remaining: 1, message });
    return this;
  }

  /**
   * Every call that matches throws, `times` times. A RegExp is tested against "Service.Type.method",
   * e.g. /Range\.setValues$/.
   */
  failOn(match: RegExp | Partial<CallRecord>, message: FaultMessage, times = Infinity): this {
    if (match instanceof RegExp) this.rules.push({ pattern: match, remaining: times, message });
    else this.rules.push({ filter: match, remaining: times, message });
    return this;
  }

  clear(): void {
    this.rules = [];
  }

  /** Called by the recorder for each call before it runs; throws when a rule fires. */
  check(call: CallRecord): void {
    for (const rule of this.rules) {
      if (rule.remaining <= 0 || !applies(rule, call)) continue;
      rule.remaining -= 1;
      throw new Error(typeof rule.message === 'function' ? rule.message(call) : rule.message);
    }
  }
}

function applies(rule: FaultRule, call: CallRecord): boolean {
  if (rule.atSeq !== undefined) return call.seq === rule.atSeq;
  if (rule.pattern) return rule.pattern.test(`${call.service}.${call.type}.${call.method}`);
  return rule.filter ? matches(call, rule.filter) : false;
}
