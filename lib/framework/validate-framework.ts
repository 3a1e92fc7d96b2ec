import { frameworkDocumentSchema, paragraphKey, type FrameworkContent } from './schema';
import { issuesToProblems, sortProblems, type Locate, type Problem } from './problems';

export type Validation = { ok: true; content: FrameworkContent } | { ok: false; problems: Problem[] };

/**
 * The content in a canonical order: areas by their `order`, each question's references in
 * the order of the paragraph library. The database keeps no order for references, so this
 * is the order the content reads back in, and the one its hash is computed on.
 */
function normalise(content: FrameworkContent): FrameworkContent {
  const rank = new Map<string, number>();
  content.instruments.forEach((i, a) => i.paragraphs.forEach((p, b) => rank.set(paragraphKey(i.code, p.ref), a * 100_000 + b)));
  return {
    ...content,
    areas: [...content.areas]
      .sort((a, b) => a.order - b.order)
      .map((area) => ({
        ...area,
        questions: area.questions.map((q) => ({ ...q, references: [...q.references].sort((x, y) => rank.get(x)! - rank.get(y)!) })),
      })),
  };
}

/**
 * Validates a framework document (already read from YAML or JSON). `locate` says which file
 * each part came from, so that every problem names its file and the path inside it.
 * `extra` are problems found while reading the files, reported together.
 */
export function validateFramework(raw: unknown, locate: Locate, extra: Problem[] = []): Validation {
  const parsed = frameworkDocumentSchema.safeParse(raw, { reportInput: true });
  const problems = [...extra, ...(parsed.success ? [] : issuesToProblems(parsed.error.issues, locate))];
  if (problems.length || !parsed.success) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, content: normalise(parsed.data) };
}
