// The explorer's filters come from the address (?instrument=2341&paragraph=2341:OP2&lens=legal):
// anything malformed is ignored rather than refused, as for any link typed by hand.
import { z } from 'zod';
import { LENSES } from './schema';

const optionalCode = z.string().trim().min(1).max(100).optional().catch(undefined);

export const explorerFiltersSchema = z.object({
  instrument: optionalCode,
  paragraph: z.string().trim().regex(/^[^\s:]+:[^\s:]+$/).max(200).optional().catch(undefined),
  lens: z.enum(LENSES).optional().catch(undefined),
});

export type ExplorerFilters = z.infer<typeof explorerFiltersSchema>;

/** Search params as Next hands them (a value may repeat): the first of each. */
export function parseExplorerFilters(params: Record<string, string | string[] | undefined>): ExplorerFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return explorerFiltersSchema.parse({ instrument: first(params.instrument), paragraph: first(params.paragraph), lens: first(params.lens) });
}
