// Shared by the forms and the actions: no server code here.
import { z } from 'zod';
import { safeText } from '../validation/text';

export const emailSchema = z.string().trim().max(254, { error: 'form.tooLong' }).pipe(z.email({ error: 'form.invalidEmail' }));
export const passwordSchema = z.string().min(12, { error: 'auth.passwordTooShort' }).max(200, { error: 'form.tooLong' });

export const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, { error: 'form.required' }).max(200, { error: 'form.tooLong' }) });
export type SignInInput = z.infer<typeof signInSchema>;

export const totpSchema = z.object({ code: z.string().trim().regex(/^\d{6}$/, { error: 'auth.codeFormat' }) });

export const requestResetSchema = z.object({ email: emailSchema });
export const resetPasswordSchema = z
  .object({ token: z.string().min(10).max(200), password: passwordSchema, confirm: z.string().max(200) })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'auth.passwordsDiffer' });

export const acceptInvitationSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'invitation.invalid' }),
    name: safeText(120).min(2, { error: 'form.tooShort' }),
    password: passwordSchema,
    confirm: z.string().max(200),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], error: 'auth.passwordsDiffer' });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: 'form.invalidValue' });

export const inviteSchema = z.object({
  email: emailSchema,
  role: z.enum(['ADMIN', 'REVIEWER', 'COORDINATOR', 'CONTRIBUTOR', 'OBSERVER'], { error: 'form.invalidValue' }),
  countryId: id.nullable(),
  entityId: id.nullable().optional(),
  assessmentId: id.nullable().optional(),
  locale: z.enum(['fr', 'en'], { error: 'form.invalidValue' }),
});
export type InviteInput = z.infer<typeof inviteSchema>;

export const revokeInvitationSchema = z.object({ invitationId: id });
export const enableTwoFactorSchema = z.object({ password: z.string().min(1, { error: 'form.required' }).max(200) });
