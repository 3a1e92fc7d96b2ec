import { afterEach, beforeEach, expect, test } from 'vitest';
import { recordEvent } from '@/lib/audit/record-event';
import { freshDb, type TestDb } from '../helpers/fresh-db';

let t: TestDb;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t?.dispose();
});

test('the database refuses to change or delete an audit event', async () => {
  await recordEvent(t.db, { actorId: null, countryId: null, action: 'test.event', targetType: 'Test', after: { password: 'x', value: 1 } });
  const event = await t.db.auditEvent.findFirstOrThrow();
  expect(event.after).toEqual({ password: '[redacted]', value: 1 });
  await expect(t.db.auditEvent.update({ where: { id: event.id }, data: { action: 'forged' } })).rejects.toThrow();
  await expect(t.db.auditEvent.deleteMany({})).rejects.toThrow();
  expect((await t.db.auditEvent.findFirstOrThrow()).action).toBe('test.event');
});
