// Before each browser test file. Every file signs in from the same address (127.0.0.1), and
// the product allows 30 sign-ins per address in 15 minutes (lib/auth/sign-in.ts): the files
// after the first few would be refused. Each file starts with the address counters cleared,
// as if it ran from its own machine; the limit itself is tested in
// tests/integration/client-address.test.ts.
import { beforeAll, inject } from 'vitest';
import { createClient } from '@/lib/db/client';

beforeAll(async () => {
  const db = createClient(inject('databaseUrl'));
  await db.rateLimit.deleteMany({ where: { OR: [{ key: { startsWith: 'sign-in:' } }, { key: { startsWith: 'totp:' } }, { key: { startsWith: 'reset:' } }] } });
  await db.$disconnect();
});
