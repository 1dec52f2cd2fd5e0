import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext, Script, type Context } from 'node:vm';
import { createGlobals } from '../emulator';
import type { ExecutionOptions, World } from '../emulator/core/world';
import type { Realm } from '../emulator/core/realm';
import { fireDueTriggers, triggersOf, type TriggerRecord } from '../emulator/services/triggers';
import { onUserEdit } from '../emulator/spreadsheet/user-edit';

const DIST = join(__dirname, '../../dist');

export function readBuiltFile(name: string): string {
  const path = join(DIST, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first (npm test does).`);
  return readFileSync(path, 'utf8');
}

/** The built dist/*.html files by the name HtmlService knows them under (file name without .html). */
function builtHtmlFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of readdirSync(DIST).filter((n) => n.endsWith('.html'))) files.set(f.slice(0, -5), readBuiltFile(f));
  return files;
}

/**
 * The script's `new Date()` and `Date.now()` read the world's clock, so a test (or the local run) decides what time it
 * is in Apps Script. Dates built from explicit values are untouched.
 */
function installWorldClock(context: Context, world: World): void {
  runInContext(
    `(function (now) {
      var RealDate = Date;
      class WorldDate extends RealDate {
        constructor(...args) { if (args.length === 0) super(now()); else super(...args); }
        static now() { return now(); }
      }
      globalThis.Date = WorldDate;
    })`,
    context,
  )(() => world.clock.now());
}

/**
 * The pushed artifact, dist/Code.js, loaded into a fresh node:vm context whose only globals are the emulator's
 * services: no require, process or Buffer, as in Apps Script.
 */
export class LoadedScript {
  #context!: Context;
  readonly #code: Script;

  constructor(
    readonly world: World,
    code = readBuiltFile('Code.js'),
  ) {
    this.#code = new Script(code, { filename: 'Code.js' });
    for (const [name, content] of builtHtmlFiles()) world.scriptFiles.set(name, content);
    this.reload();
  }

  get context(): Context {
    return this.#context;
  }

  /**
   * Code.js loaded afresh: its top-level variables as a new execution finds them in Apps Script, where every
   * execution starts the script anew (a value cached in a global by one execution is not there in the next). The
   * emulator otherwise keeps one context for the world's executions; the fault sweep reloads before each run.
   */
  reload(): void {
    const context = createContext({});
    installWorldClock(context, this.world);
    this.world.realm = runInContext('({ Array, Date, Object, Error })', context) as Realm;
    this.world.scriptContext = context;
    Object.assign(context, createGlobals(this.world));
    this.#code.runInContext(context);
    this.#context = context;
  }

  /** Fires the time-driven triggers that are due at the world's clock, each as its owner in its document. */
  fireDueTriggers(): TriggerRecord[] {
    return fireDueTriggers(this.world, (handler, event, owner, trigger) =>
      this.call(handler, [event], { user: owner, activeSpreadsheetId: trigger.documentId ?? null }),
    );
  }

  /** Calls a top-level function of Code.js as one execution (a menu click, a trigger, a google.script.run call). */
  call<T = unknown>(fn: string, args: unknown[] = [], options: ExecutionOptions = {}): T {
    const target = this.context[fn] as unknown;
    if (typeof target !== 'function') throw new Error(`Code.js has no top-level function ${fn}`);
    return this.world.run(options, () => {
      const scriptArgs = args.map((a) => this.world.toScript('harness', a));
      return (target as (...a: unknown[]) => T)(...scriptArgs);
    });
  }

  /**
   * From now on, every edit a person makes (userEdit) fires the spreadsheet's installable onEdit triggers, each as its
   * owner, with the event object Apps Script passes: range, source, value, oldValue, user (the person who typed) and
   * triggerUid (https://developers.google.com/apps-script/guides/triggers/events#edit). Script writes fire nothing.
   */
  fireEditTriggers(): void {
    onUserEdit(this.world, (edit) => {
      for (const t of triggersOf(this.world)) {
        if (t.eventType !== 'ON_EDIT' || t.sourceId !== edit.spreadsheetId) continue;
        const target = this.context[t.handler] as ((e: unknown) => void) | undefined;
        if (typeof target !== 'function') continue;
        this.world.run({ user: t.owner, activeSpreadsheetId: edit.spreadsheetId }, () => {
          const ss = (this.context.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(
            edit.spreadsheetId,
          );
          target({
            authMode: 'FULL',
            range: ss.getSheetByName(edit.sheetName)?.getRange(edit.a1),
            source: ss,
            user: { getEmail: () => edit.user },
            value: edit.values[0][0],
            oldValue: edit.oldValues[0][0],
            triggerUid: t.id,
          });
        });
      }
    });
  }

  /** Evaluates an expression inside the script's context (for tests that inspect the script's world). */
  evaluate<T = unknown>(expression: string): T {
    return runInContext(expression, this.context) as T;
  }

  /** Names of the top-level functions Code.js declares. */
  topLevelFunctions(): string[] {
    return Object.keys(this.context).filter((k) => typeof this.context[k] === 'function');
  }
}
