import { createGlobals } from '../index';
import { RUNTIME_LIMIT_MS } from './execution-time';
import { Fake, type CallTable } from './fake';
import { REAL_ERRORS } from './faults';
import { World } from './world';

/**
 * "Script runtime 6 min / execution" (https://developers.google.com/apps-script/guides/services/quotas, Current
 * limitations); simple triggers "cannot run for longer than 30 seconds"
 * (https://developers.google.com/apps-script/guides/triggers#restrictions). Over the limit Apps Script stops the
 * execution with "Exceeded maximum execution time" (the quotas page: the script "throws an exception and execution
 * stops"). The time is the execution's modelled time: its calls priced by the latency model, plus world time spent
 * in Utilities.sleep or lock waits.
 */
class FakeArchive extends Fake {
  readonly typeName = 'Archive';
  static override readonly calls: CallTable = { cost: 'drive' };
  filed = 0;
  file(): number {
    return ++this.filed;
  }
}

function setUp() {
  const world = new World();
  const archive = world.expose('ArchiveApp', new FakeArchive());
  const { Utilities } = createGlobals(world) as unknown as { Utilities: GoogleAppsScript.Utilities.Utilities };
  const driveMs = world.latency.costs.drive;
  /** How many Drive round trips fit in `ms` of modelled time. */
  const callsIn = (ms: number) => Math.floor(ms / driveMs);
  return { world, archive, Utilities, callsIn };
}

const times = (n: number, fn: () => unknown) => {
  for (let i = 0; i < n; i++) fn();
};

describe('execution time limit', () => {
  it('lets an execution do 6 minutes of modelled work and stops it at the first call past them', () => {
    const { world, archive, callsIn } = setUp();
    const full = callsIn(RUNTIME_LIMIT_MS.execution);
    world.run({}, () => times(full, () => archive.file()));
    expect(() => world.run({}, () => times(full + 1, () => archive.file()))).toThrow(REAL_ERRORS.maxExecutionTime);
    expect(archive.filed).toBe(2 * full);
  });

  it('stops 500 seconds of work, and a script that catches the error cannot carry on', () => {
    const { world, archive, callsIn } = setUp();
    const work = callsIn(500_000);
    const caught: string[] = [];
    expect(() =>
      world.run({}, () => {
        for (let i = 0; i < work; i++) {
          try {
            archive.file();
          } catch (e) {
            caught.push((e as Error).message);
          }
        }
        return 'selesai';
      }),
    ).toThrow(REAL_ERRORS.maxExecutionTime);
    expect(archive.filed).toBe(callsIn(RUNTIME_LIMIT_MS.execution));
    expect(new Set(caught)).toEqual(new Set([REAL_ERRORS.maxExecutionTime]));
  });

  it('gives a simple trigger (AuthMode.LIMITED) 30 seconds', () => {
    const { world, archive, callsIn } = setUp();
    const limited = { authMode: 'LIMITED' as const };
    world.run(limited, () => times(callsIn(RUNTIME_LIMIT_MS.simpleTrigger), () => archive.file()));
    expect(() =>
      world.run(limited, () => times(callsIn(RUNTIME_LIMIT_MS.simpleTrigger) + 1, () => archive.file())),
    ).toThrow(REAL_ERRORS.maxExecutionTime);
  });

  it('counts world time spent inside the execution: Utilities.sleep', () => {
    const { world, archive, Utilities, callsIn } = setUp();
    expect(() =>
      world.run({}, () => {
        Utilities.sleep(300_000);
        times(callsIn(60_000) + 1, () => archive.file());
      }),
    ).toThrow(REAL_ERRORS.maxExecutionTime);
  });

  it('starts each execution afresh and leaves test set-up outside any execution unlimited', () => {
    const { world, archive, callsIn } = setUp();
    const full = callsIn(RUNTIME_LIMIT_MS.execution);
    times(2 * full, () => archive.file());
    world.run({}, () => times(full, () => archive.file()));
    world.run({}, () => times(full, () => archive.file()));
    expect(archive.filed).toBe(4 * full);
  });
});
