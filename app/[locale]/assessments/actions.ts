'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { runAction } from '@/lib/actions/define-action';
import { formValues } from '@/lib/actions/form-data';
import { toFormState } from '@/lib/actions/form-state';
import { addEntities } from '@/lib/assessment/add-entities';
import { assignQuestions } from '@/lib/assessment/assign-questions';
import { createAssessment } from '@/lib/assessment/create-assessment';
import { createEntity } from '@/lib/assessment/create-entity';
import { removeEntity } from '@/lib/assessment/remove-entity';
import { sendReminders } from '@/lib/assessment/send-reminders';
import { setStatus } from '@/lib/assessment/set-status';
import { updateConsultation } from '@/lib/assessment/update-consultation';
import { requestContext } from '@/lib/auth/server';
import { inviteUser } from '@/lib/invitations/invite-user';
import { confirmCarried } from '@/lib/programme/confirm-carried';
import { startNextCycle } from '@/lib/programme/start-next-cycle';
import type { FormState } from '@/components/forms/action-form';

// The assessment's forms: each turns the form's fields into the action's input, runs it
// (validation and authorization live in lib/), and answers with the form's state.

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
const orNull = (v: string | string[] | undefined) => (typeof v === 'string' && v.trim() !== '' ? v : null);
const refresh = (locale: string, assessmentId: string) => revalidatePath(`/${locale}/assessments/${assessmentId}`, 'layout');

export async function createAssessmentFormAction(locale: string, _s: FormState, fd: FormData): Promise<FormState> {
  const raw = formValues(fd);
  const r = await runAction(createAssessment, await requestContext(locale), raw);
  if (r.ok) redirect(`/${locale}/assessments/${r.data.id}/setup`);
  return toFormState(r, raw);
}

export async function consultationFormAction(locale: string, assessmentId: string, _s: FormState, fd: FormData): Promise<FormState> {
  const raw = formValues(fd);
  const count = typeof raw.officialsCount === 'string' && raw.officialsCount.trim() !== '' ? Number(raw.officialsCount) : null;
  const r = await runAction(updateConsultation, await requestContext(locale), {
    assessmentId, title: raw.title, place: orNull(raw.place), startsOn: orNull(raw.startsOn), endsOn: orNull(raw.endsOn),
    // The partners ticked in the register (by code), then the others typed freely.
    organisers: [...[raw.organisers ?? []].flat(), ...String(raw.organisersOther ?? '').split(',')].map((s) => s.trim()).filter(Boolean),
    officialsCount: count, coordinatingEntityId: orNull(raw.coordinatingEntityId),
  });
  if (r.ok) refresh(locale, assessmentId);
  const t = await getTranslations({ locale, namespace: 'assessment.setup' });
  return toFormState(r, raw, t('saved'));
}

export async function statusFormAction(locale: string, assessmentId: string, _s: FormState, fd: FormData): Promise<FormState> {
  const raw = formValues(fd);
  const r = await runAction(setStatus, await requestContext(locale), { assessmentId, status: raw.status });
  if (r.ok) refresh(locale, assessmentId);
  const t = await getTranslations({ locale, namespace: 'assessment' });
  return toFormState(r, raw, r.ok ? t('statusChanged', { status: t(`status.${r.data.status}`) }) : undefined);
}

export async function addEntitiesFormAction(locale: string, assessmentId: string, _s: FormState, fd: FormData): Promise<FormState> {
  const raw = formValues(fd);
  const r = await runAction(addEntities, await requestContext(locale), { assessmentId, entityIds: list(raw.entityIds) });
  if (r.ok) refresh(locale, assessmentId);
  const t = await getTranslations({ locale, namespace: 'assessment.setup' });
  return toFormState(r, {}, r.ok ? t('added', { count: r.data.added }) : undefined);
}

export async function removeEntityAction(locale: string, assessmentId: string, entityId: string) {
  const r = await runAction(removeEntity, await requestContext(locale), { assessmentId, entityId });
  refresh(locale, assessmentId);
  return r;
}

export async function createEntityFormAction(locale: string, assessmentId: string, _s: FormState, fd: FormData): Promise<FormState> {
  const raw = formValues(fd);
  const r = await runAction(createEntity, await requestContext(locale), { ...raw, assessmentId, acronym: orNull(raw.acronym) });
  if (r.ok) refresh(locale, assessmentId);
  const t = await getTranslations({ locale, namespace: 'assessment.setup' });
  return toFormState(r, raw, t('entityCreated'));
}

export async function assignFormAction(locale: string, assessmentId: string, _s: FormState, fd: FormData): Promise<FormState> {
  const raw = formValues(fd);
  const mode = raw.mode === 'remove' ? 'remove' : 'add';
  const r = await runAction(assignQuestions, await requestContext(locale), {
    assessmentId, entityIds: list(raw.entityIds), areaIds: list(raw.areaIds), questionIds: list(raw.questionIds), mode,
  });
  if (r.ok) refresh(locale, assessmentId);
  const t = await getTranslations({ locale, namespace: 'assessment.setup' });
  return toFormState(r, {}, r.ok ? (mode === 'add' ? t('assigned', r.data) : t('unassigned', r.data)) : undefined);
}

export async function remindFormAction(locale: string, assessmentId: string, _s: FormState, fd: FormData): Promise<FormState> {
  const raw = formValues(fd);
  const r = await runAction(sendReminders, await requestContext(locale), { assessmentId, entityIds: list(raw.entityIds) });
  const t = await getTranslations({ locale, namespace: 'assessment.progress' });
  const message = r.ok ? [t('reminded', { sent: r.data.sent }), r.data.withoutContributor ? t('remindedNoContributor', { count: r.data.withoutContributor }) : ''].filter(Boolean).join(' ') : undefined;
  return toFormState(r, {}, message);
}

/** A contributor for one entity of this assessment: the existing invitation action. */
export async function inviteContributorFormAction(locale: string, assessmentId: string, countryId: string, entityId: string, _s: FormState, fd: FormData): Promise<FormState> {
  const raw = formValues(fd);
  const r = await runAction(inviteUser, await requestContext(locale), {
    email: raw.email, role: 'CONTRIBUTOR', countryId, entityId, assessmentId, locale: raw.locale === 'en' ? 'en' : 'fr',
  });
  if (r.ok) refresh(locale, assessmentId);
  const t = await getTranslations({ locale, namespace: 'assessment.setup' });
  return toFormState(r, raw, t('invited', { email: String(raw.email ?? '') }));
}

export async function nextCycleFormAction(locale: string, countryId: string, assessmentId: string, _s: FormState, fd: FormData): Promise<FormState> {
  const raw = formValues(fd);
  const r = await runAction(startNextCycle, await requestContext(locale), { countryId, assessmentId, frameworkVersionId: raw.frameworkVersionId, title: raw.title });
  if (r.ok) redirect(`/${locale}/assessments/${r.data.id}`);
  return toFormState(r, raw);
}

export async function confirmCarriedAction(locale: string, assessmentId: string, entityId: string, questionId: string): Promise<FormState> {
  const r = await runAction(confirmCarried, await requestContext(locale), { assessmentId, entityId, questionId });
  if (r.ok) revalidatePath(`/${locale}/assessments/${assessmentId}/entities/${entityId}`);
  const t = await getTranslations({ locale, namespace: 'programme.carried' });
  return toFormState(r, {}, t('confirmed'));
}
