// The values that message keys are built from (`status.${s}`, `entityKind.${k}`): typed, so
// that the type check finds a value the catalog has no message for (i18n.d.ts). The database
// enums' types only; nothing here runs a query.
export type { ActionStatus, AssessmentStatus, EntityKind, FundingSource, Priority, ProgressStatus, RoadmapStatus, Sensitivity } from '../db/generated/sqlite/enums';

/** A maturity level of the scale, 0 to 4. */
export type Level = 0 | 1 | 2 | 3 | 4;

/** `scale.0`..`scale.4` for a level held as a number or its text ("2"); out of range reads 0. */
export function scaleKey(level: unknown): `scale.${Level}` {
  const n = Number(level);
  return `scale.${(Number.isInteger(n) && n >= 0 && n <= 4 ? n : 0) as Level}`;
}
