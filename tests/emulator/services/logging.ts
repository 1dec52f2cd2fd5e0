import { format as nodeFormat } from 'node:util';
import { IN_SCRIPT_ENGINE } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { isDate } from '../core/realm';
import { FakeService } from '../core/service';
import type { World } from '../core/world';

type LogLevel = 'log' | 'info' | 'warn' | 'error';

/** One line of the execution log, as the Apps Script "Executions" page shows it. */
export interface LogEntry {
  source: 'Logger' | 'console';
  level: LogLevel;
  message: string;
  at: Date;
  execution: number;
  user: string;
}

interface LoggingState {
  entries: LogEntry[];
  /** Logger.getLog(): the current execution's Logger messages */
  loggerLines: string[];
  timers: Map<string, number>;
}

function state(world: World): LoggingState {
  return world.store('logging', () => {
    const s: LoggingState = { entries: [], loggerLines: [], timers: new Map() };
    world.onExecutionEnd(() => {
      s.loggerLines = [];
      s.timers.clear();
    });
    return s;
  });
}

/** Everything Logger and console wrote during the world's runs, oldest first. */
export function logEntries(world: World): readonly LogEntry[] {
  return state(world).entries;
}

function record(world: World, source: LogEntry['source'], level: LogLevel, message: string): void {
  const { user, id } = world.execution;
  state(world).entries.push({ source, level, message, at: new Date(world.clock.now()), execution: id, user });
}

/** Simplification: objects and arrays print as JSON (Apps Script prints some as Java would, e.g. {a=1.0}). */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null || typeof value !== 'object' || isDate(value)) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** Java String.format with %s only, as Logger.log(format, values...) documents; too few values throws as Java does. */
function formatLoggerMessage(format: unknown, values: readonly unknown[]): string {
  if (values.length === 0) return asText(format);
  let next = 0;
  return asText(format).replace(/%s/g, () => {
    if (next >= values.length) throw new Error("Format specifier '%s'");
    return asText(values[next++]);
  });
}

/**
 * Logger: messages go to the execution log and to a per-execution buffer that getLog returns, one message a line
 * (the emulator leaves out the timestamp prefix).
 * https://developers.google.com/apps-script/reference/base/logger
 */
export class FakeLogger extends FakeService implements FakeOf<GoogleAppsScript.Base.Logger> {
  readonly typeName = 'Logger';
  /** Logging runs in the script engine: no round trip, no authorisation needed. */
  static override readonly calls = IN_SCRIPT_ENGINE;

  log(format: unknown, ...values: unknown[]): FakeLogger {
    const message = formatLoggerMessage(format, values);
    state(this.world).loggerLines.push(message);
    record(this.world, 'Logger', 'info', message);
    return this;
  }

  getLog(): string {
    return state(this.world)
      .loggerLines.map((line) => `${line}\n`)
      .join('');
  }

  clear(): void {
    state(this.world).loggerLines = [];
  }
}

/**
 * console, which Apps Script sends to Cloud Logging with a severity per method; printf-style substitution as in
 * browsers and Node (%s %d %i %f %o %O %j).
 * https://developers.google.com/apps-script/guides/logging#use_console
 */
export class FakeConsole extends FakeService implements FakeOf<Console> {
  readonly typeName = 'console';
  static override readonly calls = IN_SCRIPT_ENGINE;

  log(...args: unknown[]): void {
    record(this.world, 'console', 'log', nodeFormat(...args));
  }

  info(...args: unknown[]): void {
    record(this.world, 'console', 'info', nodeFormat(...args));
  }

  warn(...args: unknown[]): void {
    record(this.world, 'console', 'warn', nodeFormat(...args));
  }

  error(...args: unknown[]): void {
    record(this.world, 'console', 'error', nodeFormat(...args));
  }

  time(label = 'default'): void {
    state(this.world).timers.set(label, this.world.clock.now());
  }

  /** Logs "label: N ms" measured on the world clock. */
  timeEnd(label = 'default'): void {
    const { timers } = state(this.world);
    const started = timers.get(label);
    if (started === undefined) return;
    timers.delete(label);
    record(this.world, 'console', 'info', `${label}: ${this.world.clock.now() - started}ms`);
  }
}
