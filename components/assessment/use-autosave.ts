'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { AutosaveStore, type Item } from '@/lib/assessment/autosave-store';
import { postAutosave } from './send-json';

/** localStorage, or nothing when the browser refuses it (private modes, full disk). */
const browserStorage = {
  getItem: (k: string) => window.localStorage.getItem(k),
  setItem: (k: string, v: string) => window.localStorage.setItem(k, v),
  removeItem: (k: string) => window.localStorage.removeItem(k),
};

/**
 * One autosave store per page: answers registered as the server rendered them, unsent
 * text put back from this device once mounted, everything sent again when the network
 * returns. The component re-renders on every change of the store.
 */
export function useAutosave<V extends Record<string, unknown>>(opts: {
  url: string;
  storagePrefix: string;
  body: (id: string) => Record<string, string>;
  initial: { id: string; confirmed: Item<V>['confirmed'] }[];
}) {
  const [store] = useState(() => {
    const s = new AutosaveStore<V>({
      storageKey: (id) => `${opts.storagePrefix}:${id}`,
      storage: typeof window === 'undefined' ? null : browserStorage,
      // The payload carries the save id: a retry after a lost reply is recognised by the server.
      send: (id, payload) => postAutosave<V>(opts.url, { ...opts.body(id), ...payload }),
    });
    for (const x of opts.initial) s.register(x.id, x.confirmed);
    return s;
  });
  useEffect(() => {
    store.restoreAll();
    const online = () => store.flushAll();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      store.dispose();
    };
  }, [store]);
  useSyncExternalStore(store.subscribe, store.getRevision, () => 0);
  return store;
}
