'use strict';
/**
 * One Apps Script execution in its own thread (see run-concurrently.ts). The script runs in a node:vm context whose
 * globals are proxies of the main thread's service objects: every property read and method call is sent over the
 * MessagePort and the thread blocks (Atomics.wait) until the main thread has answered, so the script stays
 * synchronous, as Apps Script code is. Plain CommonJS: a worker cannot load TypeScript.
 */
const { workerData, receiveMessageOnPort } = require('node:worker_threads');
const vm = require('node:vm');

const { source, fn, args, globals, port, signal, handleKey, nowMs } = workerData;
const context = vm.createContext({});
// the script's `new Date()` and `Date.now()` read the world's clock as it stood when the executions started, as the
// harness makes them read it in a single execution (tests/harness/script.ts)
vm.runInContext(
  `(function (now) {
    var RealDate = Date;
    class WorldDate extends RealDate {
      constructor(...args) { if (args.length === 0) super(now); else super(...args); }
      static now() { return now; }
    }
    globalThis.Date = WorldDate;
  })`,
  context,
)(nowMs);
const realm = vm.runInContext('({ Array: Array, Date: Date, Object: Object, Error: Error })', context);
const proxies = new Map();
const handleOf = new WeakMap();
const methods = new Map();

function request(message) {
  port.postMessage(message);
  Atomics.wait(signal, 0, 0);
  const reply = receiveMessageOnPort(port).message;
  Atomics.store(signal, 0, 0);
  if (!reply.ok) {
    const error = new realm.Error(reply.message);
    error.name = reply.name || 'Exception';
    throw error;
  }
  return reply;
}

function proxyFor(handle) {
  if (proxies.has(handle)) return proxies.get(handle);
  const proxy = new Proxy(
    {},
    {
      get(_target, prop) {
        if (typeof prop !== 'string') return undefined;
        const key = handle + '\u0000' + prop;
        if (methods.has(key)) return methods.get(key);
        const reply = request({ op: 'get', handle, prop });
        if (!reply.method) return fromMain(reply.value);
        const method = function () {
          return fromMain(request({ op: 'call', handle, prop, args: toMain(Array.from(arguments)) }).value);
        };
        methods.set(key, method);
        return method;
      },
      set() {
        throw new realm.Error('Service objects are read-only');
      },
    },
  );
  proxies.set(handle, proxy);
  handleOf.set(proxy, handle);
  return proxy;
}

/** Main-thread data into the script's realm, handles into proxies. */
function fromMain(value) {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new realm.Date(value.getTime());
  if (Array.isArray(value)) {
    const out = new realm.Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = fromMain(value[i]);
    return out;
  }
  if (handleKey in value) return proxyFor(value[handleKey]);
  const out = new realm.Object();
  for (const key of Object.keys(value)) out[key] = fromMain(value[key]);
  return out;
}

/** Script values as cloneable data, proxies as handles. */
function toMain(value) {
  if (typeof value === 'function') throw new realm.Error('Functions cannot be passed to a service');
  if (value === null || typeof value !== 'object') return value;
  if (handleOf.has(value)) return { [handleKey]: handleOf.get(value) };
  if (Object.prototype.toString.call(value) === '[object Date]') return new Date(value.getTime());
  if (Array.isArray(value)) return value.map(toMain);
  const out = {};
  for (const key of Object.keys(value)) out[key] = toMain(value[key]);
  return out;
}

let outcome;
try {
  for (const name of Object.keys(globals)) context[name] = proxyFor(globals[name]);
  vm.runInContext(source, context, { filename: 'Code.js' });
  const entry = context[fn];
  if (typeof entry !== 'function') throw new Error('Script function not found: ' + fn);
  outcome = { op: 'done', ok: true, value: toMain(entry.apply(undefined, fromMain(args))) };
} catch (error) {
  outcome = {
    op: 'done',
    ok: false,
    message: error && error.message !== undefined ? String(error.message) : String(error),
  };
}
port.postMessage(outcome);
