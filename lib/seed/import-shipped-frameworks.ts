// The frameworks shipped in content/frameworks/, imported at start-up and by the seeds.
// Idempotent: an unchanged version writes nothing (its content hash is compared first).
import path from 'node:path';
import type { PrismaClient } from '../db/client';
import { CONTENT_ROOT, findFrameworkFolders } from '../framework/find-framework-folders';
import { importFramework, type ImportSummary } from '../framework/import-framework';
import { loadFramework } from '../framework/load-framework';
import { translator } from '../i18n/translate';
import { describeProblem } from '../framework/describe-problem';

export type ShippedImport =
  | ({ folder: string; ok: true } & ImportSummary)
  | { folder: string; ok: false; error: string };

export class ShippedFrameworkError extends Error {
  constructor(folder: string, lines: string[]) {
    super(`the shipped framework in ${folder} is invalid (run npm run framework:check):\n${lines.join('\n')}`);
    this.name = 'ShippedFrameworkError';
  }
}

/**
 * Imports every version under content/frameworks. Invalid shipped content is a bug in this
 * repository (framework:check and the tests guard it), so it throws before writing anything.
 * A version that an assessment uses and whose files changed is not replaced: it comes back
 * with `ok: false` and the caller says so (the files must become a new version).
 */
export async function importShippedFrameworks(db: PrismaClient, root: string = CONTENT_ROOT): Promise<ShippedImport[]> {
  const loaded = findFrameworkFolders(root).map((dir) => ({ dir, folder: path.relative(root, dir) || '.', result: loadFramework(dir) }));
  const t = translator('en', 'framework');
  for (const { folder, result } of loaded) {
    if (!result.ok) throw new ShippedFrameworkError(folder, result.problems.map((p) => describeProblem(p, t)));
  }
  const out: ShippedImport[] = [];
  for (const { folder, result } of loaded) {
    if (!result.ok) continue;
    const r = await importFramework(db, result.content);
    out.push(r.ok ? { folder, ok: true, ...r.data } : { folder, ok: false, error: r.error });
  }
  return out;
}
