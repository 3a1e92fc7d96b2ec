// The maturity scale's colours: one blue ramp, darker as maturity grows, so that it reads
// the same in colour, in grey on paper and for colour-blind readers; the number is always
// printed too.
export const LEVEL_FILL = ['#eff3ff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;
export const LEVEL_INK = ['#1b2733', '#1b2733', '#1b2733', '#ffffff', '#ffffff'] as const;

/** A mean level (0-4, fractional) to the colour of the nearest step. */
export function fillOf(mean: number) {
  return LEVEL_FILL[Math.max(0, Math.min(4, Math.round(mean)))];
}
export function inkOf(mean: number) {
  return LEVEL_INK[Math.max(0, Math.min(4, Math.round(mean)))];
}
