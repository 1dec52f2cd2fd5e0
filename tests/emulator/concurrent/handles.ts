import { HOST_REALM, intoRealm, isDate, isPlainObject } from '../core/realm';

/** The marker a worker and the main thread use for a service object that stays in the main thread. */
export const HANDLE_KEY = '__emulatorHandle__';

/**
 * Service objects handed to workers, by number. Data crosses the MessagePort as structured clones; every other
 * object (the world's service proxies) crosses as `{ [HANDLE_KEY]: id }` and is resolved back here when a worker
 * passes it as an argument.
 */
export class HandleTable {
  private readonly objects = new Map<number, object>();
  private readonly ids = new WeakMap<object, number>();

  idOf(obj: object): number {
    let id = this.ids.get(obj);
    if (id === undefined) {
      id = this.objects.size + 1;
      this.objects.set(id, obj);
      this.ids.set(obj, id);
    }
    return id;
  }

  get(id: number): object {
    const obj = this.objects.get(id);
    if (!obj) throw new Error(`Unknown emulator handle ${id}`);
    return obj;
  }

  /** A main-thread value as a worker receives it. */
  encode(value: unknown): unknown {
    return intoRealm(value, HOST_REALM, (obj) => ({ [HANDLE_KEY]: this.idOf(obj) }));
  }

  /** A value from a worker with its handles resolved. */
  decode(value: unknown): unknown {
    if (value === null || typeof value !== 'object' || isDate(value)) return value;
    if (Array.isArray(value)) return value.map((item) => this.decode(item));
    if (isPlainObject(value)) {
      if (HANDLE_KEY in value) return this.get(value[HANDLE_KEY] as number);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.decode(v)]));
    }
    return value;
  }
}
