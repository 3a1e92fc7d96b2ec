import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction, type ActionContext } from '@/lib/actions/define-action';
import { createAuth } from '@/lib/auth/auth';
import { loadSessionUser } from '@/lib/auth/session-user';
import { addComment } from '@/lib/roadmap/add-comment';
import { decideVersion } from '@/lib/roadmap/decide-version';
import { exportRoadmap, importRoadmap, signedText, verifyExchange, type ExchangeFile } from '@/lib/roadmap/exchange';
import { ensureInstallationKey, signerOf } from '@/lib/installation/keys';
import { contentHash } from '@/lib/roadmap/snapshot';
import { systemAudit } from '@/lib/audit/record-event';
import { generateDraft } from '@/lib/roadmap/generate-draft';
import { submitVersion } from '@/lib/roadmap/submit-version';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let source: TestDb;
let target: TestDb;
beforeEach(async () => {
  source = await freshDb();
  target = await freshDb();
});
afterEach(async () => {
  await source?.dispose();
  await target?.dispose();
});

async function ctx(t: TestDb, countryId: string, role: 'COORDINATOR' | 'REVIEWER'): Promise<ActionContext> {
  const u = await t.db.user.create({ data: { email: `${role.toLowerCase()}@un.example`, name: role, twoFactorEnabled: true, memberships: { create: { role, countryId } } } });
  return {
    db: t.db, auth: createAuth(t.db, { secret: 'x'.repeat(40), baseURL: 'http://localhost', provider: t.provider, production: false }),
    headers: new Headers(), user: await loadSessionUser(t.db, u.id), ip: '127.0.0.1', userAgent: 'test', locale: 'fr', baseUrl: 'http://localhost',
  };
}

/**
 * Ids differ between installations: replace each by the order in which it first appears, in
 * values and in the translations' keys ("action.<id>.title").
 */
function ordinals(value: unknown, seen = new Map<string, string>()) {
  const ordinal = (id: string) => {
    if (!seen.has(id)) seen.set(id, `#${seen.size}`);
    return seen.get(id)!;
  };
  return JSON.parse(JSON.stringify(value, (k, v) => {
    if (typeof v === 'string' && /^c[a-z0-9]{20,}$/.test(v)) return ordinal(v);
    if (k === 'texts' && v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v).map(([key, t]) => [key.replace(/\.(c[a-z0-9]{20,})\./, (_m, id: string) => `.${ordinal(id)}.`), t]));
    }
    return v;
  }));
}

/** The content of a file: the draft and the comments share ids; each version keeps its own. */
function normalize(file: ExchangeFile) {
  const seen = new Map<string, string>();
  return {
    status: file.status,
    draft: ordinals(file.draft, seen),
    comments: ordinals(file.comments, seen),
    versions: file.versions.map((v) => ({ ...v, snapshot: ordinals(v.snapshot) })),
  };
}

test('a roadmap with its versions and comments survives a round trip to another installation', async () => {
  const f = await assessmentWithFindings(source.db);
  await generateDraft(source.db, f.roadmap.id, systemAudit);
  const coordinator = await ctx(source, f.country.id, 'COORDINATOR');
  const reviewer = await ctx(source, f.country.id, 'REVIEWER');
  await runAction(submitVersion, coordinator, { roadmapId: f.roadmap.id });
  const action = await source.db.action.findFirstOrThrow({ where: { roadmapId: f.roadmap.id } });
  await runAction(addComment, reviewer, { roadmapId: f.roadmap.id, targetType: 'ACTION', targetId: action.id, body: 'Indiquer le coût estimé.' });
  // A comment on a quoted span of the action's title travels with its field and quote.
  expect(await runAction(addComment, reviewer, { roadmapId: f.roadmap.id, targetType: 'ACTION', targetId: action.id, field: 'title', quote: action.title.slice(0, 6), quoteStart: 0, body: 'Un verbe plus précis.' })).toMatchObject({ ok: true });
  await runAction(decideVersion, reviewer, { roadmapId: f.roadmap.id, number: 1, decision: 'REQUEST_CHANGES', note: 'Chiffrer les actions.' });
  await source.db.action.update({ where: { id: action.id }, data: { costAmount: 25_000_000, currency: 'XOF', fundingSource: 'PARTNER' } });
  await runAction(submitVersion, coordinator, { roadmapId: f.roadmap.id });

  const exported = (await exportRoadmap(source.db, f.roadmap.id))!;
  expect(exported.versions.map((v) => v.number)).toEqual([1, 2]);
  expect(exported.comments.find((c) => c.quote)).toMatchObject({ field: 'title', quote: action.title.slice(0, 6), quoteStart: 0, quotePrefix: '', quoteSuffix: action.title.slice(6, 38) });
  // Travel as text, as a file would.
  const verified = verifyExchange(JSON.parse(JSON.stringify(exported)));
  expect(verified.ok).toBe(true);

  // The receiving installation has the same country, framework and people, but no roadmap yet.
  const other = await assessmentWithFindings(target.db);
  await target.db.roadmap.delete({ where: { id: other.roadmap.id } });
  for (const role of ['COORDINATOR', 'REVIEWER'] as const) await ctx(target, other.country.id, role);
  // The target trusts the source: an administrator registered its public key.
  const key = await ensureInstallationKey(source.db);
  await target.db.peerInstallation.create({ data: { name: 'Source', keyId: key.keyId, publicKey: key.publicKey } });
  const data = (verified as { ok: true; data: ExchangeFile }).data;
  const signer = (await signerOf(target.db, signedText(data), data.signature))!;
  expect(signer).toEqual({ trusted: true, name: 'Source', self: false });
  const imported = await importRoadmap(target.db, data, { slug: 'benin-test', audit: systemAudit, signer });
  expect(imported).toMatchObject({ ok: true, data: { slug: 'benin-test' } });
  const again = (await exportRoadmap(target.db, (imported as { ok: true; data: { id: string } }).data.id))!;
  expect(normalize(again)).toEqual(normalize(exported));
  // The submitted versions are the very same content.
  expect(again.versions.map((v) => v.contentHash)).toEqual(exported.versions.map((v) => v.contentHash));
}, 120_000);

test('a tampered file is refused with a clear reason, and nothing is written', async () => {
  const f = await assessmentWithFindings(source.db);
  await generateDraft(source.db, f.roadmap.id, systemAudit);
  await runAction(submitVersion, await ctx(source, f.country.id, 'COORDINATOR'), { roadmapId: f.roadmap.id });
  const file = (await exportRoadmap(source.db, f.roadmap.id))!;

  const edited = structuredClone(file);
  edited.draft.actions[0].title = 'Action réécrite à la main';
  expect(verifyExchange(edited)).toEqual({ ok: false, error: 'roadmap.tampered' });

  // Even with the file's integrity check recomputed, a changed version no longer matches its hash.
  const forged = structuredClone(file);
  forged.versions[0].snapshot.actions[0].costAmount = '1';
  const { integrity: _i, signature: _s, ...body } = forged;
  void _i;
  void _s;
  forged.integrity = contentHash(body);
  expect(verifyExchange(forged)).toEqual({ ok: false, error: 'roadmap.tampered' });

  expect(verifyExchange({ format: 'autre chose' })).toEqual({ ok: false, error: 'roadmap.badFile' });
  expect(await target.db.roadmap.count()).toBe(0);
});
