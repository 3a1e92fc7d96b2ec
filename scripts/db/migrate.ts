// npm run db:migrate: applies the pending migrations to DATABASE_URL (default: data/jalon.db).
import { applyMigrations } from '../../lib/db/migrations';
import { databaseUrl, providerOf, redact } from '../../lib/db/url';
import { runCli } from '../cli';

runCli(async () => {
  const url = databaseUrl();
  providerOf(url);
  const applied = await applyMigrations(url);
  console.log(applied.length ? `applied ${applied.join(', ')} to ${redact(url)}` : `${redact(url)} is up to date`);
});
