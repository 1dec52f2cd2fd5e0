import { createGlobals, World } from '../index';
import { LOCK_TIMEOUT_ERROR, LockTable } from './lock';

// Reference: https://developers.google.com/apps-script/reference/lock/lock-service
//            https://developers.google.com/apps-script/reference/lock/lock
// waitLock's timeout text as Apps Script logs report it: "Lock timeout: another process was holding the lock for too long."

function setUp() {
  const world = new World();
  const { LockService } = createGlobals(world) as unknown as { LockService: GoogleAppsScript.Lock.LockService };
  return { world, LockService };
}

describe('LockService', () => {
  test('getDocumentLock is null outside a containing document', () => {
    const { world, LockService } = setUp();
    world.run({ activeSpreadsheetId: null }, () => expect(LockService.getDocumentLock()).toBeNull());
    world.run({ activeSpreadsheetId: 'ss-1' }, () => expect(LockService.getDocumentLock()).not.toBeNull());
  });

  test('hasLock is false until tryLock succeeds and false again after releaseLock (hasLock)', () => {
    const { world, LockService } = setUp();
    world.run({}, () => {
      const lock = LockService.getScriptLock();
      expect(lock.hasLock()).toBe(false);
      expect(lock.tryLock(1000)).toBe(true);
      expect(lock.hasLock()).toBe(true);
      lock.releaseLock();
      expect(lock.hasLock()).toBe(false);
    });
  });

  test('a lock is re-entrant within one execution', () => {
    const { world, LockService } = setUp();
    world.run({}, () => {
      LockService.getScriptLock().waitLock(1000);
      expect(LockService.getScriptLock().tryLock(0)).toBe(true);
    });
  });

  test('while another execution holds it, tryLock returns false after the timeout has passed on the clock', () => {
    const { world, LockService } = setUp();
    world.run({ user: 'a@contoh.go.id' }, () => {
      LockService.getScriptLock().waitLock(1000);
      world.run({ user: 'b@contoh.go.id' }, () => {
        const before = world.clock.now();
        const lock = LockService.getScriptLock();
        expect(lock.tryLock(5000)).toBe(false);
        expect(lock.hasLock()).toBe(false);
        expect(world.clock.now() - before).toBe(5000);
      });
    });
  });

  test('waitLock throws the real timeout exception (waitLock)', () => {
    const { world, LockService } = setUp();
    world.run({}, () => {
      LockService.getScriptLock().waitLock(1000);
      world.run({}, () => {
        let thrown: Error | undefined;
        try {
          LockService.getScriptLock().waitLock(30000);
        } catch (e) {
          thrown = e as Error;
        }
        expect(thrown?.message).toBe(LOCK_TIMEOUT_ERROR);
        expect(thrown?.name).toBe('Exception');
      });
    });
  });

  test('a lock still held when its execution ends is released (releaseLock: "released when the script terminates")', () => {
    const { world, LockService } = setUp();
    world.run({}, () => LockService.getScriptLock().waitLock(1000));
    world.run({}, () => expect(LockService.getScriptLock().tryLock(0)).toBe(true));
  });

  test('user locks exclude the same user only; document locks the same document only', () => {
    const { world, LockService } = setUp();
    world.run({ user: 'a@contoh.go.id', activeSpreadsheetId: 'ss-1' }, () => {
      LockService.getUserLock().waitLock(0);
      LockService.getDocumentLock().waitLock(0);
      world.run({ user: 'b@contoh.go.id', activeSpreadsheetId: 'ss-2' }, () => {
        expect(LockService.getUserLock().tryLock(0)).toBe(true);
        expect(LockService.getDocumentLock().tryLock(0)).toBe(true);
      });
      world.run({ user: 'a@contoh.go.id', activeSpreadsheetId: 'ss-1' }, () => {
        expect(LockService.getUserLock().tryLock(0)).toBe(false);
        expect(LockService.getDocumentLock().tryLock(0)).toBe(false);
      });
    });
  });

  test('lock waits are recorded with the lock cost class', () => {
    const { world, LockService } = setUp();
    const mark = world.calls.mark();
    world.run({}, () => LockService.getScriptLock().tryLock(0));
    expect(world.calls.since(mark).map((c) => [c.method, c.costClass])).toEqual([
      ['getScriptLock', 'local'],
      ['tryLock', 'lock'],
    ]);
  });
});

describe('LockTable', () => {
  test('tells the listeners of each release, including those at releaseAll', () => {
    const table = new LockTable();
    const released: string[] = [];
    table.onRelease((scope) => released.push(scope));
    expect(table.tryAcquire('script', 1)).toBe(true);
    expect(table.tryAcquire('user:a', 1)).toBe(true);
    expect(table.tryAcquire('script', 2)).toBe(false);
    table.release('script', 2); // not the holder: no effect
    expect(table.holder('script')).toBe(1);
    table.releaseAll(1);
    expect(released).toEqual(['script', 'user:a']);
    expect(table.tryAcquire('script', 2)).toBe(true);
  });
});
