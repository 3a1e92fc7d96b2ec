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
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@/lib/db', '@/lib/db/*', '**/lib/db/**'], message: 'Components never touch the database: load data in the page through lib/ and pass plain props.' },
        { group: ['@/app/**', '**/app/**'], message: 'Components stay below app/: the page passes its server actions in as props (bound to its locale and ids).' },
      ] }],
    },
  },
  {
    // Pages and layouts read through lib/page/load-page.ts: `loadPage` hands a signed-in page
    // the user's country-scoped client; a page open to visitors says so with `loadPublicPage`.
    files: ['app/**/page.tsx', 'app/**/layout.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['@/lib/db', '@/lib/db/*', '**/lib/db', '**/lib/db/**'], message: 'Pages and layouts never import the database: call loadPage (signed-in) or loadPublicPage (open to visitors) from @/lib/page/load-page and read through the client it returns.' }],
      }],
    },
  },
];

export default config;
