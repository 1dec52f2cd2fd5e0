/**
 * Typed calls into the built Code.js: every export of src/server/index.ts is a top-level function of Code.js, so a
 * call names one of them with the arguments and return type of its TypeScript signature. A wrong name, a missing or
 * mistyped argument is a compile error; a test that sends a wrong value on purpose says so with `sembarang`.
 */
import { runConcurrently, type ConcurrentOutcome } from '../emulator/concurrent/run-concurrently';
import type { ExecutionOptions } from '../emulator/core/world';
import { readBuiltFile, type LoadedScript } from './script';

/** The add-in's public surface, as the server declares it (types only: the tests run the built Code.js). */
type Server = typeof import('../../src/server/index');
export type NamaFungsi = keyof Server;
export type Argumen<F extends NamaFungsi> = Parameters<Server[F]>;
export type Hasil<F extends NamaFungsi> = ReturnType<Server[F]>;

/** The endpoints the sidebar calls on a cycle: the functions whose first parameter is the cycle spreadsheet's id. */
export type Endpoint = { [F in NamaFungsi]: Argumen<F> extends [string, ...unknown[]] ? F : never }[NamaFungsi];
/** An endpoint's arguments after the cycle spreadsheet's id. */
export type ArgumenEndpoint<F extends Endpoint> = Argumen<F> extends [string, ...infer R] ? R : never;

/** Who runs an execution, and in which document. */
export type Eksekusi = ExecutionOptions & { user: string };

/** A value of the wrong type sent on purpose, as a crafted google.script.run call could send it. */
export const sembarang = <T>(nilai: unknown): T => nilai as T;

/** One execution of the top-level function `fn` of Code.js (a menu click, a trigger, a google.script.run call). */
export function jalankan<F extends NamaFungsi>(
  script: LoadedScript,
  fn: F,
  eksekusi: Eksekusi,
  ...args: Argumen<F>
): Hasil<F> {
  return script.call<Hasil<F>>(fn, args, eksekusi);
}

/** One of several executions run truly at once (runConcurrently). */
export interface Tugas<F extends NamaFungsi = NamaFungsi> extends Eksekusi {
  fn: F;
  args: Argumen<F>;
}

export function tugas<F extends NamaFungsi>(fn: F, eksekusi: Eksekusi, ...args: Argumen<F>): Tugas<F> {
  return { ...eksekusi, fn, args };
}

type HasilTugas<T> = T extends Tugas<infer F> ? Hasil<F> : never;
type HasilBersamaan<T extends readonly Tugas[]> = {
  [K in keyof T]: Omit<ConcurrentOutcome, 'result'> & { result?: HasilTugas<T[K]> };
};

/** Runs the executions truly at once against the world (the lock decides who waits), each with its typed outcome. */
export async function bersamaan<T extends readonly Tugas[]>(script: LoadedScript, ...semua: T) {
  const hasil = await runConcurrently(script.world, readBuiltFile('Code.js'), semua);
  return hasil as unknown as HasilBersamaan<T>;
}
