// A forged UN approval through the roadmap import: only a file signed by a trusted installation
// keeps its history; an edited, unsigned or unknown-signer file imports as a draft, and nobody of
// another country is matched or named.
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runAction, type ActionContext } from '@/lib/actions/define-action';
import { createAuth } from '@/lib/auth/auth';
import { loadSessionUser } from '@/lib/auth/session-user';
import { ensureInstallationKey, keyIdOf } from '@/lib/installation/keys';
import { addComment } from '@/lib/roadmap/add-comment';
import { decideVersion } from '@/lib/roadmap/decide-version';
import { exportRoadmap, signedText, type ExchangeFile } from '@/lib/roadmap/exchange';
import { systemAudit } from '@/lib/audit/record-event';
import { generateDraft } from '@/lib/roadmap/generate-draft';
import { getRoadmapView } from '@/lib/roadmap/get-roadmap-view';
import { importRoadmapAction } from '@/lib/roadmap/import-roadmap-action';
import { contentHash } from '@/lib/roadmap/snapshot';
import { submitVersion } from '@/lib/roadmap/submit-version';
import { registerPeer, revokePeer } from '@/lib/installation/peer-actions';
import { assessmentWithFindings } from '../helpers/assessment-fixture';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let un: TestDb; // the UN's installation, where the roadmap was approved
let here: TestDb; // a national installation that imports it
let file: ExchangeFile;
let target: Awaited<ReturnType<typeof assessmentWithFindings>>;
let intruderCountry: string;

async function person(t: TestDb, email: string, role: 'COORDINATOR' | 'REVIEWER' | 'ADMIN', countryId: string | null): Promise<ActionContext> {
  const u = await t.db.user.create({ data: { email, name: `Nom de ${email}`, twoFactorEnabled: true, memberships: { create: { role, countryId } } } });
  return {
    db: t.db, auth: createAuth(t.db, { secret: 'x'.repeat(40), baseURL: 'http://localhost', provider: t.provider, production: false }),
    headers: new Headers(), user: await loadSessionUser(t.db, u.id), ip: '198.51.100.4', userAgent: 'test', locale: 'fr', baseUrl: 'http://localhost',
  };
}

beforeEach(async () => {
  un = await freshDb();
  here = await freshDb();
  const f = await assessmentWithFindings(un.db);
  await generateDraft(un.db, f.roadmap.id, systemAudit);
  const coordinator = await person(un, 'coord@bj.example', 'COORDINATOR', f.country.id);
  const reviewer = await person(un, 'reviewer@un.example', 'REVIEWER', f.country.id);
  await runAction(submitVersion, coordinator, { roadmapId: f.roadmap.id });
  await runAction(addComment, reviewer, { roadmapId: f.roadmap.id, targetType: 'ROADMAP', body: 'Bon pour validation.' });
  expect(await runAction(decideVersion, reviewer, { roadmapId: f.roadmap.id, number: 1, decision: 'APPROVE', note: 'Validée.' })).toMatchObject({ ok: true });
  file = JSON.parse(JSON.stringify(await exportRoadmap(un.db, f.roadmap.id)));
  expect(file.versions[0]).toMatchObject({ status: 'APPROVED', decidedBy: 'reviewer@un.example' });

  // The national installation: the same country, and another country whose people use the same addresses.
  target = await assessmentWithFindings(here.db);
  await here.db.roadmap.delete({ where: { id: target.roadmap.id } });
  intruderCountry = (await here.db.country.create({ data: { code: 'TG' } })).id;
  await person(here, 'reviewer@un.example', 'COORDINATOR', intruderCountry);
  await person(here, 'coord@bj.example', 'COORDINATOR', intruderCountry);
});
afterEach(async () => {
  await un?.dispose();
  await here?.dispose();
});

const importAs = async (ctx: ActionContext, f: unknown, slug: string) => runAction(importRoadmapAction, ctx, { slug, file: f });

async function assertDraftOnly(slug: string) {
  const r = await here.db.roadmap.findUniqueOrThrow({ where: { slug }, include: { versions: true, comments: true } });
  expect(r.status).toBe('DRAFT');
  expect(r.versions).toEqual([]);
  expect(r.comments.every((c) => c.authorId === null)).toBe(true);
  expect(await here.db.roadmapVersion.count({ where: { OR: [{ status: 'APPROVED' }, { decidedById: { not: null } }] } })).toBe(0);
  return r;
}

test('an edited file, its integrity check recomputed and its signature dropped, never yields an approved version or a decided-by', async () => {
  const coordinator = await person(here, 'coordinatrice@bj.example', 'COORDINATOR', target.country.id);
  const forged = structuredClone(file);
  delete forged.signature;
  forged.status = 'APPROVED';
  forged.comments[0].author = 'reviewer@un.example';
  const { integrity: _i, signature: _s, ...body } = forged;
  void _i;
  void _s;
  forged.integrity = contentHash(body);
  expect(await importAs(coordinator, forged, 'forgee')).toMatchObject({ ok: true, data: { trusted: false } });
  const r = await assertDraftOnly('forgee');
  // The history is kept as text that says where it comes from.
  expect(r.provenance).toContain('non signé');
  expect(r.provenance).toContain('Version 1 approuvée le');
  expect(r.provenance).toContain('selon le fichier importé');
  expect(r.comments[0].authorLabel).toBe('reviewer@un.example');
});

test('a file edited after signing is refused; one signed by an unregistered key imports as a draft', async () => {
  const coordinator = await person(here, 'coordinatrice@bj.example', 'COORDINATOR', target.country.id);
  // The UN's key is registered here, so its signature is checked, and fails on the edit.
  const key = await ensureInstallationKey(un.db);
  await here.db.peerInstallation.create({ data: { name: 'ONU', keyId: key.keyId, publicKey: key.publicKey } });
  const edited = structuredClone(file);
  edited.draft.roadmap.title = 'Titre modifié';
  const { integrity: _i, signature: _s, ...body } = edited;
  void _i;
  void _s;
  edited.integrity = contentHash(body);
  expect(await importAs(coordinator, edited, 'modifiee')).toEqual({ ok: false, error: 'roadmap.signatureInvalid' });
  expect(await here.db.roadmap.count()).toBe(0);

  // Re-signed with a key of the forger's own: unknown here.
  const forger = generateKeyPairSync('ed25519');
  const resigned = { ...edited, signature: { algorithm: 'ed25519' as const, keyId: keyIdOf(forger.publicKey), value: '' } };
  resigned.signature.value = sign(null, Buffer.from(signedText(resigned)), forger.privateKey).toString('base64');
  expect(await importAs(coordinator, resigned, 'autre-cle')).toMatchObject({ ok: true, data: { trusted: false } });
  const r = await assertDraftOnly('autre-cle');
  expect(r.provenance).toContain('non enregistrée');
});

test('a file signed by a registered installation keeps its approval, matching people only in the roadmap’s country', async () => {
  const admin = await person(here, 'admin@here.example', 'ADMIN', null);
  const key = await ensureInstallationKey(un.db);
  const registered = await runAction(registerPeer, admin, { name: 'ONU – UNOCT', publicKey: key.publicKey });
  expect(registered).toMatchObject({ ok: true });
  const coordinator = await person(here, 'coordinatrice@bj.example', 'COORDINATOR', target.country.id);
  expect(await importAs(coordinator, file, 'signee')).toMatchObject({ ok: true, data: { trusted: true } });
  const r = await here.db.roadmap.findUniqueOrThrow({ where: { slug: 'signee' }, include: { versions: true, comments: true } });
  expect(r.status).toBe('APPROVED');
  expect(r.versions[0].status).toBe('APPROVED');
  // The reviewer and the coordinator have accounts here only in another country: not matched, kept as text.
  expect(r.versions[0]).toMatchObject({ decidedById: null, decidedByLabel: 'reviewer@un.example', submittedById: null, submittedByLabel: 'coord@bj.example' });
  expect(r.comments[0]).toMatchObject({ authorId: null, authorLabel: 'reviewer@un.example' });
  expect(r.provenance).toContain('ONU – UNOCT');
  // The roadmap page names nobody of the other country.
  const view = (await getRoadmapView(here.db, 'signee', 'fr'))!;
  expect(JSON.stringify(view)).not.toContain('Nom de ');

  // A member of the roadmap's country with the address is matched.
  await person(here, 'reviewer2@un.example', 'REVIEWER', target.country.id);
  await un.db.user.update({ where: { email: 'reviewer@un.example' }, data: { email: 'reviewer2@un.example' } });
  const fresh = JSON.parse(JSON.stringify(await exportRoadmap(un.db, (await un.db.roadmap.findFirstOrThrow()).id)));
  expect(await importAs(coordinator, fresh, 'signee-2')).toMatchObject({ ok: true, data: { trusted: true } });
  const r2 = await here.db.roadmap.findUniqueOrThrow({ where: { slug: 'signee-2' }, include: { versions: { include: { decidedBy: true } } } });
  expect(r2.versions[0].decidedBy?.email).toBe('reviewer2@un.example');

  // Once revoked, the same file imports as a draft.
  const peer = await here.db.peerInstallation.findFirstOrThrow();
  expect(await runAction(revokePeer, admin, { peerId: peer.id })).toMatchObject({ ok: true });
  expect(await importAs(coordinator, file, 'revoquee')).toMatchObject({ ok: true, data: { trusted: false } });
  const revoked = await here.db.roadmap.findUniqueOrThrow({ where: { slug: 'revoquee' }, include: { versions: true } });
  expect(revoked.status).toBe('DRAFT');
  expect(revoked.versions).toEqual([]);
  // Both registration and revocation are in the audit trail.
  expect((await here.db.auditEvent.findMany({ where: { action: { startsWith: 'installation.' } }, orderBy: { at: 'asc' } })).map((e) => e.action)).toEqual(['installation.peer.register', 'installation.peer.revoke']);
});

test('only administrators register or revoke a key, and a key that is not an Ed25519 public key is refused', async () => {
  const admin = await person(here, 'admin@here.example', 'ADMIN', null);
  const coordinator = await person(here, 'coordinatrice@bj.example', 'COORDINATOR', target.country.id);
  const key = await ensureInstallationKey(un.db);
  expect(await runAction(registerPeer, coordinator, { name: 'ONU', publicKey: key.publicKey })).toEqual({ ok: false, error: 'auth.forbidden' });
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  expect(await runAction(registerPeer, admin, { name: 'RSA', publicKey: rsa })).toMatchObject({ ok: false, fields: { publicKey: ['installation.badKey'] } });
  const own = await ensureInstallationKey(here.db);
  expect(await runAction(registerPeer, admin, { name: 'Moi', publicKey: own.publicKey })).toMatchObject({ ok: false, fields: { publicKey: ['installation.ownKey'] } });
  expect(await here.db.peerInstallation.count()).toBe(0);
});
