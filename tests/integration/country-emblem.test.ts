// The country's emblem, set and removed through the registered actions on a real database:
// the coordinator of Benin may, the coordinator of another country and Benin's observer may
// not; a refused file changes nothing; both changes are audited; the PDF of a version is
// rendered again, under a new cache key, when the emblem changes, and the document carries it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction } from '@/lib/actions/define-action';
import { describeAuditRows } from '@/lib/audit/describe-events';
import { listAuditEvents } from '@/lib/audit/list-events';
import type { Role } from '@/lib/auth/policy';
import { removeEmblem, setEmblem } from '@/lib/country/emblem';
import { getEmblemImage, getEmblemInfo } from '@/lib/country/emblem-read';
import type { PrismaClient } from '@/lib/db/client';
import { seedBeninRoadmapVersion } from '@/lib/pdf/fixtures/seed-version';
import { getRoadmapPdf } from '@/lib/pdf/serve';
import type { RoadmapDocument } from '@/lib/pdf/types';
import { freshDb, type TestDb } from '../helpers/fresh-db';
import { actingAs } from '../helpers/followup-fixture';

const SHIELD = readFileSync(path.resolve(import.meta.dirname, '../fixtures/emblems/shield.svg'));
const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t.dispose();
});

/** Someone of `role` in `countryId`, acting through runAction as a request would. */
const context = (db: PrismaClient, role: Role, countryId: string) =>
  actingAs(db, t.provider, { role, countryId, email: `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@test.example` });

test('the coordinator of Benin sets its emblem from an SVG; another country\'s coordinator and Benin\'s observer are refused; it is audited', async () => {
  const { roadmap } = await seedBeninRoadmapVersion(t.db);
  const benin = roadmap.countryId;
  const niger = (await t.db.country.create({ data: { code: 'NE' } })).id;
  const coordinator = await context(t.db, 'COORDINATOR', benin);
  const input = { countryId: benin, filename: 'armoiries-benin.svg', content: b64(SHIELD) };

  expect(await runAction(setEmblem, await context(t.db, 'COORDINATOR', niger), input)).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await runAction(setEmblem, await context(t.db, 'OBSERVER', benin), input)).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await t.db.countryEmblem.count()).toBe(0);

  const r = await runAction(setEmblem, coordinator, input);
  expect(r).toMatchObject({ ok: true, data: { sourceType: 'SVG', width: 500, height: 600 } });
  const stored = await getEmblemImage(t.db, benin);
  expect(stored && [...stored.png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]); // the redrawn PNG, not the SVG
  expect(r.ok && r.data.sha256).toBe(stored?.sha256);

  const event = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'country.emblem.set' } });
  expect(event).toMatchObject({ targetType: 'Country', targetId: benin, countryId: benin, actorId: coordinator.user!.id, ip: coordinator.ip, userAgent: coordinator.userAgent });
  expect(event.after).toMatchObject({ sourceType: 'SVG', width: 500, height: 600, sha256: stored!.sha256, filename: 'armoiries-benin.svg', size: SHIELD.byteLength });
  expect(event.before).toBeNull();
  // The trail reads it in French: what was done, to which country, with which fields.
  const rows = await listAuditEvents(t.db, coordinator.user!, {});
  const described = await describeAuditRows(t.db, rows, 'fr');
  const d = [...described.values()].find((x) => x.action === 'Emblème du pays enregistré');
  expect(d?.record).toBe('Bénin');
  expect(d?.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['Format du fichier', 'Largeur (pixels)', 'Empreinte SHA-256']));

  // The same picture again: nothing changes, nothing is recorded.
  expect(await runAction(setEmblem, coordinator, input)).toMatchObject({ ok: true });
  expect(await t.db.auditEvent.count({ where: { action: 'country.emblem.set' } })).toBe(1);
});

test('a refused file says why and changes nothing: wrong type, unsafe SVG, corrupt PNG, too large', async () => {
  const { roadmap } = await seedBeninRoadmapVersion(t.db);
  const benin = roadmap.countryId;
  const coordinator = await context(t.db, 'COORDINATOR', benin);
  await runAction(setEmblem, coordinator, { countryId: benin, content: b64(SHIELD) });
  const before = await getEmblemInfo(t.db, benin);
  const events = await t.db.auditEvent.count();

  const send = (content: string, filename = 'emblem.png') => runAction(setEmblem, coordinator, { countryId: benin, filename, content });
  // A JPEG named .png: the bytes decide.
  expect(await send(b64(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])))).toEqual({ ok: false, error: 'country.emblem.errors.badType' });
  expect(await send(b64('<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/passwd"/></svg>'), 'emblem.svg')).toEqual({ ok: false, error: 'country.emblem.errors.unsafeSvg' });
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  expect(await send(b64(png.subarray(0, 30)))).toEqual({ ok: false, error: 'country.emblem.errors.unreadable' });
  expect(await send(b64(Buffer.alloc(600 * 1024)))).toEqual({ ok: false, error: 'form.invalid', fields: { content: ['country.emblem.errors.tooLarge'] } });
  expect(await send('')).toEqual({ ok: false, error: 'form.invalid', fields: { content: ['country.emblem.errors.empty'] } });

  expect(await getEmblemInfo(t.db, benin)).toEqual(before);
  expect(await t.db.auditEvent.count()).toBe(events);
});

test('a new emblem gives the version a new PDF under a new cache key; removing it goes back to the PDF without one', async () => {
  const { roadmap } = await seedBeninRoadmapVersion(t.db);
  const benin = roadmap.countryId;
  const coordinator = await context(t.db, 'COORDINATOR', benin);
  const rendered: RoadmapDocument[] = [];
  const render = async (doc: RoadmapDocument) => {
    rendered.push(doc);
    return { bytes: new TextEncoder().encode(`%PDF fake ${doc.emblem?.sha256 ?? 'none'}`), pages: 1, ms: 1 };
  };

  const plain = await getRoadmapPdf(t.db, 'benin-2024', 1, 'fr', render);
  expect(plain.ok && plain.data.key).not.toContain(':e:');
  expect(rendered.at(-1)?.emblem).toBeNull();

  const set = await runAction(setEmblem, coordinator, { countryId: benin, content: b64(SHIELD) });
  const sha = set.ok ? set.data.sha256 : '';
  const withEmblem = await getRoadmapPdf(t.db, 'benin-2024', 1, 'fr', render);
  expect(withEmblem.ok && withEmblem.data).toMatchObject({ cached: false, key: `${plain.ok && plain.data.key}:e:${sha}` });
  expect(rendered).toHaveLength(2);
  expect(rendered[1].emblem).toMatchObject({ sha256: sha, width: 500, height: 600 });
  expect(await getRoadmapPdf(t.db, 'benin-2024', 1, 'fr', render)).toMatchObject({ ok: true, data: { cached: true } });

  // Another emblem, another PDF.
  const other = '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><circle cx="30" cy="30" r="28" fill="#FCD116"/></svg>';
  await runAction(setEmblem, coordinator, { countryId: benin, content: b64(other) });
  const again = await getRoadmapPdf(t.db, 'benin-2024', 1, 'fr', render);
  expect(again.ok && again.data.cached).toBe(false);
  expect(again.ok && again.data.key).not.toBe(withEmblem.ok && withEmblem.data.key);
  const updated = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'country.emblem.set' }, orderBy: { at: 'desc' } });
  expect(updated.before).toMatchObject({ sha256: sha });

  // Removed: the first PDF, from the cache; the removal audited; removing again is a no-op.
  expect(await runAction(removeEmblem, await context(t.db, 'CONTRIBUTOR', benin), { countryId: benin })).toEqual({ ok: false, error: 'auth.forbidden' });
  expect(await runAction(removeEmblem, coordinator, { countryId: benin })).toEqual({ ok: true, data: { removed: true } });
  expect(await t.db.countryEmblem.count()).toBe(0);
  expect(await getRoadmapPdf(t.db, 'benin-2024', 1, 'fr', render)).toMatchObject({ ok: true, data: { cached: true, key: plain.ok && plain.data.key } });
  const removal = await t.db.auditEvent.findFirstOrThrow({ where: { action: 'country.emblem.remove' } });
  expect(removal).toMatchObject({ targetId: benin, countryId: benin, actorId: coordinator.user!.id });
  expect(removal.after).toBeNull();
  expect(await runAction(removeEmblem, coordinator, { countryId: benin })).toEqual({ ok: true, data: { removed: false } });
  expect(await t.db.auditEvent.count({ where: { action: 'country.emblem.remove' } })).toBe(1);
});
