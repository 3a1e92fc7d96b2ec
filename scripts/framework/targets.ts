// What the framework commands accept: version folders, folders holding versions
// (content/frameworks, content/frameworks/<slug>), or one document file (YAML or JSON).
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findFrameworkFolders } from '../../lib/framework/find-framework-folders';
import { loadFramework } from '../../lib/framework/load-framework';
import { parseFrameworkDocument } from '../../lib/framework/parse-framework-document';
import type { Validation } from '../../lib/framework/validate-framework';

/** `label` is what the user sees (relative to the working directory); problems' files are relative to it. */
export type Target = { label: string; result: Validation };

export function readTargets(args: string[]): Target[] {
  const out: Target[] = [];
  for (const arg of args) {
    const full = path.resolve(arg);
    const label = path.relative(process.cwd(), full) || '.';
    if (!existsSync(full)) throw new Error(`${arg}: no such file or folder`);
    if (statSync(full).isFile()) {
      out.push({ label: path.dirname(label), result: parseFrameworkDocument(readFileSync(full, 'utf8'), path.basename(full)) });
      continue;
    }
    const folders = findFrameworkFolders(full);
    if (!folders.length) throw new Error(`${arg}: no framework version found (a folder with a framework.yaml)`);
    for (const dir of folders) out.push({ label: path.relative(process.cwd(), dir) || '.', result: loadFramework(dir) });
  }
  return out;
}

/** A problem's file as the user finds it from the working directory. */
export function fileOf(target: Target, file: string) {
  return target.label === '.' ? file : path.join(target.label, file);
}
