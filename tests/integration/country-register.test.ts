// An administrator adds a country from the ISO list and imports its register of entities from
// CSV or Excel (SQLite, and PostgreSQL when TEST_DATABASE_URL is set): a preview first, every
// problem by line and column, nothing written when there is one, audited when written.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction, type ActionContext } from '@/lib/actions/define-action';
import { createAuth } from '@/lib/auth/auth';
import { loadSessionUser } from '@/lib/auth/session-user';
import { createCountry } from '@/lib/country/create-country';
import { importRegister, registerProblemsOf } from '@/lib/country/import-register';
import { isoCountries } from '@/lib/country/names';
import { parseCsv } from '@/lib/country/register-file';
import { describeAuditRows } from '@/lib/audit/describe-events';
import { listAuditEvents } from '@/lib/audit/list-events';
import { flattenMessages, loadMessages } from '@/lib/i18n/messages';
import { translator } from '@/lib/i18n/translate';
import type { PrismaClient } from '@/lib/db/client';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t.dispose();
});

async function context(db: PrismaClient, role: 'ADMIN' | 'COORDINATOR', countryId: string | null = null): Promise<ActionContext> {
  const u = await db.user.create({ data: { email: `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@test.example`, name: role, twoFactorEnabled: true, memberships: { create: { role, countryId } } } });
  return {
    db,
    auth: createAuth(db, { secret: 'x'.repeat(40), baseURL: 'http://localhost:3000', provider: t.provider, production: false }),
    headers: new Headers(),
    user: await loadSessionUser(db, u.id),
    ip: '203.0.113.7',
    userAgent: 'vitest',
    locale: 'fr',
    baseUrl: 'http://localhost:3000',
  };
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

const REGISTER = [
  'code;sigle;nom_fr;nom_en;article;type;parent',
  'MINT;MI;Ministère de l’Intérieur;Ministry of the Interior;;Ministère;',
  'DGPN;DGPN;Direction générale de la Police nationale;Directorate-General of the National Police;la;Force de défense et de sécurité;MINT',
  'ANAC;;Agence nationale de l’aviation civile;National Civil Aviation Agency;;AGENCY;',
  '"HCCT";;"Haut Conseil ; des collectivités";High Council of Local Authorities;le;Collectivité territoriale;',
].join('\r\n');

async function entities(db: PrismaClient, countryId: string) {
  return db.entity.findMany({ where: { countryId }, orderBy: { code: 'asc' }, select: { code: true, acronym: true, nameFr: true, nameEn: true, articleFr: true, kind: true, parent: { select: { code: true } } } });
}

test('the ISO list names every country in French and in English, sorted for each', () => {
  const fr = isoCountries('fr');
  const en = isoCountries('en');
  expect(fr.length).toBeGreaterThan(240);
  expect(fr.find((c) => c.code === 'NE')?.name).toBe('Niger');
  expect(en.find((c) => c.code === 'DE')?.name).toBe('Germany');
  expect(fr.find((c) => c.code === 'DE')?.name).toBe('Allemagne');
  expect(fr.map((c) => c.name)).toEqual([...fr.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'fr')));
});

test('an administrator adds Niger from the ISO list, once; a made-up code and a coordinator are refused', async () => {
  const admin = await context(t.db, 'ADMIN');
  const r = await runAction(createCountry, admin, { code: 'ne', currency: 'xof' });
  expect(r).toMatchObject({ ok: true, data: { code: 'NE' } });
  expect(await t.db.country.findUniqueOrThrow({ where: { code: 'NE' } })).toMatchObject({ currency: 'XOF', demo: false });
  expect(await runAction(createCountry, admin, { code: 'NE' })).toEqual({ ok: false, error: 'form.invalid', fields: { code: ['country.admin.exists'] } });
  expect(await runAction(createCountry, admin, { code: 'XX' })).toEqual({ ok: false, error: 'form.invalid', fields: { code: ['country.admin.unknownCode'] } });
  expect(await runAction(createCountry, admin, { code: 'ML', currency: 'francs' })).toEqual({ ok: false, error: 'form.invalid', fields: { currency: ['country.admin.currencyFormat'] } });
  const niger = await t.db.country.findUniqueOrThrow({ where: { code: 'NE' } });
  const coordinator = await context(t.db, 'COORDINATOR', niger.id);
  expect(await runAction(createCountry, coordinator, { code: 'ML' })).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await t.db.country.count()).toBe(1);
  const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'country.create' } });
  expect(event).toMatchObject({ targetType: 'Country', targetId: niger.id, countryId: niger.id, actorId: admin.user!.id, ip: '203.0.113.7' });
});

test('a CSV register: previewed without writing, then imported with parents, articles and kinds; again, nothing changes', async () => {
  const admin = await context(t.db, 'ADMIN');
  const niger = await t.db.country.create({ data: { code: 'NE' } });
  const input = { countryId: niger.id, filename: 'registre-niger.csv', content: b64(`\uFEFF${REGISTER}\r\n;;;;;;\r\n`) };

  const preview = await runAction(importRegister, admin, input);
  expect(preview).toMatchObject({ ok: true, data: { applied: false, counts: { create: 4, update: 0, unchanged: 0 } } });
  expect(await t.db.entity.count()).toBe(0);
  expect(await t.db.auditEvent.count()).toBe(0);

  const applied = await runAction(importRegister, admin, { ...input, confirm: true });
  expect(applied).toMatchObject({ ok: true, data: { applied: true, counts: { create: 4, update: 0, unchanged: 0 } } });
  expect(await entities(t.db, niger.id)).toEqual([
    { code: 'ANAC', acronym: null, nameFr: 'Agence nationale de l’aviation civile', nameEn: 'National Civil Aviation Agency', articleFr: 'ELIDED', kind: 'AGENCY', parent: null },
    { code: 'DGPN', acronym: 'DGPN', nameFr: 'Direction générale de la Police nationale', nameEn: 'Directorate-General of the National Police', articleFr: 'LA', kind: 'SECURITY_FORCE', parent: { code: 'MINT' } },
    { code: 'HCCT', acronym: null, nameFr: 'Haut Conseil ; des collectivités', nameEn: 'High Council of Local Authorities', articleFr: 'LE', kind: 'LOCAL_AUTHORITY', parent: null },
    { code: 'MINT', acronym: 'MI', nameFr: 'Ministère de l’Intérieur', nameEn: 'Ministry of the Interior', articleFr: 'LE', kind: 'MINISTRY', parent: null },
  ]);
  const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'country.register.import' } });
  expect(event).toMatchObject({ targetType: 'Country', targetId: niger.id, countryId: niger.id, actorId: admin.user!.id });
  expect(event.after).toMatchObject({ filename: 'registre-niger.csv', created: ['MINT', 'DGPN', 'ANAC', 'HCCT'], updated: [], unchangedCount: 0 });
  // The audit page says it in words.
  const rows = await listAuditEvents(t.db, admin.user!, {});
  const row = rows.find((r) => r.action === 'country.register.import')!;
  expect((await describeAuditRows(t.db, rows, 'fr')).get(row.id)).toMatchObject({ action: 'Registre des entités importé', record: 'Niger' });
  expect((await describeAuditRows(t.db, rows, 'en')).get(row.id)).toMatchObject({ action: 'Register of entities imported', record: 'Niger' });

  const again = await runAction(importRegister, admin, { ...input, confirm: true });
  expect(again).toMatchObject({ ok: true, data: { counts: { create: 0, update: 0, unchanged: 4 } } });
});

test('an Excel register updates the entities it names, adds the new ones and leaves the others', async () => {
  const admin = await context(t.db, 'ADMIN');
  const niger = await t.db.country.create({ data: { code: 'NE' } });
  await t.db.entity.create({ data: { countryId: niger.id, code: 'MINT', nameFr: 'Ministère de l’Intérieur', nameEn: 'Ministry of Interior', kind: 'MINISTRY', articleFr: 'LE' } });
  await t.db.entity.create({ data: { countryId: niger.id, code: 'OLD', nameFr: 'Office ancien', nameEn: 'Old office', kind: 'AGENCY' } });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Registre');
  ws.addRow(['Code', 'Sigle', 'Nom (français)', 'Nom (anglais)', 'Article', 'Type', 'Parent']);
  ws.addRow(['MINT', 'MISPD', 'Ministère de l’Intérieur', 'Ministry of the Interior', 'le', 'Ministry', '']);
  ws.addRow(['DGPC', '', 'Direction générale de la Protection civile', 'Directorate-General of Civil Protection', '', 'Agence ou direction', 'MINT']);
  const content = b64(Buffer.from(await wb.xlsx.writeBuffer()));

  const r = await runAction(importRegister, admin, { countryId: niger.id, filename: 'registre.xlsx', content, confirm: true });
  expect(r).toMatchObject({ ok: true, data: { applied: true, counts: { create: 1, update: 1, unchanged: 0 } } });
  expect(await entities(t.db, niger.id)).toEqual([
    expect.objectContaining({ code: 'DGPC', articleFr: 'LA', kind: 'AGENCY', parent: { code: 'MINT' } }),
    expect.objectContaining({ code: 'MINT', acronym: 'MISPD', nameEn: 'Ministry of the Interior' }),
    expect.objectContaining({ code: 'OLD', nameFr: 'Office ancien' }),
  ]);
});

test('a register with errors: every problem by line and column, in the reader’s language, and nothing written', async () => {
  const admin = await context(t.db, 'ADMIN');
  const niger = await t.db.country.create({ data: { code: 'NE' } });
  await t.db.entity.create({ data: { countryId: niger.id, code: 'MINT', nameFr: 'Ministère de l’Intérieur', nameEn: 'Ministry of the Interior', kind: 'MINISTRY' } });
  const before = await entities(t.db, niger.id);
  const csv = [
    'code,nom_fr,nom_en,type,article,parent',
    'ANAC,Agence nationale de l’aviation civile,National Civil Aviation Agency,Agence ou direction,,',
    'anac,Autre agence,Other agency,AGENCY,,',
    'DGPN,Direction de la Police,Police Directorate,Police,,',
    'X Y,Ab,,MINISTRY,,',
    'DPC,Direction de la Protection civile,Civil Protection Directorate,AGENCY,lo,NOPE',
    'SELF,Service autonome,Autonomous service,AGENCY,,SELF',
    'CYA,Cellule A,Unit A,AGENCY,,CYB',
    'CYB,Cellule B,Unit B,AGENCY,,CYA',
  ].join('\n');
  const r = await runAction(importRegister, admin, { countryId: niger.id, filename: 'registre.csv', content: b64(csv), confirm: true });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error).toBe('country.import.invalid');
  const problems = registerProblemsOf(r);
  expect(problems).toEqual([
    { line: 3, column: 'code', key: 'country.import.duplicateCode', params: { code: 'ANAC', line: 2 } },
    { line: 4, column: 'kind', key: 'country.import.unknownKind', params: { value: 'Police' } },
    { line: 5, column: 'code', key: 'assessment.codeFormat' },
    { line: 5, column: 'nameFr', key: 'form.tooShort' },
    { line: 5, column: 'nameEn', key: 'form.required' },
    { line: 6, column: 'articleFr', key: 'country.import.unknownArticle', params: { value: 'lo' } },
    { line: 7, column: 'parentCode', key: 'country.import.selfParent', params: { code: 'SELF' } },
    { line: 8, column: 'parentCode', key: 'country.import.parentCycle', params: { code: 'CYA' } },
    { line: 9, column: 'parentCode', key: 'country.import.parentCycle', params: { code: 'CYB' } },
  ]);
  // Each says what is wrong in French and in English.
  for (const locale of ['fr', 'en'] as const) {
    const catalog = flattenMessages(loadMessages(locale));
    for (const p of problems) expect(catalog[p.key], p.key).toBeTypeOf('string');
  }
  expect(translator('fr')('country.import.duplicateCode', { code: 'ANAC', line: 2 })).toBe('Le code ANAC figure déjà à la ligne 2.');
  expect(translator('en')('country.import.unknownKind', { value: 'Police' })).toContain('Unknown kind: “Police”');
  expect(await entities(t.db, niger.id)).toEqual(before);
  expect(await t.db.auditEvent.count()).toBe(0);

  // The parent DPC names is unknown: said once the row's own errors are gone.
  const fixed = await runAction(importRegister, admin, { countryId: niger.id, filename: 'r.csv', content: b64('code;nom_fr;nom_en;type;parent\nDPC;Direction de la Protection civile;Civil Protection Directorate;AGENCY;NOPE\n') });
  expect(registerProblemsOf(fixed)).toEqual([{ line: 2, column: 'parentCode', key: 'country.import.unknownParent', params: { code: 'NOPE' } }]);
});

test('a file without the required columns, an empty one, a broken workbook and another type are refused as a whole', async () => {
  const admin = await context(t.db, 'ADMIN');
  const niger = await t.db.country.create({ data: { code: 'NE' } });
  const send = (filename: string, content: string) => runAction(importRegister, admin, { countryId: niger.id, filename, content });
  expect(registerProblemsOf(await send('r.csv', b64('code;sigle\nMINT;MI\n')))).toEqual([
    { line: 1, column: 'nameFr', key: 'country.import.missingColumn' },
    { line: 1, column: 'nameEn', key: 'country.import.missingColumn' },
    { line: 1, column: 'kind', key: 'country.import.missingColumn' },
  ]);
  expect(registerProblemsOf(await send('r.csv', b64('code;nom_fr;nom_en;type\n')))).toEqual([{ line: 0, key: 'country.import.noRows' }]);
  expect(registerProblemsOf(await send('r.xlsx', b64('PK\u0003\u0004 not really a workbook')))).toEqual([{ line: 0, key: 'country.import.unreadable' }]);
  expect(registerProblemsOf(await send('r.pdf', b64('%PDF-1.4')))).toEqual([{ line: 0, key: 'country.import.badType' }]);
  expect(await t.db.entity.count()).toBe(0);
});

test('a coordinator cannot import a register, not even her own country’s', async () => {
  const niger = await t.db.country.create({ data: { code: 'NE' } });
  const coordinator = await context(t.db, 'COORDINATOR', niger.id);
  expect(await runAction(importRegister, coordinator, { countryId: niger.id, filename: 'r.csv', content: b64(REGISTER), confirm: true })).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await t.db.entity.count()).toBe(0);
});

test('CSV cells: quotes, doubled quotes, separators and line breaks inside quotes', () => {
  expect(parseCsv('a;b\n"x;y";"il a dit ""oui"""\n"deux\nlignes";z')).toEqual([['a', 'b'], ['x;y', 'il a dit "oui"'], ['deux\nlignes', 'z']]);
  expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2']]);
});
