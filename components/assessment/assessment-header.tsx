import { getFormatter, getTranslations } from 'next-intl/server';
import type { AssessmentHeader as Header } from '@/lib/assessment/get-assessment';
import { Link } from '@/lib/i18n/navigation';
import { DemoBanner } from '@/components/shell/demo-banner';
import { Badge, type BadgeTone } from '@/components/ui/badge';

export type Section = 'overview' | 'setup' | 'consolidation' | 'results';

const STATUS_TONE: Record<string, BadgeTone> = { PREPARATION: 'neutral', COLLECTION: 'info', CONSOLIDATION: 'warning', CLOSED: 'success' };

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <Badge tone={STATUS_TONE[status] ?? 'neutral'}>{label}</Badge>;
}

/** The assessment's title, stage and sections; the sections shown follow what the user may do. */
export async function AssessmentHeader({ a, current, sections }: { a: Header; current: Section | null; sections: Section[] }) {
  const t = await getTranslations('assessment');
  const format = await getFormatter();
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <header className="mb-6 space-y-3">
      {a.demo && <DemoBanner />}
      {a.demo && <p className="-mt-4 text-xs text-amber-900">{t('demoNote')}</p>}
      <p className="text-sm text-slate-600 print:hidden">
        <Link href="/assessments" className="text-un-blue hover:underline">{t('title')}</Link> / {a.countryName}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight text-un-blue-dark sm:text-3xl">{a.title}</h1>
        <StatusBadge status={a.status} label={t(`status.${a.status}`)} />
      </div>
      <p className="text-sm text-slate-700">
        {[a.place, a.startsOn && a.endsOn ? t('facts.dateRange', { start: day(a.startsOn), end: day(a.endsOn) }) : null, a.framework.title].filter(Boolean).join(' · ')}
      </p>
      {sections.length > 1 && (
        <nav aria-label={t('nav.label')} className="border-b border-slate-200 print:hidden">
          <ul className="-mb-px flex flex-wrap gap-1">
            {sections.map((s) => (
              <li key={s}>
                <Link
                  href={s === 'overview' ? `/assessments/${a.id}` : `/assessments/${a.id}/${s}`}
                  aria-current={current === s ? 'page' : undefined}
                  className="inline-block rounded-t border border-transparent px-4 py-2 text-sm font-medium text-un-blue hover:bg-white aria-[current=page]:border-slate-200 aria-[current=page]:border-b-white aria-[current=page]:bg-white aria-[current=page]:text-ink"
                >
                  {t(`nav.${s}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
