import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { AREAS_DIR, FRAMEWORK_FILE, INSTRUMENTS_FILE } from './load-framework';

/** content/frameworks, where the shipped frameworks live. */
export const CONTENT_ROOT = path.resolve(import.meta.dirname, '../../content/frameworks');

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
/** Any of the three parts marks a version folder, so that one missing its framework.yaml is reported, not skipped. */
const isVersion = (dir: string) => [FRAMEWORK_FILE, INSTRUMENTS_FILE, AREAS_DIR].some((f) => existsSync(path.join(dir, f)));

/**
 * The version folders under `root`: `root` itself when it is one, else its sub-folders that
 * are (<version>), else theirs (<slug>/<version>), in name order.
 */
export function findFrameworkFolders(root: string = CONTENT_ROOT): string[] {
  if (!isDir(root)) return [];
  if (isVersion(root)) return [root];
  const children = (dir: string) => readdirSync(dir).sort().map((n) => path.join(dir, n)).filter(isDir);
  const out: string[] = [];
  for (const child of children(root)) {
    if (isVersion(child)) out.push(child);
    else for (const grandchild of children(child)) if (isVersion(grandchild)) out.push(grandchild);
  }
  return out;
}
