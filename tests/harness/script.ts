import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext, type Context } from 'node:vm';
import { createGlobals } from '../emulator';
import type { ExecutionOptions, World } from '../emulator/core/world';
import type { Realm } from '../emulator/core/realm';

export const DIST = join(__dirname, '../../dist');

export function readBuiltFile(name: string): string {
  const path = join(DIST, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run "npm run build" first (npm test does).`);
  return readFileSync(path, 'utf8');
}

/** The built dist/*.html files by the name HtmlService knows them under (file name without .html). */
export function builtHtmlFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const f of readdirSync(DIST).filter((n) => n.endsWith('.html'))) files.set(f.slice(0, -5), readBuiltFile(f));
  return files;
}

/**
 * The pushed artifact, dist/Code.js, loaded into a fresh node:vm context whose only globals are the emulator's
 * services: no require, process or Buffer, as in Apps Script.
 */
export class LoadedScript {
  readonly context: Context;

  constructor(
    readonly world: World,
    code = readBuiltFile('Code.js'),
  ) {
    this.context = createContext({});
    world.realm = runInContext('({ Array, Date, Object, Error })', this.context) as Realm;
    Object.assign(this.context, createGlobals(world));
    runInContext(code, this.context, { filename: 'Code.js' });
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

  /** Names of the top-level functions Code.js declares. */
  topLevelFunctions(): string[] {
    return Object.keys(this.context).filter((k) => typeof this.context[k] === 'function');
  }
}
