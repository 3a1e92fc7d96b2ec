// Prisma's known request errors mapped to message keys, by code (never by message text).
import type { MessageKey } from '../result';

const KEYS: Record<string, MessageKey> = {
  P2002: 'form.duplicate', // unique constraint
  P2003: 'form.invalidReference', // foreign key
  P2025: 'errors.notFound', // record to update or delete not found
  P2000: 'form.tooLong',
};

export function prismaErrorKey(error: unknown): MessageKey | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code in KEYS ? KEYS[code] : null;
}
