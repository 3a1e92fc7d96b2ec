// A long list cut in pages for a page of the app (the exports and PDFs keep every row).

/** Page `page` (from 1, kept within the pages there are) of `list`, `size` rows a page. */
export function pageOf<T>(list: readonly T[], page: number, size: number) {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { rows: list.slice((current - 1) * size, current * size), page: current, pages, total: list.length, from: (current - 1) * size + 1 };
}
