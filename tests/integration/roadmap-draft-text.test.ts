// A draft that reads like a plan: objectives written as outcomes, and an executive summary
// drafted from the findings that never replaces the coordinator's own text.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { systemAudit } from '@/lib/audit/record-event';
import { generateDraft } from '@/lib/roadmap/generate-draft';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t?.dispose();
});

test('on the vt framework, each objective is the area’s outcome statement, and the summary is drafted from the findings', async () => {
  const f = await assessmentWithFindings(t.db);
  await t.db.frameworkVersion.update({ where: { id: f.fw.id }, data: { slug: 'vt' } });
  expect((await generateDraft(t.db, f.roadmap.id, systemAudit)).ok).toBe(true);
  const objectives = await t.db.objective.findMany({ where: { roadmapId: f.roadmap.id }, orderBy: { order: 'asc' } });
  expect(objectives.map((o) => o.title)).toEqual([
    'Doter l’État d’une stratégie nationale de protection des infrastructures critiques et des cibles vulnérables, portée par une autorité chef de file',
    'Renforcer la protection physique et la résilience des infrastructures critiques',
  ]);
  expect(objectives.every((o) => !o.description.startsWith('Vérifier'))).toBe(true);

  const r = await t.db.roadmap.findUniqueOrThrow({ where: { id: f.roadmap.id } });
  const paragraphs = r.executiveSummary.split('\n\n');
  expect(paragraphs).toEqual([
    'Les consultations nationales tenues à Cotonou du 10 septembre 2024 au 12 septembre 2024 ont réuni 30 responsables de 2 ministères et agences (coordination nationale : Ministère de l\'Intérieur).',
    'Principaux acquis relevés : un point focal existe.',
    'Lacunes prioritaires : pas de stratégie adoptée.',
    'La feuille de route propose 2 actions, dont le coût reste à estimer.',
  ]);
  expect(r.version).toBe(2);
});

test('without statements the objective is the area’s title; an edited summary is never replaced', async () => {
  const f = await assessmentWithFindings(t.db);
  await t.db.roadmap.update({ where: { id: f.roadmap.id }, data: { executiveSummary: 'Texte du coordonnateur.' } });
  await generateDraft(t.db, f.roadmap.id, systemAudit);
  expect((await t.db.objective.findMany({ where: { roadmapId: f.roadmap.id }, orderBy: { order: 'asc' } })).map((o) => [o.title, o.description]))
    .toEqual([['Gouvernance', ''], ['Protection physique', '']]);
  expect((await t.db.roadmap.findUniqueOrThrow({ where: { id: f.roadmap.id } })).executiveSummary).toBe('Texte du coordonnateur.');
});
