import { expect, test } from 'vitest';
import { pgConfig, sqlitePath } from '@/lib/db/adapter';
import { describeDbError } from '@/lib/db/errors';
import { DatabaseUrlError, databaseUrl, providerOf, redact } from '@/lib/db/url';

test('the provider follows the URL', () => {
  expect(providerOf('file:./data/jalon.db')).toBe('sqlite');
  expect(providerOf('postgres://u:p@h/db')).toBe('postgresql');
  expect(providerOf('postgresql://u:p@h/db')).toBe('postgresql');
  expect(() => providerOf('mysql://u@h/db')).toThrow(DatabaseUrlError);
  expect(databaseUrl({})).toBe('file:./data/jalon.db');
  expect(databaseUrl({ DATABASE_URL: ' postgres://x/y ' })).toBe('postgres://x/y');
});

test('passwords never reach a message', () => {
  expect(redact('postgres://jalon:s3cret@db:5432/jalon')).toBe('postgres://jalon:***@db:5432/jalon');
  expect(new DatabaseUrlError('mysql://root:s3cret@h/db').message).not.toContain('s3cret');
});

test('a schema in a PostgreSQL URL becomes the search path', () => {
  const { schema, pool } = pgConfig('postgres://u:p@h:5432/db?schema=w1&sslmode=disable');
  expect(schema).toBe('w1');
  expect(pool.connectionString).toBe('postgres://u:p@h:5432/db?sslmode=disable');
  expect(pool.options).toBe('-c search_path="w1"');
  expect(sqlitePath('file:/tmp/a.db')).toBe('/tmp/a.db');
});

test('database failures read as one line', () => {
  expect(describeDbError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5999'), { code: 'ECONNREFUSED' }))).toMatch(/^cannot reach/);
  expect(describeDbError(Object.assign(new Error('x'), { code: '3D000' }))).toMatch(/does not exist/);
  expect(describeDbError(new Error('first line\n    at stack'))).toBe('first line');
});
