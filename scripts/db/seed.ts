// npm run db:seed: imports the shipped frameworks, then loads the illustrative Benin setup
// into DATABASE_URL (idempotent).
import { createClient } from '../../lib/db/client';
import { seedDemo } from '../../lib/seed/seed-demo';
import { importShippedFrameworks } from '../../lib/seed/import-shipped-frameworks';
import { databaseUrl, redact } from '../../lib/db/url';
import { runCli } from '../cli';

runCli(async () => {
  const db = createClient();
  try {
    const frameworks = await importShippedFrameworks(db);
    for (const f of frameworks) console.log(f.ok ? `framework ${f.slug} ${f.version}: ${f.status}` : `framework ${f.folder}: not imported (${f.error})`);
    if (frameworks.some((f) => !f.ok)) throw new Error('a shipped framework version that an assessment uses has changed: give the changed content a new version');
    const r = await seedDemo(db, { nextCycle: true });
    console.log(`demo data in ${redact(databaseUrl())}: 1 country, ${r.entities} entities, ${r.users} users (illustrative)`);
  } finally {
    await db.$disconnect();
  }
});
