import { OpenGovError } from '../errors/errors.js';
import { ValidationError } from '../errors/validation.js';

/** The largest `limit` {@link Paginated.toArray} accepts, as in stripe's `autoPagingToArray`. */
export const MAX_TO_ARRAY_LIMIT = 10_000;

/** Options for {@link Paginated.toArray}. */
export interface ToArrayOptions {
  /** How many items to collect at most, 1 to {@link MAX_TO_ARRAY_LIMIT}. Required, so a huge list is never loaded by accident. */
  limit: number;
}

/**
 * A lazily fetched list: `for await` walks the items, fetching a page only when the previous
 * one is used up, and a `break` stops fetching. Each iteration starts again from the first page.
 *
 * @example
 * ```ts
 * import { createCkanClient } from '@opengov-id/satudata';
 *
 * const ckan = createCkanClient({ baseUrl: 'https://data.ntbprov.go.id' });
 * for await (const dataset of ckan.searchPackages({ q: 'stunting' })) {
 *   if (dataset.name === 'prevalensi-stunting-ksb') break; // no further page is fetched
 * }
 * ```
 */
export interface Paginated<TItem, TPage = unknown> extends AsyncIterable<TItem> {
  /**
   * The pages themselves, for totals or metadata the items do not carry.
   *
   * @example
   * ```ts
   * import { createCkanClient } from '@opengov-id/satudata';
   *
   * const ckan = createCkanClient({ baseUrl: 'https://data.ntbprov.go.id' });
   * for await (const page of ckan.searchPackages({ q: 'stunting' }).pages()) console.log(page.count);
   * ```
   */
  pages(): AsyncIterable<TPage>;
  /**
   * Collects up to `limit` items into an array, fetching no page beyond the one that fills it.
   *
   * @example
   * ```ts
   * import { createCkanClient } from '@opengov-id/satudata';
   *
   * const ckan = createCkanClient({ baseUrl: 'https://data.ntbprov.go.id' });
   * const first250 = await ckan.searchPackages({ q: 'stunting' }).toArray({ limit: 250 });
   * ```
   */
  toArray(options: ToArrayOptions): Promise<TItem[]>;
}

/** Options for {@link paginate}: how to fetch a page, read its items and find the next cursor. */
export interface PaginateOptions<TPage, TItem, TCursor> {
  /** The cursor of the first page (an offset, a page number, an opaque token, ...). */
  initial: TCursor;
  /** Fetches the page at `cursor`. */
  fetchPage: (cursor: TCursor) => Promise<TPage>;
  /** The items of a page. */
  items: (page: TPage) => readonly TItem[];
  /** The cursor of the page after `page`, or `undefined`/`null` when `page` is the last. */
  next: (page: TPage, cursor: TCursor, items: readonly TItem[]) => TCursor | null | undefined;
}

/**
 * Turns any page-by-page API into a {@link Paginated} list. The helpers
 * {@link offsetPaginator}, {@link pagePaginator} and {@link cursorPaginator} cover the usual styles.
 * A `next` that returns the cursor it was given would loop forever, so it throws an
 * {@link OpenGovError} with code `'pagination_loop'` instead.
 *
 * @example
 * ```ts
 * const http = createHttpClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1/' });
 * const ReportPage = z.object({ data: z.array(z.object({ id: z.string() })), links: z.object({ next: z.string().nullable() }) });
 * // A feed whose pages link to the next one.
 * const reports = paginate({
 *   initial: 'reports?limit=50',
 *   fetchPage: (path) => http.request({ path, schema: ReportPage }),
 *   items: (page) => page.data,
 *   next: (page) => page.links.next ?? undefined,
 * });
 * const latest = await reports.toArray({ limit: 100 });
 * ```
 */
export function paginate<TPage, TItem, TCursor>(
  options: PaginateOptions<TPage, TItem, TCursor>,
): Paginated<TItem, TPage> {
  const { initial, fetchPage, items, next } = options;

  async function* walk(): AsyncGenerator<{ page: TPage; items: readonly TItem[] }, void, undefined> {
    let cursor = initial;
    for (;;) {
      const page = await fetchPage(cursor);
      const pageItems = items(page);
      const following = next(page, cursor, pageItems);
      yield { page, items: pageItems };
      if (following === undefined || following === null) return;
      if (Object.is(following, cursor)) {
        throw new OpenGovError('Pagination stopped: the next cursor equals the current one.', {
          code: 'pagination_loop',
          messages: {
            id: 'Paginasi dihentikan: kursor halaman berikutnya sama dengan halaman ini.',
            en: 'Pagination stopped: the next cursor equals the current one.',
          },
        });
      }
      cursor = following;
    }
  }

  async function* iterateItems(): AsyncGenerator<TItem, void, undefined> {
    for await (const page of walk()) yield* page.items;
  }

  return {
    [Symbol.asyncIterator]: () => iterateItems(),
    async *pages() {
      for await (const page of walk()) yield page.page;
    },
    async toArray({ limit }: ToArrayOptions) {
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_TO_ARRAY_LIMIT) {
        throw ValidationError.single(
          'limit',
          {
            id: `\`limit\` wajib bilangan bulat 1 sampai ${MAX_TO_ARRAY_LIMIT}; pakai for await untuk daftar yang lebih panjang.`,
            en: `\`limit\` must be an integer from 1 to ${MAX_TO_ARRAY_LIMIT}; use for await for longer lists.`,
          },
          'invalid_limit',
        );
      }
      const out: TItem[] = [];
      for await (const item of iterateItems()) {
        out.push(item);
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}

function checkPageSize(pageSize: number): void {
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw ValidationError.single(
      'pageSize',
      { id: '`pageSize` wajib bilangan bulat positif.', en: '`pageSize` must be a positive integer.' },
      'invalid_page_size',
    );
  }
}

/** Options for {@link offsetPaginator}. */
export interface OffsetPaginatorOptions<TPage, TItem> {
  /** Items asked for per page (`limit`, `rows`, `per_page`, ...). */
  pageSize: number;
  /** Fetches `limit` items starting at `offset`. */
  fetchPage: (params: { offset: number; limit: number }) => Promise<TPage>;
  /** The items of a page. */
  items: (page: TPage) => readonly TItem[];
  /** The total number of items, when the API reports it; preferred over the short-page rule. */
  total?: (page: TPage) => number | undefined;
  /** Whether more pages follow, when the API says so explicitly; preferred over `total`. */
  hasMore?: (page: TPage) => boolean;
  /** The offset of the first page. @defaultValue 0 */
  startOffset?: number;
}

/**
 * A {@link Paginated} list over an offset/limit API such as CKAN's `package_search`
 * (`start`, `rows`). The list ends at an empty page, when `hasMore` says so, when `total` is
 * reached, or, without either, at a page shorter than `pageSize`. Give `total` when the
 * server may cap the page size below what was asked.
 *
 * @example
 * ```ts
 * const http = createHttpClient({ baseUrl: 'https://data.ntbprov.go.id/api/3/action/' });
 * const Search = z.object({ result: z.object({ count: z.number(), results: z.array(z.object({ title: z.string() })) }) });
 * const datasets = offsetPaginator({
 *   pageSize: 100,
 *   fetchPage: ({ offset, limit }) =>
 *     http.request({ path: 'package_search', query: { q: 'stunting', start: offset, rows: limit }, schema: Search }),
 *   items: (page) => page.result.results,
 *   total: (page) => page.result.count,
 * });
 * for await (const dataset of datasets) console.log(dataset.title);
 * ```
 */
export function offsetPaginator<TPage, TItem>(
  options: OffsetPaginatorOptions<TPage, TItem>,
): Paginated<TItem, TPage> {
  const { pageSize, fetchPage, items, total, hasMore, startOffset = 0 } = options;
  checkPageSize(pageSize);
  return paginate<TPage, TItem, number>({
    initial: startOffset,
    fetchPage: (offset) => fetchPage({ offset, limit: pageSize }),
    items,
    next: (page, offset, pageItems) => {
      if (pageItems.length === 0) return undefined;
      const following = offset + pageItems.length;
      if (hasMore) return hasMore(page) ? following : undefined;
      const count = total?.(page);
      if (count !== undefined) return following < count ? following : undefined;
      return pageItems.length < pageSize ? undefined : following;
    },
  });
}

/** Options for {@link pagePaginator}. */
export interface PagePaginatorOptions<TPage, TItem> {
  /** Items asked for per page. */
  pageSize: number;
  /** Fetches page number `page`. */
  fetchPage: (params: { page: number; pageSize: number }) => Promise<TPage>;
  /** The items of a page. */
  items: (page: TPage) => readonly TItem[];
  /** The number of pages, when the API reports it. */
  totalPages?: (page: TPage) => number | undefined;
  /** Whether more pages follow, when the API says so explicitly; preferred over `totalPages`. */
  hasMore?: (page: TPage) => boolean;
  /** The number of the first page. @defaultValue 1 */
  firstPage?: number;
}

/**
 * A {@link Paginated} list over a page-number API (`?page=2&per_page=50`). The list ends at an
 * empty page, when `hasMore` says so, after `totalPages`, or, without either, at a page
 * shorter than `pageSize`.
 *
 * @example
 * ```ts
 * const http = createHttpClient({ baseUrl: 'https://sid.sumbawabaratkab.go.id/api/' });
 * const VillagePage = z.object({ data: z.array(z.object({ kode: z.string() })), meta: z.object({ last_page: z.number() }) });
 * const villages = pagePaginator({
 *   pageSize: 50,
 *   fetchPage: ({ page, pageSize }) =>
 *     http.request({ path: 'desa', query: { page, per_page: pageSize }, schema: VillagePage }),
 *   items: (page) => page.data,
 *   totalPages: (page) => page.meta.last_page,
 * });
 * const all = await villages.toArray({ limit: 1_000 });
 * ```
 */
export function pagePaginator<TPage, TItem>(
  options: PagePaginatorOptions<TPage, TItem>,
): Paginated<TItem, TPage> {
  const { pageSize, fetchPage, items, totalPages, hasMore, firstPage = 1 } = options;
  checkPageSize(pageSize);
  return paginate<TPage, TItem, number>({
    initial: firstPage,
    fetchPage: (page) => fetchPage({ page, pageSize }),
    items,
    next: (page, number, pageItems) => {
      if (pageItems.length === 0) return undefined;
      if (hasMore) return hasMore(page) ? number + 1 : undefined;
      const last = totalPages?.(page);
      // Page numbers count from `firstPage`, so the last page is `firstPage + last - 1`.
      if (last !== undefined) return number < firstPage + last - 1 ? number + 1 : undefined;
      return pageItems.length < pageSize ? undefined : number + 1;
    },
  });
}

/** Options for {@link cursorPaginator}. */
export interface CursorPaginatorOptions<TPage, TItem> {
  /** Fetches the page after `cursor`; `undefined` for the first page. */
  fetchPage: (cursor: string | undefined) => Promise<TPage>;
  /** The items of a page. */
  items: (page: TPage) => readonly TItem[];
  /** The cursor of the next page; `null`, `undefined` or `''` ends the list. */
  nextCursor: (page: TPage) => string | null | undefined;
  /** A cursor to resume from, instead of the first page. */
  initial?: string;
}

/**
 * A {@link Paginated} list over an opaque-cursor API (`?cursor=abc`, `next_cursor` in the body).
 * The list ends when the page has no next cursor.
 *
 * @example
 * ```ts
 * const http = createHttpClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1/' });
 * const EventPage = z.object({ events: z.array(z.object({ id: z.string() })), next_cursor: z.string().optional() });
 * const events = cursorPaginator({
 *   fetchPage: (cursor) => http.request({ path: 'events', query: { cursor, limit: 100 }, schema: EventPage }),
 *   items: (page) => page.events,
 *   nextCursor: (page) => page.next_cursor,
 * });
 * for await (const event of events) console.log(event.id);
 * ```
 */
export function cursorPaginator<TPage, TItem>(
  options: CursorPaginatorOptions<TPage, TItem>,
): Paginated<TItem, TPage> {
  const { fetchPage, items, nextCursor, initial } = options;
  return paginate<TPage, TItem, string | undefined>({
    initial,
    fetchPage,
    items,
    next: (page) => {
      const cursor = nextCursor(page);
      return cursor === null || cursor === undefined || cursor === '' ? undefined : cursor;
    },
  });
}
