// npm run db:seed: loads the illustrative Benin setup into DATABASE_URL (idempotent).
import { createClient } from '../../lib/db/client';
import { seedDemo } from '../../lib/seed/seed-demo';
import { databaseUrl, redact } from '../../lib/db/url';
import { runCli } from '../cli';

runCli(async () => {
  const db = createClient();
  try {
    const r = await seedDemo(db);
    console.log(`demo data in ${redact(databaseUrl())}: 1 country, ${r.entities} entities, ${r.users} users (illustrative)`);
  } finally {
    await db.$disconnect();
  }
});
