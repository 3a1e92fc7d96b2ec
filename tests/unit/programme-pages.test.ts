// The programme page cuts its long lists (lib/programme/needs.ts): the requests' table in
// pages, kept within the pages there are whatever the address asks.
import { expect, test } from 'vitest';
import { REQUESTS_PER_PAGE, requestsPage } from '@/lib/programme/needs';

const list = Array.from({ length: REQUESTS_PER_PAGE * 2 + 3 }, (_, i) => i);

test('pages of requests: full pages, a short last one, and an address out of range kept in range', () => {
  expect(requestsPage(list, 1)).toMatchObject({ page: 1, pages: 3, rows: list.slice(0, REQUESTS_PER_PAGE) });
  expect(requestsPage(list, 3)).toMatchObject({ page: 3, pages: 3, rows: list.slice(REQUESTS_PER_PAGE * 2) });
  expect(requestsPage(list, 99).page).toBe(3);
  expect(requestsPage(list, Number('abc')).page).toBe(1);
  expect(requestsPage(list, -2).page).toBe(1);
  expect(requestsPage([], 4)).toEqual({ rows: [], page: 1, pages: 1 });
});
