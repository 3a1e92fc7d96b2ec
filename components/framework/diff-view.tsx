import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { FrameworkDiff, TextChange } from '@/lib/framework/diff-versions';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { Cell, RowHeader, Table } from '@/components/ui/table';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

/** A text change, word by word: removed words struck through, added ones underlined, both named for screen readers. */
export async function Words({ change }: { change: Pick<TextChange, 'words'> & { lang?: TextChange['lang'] } }) {
  const t = await getTranslations('framework.diff');
  return (
    <p lang={change.lang} className="text-sm leading-relaxed">
      {change.words.map((w, i) =>
        w.added ? (
          <ins key={i} className="bg-green-100 text-green-900 decoration-green-700">
            <span className="sr-only">[{t('inserted')}] </span>{w.text}
          </ins>
        ) : w.removed ? (
          <del key={i} className="bg-red-100 text-red-900">
            <span className="sr-only">[{t('deleted')}] </span>{w.text}
          </del>
        ) : (
          <span key={i}>{w.text}</span>
        ),
      )}
    </p>
  );
}

/** The questions whose answers do not simply carry over (reworded, split, merged, new), then those retired. */
async function CarryOverTable({ diff, locale }: { diff: FrameworkDiff; locale: Locale }) {
  const t = await getTranslations('framework.diff');
  const carry = diff.carryOver!;
  const unchanged = carry.questions.filter((q) => q.relation === 'same').length;
  const rows = carry.questions.filter((q) => q.relation !== 'same');
  const href = (v: { slug: string; version: string }, code: string) => `/framework/${encodeURIComponent(v.slug)}/${encodeURIComponent(v.version)}#${code}`;
  return (
    <Section id="carry-over" title={t('carryOverTitle', { from: diff.from.version, count: carry.questions.length })}>
      <p className="max-w-4xl text-sm text-slate-700">{t('carryOverIntro')}</p>
      <p className="text-sm text-slate-700">{t('sameCount', { count: unchanged })}</p>
      <Table caption={t('carryOverTitle', { from: diff.from.version, count: carry.questions.length })} columns={[t('questionColumn'), t('relationColumn'), t('fromColumn')]}>
            {rows.map((q) => (
              <tr key={q.code}>
                <RowHeader>
                  <Link href={href(diff.to, q.code)} className="font-mono text-un-blue-dark hover:underline">{q.code}</Link> {q.text[locale]}
                </RowHeader>
                <Cell>
                  <span className="font-medium">{t(`relation.${q.relation}`)}</span>
                  <span className="block text-xs text-slate-600">{t(`relationMeaning.${q.relation}`)}</span>
                </Cell>
                <Cell className="whitespace-nowrap">
                  {q.from.map((code) => (
                    <Link key={code} href={href(diff.from, code)} className="mr-2 font-mono text-un-blue-dark hover:underline">{code}</Link>
                  ))}
                </Cell>
              </tr>
            ))}
      </Table>
      {carry.retired.length > 0 && (
        <p className="text-sm text-slate-700">{t('retiredList', { count: carry.retired.length, list: carry.retired.map((q) => q.code).join(', ') })}</p>
      )}
    </Section>
  );
}

/** What changed between two framework versions; links open each question in its version. */
export async function DiffView({ diff, locale }: { diff: FrameworkDiff; locale: Locale }) {
  const t = await getTranslations('framework');
  const href = (v: { slug: string; version: string }, code?: string) =>
    `/framework/${encodeURIComponent(v.slug)}/${encodeURIComponent(v.version)}${code ? `#${code}` : ''}`;
  const item = 'rounded border border-slate-200 bg-white p-3 text-sm shadow-sm';
  const { questions, actions, areas, paragraphs } = diff;
  if (diff.same) return <p className="rounded bg-slate-100 px-4 py-3">{t('diff.same')}</p>;
  return (
    <div className="space-y-8">
      {areas.added.length > 0 && (
        <Section id="areas-added" title={t('diff.areasAdded', { count: areas.added.length })}>
          <ul className="space-y-1">{areas.added.map((a) => <li key={a.code} className={item}><span className="font-mono">{a.code}</span> {a.title[locale]}</li>)}</ul>
        </Section>
      )}
      {areas.removed.length > 0 && (
        <Section id="areas-removed" title={t('diff.areasRemoved', { count: areas.removed.length })}>
          <ul className="space-y-1">{areas.removed.map((a) => <li key={a.code} className={item}><span className="font-mono">{a.code}</span> {a.title[locale]}</li>)}</ul>
        </Section>
      )}
      {diff.carryOver && <CarryOverTable diff={diff} locale={locale} />}
      <Section id="questions-added" title={t('diff.questionsAdded', { count: questions.added.length })}>
        <ul className="space-y-2">
          {questions.added.map((q) => (
            <li key={q.code} className={`${item} border-l-4 border-l-green-600`}>
              <Link href={href(diff.to, q.code)} className="font-mono text-un-blue-dark hover:underline">{q.code}</Link> {q.text[locale]}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="questions-removed" title={t('diff.questionsRemoved', { count: questions.removed.length })}>
        <ul className="space-y-2">
          {questions.removed.map((q) => (
            <li key={q.code} className={`${item} border-l-4 border-l-red-600`}>
              <Link href={href(diff.from, q.code)} className="font-mono text-un-blue-dark hover:underline">{q.code}</Link> {q.text[locale]}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="questions-changed" title={t('diff.questionsChanged', { count: questions.changed.length })}>
        <ul className="space-y-3">
          {questions.changed.map((q) => (
            <li key={q.code} className={`${item} space-y-2 border-l-4 border-l-amber-500`}>
              <h3 className="font-semibold">
                <Link href={href(diff.to, q.code)} className="font-mono text-un-blue-dark hover:underline">{q.code}</Link>
                {!q.text.some((c) => c.lang === locale) && <span className="ml-2 font-normal">{q.after[locale]}</span>}
              </h3>
              {q.text.map((c) => (
                <div key={c.lang}>
                  <p className="text-xs font-medium text-slate-600">{t('diff.reworded', { lang: t(`lang.${c.lang}`) })}</p>
                  <Words change={c} />
                </div>
              ))}
              <ul className="list-disc space-y-0.5 pl-5 text-slate-700">
                {q.guidance.length > 0 && <li>{t('diff.guidance', { langs: q.guidance.map((l) => t(`lang.${l}`)).join(', ') })}</li>}
                {q.levels.length > 0 && <li>{t('diff.levels', { levels: q.levels.length, list: q.levels.join(', ') })}</li>}
                {q.lens && <li>{t('diff.lens', { before: t(`lens.${q.lens.before}`), after: t(`lens.${q.lens.after}`) })}</li>}
                {q.area && <li>{t('diff.movedArea', q.area)}</li>}
                {q.references.added.length > 0 && <li>{t('diff.referencesAdded', { list: q.references.added.join(', ') })}</li>}
                {q.references.removed.length > 0 && <li>{t('diff.referencesRemoved', { list: q.references.removed.join(', ') })}</li>}
              </ul>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="actions-added" title={t('diff.actionsAdded', { count: actions.added.length })}>
        <ul className="space-y-1">
          {actions.added.map((a) => (
            <li key={a.code} className={item}><span className="font-mono">{a.code}</span> {a.title[locale]} <span className="text-slate-600">({t('diff.ofQuestion', { code: a.questionCode })})</span></li>
          ))}
        </ul>
      </Section>
      <Section id="actions-removed" title={t('diff.actionsRemoved', { count: actions.removed.length })}>
        <ul className="space-y-1">
          {actions.removed.map((a) => (
            <li key={a.code} className={item}><span className="font-mono">{a.code}</span> {a.title[locale]} <span className="text-slate-600">({t('diff.ofQuestion', { code: a.questionCode })})</span></li>
          ))}
        </ul>
      </Section>
      {actions.changed.length > 0 && (
        <Section id="actions-changed" title={t('diff.actionsChanged', { count: actions.changed.length })}>
          <ul className="space-y-1">
            {actions.changed.map((a) => (
              <li key={a.code} className={item}><span className="font-mono">{a.code}</span> {a.title[locale]} · {t('diff.fields', { list: a.fields.join(', ') })}</li>
            ))}
          </ul>
        </Section>
      )}
      {(paragraphs.added.length > 0 || paragraphs.removed.length > 0) && (
        <Section id="paragraphs" title={`${t('diff.paragraphsAdded', { count: paragraphs.added.length })} · ${t('diff.paragraphsRemoved', { count: paragraphs.removed.length })}`}>
          <ul className="space-y-1 text-sm">
            {paragraphs.added.map((p) => <li key={`+${p.key}`}><span className="font-mono text-green-800">+ {p.key}</span> {p.summary[locale]}</li>)}
            {paragraphs.removed.map((p) => <li key={`-${p.key}`}><span className="font-mono text-red-800">− {p.key}</span> {p.summary[locale]}</li>)}
          </ul>
        </Section>
      )}
    </div>
  );
}
