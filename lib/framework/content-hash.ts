import { createHash } from 'node:crypto';
import type { FrameworkContent } from './schema';

/**
 * JSON with object keys sorted, so that the same content always gives the same text. An
 * absent optional field and a null one (`number:` left empty) are the same content.
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * SHA-256 of the validated content. Validation already trimmed texts, applied defaults and
 * sorted areas, so formatting, comments and file names do not change the hash; wording does.
 */
export function contentHash(content: FrameworkContent): string {
  return createHash('sha256').update(canonical(content)).digest('hex');
}
