import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';

/**
 * LockService: mutual exclusion between executions, per script, per user or per document.
 * https://developers.google.com/apps-script/reference/lock/lock-service
 * https://developers.google.com/apps-script/reference/lock/lock
 *
 * A lock is held by an execution (World.execution.id) and is re-entrant within it: every Lock object of the same
 * scope obtained in that execution shares the hold. Apps Script releases what an execution still holds when it ends.
 */

/** The exception waitLock throws on timeout, as Apps Script logs report it. */
export const LOCK_TIMEOUT_ERROR = 'Lock timeout: another process was holding the lock for too long.';

/** Which execution holds which lock scope; shared by the Lock fakes and the concurrency runner. */
export class LockTable {
  private readonly holders = new Map<string, number>();
  private readonly releaseListeners = new Set<(scope: string) => void>();

  holder(scope: string): number | undefined {
    return this.holders.get(scope);
  }

  /** True when the scope is held by another execution than `executionId`. */
  isHeldByOther(scope: string, executionId: number): boolean {
    const holder = this.holders.get(scope);
    return holder !== undefined && holder !== executionId;
  }

  /** Takes the scope when it is free or already held by this execution. */
  tryAcquire(scope: string, executionId: number): boolean {
    if (this.isHeldByOther(scope, executionId)) return false;
    this.holders.set(scope, executionId);
    return true;
  }

  /** Frees the scope if this execution holds it; no effect otherwise. */
  release(scope: string, executionId: number): void {
    if (this.holders.get(scope) !== executionId) return;
    this.holders.delete(scope);
    for (const listener of [...this.releaseListeners]) listener(scope);
  }

  releaseAll(executionId: number): void {
    for (const [scope, holder] of [...this.holders]) if (holder === executionId) this.release(scope, executionId);
  }

  /** Calls `listener` after each release; returns the unsubscribe function. */
  onRelease(listener: (scope: string) => void): () => void {
    this.releaseListeners.add(listener);
    return () => this.releaseListeners.delete(listener);
  }
}

/** The world's lock table; locks are released when their execution ends. */
export function lockTable(world: World): LockTable {
  return world.store('locks', () => {
    const table = new LockTable();
    world.onExecutionEnd((execution) => table.releaseAll(execution.id));
    return table;
  });
}

const lockScopes = {
  script: () => 'script',
  user: (email: string) => `user:${email}`,
  document: (documentId: string) => `document:${documentId}`,
};

export class FakeLockService extends FakeService implements FakeOf<GoogleAppsScript.Lock.LockService> {
  readonly typeName = 'LockService';
  static override readonly calls: CallTable = { cost: 'local' };

  getScriptLock(): FakeLock {
    return new FakeLock(this.world, lockScopes.script());
  }

  getUserLock(): FakeLock {
    return new FakeLock(this.world, lockScopes.user(this.world.execution.user));
  }

  /** null when called outside a containing document (reference page, getDocumentLock "Return"). */
  getDocumentLock(): FakeLock | null {
    const documentId = this.world.execution.activeSpreadsheetId;
    return documentId === null ? null : new FakeLock(this.world, lockScopes.document(documentId));
  }
}

export class FakeLock extends Fake implements FakeOf<GoogleAppsScript.Lock.Lock> {
  readonly typeName = 'Lock';
  static override readonly calls: CallTable = { cost: 'lock', methods: { local: ['hasLock'] } };
  readonly #world: World;
  readonly #scope: string;

  constructor(world: World, scope: string) {
    super();
    this.#world = world;
    this.#scope = scope;
  }

  /** The scope a Lock guards, for the concurrency runner (kept off the instance so the script cannot see it). */
  static scopeOf(lock: FakeLock): string {
    return lock.#scope;
  }

  hasLock(): boolean {
    return lockTable(this.#world).holder(this.#scope) === this.#world.execution.id;
  }

  /**
   * Emulated synchronously: a lock held by another (suspended or interleaved) execution is not released while this
   * call waits, so the call fails after the caller has waited the whole timeout on the world clock.
   * A negative timeout never gets the lock, even a free one: tryLock answers false and waitLock throws the timeout
   * error (gas-fakes' test run on Apps Script, "Lock timeout failures":
   * https://github.com/brucemcpherson/gas-fakes/blob/main/test/testlock.js).
   */
  tryLock(timeoutInMillis: number): boolean {
    if (timeoutInMillis < 0) return false;
    if (lockTable(this.#world).tryAcquire(this.#scope, this.#world.execution.id)) return true;
    this.#world.clock.advance(Math.max(0, Number(timeoutInMillis) || 0));
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error(LOCK_TIMEOUT_ERROR);
  }

  releaseLock(): void {
    lockTable(this.#world).release(this.#scope, this.#world.execution.id);
  }
}
