import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AssessmentHeader, type Section } from '@/components/assessment/assessment-header';
import { Words } from '@/components/framework/diff-view';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Cell, RowHeader, Table } from '@/components/ui/table';
import { loadAssessment } from '@/lib/page/load-assessment';
import { compareCycles } from '@/lib/programme/compare-cycles';

type Props = { params: Promise<{ locale: string; assessmentId: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale === 'en' ? 'en' : 'fr', namespace: 'programme.compare' });
  return { title: t('title') };
}

const TONE: Record<string, BadgeTone> = { carried: 'warning', confirmed: 'success', changed: 'info', new: 'accent' };

export default async function ComparePage({ params }: Props) {
  const { assessment: a, db, may, locale, format } = await loadAssessment(params, '/compare', 'assessment.view');
  const cmp = await compareCycles(db, { countryId: a.countryId, assessmentId: a.id, locale });
  if (!cmp) notFound();
  const t = await getTranslations('programme.compare');
  const num = (n: number | null) => (n === null ? t('none') : format.number(n, { maximumFractionDigits: 1 }));
  const sections: Section[] = ['overview', ...(may('assessment.manage') ? (['setup'] as const) : []), 'consolidation', 'results'];
  const moved = cmp.questions.filter((q) => q.findingTexts.length || q.answers.some((x) => x.state === 'changed') || (q.before !== null && q.after !== null && q.before !== q.after && q.afterFrom === 'findings'));
  return (
    <div className="space-y-8">
      <AssessmentHeader a={a} current={null} sections={sections} />
      <div>
        <h2 className="text-xl font-semibold">{t('title')}</h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t('intro', { previous: cmp.previous.title, fwPrevious: cmp.previous.framework, current: cmp.current.title, fwCurrent: cmp.current.framework })}</p>
      </div>
      <section aria-labelledby="by-area" className="space-y-3">
        <h2 id="by-area" className="text-lg font-semibold">{t('areas')}</h2>
        <p className="max-w-3xl text-sm text-slate-700">{t('basis')}</p>
        <Table caption={t('areas')} columns={[t('area'), t('then'), t('now')]}>
          {cmp.areas.map((ar) => (
            <tr key={ar.code}>
              <RowHeader>{ar.code} · {ar.title}</RowHeader>
              <Cell>{num(ar.before)}</Cell>
              <Cell>{num(ar.after)}</Cell>
            </tr>
          ))}
        </Table>
      </section>
      <section aria-labelledby="by-question" className="space-y-3">
        <h2 id="by-question" className="text-lg font-semibold">{t('questions')}</h2>
        <p className="text-sm text-slate-700">{t('onlyChanged')}</p>
        {moved.length === 0 ? <p className="text-slate-700">{t('noChange')}</p> : (
          <ul className="space-y-4">
            {moved.map((q) => (
              <li key={q.code} className="rounded border border-slate-200 bg-white p-4 shadow-sm" data-question={q.code}>
                <h3 className="font-semibold">{q.code} · {q.text}</h3>
                <p className="mt-1 text-sm text-slate-700">
                  {t('levels', { before: num(q.before), after: num(q.after) })}{q.afterFrom === 'answers' ? ` (${t('fromAnswers')})` : ''}
                </p>
                {q.findingTexts.length > 0 && (
                  <div className="mt-2">
                    <h4 className="text-sm font-medium">{t('findingTexts')}</h4>
                    {q.findingTexts.map((d) => <div key={d.field}><p className="text-xs text-slate-600">{t(`field.${d.field}`)}</p><Words change={d} /></div>)}
                  </div>
                )}
                <h4 className="mt-3 text-sm font-medium">{t('answers')}</h4>
                <ul className="mt-1 space-y-2">
                  {q.answers.filter((x) => x.state !== 'carried').map((x) => (
                    <li key={x.entity} className="text-sm">
                      <span className="font-medium">{x.entity}</span> <Badge tone={TONE[x.state]}>{t(`state.${x.state}`)}</Badge>
                      {x.levelBefore !== x.levelAfter && <span className="ml-2 text-slate-700">{t('levelChange', { before: num(x.levelBefore), after: num(x.levelAfter) })}</span>}
                      {x.texts.map((d) => <div key={d.field} className="mt-1"><p className="text-xs text-slate-600">{t(`field.${d.field}`)}</p><Words change={d} /></div>)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="retired" className="space-y-2">
        <h2 id="retired" className="text-lg font-semibold">{t('retired')}</h2>
        {cmp.retired.length === 0 ? <p className="text-sm text-slate-700">{t('noRetired')}</p> : (
          <ul className="list-disc pl-6 text-sm">{cmp.retired.map((r) => <li key={r.code}>{r.code} · {r.text}</li>)}</ul>
        )}
      </section>
    </div>
  );
}
