import { getTranslations } from 'next-intl/server';
import type { TracedInstrument } from '@/lib/framework/trace-paragraphs';
import { ENTITY_KIND } from '@/lib/framework/schema';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { paragraphLabel } from './paragraph-label';

/** Paragraph -> questions -> suggested actions, instrument by instrument. */
export async function TraceabilityList({ instruments, locale, path }: { instruments: TracedInstrument[]; locale: Locale; path: string }) {
  const t = await getTranslations('framework');
  const tk = await getTranslations('entityKind');
  return (
    <div className="space-y-8">
      {instruments.map((i) => {
        const id = `trace-${i.code.replace(/[^A-Za-z0-9]/g, '-')}`;
        return (
          <section key={i.code} aria-labelledby={id} className="space-y-3">
            <div>
              <h2 id={id} className="text-xl font-semibold">{i.symbol}</h2>
              <p className="text-sm text-slate-700">
                {i.title[locale]}
                {' · '}
                <a href={i.url} rel="noreferrer" className="font-medium text-un-blue underline-offset-2 hover:underline">{t('traceability.official')}</a>
              </p>
            </div>
            <ol className="space-y-3">
              {i.paragraphs.map((p) => (
                <li key={p.key} className={`rounded border bg-white p-4 shadow-sm ${p.questions.length ? 'border-slate-200' : 'border-dashed border-slate-300'}`}>
                  <h3 className="text-base font-semibold">
                    {paragraphLabel(locale, i.code, p)}
                    <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">{t(`paragraphKind.${p.kind}`)}</span>
                  </h3>
                  <p className="mt-1 text-sm text-slate-700">{p.summary[locale]}</p>
                  {p.questions.length === 0 ? (
                    <p className="mt-2 text-sm italic text-slate-600">{t('traceability.noQuestion')}</p>
                  ) : (
                    <ul className="mt-3 space-y-2 border-l-2 border-un-blue/30 pl-4">
                      {p.questions.map((q) => (
                        <li key={q.code} className="text-sm">
                          <Link href={`${path}?paragraph=${encodeURIComponent(p.key)}#${q.code}`} className="font-medium text-un-blue-dark hover:underline">
                            <span className="mr-2 font-mono text-xs">{q.code}</span>
                            {q.text[locale]}
                          </Link>
                          <ul className="mt-1 space-y-0.5 pl-4 text-slate-700">
                            {q.actions.map((a) => (
                              <li key={a.code} className="list-disc">
                                {a.title[locale]}
                                <span className="text-xs text-slate-600">{` · ${tk(ENTITY_KIND[a.leadKind])} · ${a.minLevel === a.maxLevel ? t('action.level', { min: a.minLevel }) : t('action.levels', { min: a.minLevel, max: a.maxLevel })}`}</span>
                              </li>
                            ))}
                          </ul>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
