/**
 * The server half of google.script.run for the sidebar under test: a page (jsdom or Chromium) runs
 * script-run-page.js, whose calls arrive here as JSON, run as one execution of the built Code.js in the emulator as a
 * chosen user, and go back as JSON. Values cross as Apps Script lets them: primitives, plain objects and arrays only
 * (https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)); a return value holding a
 * Date or a function fails the call instead of arriving mangled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExecutionOptions } from '../emulator/core/world';
import type { LoadedScript } from './script';

/** The page half: installs window.google.script.run over window.__scriptRunTransport. */
export const PAGE_RUNNER_JS = readFileSync(join(__dirname, 'script-run-page.js'), 'utf8');

export interface RelayedCall {
  name: string;
  args: unknown[];
  user: string;
  /** how the call ended: the value's JSON or the error message */
  outcome?: { ok: true } | { ok: false; message: string };
}

/** The path of the first value google.script.run cannot carry back, or null. Values come from the script's realm. */
function illegalReturnValue(value: unknown, path = 'return value', seen: object[] = []): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value !== 'object') return `${path} (${typeof value})`;
  if (Object.prototype.toString.call(value) === '[object Date]') return `${path} (Date)`;
  if (seen.includes(value)) return `${path} (circular reference)`;
  for (const [key, inner] of Object.entries(value)) {
    const found = illegalReturnValue(inner, `${path}.${key}`, [...seen, value]);
    if (found) return found;
  }
  return null;
}

export class ScriptRunRelay {
  readonly calls: RelayedCall[] = [];
  private held: (() => void)[] | null = null;

  /** `execution` decides who calls (user) and in which document (activeSpreadsheetId); change it between calls. */
  constructor(
    readonly script: LoadedScript,
    public execution: ExecutionOptions & { user: string },
  ) {}

  /** The names google.script.run offers: the top-level functions of Code.js. */
  names(): string[] {
    return this.script.topLevelFunctions();
  }

  /** Replies wait until the returned function is called: lets a test look at the page while a call is pending. */
  hold(): () => void {
    const held: (() => void)[] = [];
    this.held = held;
    return () => {
      this.held = null;
      for (const release of held) release();
    };
  }

  /** The transport: one google.script.run call, JSON in, JSON reply out. */
  async handle(name: string, argsJson: string): Promise<string> {
    const args = JSON.parse(argsJson) as unknown[];
    const call: RelayedCall = { name, args, user: this.execution.user };
    this.calls.push(call);
    const reply = this.run(name, args);
    call.outcome = reply.ok ? { ok: true } : reply;
    if (this.held) await new Promise<void>((resolve) => this.held!.push(resolve));
    return JSON.stringify(reply);
  }

  private run(name: string, args: unknown[]): { ok: true; value: unknown } | { ok: false; message: string } {
    try {
      const value = this.script.call(name, args, this.execution);
      const illegal = illegalReturnValue(value);
      if (illegal) return { ok: false, message: `google.script.run cannot return ${illegal} from ${name}` };
      return { ok: true, value };
    } catch (e) {
      return { ok: false, message: (e as Error)?.message ?? String(e) };
    }
  }

  /** Gives a jsdom window google.script.run; call it from JSDOM's beforeParse so the page's scripts find it. */
  installInto(window: object): void {
    const w = window as Record<string, unknown> & { eval(code: string): unknown };
    w.__scriptRunNames = this.names();
    w.__scriptRunTransport = (name: string, argsJson: string) => this.handle(name, argsJson);
    w.eval(PAGE_RUNNER_JS);
  }
}
