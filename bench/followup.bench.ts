// The follow-up's performance figures (issue 13), against the built app (`next start`) on a
// fresh SQLite database holding a roadmap of 500 actions followed up over 12 quarters
// (bench/followup-world.ts):
// - dashboard: the coordinator's follow-up page of the period just due as it opens (figures,
//   charts, a page of indicator paths, a page of the actions needing attention; the other
//   rows a filter or a page away), 10 concurrent clients, p95 beside the light assessments
//   list under the same load in the same run; alone, the server's CPU time and SQL
//   statements per page;
// - autosave: 50 contributors, each saving its own update of the current period every
//   second for 30 s (POST /api/roadmaps/:slug/follow-up/updates), beside the same load on
//   the empty route; errors, and lost updates (each update read back against the last
//   save the server acknowledged);
// - progress PDF of that period: render time in a warm pool worker and peak memory in a
//   fresh process, beside a warm Chromium printing the same report from HTML.
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadProgressDocument } from '../lib/followup/progress-document';
import { PdfPool } from '../lib/pdf/pool';
import { autosaveLoad, backToBack, cookieFor, pageGetter, perPage, postEmpty, scratchDb, startApp, type Sample } from './app';
import { followUpWorld } from './followup-world';
import { chromiumPrintMs, freshRender, times } from './pdf-measure';
import { progressHtml, progressTemplates } from './progress-html';
import { median, percentile as pct, round, type BenchModule, type BenchResult } from './types';

const ACTIONS = 500;
const PERIODS = 12;
const CONTRIBUTORS = 50;
const SECONDS = Number(process.env.BENCH_AUTOSAVE_SECONDS ?? 30);
const log = (s: string) => console.log(`  ${s}`);

async function run(): Promise<BenchResult[]> {
  const scratch = await scratchDb('followup');
  const db = scratch.db;
  const now = new Date();
  const seeded = performance.now();
  const world = await followUpWorld(db, { actions: ACTIONS, periods: PERIODS, contributors: CONTRIBUTORS, now });
  log(`seeded ${world.actions} tracked actions, ${world.periods.length} periods (${world.periods[0]} to ${world.currentPeriod}), ${world.updates} updates and ${world.steps} validation steps in ${round((performance.now() - seeded) / 1000)} s`);
  const cookies = await Promise.all(world.clients.map((c) => cookieFor(db, c.email)));
  const coordinatorCookie = await cookieFor(db, world.coordinator);
  // The report the PDF figures render, read before any save (the period just due).
  const loaded = await loadProgressDocument(db, { roadmap: world.slug, period: world.dashboardPeriod, locale: 'fr', now });
  if (!loaded.ok) throw new Error(`progress document: ${loaded.error}`);
  const doc = loaded.data.document;

  const results: BenchResult[] = [];
  const app = await startApp(scratch.url).catch(async (error: unknown) => {
    await scratch.dispose();
    throw error;
  });
  try {
    const base = app.base;
    const headers = (i: number) => ({ 'content-type': 'application/json', origin: base, cookie: cookies[i] });
    const filler = ' Atelier de validation tenu avec les ministères sectoriels ; observations en cours d’intégration au projet de texte.'.repeat(3);
    const state = world.clients.map((c) => ({ version: c.version, text: c.done, acked: c.done }));
    let conflicts = 0;
    const save = async (i: number, k: number) => {
      const c = world.clients[i];
      const res = await fetch(`${base}/api/roadmaps/${world.slug}/follow-up/updates`, {
        method: 'POST', headers: headers(i),
        body: JSON.stringify({ trackedActionId: c.trackedActionId, entityId: c.entityId, period: world.currentPeriod, baseVersion: state[i].version, base: { done: state[i].text }, changes: { done: `${c.email} #${k}.${filler}` } }),
      });
      const body = (await res.json()) as { ok: boolean; error?: string; data?: { status: string; version: number; values: { done: string } } };
      if (res.status === 409) conflicts++;
      if (res.status !== 200 || !body.ok || body.data?.status !== 'saved') {
        if (k === 0 && i === 0) log(`autosave refused: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        return false;
      }
      state[i] = { version: body.data.version, text: body.data.values.done, acked: body.data.values.done };
      return true;
    };
    const empty = (i: number, k: number) =>
      postEmpty(base, headers(i), { trackedActionId: 'x', entityId: 'y', period: world.currentPeriod, baseVersion: k, base: { done: '' }, changes: { done: filler } });
    const { saveSamples, emptySamples } = await autosaveLoad(CONTRIBUTORS, SECONDS, { save, empty });
    let lost = 0;
    for (const [i, c] of world.clients.entries()) {
      const row = await db.progressUpdate.findUniqueOrThrow({ where: { id: c.updateId }, select: { done: true } });
      if (row.done !== state[i].acked) lost++;
    }
    if (conflicts) console.warn(`  autosave: ${conflicts} unexpected conflicts`);

    // The dashboard page and the light list page, 10 concurrent clients, 20 pages each.
    const dashboard = pageGetter(`${base}/fr/roadmaps/${world.slug}/follow-up?period=${world.dashboardPeriod}`, coordinatorCookie, 'id="dashboard-title"');
    const light = pageGetter(`${base}/fr/assessments`, coordinatorCookie, world.assessmentTitle);
    for (let i = 0; i < 5; i++) await Promise.all([dashboard(), light()]);
    const alone = await perPage(app, 20, dashboard);
    const lightAlone = await perPage(app, 20, light);
    const floorTimes = await backToBack(10, 20, light);
    const pageTimes = await backToBack(10, 20, dashboard);
    const html = await (await fetch(`${base}/fr/roadmaps/${world.slug}/follow-up?period=${world.dashboardPeriod}`, { headers: { cookie: coordinatorCookie } })).text();
    log(`dashboard (${Math.round(html.length / 1024)} KB of HTML, ${(html.match(/data-action=/g) ?? []).length} rows, ${(html.match(/<h3 id="ind-/g) ?? []).length} indicator charts): ${round(alone.medianMs)} ms alone (median), ${round(alone.cpuMs)} ms of server CPU and ${round(alone.queries)} SQL statements a page (the list: ${round(lightAlone.medianMs)} ms, ${round(lightAlone.cpuMs)} ms, ${round(lightAlone.queries)}); p95 ${round(pct(pageTimes, 95))} ms with 10 concurrent clients against ${round(pct(floorTimes, 95))} ms for the assessments list`);

    const ok = (xs: Sample[]) => xs.filter((s) => s.ok).map((s) => s.ms);
    const saveMs = ok(saveSamples);
    const emptyMs = ok(emptySamples);
    log(`autosave: ${saveSamples.length} saves (${saveMs.length} acknowledged), ${emptySamples.length} empty requests; p95 ${round(pct(saveMs, 95))} ms against ${round(pct(emptyMs, 95))} ms`);
    const p = (xs: number[], n: number) => round(pct(xs, n), 2);
    results.push(
      { name: 'followup.dashboard_p95_ms', value: p(pageTimes, 95), unit: 'ms', reference: p(floorTimes, 95), ratio: round(pct(pageTimes, 95) / pct(floorTimes, 95), 2) },
      { name: 'followup.dashboard_floor_p95_ms', value: p(floorTimes, 95), unit: 'ms' },
      { name: 'followup.dashboard_server_cpu_ms', value: round(alone.cpuMs, 1), unit: 'ms', reference: round(lightAlone.cpuMs, 1), ratio: round(alone.cpuMs / lightAlone.cpuMs, 2) },
      { name: 'followup.dashboard_queries_per_page', value: round(alone.queries, 1), unit: 'count', reference: round(lightAlone.queries, 1) },
      { name: 'followup.autosave_p95_ms', value: p(saveMs, 95), unit: 'ms', reference: p(emptyMs, 95), ratio: round(pct(saveMs, 95) / pct(emptyMs, 95), 2) },
      { name: 'followup.autosave_p50_ms', value: p(saveMs, 50), unit: 'ms', reference: p(emptyMs, 50), ratio: round(pct(saveMs, 50) / pct(emptyMs, 50), 2) },
      { name: 'followup.autosave_errors', value: saveSamples.length - saveMs.length + (emptySamples.length - emptyMs.length), unit: 'count', reference: 0 },
      { name: 'followup.autosave_lost', value: lost, unit: 'count', reference: 0 },
    );
  } finally {
    await app.stop();
    await scratch.dispose();
  }

  // The progress PDF, with the server stopped: Chromium first, then the pool, then a fresh process.
  const ref = await chromiumPrintMs({ progress: { html: progressHtml(doc), ...progressTemplates(doc) } }, { progress: 3 });
  const pool = new PdfPool({ size: 1 });
  let pages = 0;
  let render = 0;
  try {
    await pool.warm();
    render = median(await times(3, async () => {
      pages = (await pool.renderProgress(doc)).pages;
    }));
  } finally {
    await pool.close();
  }
  const file = path.join(tmpdir(), `jalon-bench-progress-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(doc));
  const peak = freshRender('pool', `progress:${file}`);
  rmSync(file, { force: true });
  log(`progress PDF (${doc.objectives.reduce((n, o) => n + o.rows.length, 0)} actions, ${pages} pages): ${round(render)} ms in a warm worker, against ${round(ref.progress)} ms for a warm Chromium; peak ${round(peak.maxRssMb)} MB in a fresh process (cold render ${round(peak.ms)} ms), Chromium's processes ${round(ref.peakMb)} MB`);
  results.push(
    { name: 'pdf.progress.render_ms', value: round(render), unit: 'ms', reference: 'pdf.progress.chromium_ms', ratio: round(render / ref.progress, 3) },
    { name: 'pdf.progress.chromium_ms', value: round(ref.progress), unit: 'ms' },
    { name: 'pdf.progress.peak_mb', value: round(peak.maxRssMb), unit: 'MB', reference: 'pdf.progress.chromium_peak_mb', ratio: round(peak.maxRssMb / ref.peakMb, 3) },
    { name: 'pdf.progress.chromium_peak_mb', value: round(ref.peakMb), unit: 'MB' },
    { name: 'pdf.progress.pages', value: pages, unit: 'pages' },
  );
  return results;
}

const bench: BenchModule = { name: 'followup', run };
export default bench;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then((rows) => console.table(rows), (error) => {
    console.error(error);
    process.exit(1);
  });
}
