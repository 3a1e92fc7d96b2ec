// The register of international partners (content/partners/partners.yaml): an organiser
// stored as typed ("UNOCT", "CTED", "ONUDC"...) is shown by its acronym in the reader's
// language (DECT on a French page, CTED on an English one). Names not in the register are
// shown as they were typed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { entityArticle } from './i18n/entity-name';
import type { Locale } from './i18n/routing';

const form = z.object({ acronym: z.string().min(1), name: z.string().min(1) });
const frForm = form.extend({ article: z.enum(['LE', 'LA', 'ELIDED', 'LES']).nullable().default(null) });
const partnerSchema = z.object({ code: z.string().regex(/^[A-Z]+$/), en: form, fr: frForm, aliases: z.array(z.string()).default([]), verified: z.union([z.string(), z.literal(false)]) });
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

/** The register as the consultation form's choices (value: the partner's code) and the stored organisers split into ticked partners and others typed freely. */
export function partnerChoices(stored: string[], locale: Locale) {
  const options = partners().list.map((p) => ({ value: p.code, label: p[locale].acronym === p[locale].name ? p[locale].name : `${p[locale].acronym} — ${p[locale].name}` }));
  const chosen: string[] = [];
  const others: string[] = [];
  for (const s of stored) {
    const p = findPartner(s);
    if (p) chosen.push(p.code);
    else others.push(s);
  }
  return { options, chosen, others };
}
export type PartnerChoices = ReturnType<typeof partnerChoices>;

/** An organiser as a message that names it takes it (`entity`, `article`: lib/i18n/entity-name.ts), by its acronym in `locale`. */
export function partnerArgs(name: string, locale: Locale) {
  const p = findPartner(name);
  const acronym = p?.[locale].acronym ?? name;
  return { entity: acronym, article: entityArticle(p ? p.fr.article : null, p?.fr.acronym ?? name) };
}
