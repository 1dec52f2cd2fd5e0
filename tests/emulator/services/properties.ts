import { Fake, type CallTable } from '../core/fake';
import type { FakeOf } from '../core/fake-types';
import { FakeService } from '../core/service';
import type { World } from '../core/world';

/**
 * PropertiesService: string key/value stores scoped to the script, to one user, or to one document.
 * https://developers.google.com/apps-script/reference/properties/properties-service
 * https://developers.google.com/apps-script/guides/properties
 */

/** Quotas page ("Properties value size 9 KB / val", "Properties total storage 500 KB / property store"). */
const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
const PROPERTY_STORE_MAX_BYTES = 500 * 1024;

/**
 * What Apps Script throws when a write would break either quota, as users report it (the same text for one oversized
 * value and for a full store).
 */
export const PROPERTY_QUOTA_ERROR =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

type Store = Map<string, string>;

interface PropertyStores {
  script: Store;
  byUser: Map<string, Store>;
  byDocument: Map<string, Store>;
}

/** Every property store of the world (test-side API: what a test compares). */
export function propertyStores(world: World): Readonly<PropertyStores> {
  return stores(world);
}

function stores(world: World): PropertyStores {
  return world.store<PropertyStores>('properties', () => ({
    script: new Map(),
    byUser: new Map(),
    byDocument: new Map(),
  }));
}

function storeFor(owners: Map<string, Store>, owner: string): Store {
  let store = owners.get(owner);
  if (!store) owners.set(owner, (store = new Map()));
  return store;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

export class FakePropertiesService
  extends FakeService
  implements FakeOf<GoogleAppsScript.Properties.PropertiesService>
{
  readonly typeName = 'PropertiesService';
  static override readonly calls: CallTable = { cost: 'local' };

  getScriptProperties(): FakeProperties {
    return new FakeProperties(stores(this.world).script);
  }

  getUserProperties(): FakeProperties {
    return new FakeProperties(storeFor(stores(this.world).byUser, this.world.execution.user));
  }

  /** null outside a container document or add-on (the reference page's "Return" section). */
  getDocumentProperties(): FakeProperties | null {
    const documentId = this.world.execution.activeSpreadsheetId;
    return documentId === null ? null : new FakeProperties(storeFor(stores(this.world).byDocument, documentId));
  }
}

export class FakeProperties extends Fake implements FakeOf<GoogleAppsScript.Properties.Properties> {
  readonly typeName = 'Properties';
  static override readonly calls: CallTable = { cost: 'properties' };

  readonly #store: Store;

  constructor(store: Store) {
    super();
    this.#store = store;
  }

  getProperty(key: string): string | null {
    return this.#store.get(String(key)) ?? null;
  }

  /** A copy: changing it does not change the store (guide "Modifying data"). */
  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.#store);
  }

  getKeys(): string[] {
    return [...this.#store.keys()];
  }

  setProperty(key: string, value: string): this {
    return this.#commit(new Map(this.#store).set(String(key), String(value)));
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): this {
    const next: Store = deleteAllOthers ? new Map() : new Map(this.#store);
    for (const [key, value] of Object.entries(properties)) next.set(key, String(value));
    return this.#commit(next);
  }

  deleteProperty(key: string): this {
    this.#store.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this.#store.clear();
    return this;
  }

  /** Replaces the store with `next` only when it respects both quotas: a refused write changes nothing. */
  #commit(next: Store): this {
    let total = 0;
    for (const [key, value] of next) {
      if (bytes(value) > PROPERTY_VALUE_MAX_BYTES) throw new Error(PROPERTY_QUOTA_ERROR);
      total += bytes(key) + bytes(value);
    }
    if (total > PROPERTY_STORE_MAX_BYTES) throw new Error(PROPERTY_QUOTA_ERROR);
    this.#store.clear();
    for (const [key, value] of next) this.#store.set(key, value);
    return this;
  }
}
