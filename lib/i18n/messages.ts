// The message catalogs: messages/<locale>/<namespace>.json, one file per namespace so that
// each part of the product keeps its own texts. Read once per process.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from './routing';

export type Messages = { [key: string]: string | Messages };

const cache = new Map<Locale, Messages>();

export function loadMessages(locale: Locale): Messages {
  const cached = cache.get(locale);
  if (cached) return cached;
  const messages: Messages = {};
  const dir = path.join(process.cwd(), 'messages', locale);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    messages[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
  }
  cache.set(locale, messages);
  return messages;
}

/** Every message as `namespace.key.sub` -> text. */
export function flattenMessages(tree: Messages, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else Object.assign(out, flattenMessages(v, key));
  }
  return out;
}
