// Paging for long lists of events (busy years, busy actors): how a list splits into pages, the
// pages' addresses and their labels. Page 1 keeps the list's own address, so a page that grows
// past one page keeps its links.

/** One page of a paged list, numbered from 1. */
export interface Page<T> {
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
}

/** Splits `items` into pages of `size` in order, the last one shorter; an empty list is one empty page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** The address of page `number` of a list at `base` (ending in `/`): `base` itself, then `base2/`, `base3/`… */
export function pagePath(base: string, number: number): string {
  return number === 1 ? base : `${base}${number}/`;
}

/** "Page 2 of 5"; "" for a list of one page, which needs no label. */
export function pageLabel(number: number, count: number): string {
  return count === 1 ? '' : `Page ${number} of ${count}`;
}

/** A link to one page of a list. */
export interface PageLink {
  number: number;
  path: string;
  current: boolean;
}

/** The address of each page of a list: `pagePath` at its base, unless the list says otherwise. */
export type PagePathOf = (number: number) => string;

/** The links of a pager: every page of a list at `base`, the one at `current` marked. */
export function pageLinks(base: string, count: number, current: number, pathOf: PagePathOf = (number) => pagePath(base, number)): PageLink[] {
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    path: pathOf(index + 1),
    current: index + 1 === current,
  }));
}

/** One page of a list at `base`, ready for a pager: its items, every page's link, its neighbours. */
export interface PagedListPage<T> extends Page<T> {
  path: string;
  pages: PageLink[];
  prev: { path: string; title: string } | null;
  next: { path: string; title: string } | null;
}

/** Every page of `items` listed at `base`, `size` a page, each linking to the one before and after. */
export function pagedList<T>(base: string, items: readonly T[], size: number, pathOf: PagePathOf = (number) => pagePath(base, number)): PagedListPage<T>[] {
  const step = (number: number, count: number) => (number >= 1 && number <= count ? { path: pathOf(number), title: `Page ${number}` } : null);
  return paginate(items, size).map((page) => ({
    ...page,
    path: pathOf(page.number),
    pages: pageLinks(base, page.count, page.number, pathOf),
    prev: step(page.number - 1, page.count),
    next: step(page.number + 1, page.count),
  }));
}
