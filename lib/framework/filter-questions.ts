import type { AreaContent, FrameworkContent } from './schema';
import type { ExplorerFilters } from './explorer-filters';

/**
 * The areas and questions that match the explorer's filters: a question matches when it
 * cites the instrument (any of its paragraphs), the paragraph, and has the lens, for those
 * filters that are set. Areas left without questions are dropped.
 */
export function filterQuestions(content: FrameworkContent, filters: ExplorerFilters): AreaContent[] {
  return content.areas
    .map((area) => ({
      ...area,
      questions: area.questions.filter(
        (q) =>
          (!filters.lens || q.lens === filters.lens) &&
          (!filters.paragraph || q.references.includes(filters.paragraph)) &&
          (!filters.instrument || q.references.some((r) => r.startsWith(`${filters.instrument}:`))),
      ),
    }))
    .filter((area) => area.questions.length > 0);
}
