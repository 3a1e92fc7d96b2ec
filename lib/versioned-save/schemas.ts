// The wire format of a versioned save, shared by the forms and their actions (no server code).
import { z } from 'zod';

/** A browser's name for one save, kept for its retries (lib/versioned-save/versioned-save.ts). */
export const saveIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'form.invalidValue' });

/**
 * A save names the version it started from and, for each changed field, the value it
 * started from (`base`): the server merges when someone else saved other fields meanwhile,
 * and answers with a conflict when they changed the same field.
 */
export function changeSet<S extends z.ZodObject>(values: S) {
  return z
    .object({
      baseVersion: z.number({ error: 'form.invalidValue' }).int({ error: 'form.invalidValue' }).min(0, { error: 'form.invalidValue' }).max(1_000_000_000, { error: 'form.invalidValue' }),
      base: values.partial().strict(),
      changes: values.partial().strict(),
      saveId: saveIdSchema.optional(),
    })
    .refine((s) => Object.keys(s.changes).length > 0, { path: ['changes'], error: 'form.required' })
    .refine((s) => Object.keys(s.changes).every((k) => k in s.base), { path: ['base'], error: 'form.invalidValue' });
}
