// Expected failures are values, not exceptions: an error is a message key of
// messages/<locale>/*.json, so the interface shows it in the user's language. The keys are
// typed from the French catalog (i18n.d.ts): a key missing from it fails the type check.
import type { MessageKeys, NestedKeyOf } from 'next-intl';
import type { CatalogMessages } from '../i18n';

export type MessageKey = MessageKeys<CatalogMessages, NestedKeyOf<CatalogMessages>>;

export type Result<T> =
  | { ok: true; data: T }
  | { ok: false; error: MessageKey; fields?: Record<string, MessageKey[]> };

/**
 * A key that reaches the code as a plain string: a zod issue's message, which the schemas set
 * from a key (tests/unit/i18n-keys.test.ts checks every key the schemas name).
 */
export const schemaKey = (message: string) => message as MessageKey;

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: MessageKey, fields?: Record<string, MessageKey[]>): Result<never> =>
  fields ? { ok: false, error, fields } : { ok: false, error };
