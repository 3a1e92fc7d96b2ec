import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { applyMigrations } from '../../lib/db/migrations';
import { TEMPLATE_DIR, TEMPLATE_SQLITE } from '../helpers/paths';

/** Migrates a template SQLite database once; each test copies it (tests/helpers/fresh-db.ts). */
export default async function setup() {
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  await applyMigrations(`file:${TEMPLATE_SQLITE}`);
  if (!process.env.TEST_DATABASE_URL) {
    console.warn(
      '\n[jalon] PostgreSQL integration tests SKIPPED: TEST_DATABASE_URL is not set.\n' +
        '        Set TEST_DATABASE_URL=postgres://user:pass@localhost:5432/jalon_test to run them too.\n',
    );
  } else {
    console.log(`[jalon] integration tests run on SQLite and on PostgreSQL (${path.basename(new URL(process.env.TEST_DATABASE_URL).pathname)})`);
  }
  return () => rmSync(TEMPLATE_DIR, { recursive: true, force: true });
}
