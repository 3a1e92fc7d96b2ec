import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'dist/**', 'node_modules/**', 'lib/db/generated/**', 'next-env.d.ts', 'test-results/**'] },
  {
    // Components render plain props; data comes through lib/ from pages and actions.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/lib/db', '@/lib/db/*', '**/lib/db/**'], message: 'Components never touch the database: load data in the page through lib/ and pass plain props.' }] }],
    },
  },
];

export default config;
