// The register of international partners (content/partners/partners.yaml): an organiser
// stored as typed ("UNOCT", "CTED", "ONUDC"...) is shown by its acronym in the reader's
// language (DECT on a French page, CTED on an English one). Names not in the register are
// shown as they were typed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Locale } from './i18n/routing';

const form = z.object({ acronym: z.string().min(1), name: z.string().min(1) });
const partnerSchema = z.object({ code: z.string().regex(/^[A-Z]+$/), en: form, fr: form, aliases: z.array(z.string()).default([]), verified: z.union([z.string(), z.literal(false)]) });
export type Partner = z.infer<typeof partnerSchema>;

let cache: { list: Partner[]; byKey: Map<string, Partner> } | undefined;

const key = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f\s.-]/g, '').toUpperCase();

export function partners() {
  if (!cache) {
    const file = path.join(process.cwd(), 'content', 'partners', 'partners.yaml');
    const list = z.array(partnerSchema).parse(parse(readFileSync(file, 'utf8')));
    const byKey = new Map<string, Partner>();
    for (const p of list) for (const k of [p.code, p.en.acronym, p.fr.acronym, ...p.aliases]) byKey.set(key(k), p);
    cache = { list, byKey };
  }
  return cache;
}

export function findPartner(name: string): Partner | undefined {
  return partners().byKey.get(key(name));
}

/** Each organiser by its acronym in `locale`; unknown ones as typed. */
export function partnerAcronyms(names: string[], locale: Locale): string[] {
  return names.map((n) => findPartner(n)?.[locale].acronym ?? n);
}
