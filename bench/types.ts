/** One figure of `npm run bench`, as bench/results.json stores it. */
export type BenchResult = {
  name: string;
  value: number;
  unit: string;
  /** The figure this one is compared with, measured in the same run: its name (or its value). */
  reference?: string | number;
  /** value / the reference's value. */
  ratio?: number;
};

/** A bench/<name>.bench.ts module's default export (or a plain `async () => BenchResult[]`). */
export type BenchModule = {
  name: string;
  run: () => Promise<BenchResult[]>;
};

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
