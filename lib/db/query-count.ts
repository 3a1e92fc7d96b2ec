// The SQL statements the app's client has sent, counted only when the server runs for the
// benchmarks (JALON_BENCH=1: bench/app.ts reads it through GET /api/bench/queries). Kept on
// globalThis: every bundle of the server that imports lib/db counts into the same number.
const counter = globalThis as unknown as { jalonQueries?: number };

export const countingQueries = () => process.env.JALON_BENCH === '1';

export function countQuery() {
  counter.jalonQueries = (counter.jalonQueries ?? 0) + 1;
}

export const queryCount = () => counter.jalonQueries ?? 0;
