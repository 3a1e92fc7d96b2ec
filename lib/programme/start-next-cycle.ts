// The next assessment cycle of a country, started from a closed one, on the same framework
// version or on the version that follows it (its `previous`). The questions are matched
// through the framework's carry-over (lib/framework/carry-over.ts): a question kept, reworded
// or split takes the previous answer of each entity; a merged one brings the previous answers
// together (texts joined, level left for the entity to set); a new one starts empty; a retired
// one is listed, never carried. Carried answers are drafts marked `carried` until their
// entity confirms or changes them (lib/programme/confirm-carried.ts, lib/assessment/save-response.ts).
// The participants, the coordinating entity and the assignments follow the questions.
// A cycle has one next cycle at most: the unique index on Assessment.previousId refuses a
// second one even when two people start it at the same instant.
import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { carryOver, type CarryOver } from '../framework/carry-over';
import { getFrameworkVersion } from '../framework/get-framework-version';
import type { FrameworkContent } from '../framework/schema';
import { fail, ok } from '../result';
import { nextCycleSchema } from './schemas';

/** The identity mapping of a version onto itself (the next cycle on the same version). */
function sameVersion(content: FrameworkContent): CarryOver {
  const questions = content.areas.flatMap((a) => a.questions.map((q) => ({ code: q.code, areaCode: a.code, relation: 'same' as const, from: [q.code] })));
  return { slug: content.framework.slug, from: content.framework.version, to: content.framework.version, questions, retired: [] };
}

const isUnique = (e: unknown) => (e as { code?: unknown } | null)?.code === 'P2002';

export const startNextCycle = defineAction({
  name: 'assessment.nextCycle',
  input: nextCycleSchema,
  policy: 'assessment.nextCycle',
  // The country the user acts in (the page names it): an assessment of another country is refused in the domain, with its own message.
  scope: async (db, input) => {
    const c = await db.country.findUnique({ where: { id: input.countryId }, select: { id: true } });
    return c ? { countryId: c.id } : null;
  },
  run: async (ctx, input, scope) => {
    // Read through the scoped client: another country's assessment is not found, whoever asks.
    const prev = await ctx.db.assessment.findFirst({
      where: { id: input.assessmentId, countryId: scope.countryId! },
      select: {
        id: true, status: true, countryId: true, organisers: true, coordinatingEntityId: true,
        frameworkVersion: { select: { slug: true, version: true } }, next: { select: { id: true } },
      },
    });
    if (!prev) return fail('programme.cycle.otherCountry');
    if (prev.status !== 'CLOSED') return fail('programme.cycle.notClosed');
    if (prev.next) return fail('programme.cycle.alreadyStarted');
    const target = await ctx.db.frameworkVersion.findUnique({ where: { id: input.frameworkVersionId }, select: { slug: true, version: true, status: true } });
    if (!target || target.status !== 'PUBLISHED' || target.slug !== prev.frameworkVersion.slug) return fail('form.invalid', { frameworkVersionId: ['programme.cycle.frameworkNotNext'] });
    const [from, to] = await Promise.all([
      getFrameworkVersion(ctx.db, prev.frameworkVersion.slug, prev.frameworkVersion.version),
      getFrameworkVersion(ctx.db, target.slug, target.version),
    ]);
    const mapping = target.version === prev.frameworkVersion.version ? sameVersion(to!.content) : carryOver(to!.content, from!.content);
    if (!mapping || mapping.from !== prev.frameworkVersion.version) return fail('form.invalid', { frameworkVersionId: ['programme.cycle.frameworkNotNext'] });

    try {
      return await inTransaction(ctx.db, async (tx) => {
        const questions = await tx.question.findMany({
          where: { OR: [{ area: { frameworkVersionId: input.frameworkVersionId } }, { area: { frameworkVersion: { slug: prev.frameworkVersion.slug, version: prev.frameworkVersion.version } } }] },
          select: { id: true, code: true, area: { select: { frameworkVersionId: true } } },
        });
        const newId = new Map(questions.filter((q) => q.area.frameworkVersionId === input.frameworkVersionId).map((q) => [q.code, q.id]));
        const oldCode = new Map(questions.filter((q) => q.area.frameworkVersionId !== input.frameworkVersionId || mapping.from === mapping.to).map((q) => [q.id, q.code]));
        const [entities, assignments, responses] = await Promise.all([
          tx.assessmentEntity.findMany({ where: { assessmentId: prev.id }, select: { entityId: true } }),
          tx.assignment.findMany({ where: { assessmentId: prev.id }, select: { entityId: true, questionId: true } }),
          tx.response.findMany({
            where: { assessmentId: prev.id },
            select: { entityId: true, questionId: true, state: true, maturity: true, achievements: true, gaps: true, needs: true, assistanceNeeded: true, priority: true, evidence: true },
          }),
        ]);
        const next = await tx.assessment.create({
          data: {
            countryId: prev.countryId, frameworkVersionId: input.frameworkVersionId, title: input.title, status: 'COLLECTION', previousId: prev.id,
            organisers: prev.organisers ?? [], coordinatingEntityId: prev.coordinatingEntityId, createdById: ctx.user.id,
            entities: { create: entities.map((e) => ({ entityId: e.entityId })) },
          },
          select: { id: true },
        });
        // Who answered what before, by previous question code.
        const assignedTo = new Map<string, Set<string>>();
        for (const a of assignments) {
          const code = oldCode.get(a.questionId);
          if (code) assignedTo.set(code, (assignedTo.get(code) ?? new Set()).add(a.entityId));
        }
        const answerOf = new Map(responses.map((r) => [`${r.entityId}/${oldCode.get(r.questionId)}`, r]));
        const newAssignments: { assessmentId: string; entityId: string; questionId: string }[] = [];
        const carried: Record<string, unknown>[] = [];
        for (const q of mapping.questions) {
          const questionId = newId.get(q.code);
          if (!questionId || q.relation === 'new') continue;
          const entityIds = new Set(q.from.flatMap((c) => [...(assignedTo.get(c) ?? [])]));
          for (const entityId of entityIds) {
            newAssignments.push({ assessmentId: next.id, entityId, questionId });
            const sources = q.from.map((c) => answerOf.get(`${entityId}/${c}`)).filter((r) => !!r);
            if (!sources.length) continue;
            const one = sources.length === 1 ? sources[0] : null;
            const joined = (f: 'achievements' | 'gaps' | 'needs' | 'assistanceNeeded' | 'evidence') => [...new Set(sources.map((s) => s[f].trim()).filter(Boolean))].join('\n\n');
            carried.push({
              assessmentId: next.id, entityId, questionId, carried: true, version: 1, updatedById: null,
              // A merged question's level is the entity's to reconcile: it is carried empty.
              state: one?.state ?? null, maturity: one?.maturity ?? null, priority: one?.priority ?? null,
              achievements: joined('achievements'), gaps: joined('gaps'), needs: joined('needs'), assistanceNeeded: joined('assistanceNeeded'), evidence: joined('evidence'),
            });
          }
        }
        await tx.assignment.createMany({ data: newAssignments });
        await tx.response.createMany({ data: carried as never });
        const summary = {
          previousId: prev.id, framework: `${target.slug} ${target.version}`, carried: carried.length,
          retired: mapping.retired, new: mapping.questions.filter((q) => q.relation === 'new').map((q) => q.code),
        };
        await ctx.audit(tx, 'assessment.nextCycle', { type: 'Assessment', id: next.id }, undefined, summary);
        return ok({ id: next.id, carried: carried.length, retired: mapping.retired, added: summary.new });
      });
    } catch (e) {
      // Started by someone else in the meantime: the unique index on previousId said no.
      if (isUnique(e)) return fail('programme.cycle.alreadyStarted');
      throw e;
    }
  },
});
