/**
 * Values crossing between the emulator (host realm) and the script's node:vm context must look native on the other
 * side: a Date from the emulator must pass `instanceof Date` inside the script, an array `instanceof Array`, a thrown
 * error `instanceof Error`. This converts plain data both ways; service objects are handled by the recorder.
 */
export interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null; // Object.prototype of any realm
}

/** Deep-copies arrays, Dates and plain objects into `realm`, mapping every other object through `other`. */
export function intoRealm(value: unknown, realm: Realm, other: (v: object) => unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isDate(value)) return new realm.Date(value.getTime());
  if (Array.isArray(value)) {
    const out = new realm.Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = intoRealm(value[i], realm, other);
    return out;
  }
  if (isPlainObject(value)) {
    const out = new realm.Object() as Record<string, unknown>;
    for (const [k, v] of Object.entries(value)) out[k] = intoRealm(v, realm, other);
    return out;
  }
  return other(value);
}

export const HOST_REALM: Realm = { Array, Date, Object, Error };

/** An error as Apps Script throws it: an Error named "Exception" in the script's realm. */
export function scriptError(message: string, realm: Realm): Error {
  const e = new realm.Error(message);
  e.name = 'Exception';
  return e;
}
