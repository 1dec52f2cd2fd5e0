import { matches, type CallRecord } from './calls';

/**
 * Error texts of real Apps Script failures, as users and logs report them.
 * Sources: Apps Script "Quotas for Google Services" page (execution time, too many times), Stack Overflow / issue
 * tracker reports quoting "Service Spreadsheets failed while accessing document with id" and DocumentApp's
 * "Too many changes applied before saving document"; "Service Documents failed while accessing document with id"
 * as users of a Docs add-on report it (https://github.com/alexwforsythe/code-blocks/issues/168); the server error
 * Google APIs answer with when a retry makes sense
 * (https://www.npmjs.com/package/@scriptaddicts/gas-error-handler, "We're sorry, a server error occurred").
 */
export const REAL_ERRORS = {
  serviceSpreadsheets: (id: string) => `Service Spreadsheets failed while accessing document with id ${id}.`,
  serviceDocuments: (id: string) => `Service Documents failed while accessing document with id ${id}.`,
  serverError: "We're sorry, a server error occurred. Please wait a bit and try again.",
  maxExecutionTime: 'Exceeded maximum execution time',
  tooManyCalls: 'Service invoked too many times in a short time. Try Utilities.sleep(1000) between calls.',
  // more executions of one user at once than the quotas page allows (30), named "exec maxSimultaneous" as the exec
  // qps variant is quoted in https://github.com/dropseed/google-sheets-us-states/issues/5 and the limit in
  // https://stackoverflow.com/questions/14604334/how-to-avoid-exec-maxsimultaneous-limit-in-google-spreadsheet
  tooManySimultaneous:
    'Service invoked too many times in a short time: exec maxSimultaneous. Try Utilities.sleep(1000) between calls.',
  docsTooManyChanges:
    'Too many changes applied before saving document. Please save changes in smaller batches using Document.saveAndClose(), then reopen the document with Document.openById().',
} as const;

export type FaultMessage = string | ((call: CallRecord) => string);

/**
 * The error a real outage gives for this call: Spreadsheets and Documents name the document (`documentId`, the one
 * the action works on), every other service answers with the server error.
 */
export function realFault(call: CallRecord, documentId: string): string {
  if (call.service === 'SpreadsheetApp') return REAL_ERRORS.serviceSpreadsheets(documentId);
  if (call.service === 'DocumentApp') return REAL_ERRORS.serviceDocuments(documentId);
  return REAL_ERRORS.serverError;
}

/**
 * What a fault does to the execution: 'once' fails the one call and the script may catch it and go on (a transient
 * error the user retries); 'kills' ends the execution at that call, as a timeout or a killed run does: that call and
 * every later one of the execution fail, and the run ends with the error whatever the script did with it.
 */
export type FaultKind = 'once' | 'kills';

/** The error an injected fault throws; the recorder reads `kills` to stop the execution. */
export class InjectedFault extends Error {
  constructor(
    message: string,
    readonly kills: boolean,
  ) {
    super(message);
  }
}

interface FaultRule {
  /** fire at this call number (1-based, counted over the whole run) */
  atSeq?: number;
  filter?: Partial<CallRecord>;
  pattern?: RegExp;
  /** how many more times it may fire; Infinity for always */
  remaining: number;
  message: FaultMessage;
  kind: FaultKind;
}

/**
 * Makes chosen calls throw, before they take effect (a failed call changes nothing), as a real outage would.
 */
export class FaultInjector {
  private rules: FaultRule[] = [];

  /** The Nth call of the run (CallRecord.seq) throws. */
  failAt(seq: number, message: FaultMessage, kind: FaultKind = 'once'): this {
    this.rules.push({ atSeq: seq, remaining: 1, message, kind });
    return this;
  }

  /** The Nth call of the run ends its execution there (FaultKind 'kills'). */
  killAt(seq: number, message: FaultMessage): this {
    return this.failAt(seq, message, 'kills');
  }

  /**
   * Every call that matches throws, `times` times. A RegExp is tested against "Service.Type.method",
   * e.g. /Range\.setValues$/.
   */
  failOn(match: RegExp | Partial<CallRecord>, message: FaultMessage, times = Infinity, kind: FaultKind = 'once'): this {
    if (match instanceof RegExp) this.rules.push({ pattern: match, remaining: times, message, kind });
    else this.rules.push({ filter: match, remaining: times, message, kind });
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
      const message = typeof rule.message === 'function' ? rule.message(call) : rule.message;
      throw new InjectedFault(message, rule.kind === 'kills');
    }
  }
}

function applies(rule: FaultRule, call: CallRecord): boolean {
  if (rule.atSeq !== undefined) return call.seq === rule.atSeq;
  if (rule.pattern) return rule.pattern.test(`${call.service}.${call.type}.${call.method}`);
  return rule.filter ? matches(call, rule.filter) : false;
}
