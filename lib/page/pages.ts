// A long list cut in pages for a page of the app (the exports and PDFs keep every row).

export type PageWindow = { page: number; pages: number; total: number; from: number; skip: number; take: number };

/**
 * Which rows page `page` (from 1, kept within the pages there are) holds when a list has
 * `total` rows, `size` a page: for a list the database cuts (`skip`, `take`), so that only
 * the rows shown are read.
 */
export function pageWindow(total: number, page: number, size: number): PageWindow {
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  const skip = (current - 1) * size;
  return { page: current, pages, total, from: skip + 1, skip, take: size };
}

/** Page `page` (from 1, kept within the pages there are) of `list`, `size` rows a page. */
export function pageOf<T>(list: readonly T[], page: number, size: number) {
  const w = pageWindow(list.length, page, size);
  return { rows: list.slice(w.skip, w.skip + w.take), page: w.page, pages: w.pages, total: w.total, from: w.from };
}
