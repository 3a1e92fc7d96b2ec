// npm run bench [-- <filter>]: runs every bench/*.bench.ts (or those whose name contains the
// filter), prints a table, and merges the figures into bench/results.json, keeping the figures
// of benchmarks that did not run. Timings are never asserted: they vary with the machine.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './types';

const dir = import.meta.dirname;
const out = path.join(dir, 'results.json');

function table(rows: BenchResult[]) {
  const cells = rows.map((r) => [r.name, String(r.value), r.unit, r.reference === undefined ? '' : String(r.reference), r.ratio === undefined ? '' : r.ratio.toFixed(2)]);
  const head = ['name', 'value', 'unit', 'reference', 'ratio'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((x, i) => (i === 1 || i === 4 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

async function main() {
  const filter = process.argv[2];
  const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter))).sort();
  if (!files.length) throw new Error(`no benchmark matches "${filter}"`);
  const results: BenchResult[] = [];
  // The machine is shared: its load says how much the timings below can be trusted.
  const loadBefore = loadavg()[0];
  for (const file of files) {
    // A module's default export is a BenchModule, or simply a function returning its figures.
    const exported = (await import(pathToFileURL(path.join(dir, file)).href)).default as BenchModule | (() => Promise<BenchResult[]>);
    const mod: BenchModule = typeof exported === 'function' ? { name: file.replace(/\.bench\.ts$/, ''), run: exported } : exported;
    console.log(`bench: ${mod.name} (${file})`);
    const started = performance.now();
    results.push(...(await mod.run()));
    console.log(`bench: ${mod.name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  results.push({ name: 'bench.load_avg_1m', value: Math.round(((loadBefore + loadavg()[0]) / 2) * 100) / 100, unit: 'load' });
  const previous: BenchResult[] = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : [];
  const names = new Set(results.map((r) => r.name));
  const merged = [...previous.filter((r) => !names.has(r.name)), ...results];
  writeFileSync(out, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`\n${table(results)}\n\nwritten to ${path.relative(process.cwd(), out)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG) console.error(error);
    process.exit(1);
  },
);
