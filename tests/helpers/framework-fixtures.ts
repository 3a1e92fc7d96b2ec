// The test framework (tests/fixtures/frameworks/mini) and broken copies of it: each copy
// changes one file by text replacement, so every broken case reads as the edit an author
// could make by mistake.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadFramework } from '@/lib/framework/load-framework';
import type { FrameworkContent } from '@/lib/framework/schema';
import { ROOT } from './paths';

export const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'frameworks');
export const MINI_1_0 = path.join(FIXTURES, 'mini', '1.0');
export const MINI_1_1 = path.join(FIXTURES, 'mini', '1.1');

export function loadMini(dir = MINI_1_0): FrameworkContent {
  const r = loadFramework(dir);
  if (!r.ok) throw new Error(`fixture ${dir} is invalid: ${JSON.stringify(r.problems)}`);
  return r.content;
}

export type Edit = { file: string; from: string; to: string } | { file: string; remove: true } | { file: string; write: string };

/** A copy of mini 1.0 under a temporary <root>/mini/1.0 with `edits` applied; `dispose` removes it. */
export function brokenCopy(edits: Edit[]) {
  const root = mkdtempSync(path.join(tmpdir(), 'jalon-framework-'));
  const dir = path.join(root, 'mini', '1.0');
  cpSync(MINI_1_0, dir, { recursive: true });
  for (const edit of edits) {
    const file = path.join(dir, edit.file);
    if ('remove' in edit) rmSync(file);
    else if ('write' in edit) writeFileSync(file, edit.write);
    else {
      const text = readFileSync(file, 'utf8');
      if (!text.includes(edit.from)) throw new Error(`${edit.file} has no "${edit.from}"`);
      writeFileSync(file, text.replace(edit.from, edit.to));
    }
  }
  return { root, dir, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
