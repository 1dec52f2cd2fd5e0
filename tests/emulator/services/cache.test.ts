import { createGlobals, World } from '../index';
import { CACHE_ERRORS, CACHE_MAX_ITEMS } from './cache';

// Reference: https://developers.google.com/apps-script/reference/cache/cache-service
//            https://developers.google.com/apps-script/reference/cache/cache
// Key and value limits, item cap and eviction order: https://justin.poehnelt.com/posts/exploring-apps-script-cacheservice-limits

function setUp() {
  const world = new World();
  const { CacheService } = createGlobals(world) as unknown as { CacheService: GoogleAppsScript.Cache.CacheService };
  return { world, CacheService };
}

describe('CacheService', () => {
  test('get returns null for a missing key and the value once put', () => {
    const { CacheService } = setUp();
    const cache = CacheService.getScriptCache();
    expect(cache.get('k')).toBeNull();
    cache.put('k', 'v');
    expect(cache.get('k')).toBe('v');
  });

  test('an entry expires after 600 seconds by default (put(key, value))', () => {
    const { world, CacheService } = setUp();
    const cache = CacheService.getScriptCache();
    cache.put('k', 'v');
    world.clock.advance(599_000);
    expect(cache.get('k')).toBe('v');
    world.clock.advance(1_000);
    expect(cache.get('k')).toBeNull();
  });

  test('expirationInSeconds sets the lifetime, at most 21600 seconds (put(key, value, expirationInSeconds))', () => {
    const { world, CacheService } = setUp();
    const cache = CacheService.getScriptCache();
    cache.put('short', 'v', 5);
    cache.put('long', 'v', 100_000);
    world.clock.advance(5_000);
    expect(cache.get('short')).toBeNull();
    world.clock.advance(21600_000 - 5_000 - 1);
    expect(cache.get('long')).toBe('v');
    world.clock.advance(1);
    expect(cache.get('long')).toBeNull();
  });

  test('getAll returns only the keys found; putAll, remove and removeAll', () => {
    const { CacheService } = setUp();
    const cache = CacheService.getScriptCache();
    cache.putAll({ a: '1', b: 2, c: '3' });
    expect(cache.getAll(['a', 'b', 'x'])).toEqual({ a: '1', b: '2' });
    cache.remove('a');
    cache.removeAll(['b', 'c']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({});
  });

  test('a key over 250 characters or a value over 100 KB is refused and nothing of the batch is stored', () => {
    const { CacheService } = setUp();
    const cache = CacheService.getScriptCache();
    cache.put('k'.repeat(250), 'x'.repeat(100 * 1024));
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow(CACHE_ERRORS.keyTooLarge);
    expect(() => cache.putAll({ ok: '1', big: 'x'.repeat(100 * 1024 + 1) })).toThrow(CACHE_ERRORS.valueTooLarge);
    expect(cache.get('ok')).toBeNull();
  });

  test('past the 1,000-item cap the oldest entries are evicted first', () => {
    const { CacheService } = setUp();
    const cache = CacheService.getScriptCache();
    for (let i = 0; i <= CACHE_MAX_ITEMS; i++) cache.put(`k${i}`, String(i));
    expect(cache.get('k0')).toBeNull();
    expect(cache.get(`k${CACHE_MAX_ITEMS}`)).toBe(String(CACHE_MAX_ITEMS));
  });

  test('user caches are per user, document caches per document, and getDocumentCache is null without one', () => {
    const { world, CacheService } = setUp();
    world.run({ user: 'a@contoh.go.id', activeSpreadsheetId: 'ss-1' }, () => {
      CacheService.getUserCache().put('u', 'a');
      CacheService.getDocumentCache()!.put('d', '1');
    });
    world.run({ user: 'b@contoh.go.id', activeSpreadsheetId: 'ss-2' }, () => {
      expect(CacheService.getUserCache().get('u')).toBeNull();
      expect(CacheService.getDocumentCache()!.get('d')).toBeNull();
    });
    world.run({ user: 'a@contoh.go.id', activeSpreadsheetId: 'ss-1' }, () => {
      expect(CacheService.getUserCache().get('u')).toBe('a');
      expect(CacheService.getDocumentCache()!.get('d')).toBe('1');
    });
    world.run({ activeSpreadsheetId: null }, () => expect(CacheService.getDocumentCache()).toBeNull());
  });

  test('Cache calls cost a properties round trip', () => {
    const { world, CacheService } = setUp();
    const mark = world.calls.mark();
    CacheService.getScriptCache().get('k');
    expect(world.calls.since(mark).map((c) => c.costClass)).toEqual(['local', 'properties']);
  });
});
