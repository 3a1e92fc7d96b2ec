// The roadmap's address is derived from its title, as people read it: "Feuille de route
// nationale 2025-2027" -> "feuille-de-route-nationale-2025-2027". Nobody should have to
// invent an identifier; whoever wants another address sets it under the advanced options.

export const SLUG_MAX = 80;
export const SLUG_FORMAT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function slugify(title: string): string {
  const words = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  return slug || 'feuille-de-route';
}

/** `base`, or `base-2`, `base-3`… : the first that `taken` says is free. */
export async function freeSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  if (!(await taken(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!(await taken(candidate))) return candidate;
  }
}
