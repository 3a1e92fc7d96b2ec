// Long lists cut in pages for the app's pages (lib/page/pages.ts): the programme's requests,
// the follow-up's indicator charts; kept within the pages there are whatever the address asks.
import { expect, test } from 'vitest';
import { pageOf, pageWindow } from '@/lib/page/pages';
import { REQUESTS_PER_PAGE, requestsPage } from '@/lib/programme/needs';

const list = Array.from({ length: REQUESTS_PER_PAGE * 2 + 3 }, (_, i) => i);

test('pages of requests: full pages, a short last one, and an address out of range kept in range', () => {
  expect(requestsPage(list, 1)).toMatchObject({ page: 1, pages: 3, rows: list.slice(0, REQUESTS_PER_PAGE) });
  expect(requestsPage(list, 3)).toMatchObject({ page: 3, pages: 3, rows: list.slice(REQUESTS_PER_PAGE * 2), from: REQUESTS_PER_PAGE * 2 + 1, total: list.length });
  expect(requestsPage(list, 99).page).toBe(3);
  expect(requestsPage(list, Number('abc')).page).toBe(1);
  expect(requestsPage(list, -2).page).toBe(1);
});

test('an empty list is one empty page', () => {
  expect(pageOf([], 4, 24)).toEqual({ rows: [], page: 1, pages: 1, total: 0, from: 1 });
  expect(pageOf([1, 2, 3], 2, 2)).toEqual({ rows: [3], page: 2, pages: 2, total: 3, from: 3 });
});

test('the window a database reads for a page: what to skip and take, kept in range like pageOf', () => {
  expect(pageWindow(114, 3, 50)).toEqual({ page: 3, pages: 3, total: 114, from: 101, skip: 100, take: 50 });
  expect(pageWindow(114, 9, 50)).toMatchObject({ page: 3, skip: 100 });
  expect(pageWindow(0, 2, 50)).toEqual({ page: 1, pages: 1, total: 0, from: 1, skip: 0, take: 50 });
  for (const page of [1, 2, 3, 4, 0, Number.NaN]) {
    const w = pageWindow(list.length, page, REQUESTS_PER_PAGE);
    expect(pageOf(list, page, REQUESTS_PER_PAGE)).toEqual({ rows: list.slice(w.skip, w.skip + w.take), page: w.page, pages: w.pages, total: w.total, from: w.from });
  }
});
