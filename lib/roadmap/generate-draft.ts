// A draft from the consolidated findings: one strategic objective per area with gaps, a
// recommendation per finding that shows a gap, and the framework's suggested actions that
// suit the maturity found. Every generated item has a source key: generating again after
// new findings adds what is missing and never touches what exists, so no manual edit is lost.
import type { Prisma } from '../db/client';
import { inTransaction, type Db } from '../db/client';
import type { Audit } from '../audit/record-event';
import { fail, ok, type Result } from '../result';
import { draftExecutiveSummary } from './draft-summary';
import { objectiveStatement } from './objective-statements';
import { isEditable } from './scope';
import { addFrameworkTranslations } from '../translation/from-framework';
import { inLocale } from '../i18n/pick';

type Priority = 'HIGH' | 'MEDIUM' | 'LOW';
const RANK: Record<Priority, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

export type DraftCounts = { objectives: number; recommendations: number; actions: number };

/** A finding calls for work when it names a gap or a need, or its maturity is low. */
export function showsGap(f: { maturity: number | null; gaps: string; needs: string }) {
  return f.gaps.trim() !== '' || f.needs.trim() !== '' || (f.maturity !== null && f.maturity <= 2);
}

export function suits(sa: { minLevel: number; maxLevel: number }, maturity: number | null) {
  const m = maturity ?? 0;
  return sa.minLevel <= m && m <= sa.maxLevel;
}

export async function generateDraft(db: Db, roadmapId: string, audit: Audit): Promise<Result<DraftCounts>> {
  return inTransaction(db, async (tx) => {
    const roadmap = await tx.roadmap.findUnique({
      where: { id: roadmapId },
      select: {
        id: true, status: true, language: true, countryId: true, assessmentId: true, executiveSummary: true,
        country: { select: { currency: true } },
        assessment: { select: {
          coordinatingEntityId: true, place: true, startsOn: true, endsOn: true, officialsCount: true,
          coordinatingEntity: { select: { nameFr: true, nameEn: true } }, frameworkVersion: { select: { slug: true } }, entities: { select: { entity: { select: { id: true, kind: true } } } },
        } },
      },
    });
    if (!roadmap) return fail('errors.notFound');
    if (!isEditable(roadmap.status)) return fail('roadmap.notEditable');
    if (!roadmap.assessmentId) return fail('roadmap.noAssessment');
    const fr = roadmap.language !== 'en';
    const language = fr ? 'fr' : 'en';
    const framework = roadmap.assessment?.frameworkVersion.slug ?? '';

    const findings = await tx.finding.findMany({
      where: { assessmentId: roadmap.assessmentId },
      include: {
        question: {
          include: {
            area: true,
            references: { select: { paragraphId: true } },
            suggestedActions: { orderBy: { order: 'asc' } },
          },
        },
      },
    });
    const gaps = findings
      .filter(showsGap)
      .sort((a, b) => a.question.area.order - b.question.area.order || RANK[(a.priority ?? 'MEDIUM') as Priority] - RANK[(b.priority ?? 'MEDIUM') as Priority] || a.question.order - b.question.order);

    const keys = async (model: 'objective' | 'recommendation' | 'action') => {
      const rows = await (tx[model] as unknown as { findMany: (a: object) => Promise<{ sourceKey: string | null; id: string }[]> }).findMany({
        where: { roadmapId, sourceKey: { not: null } },
        select: { sourceKey: true, id: true },
      });
      return new Map(rows.map((r) => [r.sourceKey!, r.id]));
    };
    const objectives = await keys('objective');
    const recommendations = await keys('recommendation');
    const actions = await keys('action');
    const next = async (model: 'objective' | 'recommendation' | 'action') =>
      ((await (tx[model] as unknown as { aggregate: (a: object) => Promise<{ _max: { order: number | null } }> }).aggregate({ where: { roadmapId }, _max: { order: true } }))._max.order ?? 0) + 1;
    let objectiveOrder = await next('objective');
    let recommendationOrder = await next('recommendation');
    let actionOrder = await next('action');

    const entities = roadmap.assessment?.entities.map((e) => e.entity) ?? [];
    const coordinating = roadmap.assessment?.coordinatingEntityId ?? null;
    const leadFor = (kind: string | null) => {
      const candidates = entities.filter((e) => e.kind === kind);
      return candidates.find((e) => e.id === coordinating)?.id ?? candidates[0]?.id ?? coordinating;
    };

    const added: DraftCounts = { objectives: 0, recommendations: 0, actions: 0 };
    for (const f of gaps) {
      const q = f.question;
      const area = q.area;
      const objectiveKey = `area:${area.code}`;
      if (!objectives.has(objectiveKey)) {
        // The outcome the State commits to; the area's purpose says what the assessment checks,
        // which is no objective. Without a statement, the area's title.
        const statement = objectiveStatement(framework, area.code, fr ? 'fr' : 'en');
        const o = await tx.objective.create({
          data: {
            roadmapId, areaId: area.id, order: objectiveOrder++, origin: 'GENERATED', sourceKey: objectiveKey,
            title: statement?.title ?? inLocale(language, area, 'title'), description: statement?.description ?? '',
          },
        });
        // The statement in both languages, when there is one; else the area's own bilingual title.
        const inFr = objectiveStatement(framework, area.code, 'fr');
        const inEn = objectiveStatement(framework, area.code, 'en');
        await addFrameworkTranslations(tx, { countryId: roadmap.countryId, originalLanguage: roadmap.language, targetType: 'Objective', targetId: o.id }, [
          { field: 'title', original: o.title, fr: inFr?.title ?? area.titleFr, en: inEn?.title ?? area.titleEn },
          ...(inFr && inEn ? [{ field: 'description', original: o.description, fr: inFr.description, en: inEn.description }] : []),
        ]);
        objectives.set(objectiveKey, o.id);
        added.objectives++;
      }
      const objectiveId = objectives.get(objectiveKey)!;
      const priority = (f.priority ?? (f.maturity !== null && f.maturity <= 1 ? 'HIGH' : 'MEDIUM')) as Priority;

      const recommendationKey = `finding:${q.code}`;
      if (!recommendations.has(recommendationKey)) {
        const r = await tx.recommendation.create({
          data: {
            roadmapId, objectiveId, order: recommendationOrder++, origin: 'GENERATED', sourceKey: recommendationKey, priority,
            text: (f.needs.trim() || f.gaps.trim() || inLocale(language, q, 'text')).slice(0, 3000),
          },
        });
        recommendations.set(recommendationKey, r.id);
        added.recommendations++;
      }
      const recommendationId = recommendations.get(recommendationKey)!;

      for (const sa of q.suggestedActions.filter((s) => suits(s, f.maturity))) {
        const actionKey = `suggested:${sa.code}`;
        if (actions.has(actionKey)) continue;
        const data: Prisma.ActionUncheckedCreateInput = {
          roadmapId, objectiveId, recommendationId, suggestedActionId: sa.id, order: actionOrder++,
          origin: 'GENERATED', sourceKey: actionKey, priority,
          title: inLocale(language, sa, 'title'), description: inLocale(language, sa, 'description'),
          leadEntityId: leadFor(sa.leadKind), partners: (sa.partners as string[]) ?? [], indicators: [],
          currency: roadmap.country.currency,
          questions: { create: [{ questionId: q.id }] },
          paragraphs: { create: q.references.map((r) => ({ paragraphId: r.paragraphId })) },
        };
        const a = await tx.action.create({ data });
        await addFrameworkTranslations(tx, { countryId: roadmap.countryId, originalLanguage: roadmap.language, targetType: 'Action', targetId: a.id }, [
          { field: 'title', original: a.title, fr: sa.titleFr, en: sa.titleEn },
          { field: 'description', original: a.description, fr: sa.descriptionFr, en: sa.descriptionEn },
        ]);
        actions.set(actionKey, a.id);
        added.actions++;
      }
    }
    // A first executive summary, only where there is none: never over the coordinator's text.
    let summary: string | null = null;
    if (!roadmap.executiveSummary.trim()) {
      const a = roadmap.assessment!;
      const all = await tx.action.findMany({ where: { roadmapId }, select: { costAmount: true, currency: true } });
      summary = draftExecutiveSummary(fr ? 'fr' : 'en', {
        consultation: {
          place: a.place, startsOn: a.startsOn, endsOn: a.endsOn, officials: a.officialsCount, entities: entities.length,
          coordinator: a.coordinatingEntity ? inLocale(language, a.coordinatingEntity, 'name') : null,
        },
        findings: findings.map((x) => ({
          area: inLocale(language, x.question.area, 'title'), areaOrder: x.question.area.order, maturity: x.maturity,
          achievements: x.achievements, gaps: x.gaps, priority: x.priority as Priority | null,
        })),
        actions: all.map((x) => ({ costAmount: x.costAmount === null ? null : Number(x.costAmount), currency: x.currency })),
      });
      // A header form opened before this sees a newer version and reports a conflict.
      await tx.roadmap.update({ where: { id: roadmapId }, data: { executiveSummary: summary, version: { increment: 1 } } });
    }
    await audit(tx, 'roadmap.generate', { type: 'Roadmap', id: roadmapId, countryId: roadmap.countryId }, undefined, summary === null ? added : { ...added, executiveSummary: summary });
    return ok(added);
  });
}
