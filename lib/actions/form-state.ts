import type { Result } from '../result';

/** A result as a form shows it, with the typed values kept (never passwords). */
export function toFormState<T>(r: Result<T>, values: Record<string, unknown>, message?: string) {
  const kept: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(values)) {
    if (/password|confirm|code|token/i.test(k)) continue;
    if (typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string'))) kept[k] = v;
  }
  return r.ok ? { ok: true, message, values: {} } : { ok: false, error: r.error, fields: r.fields, values: kept };
}
