// The programme view's performance figures (issue 14), against the built app (`next start`)
// on a fresh SQLite database: 20 countries x 70 questions x 3 cycles, each cycle answered by
// five entities and consolidated, a roadmap per country and half of them followed up
// (bench/programme-world.ts). A reviewer assigned to the 20 countries asks the programme
// view with 10 concurrent clients, beside the light assessments list (a coordinator of one
// country, three rows) under the same load in the same run; alone, the server's CPU time and
// the SQL statements per page (Prisma's query events in the server, lib/db/query-count.ts).
import { pathToFileURL } from 'node:url';
import { backToBack, cookieFor, pageGetter, perPage, scratchDb, startApp } from './app';
import { programmeWorld } from './programme-world';
import { percentile as pct, round, type BenchModule, type BenchResult } from './types';

const log = (s: string) => console.log(`  ${s}`);

async function run(): Promise<BenchResult[]> {
  const scratch = await scratchDb('programme');
  const db = scratch.db;
  const seeded = performance.now();
  const world = await programmeWorld(db, { countries: 20, questions: 70, cycles: 3, now: new Date() });
  log(`seeded ${world.countries.length} countries, ${world.answers} answers, ${world.findings} findings, ${world.followed} follow-ups in ${round((performance.now() - seeded) / 1000)} s`);
  // Reviewers must have two-factor authentication: the session is opened first, then the
  // account marked as having it, as after a sign-in with a code.
  const reviewerCookie = await cookieFor(db, world.reviewer);
  await db.user.update({ where: { id: world.reviewerId }, data: { twoFactorEnabled: true } });
  const coordinatorCookie = await cookieFor(db, world.coordinator);
  const app = await startApp(scratch.url).catch(async (error: unknown) => {
    await scratch.dispose();
    throw error;
  });
  try {
    const programme = pageGetter(`${app.base}/fr/programme`, reviewerCookie, 'id="heatmap"');
    const light = pageGetter(`${app.base}/fr/assessments`, coordinatorCookie, world.lightTitle);
    for (let i = 0; i < 5; i++) await Promise.all([programme(), light()]);
    const alone = await perPage(app, 20, programme);
    const lightAlone = await perPage(app, 20, light);
    const floorTimes = await backToBack(10, 20, light);
    const pageTimes = await backToBack(10, 20, programme);
    const html = await (await fetch(`${app.base}/fr/programme`, { headers: { cookie: reviewerCookie } })).text();
    const shown = (html.match(/data-country="/g) ?? []).length;
    if (shown !== world.countries.length) throw new Error(`the programme view shows ${shown} countries, not ${world.countries.length}`);
    log(`programme view (${Math.round(html.length / 1024)} KB of HTML, ${shown} countries): ${round(alone.medianMs)} ms alone (median), ${round(alone.cpuMs)} ms of server CPU and ${round(alone.queries)} SQL statements a page (the list: ${round(lightAlone.medianMs)} ms, ${round(lightAlone.cpuMs)} ms, ${round(lightAlone.queries)}); p95 ${round(pct(pageTimes, 95))} ms with 10 concurrent clients against ${round(pct(floorTimes, 95))} ms for the list`);
    const p = (xs: number[], n: number) => round(pct(xs, n), 2);
    return [
      { name: 'programme.p95_ms', value: p(pageTimes, 95), unit: 'ms', reference: p(floorTimes, 95), ratio: round(pct(pageTimes, 95) / pct(floorTimes, 95), 2) },
      { name: 'programme.floor_p95_ms', value: p(floorTimes, 95), unit: 'ms' },
      { name: 'programme.server_cpu_ms', value: round(alone.cpuMs, 1), unit: 'ms', reference: round(lightAlone.cpuMs, 1), ratio: round(alone.cpuMs / lightAlone.cpuMs, 2) },
      { name: 'programme.queries_per_page', value: round(alone.queries, 1), unit: 'count', reference: round(lightAlone.queries, 1) },
    ];
  } finally {
    await app.stop();
    await scratch.dispose();
  }
}

const bench: BenchModule = { name: 'programme', run };
export default bench;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then((rows) => console.table(rows), (error) => {
    console.error(error);
    process.exit(1);
  });
}
