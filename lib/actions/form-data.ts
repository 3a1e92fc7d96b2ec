/** A form's fields as a plain object: one value per name, or an array when repeated. */
export function formValues(fd: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(fd.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = fd.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

/** A `next` parameter we may redirect to: a path of this site in this language, nothing else. */
export function safeNext(next: unknown, locale: string): string {
  return typeof next === 'string' && next.startsWith(`/${locale}`) && !next.startsWith('//') && !/[\\\r\n]/.test(next)
    ? next
    : `/${locale}`;
}
