import type { Translate } from '../i18n/translate';
import type { Problem } from './problems';

/**
 * One problem as a line: `areas/01-gov.yaml: questions[2].levels: expected 5 descriptors, got 4`.
 * `t` is a translator of the `framework` namespace (English for the command line).
 */
export function describeProblem(p: Problem, t: Translate): string {
  return [p.file, p.path, t(`problem.${p.code}`, p.params)].filter(Boolean).join(': ');
}
