import { NextResponse, type NextRequest } from 'next/server';
import { currentUser } from '@/lib/auth/server';
import { userDb } from '@/lib/auth/user-db';
import { auditCountries, auditCsv, auditFilterSchema, listAuditEvents } from '@/lib/audit/list-events';
import { isLocale } from '@/lib/i18n/routing';
import { translator } from '@/lib/i18n/translate';

export async function GET(req: NextRequest) {
  const user = await currentUser();
  const countries = user ? auditCountries(user) : [];
  if (!user || (countries !== null && countries.length === 0)) return NextResponse.json({ error: 'auth.forbidden' }, { status: 403 });
  const q = Object.fromEntries(req.nextUrl.searchParams);
  const locale = isLocale(q.locale ?? '') ? (q.locale as 'fr' | 'en') : 'fr';
  const t = translator(locale, 'audit');
  const rows = await listAuditEvents(userDb(user), user, auditFilterSchema.parse(q), 50_000);
  const csv = auditCsv(rows, [t('when'), t('who'), t('what'), t('target'), 'id', t('from'), 'before', 'after', t('savesColumn')]);
  return new NextResponse(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="jalon-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      'cache-control': 'no-store',
    },
  });
}
