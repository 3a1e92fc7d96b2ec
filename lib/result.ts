// Expected failures are values, not exceptions: an error is a message key of
// messages/<locale>/*.json, so the interface shows it in the user's language.
export type MessageKey = string;

export type Result<T> =
  | { ok: true; data: T }
  | { ok: false; error: MessageKey; fields?: Record<string, MessageKey[]> };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: MessageKey, fields?: Record<string, MessageKey[]>): Result<never> =>
  fields ? { ok: false, error, fields } : { ok: false, error };
