// The assessment's performance figures (issue 6), against the built app (`next start`) on
// a fresh SQLite database:
// - autosave: 50 simulated contributors, each saving its own answer every second for 30 s
//   over real HTTP (POST /api/assessments/:id/responses), then the same load against an
//   empty route handler of the same app and run (the framework's floor); latency
//   percentiles, errors, and lost updates (what the database holds against what the server
//   acknowledged);
// - consolidation: the coordinator's consolidation page for 22 entities x 60 questions,
//   10 concurrent clients, p95 of the full response;
// - questionnaire first-load JavaScript: the scripts the questionnaire page loads, gzip.
// Default export: async () => BenchResult[] (bench/run.ts); `npx tsx bench/assessment.bench.ts`
// runs it alone and prints the figures.
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { PrismaClient } from '../lib/db/client';
import { importShippedFrameworks } from '../lib/seed/import-shipped-frameworks';
import { autosaveLoad, backToBack, benchUser, cookieFor, postEmpty, scratchDb, startApp, type Sample } from './app';
import { percentile as pct, round, type BenchResult } from './types';

const CONTRIBUTORS = 50;
const SECONDS = Number(process.env.BENCH_AUTOSAVE_SECONDS ?? 30);
const ENTITIES = 22;
const QUESTIONS = 60;

/** A framework of 60 questions, 22 entities answering all of them, 50 contributors, a coordinator. */
export async function seed(db: PrismaClient) {
  await importShippedFrameworks(db);
  const fwId = (await db.frameworkVersion.findFirstOrThrow({ where: { slug: 'vt' }, orderBy: { importedAt: 'desc' } })).id;
  const questions = (await db.question.findMany({ where: { frameworkVersionId: fwId }, orderBy: [{ area: { order: 'asc' } }, { order: 'asc' }], select: { id: true } })).slice(0, QUESTIONS);
  const country = await db.country.create({ data: { code: 'BJ', demo: true } });
  const entities = [];
  for (let i = 0; i < ENTITIES; i++) {
    entities.push(await db.entity.create({ data: { countryId: country.id, code: `E${i + 1}`, acronym: `E${i + 1}`, nameFr: `Entité ${i + 1}`, nameEn: `Entity ${i + 1}`, kind: 'AGENCY' } }));
  }
  const assessment = await db.assessment.create({
    data: { countryId: country.id, frameworkVersionId: fwId, title: 'Banc d’essai', status: 'COLLECTION', organisers: ['UNOCT', 'CTED'], entities: { create: entities.map((e) => ({ entityId: e.id })) } },
  });
  await db.assignment.createMany({ data: entities.flatMap((e) => questions.map((q) => ({ assessmentId: assessment.id, entityId: e.id, questionId: q.id }))) });
  const text = 'Le dispositif existe sur le papier mais n’est pas appliqué de façon régulière ; les moyens manquent hors de Cotonou.';
  await db.response.createMany({
    data: entities.flatMap((e, i) => questions.map((q, j) => ({
      assessmentId: assessment.id, entityId: e.id, questionId: q.id, state: 'ANSWERED' as const, maturity: (i + j) % 5, version: 1,
      achievements: text, gaps: `seed ${i}/${j}`, needs: text, priority: (['HIGH', 'MEDIUM', 'LOW'] as const)[(i * j) % 3],
    }))),
  });
  const user = async (email: string, role: 'CONTRIBUTOR' | 'COORDINATOR', entityId: string | null) => {
    await benchUser(db, email, [{ role, countryId: country.id, entityId }]);
    return email;
  };
  const clients = [];
  for (let i = 0; i < CONTRIBUTORS; i++) {
    const entity = entities[i % ENTITIES];
    // Each contributor saves its own answer: a different (entity, question) pair each.
    const question = questions[QUESTIONS - 1 - Math.floor(i / ENTITIES)];
    clients.push({ email: await user(`c${i}@bench.example`, 'CONTRIBUTOR', entity.id), entityId: entity.id, questionId: question.id, seedGaps: `seed ${i % ENTITIES}/${QUESTIONS - 1 - Math.floor(i / ENTITIES)}` });
  }
  const coordinator = await user('coordination@bench.example', 'COORDINATOR', null);
  return { assessmentId: assessment.id, clients, coordinator };
}

export default async function assessmentBench(): Promise<BenchResult[]> {
  const scratch = await scratchDb('assessment');
  const db = scratch.db;
  const world = await seed(db);
  const cookies = await Promise.all(world.clients.map((c) => cookieFor(db, c.email)));
  const coordinatorCookie = await cookieFor(db, world.coordinator);
  const app = await startApp(scratch.url).catch(async (error: unknown) => {
    await scratch.dispose();
    throw error;
  });
  const base = app.base;
  try {
    const headers = (i: number) => ({ 'content-type': 'application/json', origin: base, cookie: cookies[i] });
    const filler = ' Les exploitants du port et de l’énergie ne disposent pas encore de plan de sûreté approuvé.'.repeat(3);

    // What each client last had acknowledged, and the version it holds.
    const state = world.clients.map((c) => ({ version: 1, text: c.seedGaps, acked: c.seedGaps }));
    let conflicts = 0;
    const save = async (i: number, k: number) => {
      const c = world.clients[i];
      const text = `${c.email} #${k}.${filler}`;
      const res = await fetch(`${base}/api/assessments/${world.assessmentId}/responses`, {
        method: 'POST', headers: headers(i),
        body: JSON.stringify({ entityId: c.entityId, questionId: c.questionId, baseVersion: state[i].version, base: { gaps: state[i].text }, changes: { gaps: text } }),
      });
      const body = (await res.json()) as { ok: boolean; data?: { status: string; version: number; values: { gaps: string } } };
      if (res.status === 409) conflicts++;
      if (res.status !== 200 || !body.ok || body.data?.status !== 'saved') return false;
      state[i] = { version: body.data.version, text: body.data.values.gaps, acked: body.data.values.gaps };
      return true;
    };
    const empty = (i: number, k: number) => postEmpty(base, headers(i), { entityId: 'x', questionId: 'y', baseVersion: k, base: { gaps: '' }, changes: { gaps: filler } });
    const { saveSamples, emptySamples } = await autosaveLoad(CONTRIBUTORS, SECONDS, { save, empty });

    let lost = 0;
    for (const [i, c] of world.clients.entries()) {
      const row = await db.response.findUniqueOrThrow({ where: { assessmentId_entityId_questionId: { assessmentId: world.assessmentId, entityId: c.entityId, questionId: c.questionId } } });
      if (row.gaps !== state[i].acked) lost++;
    }

    // The consolidation page: 10 concurrent clients, 20 requests each after a warm-up. By
    // default it shows one area (the first with findings to write); `?area=all` every area.
    const consolidation = `${base}/fr/assessments/${world.assessmentId}/consolidation`;
    const get = async (url: string) => {
      const t0 = performance.now();
      const res = await fetch(url, { headers: { cookie: coordinatorCookie } });
      const html = await res.text();
      if (res.status !== 200 || !html.includes('GOV-01')) throw new Error(`consolidation page: ${res.status}`);
      return performance.now() - t0;
    };
    const underLoad = (url: string, check = get) => backToBack(10, 20, () => check(url));
    for (let i = 0; i < 5; i++) await get(consolidation);
    // Alone, one request at a time: latency and the server's CPU time per request (read from
    // /proc, less sensitive than latency to what else the machine runs).
    const alone: number[] = [];
    const cpu0 = app.cpuMs();
    for (let i = 0; i < 40; i++) alone.push(await get(consolidation));
    const cpuPerPage = (app.cpuMs() - cpu0) / 40;
    // The framework's floor for a page: the assessments list (a few rows), same load.
    const floorTimes = await underLoad(`${base}/fr/assessments`, async (url) => {
      const t0 = performance.now();
      await (await fetch(url, { headers: { cookie: coordinatorCookie } })).text();
      return performance.now() - t0;
    });
    const pageTimes = await underLoad(consolidation);
    const allTimes = await underLoad(`${consolidation}?area=all`);

    // First-load JavaScript of the questionnaire: every script the page asks for, gzipped.
    const q = await fetch(`${base}/fr/assessments/${world.assessmentId}/entities/${world.clients[0].entityId}`, { headers: { cookie: cookies[0] } });
    const html = await q.text();
    const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
    let gz = 0;
    for (const src of scripts) gz += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).byteLength;

    const ok = (xs: Sample[]) => xs.filter((s) => s.ok).map((s) => s.ms);
    const saveMs = ok(saveSamples);
    const emptyMs = ok(emptySamples);
    const p = (xs: number[], n: number) => round(pct(xs, n), 2);
    const results: BenchResult[] = [
      { name: 'autosave.p50_ms', value: p(saveMs, 50), unit: 'ms', reference: p(emptyMs, 50), ratio: round(pct(saveMs, 50) / pct(emptyMs, 50), 2) },
      { name: 'autosave.p95_ms', value: p(saveMs, 95), unit: 'ms', reference: p(emptyMs, 95), ratio: round(pct(saveMs, 95) / pct(emptyMs, 95), 2) },
      { name: 'autosave.p99_ms', value: p(saveMs, 99), unit: 'ms', reference: p(emptyMs, 99), ratio: round(pct(saveMs, 99) / pct(emptyMs, 99), 2) },
      { name: 'autosave.empty_p95_ms', value: p(emptyMs, 95), unit: 'ms' },
      { name: 'autosave.errors', value: saveSamples.length - saveMs.length + (emptySamples.length - emptyMs.length), unit: 'count', reference: 0 },
      { name: 'autosave.lost', value: lost, unit: 'count', reference: 0 },
      // reference: the budget (150 ms with 10 concurrent clients)
      { name: 'consolidation.p95_ms', value: p(pageTimes, 95), unit: 'ms', reference: 150, ratio: round(pct(pageTimes, 95) / 150, 2) },
      // the same page with every area (1,320 cells), and the light list page, same load and run
      { name: 'consolidation.all_areas_p95_ms', value: p(allTimes, 95), unit: 'ms', reference: p(pageTimes, 95), ratio: round(pct(allTimes, 95) / pct(pageTimes, 95), 2) },
      { name: 'consolidation.floor_p95_ms', value: p(floorTimes, 95), unit: 'ms' },
      { name: 'consolidation.server_cpu_ms', value: round(cpuPerPage, 1), unit: 'ms' },
      // reference: the budget (250 KB compressed)
      { name: 'questionnaire.first_load_kb', value: round(gz / 1024, 1), unit: 'KB', reference: 250, ratio: round(gz / 1024 / 250, 2) },
    ];
    console.log(`consolidation page (one area): ${round(pct(alone, 50))} ms alone (p50), ${round(cpuPerPage)} ms of server CPU a page; with 10 concurrent clients p95 ${round(pct(pageTimes, 95))} ms (every area: ${round(pct(allTimes, 95))} ms), against ${round(pct(floorTimes, 95))} ms for the light assessments list under the same load`);
    if (conflicts) console.warn(`autosave: ${conflicts} unexpected conflicts`);
    console.log(`autosave: ${saveSamples.length} saves, ${emptySamples.length} empty requests; consolidation: ${pageTimes.length} pages (${Math.round(html.length / 1024)} KB questionnaire HTML, ${scripts.length} scripts)`);
    return results;
  } finally {
    await app.stop();
    await scratch.dispose();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  assessmentBench().then(
    (rows) => {
      console.table(rows.map((r) => ({ name: r.name, value: r.value, unit: r.unit, reference: r.reference ?? '', ratio: r.ratio ?? '' })));
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
