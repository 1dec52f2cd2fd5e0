import type { FakeClock } from './clock';
import { REAL_ERRORS } from './faults';
import type { AuthModeName } from './world';

/**
 * How long one execution may run: "Script runtime 6 min / execution" and "Custom function runtime 30 sec /
 * execution" (https://developers.google.com/apps-script/guides/services/quotas, Current limitations); simple triggers
 * "cannot run for longer than 30 seconds" (https://developers.google.com/apps-script/guides/triggers#restrictions),
 * and they are the executions in AuthMode.LIMITED and NONE (https://developers.google.com/apps-script/reference/script/auth-mode).
 */
export const RUNTIME_LIMIT_MS = { execution: 6 * 60_000, simpleTrigger: 30_000 } as const;

export function runtimeLimitMs(authMode: AuthModeName): number {
  return authMode === 'FULL' ? RUNTIME_LIMIT_MS.execution : RUNTIME_LIMIT_MS.simpleTrigger;
}

/**
 * The running time of one execution: the modelled time of its calls (the latency model) plus the world time that
 * passed while it ran (Utilities.sleep, lock waits). Apps Script stops an execution that reaches its limit, so the
 * script cannot carry on: the call that would cross the limit and every call after it fail with "Exceeded maximum
 * execution time", and World.run ends with that error even when the script caught it.
 */
export class ExecutionTime {
  #callMs = 0;
  #exceeded = false;

  constructor(
    private readonly clock: FakeClock,
    private readonly startedAt: number,
    readonly limitMs: number,
  ) {}

  get exceeded(): boolean {
    return this.#exceeded;
  }

  elapsedMs(): number {
    return this.#callMs + (this.clock.now() - this.startedAt);
  }

  /** Counts a call about to run; throws when it would take the execution past its limit, and for every later call. */
  charge(callMs: number): void {
    if (this.elapsedMs() + callMs > this.limitMs) this.#exceeded = true;
    if (this.#exceeded) throw new Error(REAL_ERRORS.maxExecutionTime);
    this.#callMs += callMs;
  }
}
