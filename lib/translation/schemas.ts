// Shared by the translation forms and their actions: no server code here.
import { z } from 'zod';
import { hasForbiddenCharacters } from '../validation/text';
import { changeSet } from '../versioned-save/schemas';
import { languageSchema } from './languages';

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { error: 'form.invalidValue' });
const key = z.string().min(3).max(160).regex(/^[A-Za-z0-9_.-]+$/, { error: 'form.invalidValue' });

/** Tags, comments, CDATA or entities left by a tool: the documents print plain text only. */
const MARKUP = /<\s*\/?\s*[A-Za-z!?][^>]*>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);/;
export const isPlainText = (s: string) => !MARKUP.test(s) && !hasForbiddenCharacters(s);

/** The longest translation any field takes; each field's own limit is checked on save (texts.ts). */
export const TRANSLATION_MAX = 20_000;

export const translationTextSchema = z
  .string({ error: 'form.invalidValue' })
  .max(TRANSLATION_MAX, { error: 'form.tooLong' })
  .refine(isPlainText, { error: 'translation.notPlainText' });

/**
 * What the autosave sends (lib/assessment/autosave-store.ts), the versioned-save engine's
 * change set (lib/versioned-save/schemas.ts) for one text of a roadmap in one language.
 */
export const saveTranslationSchema = z.intersection(
  z.object({ roadmapId: id, language: languageSchema, key }),
  changeSet(z.object({ text: translationTextSchema })),
);
export type SaveTranslationInput = z.infer<typeof saveTranslationSchema>;

export const reviewTranslationsSchema = z.object({ roadmapId: id, language: languageSchema, keys: z.array(key).min(1).max(5000) });
export const approveLanguageSchema = z.object({ roadmapId: id, number: z.number().int().min(1), language: languageSchema });
export const publicationLanguagesSchema = z.object({ roadmapId: id, languages: z.array(languageSchema).min(1).max(2) });

/** An XLIFF file for one version: at most 10 MB of text. */
export const importXliffSchema = z.object({ roadmapId: id, number: z.number().int().min(1), content: z.string().min(1).max(10 * 1024 * 1024, { error: 'form.tooLong' }) });
