// The programme's forms and actions share these schemas (no server code: the forms import them).
import { z } from 'zod';
import { id } from '../assessment/schemas';
import { safeText } from '../validation/text';

export const nextCycleSchema = z.object({
  countryId: id,
  /** the closed cycle the new one continues */
  assessmentId: id,
  frameworkVersionId: id,
  title: safeText(300).min(3, { error: 'form.tooShort' }),
});
export type NextCycleInput = z.infer<typeof nextCycleSchema>;

export const confirmCarriedSchema = z.object({ assessmentId: id, entityId: id, questionId: id });
export type ConfirmCarriedInput = z.infer<typeof confirmCarriedSchema>;
