// A problem in framework content: where (file and path inside it) and what (a code with its
// values). The code is a message key under framework.problem.* in messages/<locale>/, so the
// checker prints it in English and the upload page in the user's language.
import type { z } from 'zod';

export const PROBLEM_CODES = [
  // reading files
  'unreadable', 'yaml', 'missingFile', 'noAreas', 'folderMismatch', 'fileTooLarge',
  // structure
  'required', 'missingTranslation', 'emptyTranslation', 'empty', 'wrongType', 'invalidValue', 'unknownKey',
  'tooFew', 'tooSmall', 'tooBig', 'notInteger', 'codeFormat', 'slugFormat', 'versionFormat', 'dateFormat', 'urlFormat',
  'referenceFormat', 'invalid',
  // across the document
  'scaleLevels', 'duplicateCode', 'duplicateOrder', 'levelsCount', 'duplicateReference', 'unknownInstrument',
  'unknownParagraph', 'levelRange', 'fromMissing', 'fromCount', 'fromWithoutPrevious', 'numberCheckMissing',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];
export type ProblemParams = Record<string, string | number>;
export type Problem = { file: string; path: string; code: ProblemCode; params: ProblemParams };

/** Where a path of the framework document lives: which file, and the path inside that file. */
export type Locate = (path: readonly PropertyKey[]) => { file: string; path: string };

/** `questions[2].levels` from ['questions', 2, 'levels']. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${String(seg)}` : String(seg)), '');
}

const isCode = (s: string): s is ProblemCode => (PROBLEM_CODES as readonly string[]).includes(s);
const LANGS = new Set(['fr', 'en']);

/** One zod issue as a problem; `locate` maps the document path to its file. */
function toProblem(issue: z.core.$ZodIssue, locate: Locate): Problem {
  const where = locate(issue.path);
  const last = issue.path.at(-1);
  const field = last === undefined ? '' : String(last);
  const problem = (code: ProblemCode, params: ProblemParams = {}): Problem => ({ ...where, code, params });

  switch (issue.code) {
    case 'custom': {
      const { otherPath, ...rest } = (issue.params ?? {}) as Record<string, unknown>;
      const params: ProblemParams = {};
      for (const [k, v] of Object.entries(rest)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
      if (Array.isArray(otherPath)) {
        const other = locate(otherPath);
        params.other = other.file === where.file ? other.path : `${other.file}: ${other.path}`;
      }
      return problem(isCode(issue.message) ? issue.message : 'invalid', params);
    }
    case 'invalid_type':
      if (issue.input === undefined) return LANGS.has(field) ? problem('missingTranslation', { lang: field }) : problem('required', { field });
      if (issue.expected === 'int') return problem('notInteger');
      return problem('wrongType', { expected: issue.expected, got: describeType(issue.input) });
    case 'too_small':
      if (issue.origin === 'string') return LANGS.has(field) ? problem('emptyTranslation', { lang: field }) : problem('empty');
      if (issue.origin === 'array') return problem('tooFew', { minimum: Number(issue.minimum) });
      return problem('tooSmall', { minimum: Number(issue.minimum) });
    case 'too_big':
      return problem('tooBig', { maximum: Number(issue.maximum) });
    case 'invalid_value':
      return problem('invalidValue', { allowed: issue.values.map(String).join(', '), got: describeValue(issue.input) });
    case 'unrecognized_keys':
      return problem('unknownKey', { keys: issue.keys.join(', ') });
    case 'invalid_format':
      return isCode(issue.message) ? problem(issue.message, { got: describeValue(issue.input) }) : problem('invalid', { detail: issue.message });
    default:
      return problem('invalid', { detail: issue.message });
  }
}

function describeType(v: unknown) {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v;
}

function describeValue(v: unknown) {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

export function issuesToProblems(issues: readonly z.core.$ZodIssue[], locate: Locate): Problem[] {
  return issues.map((i) => toProblem(i, locate));
}

/** Problems in reading order: by file, then by where they sit in it. */
export function sortProblems(problems: Problem[]): Problem[] {
  const key = (p: Problem) => p.path.replace(/\[(\d+)\]/g, (_, n: string) => `[${n.padStart(5, '0')}]`);
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || key(a).localeCompare(key(b)));
}
