import { HttpResponse, http } from 'msw';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import {
  createHttpClient,
  cursorPaginator,
  MAX_TO_ARRAY_LIMIT,
  OpenGovError,
  offsetPaginator,
  pagePaginator,
  paginate,
  ValidationError,
} from '../src/index.js';

const BASE = 'https://data.ntb.test/api/3/action';
const http$ = createHttpClient({ baseUrl: BASE, maxRetries: 0 });

/** 23 datasets served CKAN-style (`start`, `rows`, `result.count`), counting the requests. */
function ckan(total = 23, maxRows = Number.POSITIVE_INFINITY) {
  const names = Array.from({ length: total }, (_, i) => `dataset-${i + 1}`);
  const calls: Array<{ start: number; rows: number }> = [];
  server.use(
    http.get(`${BASE}/package_search`, ({ request }) => {
      const url = new URL(request.url);
      const start = Number(url.searchParams.get('start'));
      const rows = Math.min(Number(url.searchParams.get('rows')), maxRows);
      calls.push({ start, rows });
      return HttpResponse.json({
        success: true,
        result: { count: total, results: names.slice(start, start + rows).map((name) => ({ name })) },
      });
    }),
  );
  return { names, calls };
}

const Search = z.object({
  success: z.boolean(),
  result: z.object({ count: z.number(), results: z.array(z.object({ name: z.string() })) }),
});

function datasets(pageSize: number, useTotal = true) {
  return offsetPaginator({
    pageSize,
    fetchPage: ({ offset, limit }) =>
      http$.request({ path: 'package_search', query: { start: offset, rows: limit }, schema: Search }),
    items: (page) => page.result.results,
    ...(useTotal ? { total: (page: z.output<typeof Search>) => page.result.count } : {}),
  });
}

describe('offsetPaginator (CKAN start/rows over msw)', () => {
  it('walks every item across pages, in order, with one request per page', async () => {
    const { names, calls } = ckan(23);
    const seen: string[] = [];
    for await (const dataset of datasets(10)) seen.push(dataset.name);
    expect(seen).toEqual(names);
    expect(calls).toEqual([
      { start: 0, rows: 10 },
      { start: 10, rows: 10 },
      { start: 20, rows: 10 },
    ]);
  });

  it('stops fetching when the caller breaks', async () => {
    const { calls } = ckan(23);
    const seen: string[] = [];
    for await (const dataset of datasets(10)) {
      seen.push(dataset.name);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['dataset-1', 'dataset-2', 'dataset-3']);
    expect(calls).toHaveLength(1);
  });

  it('breaking exactly at a page boundary does not fetch the next page', async () => {
    const { calls } = ckan(23);
    let n = 0;
    for await (const _ of datasets(10)) if (++n === 10) break;
    expect(calls).toHaveLength(1);
  });

  it('toArray respects the limit and fetches no page beyond the one that fills it', async () => {
    const { names, calls } = ckan(23);
    await expect(datasets(10).toArray({ limit: 15 })).resolves.toEqual(
      names.slice(0, 15).map((name) => ({ name })),
    );
    expect(calls).toHaveLength(2);
    await expect(datasets(10).toArray({ limit: 100 })).resolves.toHaveLength(23);
  });

  it('follows `total` when the server caps rows below pageSize', async () => {
    // CKAN caps `rows` (ckan.search.rows_max); the short-page rule alone would stop after 5.
    const { names, calls } = ckan(12, 5);
    const all = await datasets(10).toArray({ limit: 100 });
    expect(all.map((d) => d.name)).toEqual(names);
    expect(calls.map((c) => c.start)).toEqual([0, 5, 10]);
  });

  it('without total, ends at a short page; an exact multiple costs one empty page', async () => {
    const short = ckan(23);
    await expect(datasets(10, false).toArray({ limit: 100 })).resolves.toHaveLength(23);
    expect(short.calls).toHaveLength(3);
    const exact = ckan(20);
    await expect(datasets(10, false).toArray({ limit: 100 })).resolves.toHaveLength(20);
    expect(exact.calls).toHaveLength(3);
  });

  it('pages() exposes the pages themselves', async () => {
    ckan(23);
    const counts: number[] = [];
    const sizes: number[] = [];
    for await (const page of datasets(10).pages()) {
      counts.push(page.result.count);
      sizes.push(page.result.results.length);
    }
    expect(counts).toEqual([23, 23, 23]);
    expect(sizes).toEqual([10, 10, 3]);
  });

  it('is re-iterable: each for await starts from the first page', async () => {
    const { calls } = ckan(5);
    const list = datasets(10);
    await list.toArray({ limit: 10 });
    await list.toArray({ limit: 10 });
    expect(calls.map((c) => c.start)).toEqual([0, 0]);
  });
});

describe('pagePaginator', () => {
  const rows = Array.from({ length: 7 }, (_, i) => i + 1);
  const fetchPage =
    (calls: number[], lastPage?: number) =>
    async ({ page, pageSize }: { page: number; pageSize: number }) => {
      calls.push(page);
      const data = rows.slice((page - 1) * pageSize, page * pageSize);
      return { data, meta: { current_page: page, last_page: lastPage ?? Math.ceil(rows.length / pageSize) } };
    };

  it('walks page numbers from 1, ending after totalPages', async () => {
    const calls: number[] = [];
    const list = pagePaginator({
      pageSize: 3,
      fetchPage: fetchPage(calls),
      items: (page) => page.data,
      totalPages: (page) => page.meta.last_page,
    });
    await expect(list.toArray({ limit: 100 })).resolves.toEqual(rows);
    expect(calls).toEqual([1, 2, 3]);
  });

  it('uses hasMore when given, and a custom first page', async () => {
    const calls: number[] = [];
    const list = pagePaginator({
      pageSize: 2,
      firstPage: 0,
      fetchPage: async ({ page, pageSize }) => {
        calls.push(page);
        const five = rows.slice(0, 5);
        return { data: five.slice(page * pageSize, (page + 1) * pageSize), more: (page + 1) * pageSize < 5 };
      },
      items: (page) => page.data,
      hasMore: (page) => page.more,
    });
    await expect(list.toArray({ limit: 100 })).resolves.toEqual([1, 2, 3, 4, 5]);
    expect(calls).toEqual([0, 1, 2]);
  });

  it('stops at an empty page even if the API claims more pages', async () => {
    const calls: number[] = [];
    const list = pagePaginator({
      pageSize: 3,
      fetchPage: fetchPage(calls, 99),
      items: (page) => page.data,
      totalPages: (page) => page.meta.last_page,
    });
    await expect(list.toArray({ limit: 100 })).resolves.toEqual(rows);
    expect(calls).toEqual([1, 2, 3, 4]);
  });
});

describe('cursorPaginator (over msw)', () => {
  it('follows next_cursor until it is null, and stops on break', async () => {
    const pages: Record<string, { events: string[]; next_cursor: string | null }> = {
      first: { events: ['a', 'b'], next_cursor: 'c2' },
      c2: { events: ['c', 'd'], next_cursor: 'c3' },
      c3: { events: ['e'], next_cursor: null },
    };
    const cursors: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/events`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        cursors.push(cursor);
        return HttpResponse.json(pages[cursor ?? 'first']);
      }),
    );
    const events = () =>
      cursorPaginator({
        fetchPage: (cursor) =>
          http$.request({
            path: 'events',
            query: { cursor },
            schema: z.object({ events: z.array(z.string()), next_cursor: z.string().nullable() }),
          }),
        items: (page) => page.events,
        nextCursor: (page) => page.next_cursor,
      });
    await expect(events().toArray({ limit: 100 })).resolves.toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(cursors).toEqual([null, 'c2', 'c3']);

    cursors.length = 0;
    for await (const event of events()) if (event === 'c') break;
    expect(cursors).toEqual([null, 'c2']);
  });

  it('resumes from an initial cursor', async () => {
    const seen: Array<string | undefined> = [];
    const list = cursorPaginator({
      initial: 'from-here',
      fetchPage: async (cursor) => {
        seen.push(cursor);
        return { items: [1], next: '' };
      },
      items: (page) => page.items,
      nextCursor: (page) => page.next,
    });
    await expect(list.toArray({ limit: 5 })).resolves.toEqual([1]);
    expect(seen).toEqual(['from-here']);
  });
});

describe('paginate', () => {
  it('throws instead of looping forever when the cursor does not advance', async () => {
    let calls = 0;
    const list = paginate({
      initial: 'same',
      fetchPage: async () => {
        calls++;
        return { items: [1], next: 'same' };
      },
      items: (page) => page.items,
      next: (page) => page.next,
    });
    const error = await list.toArray({ limit: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenGovError);
    expect(error).toMatchObject({ code: 'pagination_loop' });
    expect(calls).toBe(1);
  });

  it('propagates a failing page fetch as is', async () => {
    server.use(http.get(`${BASE}/package_search`, () => new HttpResponse(null, { status: 404 })));
    await expect(datasets(10).toArray({ limit: 5 })).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('requires a toArray limit from 1 to 10,000', async () => {
    const list = paginate({
      initial: 0,
      fetchPage: async () => [1, 2],
      items: (page) => page,
      next: () => undefined,
    });
    for (const limit of [0, -1, 1.5, Number.NaN, MAX_TO_ARRAY_LIMIT + 1]) {
      await expect(list.toArray({ limit })).rejects.toBeInstanceOf(ValidationError);
    }
    expect(MAX_TO_ARRAY_LIMIT).toBe(10_000);
    await expect(list.toArray({ limit: MAX_TO_ARRAY_LIMIT })).resolves.toEqual([1, 2]);
    await expect(list.toArray({ limit: 1 })).resolves.toEqual([1]);
  });

  it('rejects a pageSize that is not a positive integer', () => {
    const fetchPage = async () => [];
    const items = (page: never[]) => page;
    expect(() => offsetPaginator({ pageSize: 0, fetchPage, items })).toThrow(ValidationError);
    expect(() => pagePaginator({ pageSize: 2.5, fetchPage, items })).toThrow(ValidationError);
  });
});
