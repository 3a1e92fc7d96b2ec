'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { runAction } from '@/lib/actions/define-action';
import { formValues } from '@/lib/actions/form-data';
import { toFormState } from '@/lib/actions/form-state';
import { requestContext } from '@/lib/auth/server';
import { addComment } from '@/lib/roadmap/add-comment';
import { createAction } from '@/lib/roadmap/create-action';
import { createRoadmap } from '@/lib/roadmap/create-roadmap';
import { decideVersion } from '@/lib/roadmap/decide-version';
import { deleteAction } from '@/lib/roadmap/delete-action';
import { actionFieldsFromForm } from '@/lib/roadmap/form-input';
import { generateDraftAction } from '@/lib/roadmap/generate-draft-action';
import { reorderActions } from '@/lib/roadmap/reorder-actions';
import { resolveComment } from '@/lib/roadmap/resolve-comment';
import { saveObjective } from '@/lib/roadmap/save-objective';
import { saveRecommendation } from '@/lib/roadmap/save-recommendation';
import { submitVersion } from '@/lib/roadmap/submit-version';
import { updateAction } from '@/lib/roadmap/update-action';
import { updateRoadmapHeader } from '@/lib/roadmap/update-header';
import type { Result } from '@/lib/result';
import { getTranslations } from 'next-intl/server';
import type { FormState } from '@/components/forms/action-form';

const refresh = (locale: string, slug: string) => revalidatePath(`/${locale}/roadmaps/${slug}`);

/** Errors of the nested `fields` object, under the names the form uses. */
function flatFields<T>(r: Result<T>): Result<T> {
  if (r.ok || !r.fields) return r;
  return { ...r, fields: Object.fromEntries(Object.entries(r.fields).map(([k, v]) => [k.replace(/^fields\./, ''), v])) };
}

export async function createRoadmapFormAction(locale: string, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const r = await runAction(createRoadmap, await requestContext(locale), values);
  if (!r.ok) return toFormState(r, values);
  redirect(`/${locale}/roadmaps/${r.data.slug}`);
}

/** What a form says once saved, in the page's language (it said "saved", in English). */
async function done(locale: string, key: 'saved' | 'commented' | 'APPROVED' | 'CHANGES_REQUESTED') {
  return (await getTranslations({ locale, namespace: 'roadmap.done' }))(key);
}

export async function headerFormAction(locale: string, slug: string, roadmapId: string, version: number, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const r = await runAction(updateRoadmapHeader, await requestContext(locale), { ...values, roadmapId, version });
  if (r.ok) refresh(locale, slug);
  return toFormState(r, values, r.ok ? await done(locale, 'saved') : undefined);
}

export async function generateAction(locale: string, slug: string, roadmapId: string) {
  const r = await runAction(generateDraftAction, await requestContext(locale), { roadmapId });
  refresh(locale, slug);
  return r;
}

export async function actionFormAction(locale: string, slug: string, roadmapId: string, actionId: string | null, version: number, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const fields = actionFieldsFromForm(values);
  const ctx = await requestContext(locale);
  const r = flatFields(actionId ? await runAction(updateAction, ctx, { actionId, version, fields }) : await runAction(createAction, ctx, { roadmapId, fields }));
  if (!r.ok) return toFormState(r, values);
  refresh(locale, slug);
  redirect(`/${locale}/roadmaps/${slug}#actions`);
}

export async function deleteActionAction(locale: string, slug: string, actionId: string) {
  const r = await runAction(deleteAction, await requestContext(locale), { actionId });
  refresh(locale, slug);
  return r;
}

export async function reorderAction(locale: string, slug: string, roadmapId: string, actionIds: string[]) {
  const r = await runAction(reorderActions, await requestContext(locale), { roadmapId, actionIds });
  refresh(locale, slug);
  return r;
}

export async function objectiveFormAction(locale: string, slug: string, roadmapId: string, objectiveId: string | null, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const r = await runAction(saveObjective, await requestContext(locale), { ...values, roadmapId, objectiveId });
  if (r.ok) refresh(locale, slug);
  return toFormState(r, values, r.ok ? await done(locale, 'saved') : undefined);
}

export async function recommendationFormAction(locale: string, slug: string, roadmapId: string, recommendationId: string | null, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const r = await runAction(saveRecommendation, await requestContext(locale), { ...values, objectiveId: values.objectiveId || null, roadmapId, recommendationId });
  if (r.ok) refresh(locale, slug);
  return toFormState(r, values, r.ok ? await done(locale, 'saved') : undefined);
}

export async function submitFormAction(locale: string, slug: string, roadmapId: string) {
  const r = await runAction(submitVersion, await requestContext(locale), { roadmapId });
  refresh(locale, slug);
  return r;
}

export async function decideFormAction(locale: string, slug: string, roadmapId: string, number: number, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd);
  const r = await runAction(decideVersion, await requestContext(locale), { roadmapId, number, decision: values.decision, note: values.note ?? '' });
  if (r.ok) refresh(locale, slug);
  return toFormState(r, values, r.ok ? await done(locale, r.data.status) : undefined);
}

export async function commentFormAction(locale: string, slug: string, roadmapId: string, _s: FormState, fd: FormData): Promise<FormState> {
  const values = formValues(fd) as Record<string, string>;
  // The target select sends "ACTION:<id>"; a reply sends its thread's type and id apart.
  const [type, id] = values.targetId?.includes(':') ? values.targetId.split(':') : [values.targetType, values.targetId];
  // A comment on a selected span sends the field, the quoted words and where they start.
  const r = await runAction(addComment, await requestContext(locale), {
    roadmapId, targetType: type || 'ROADMAP', targetId: id || null, parentId: values.parentId || null, body: values.body,
    field: values.field || null, quote: values.quote || null, quoteStart: values.quoteStart ? Number(values.quoteStart) : null,
  });
  if (r.ok) refresh(locale, slug);
  return toFormState(r, values, r.ok ? await done(locale, 'commented') : undefined);
}

export async function resolveCommentAction(locale: string, slug: string, commentId: string) {
  const r = await runAction(resolveComment, await requestContext(locale), { commentId });
  refresh(locale, slug);
  return r;
}
