import { REAL_ERRORS } from '../core/faults';
import { createGlobals, World } from '../index';
import { LOCK_TIMEOUT_ERROR } from '../services/lock';
import { NEVER_STARTED, runConcurrently } from './run-concurrently';

// Lock reference (the lost-update example this reproduces): https://developers.google.com/apps-script/reference/lock/lock
// LockService: https://developers.google.com/apps-script/reference/lock/lock-service

const COUNTER_SCRIPT = `
function bumpWithLock(kind) {
  var lock = kind === 'document' ? LockService.getDocumentLock() : LockService.getScriptLock();
  lock.waitLock(30000);
  var result = bump();
  lock.releaseLock();
  return result;
}

function bump() {
  var props = PropertiesService.getScriptProperties();
  var n = Number(props.getProperty('n') || 0);
  props.setProperty('trail', (props.getProperty('trail') || '') + Session.getActiveUser().getEmail().charAt(0));
  props.setProperty('n', String(n + 1));
  return n + 1;
}

function bumpAndForgetToRelease() {
  LockService.getScriptLock().waitLock(30000);
  return bump();
}

function waitBriefly() {
  LockService.getScriptLock().waitLock(1000);
  return 'got it';
}

function readData() {
  return Session.typeName + ' ' + String(Session);
}

function describeSelf(when) {
  return { user: Session.getActiveUser().getEmail(), at: when, year: when.getFullYear(), isDate: when instanceof Date };
}
`;

const USERS = ['a@contoh.go.id', 'b@contoh.go.id', 'c@contoh.go.id', 'd@contoh.go.id', 'e@contoh.go.id'];

function scriptProperty(world: World, key: string): string | null {
  const { PropertiesService } = createGlobals(world) as unknown as {
    PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  };
  return PropertiesService.getScriptProperties().getProperty(key);
}

describe('runConcurrently', () => {
  test.each([2, 3, 5])('%i executions that take the script lock are serialised: no update is lost', async (count) => {
    const world = new World();
    const outcomes = await runConcurrently(
      world,
      COUNTER_SCRIPT,
      USERS.slice(0, count).map((user) => ({ fn: 'bumpWithLock', args: ['script'], user })),
    );
    expect(outcomes.map((o) => o.error)).toEqual(Array(count).fill(undefined));
    expect(outcomes.map((o) => o.result).sort()).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(scriptProperty(world, 'n')).toBe(String(count));
    expect(new Set(outcomes.map((o) => o.executionId)).size).toBe(count);
  });

  test('two interleaved executions that both take the document lock are serialised', async () => {
    const world = new World();
    const outcomes = await runConcurrently(world, COUNTER_SCRIPT, [
      { fn: 'bumpWithLock', args: ['document'], user: USERS[0], activeSpreadsheetId: 'ss-1' },
      { fn: 'bumpWithLock', args: ['document'], user: USERS[1], activeSpreadsheetId: 'ss-1' },
    ]);
    expect(outcomes.map((o) => o.result)).toEqual([1, 2]);
    expect(scriptProperty(world, 'trail')).toBe('ab');
  });

  test('without a lock the interleaved read-modify-write loses an update', async () => {
    const world = new World();
    const outcomes = await runConcurrently(world, COUNTER_SCRIPT, [
      { fn: 'bump', user: USERS[0] },
      { fn: 'bump', user: USERS[1] },
    ]);
    expect(outcomes.map((o) => o.result)).toEqual([1, 1]);
    expect(scriptProperty(world, 'n')).toBe('1');
  });

  test('document locks of different documents do not exclude each other', async () => {
    const world = new World();
    const outcomes = await runConcurrently(world, COUNTER_SCRIPT, [
      { fn: 'bumpWithLock', args: ['document'], user: USERS[0], activeSpreadsheetId: 'ss-1' },
      { fn: 'bumpWithLock', args: ['document'], user: USERS[1], activeSpreadsheetId: 'ss-2' },
    ]);
    expect(outcomes.map((o) => o.result)).toEqual([1, 1]);
  });

  test('a waitLock that cannot get the lock in time throws the real text and the clock moves by the timeout', async () => {
    const world = new World();
    const { LockService } = createGlobals(world) as unknown as { LockService: GoogleAppsScript.Lock.LockService };
    LockService.getScriptLock().waitLock(0); // held by the set-up execution, which never ends
    const before = world.clock.now();
    const [outcome] = await runConcurrently(world, COUNTER_SCRIPT, [{ fn: 'waitBriefly', user: USERS[0] }]);
    expect(outcome.error).toBe(LOCK_TIMEOUT_ERROR);
    expect(world.clock.now() - before).toBe(1000);
  });

  test('a lock is released when its execution ends, even without releaseLock', async () => {
    const world = new World();
    const outcomes = await runConcurrently(world, COUNTER_SCRIPT, [
      { fn: 'bumpAndForgetToRelease', user: USERS[0] },
      { fn: 'bumpAndForgetToRelease', user: USERS[1] },
    ]);
    expect(outcomes.map((o) => o.error)).toEqual([undefined, undefined]);
    expect(outcomes.map((o) => o.result)).toEqual([1, 2]);
  });

  test('each execution sees its own user; Dates and plain objects cross the thread boundary', async () => {
    const world = new World();
    const when = new Date(Date.UTC(2026, 7, 12));
    const outcomes = await runConcurrently(world, COUNTER_SCRIPT, [
      { fn: 'describeSelf', args: [when], user: USERS[0] },
      { fn: 'describeSelf', args: [when], user: USERS[1] },
    ]);
    expect(outcomes.map((o) => o.result)).toEqual([
      { user: USERS[0], at: when, year: 2026, isDate: true },
      { user: USERS[1], at: when, year: 2026, isDate: true },
    ]);
  });

  test('a service property that is data (as an enum is) is read through; toString is a method call', async () => {
    const [outcome] = await runConcurrently(new World(), COUNTER_SCRIPT, [{ fn: 'readData' }]);
    expect(outcome.result).toBe('Session Session');
  });

  test('a script error and an unknown function come back as the execution error', async () => {
    const world = new World();
    const outcomes = await runConcurrently(world, 'function boom() { throw new Error("rusak"); }', [
      { fn: 'boom' },
      { fn: 'tidakAda' },
    ]);
    expect(outcomes.map((o) => o.error)).toEqual(['rusak', 'Script function not found: tidakAda']);
  });

  // "Script runtime 6 min / execution": https://developers.google.com/apps-script/guides/services/quotas
  test('an execution that runs out of time ends with that error even when the script catches it', async () => {
    const overrun = `function overrun() {
      Utilities.sleep(300000);
      Utilities.sleep(60001);
      try { PropertiesService.getScriptProperties(); } catch (e) { return 'carried on'; }
    }`;
    const [outcome] = await runConcurrently(new World(), overrun, [{ fn: 'overrun' }]);
    expect(outcome.error).toBe(REAL_ERRORS.maxExecutionTime);
  });

  test('service calls are recorded against each execution', async () => {
    const world = new World();
    const outcomes = await runConcurrently(world, COUNTER_SCRIPT, [
      { fn: 'bumpWithLock', args: ['script'], user: USERS[0] },
      { fn: 'bumpWithLock', args: ['script'], user: USERS[1] },
    ]);
    for (const { executionId } of outcomes) {
      expect(world.calls.count({ execution: executionId, method: 'waitLock' })).toBe(1);
      expect(world.calls.count({ execution: executionId, method: 'setProperty' })).toBe(2);
    }
  });

  // Quotas page, current limitations: "Simultaneous executions per user: 30"
  // (https://developers.google.com/apps-script/guides/services/quotas#current_limitations)
  test('refuses the 31st simultaneous execution of one user before it starts; another user still runs', async () => {
    const world = new World();
    const calls = [
      ...Array.from({ length: 31 }, () => ({ fn: 'readData', user: USERS[0] })),
      { fn: 'readData', user: USERS[1] },
    ];
    const outcomes = await runConcurrently(world, COUNTER_SCRIPT, calls);
    const refused = outcomes.filter((o) => o.error === REAL_ERRORS.tooManySimultaneous);
    expect(refused).toEqual([{ executionId: NEVER_STARTED, error: REAL_ERRORS.tooManySimultaneous }]);
    expect(outcomes.filter((o) => o.error === undefined)).toHaveLength(31);
    expect(outcomes[31].error).toBeUndefined();
  }, 60_000);
});
