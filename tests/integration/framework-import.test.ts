// Importing framework versions into a real database (SQLite, and PostgreSQL when
// TEST_DATABASE_URL is set): idempotent, immutable once an assessment uses a version, and a
// bad file refused as a whole with nothing written.
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction, type ActionContext } from '@/lib/actions/define-action';
import { createAuth } from '@/lib/auth/auth';
import { loadSessionUser } from '@/lib/auth/session-user';
import { contentHash } from '@/lib/framework/content-hash';
import { getFrameworkVersion } from '@/lib/framework/get-framework-version';
import { importFramework } from '@/lib/framework/import-framework';
import { importFrameworkAction, problemsOf } from '@/lib/framework/import-framework-action';
import { listFrameworkVersions } from '@/lib/framework/list-framework-versions';
import { importShippedFrameworks } from '@/lib/seed/import-shipped-frameworks';
import type { PrismaClient } from '@/lib/db/client';
import { freshDb, type TestDb } from '../helpers/fresh-db';
import { brokenCopy, FIXTURES, loadMini, MINI_1_1 } from '../helpers/framework-fixtures';
import { ROOT } from '../helpers/paths';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t.dispose();
});

/** Every framework row, with ids and import dates: "nothing written" compares two of these. */
async function frameworkRows(db: PrismaClient) {
  return {
    versions: await db.frameworkVersion.findMany({ orderBy: { id: 'asc' } }),
    instruments: await db.instrument.findMany({ orderBy: { id: 'asc' } }),
    paragraphs: await db.instrumentParagraph.findMany({ orderBy: { id: 'asc' } }),
    areas: await db.area.findMany({ orderBy: { id: 'asc' } }),
    questions: await db.question.findMany({ orderBy: { id: 'asc' } }),
    references: await db.questionReference.findMany({ orderBy: [{ questionId: 'asc' }, { paragraphId: 'asc' }] }),
    actions: await db.suggestedAction.findMany({ orderBy: { id: 'asc' } }),
  };
}

async function adminContext(db: PrismaClient): Promise<ActionContext> {
  const u = await db.user.create({ data: { email: 'admin@test.example', name: 'Admin', twoFactorEnabled: true, memberships: { create: { role: 'ADMIN' } } } });
  return {
    db,
    auth: createAuth(db, { secret: 'x'.repeat(40), baseURL: 'http://localhost:3000', provider: t.provider, production: false }),
    headers: new Headers(),
    user: await loadSessionUser(db, u.id),
    ip: '203.0.113.1',
    userAgent: 'vitest',
    locale: 'fr',
    baseUrl: 'http://localhost:3000',
  };
}

test('a version imports whole, reads back identical, and importing it again writes nothing', async () => {
  const content = loadMini();
  const first = await importFramework(t.db, content);
  expect(first).toMatchObject({ ok: true, data: { slug: 'mini', version: '1.0', status: 'created', areas: 2, questions: 3 } });
  const rows = await frameworkRows(t.db);
  expect([rows.instruments.length, rows.paragraphs.length, rows.areas.length, rows.questions.length, rows.references.length, rows.actions.length]).toEqual([2, 5, 2, 3, 4, 3]);
  expect(rows.actions.find((a) => a.code === 'HRG-01-A1')).toMatchObject({ leadKind: 'JUDICIAL', minLevel: 0, maxLevel: 4, partners: ['OHCHR'] });
  expect(rows.questions.find((q) => q.code === 'HRG-01')).toMatchObject({ lens: 'LEGAL', order: 1 });

  const stored = await getFrameworkVersion(t.db, 'mini', '1.0');
  expect(stored?.contentHash).toBe(contentHash(content));
  expect(contentHash(stored!.content)).toBe(stored?.contentHash);

  const again = await importFramework(t.db, loadMini());
  expect(again).toMatchObject({ ok: true, data: { status: 'unchanged', id: first.ok ? first.data.id : '' } });
  expect(await frameworkRows(t.db)).toEqual(rows);
});

test('an unused version is replaced by new content; a new version sits beside the old one', async () => {
  await importFramework(t.db, loadMini());
  const changed = { ...loadMini(MINI_1_1), framework: { ...loadMini(MINI_1_1).framework, version: '1.0' } };
  const r = await importFramework(t.db, changed);
  expect(r).toMatchObject({ ok: true, data: { status: 'replaced' } });
  expect((await t.db.question.findMany({ select: { code: true }, orderBy: { code: 'asc' } })).map((q) => q.code)).toEqual(['GOV-01', 'GOV-03', 'HRG-01']);

  expect(await importFramework(t.db, loadMini(MINI_1_1))).toMatchObject({ ok: true, data: { status: 'created', version: '1.1' } });
  expect((await listFrameworkVersions(t.db)).map((v) => `${v.slug} ${v.version}`)).toEqual(['mini 1.1', 'mini 1.0']);
});

test('a version used by an assessment is immutable: other content is refused and nothing changes', async () => {
  const created = await importFramework(t.db, loadMini());
  if (!created.ok) throw new Error(created.error);
  const country = await t.db.country.create({ data: { code: 'BJ' } });
  await t.db.assessment.create({ data: { countryId: country.id, frameworkVersionId: created.data.id, title: 'Évaluation', organisers: [] } });
  const before = await frameworkRows(t.db);

  const reworded = loadMini();
  reworded.areas[0].questions[0].text.fr = 'Une autre formulation ?';
  expect(await importFramework(t.db, reworded)).toEqual({ ok: false, error: 'framework.versionInUse' });
  expect(await frameworkRows(t.db)).toEqual(before);

  // The same content is still fine: imports run at every start.
  expect(await importFramework(t.db, loadMini())).toMatchObject({ ok: true, data: { status: 'unchanged' } });
  expect((await listFrameworkVersions(t.db))[0].inUse).toBe(true);
});

test('the upload: a bad file is refused whole, with its problems, and nothing is written', async () => {
  const ctx = await adminContext(t.db);
  const doc = JSON.parse(JSON.stringify(loadMini()));
  doc.areas[1].questions[0].references.push('2341:OP99');
  const before = { rows: await frameworkRows(t.db), events: await t.db.auditEvent.count() };

  const r = await runAction(importFrameworkAction, ctx, { filename: 'mini.json', content: JSON.stringify(doc) });
  expect(r).toMatchObject({ ok: false, error: 'framework.invalidFile' });
  expect(problemsOf(r)).toEqual([
    { file: 'mini.json', path: 'areas[1].questions[0].references[1]', code: 'unknownParagraph', params: { reference: '2341:OP99', instrument: '2341', paragraph: 'OP99' } },
  ]);
  expect({ rows: await frameworkRows(t.db), events: await t.db.auditEvent.count() }).toEqual(before);
});

test('the upload: a good file is imported and the import is in the audit trail', async () => {
  const ctx = await adminContext(t.db);
  const r = await runAction(importFrameworkAction, ctx, { filename: 'mini.json', content: JSON.stringify(loadMini()) });
  expect(r).toMatchObject({ ok: true, data: { status: 'created', slug: 'mini', version: '1.0' } });
  const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'framework.import' } });
  expect(event).toMatchObject({ actorId: ctx.user!.id, countryId: null, targetType: 'FrameworkVersion' });
  // Unchanged content is not an event.
  expect(await runAction(importFrameworkAction, ctx, { filename: 'mini.json', content: JSON.stringify(loadMini()) })).toMatchObject({ ok: true, data: { status: 'unchanged' } });
  expect(await t.db.auditEvent.count({ where: { action: 'framework.import' } })).toBe(1);
});

test('the shipped frameworks import at start-up, idempotently', async () => {
  const first = await importShippedFrameworks(t.db, FIXTURES);
  expect(first.map((f) => f.ok && `${f.folder} ${f.status}`)).toEqual(['mini/1.0 created', 'mini/1.1 created']);
  const rows = await frameworkRows(t.db);
  const second = await importShippedFrameworks(t.db, FIXTURES);
  expect(second.map((f) => f.ok && f.status)).toEqual(['unchanged', 'unchanged']);
  expect(await frameworkRows(t.db)).toEqual(rows);
});

test('npm run framework:import checks every version first, then imports; framework:diff reads them back', async () => {
  const run = (script: string, ...args: string[]) =>
    spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'framework', script), ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATABASE_URL: t.url },
    });
  // A valid 1.1 beside a broken 1.0: nothing is imported, not even the valid one.
  const copy = brokenCopy([{ file: 'areas/02-hrg.yaml', from: 'leadKind: judicial', to: 'leadKind: court' }]);
  try {
    cpSync(MINI_1_1, path.join(copy.root, 'mini', '1.1'), { recursive: true });
    const refused = run('import.ts', copy.root);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('mini/1.0/areas/02-hrg.yaml: questions[0].actions[0].leadKind: “court” is not allowed');
    expect(refused.stderr).toContain('1 problem found: nothing imported');
    expect(await t.db.frameworkVersion.count()).toBe(0);
  } finally {
    copy.dispose();
  }

  const imported = run('import.ts', path.relative(ROOT, FIXTURES));
  expect(imported.status, imported.stderr).toBe(0);
  expect(imported.stdout).toMatch(/^created mini 1\.0 \(3 questions\) from tests\/fixtures\/frameworks\/mini\/1\.0/m);
  expect(imported.stdout).toMatch(/^created mini 1\.1 /m);
  expect(run('import.ts', path.relative(ROOT, FIXTURES)).stdout).toMatch(/^unchanged mini 1\.0 /m);

  const diff = run('diff.ts', 'mini', '1.0', '1.1');
  expect(diff.status, diff.stderr).toBe(0);
  expect(diff.stdout).toContain('mini 1.0 (database) -> 1.1 (database)');
  expect(diff.stdout).toContain('Questions added (1)\n  + GOV-03  Is a lead authority designated?');
  expect(diff.stdout).toContain('Questions removed (1)\n  - GOV-02');
  expect(diff.stdout).toContain('Reworded (French): L’État a-t-il adopté une stratégie nationale de protection des infrastructures critiques {+et des cibles vulnérables +}?');
  expect(diff.stdout).toContain('References added: 2341:OP3');
}, 120_000); // five tsx processes in a row: slow on a loaded machine

test('the shipped framework imports and reads back with the same content hash', async () => {
  const [vt] = await importShippedFrameworks(t.db);
  if (!vt.ok) throw new Error(vt.error);
  expect(vt.status).toBe('created');
  const stored = await getFrameworkVersion(t.db, vt.slug, vt.version);
  expect(contentHash(stored!.content)).toBe(vt.contentHash);
  expect(stored!.content.areas.flatMap((a) => a.questions)).toHaveLength(vt.questions);
});
