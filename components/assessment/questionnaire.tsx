'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { QuestionnaireArea } from '@/lib/assessment/get-questionnaire';
import type { AnswerField, AnswerValues } from '@/lib/assessment/schemas';
import { ProgressBar } from './progress-bar';
import { QuestionCard } from './question-card';
import { SaveStatus } from './save-status';
import { useAutosave } from './use-autosave';
import type { FormState } from '@/components/forms/action-form';

type Props = {
  assessmentId: string; entityId: string; areas: QuestionnaireArea[]; editable: boolean;
  /** confirms an answer carried from the previous cycle as it stands (a server action) */
  confirmCarried?: (questionId: string) => Promise<FormState>;
};

/**
 * The contributor's questionnaire: every assigned question by area, saved as the person
 * types, with the save state and the progress always in view.
 */
export function Questionnaire({ assessmentId, entityId, areas, editable, confirmCarried }: Props) {
  const t = useTranslations('questionnaire');
  const locale = useLocale();
  const store = useAutosave<AnswerValues>({
    url: `/api/assessments/${assessmentId}/responses?locale=${locale}`,
    storagePrefix: `jalon.answer.v1:${assessmentId}:${entityId}`,
    body: (questionId) => ({ entityId, questionId }),
    initial: areas.flatMap((a) => a.questions.map((q) => ({ id: q.id, confirmed: q.answer }))),
  });
  const answered = (ids: string[]) => ids.filter((id) => store.get(id)?.local.level != null).length;
  const all = areas.flatMap((a) => a.questions.map((q) => q.id));
  const total = answered(all);
  const overall = store.overall();
  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <aside className="lg:sticky lg:top-4 lg:self-start">
        <div className="space-y-4 rounded border border-slate-200 bg-white p-4 shadow-sm">
          <SaveStatus state={overall.state} conflicts={overall.conflicts} error={overall.error} />
          {store.restored > 0 && <p className="rounded border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-900">{t('restored', { count: store.restored })}</p>}
          <div>
            <p className="text-sm font-medium">{t('overall')}</p>
            <ProgressBar value={total} max={all.length} label={t('overall')} text={t('progress', { answered: total, total: all.length })} />
            <p className="mt-1 text-xs text-slate-600">{t('progress', { answered: total, total: all.length })}</p>
          </div>
          <nav aria-label={t('areas')}>
            <p className="text-sm font-medium">{t('areas')}</p>
            <ul className="mt-2 space-y-3">
              {areas.map((a) => {
                const ids = a.questions.map((q) => q.id);
                const n = answered(ids);
                return (
                  <li key={a.id}>
                    <a href={`#area-${a.code}`} className="block rounded text-sm text-un-blue hover:underline" aria-label={t('skipToArea', { area: a.title })}>
                      {a.title}
                    </a>
                    <ProgressBar size="sm" value={n} max={ids.length} label={a.title} text={t('areaProgress', { answered: n, total: ids.length })} />
                    <span className="text-xs text-slate-600">{t('areaProgress', { answered: n, total: ids.length })}</span>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </aside>
      <div className="space-y-10">
        {areas.map((a) => (
          <section key={a.id} id={`area-${a.code}`} aria-labelledby={`area-${a.code}-title`} className="scroll-mt-4 space-y-4">
            <header>
              <h2 id={`area-${a.code}-title`} className="text-xl font-semibold text-un-blue-dark">{a.title}</h2>
              {a.purpose && <p className="text-sm text-slate-700">{a.purpose}</p>}
            </header>
            {a.questions.map((q) => {
              const item = store.get(q.id)!;
              return (
                <QuestionCard
                  key={q.id}
                  assessmentId={assessmentId}
                  entityId={entityId}
                  question={q}
                  item={item}
                  editable={editable}
                  confirmCarried={confirmCarried}
                  onEdit={(field, value) => store.edit(q.id, field, value)}
                  onResolve={(field: AnswerField, value) => store.resolve(q.id, field, value as AnswerValues[AnswerField])}
                />
              );
            })}
          </section>
        ))}
      </div>
    </div>
  );
}
