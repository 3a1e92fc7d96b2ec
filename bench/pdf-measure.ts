// How the PDF benchmarks measure (pdf, followup): render times, a render's peak memory in a
// fresh process, and the warm Chromium the figures stand beside (what a team would otherwise
// pick): one headless browser and page, up and having printed once, then `page.setContent`
// + `page.pdf` of an HTML version of the same content (bench/pdf-html.ts, progress-html.ts).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/e2e/browser';
import { median } from './types';

export type HtmlPrint = { html: string; headerTemplate: string; footerTemplate: string };

export async function times(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * The peak resident memory (VmHWM, MB) of this process's child processes and theirs, summed:
 * Chromium's browser, renderer and GPU processes. An upper bound (pages they share count once
 * per process), read before the browser closes.
 */
function descendantsPeakMb(): number {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      parent.set(Number(d), Number(readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1]));
    } catch {
      // ended meanwhile
    }
  }
  const mine = (pid: number): boolean => {
    for (let p = parent.get(pid); p; p = parent.get(p)) if (p === process.pid) return true;
    return false;
  };
  let kb = 0;
  for (const pid of parent.keys()) {
    if (!mine(pid)) continue;
    try {
      kb += Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // ended meanwhile
    }
  }
  return kb / 1024;
}

/**
 * The median time (ms) of a warm Chromium printing each document `runs[name]` times, after one
 * warm-up print; `peakMb`: the peak memory of Chromium's processes over those prints.
 */
export async function chromiumPrintMs<K extends string>(docs: Record<K, HtmlPrint>, runs: Record<K, number>): Promise<Record<K, number> & { peakMb: number }> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const print = async ({ html, ...templates }: HtmlPrint) => {
      await page.setContent(html, { waitUntil: 'load' });
      return page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true, ...templates });
    };
    const keys = Object.keys(docs) as K[];
    await print(docs[keys[0]]);
    const out = {} as Record<K, number> & { peakMb: number };
    for (const k of keys) (out as Record<K, number>)[k] = median(await times(runs[k], () => print(docs[k])));
    out.peakMb = descendantsPeakMb();
    return out;
  } finally {
    await browser.close();
  }
}

/** Peak memory of one render in a fresh process (bench/pdf-peak-child.ts): `which` is `stress` or `progress:<file>`. */
export function freshRender(mode: 'pool' | 'thread', which = 'stress'): { pages: number; ms: number; maxRssMb: number } {
  const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const out = execFileSync(tsx, [path.join(import.meta.dirname, 'pdf-peak-child.ts'), mode, which], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}
