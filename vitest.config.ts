import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(import.meta.dirname) };
const postgres = process.env.TEST_DATABASE_URL;

// Integration tests run once per database: always on SQLite, and on PostgreSQL when
// TEST_DATABASE_URL is set (tests/setup/global-setup.ts says so when it is not).
export default defineConfig({
  resolve: { alias },
  test: {
    globalSetup: ['tests/setup/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' } },
      {
        resolve: { alias },
        test: { name: 'sqlite', include: ['tests/integration/**/*.test.ts'], env: { JALON_TEST_PROVIDER: 'sqlite' }, testTimeout: 30_000, hookTimeout: 60_000 },
      },
      ...(postgres
        ? [{
            resolve: { alias },
            test: { name: 'postgresql', include: ['tests/integration/**/*.test.ts'], env: { JALON_TEST_PROVIDER: 'postgresql' }, testTimeout: 30_000, hookTimeout: 60_000 },
          }]
        : []),
    ],
  },
});
