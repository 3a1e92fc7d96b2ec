import { inTransaction, type Db, type Prisma } from '../db/client';
import { fail, ok, type Result } from '../result';
import { contentHash } from './content-hash';
import { ENTITY_KIND, LENS, PARAGRAPH_KIND, paragraphKey, type FrameworkContent } from './schema';

export type ImportStatus = 'created' | 'unchanged' | 'replaced';

export type ImportSummary = {
  id: string;
  slug: string;
  version: string;
  status: ImportStatus;
  contentHash: string;
  areas: number;
  questions: number;
};

type Tx = Prisma.TransactionClient;

/**
 * Imports one validated framework version (see loadFramework, parseFrameworkDocument).
 *
 * - The same content again (same hash) writes nothing: imports run at every start.
 * - A version that an assessment uses is immutable: answers, findings and roadmaps point at
 *   its questions and paragraphs, so other content under the same slug and version is
 *   refused (`framework.versionInUse`); a change means a new version.
 * - A version nobody uses yet is replaced whole.
 *
 * Everything happens in one transaction: a failure leaves the database as it was.
 */
export async function importFramework(db: Db, content: FrameworkContent): Promise<Result<ImportSummary>> {
  const { slug, version } = content.framework;
  const hash = contentHash(content);
  const counts = { areas: content.areas.length, questions: content.areas.reduce((n, a) => n + a.questions.length, 0) };

  return inTransaction(db, async (tx) => {
    const existing = await tx.frameworkVersion.findUnique({
      where: { slug_version: { slug, version } },
      select: { id: true, contentHash: true, _count: { select: { assessments: true } } },
    });
    if (existing?.contentHash === hash) return ok({ id: existing.id, slug, version, status: 'unchanged', contentHash: hash, ...counts });
    if (existing && existing._count.assessments > 0) return fail('framework.versionInUse');
    // Should an assessment start on this version between the count above and this delete,
    // its required relation to the version (no cascade) makes the delete fail and the
    // whole import roll back: an in-use version is never replaced.
    if (existing) await tx.frameworkVersion.delete({ where: { id: existing.id } });
    const id = await writeVersion(tx, content, hash);
    return ok({ id, slug, version, status: existing ? 'replaced' : 'created', contentHash: hash, ...counts });
    // A whole version is a few hundred rows in a handful of batches: on a loaded server that
    // can take longer than Prisma's default of 5 s, and the import must not fail half-way.
  }, { timeout: 60_000, maxWait: 15_000 });
}

/** A handful of batched inserts (one per table), whatever the size of the framework. */
async function writeVersion(tx: Tx, content: FrameworkContent, hash: string): Promise<string> {
  const { framework } = content;
  const fv = await tx.frameworkVersion.create({
    data: {
      slug: framework.slug,
      version: framework.version,
      titleFr: framework.title.fr,
      titleEn: framework.title.en,
      descriptionFr: framework.description.fr,
      descriptionEn: framework.description.en,
      scale: [...framework.scale].sort((a, b) => a.level - b.level),
      previous: framework.previous ?? null,
      contentHash: hash,
    },
    select: { id: true },
  });

  const instruments = await tx.instrument.createManyAndReturn({
    data: content.instruments.map((i, order) => ({
      frameworkVersionId: fv.id,
      code: i.code,
      symbol: i.symbol,
      titleFr: i.title.fr,
      titleEn: i.title.en,
      date: i.date ?? null,
      url: i.url,
      order: order + 1,
    })),
    select: { id: true, code: true },
  });
  const instrumentId = new Map(instruments.map((i) => [i.code, i.id]));

  const paragraphs = await tx.instrumentParagraph.createManyAndReturn({
    data: content.instruments.flatMap((i) =>
      i.paragraphs.map((p, order) => ({
        instrumentId: instrumentId.get(i.code)!,
        ref: p.ref,
        number: p.number ?? null,
        numberStatus: p.numberCheck?.status ?? null,
        numberSource: p.numberCheck?.source ?? null,
        subjectFr: p.subject?.fr ?? null,
        subjectEn: p.subject?.en ?? null,
        kind: PARAGRAPH_KIND[p.kind],
        summaryFr: p.summary.fr,
        summaryEn: p.summary.en,
        order: order + 1,
      })),
    ),
    select: { id: true, ref: true, instrument: { select: { code: true } } },
  });
  const paragraphId = new Map(paragraphs.map((p) => [paragraphKey(p.instrument.code, p.ref), p.id]));

  const areas = await tx.area.createManyAndReturn({
    data: content.areas.map((a) => ({
      frameworkVersionId: fv.id,
      code: a.code,
      order: a.order,
      crossCutting: a.crossCutting,
      titleFr: a.title.fr,
      titleEn: a.title.en,
      purposeFr: a.purpose.fr,
      purposeEn: a.purpose.en,
    })),
    select: { id: true, code: true },
  });
  const areaId = new Map(areas.map((a) => [a.code, a.id]));

  const questions = await tx.question.createManyAndReturn({
    data: content.areas.flatMap((a) =>
      a.questions.map((q, order) => ({
        frameworkVersionId: fv.id,
        areaId: areaId.get(a.code)!,
        code: q.code,
        order: order + 1,
        lens: LENS[q.lens],
        textFr: q.text.fr,
        textEn: q.text.en,
        guidanceFr: q.guidance.fr,
        guidanceEn: q.guidance.en,
        levels: q.levels,
        carryFrom: q.from ?? undefined,
      })),
    ),
    select: { id: true, code: true },
  });
  const questionId = new Map(questions.map((q) => [q.code, q.id]));

  const all = content.areas.flatMap((a) => a.questions);
  await tx.questionReference.createMany({
    data: all.flatMap((q) => q.references.map((r) => ({ questionId: questionId.get(q.code)!, paragraphId: paragraphId.get(r)! }))),
  });
  await tx.suggestedAction.createMany({
    data: all.flatMap((q) =>
      q.actions.map((s, order) => ({
        questionId: questionId.get(q.code)!,
        code: s.code,
        order: order + 1,
        titleFr: s.title.fr,
        titleEn: s.title.en,
        descriptionFr: s.description.fr,
        descriptionEn: s.description.en,
        minLevel: s.minLevel,
        maxLevel: s.maxLevel,
        leadKind: ENTITY_KIND[s.leadKind],
        partners: s.partners,
      })),
    ),
  });
  return fv.id;
}
