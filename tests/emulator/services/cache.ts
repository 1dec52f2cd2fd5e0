import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';

/**
 * CacheService: short-lived string entries that expire by the world clock.
 * https://developers.google.com/apps-script/reference/cache/cache-service
 * https://developers.google.com/apps-script/reference/cache/cache
 *
 * Cost class 'properties': like the property stores, every Cache call is a round trip to a Google key/value service;
 * getting the cache object itself is local.
 */

const CACHE_DEFAULT_SECONDS = 600;
const CACHE_MAX_SECONDS = 21600;
const CACHE_KEY_MAX_CHARS = 250;
const CACHE_VALUE_MAX_BYTES = 100 * 1024;
/** "a cache item cap of 1,000 entries"; when it is passed the oldest entries go first, about a tenth at once. */
export const CACHE_MAX_ITEMS = 1000;
const CACHE_ITEMS_AFTER_EVICTION = 900;

/** What a put outside the documented key and value limits throws. */
export const CACHE_ERRORS = {
  keyTooLarge: 'Argument too large: key',
  valueTooLarge: 'Argument too large: value',
} as const;

interface Entry {
  value: string;
  expiresAt: number;
}

type Entries = Map<string, Entry>;

interface CacheScopes {
  script: Entries;
  byUser: Map<string, Entries>;
  byDocument: Map<string, Entries>;
}

function scopes(world: World): CacheScopes {
  return world.store<CacheScopes>('cache', () => ({ script: new Map(), byUser: new Map(), byDocument: new Map() }));
}

function entriesFor(owners: Map<string, Entries>, owner: string): Entries {
  let entries = owners.get(owner);
  if (!entries) owners.set(owner, (entries = new Map()));
  return entries;
}

export class FakeCacheService extends FakeService implements FakeOf<GoogleAppsScript.Cache.CacheService> {
  readonly typeName = 'CacheService';
  static override readonly calls: CallTable = { cost: 'local' };

  getScriptCache(): FakeCache {
    return new FakeCache(this.world, scopes(this.world).script);
  }

  getUserCache(): FakeCache {
    return new FakeCache(this.world, entriesFor(scopes(this.world).byUser, this.world.execution.user));
  }

  /** null outside a containing document (reference page, getDocumentCache "Return"). */
  getDocumentCache(): FakeCache | null {
    const documentId = this.world.execution.activeSpreadsheetId;
    return documentId === null
      ? null
      : new FakeCache(this.world, entriesFor(scopes(this.world).byDocument, documentId));
  }
}

export class FakeCache extends Fake implements FakeOf<GoogleAppsScript.Cache.Cache> {
  readonly typeName = 'Cache';
  static override readonly calls: CallTable = { cost: 'properties' };

  readonly #world: World;
  readonly #entries: Entries;

  constructor(world: World, entries: Entries) {
    super();
    this.#world = world;
    this.#entries = entries;
  }

  get(key: string): string | null {
    const entry = this.#entries.get(String(key));
    if (!entry) return null;
    if (entry.expiresAt <= this.#world.clock.now()) {
      this.#entries.delete(String(key));
      return null;
    }
    return entry.value;
  }

  /** Only the keys found appear in the result. */
  getAll(keys: string[]): { [key: string]: string } {
    const found: { [key: string]: string } = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) found[String(key)] = value;
    }
    return found;
  }

  put(key: string, value: string, expirationInSeconds = CACHE_DEFAULT_SECONDS): void {
    this.putAll({ [String(key)]: value }, expirationInSeconds);
  }

  /** All or nothing: an entry outside the limits refuses the whole batch. */
  putAll(values: { [key: string]: unknown }, expirationInSeconds = CACHE_DEFAULT_SECONDS): void {
    const batch = Object.entries(values).map(([key, value]) => [key, String(value)] as const);
    for (const [key, value] of batch) {
      if (key.length > CACHE_KEY_MAX_CHARS) throw new Error(CACHE_ERRORS.keyTooLarge);
      if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_MAX_BYTES) throw new Error(CACHE_ERRORS.valueTooLarge);
    }
    // The reference gives 1 second as the minimum and 21600 (6 hours) as the maximum lifetime.
    const seconds = Math.min(Math.max(Number(expirationInSeconds), 1), CACHE_MAX_SECONDS);
    const expiresAt = this.#world.clock.now() + seconds * 1000;
    for (const [key, value] of batch) {
      this.#entries.delete(key); // a re-put entry counts as the newest
      this.#entries.set(key, { value, expiresAt });
    }
    this.#evictOldest();
  }

  remove(key: string): void {
    this.#entries.delete(String(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }

  #evictOldest(): void {
    if (this.#entries.size <= CACHE_MAX_ITEMS) return;
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= CACHE_ITEMS_AFTER_EVICTION) break;
      this.#entries.delete(key);
    }
  }
}
