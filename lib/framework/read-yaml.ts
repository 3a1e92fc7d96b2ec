import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problems';

export type YamlRead = { ok: true; value: unknown } | { ok: false; problems: Problem[] };

/**
 * Parses YAML (or JSON, which YAML reads too). Duplicate keys are errors, not a silent
 * "last one wins"; alias expansion is capped against "billion laughs" files.
 */
export function readYaml(text: string, file: string): YamlRead {
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, lineCounter: lines });
  const problem = (line: number, column: number, detail: string): Problem => ({ file, path: '', code: 'yaml', params: { line, column, detail } });
  // The first error only: the parser's later ones mostly follow from it.
  const [first] = doc.errors;
  if (first) {
    const at = lines.linePos(first.pos[0]);
    return { ok: false, problems: [problem(at.line, at.col, first.message.split('\n')[0])] };
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
  } catch (error) {
    return { ok: false, problems: [problem(1, 1, (error as Error).message.split('\n')[0])] };
  }
}
