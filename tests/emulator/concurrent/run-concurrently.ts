import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { createGlobals } from '../index';
import { REAL_ERRORS } from '../core/faults';
import type { Execution, ExecutionOptions, World } from '../core/world';
import { FakeLock, lockTable, type LockTable } from '../services/lock';
import { HANDLE_KEY, HandleTable } from './handles';

/**
 * Runs several executions of a script truly interleaved against one World, so that LockService really excludes.
 *
 * Each execution runs the script source in a node:vm context inside its own worker thread (worker.js); its globals
 * are proxies of createGlobals(world), which stay in this thread. Every property read and method call is a
 * synchronous request: the worker posts it and blocks on Atomics.wait until this thread has answered it inside
 * world.within(that execution).
 *
 * Interleaving is deterministic (lockstep round robin): this thread waits until every running, non-waiting worker
 * has a request outstanding, then answers one request of each, in the order of `calls`. Two executions doing the
 * same read-modify-write therefore read before either writes, which is the lost update locks exist to prevent.
 *
 * Lock waits: a tryLock/waitLock on a lock that another execution holds is parked, not answered, until the holder
 * releases it (releaseLock, or its execution ends) or a real-time timeout of timeoutInMillis × lockWaitScale
 * (default 1/100) passes; then the call runs normally, so it succeeds, or fails and advances the world clock by the
 * whole timeout exactly as in a synchronous run. A wait that succeeds does not move the world clock.
 */

/**
 * Simultaneous executions per user (https://developers.google.com/apps-script/guides/services/quotas#current_limitations):
 * one more is refused before it starts.
 */
const MAX_SIMULTANEOUS_PER_USER = 30;
/** The executionId of an execution refused before it started. */
export const NEVER_STARTED = -1;

export interface ConcurrentCall extends ExecutionOptions {
  /** the global function to run */
  fn: string;
  args?: unknown[];
}

export interface ConcurrentOutcome {
  executionId: number;
  result?: unknown;
  /** the message of the exception the execution ended with */
  error?: string;
}

export interface ConcurrentOptions {
  /** real milliseconds a lock wait may last per emulated millisecond of its timeout */
  lockWaitScale?: number;
}

type Request =
  | { op: 'get'; handle: number; prop: string }
  | { op: 'call'; handle: number; prop: string; args: unknown[] }
  | { op: 'done'; ok: boolean; value?: unknown; message?: string };

type ServiceRequest = Exclude<Request, { op: 'done' }>;

type Reply = { ok: true; value?: unknown; method?: true } | { ok: false; message: string; name: string };

interface Slot {
  execution: Execution;
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
  pending?: ServiceRequest;
  parked?: { request: ServiceRequest; scope: string; timer: NodeJS.Timeout };
  finished: boolean;
  settle: (outcome: ConcurrentOutcome) => void;
}

const WORKER_PATH = join(__dirname, 'worker.js');
const LOCK_ACQUIRERS = new Set(['tryLock', 'waitLock']);

/**
 * A lock wait of 30 s (emulated) may last 3 s of real time: another worker's whole execution fits in it even on a
 * loaded two-core machine, where 300 ms (1 / 100) was seen to time out.
 */
const LOCK_WAIT_SCALE = 1 / 10;

export function runConcurrently(
  world: World,
  scriptSource: string,
  calls: readonly ConcurrentCall[],
  options: ConcurrentOptions = {},
): Promise<ConcurrentOutcome[]> {
  return new ConcurrentRun(world, options.lockWaitScale ?? LOCK_WAIT_SCALE).start(scriptSource, calls);
}

class ConcurrentRun {
  private readonly handles = new HandleTable();
  private readonly locks: LockTable;
  private readonly slots: Slot[] = [];

  constructor(
    private readonly world: World,
    private readonly lockWaitScale: number,
  ) {
    this.locks = lockTable(world);
  }

  async start(source: string, calls: readonly ConcurrentCall[]): Promise<ConcurrentOutcome[]> {
    const globals = Object.fromEntries(
      Object.entries(createGlobals(this.world)).map(([name, service]) => [name, this.handles.idOf(service)]),
    );
    const stopListening = this.locks.onRelease(() => queueMicrotask(() => this.retryParked()));
    const running = new Map<string, number>();
    try {
      return await Promise.all(
        calls.map((call) => {
          const user = call.user ?? '';
          running.set(user, (running.get(user) ?? 0) + 1);
          return (running.get(user) as number) > MAX_SIMULTANEOUS_PER_USER
            ? Promise.resolve({ executionId: NEVER_STARTED, error: REAL_ERRORS.tooManySimultaneous })
            : this.spawn(source, call, globals);
        }),
      );
    } finally {
      stopListening();
    }
  }

  private spawn(source: string, call: ConcurrentCall, globals: Record<string, number>): Promise<ConcurrentOutcome> {
    const { fn, args = [], ...executionOptions } = call;
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(WORKER_PATH, {
      workerData: {
        source,
        fn,
        args: this.handles.encode(args),
        globals,
        port: port2,
        signal,
        handleKey: HANDLE_KEY,
        nowMs: this.world.clock.now(),
      },
      transferList: [port2],
    });
    return new Promise((settle) => {
      const slot: Slot = {
        execution: this.world.begin(executionOptions),
        worker,
        port: port1,
        signal,
        finished: false,
        settle,
      };
      this.slots.push(slot);
      port1.on('message', (request: Request) => this.receive(slot, request));
      worker.on('error', (error) => this.finish(slot, { executionId: slot.execution.id, error: error.message }));
      worker.on('exit', () => {
        // the 'done' message may still be queued behind the exit event
        for (let queued = receiveMessageOnPort(port1); queued; queued = receiveMessageOnPort(port1)) {
          this.receive(slot, queued.message as Request);
        }
        this.finish(slot, { executionId: slot.execution.id, error: 'Worker exited' });
      });
    });
  }

  private receive(slot: Slot, request: Request): void {
    if (request.op === 'done') {
      const executionId = slot.execution.id;
      // an execution that ran out of time ends with that error, whatever the script did with it (execution-time.ts)
      const result = slot.execution.time.exceeded
        ? { error: REAL_ERRORS.maxExecutionTime }
        : request.ok
          ? { result: this.handles.decode(request.value) }
          : { error: request.message };
      this.finish(slot, { executionId, ...result });
      return;
    }
    slot.pending = request;
    this.pump();
  }

  /** Lockstep: once every running, non-waiting worker has a request outstanding, answer one of each in order. */
  private pump(): void {
    const ready = this.slots.filter((s) => !s.finished && !s.parked);
    if (ready.length === 0 || ready.some((s) => !s.pending)) return;
    for (const slot of ready) {
      const request = slot.pending!;
      slot.pending = undefined;
      this.serve(slot, request, false);
    }
  }

  private serve(slot: Slot, request: ServiceRequest, timedOut: boolean): void {
    const target = this.handles.get(request.handle);
    if (!timedOut && request.op === 'call' && LOCK_ACQUIRERS.has(request.prop)) {
      const lock = this.world.fromScript(target);
      if (lock instanceof FakeLock && this.locks.isHeldByOther(FakeLock.scopeOf(lock), slot.execution.id)) {
        this.park(slot, request, FakeLock.scopeOf(lock), Number(request.args[0]) || 0);
        return;
      }
    }
    this.reply(
      slot,
      this.world.within(slot.execution, () => this.dispatch(target, request)),
    );
  }

  private dispatch(target: object, request: ServiceRequest): Reply {
    try {
      const member = Reflect.get(target, request.prop) as unknown;
      if (request.op === 'get') {
        return typeof member === 'function'
          ? { ok: true, method: true }
          : { ok: true, value: this.handles.encode(member) };
      }
      if (typeof member !== 'function') throw new TypeError(`${request.prop} is not a function`);
      const args = this.handles.decode(request.args) as unknown[];
      return { ok: true, value: this.handles.encode(member.apply(target, args)) };
    } catch (e) {
      const error = e as Error;
      return { ok: false, message: String(error?.message ?? e), name: error?.name ?? 'Exception' };
    }
  }

  private reply(slot: Slot, reply: Reply): void {
    slot.port.postMessage(reply);
    Atomics.store(slot.signal, 0, 1);
    Atomics.notify(slot.signal, 0);
  }

  private park(slot: Slot, request: ServiceRequest, scope: string, timeoutMs: number): void {
    const timer = setTimeout(() => this.unpark(slot, true), timeoutMs * this.lockWaitScale);
    slot.parked = { request, scope, timer };
  }

  private unpark(slot: Slot, timedOut: boolean): void {
    const parked = slot.parked;
    if (!parked || slot.finished) return;
    clearTimeout(parked.timer);
    slot.parked = undefined;
    this.serve(slot, parked.request, timedOut);
    this.pump();
  }

  /** After a release, waiting executions retry in the order of `calls`. */
  private retryParked(): void {
    for (const slot of this.slots) {
      if (slot.parked && !this.locks.isHeldByOther(slot.parked.scope, slot.execution.id)) this.unpark(slot, false);
    }
  }

  private finish(slot: Slot, outcome: ConcurrentOutcome): void {
    if (slot.finished) return;
    slot.finished = true;
    if (slot.parked) clearTimeout(slot.parked.timer);
    this.world.end(slot.execution);
    slot.port.close();
    void slot.worker.terminate();
    slot.settle(outcome);
    this.pump();
  }
}
