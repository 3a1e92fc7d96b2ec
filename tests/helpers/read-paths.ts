// Which fields of an object a piece of code reads: a deep proxy records the path of every
// value read ("actions[].title", array indices folded into "[]"), and which reads take a whole
// subtree (Object.keys, spreading, `in`). Used to check the part cache's declared reads
// (lib/pdf/sections/weights.ts) against what the sections really read while they render.

export type ReadLog = { leaves: Set<string>; wholes: Set<string> };

const isIndex = (p: string) => /^\d+$/.test(p);

export function trackReads<T extends object>(value: T): { value: T; log: ReadLog } {
  const log: ReadLog = { leaves: new Set(), wholes: new Set() };
  const proxies = new WeakMap<object, object>();
  const wrap = (target: object, at: string): object => {
    const known = proxies.get(target);
    if (known) return known;
    const proxy = new Proxy(target, {
      get(obj, prop, receiver) {
        const v = Reflect.get(obj, prop, receiver);
        if (typeof prop === 'symbol') return v;
        if (Array.isArray(obj) && !isIndex(prop)) {
          // length, map, filter...: the array's shape; its items are read through the proxy.
          if (typeof v !== 'function') log.leaves.add(`${at}.${prop}`);
          return v;
        }
        const path = Array.isArray(obj) ? `${at}[]` : at ? `${at}.${prop}` : prop;
        if (v && typeof v === 'object') return wrap(v, path);
        if (typeof v !== 'function') log.leaves.add(path);
        return v;
      },
      has(obj, prop) {
        // On a list's index (filter, sort...): its shape, like its length.
        if (typeof prop === 'string') log.leaves.add(Array.isArray(obj) && isIndex(prop) ? `${at}.length` : at ? `${at}.${prop}` : prop);
        return Reflect.has(obj, prop);
      },
      ownKeys(obj) {
        log.wholes.add(at);
        return Reflect.ownKeys(obj);
      },
    });
    proxies.set(target, proxy);
    return proxy;
  };
  return { value: wrap(value, '') as T, log };
}
