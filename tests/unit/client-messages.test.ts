// Client components get only the message namespaces a page hands them (ClientMessages):
// this checks, for every route file, that each namespace its client components read is
// handed down, so a missing message is a failing test rather than a raw key on screen.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { SHELL_NAMESPACES } from '@/components/shell/client-messages';
import { ROOT } from '../helpers/paths';

const NAMESPACES = new Set(readdirSync(path.join(ROOT, 'messages', 'fr')).map((f) => f.replace(/\.json$/, '')));

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const c of [base, `${base}.tsx`, `${base}.ts`, path.join(base, 'index.tsx'), path.join(base, 'index.ts')]) if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

const source = (f: string) => readFileSync(f, 'utf8');
const isClient = (f: string) => /^\s*['"]use client['"]/.test(source(f));
const importsOf = (f: string) => [...source(f).matchAll(/from\s+'([^']+)'/g)].map((m) => resolveImport(f, m[1])).filter((x): x is string => !!x && !x.includes(`${path.sep}lib${path.sep}`));

/** The namespaces a client component reads: useTranslations('ns…'), or t('ns.key') on a root translator. */
export function namespacesRead(src: string): string[] {
  const out = new Set<string>();
  for (const m of src.matchAll(/useTranslations\(\s*['"]([A-Za-z]+)/g)) out.add(m[1]);
  for (const m of src.matchAll(/const\s+(\w+)\s*=\s*useTranslations\(\s*\)/g)) {
    for (const k of src.matchAll(new RegExp(`\\b${m[1]}(?:\\.rich|\\.markup|\\.has)?\\(\\s*['"\`]([A-Za-z]+)\\.`, 'g'))) out.add(k[1]);
  }
  return [...out];
}

/** What ClientMessages hands down in a file: namespaces, or parts of one ('pdf.ui'). */
function handedPaths(src: string): string[] {
  return [...src.matchAll(/<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/g)].flatMap((m) => [...m[1].matchAll(/'([A-Za-z]+(?:\.[A-Za-z]+)*)'/g)].map((x) => x[1]));
}

/** Namespaces handed down, whole or in part (a part is checked to exist below). */
function handed(src: string): string[] {
  return handedPaths(src).map((p) => p.split('.')[0]);
}

const routeFiles = walk(path.join(ROOT, 'app')).filter((f) => /(page|layout|error|not-found|loading)\.tsx$/.test(f));

test('the namespace reader finds root and namespaced translators', () => {
  expect(namespacesRead(`const t = useTranslations('roadmap'); const tr = useTranslations(); tr('form.saved'); tr(\`priority.\${p}\`); t('x.y')`).sort()).toEqual(['form', 'priority', 'roadmap']);
});

test.each(routeFiles.map((f) => [path.relative(ROOT, f), f]))('%s hands its client components their messages', (_, file) => {
  const needed = new Map<string, string>();
  const given = new Set<string>(SHELL_NAMESPACES);
  const seen = new Set<string>();
  const visit = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    const src = source(f);
    for (const ns of handed(src)) given.add(ns);
    if (isClient(f)) for (const ns of namespacesRead(src)) if (NAMESPACES.has(ns)) needed.set(ns, path.relative(ROOT, f));
    importsOf(f).forEach(visit);
  };
  visit(file);
  const missing = [...needed].filter(([ns]) => !given.has(ns)).map(([ns, by]) => `${ns} (read by ${by})`);
  expect(missing).toEqual([]);
});

test('every namespace handed down exists', () => {
  for (const f of walk(path.join(ROOT, 'app')).concat(walk(path.join(ROOT, 'components')))) {
    for (const name of handedPaths(source(f))) {
      const [ns, ...parts] = name.split('.');
      expect(NAMESPACES.has(ns), `${ns} in ${f}`).toBe(true);
      let m: unknown = JSON.parse(readFileSync(path.join(ROOT, 'messages', 'fr', `${ns}.json`), 'utf8'));
      for (const k of parts) m = (m as Record<string, unknown> | undefined)?.[k];
      expect(m, `${name} in ${f}`).toBeDefined();
    }
  }
});
