// The administration of countries: the forms import these schemas too (no Prisma here).
import { z } from 'zod';
import { isCountryCode } from './names';
import { MAX_EMBLEM_BYTES } from './emblem-bytes';
import { MAX_REGISTER_BYTES } from './register-file';

export const createCountrySchema = z.object({
  code: z.string().trim().toUpperCase().refine((c) => /^[A-Z]{2}$/.test(c) && isCountryCode(c), { error: 'country.admin.unknownCode' }),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, { error: 'country.admin.currencyFormat' }).default('XOF'),
});
export type CreateCountryInput = z.infer<typeof createCountrySchema>;

/** A register file as sent by the form: its name and its bytes in base64; `confirm` writes it, otherwise only a preview. */
export const importRegisterSchema = z.object({
  countryId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: 'form.invalidValue' }),
  filename: z.string().trim().min(1, { error: 'country.import.emptyFile' }).max(200, { error: 'form.tooLong' }),
  content: z.string().min(1, { error: 'country.import.emptyFile' }).max(Math.ceil((MAX_REGISTER_BYTES * 4) / 3) + 4, { error: 'country.import.tooLarge' }),
  confirm: z.boolean().default(false),
});
export type ImportRegisterInput = z.infer<typeof importRegisterSchema>;

/** An emblem file as sent by the form: its name (for the audit trail only) and its bytes in base64. */
export const setEmblemSchema = z.object({
  countryId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: 'form.invalidValue' }),
  filename: z.string().trim().max(200, { error: 'form.tooLong' }).default(''),
  content: z.string()
    .min(1, { error: 'country.emblem.errors.empty' })
    .max(Math.ceil((MAX_EMBLEM_BYTES * 4) / 3) + 4, { error: 'country.emblem.errors.tooLarge' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'country.emblem.errors.unreadable' }),
});
export type SetEmblemInput = z.infer<typeof setEmblemSchema>;

export const removeEmblemSchema = z.object({
  countryId: z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: 'form.invalidValue' }),
});
