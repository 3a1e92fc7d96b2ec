import { defineAction } from '../actions/define-action';
import { inTransaction } from '../db/client';
import { fail, ok } from '../result';
import { createCountrySchema } from './schemas';

/** An administrator adds a country, picked from the ISO 3166 list; its register comes next. */
export const createCountry = defineAction({
  name: 'country.create',
  input: createCountrySchema,
  policy: 'country.manage',
  scope: async () => ({ countryId: null }),
  run: (ctx, input) =>
    inTransaction(ctx.db, async (tx) => {
      if (await tx.country.findUnique({ where: { code: input.code }, select: { id: true } })) return fail('form.invalid', { code: ['country.admin.exists'] });
      const country = await tx.country.create({ data: { code: input.code, currency: input.currency }, select: { id: true, code: true } });
      await ctx.audit(tx, 'country.create', { type: 'Country', id: country.id, countryId: country.id }, undefined, { code: input.code, currency: input.currency });
      return ok(country);
    }),
});
