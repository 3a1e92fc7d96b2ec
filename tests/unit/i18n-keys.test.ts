// Message keys are typed from the French catalog (i18n.d.ts, next-intl's AppConfig): the type
// check fails on a key the catalog lacks. Two things the type check cannot see are checked
// here: that i18n.d.ts lists every catalog file, and that the keys the zod schemas name as
// their messages (which reach the code as plain strings) exist.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { ROOT } from '../helpers/paths';

const fr = flattenMessages(loadMessages('fr'));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (f === 'generated' || f === 'node_modules') return [];
    return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

test('i18n.d.ts types every file of the French catalog', () => {
  const typed = [...readFileSync(path.join(ROOT, 'i18n.d.ts'), 'utf8').matchAll(/^\s+(\w+): typeof import\('\.\/messages\/fr\/(\w+)\.json'\);$/gm)];
  expect(typed.every((m) => m[1] === m[2])).toBe(true);
  const files = readdirSync(path.join(ROOT, 'messages', 'fr')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  expect(typed.map((m) => m[1]).sort()).toEqual(files);
});

test('every message key a zod schema names exists in the catalog', () => {
  const named = new Map<string, string>();
  for (const file of walk(path.join(ROOT, 'lib'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:error|message):\s*'([a-z][A-Za-z]*(?:\.[A-Za-z0-9]+)+)'/g)) named.set(m[1], path.relative(ROOT, file));
  }
  expect(named.size).toBeGreaterThan(20);
  const missing = [...named].filter(([key]) => !(key in fr)).map(([key, file]) => `${key} (${file})`);
  expect(missing).toEqual([]);
});
