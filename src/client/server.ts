/**
 * Promise-typed calls to the server through google.script.run. The server functions' types come from the server's
 * public surface, so a renamed endpoint or a changed argument is a compile error here.
 */
import type * as Server from '../server/index';

type Endpoints = typeof Server;

/** The client half of google.script.run (https://developers.google.com/apps-script/guides/html/reference/run). */
interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
}
declare const google: { script: { run: ScriptRun } };

export function panggil<K extends keyof Endpoints>(
  name: K,
  ...args: Parameters<Endpoints[K]>
): Promise<ReturnType<Endpoints[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value: unknown) => resolve(value as ReturnType<Endpoints[K]>))
      .withFailureHandler((error) => reject(error)) as unknown as Record<string, (...a: unknown[]) => void>;
    runner[name as string](...args);
  });
}
