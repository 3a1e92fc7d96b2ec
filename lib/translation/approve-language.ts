import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok, type MessageKey } from '../result';
import { snapshotSchema } from '../roadmap/snapshot';
import { roadmapScope } from '../roadmap/scope';
import { asLanguage, publicationLanguages } from './languages';
import { loadTranslationRows } from './rows';
import { approveLanguageSchema } from './schemas';
import { hashTexts } from './snapshot';
import { stateOf } from './state';
import { textsOf } from './texts';

/**
 * A reviewer approves a version in one of its publication languages other than the
 * original: only when every text of the version has a reviewed translation made from the
 * version's own original. The texts are frozen with the approval, so its PDF never changes.
 */
export const approveLanguage = defineAction({
  name: 'translation.approve',
  input: approveLanguageSchema,
  policy: 'roadmap.decide',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      const roadmap = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { language: true, publishedIn: true } });
      const version = await tx.roadmapVersion.findUnique({ where: { roadmapId_number: { roadmapId: input.roadmapId, number: input.number } } });
      if (!roadmap) return fail('auth.forbidden');
      if (!version || !['SUBMITTED', 'APPROVED'].includes(version.status)) return fail('translation.versionNotOpen');
      if (asLanguage(roadmap.language) === input.language) return fail('translation.originalLanguage');
      if (!publicationLanguages(roadmap.language, roadmap.publishedIn).includes(input.language)) return fail('translation.notPublished');
      const existing = await tx.roadmapVersionLanguage.findUnique({ where: { roadmapVersionId_language: { roadmapVersionId: version.id, language: input.language } } });
      if (existing) return fail('translation.alreadyApproved');
      const parsed = snapshotSchema.safeParse(version.snapshot);
      if (!parsed.success) return fail('pdf.errors.invalidSnapshot');
      const units = textsOf(parsed.data);
      const rows = await loadTranslationRows(tx, units, input.language);
      const pending: Record<string, MessageKey[]> = {};
      const texts: Record<string, string> = {};
      for (const u of units) {
        const st = stateOf(u, rows.get(u.key));
        if (st === 'reviewed') texts[u.key] = rows.get(u.key)!.text;
        else pending[u.key] = [`translation.state.${st}`];
      }
      if (Object.keys(pending).length) return fail('translation.incomplete', pending);
      const textsHash = hashTexts(texts);
      await tx.roadmapVersionLanguage.create({ data: { roadmapVersionId: version.id, language: input.language, texts, textsHash, approvedById: ctx.user.id } });
      await ctx.audit(tx, 'translation.approve', { type: 'RoadmapVersion', id: version.id }, undefined, { number: input.number, language: input.language, texts: units.length, textsHash });
      return ok({ language: input.language, texts: units.length });
    }),
});
