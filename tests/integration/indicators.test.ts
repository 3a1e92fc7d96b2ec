// Indicators are structured fields: what the action form sends, what the action stores, what a
// submitted version and the PDF read, and the migration of indicators written before the types.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction, type ActionContext } from '@/lib/actions/define-action';
import { createAuth } from '@/lib/auth/auth';
import { loadSessionUser } from '@/lib/auth/session-user';
import { createAction } from '@/lib/roadmap/create-action';
import { actionFieldsFromForm, actionFormValues } from '@/lib/roadmap/form-input';
import { readIndicators } from '@/lib/roadmap/indicators';
import { buildSnapshot } from '@/lib/roadmap/snapshot';
import { snapshotToDocument } from '@/lib/pdf/load';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';
import { ROOT } from '../helpers/paths';

let t: TestDb;
let f: Awaited<ReturnType<typeof assessmentWithFindings>>;
beforeEach(async () => {
  t = await freshDb();
  f = await assessmentWithFindings(t.db);
});
afterEach(async () => {
  await t?.dispose();
});

async function coordinator(): Promise<ActionContext> {
  const u = await t.db.user.create({
    data: { email: 'coordinator@x.example', name: 'Coordinatrice', twoFactorEnabled: true, memberships: { create: { role: 'COORDINATOR', countryId: f.country.id } } },
  });
  return {
    db: t.db, auth: createAuth(t.db, { secret: 'x'.repeat(40), baseURL: 'http://localhost', provider: t.provider, production: false }),
    headers: new Headers(), user: await loadSessionUser(t.db, u.id), ip: '127.0.0.1', userAgent: 'test', locale: 'fr', baseUrl: 'http://localhost',
  };
}

const form = {
  title: 'Former les agents de sûreté', leadEntityId: '', priority: 'HIGH',
  'indicators.0.label': 'Agents formés | dont femmes', 'indicators.0.type': 'NUMBER', 'indicators.0.baseline': '1 200', 'indicators.0.target': '2 500,5', 'indicators.0.unit': 'agents',
  'indicators.1.label': 'Plan adopté', 'indicators.1.type': 'YES_NO', 'indicators.1.baseline': 'Non', 'indicators.1.target': 'oui', 'indicators.1.unit': 'ignored',
  // A row the person left blank is not an indicator.
  'indicators.3.label': '', 'indicators.3.type': 'NUMBER', 'indicators.3.baseline': '', 'indicators.3.target': '', 'indicators.3.unit': '',
  'indicators.2.label': 'Sites évalués (A|B)', 'indicators.2.type': 'PERCENTAGE', 'indicators.2.baseline': '0', 'indicators.2.target': '30 %', 'indicators.2.unit': '',
};

test('an indicator label with | survives a save, and each value is stored as its type says', async () => {
  const ctx = await coordinator();
  const r = await runAction(createAction, ctx, { roadmapId: f.roadmap.id, fields: actionFieldsFromForm({ ...form, leadEntityId: f.ministry.id }) });
  expect(r.ok).toBe(true);
  const row = await t.db.action.findFirstOrThrow({ where: { roadmapId: f.roadmap.id, title: form.title } });
  expect(row.indicators).toEqual([
    { label: 'Agents formés | dont femmes', baseline: '1200', target: '2500.5', unit: 'agents', type: 'NUMBER' },
    { label: 'Plan adopté', baseline: 'no', target: 'yes', unit: '', type: 'YES_NO' },
    { label: 'Sites évalués (A|B)', baseline: '0', target: '30', unit: '', type: 'PERCENTAGE' },
  ]);
  // The form shows them back field by field, the label whole.
  const values = actionFormValues({ ...row, partners: [], costAmount: null, indicators: readIndicators(row.indicators) });
  expect(values['indicators.0.label']).toBe('Agents formés | dont femmes');
  expect(values['indicators.2.target']).toBe('30');

  // A submitted version holds them whole, and the PDF matrix reads them in its language.
  const snapshot = (await buildSnapshot(t.db, f.roadmap.id))!;
  const mine = snapshot.actions.find((a) => a.title === form.title)!;
  expect(mine.indicators[0]).toEqual({ label: 'Agents formés | dont femmes', baseline: '1200', target: '2500.5', unit: 'agents', type: 'NUMBER' });
  const facts = { number: 1, approved: false, date: '2025-01-01', illustrative: false };
  const fr = snapshotToDocument(snapshot, facts, 'fr').actions.find((a) => a.title === form.title)!;
  expect(fr.indicators.map((i) => [i.label, i.baseline, i.target])).toEqual([
    ['Agents formés | dont femmes', '1\u202f200\u00a0agents', '2\u202f500,5\u00a0agents'],
    ['Plan adopté', 'Non', 'Oui'],
    ['Sites évalués (A|B)', '0\u00a0%', '30\u00a0%'],
  ]);
  const en = snapshotToDocument(snapshot, facts, 'en').actions.find((a) => a.title === form.title)!;
  expect(en.indicators[1]).toMatchObject({ baseline: 'No', target: 'Yes' });
});

test('a value that is not of its type is refused beside its field', async () => {
  const ctx = await coordinator();
  const r = await runAction(createAction, ctx, {
    roadmapId: f.roadmap.id,
    fields: actionFieldsFromForm({ title: 'Action', leadEntityId: f.ministry.id, priority: 'LOW', 'indicators.0.label': 'Exercices', 'indicators.0.type': 'NUMBER', 'indicators.0.target': 'deux', 'indicators.1.label': 'Échéance', 'indicators.1.type': 'DATE', 'indicators.1.target': '2025-T5' }),
  });
  expect(r).toMatchObject({ ok: false, error: 'form.invalid', fields: { 'fields.indicators.0.target': ['roadmap.indicatorValue.NUMBER'], 'fields.indicators.1.target': ['roadmap.indicatorValue.DATE'] } });
});

test('the migration gives every indicator written before the types a unit and the text type, values unchanged', async () => {
  const old = [{ label: 'Décret adopté | publié', baseline: 'Non', target: 'Oui, T2 2025' }, { label: 'Sites', baseline: '0', target: '20' }];
  const a = await t.db.action.create({ data: { roadmapId: f.roadmap.id, order: 9, title: 'Ancienne', partners: [], indicators: old } });
  const b = await t.db.action.create({ data: { roadmapId: f.roadmap.id, order: 10, title: 'Sans indicateur', partners: [], indicators: [] } });
  const dir = path.join(ROOT, 'prisma', 'migrations', t.provider);
  const sql = readFileSync(path.join(dir, '20261201213000_structured_indicators', 'migration.sql'), 'utf8');
  await t.db.$executeRawUnsafe(sql);
  const after = await t.db.action.findUniqueOrThrow({ where: { id: a.id } });
  expect(after.indicators).toEqual(old.map((i) => ({ ...i, unit: '', type: 'TEXT' })));
  expect((await t.db.action.findUniqueOrThrow({ where: { id: b.id } })).indicators).toEqual([]);
});
