// The roadmap as its pages show it: plain data, names in the reader's language.
import type { Db } from '../db/client';
import { countryName } from '../country/names';
import { readIndicators } from './indicators';
import { translator } from '../i18n/translate';
import type { Locale } from '../i18n/routing';
import { inLocale } from '../i18n/pick';
import { inDocumentOrder, numberRoadmap } from './numbering';
import { buildThreads, textsOf } from './comment-threads';
import { paragraphName, storedIdentity } from '../framework/paragraph-check';
import type { ParagraphKind } from '../framework/schema';

export async function getRoadmapView(db: Db, slug: string, locale: Locale) {
  const r = await db.roadmap.findUnique({
    where: { slug },
    include: {
      country: { select: { code: true, demo: true, currency: true } },
      assessment: { select: { id: true, title: true, frameworkVersionId: true } },
      objectives: { orderBy: { order: 'asc' } },
      recommendations: { orderBy: { order: 'asc' } },
      actions: {
        orderBy: { order: 'asc' },
        include: {
          leadEntity: { select: { id: true, acronym: true, nameFr: true, nameEn: true } },
          supportingEntities: { select: { entityId: true } },
          questions: { select: { question: { select: { id: true, code: true } } } },
          paragraphs: { select: { paragraph: { include: { instrument: { select: { code: true } } } } } },
        },
      },
      versions: { orderBy: { number: 'desc' }, include: { submittedBy: { select: { name: true } }, decidedBy: { select: { name: true } } } },
      comments: { orderBy: { createdAt: 'asc' }, include: { author: { select: { name: true } } } },
    },
  });
  if (!r) return null;
  const name = (e: { acronym: string | null; nameFr: string; nameEn: string }) => e.acronym ?? inLocale(locale, e, 'name');
  // A person an imported file names, without an account in this country: the file's text, said so.
  const t = translator(locale, 'roadmap');
  const fromFile = (label: string | null) => (label ? t('provenance.fromFile', { who: label }) : null);
  const fw = r.assessment?.frameworkVersionId ?? null;
  const [entities, questions, instruments] = await Promise.all([
    db.entity.findMany({ where: { countryId: r.countryId, active: true }, select: { id: true, acronym: true, nameFr: true, nameEn: true } }),
    fw ? db.question.findMany({ where: { frameworkVersionId: fw }, orderBy: [{ area: { order: 'asc' } }, { order: 'asc' }], select: { id: true, code: true, textFr: true, textEn: true } }) : [],
    fw ? db.instrument.findMany({ where: { frameworkVersionId: fw }, orderBy: { order: 'asc' }, include: { paragraphs: { orderBy: { order: 'asc' } } } }) : [],
  ]);
  const served = new Set(r.actions.flatMap((a) => a.paragraphs.map((p) => p.paragraph.id)));
  const objectiveTitle = new Map(r.objectives.map((o) => [o.id, o.title]));
  // The codes the PDF prints ("1", "1.2", "1.2.1"), items in the PDF's order.
  const numbering = numberRoadmap(r);
  const code = (id: string) => numbering.code(id) ?? '';
  // A paragraph as readers cite it ("2341 par. 2"); an unverified number says so.
  const tf = translator(locale, 'framework');
  type StoredParagraph = Parameters<typeof storedIdentity>[0] & { kind: string };
  const cite = (instrument: string, p: StoredParagraph) =>
    `${instrument} ${paragraphName(tf, locale, instrument, { ...storedIdentity(p), kind: p.kind.toLowerCase() as ParagraphKind })}`;
  return {
    id: r.id, slug: r.slug, title: r.title, status: r.status, sensitivity: r.sensitivity, version: r.version, language: r.language,
    countryId: r.countryId, country: countryName(r.country.code, locale), demo: r.country.demo, currency: r.country.currency,
    executiveSummary: r.executiveSummary, context: r.context, methodology: r.methodology, provenance: r.provenance,
    assessment: r.assessment ? { id: r.assessment.id, title: r.assessment.title } : null,
    objectives: inDocumentOrder(r.objectives, numbering.objectives).map((o) => ({ id: o.id, code: code(o.id), order: o.order, title: o.title, description: o.description, origin: o.origin })),
    recommendations: inDocumentOrder(r.recommendations, numbering.recommendations).map((x) => ({ id: x.id, code: code(x.id), order: x.order, text: x.text, priority: x.priority, objectiveId: x.objectiveId, objective: x.objectiveId ? objectiveTitle.get(x.objectiveId) ?? null : null })),
    actions: inDocumentOrder(r.actions, numbering.actions).map((a) => ({
      id: a.id, code: code(a.id), order: a.order, version: a.version, title: a.title, description: a.description, objectiveId: a.objectiveId, recommendationId: a.recommendationId,
      leadEntityId: a.leadEntityId, lead: a.leadEntity ? name(a.leadEntity) : null, supportingEntityIds: a.supportingEntities.map((s) => s.entityId),
      partners: (a.partners as string[]) ?? [], startPeriod: a.startPeriod, endPeriod: a.endPeriod, priority: a.priority,
      indicators: readIndicators(a.indicators),
      costAmount: a.costAmount ? Number(a.costAmount) : null, currency: a.currency, fundingSource: a.fundingSource, status: a.status,
      questionIds: a.questions.map((q) => q.question.id), questionCodes: a.questions.map((q) => q.question.code),
      paragraphIds: a.paragraphs.map((p) => p.paragraph.id), paragraphRefs: a.paragraphs.map((p) => cite(p.paragraph.instrument.code, p.paragraph)),
      origin: a.origin,
    })),
    versions: r.versions.map((v) => ({
      number: v.number, status: v.status, submittedAt: v.submittedAt.toISOString(), submittedBy: v.submittedBy?.name ?? fromFile(v.submittedByLabel),
      decidedAt: v.decidedAt?.toISOString() ?? null, decidedBy: v.decidedBy?.name ?? fromFile(v.decidedByLabel), decisionNote: v.decisionNote, contentHash: v.contentHash,
    })),
    /** Comment threads in the page's order, quotes found again in the texts as they read now. */
    threads: buildThreads(r.comments.map((c) => ({
      id: c.id, targetType: c.targetType, targetId: c.targetId, parentId: c.parentId, field: c.field,
      quote: c.quote, quoteStart: c.quoteStart, quotePrefix: c.quotePrefix, quoteSuffix: c.quoteSuffix,
      authorId: c.authorId, author: c.author?.name ?? fromFile(c.authorLabel), body: c.body, createdAt: c.createdAt.toISOString(), resolved: !!c.resolvedAt,
    })), { code: (id) => numbering.code(id), text: textsOf(r, r) }),
    /** The version each thread was written on, by thread id: the coordinator's summary shows those on the version sent back. */
    threadVersion: Object.fromEntries(r.comments.filter((c) => !c.parentId).map((c) => [c.id, r.versions.find((v) => v.id === c.versionId)?.number ?? null])),
    options: {
      entities: entities.map((e) => ({ id: e.id, name: `${e.acronym ? `${e.acronym} — ` : ''}${inLocale(locale, e, 'name')}` })).sort((a, b) => a.name.localeCompare(b.name, locale)),
      questions: questions.map((q) => ({ id: q.id, name: `${q.code} — ${inLocale(locale, q, 'text')}` })),
      paragraphs: instruments.flatMap((i) => i.paragraphs.map((p) => ({ id: p.id, name: `${cite(i.code, p)} — ${inLocale(locale, p, 'summary')}` }))),
    },
    /** Operative paragraphs of 2341 and 2396 that no action serves yet. */
    uncovered: instruments
      .filter((i) => i.code === '2341' || i.code === '2396')
      .flatMap((i) => i.paragraphs.filter((p) => p.kind === 'OPERATIVE' && !served.has(p.id)).map((p) => ({ id: p.id, ref: cite(i.code, p), summary: inLocale(locale, p, 'summary') }))),
  };
}

export type RoadmapView = NonNullable<Awaited<ReturnType<typeof getRoadmapView>>>;
export type ActionView = RoadmapView['actions'][number];

export async function listRoadmaps(db: Db, locale: Locale) {
  const rows = await db.roadmap.findMany({
    orderBy: { updatedAt: 'desc' },
    select: { id: true, slug: true, title: true, status: true, countryId: true, updatedAt: true, country: { select: { code: true } }, _count: { select: { actions: true, versions: true } } },
  });
  return rows.map((r) => ({ ...r, country: countryName(r.country.code, locale), updatedAt: r.updatedAt.toISOString() }));
}
