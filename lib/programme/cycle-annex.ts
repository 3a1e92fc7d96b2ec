// The comparison with the previous cycle as a submitted version keeps it (the roadmap PDF's
// annex): per area and per question whose level or finding changed, in both languages, taken
// when the version is submitted so that the PDF of a version never changes afterwards.
import { z } from 'zod';
import type { Db } from '../db/client';
import { compareCycles } from './compare-cycles';

const bilingual = z.object({ fr: z.string(), en: z.string() });
const level = z.number().min(0).max(4).nullable();

export const cycleAnnexSchema = z.object({
  previous: z.object({ title: z.string(), startsOn: z.string().nullable(), framework: z.string() }),
  framework: z.string(),
  areas: z.array(z.object({ code: z.string(), title: bilingual, before: level, after: level })),
  /** the questions whose level or consolidated texts changed, in the framework's order */
  questions: z.array(z.object({
    code: z.string(), areaCode: z.string(), question: bilingual, previousCodes: z.array(z.string()), before: level, after: level,
    texts: z.array(z.object({ field: z.enum(['achievements', 'gaps', 'needs']), before: z.string(), after: z.string() })),
  })),
  retired: z.array(z.object({ code: z.string(), text: bilingual })),
});
export type CycleAnnex = z.infer<typeof cycleAnnexSchema>;

/** null when the assessment continues no earlier cycle. */
export async function cycleAnnex(db: Db, o: { countryId: string; assessmentId: string }): Promise<CycleAnnex | null> {
  const fr = await compareCycles(db, { ...o, locale: 'fr' });
  if (!fr) return null;
  const en = (await compareCycles(db, { ...o, locale: 'en' }))!;
  const enArea = new Map(en.areas.map((a) => [a.code, a.title]));
  const enQuestion = new Map(en.questions.map((q) => [q.code, q.text]));
  const enRetired = new Map(en.retired.map((q) => [q.code, q.text]));
  return {
    previous: { title: fr.previous.title, startsOn: fr.previous.startsOn?.toISOString().slice(0, 10) ?? null, framework: fr.previous.framework },
    framework: fr.current.framework,
    areas: fr.areas.map((a) => ({ code: a.code, title: { fr: a.title, en: enArea.get(a.code) ?? a.title }, before: a.before, after: a.after })),
    questions: fr.questions
      .filter((q) => q.before !== q.after || q.findingTexts.length > 0)
      .map((q) => ({
        code: q.code, areaCode: q.areaCode, question: { fr: q.text, en: enQuestion.get(q.code) ?? q.text }, previousCodes: q.previousCodes,
        before: q.before, after: q.after, texts: q.findingTexts.map((d) => ({ field: d.field, before: d.before, after: d.after })),
      })),
    retired: fr.retired.map((q) => ({ code: q.code, text: { fr: q.text, en: enRetired.get(q.code) ?? q.text } })),
  };
}
