import { z } from 'zod';

/** "vt/2025.1": a framework version named in an address (the diff page's ?from= and ?to=). */
export const versionRefSchema = z
  .string()
  .trim()
  .max(200)
  .regex(/^[a-z0-9][a-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9._-]*$/)
  .transform((s) => {
    const [slug, version] = s.split('/');
    return { slug, version };
  });

export type VersionRef = z.output<typeof versionRefSchema>;

export function parseVersionRef(value: string | string[] | undefined): VersionRef | null {
  const r = versionRefSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return r.success ? r.data : null;
}
