import { z } from 'zod';

/**
 * Characters no form legitimately sends: C0 controls other than tab and line breaks, lone
 * surrogates, and the bidirectional embedding, override and isolate controls (U+202A-202E,
 * U+2066-2069), which reorder what a page or the PDF shows ("evil" printed as "live").
 * PostgreSQL refuses NUL outright; the others corrupt exports and PDFs.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function hasForbiddenCharacters(s: string) {
  return FORBIDDEN.test(s);
}

/** A trimmed text of at most `max` characters, free of control characters. */
export function safeText(max: number) {
  return z
    .string({ error: 'form.invalidValue' })
    .trim()
    .max(max, { error: 'form.tooLong' })
    .refine((s) => !hasForbiddenCharacters(s), { error: 'form.invalidCharacters' });
}
