// A registered server action called over HTTP with a JSON body: what the questionnaire's
// autosave posts (a route handler is simple to retry from the browser and to load-test).
// Same-origin only, size-limited, and the same validation and authorization as any action.
import 'server-only';
import { NextResponse } from 'next/server';
import { runAction, type ActionDef } from '../actions/define-action';
import { requestContext } from '../auth/server';
import type { Result } from '../result';
import { isSameOrigin, readBody } from './same-origin';
import type { z } from 'zod';

const STATUS: Record<string, number> = {
  'auth.signInRequired': 401,
  'auth.twoFactorRequired': 401,
  'auth.forbidden': 403,
  'errors.unexpected': 500,
};

export async function postJsonAction<S extends z.ZodType, T>(
  req: Request,
  def: ActionDef<S, T>,
  fromPath: Record<string, string>,
  opts: { maxBytes: number; statusOf?: (r: Result<T>) => number },
) {
  const json = (body: unknown, status: number) => NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } });
  if (!isSameOrigin(req)) return json({ ok: false, error: 'auth.forbidden' }, 403);
  const bytes = await readBody(req, opts.maxBytes);
  if (!bytes) return json({ ok: false, error: 'form.tooLong' }, 413);
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return json({ ok: false, error: 'form.invalid' }, 400);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return json({ ok: false, error: 'form.invalid' }, 400);
  const r = await runAction(def, await requestContext('fr'), { ...raw, ...fromPath });
  const status = r.ok ? (opts.statusOf?.(r) ?? 200) : (STATUS[r.error] ?? 400);
  return json(r, status);
}
