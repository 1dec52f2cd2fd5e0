import { LOCK_TIMEOUT_ERROR } from '../services/lock';
import { pin } from './pin';
import { scriptWorld } from './world';

/** Lock: https://developers.google.com/apps-script/reference/lock/lock */
const GAS_FAKES_LOCK = 'https://github.com/brucemcpherson/gas-fakes/blob/main/test/testlock.js';

describe('LockService script lock', () => {
  pin(
    ['Lock.LockService.getScriptLock', 'Lock.Lock.tryLock', 'Lock.Lock.releaseLock'],
    'https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)',
    'tryLock answers true when it gets the lock; a second execution cannot get it until releaseLock',
    () => {
      const { world, services } = scriptWorld();
      const [first, second] = [world.begin({}), world.begin({})];
      const scriptLock = () => services.LockService.getScriptLock();
      expect(world.within(first, () => [scriptLock().tryLock(0), scriptLock().hasLock()])).toEqual([true, true]);
      expect(world.within(second, () => scriptLock().tryLock(500))).toBe(false);
      world.within(first, () => scriptLock().releaseLock());
      expect(world.within(second, () => scriptLock().tryLock(500))).toBe(true);
    },
  );

  pin(
    ['Lock.Lock.tryLock', 'Lock.Lock.waitLock'],
    GAS_FAKES_LOCK,
    'a negative timeout never gets even a free lock: tryLock is false, waitLock throws the timeout error',
    () => {
      const { run } = scriptWorld();
      run(({ LockService }) => {
        const lock = LockService.getScriptLock();
        expect(lock.tryLock(-100)).toBe(false);
        expect(lock.hasLock()).toBe(false);
        expect(() => lock.waitLock(-100)).toThrow(LOCK_TIMEOUT_ERROR);
        expect(lock.hasLock()).toBe(false);
        lock.waitLock(0);
        expect(lock.hasLock()).toBe(true);
      });
    },
  );
});
