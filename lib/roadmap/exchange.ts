// Exchange between installations (a national on-premise instance and the UN's): a roadmap
// with its current draft, its submitted versions and its comments, as one JSON file.
//
// Two checks, for two different things (docs/decisions/008):
// - `integrity` and each version's `contentHash` are SHA-256 digests: a check against
//   accidental damage (a truncated download), which anyone editing the file can recompute;
// - `signature` is the exporting installation's Ed25519 signature of everything else. Only a
//   file signed by this installation or by one an administrator registered keeps its history
//   (statuses, who submitted and decided, comment authors). Any other file imports as a draft
//   with that history as read-only provenance text, never as this installation's approval.
// People are matched by e-mail only among the members of the roadmap's country, else kept as
// the file's text: an import never names or reveals another country's users.
import { z } from 'zod';
import type { Db, Prisma } from '../db/client';
import { inTransaction } from '../db/client';
import type { Audit } from '../audit/record-event';
import { fail, ok, type Result } from '../result';
import { signWithInstallationKey, type Signer } from '../installation/keys';
import { translator } from '../i18n/translate';
import { guessFrenchArticle } from '../i18n/entity-name';
import { buildSnapshot, canonicalJson, contentHash, snapshotSchema, type RoadmapSnapshot } from './snapshot';
import { parseTextKey, textsOf } from '../translation/texts';

export const EXCHANGE_FORMAT = 'jalon.roadmap' as const;

const versionSchema = z.object({
  number: z.number().int().min(1), status: z.enum(['SUBMITTED', 'CHANGES_REQUESTED', 'APPROVED']),
  submittedAt: z.string(), submittedBy: z.string().nullable(), decidedAt: z.string().nullable(), decidedBy: z.string().nullable(),
  decisionNote: z.string().nullable(), contentHash: z.string().regex(/^[0-9a-f]{64}$/), snapshot: snapshotSchema,
});
const commentSchema = z.object({
  id: z.string(), targetType: z.enum(['ROADMAP', 'OBJECTIVE', 'RECOMMENDATION', 'ACTION']), targetId: z.string().nullable(),
  parentId: z.string().nullable(), versionNumber: z.number().int().nullable(), author: z.string().nullable(), body: z.string().max(10_000),
  createdAt: z.string(), resolvedAt: z.string().nullable(),
  // The text field and quoted span a thread is about (absent from files written before them).
  field: z.string().max(40).nullish(), quote: z.string().max(2000).nullish(), quoteStart: z.number().int().min(0).nullish(),
  quotePrefix: z.string().max(200).nullish(), quoteSuffix: z.string().max(200).nullish(),
});
const signatureSchema = z.object({ algorithm: z.literal('ed25519'), keyId: z.string().regex(/^[0-9a-f]{64}$/), value: z.string().max(200) });
export const exchangeSchema = z.object({
  format: z.literal(EXCHANGE_FORMAT),
  // 1: before signatures (always imported as unsigned)
  formatVersion: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.string(),
  status: z.enum(['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED']),
  draft: snapshotSchema,
  versions: z.array(versionSchema).max(500),
  comments: z.array(commentSchema).max(20_000),
  integrity: z.string().regex(/^[0-9a-f]{64}$/),
  signature: signatureSchema.optional(),
});
export type ExchangeFile = z.infer<typeof exchangeSchema>;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export async function exportRoadmap(db: Db, roadmapId: string): Promise<ExchangeFile | null> {
  const draft = await buildSnapshot(db, roadmapId);
  if (!draft) return null;
  const r = await db.roadmap.findUniqueOrThrow({
    where: { id: roadmapId },
    include: {
      versions: { orderBy: { number: 'asc' }, include: { submittedBy: { select: { email: true } }, decidedBy: { select: { email: true } } } },
      comments: { orderBy: { createdAt: 'asc' }, include: { author: { select: { email: true } }, version: { select: { number: true } } } },
    },
  });
  const body = {
    format: EXCHANGE_FORMAT, formatVersion: 2 as const, exportedAt: new Date().toISOString(), status: r.status, draft,
    versions: r.versions.map((v) => ({
      number: v.number, status: v.status, submittedAt: v.submittedAt.toISOString(), submittedBy: v.submittedBy?.email ?? null,
      decidedAt: iso(v.decidedAt), decidedBy: v.decidedBy?.email ?? null, decisionNote: v.decisionNote, contentHash: v.contentHash,
      snapshot: snapshotSchema.parse(v.snapshot),
    })),
    comments: r.comments.map((c) => ({
      id: c.id, targetType: c.targetType, targetId: c.targetId, parentId: c.parentId, versionNumber: c.version?.number ?? null,
      author: c.author?.email ?? null, body: c.body, createdAt: c.createdAt.toISOString(), resolvedAt: iso(c.resolvedAt),
      field: c.field, quote: c.quote, quoteStart: c.quoteStart, quotePrefix: c.quotePrefix, quoteSuffix: c.quoteSuffix,
    })),
  };
  const unsigned = { ...body, integrity: contentHash(body) };
  return { ...unsigned, signature: await signWithInstallationKey(db, signedText(unsigned)) };
}

/** What the signature covers: the whole file but the signature, as canonical JSON. */
export function signedText(file: Omit<ExchangeFile, 'signature'> & { signature?: unknown }): string {
  const rest: Record<string, unknown> = { ...file };
  delete rest.signature;
  return canonicalJson(rest);
}

/** Parses and verifies a file; the message key says what is wrong. */
export function verifyExchange(raw: unknown): Result<ExchangeFile> {
  const parsed = exchangeSchema.safeParse(raw);
  if (!parsed.success) return fail('roadmap.badFile');
  const { integrity, ...body }: Record<string, unknown> = parsed.data;
  delete body.signature;
  if (contentHash(body) !== integrity) return fail('roadmap.tampered');
  for (const v of parsed.data.versions) if (contentHash(v.snapshot) !== v.contentHash) return fail('roadmap.tampered');
  return ok(parsed.data);
}

type Tx = Prisma.TransactionClient;

/** Recreates the roadmap in this installation under `slug`; nothing is written if anything fails. */
export async function importRoadmap(
  db: Db, file: ExchangeFile, o: { slug: string; audit: Audit; signer: Signer },
): Promise<Result<{ id: string; slug: string; trusted: boolean }>> {
  const trusted = o.signer.trusted;
  return inTransaction(db, async (tx) => {
    const d = file.draft;
    const country = await tx.country.findUnique({ where: { code: d.country.code } });
    if (!country) return fail('roadmap.unknownCountry');
    if (await tx.roadmap.findUnique({ where: { slug: o.slug }, select: { id: true } })) return fail('form.invalid', { slug: ['roadmap.slugTaken'] });

    const entityIds = await mapEntities(tx, country.id, d);
    const fw = d.framework ? await tx.frameworkVersion.findUnique({ where: { slug_version: d.framework }, include: { areas: true, questions: true, instruments: { include: { paragraphs: true } } } }) : null;
    const areaId = new Map(fw?.areas.map((a) => [a.code, a.id]) ?? []);
    const questionId = new Map(fw?.questions.map((q) => [q.code, q.id]) ?? []);
    const byRef = new Map(fw?.instruments.flatMap((i) => i.paragraphs.map((p) => [`${i.code} ${p.ref}`, p.id] as const)) ?? []);
    const paragraphId = new Map(d.instruments.flatMap((i) => i.paragraphs.map((p) => [p.id, byRef.get(`${i.code} ${p.ref}`)] as const)));

    const assessment = fw && d.consultation ? await tx.assessment.create({
      data: {
        countryId: country.id, frameworkVersionId: fw.id, title: d.consultation.title, status: 'CLOSED', place: d.consultation.place,
        startsOn: d.consultation.startsOn ? new Date(d.consultation.startsOn) : null, endsOn: d.consultation.endsOn ? new Date(d.consultation.endsOn) : null,
        organisers: d.consultation.organisers, officialsCount: d.consultation.officialsCount,
        coordinatingEntityId: d.consultation.coordinatingEntityId ? entityIds.get(d.consultation.coordinatingEntityId) : null,
        entities: { create: d.entities.filter((e) => e.participating).map((e) => ({ entityId: entityIds.get(e.id)! })) },
        findings: {
          create: d.findings.filter((f) => questionId.has(f.questionCode)).map((f) => ({
            questionId: questionId.get(f.questionCode)!, maturity: f.maturity, achievements: f.achievements, gaps: f.gaps, needs: f.needs, priority: f.priority,
          })),
        },
      },
    }) : null;

    const roadmap = await tx.roadmap.create({
      data: {
        slug: o.slug, countryId: country.id, assessmentId: assessment?.id ?? null, title: d.roadmap.title, status: trusted ? file.status : 'DRAFT',
        provenance: provenanceText(file, o.signer),
        language: d.roadmap.language, sensitivity: d.roadmap.sensitivity, executiveSummary: d.roadmap.executiveSummary,
        context: d.roadmap.context, methodology: d.roadmap.methodology,
      },
    });
    const ids = new Map<string, string>();
    for (const x of d.objectives) {
      ids.set(x.id, (await tx.objective.create({ data: { roadmapId: roadmap.id, order: x.order, title: x.title, description: x.description, areaId: x.areaCode ? areaId.get(x.areaCode) ?? null : null } })).id);
    }
    for (const x of d.recommendations) {
      ids.set(x.id, (await tx.recommendation.create({ data: { roadmapId: roadmap.id, order: x.order, text: x.text, priority: x.priority, objectiveId: x.objectiveId ? ids.get(x.objectiveId) ?? null : null } })).id);
    }
    for (const a of d.actions) {
      const created = await tx.action.create({
        data: {
          roadmapId: roadmap.id, order: a.order, title: a.title, description: a.description,
          objectiveId: a.objectiveId ? ids.get(a.objectiveId) ?? null : null, recommendationId: a.recommendationId ? ids.get(a.recommendationId) ?? null : null,
          leadEntityId: a.leadEntityId ? entityIds.get(a.leadEntityId) ?? null : null, partners: a.partners, startPeriod: a.startPeriod, endPeriod: a.endPeriod,
          priority: a.priority, indicators: a.indicators, costAmount: a.costAmount, currency: a.currency, fundingSource: a.fundingSource, status: a.status,
          supportingEntities: { create: a.supportingEntityIds.map((e) => ({ entityId: entityIds.get(e)! })) },
          questions: { create: a.questionCodes.filter((c) => questionId.has(c)).map((c) => ({ questionId: questionId.get(c)! })) },
          paragraphs: { create: a.paragraphIds.map((p) => paragraphId.get(p)).filter((p): p is string => !!p).map((p) => ({ paragraphId: p })) },
        },
      });
      ids.set(a.id, created.id);
    }
    await carryTranslations(tx, d, { countryId: country.id, roadmapId: roadmap.id, ids, trusted });
    // Only members of the roadmap's country are matched, and only for a trusted file.
    const emails = [...file.versions.flatMap((v) => [v.submittedBy, v.decidedBy]), ...file.comments.map((c) => c.author)].filter((e): e is string => !!e);
    const users = new Map(
      trusted
        ? (await tx.user.findMany({ where: { email: { in: emails }, memberships: { some: { countryId: country.id } } }, select: { id: true, email: true } })).map((u) => [u.email, u.id])
        : [],
    );
    const person = (email: string | null) => (email ? (users.has(email) ? { id: users.get(email)!, label: null } : { id: null, label: email }) : { id: null, label: null });
    const versionId = new Map<number, string>();
    // An untrusted file's versions are not versions of this installation: its provenance text tells them.
    for (const v of trusted ? file.versions : []) {
      const submitted = person(v.submittedBy);
      const decided = person(v.decidedBy);
      const row = await tx.roadmapVersion.create({
        data: {
          roadmapId: roadmap.id, number: v.number, status: v.status, snapshot: v.snapshot as unknown as Prisma.InputJsonValue, contentHash: v.contentHash,
          submittedAt: new Date(v.submittedAt), submittedById: submitted.id, submittedByLabel: submitted.label,
          decidedAt: v.decidedAt ? new Date(v.decidedAt) : null, decidedById: decided.id, decidedByLabel: decided.label, decisionNote: v.decisionNote,
        },
      });
      versionId.set(v.number, row.id);
    }
    for (const c of file.comments) {
      const row = await tx.comment.create({
        data: {
          roadmapId: roadmap.id, targetType: c.targetType,
          // A comment on an item that is no longer in the draft keeps its old id: the versions still hold it.
          targetId: c.targetId ? ids.get(c.targetId) ?? c.targetId : null,
          parentId: c.parentId ? ids.get(c.parentId) ?? null : null, versionId: c.versionNumber ? versionId.get(c.versionNumber) ?? null : null,
          authorId: person(c.author).id, authorLabel: person(c.author).label, body: c.body, mentions: [], createdAt: new Date(c.createdAt),
          resolvedAt: c.resolvedAt ? new Date(c.resolvedAt) : null,
          field: c.field ?? null, quote: c.quote ?? null, quoteStart: c.quoteStart ?? null, quotePrefix: c.quotePrefix ?? null, quoteSuffix: c.quoteSuffix ?? null,
        },
      });
      ids.set(c.id, row.id);
    }
    await o.audit(tx, 'roadmap.import', { type: 'Roadmap', id: roadmap.id, countryId: country.id }, undefined, { slug: o.slug, versions: trusted ? file.versions.length : 0, integrity: file.integrity, signedBy: o.signer.trusted ? (o.signer.self ? 'self' : o.signer.name) : null, trusted });
    return ok({ id: roadmap.id, slug: roadmap.slug, trusted });
  });
}

/**
 * The draft's translations (docs/decisions/011), on the records just created. A review is a
 * decision: from a file this installation does not trust, every translation comes in as a
 * draft. Findings' translations stay behind: the assessment's findings get new ids the file
 * cannot name.
 */
async function carryTranslations(tx: Tx, d: RoadmapSnapshot, o: { countryId: string; roadmapId: string; ids: Map<string, string>; trusted: boolean }) {
  const tr = d.translations;
  if (!tr) return;
  await tx.roadmap.update({ where: { id: o.roadmapId }, data: { publishedIn: tr.publishedIn.join(',') } });
  const idOf = (type: string, id: string) => (type === 'Roadmap' ? (id === d.roadmap.id ? o.roadmapId : undefined) : o.ids.get(id));
  const data = textsOf(d).flatMap((u) => {
    const t = tr.texts[u.key];
    const k = parseTextKey(u.key);
    const targetId = k && t ? idOf(k.targetType, k.targetId) : undefined;
    if (!k || !t || !targetId || k.targetType === 'Finding') return [];
    return [{ countryId: o.countryId, targetType: k.targetType, targetId, field: k.field, language: tr.language, text: t.text, sourceText: u.original, state: o.trusted ? t.state : ('DRAFT' as const) }];
  });
  if (data.length) await tx.textTranslation.createMany({ data });
}

/** The file's entities in this country's register, by code; missing ones are added. */
async function mapEntities(tx: Tx, countryId: string, d: RoadmapSnapshot) {
  const out = new Map<string, string>();
  for (const e of d.entities) {
    const row = await tx.entity.upsert({
      where: { countryId_code: { countryId, code: e.code } },
      update: {},
      create: { countryId, code: e.code, acronym: e.acronym, nameFr: e.nameFr, nameEn: e.nameEn, articleFr: guessFrenchArticle(e.nameFr), kind: e.kind as never },
    });
    out.set(e.id, row.id);
  }
  return out;
}

/**
 * Where the roadmap came from, in its own language; for a file we do not trust, also the
 * history the file claims, said to be the file's and not this installation's.
 */
export function provenanceText(file: ExchangeFile, signer: Signer): string {
  const lang = file.draft.roadmap.language;
  const t = translator(lang, 'roadmap');
  const day = (iso: string) => iso.slice(0, 10);
  const exported = day(file.exportedAt);
  if (signer.trusted) return t('provenance.signed', { exported, signer: signer.self ? t('provenance.thisInstallation') : (signer.name ?? '') });
  const lines = [t(signer.reason === 'unsigned' ? 'provenance.unsigned' : 'provenance.unknownSigner', { exported, keyId: file.signature?.keyId.slice(0, 16) ?? '' })];
  const nobody = t('provenance.unnamed');
  for (const v of file.versions) {
    lines.push(t('provenance.submitted', { number: v.number, date: day(v.submittedAt), who: v.submittedBy ?? nobody }));
    if (v.decidedAt && v.status !== 'SUBMITTED') lines.push(t(`provenance.decided.${v.status}`, { number: v.number, date: day(v.decidedAt), who: v.decidedBy ?? nobody }));
  }
  return lines.join('\n');
}
