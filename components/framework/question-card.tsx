import { getTranslations } from 'next-intl/server';
import type { ParagraphInfo } from '@/lib/framework/paragraph-index';
import { ENTITY_KIND, type QuestionContent } from '@/lib/framework/schema';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { paragraphLabel } from './paragraph-label';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Cell, RowHeader, Table } from '@/components/ui/table';

type Props = {
  question: QuestionContent;
  paragraphs: Record<string, ParagraphInfo>;
  scaleLabels: string[];
  locale: Locale;
  /** the explorer's address, to which a reference links with ?paragraph= */
  path: string;
  /** the paragraph the list is filtered by, marked among the references */
  activeParagraph?: string;
  /** the version this one follows, when it names one: the card then says what is new */
  previous?: string | null;
};

const LENS_TONE = { legal: 'accent', institutional: 'info', operational: 'success' } as const satisfies Record<string, BadgeTone>;

/** One question: its text, the paragraphs it derives from, guidance, five descriptors and suggested actions. */
export async function QuestionCard({ question: q, paragraphs, scaleLabels, locale, path, activeParagraph, previous }: Props) {
  const t = await getTranslations('framework');
  const tk = await getTranslations('entityKind');
  const id = `q-${q.code}`;
  return (
    <article id={q.code} aria-labelledby={id} className="scroll-mt-4 rounded border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={id} className="max-w-3xl text-base font-semibold leading-snug">
          <span className="mr-2 font-mono text-sm text-un-blue-dark">{q.code}</span>
          {q.text[locale]}
        </h3>
        <span className="flex flex-wrap gap-1">
          {previous && q.from && q.from.relation !== 'same' && (
            <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900">
              {t('question.carry', { relation: q.from.relation, previous, list: q.from.questions.join(', ') })}
            </span>
          )}
          <Badge tone={LENS_TONE[q.lens]}>{t(`lens.${q.lens}`)}</Badge>
        </span>
      </div>

      <div className="mt-2 flex flex-wrap items-baseline gap-2 text-sm">
        <span className="font-medium text-slate-700">{t('question.references')}</span>
        <ul className="flex flex-wrap gap-2">
          {q.references.map((key) => {
            const p = paragraphs[key];
            return (
              <li key={key}>
                <Link
                  href={`${path}?paragraph=${encodeURIComponent(key)}`}
                  aria-current={key === activeParagraph ? 'true' : undefined}
                  className="rounded border border-slate-300 px-2 py-0.5 text-xs text-un-blue-dark hover:bg-slate-100 aria-[current=true]:border-un-blue aria-[current=true]:bg-blue-50 aria-[current=true]:font-semibold"
                >
                  {p ? `${p.symbol}, ${paragraphLabel(locale, p.instrumentCode, p)}` : key}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>

      <h4 className="mt-3 text-sm font-semibold text-slate-800">{t('question.guidance')}</h4>
      <p className="mt-1 text-sm text-slate-700">{q.guidance[locale]}</p>

      <Table
        className="mt-3"
        framed={false}
        scroll={false}
        captionVisible
        caption={t('question.levelsCaption', { code: q.code })}
        columns={[{ label: t('question.level'), className: 'w-40 px-3 py-1.5' }, { label: t('question.descriptor'), className: 'px-3 py-1.5' }]}
      >
            {q.levels.map((l, level) => (
              <tr key={level}>
                <RowHeader className="px-3 py-1.5 font-medium whitespace-nowrap">
                  <span className="tabular-nums">{level}</span>
                  {scaleLabels[level] && <span className="font-normal text-slate-600"> · {scaleLabels[level]}</span>}
                </RowHeader>
                <Cell className="px-3 py-1.5 text-slate-700">{l[locale]}</Cell>
              </tr>
            ))}
      </Table>

      <details className="mt-3 rounded bg-slate-50 p-3">
        <summary className="cursor-pointer text-sm font-semibold text-un-blue-dark">{t('question.actions', { count: q.actions.length })}</summary>
        <ul className="mt-2 space-y-3">
          {q.actions.map((a) => (
            <li key={a.code} className="text-sm">
              <p className="font-medium">
                <span className="mr-2 font-mono text-xs text-slate-600">{a.code}</span>
                {a.title[locale]}
              </p>
              <p className="mt-0.5 text-slate-700">{a.description[locale]}</p>
              <p className="mt-0.5 text-xs text-slate-600">
                {a.minLevel === a.maxLevel ? t('action.level', { min: a.minLevel }) : t('action.levels', { min: a.minLevel, max: a.maxLevel })}
                {' · '}
                {t('action.lead', { kind: tk(ENTITY_KIND[a.leadKind]) })}
                {a.partners.length > 0 && <>{' · '}{t('action.partners', { partners: a.partners.join(', ') })}</>}
              </p>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
