'use client';

import { useActionState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { ActionForm, CheckboxGroup, DateField, Field, Select, type FormState } from '@/components/forms/action-form';
import type { AssessmentHeader } from '@/lib/assessment/get-assessment';
import type { SetupView } from '@/lib/assessment/get-setup';
import { Notice } from '@/components/ui/notice';
import type { PartnerChoices } from '@/lib/partners';
import { ARTICLE_CHOICES, ENTITY_KINDS } from '@/lib/assessment/schemas';
import type { EntityKind } from '@/lib/i18n/enum-keys';

type Act = (s: FormState, fd: FormData) => Promise<FormState>;
const select = 'rounded border border-slate-300 bg-white px-3 py-2';

export function ConsultationForm({ a, entities, partners, action }: { a: AssessmentHeader; entities: { id: string; name: string }[]; partners: PartnerChoices; action: Act }) {
  const t = useTranslations('assessment.setup');
  return (
    <ActionForm action={action} submitLabel={t('save')} className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2"><Field name="title" label={t('name')} defaultValue={a.title} required /></div>
      <Field name="place" label={t('place')} defaultValue={a.place ?? ''} />
      <Field name="officialsCount" label={t('officialsCount')} type="number" inputMode="numeric" defaultValue={a.officialsCount === null ? '' : String(a.officialsCount)} />
      <DateField name="startsOn" label={t('startsOn')} defaultValue={a.startsOn} />
      <DateField name="endsOn" label={t('endsOn')} defaultValue={a.endsOn} />
      <div className="sm:col-span-2 space-y-2">
        <CheckboxGroup name="organisers" legend={t('organisers')} options={partners.options} defaultValue={partners.chosen} />
        <Field name="organisersOther" label={t('organisersOther')} hint={t('organisersOtherHint')} defaultValue={partners.others.join(', ')} />
      </div>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('coordinatingEntity')}
        <select name="coordinatingEntityId" className={select} defaultValue={a.coordinatingEntity?.id ?? ''}>
          <option value="">{t('noCoordinator')}</option>
          {entities.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
        </select>
      </label>
    </ActionForm>
  );
}

export function AddEntitiesForm({ register, action }: { register: SetupView['register']; action: Act }) {
  const t = useTranslations('assessment.setup');
  const tk = useTranslations('entityKind');
  if (register.length === 0) return <p className="text-sm text-slate-600">{t('registerEmpty')}</p>;
  return (
    <ActionForm action={action} submitLabel={t('addSelected')}>
      <fieldset>
        <legend className="text-sm font-medium">{t('addFromRegister')}</legend>
        <div className="mt-2 max-h-72 space-y-1 overflow-y-auto rounded border border-slate-200 bg-white p-2">
          {register.map((e) => (
            <label key={e.id} className="flex items-start gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50">
              <input type="checkbox" name="entityIds" value={e.id} className="mt-1 h-4 w-4 accent-un-blue" />
              <span>{e.acronym ? <span className="font-medium">{e.acronym} · </span> : null}{e.name} <span className="text-xs text-slate-500">({tk(e.kind as EntityKind)})</span></span>
            </label>
          ))}
        </div>
      </fieldset>
    </ActionForm>
  );
}

export function CreateEntityForm({ action }: { action: Act }) {
  const t = useTranslations('assessment.setup');
  const tk = useTranslations('entityKind');
  return (
    <ActionForm action={action} submitLabel={t('createEntity')} className="grid gap-3 sm:grid-cols-2">
      <Field name="code" label={t('code')} hint={t('codeHint')} required />
      <Field name="acronym" label={t('acronym')} />
      <Field name="nameFr" label={t('nameFr')} required />
      <Field name="nameEn" label={t('nameEn')} required />
      <Select name="articleFr" label={t('articleFr')} hint={t('articleHint')} empty={t('articleGuess')} options={ARTICLE_CHOICES.map((a) => ({ value: a, label: t(`article.${a}`) }))} />
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('kind')}
        <select name="kind" className={select} defaultValue="AGENCY">
          {ENTITY_KINDS.map((k) => <option key={k} value={k}>{tk(k)}</option>)}
        </select>
      </label>
    </ActionForm>
  );
}

/** Entities x (areas or single questions), assigned or taken back in one submission. */
export function AssignForm({ setup, action }: { setup: SetupView; action: Act }) {
  const t = useTranslations('assessment.setup');
  const tr = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const box = 'mt-1 h-4 w-4 shrink-0 accent-un-blue';
  const error = (name: string) => state?.fields?.[name]?.map((k) => tr(k)).join(' ');
  return (
    <form action={formAction} className="space-y-4">
      <div role="status" aria-live="polite">
        {state && !state.ok && state.error && <Notice tone="error">{tr(state.error)}</Notice>}
        {state?.ok && state.message && <Notice tone="success" role="none">{state.message}</Notice>}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <fieldset>
          <legend className="text-sm font-medium">{t('chooseEntities')}</legend>
          {error('entityIds') && <p className="text-sm text-red-700">{error('entityIds')}</p>}
          <div className="mt-2 max-h-80 space-y-1 overflow-y-auto rounded border border-slate-200 bg-white p-2">
            {setup.participants.map((e) => (
              <label key={e.id} className="flex items-start gap-2 px-2 py-1 text-sm">
                <input type="checkbox" name="entityIds" value={e.id} className={box} />
                <span>{e.acronym ? <span className="font-medium">{e.acronym} · </span> : null}{e.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium">{t('chooseAreas')}</legend>
          {error('areaIds') && <p className="text-sm text-red-700">{error('areaIds')}</p>}
          <div className="mt-2 max-h-80 space-y-1 overflow-y-auto rounded border border-slate-200 bg-white p-2">
            {setup.areas.map((ar) => (
              <div key={ar.id} className="px-2 py-1 text-sm">
                <label className="flex items-start gap-2">
                  <input type="checkbox" name="areaIds" value={ar.id} className={box} />
                  <span><span className="font-mono text-xs">{ar.code}</span> {ar.title} <span className="text-xs text-slate-500">({t('assignedCount', { count: ar.questions.length })})</span></span>
                </label>
                <details className="ml-6">
                  <summary className="cursor-pointer text-xs text-un-blue">{t('questionsOf', { area: ar.code })}</summary>
                  <fieldset>
                    <legend className="sr-only">{t('chooseQuestions')}</legend>
                    {ar.questions.map((q) => (
                      <label key={q.id} className="flex items-start gap-2 py-0.5 text-xs">
                        <input type="checkbox" name="questionIds" value={q.id} className={box} />
                        <span><span className="font-mono">{q.code}</span> {q.text}</span>
                      </label>
                    ))}
                  </fieldset>
                </details>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="mode" value="add" disabled={pending} className="rounded bg-un-blue px-4 py-2 font-medium text-white hover:bg-un-blue-dark disabled:opacity-60">{t('assign')}</button>
        <button type="submit" name="mode" value="remove" disabled={pending} className="rounded border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60">{t('unassign')}</button>
      </div>
    </form>
  );
}

export function InviteContributorForm({ entity, action, children }: { entity: string; action: Act; children?: ReactNode }) {
  const t = useTranslations('assessment.setup');
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-un-blue">{t('invite')}<span className="sr-only"> – {entity}</span></summary>
      <ActionForm action={action} submitLabel={t('inviteSend')} className="mt-2 space-y-2">
        <Field name="email" type="email" label={t('inviteEmail')} autoComplete="off" required />
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t('inviteLanguage')}
          <select name="locale" className={select} defaultValue="fr">
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        {children}
      </ActionForm>
    </details>
  );
}
