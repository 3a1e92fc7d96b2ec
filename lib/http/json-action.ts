// A registered server action called over HTTP with a JSON body: what the questionnaire's
// autosave posts (a route handler is simple to retry from the browser and to load-test).
// Same-origin only, size-limited, and the same validation and authorization as any action.
import 'server-only';
import { NextResponse } from 'next/server';
import { runAction, type ActionDef } from '../actions/define-action';
import { requestContext } from '../auth/server';
import { translator } from '../i18n/translate';
import type { Locale } from '../i18n/routing';
import type { MessageKey, Result } from '../result';
import { isSameOrigin, readBody } from './same-origin';
import type { z } from 'zod';

export const STATUS: Record<string, number> = {
  'auth.signInRequired': 401,
  'auth.twoFactorRequired': 401,
  'auth.forbidden': 403,
  // The answer is read-only at this step of the assessment: retrying will not help.
  'questionnaire.closed': 423,
  'questionnaire.collectionOver': 423,
  'errors.unexpected': 500,
};

/** The caller's language: `?locale=`, then next-intl's cookie, then French (the default). */
export function requestLocale(req: Request): Locale {
  const q = new URL(req.url).searchParams.get('locale');
  if (q === 'fr' || q === 'en') return q;
  const cookie = /(?:^|;\s*)NEXT_LOCALE=(fr|en)\b/.exec(req.headers.get('cookie') ?? '');
  return (cookie?.[1] as Locale | undefined) ?? 'fr';
}

/**
 * A result as JSON, never cached. A failure carries its message key (the page translates it
 * with its own catalog) and the message itself in the caller's language, for any other client.
 */
export function jsonResult<T>(r: Result<T>, status: number, locale: Locale) {
  const body = r.ok ? r : { ...r, message: translator(locale)(r.error) };
  return NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

export async function postJsonAction<S extends z.ZodType, T>(
  req: Request,
  def: ActionDef<S, T>,
  fromPath: Record<string, string>,
  opts: { maxBytes: number; statusOf?: (r: Result<T>) => number },
) {
  const locale = requestLocale(req);
  const refuse = (error: MessageKey, status: number) => jsonResult({ ok: false, error }, status, locale);
  if (!isSameOrigin(req)) return refuse('auth.forbidden', 403);
  const bytes = await readBody(req, opts.maxBytes);
  if (!bytes) return refuse('form.tooLong', 413);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return refuse('form.invalid', 400);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse('form.invalid', 400);
  const r = await runAction(def, await requestContext(locale), { ...raw, ...fromPath });
  const status = r.ok ? (opts.statusOf?.(r) ?? 200) : (STATUS[r.error] ?? 400);
  return jsonResult(r, status, locale);
}
