/**
 * A snapshot of an object graph that is restored in place: every object reachable from the roots keeps its
 * identity, and only its own contents (properties, Map and Set entries, array slots, a Date's time, a byte array's
 * bytes) are put back as they were. Services keep their state in objects that closures and end-of-execution hooks
 * hold on to (Drive's type handlers, the document store's save hook), so a restore that swapped in copies would leave
 * those holders on the old objects; restoring in place keeps every such reference valid.
 *
 * Not captured: functions (kept as they are, with whatever their closures hold), WeakMaps and WeakSets (not
 * enumerable), and objects listed as `opaque` (the World itself, the script's realm).
 */
type Contents =
  | { kind: 'map'; entries: [unknown, unknown][]; props: PropertyDescriptorMap }
  | { kind: 'set'; values: unknown[]; props: PropertyDescriptorMap }
  | { kind: 'array'; length: number; props: PropertyDescriptorMap }
  | { kind: 'date'; time: number }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'object'; props: PropertyDescriptorMap };

export interface GraphSnapshot {
  readonly contents: ReadonlyMap<object, Contents>;
}

export function snapshotGraph(roots: readonly object[], opaque: ReadonlySet<object> = new Set()): GraphSnapshot {
  const contents = new Map<object, Contents>();
  const pending: unknown[] = [...roots];
  const visit = (value: unknown) => {
    if (typeof value === 'object' && value !== null && !contents.has(value) && !opaque.has(value)) pending.push(value);
  };
  while (pending.length) {
    const obj = pending.pop();
    if (typeof obj !== 'object' || obj === null || contents.has(obj) || opaque.has(obj)) continue;
    const c = contentsOf(obj);
    if (!c) continue;
    contents.set(obj, c);
    if ('props' in c) for (const d of Object.values(c.props)) visit(d.value);
    if (c.kind === 'map')
      for (const [k, v] of c.entries) {
        visit(k);
        visit(v);
      }
    if (c.kind === 'set') c.values.forEach(visit);
  }
  return { contents };
}

function contentsOf(obj: object): Contents | null {
  if (obj instanceof WeakMap || obj instanceof WeakSet || Object.isFrozen(obj)) return null;
  if (ArrayBuffer.isView(obj))
    return { kind: 'bytes', bytes: new Uint8Array(obj.buffer.slice(obj.byteOffset, obj.byteOffset + obj.byteLength)) };
  if (obj instanceof Date) return { kind: 'date', time: obj.getTime() };
  const props = dataProperties(obj);
  if (obj instanceof Map) return { kind: 'map', entries: [...obj.entries()], props };
  if (obj instanceof Set) return { kind: 'set', values: [...obj.values()], props };
  if (Array.isArray(obj)) {
    delete props.length;
    return { kind: 'array', length: obj.length, props };
  }
  return { kind: 'object', props };
}

function dataProperties(obj: object): PropertyDescriptorMap {
  const all = Object.getOwnPropertyDescriptors(obj) as PropertyDescriptorMap;
  for (const key of Object.keys(all)) if (!('value' in all[key])) delete all[key];
  return all;
}

/** Puts every object of the snapshot back as it was; objects made since are no longer reachable from the roots. */
export function restoreGraph(snapshot: GraphSnapshot): void {
  for (const [obj, c] of snapshot.contents) {
    switch (c.kind) {
      case 'date':
        (obj as Date).setTime(c.time);
        continue;
      case 'bytes': {
        const view = obj as Uint8Array;
        new Uint8Array(view.buffer, view.byteOffset, view.byteLength).set(c.bytes.subarray(0, view.byteLength));
        continue;
      }
      case 'map': {
        const map = obj as Map<unknown, unknown>;
        map.clear();
        for (const [k, v] of c.entries) map.set(k, v);
        break;
      }
      case 'set': {
        const set = obj as Set<unknown>;
        set.clear();
        for (const v of c.values) set.add(v);
        break;
      }
      case 'array':
        (obj as unknown[]).length = 0;
        break;
      case 'object':
        break;
    }
    restoreProperties(obj, c.props);
    if (c.kind === 'array') (obj as unknown[]).length = c.length;
  }
}

function restoreProperties(obj: object, props: PropertyDescriptorMap): void {
  const target = obj as Record<string, unknown>;
  for (const key of Object.keys(Object.getOwnPropertyDescriptors(obj))) {
    const d = Object.getOwnPropertyDescriptor(obj, key)!;
    if (!(key in props) && 'value' in d && d.configurable && !(Array.isArray(obj) && key === 'length'))
      delete target[key];
  }
  for (const [key, d] of Object.entries(props)) {
    const now = Object.getOwnPropertyDescriptor(obj, key);
    if (!now || now.configurable) Object.defineProperty(obj, key, d);
    else if (now.writable) target[key] = d.value;
  }
}
