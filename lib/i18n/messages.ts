// The message catalogs: messages/<locale>/<namespace>.json, one file per namespace so that
// each part of the product keeps its own texts. Read once per process.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from './routing';

export type Messages = { [key: string]: string | Messages };

const dir = path.join(process.cwd(), 'messages');
const cache = new Map<Locale, Messages>();

export function loadMessages(locale: Locale, root = dir): Messages {
  const cached = root === dir ? cache.get(locale) : undefined;
  if (cached) return cached;
  const messages: Messages = {};
  for (const file of readdirSync(path.join(root, locale)).filter((f) => f.endsWith('.json')).sort()) {
    messages[file.slice(0, -'.json'.length)] = JSON.parse(readFileSync(path.join(root, locale, file), 'utf8'));
  }
  if (root === dir) cache.set(locale, messages);
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
