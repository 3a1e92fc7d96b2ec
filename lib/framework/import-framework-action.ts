import { z } from 'zod';
import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { ok, type MessageKey, type Result } from '../result';
import { importFramework, type ImportSummary } from './import-framework';
import { MAX_DOCUMENT_BYTES, parseFrameworkDocument } from './parse-framework-document';
import type { Problem } from './problems';

/** The upload form's fields: the file's name (problems cite it) and its text. */
export const importFrameworkSchema = z.object({
  filename: z.string().trim().min(1, { error: 'framework.emptyFile' }).max(200, { error: 'form.tooLong' }),
  content: z.string().min(1, { error: 'framework.emptyFile' }).max(MAX_DOCUMENT_BYTES, { error: 'framework.fileTooLarge' }),
});

/** A refused file: the list of problems comes with the error, for the page to show. */
export type ImportFrameworkFailure = { ok: false; error: MessageKey; problems?: Problem[] };

export function problemsOf(r: Result<unknown>): Problem[] {
  return !r.ok && 'problems' in r && Array.isArray(r.problems) ? (r.problems as Problem[]) : [];
}

/**
 * An administrator imports a framework sent as one document (YAML or JSON). The whole file
 * is validated before anything is written; a bad file comes back with every problem.
 */
export const importFrameworkAction = defineAction({
  name: 'framework.import',
  input: importFrameworkSchema,
  policy: 'framework.import',
  // Framework content belongs to no country.
  scope: async () => ({ countryId: null }),
  run: async (ctx, input): Promise<Result<ImportSummary>> => {
    const parsed = parseFrameworkDocument(input.content, input.filename);
    if (!parsed.ok) {
      const failure: ImportFrameworkFailure = { ok: false, error: 'framework.invalidFile', problems: parsed.problems };
      return failure;
    }
    return inTransaction(ctx.db, async (tx) => {
      const r = await importFramework(tx, parsed.content);
      if (!r.ok || r.data.status === 'unchanged') return r;
      await ctx.audit(tx, 'framework.import', { type: 'FrameworkVersion', id: r.data.id, countryId: null }, undefined, { slug: r.data.slug, version: r.data.version, status: r.data.status, contentHash: r.data.contentHash, file: input.filename });
      return ok(r.data);
    });
  },
});
