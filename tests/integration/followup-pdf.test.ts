// The progress report of a period, rendered for real and read back with pdftotext, in
// French and English; and the period's updates as CSV and Excel.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { runAction } from '@/lib/actions/define-action';
import ExcelJS from 'exceljs';
import { exportCsv } from '@/lib/assessment/export-csv';
import { exportXlsx } from '@/lib/assessment/export-xlsx';
import { getUpdatesTable } from '@/lib/followup/export-updates';
import { getPeriod } from '@/lib/followup/period-rows';
import { loadProgressDocument } from '@/lib/followup/progress-document';
import { reviewUpdate } from '@/lib/followup/review-update';
import { saveUpdate } from '@/lib/followup/save-update';
import { EMPTY_UPDATE, valuesOfFields } from '@/lib/followup/schemas';
import { submitUpdate } from '@/lib/followup/submit-update';
import { renderProgressPdf } from '@/lib/pdf/progress/render';
import { followedRoadmap, must } from '../helpers/followup-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';
import { pageTexts, savePdf, squash } from '../helpers/pdf-text';

let t: TestDb;
let f: Awaited<ReturnType<typeof followedRoadmap>>;
beforeAll(async () => {
  t = await freshDb();
  f = await followedRoadmap(t.db, t.provider);
  const s1 = must(await runAction(saveUpdate, f.misp, {
    trackedActionId: f.t1.id, entityId: f.ministry.id, period: '2025-T1', baseVersion: 0, base: EMPTY_UPDATE,
    changes: valuesOfFields({ status: 'ON_TRACK', percent: 60, spent: 450_000, indicatorValues: [{ index: 0, value: false }], done: 'Avant-projet de stratégie validé en atelier.', blockers: '', nextSteps: 'Examen en Conseil des ministres.' }),
  }));
  must(await runAction(submitUpdate, f.misp, { updateId: s1.updateId!, entityId: f.ministry.id, version: 1 }));
  must(await runAction(reviewUpdate, f.coordinator, { updateId: s1.updateId!, version: 2, decision: 'ACCEPT' }));
  const s2 = must(await runAction(saveUpdate, f.anpc, {
    trackedActionId: f.t2.id, entityId: f.agency.id, period: '2025-T1', baseVersion: 0, base: EMPTY_UPDATE,
    changes: valuesOfFields({ status: 'BLOCKED', percent: 15, spent: 200_000, indicatorValues: [{ index: 0, value: 12 }, { index: 1, value: 1 }], done: 'Recensement des sites engagé.', blockers: 'Décaissement du partenaire en attente.', nextSteps: '' }),
  }));
  must(await runAction(submitUpdate, f.anpc, { updateId: s2.updateId!, entityId: f.agency.id, version: 1 }));
});
afterAll(async () => {
  await t?.dispose();
});

test.each(['fr', 'en'] as const)('the progress report in %s prints the figures, each action with its values, and the blockers', async (locale) => {
  const r = await loadProgressDocument(t.db, { roadmap: 'benin-test', period: '2025-T1', locale, now: new Date('2025-05-02T10:00:00Z') });
  if (!r.ok) throw new Error(r.error);
  const pdf = await renderProgressPdf(r.data.document);
  const text = pageTexts(savePdf(`progress-${locale}-${t.provider}.pdf`, pdf.bytes)).join('\n').replace(/\s+/g, ' ');
  if (locale === 'fr') {
    expect(text).toContain('Rapport d’avancement');
    expect(text).toContain('1er trimestre 2025');
    expect(text).toContain('37,5 %'); // (60 + 15) / 2
    expect(text).toContain('Stratégie adoptée : Non / Adoptée');
    expect(text).toContain('Sites dotés d’un plan de sûreté : 12 % / 80 %');
    expect(text).toContain('450 000 XOF');
    expect(text).toContain('Blocages : Décaissement du partenaire en attente.');
    expect(text).toMatch(/Page 2 sur \d/);
    // The paragraphs served, named as the roadmap names them: a number from memory is marked.
    expect(text).toContain('Connaissance et compréhension de la menace (n° 1 à confirmer)');
    expect(text).toContain('par. 3');
    expect(text).not.toMatch(/\bOP1\b/);
  } else {
    expect(text).toContain('Progress report');
    expect(text).toContain('Q1 2025');
    expect(text).toContain('37.5%');
    // Not translated: printed in French, marked as such; what the entities wrote, as written.
    expect(text).toContain('[FR] Stratégie adoptée: No / [FR] Adoptée');
    expect(text).toContain('Awareness and understanding of the threat (no. 1, to be confirmed)');
    expect(text).toContain('Blockers: Décaissement du partenaire en attente.');
  }
  expect(text).toContain('Action GOV-01-A1');
  expect(text).toContain('Action CIP-01-A1');
});

test('the English report prints the roadmap’s texts from the followed version’s translations', async () => {
  const t1 = await t.db.trackedAction.findUniqueOrThrow({ where: { id: f.t1.id } });
  const english = 'Adopt the national strategy for vulnerable targets';
  const key = { targetType: 'Action', targetId: t1.actionId, field: 'title', language: 'en' };
  await t.db.textTranslation.upsert({
    where: { targetType_targetId_field_language: key },
    create: { ...key, countryId: f.country.id, text: english, sourceText: t1.title, state: 'REVIEWED' },
    update: { text: english, sourceText: t1.title, state: 'REVIEWED' },
  });
  const r = await loadProgressDocument(t.db, { roadmap: 'benin-test', period: '2025-T1', locale: 'en', now: new Date('2025-05-02T10:00:00Z') });
  if (!r.ok) throw new Error(r.error);
  const rows = r.data.document.objectives.flatMap((o) => o.rows);
  expect(rows.map((x) => x.title)).toContain(english);
  // The drafted action took the framework's English; an indicator typed in French only is marked.
  expect(rows.map((x) => x.title)).toContain('Action CIP-01-A1 (en)');
  expect(rows.flatMap((x) => x.indicators.map((i) => i.label))).toContain('[FR] Exercices conduits');
  const text = squash(pageTexts(savePdf(`progress-translated-${t.provider}.pdf`, (await renderProgressPdf(r.data.document)).bytes)).join('\n'));
  expect(text).toContain(squash(english));
  expect(text).toContain(squash('[FR] Sites dotés d’un plan de sûreté: 12% / 80 %'));
  // The French report is untouched.
  const fr = await loadProgressDocument(t.db, { roadmap: 'benin-test', period: '2025-T1', locale: 'fr', now: new Date('2025-05-02T10:00:00Z') });
  expect(fr.ok && fr.data.document.objectives.flatMap((o) => o.rows).map((x) => x.title)).toContain('Action GOV-01-A1');
});

test('the period’s updates export to CSV and Excel, formulas neutralised, in either language', async () => {
  const period = await getPeriod(t.db, { countryId: f.country.id, followUpId: f.followUp.id, key: '2025-T1' });
  await t.db.progressUpdate.updateMany({ where: { trackedActionId: f.t2.id }, data: { nextSteps: '=HYPERLINK("http://evil")' } });
  const table = await getUpdatesTable(t.db, { countryId: f.country.id, followUpId: f.followUp.id, period: period!, locale: 'fr', now: new Date('2025-05-02') });
  const csv = exportCsv(table);
  expect(csv).toContain('Avancement (%)');
  expect(csv).toContain('Bloquée');
  expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
  const xlsx = await exportXlsx({ title: 'Suivi', rows: [] }, [table]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('Mises à jour 2025-T1')!;
  expect(ws.getRow(2).getCell(5).value).toBe(60);
  // The workbook neutralises it like the CSV (#12): text, never a formula, even once edited.
  expect(ws.getRow(3).getCell(12).value).toBe("'=HYPERLINK(\"http://evil\")");
  const en = await getUpdatesTable(t.db, { countryId: f.country.id, followUpId: f.followUp.id, period: period!, locale: 'en', now: new Date('2025-05-02') });
  expect(en.header[4]).toBe('Progress (%)');
  expect(await getUpdatesTable(t.db, { countryId: 'elsewhere', followUpId: f.followUp.id, period: period!, locale: 'en', now: new Date() }).then((x) => x.rows)).toEqual([]);
});
