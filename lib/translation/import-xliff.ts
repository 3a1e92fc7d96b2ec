import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok, type MessageKey } from '../result';
import { roadmapScope } from '../roadmap/scope';
import { asLanguage, otherLanguage } from './languages';
import { writeImportedTranslation } from './save-translation';
import { importXliffSchema, isPlainText } from './schemas';
import { loadVersionTexts } from './version-texts';
import { parseXliff } from './xliff';

/**
 * A file a translation service sent back. It must be this version's (roadmap, number and
 * content hash in its `original`), in its languages; every unit must name a text of the
 * version with its unchanged original and a plain-text translation within the field's limit.
 * One problem anywhere and nothing is written: the answer names the problem of each unit.
 * Only units whose translation differs from the stored one are written.
 */
export const importXliff = defineAction({
  name: 'translation.import',
  input: importXliffSchema,
  policy: 'roadmap.translate',
  scope: (db, input) => roadmapScope(db, input.roadmapId),
  run: (ctx, input, scope) =>
    inTransaction(ctx.db, async (tx) => {
      const parsed = parseXliff(input.content);
      if (!parsed.ok) return fail(parsed.error);
      if (parsed.roadmapId !== input.roadmapId) return fail('xliff.otherRoadmap');
      if (parsed.number !== input.number) return fail('xliff.otherVersion');
      const roadmap = await tx.roadmap.findUnique({ where: { id: input.roadmapId }, select: { language: true } });
      if (!roadmap) return fail('auth.forbidden');
      const original = asLanguage(roadmap.language);
      const language = otherLanguage(original);
      if (parsed.srcLang !== original || parsed.trgLang !== language) return fail('xliff.languages');
      const loaded = await loadVersionTexts(tx, input.roadmapId, input.number, language);
      if (!loaded.ok) return loaded;
      if (parsed.contentHash !== loaded.data.version.contentHash) return fail('xliff.otherVersion');

      const texts = new Map(loaded.data.texts.map((u) => [u.key, u]));
      const problems: Record<string, MessageKey[]> = {};
      const seen = new Set<string>();
      const changes: { key: string; text: string; original: string }[] = [];
      for (const u of parsed.units) {
        const text = texts.get(u.id);
        const problem = u.problem
          ?? (seen.has(u.id) ? 'xliff.duplicateUnit' : null)
          ?? (!text ? 'xliff.unknownUnit' : null)
          ?? (u.source !== text!.original ? 'xliff.sourceChanged' : null)
          ?? (u.target !== null && u.target.length > text!.max ? 'xliff.tooLong' : null)
          ?? (u.target !== null && !isPlainText(u.target) ? 'translation.notPlainText' : null);
        seen.add(u.id);
        if (problem) {
          (problems[`unit:${u.id || '?'}`] ??= []).push(problem);
          continue;
        }
        // An empty target, or the translation already stored, changes nothing.
        if (u.target === null || !u.target.trim() || u.target === text!.row?.text) continue;
        changes.push({ key: u.id, text: u.target, original: text!.original });
      }
      if (Object.keys(problems).length) return fail('xliff.refused', problems);
      const actor = { userId: ctx.user.id, countryId: scope.countryId! };
      for (const c of changes) {
        const r = await writeImportedTranslation(tx, { key: c.key, language, text: c.text, original: c.original }, actor);
        if (!r.ok) return r;
      }
      await ctx.audit(tx, 'translation.import', { type: 'RoadmapVersion', id: loaded.data.version.id }, undefined, { number: input.number, language, units: parsed.units.length, updated: changes.map((c) => c.key) });
      return ok({ units: parsed.units.length, updated: changes.length });
    }),
});
