// Bundles the PDF worker (lib/pdf/worker.ts and what it imports from the repository) into one
// ES module, dist/pdf-worker.mjs (or the file given as argument), run by `npm run build` after
// `next build`. In production the
// pool starts it directly (lib/pdf/pool.ts): no TypeScript sources, no tsx at run time. The
// dependencies it imports (react-pdf, fontkit, pdf-lib, hyphen, the fonts...) stay in
// node_modules, which the server needs anyway (some read files beside their own code); what
// it takes from devDependencies (intl-messageformat) is bundled, so `npm ci --omit=dev` works.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const { dependencies } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const outfile = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'pdf-worker.mjs')); // pool.ts PDF_WORKER_BUNDLE

const started = performance.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: ['lib/pdf/worker.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies (and their subpaths) are imported from node_modules at run time; the
  // repository's own modules (through the "@/" alias of tsconfig.json) and devDependencies
  // are bundled.
  // hyphen is bundled too: its patterns are imported as directories ("hyphen/fr"), which
  // Node's ES module loader refuses.
  external: Object.keys(dependencies).filter((name) => name !== 'hyphen'),
  jsx: 'automatic',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
});
const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/'));
const bundledPackages = new Set(Object.keys(result.metafile.inputs).filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/').slice(1, f.split('/')[1].startsWith('@') ? 3 : 2).join('/')));
const size = Object.values(result.metafile.outputs).find((o) => o.entryPoint)?.bytes ?? 0;
console.log(`pdf worker: ${path.relative(root, outfile)} (${Math.round(size / 1024)} KB, ${inputs.length} modules of the repository, bundled packages: ${[...bundledPackages].join(', ') || 'none'}) in ${Math.round(performance.now() - started)} ms`);
