import {
  createHttpClient,
  describeIssue,
  type HttpClient,
  type HttpClientOptions,
  NotFoundError,
  OpenGovError,
  type Paginated,
  pagePaginator,
  ResponseShapeError,
  ValidationError,
} from '@opengov-id/core';
import * as z from 'zod';
import { BpsDataResponse, BpsDomain, BpsPagination, BpsSubject, BpsVariable } from './schemas.js';

/**
 * BPS WebAPI v1 base URL.
 *
 * @example
 * ```ts
 * createBpsClient({ key: process.env['BPS_KEY'], baseUrl: BPS_WEBAPI_URL });
 * ```
 */
export const BPS_WEBAPI_URL = 'https://webapi.bps.go.id/v1/api/';

/**
 * BPS domain codes used in NTB: national, the province and Sumbawa Barat.
 *
 * @example
 * ```ts
 * const bps = createBpsClient({ key: process.env['BPS_KEY'] });
 * await bps.subjects({ domain: BPS_DOMAINS.ksb }).toArray({ limit: 100 });
 * ```
 */
export const BPS_DOMAINS = { national: '0000', ntb: '5200', ksb: '5207' } as const;

/**
 * Options of {@link createBpsClient}.
 *
 * @example
 * ```ts
 * const options: BpsClientOptions = { key: process.env['BPS_KEY'], lang: 'ind' };
 * ```
 */
export interface BpsClientOptions {
  /**
   * The WebAPI key. Sent as `?key=` and scrubbed from every URL, error and hook the SDK produces.
   * `undefined` (an unset `process.env` entry) or a blank key throws a `ValidationError`
   * (`bps_key_required`) when the client is created, since BPS answers nothing without one.
   */
  key: string | undefined;
  /** Language of labels. @defaultValue `'ind'` */
  lang?: 'ind' | 'eng';
  /** @defaultValue {@link BPS_WEBAPI_URL} */
  baseUrl?: string;
  /** Passed to core's HTTP client. */
  http?: Omit<HttpClientOptions, 'baseUrl' | 'token' | 'authScheme'>;
}

/**
 * The WebAPI answered `status: "Error"` (an invalid key, a bad model): the message is BPS's.
 *
 * @example
 * ```ts
 * const bps = createBpsClient({ key: process.env['BPS_KEY'] });
 * await bps.variables({ domain: '5207' }).toArray({ limit: 10 }).catch((e: unknown) => {
 *   if (e instanceof BpsApiError) console.log(e.bpsMessage);
 * });
 * ```
 */
export class BpsApiError extends OpenGovError {
  override readonly name: string = 'BpsApiError';
  /** BPS's message, with the key scrubbed. */
  readonly bpsMessage: string;
  constructor(bpsMessage: string, model: string) {
    super(`BPS WebAPI refused the request (${model}): ${bpsMessage}`, {
      code: 'bps_error',
      messages: {
        id: `BPS WebAPI menolak permintaan (${model}): ${bpsMessage}`,
        en: `BPS WebAPI refused the request (${model}): ${bpsMessage}`,
      },
    });
    this.bpsMessage = bpsMessage;
  }
  protected override details(): Record<string, unknown> {
    return { bpsMessage: this.bpsMessage };
  }
}

/**
 * One decoded cell of a BPS dynamic table: the five dimensions and the value.
 *
 * @example
 * ```ts
 * const bps = createBpsClient({ key: process.env['BPS_KEY'] });
 * const table = await bps.data({ domain: '5200', variable: 1956 });
 * const row: BpsDataRow = table.rows[0]!;
 * console.log(row.vervar.label, row.year, row.period.label, row.value);
 * ```
 */
export interface BpsDataRow {
  /** The vertical variable (wilayah, kelompok umur, ...). */
  vervar: { id: string; label: string };
  /** The variable, with its unit. */
  var: { id: string; label: string; unit: string | undefined };
  /** The derived variable (turunan variabel), `0` "Tidak Ada" when none. */
  turvar: { id: string; label: string };
  /** The year, from the `tahun` label (BPS ids are the year minus 1900). */
  year: number;
  /** The period (turunan tahun): `0` "Tahun", or a month, quarter or semester. */
  period: { id: string; label: string };
  /** The value; `null` when BPS sent none. */
  value: number | null;
  /** The `datacontent` key the value came from. */
  key: string;
}

/**
 * A BPS dynamic table with `datacontent` decoded into rows.
 *
 * @example
 * ```ts
 * const bps = createBpsClient({ key: process.env['BPS_KEY'] });
 * const table = await bps.data({ domain: '5200', variable: 1956 });
 * console.table(table.rows.map((r) => ({ wilayah: r.vervar.label, tahun: r.year, nilai: r.value })));
 * ```
 */
export interface BpsDataTable {
  /** The label of the vertical variable (`Kabupaten/Kota`). */
  verticalLabel: string | undefined;
  /** `last_update`, as BPS sends it. */
  lastUpdate: string | undefined;
  /** One row per `datacontent` entry, in dimension order. */
  rows: BpsDataRow[];
  /** Keys of `datacontent` no combination of the listed ids produces. */
  unmatchedKeys: string[];
  /** Keys two combinations of ids produce alike, so their row cannot be told for sure. */
  ambiguousKeys: string[];
  /** The answer as BPS sent it. */
  raw: BpsDataResponse;
}

/**
 * A client of the BPS WebAPI.
 *
 * @example
 * ```ts
 * const bps = createBpsClient({ key: process.env['BPS_KEY'] });
 * for await (const subject of bps.subjects({ domain: '5207' })) console.log(subject.title);
 * ```
 */
export interface BpsClient {
  /** Domains: all, provinces, regencies, or the regencies of one province (`type: 'kabbyprov', prov: '5200'`). */
  domains(params?: {
    type?: 'all' | 'prov' | 'kab' | 'kabbyprov';
    prov?: string;
    signal?: AbortSignal;
  }): Paginated<BpsDomain, BpsListPage<BpsDomain>>;
  /** Subjects of a domain. */
  subjects(params: { domain: string; signal?: AbortSignal }): Paginated<BpsSubject, BpsListPage<BpsSubject>>;
  /** Variables of a domain, optionally of one subject. */
  variables(params: {
    domain: string;
    subject?: number | string;
    signal?: AbortSignal;
  }): Paginated<BpsVariable, BpsListPage<BpsVariable>>;
  /** One subject. */
  subject(params: { domain: string; id: number | string; signal?: AbortSignal }): Promise<BpsSubject>;
  /** One variable. */
  variable(params: { domain: string; id: number | string; signal?: AbortSignal }): Promise<BpsVariable>;
  /** A dynamic table (`model=data`), decoded into rows. */
  data(params: {
    domain: string;
    variable: number | string;
    /** `th` ids or a range such as `'120:124'`. */
    period?: string;
    derivedVariable?: number | string;
    verticalVariable?: number | string;
    signal?: AbortSignal;
  }): Promise<BpsDataTable>;
}

/**
 * One page of a BPS list.
 *
 * @example
 * ```ts
 * const bps = createBpsClient({ key: process.env['BPS_KEY'] });
 * for await (const page of bps.subjects({ domain: '5200' }).pages()) console.log(page.pagination.total);
 * ```
 */
export interface BpsListPage<T> {
  pagination: BpsPagination;
  items: T[];
}

const ListAnswer = z.looseObject({
  status: z.string(),
  'data-availability': z.string().optional(),
  message: z.string().optional(),
  data: z.unknown().optional(),
});

function unavailable(availability: string | undefined): boolean {
  return availability !== undefined && availability !== 'available';
}

/**
 * Decodes `datacontent` into rows by building every key from the listed ids (in the order
 * vervar, var, turvar, tahun, turtahun) and looking it up, as BPS's own clients do. Keys no
 * combination produces are reported, and so are keys two combinations produce alike.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const { rows } = decodeBpsData(BpsDataResponse.parse(json));
 * ```
 */
export function decodeBpsData(raw: BpsDataResponse): Omit<BpsDataTable, 'raw'> {
  const rows: BpsDataRow[] = [];
  const seen = new Map<string, number>();
  const content = raw.datacontent;
  for (const vervar of raw.vervar) {
    for (const variable of raw.var) {
      for (const turvar of raw.turvar) {
        for (const tahun of raw.tahun) {
          for (const turtahun of raw.turtahun) {
            const key = `${vervar.val}${variable.val}${turvar.val}${tahun.val}${turtahun.val}`;
            seen.set(key, (seen.get(key) ?? 0) + 1);
            if (!Object.hasOwn(content, key)) continue;
            const value = content[key];
            const year = /^\d{4}$/.test(tahun.label.trim())
              ? Number(tahun.label.trim())
              : Number(tahun.val) + 1900;
            rows.push({
              vervar: { id: String(vervar.val), label: vervar.label },
              var: { id: String(variable.val), label: variable.label, unit: variable.unit ?? undefined },
              turvar: { id: String(turvar.val), label: turvar.label },
              year,
              period: { id: String(turtahun.val), label: turtahun.label },
              value: value === null || value === undefined || value === '' ? null : Number(value),
              key,
            });
          }
        }
      }
    }
  }
  const ambiguousKeys = [...seen.entries()]
    .filter(([k, n]) => n > 1 && Object.hasOwn(content, k))
    .map(([k]) => k);
  const unmatchedKeys = Object.keys(content).filter((k) => !seen.has(k));
  return {
    verticalLabel: raw.labelvervar ?? undefined,
    lastUpdate: raw.last_update ?? undefined,
    rows,
    unmatchedKeys,
    ambiguousKeys,
  };
}

const NO_BODY = new Set([101, 204, 205, 304]);

/**
 * Creates a client of the BPS WebAPI. The key is added to the URL by the client's own fetch,
 * after core's HTTP client has built its URL, hooks and error context, so no URL, hook
 * argument, log line or error the SDK produces holds the key; an answer that echoes it has it
 * replaced by `[REDACTED]` before it is read.
 *
 * @example
 * ```ts
 * const bps = createBpsClient({ key: process.env['BPS_KEY'] });
 * const ksb = await bps.domains({ type: 'kabbyprov', prov: '5200' }).toArray({ limit: 20 });
 * const penduduk = await bps.data({ domain: '5207', variable: 1956 });
 * ```
 */
export function createBpsClient(options: BpsClientOptions): BpsClient {
  const key = options.key;
  if (typeof key !== 'string' || key.trim() === '') {
    throw ValidationError.single(
      'key',
      { id: 'Kunci WebAPI BPS (`key`) wajib diisi.', en: 'The BPS WebAPI `key` is required.' },
      'bps_key_required',
    );
  }
  const lang = options.lang ?? 'ind';
  const userFetch = options.http?.fetch;
  const keyedFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    url.searchParams.set('key', key);
    const response = await (userFetch ?? globalThis.fetch)(new Request(url, request));
    if (NO_BODY.has(response.status)) return response;
    const text = (await response.text()).split(key).join('[REDACTED]');
    const headers = new Headers(response.headers);
    headers.delete('content-length');
    headers.delete('content-encoding');
    return new Response(text, { status: response.status, statusText: response.statusText, headers });
  };
  const http: HttpClient = createHttpClient({
    ...options.http,
    baseUrl: options.baseUrl ?? BPS_WEBAPI_URL,
    fetch: keyedFetch,
  });

  async function get(path: string, query: Record<string, string | number | undefined>, signal?: AbortSignal) {
    try {
      return await http.request({ path, query, schema: ListAnswer, ...(signal ? { signal } : {}) });
    } catch (error) {
      // BPS answers an empty list with HTTP 404 and `list-not-available` on some domains.
      if (error instanceof NotFoundError && error.body !== null && typeof error.body === 'object') {
        const availability = (error.body as Record<string, unknown>)['data-availability'];
        if (typeof availability === 'string' && unavailable(availability)) {
          return { status: 'OK', 'data-availability': availability } as z.output<typeof ListAnswer>;
        }
      }
      throw error;
    }
  }

  function shapeFail(model: string, issues: ReturnType<typeof describeIssue>[]): ResponseShapeError {
    const first = issues[0];
    return new ResponseShapeError(
      `The BPS answer (${model}) does not match the schema: ${first?.message.en ?? ''}`,
      {
        messages: {
          id: `Jawaban BPS (${model}) tidak sesuai skema: ${first?.message.id ?? ''}`,
          en: `The BPS answer (${model}) does not match the schema: ${first?.message.en ?? ''}`,
        },
        issues,
      },
    );
  }

  function checkStatus(answer: z.output<typeof ListAnswer>, model: string): void {
    if (answer.status !== 'OK') throw new BpsApiError(answer.message ?? answer.status, model);
  }

  function lister<T extends z.ZodType>(
    model: string,
    path: string,
    schema: T,
    query: Record<string, string | number | undefined>,
    signal: AbortSignal | undefined,
  ): Paginated<z.output<T>, BpsListPage<z.output<T>>> {
    const Page = z.tuple([BpsPagination, z.array(schema)]);
    return pagePaginator({
      // BPS fixes the page size itself (10 per page); it is read from each answer.
      pageSize: 10,
      fetchPage: async ({ page }) => {
        const answer = await get(path, { ...query, page }, signal);
        checkStatus(answer, model);
        if (unavailable(answer['data-availability'])) {
          return { pagination: { page, pages: 0 }, items: [] };
        }
        const parsed = Page.safeParse(answer.data);
        if (!parsed.success) {
          throw shapeFail(
            model,
            parsed.error.issues.map((issue) => describeIssue({ ...issue, path: ['data', ...issue.path] })),
          );
        }
        return { pagination: parsed.data[0], items: parsed.data[1] as Array<z.output<T>> };
      },
      items: (page) => page.items,
      totalPages: (page) => page.pagination.pages,
    });
  }

  async function view<T extends z.ZodType>(
    model: string,
    schema: T,
    params: { domain: string; id: number | string; signal?: AbortSignal },
  ): Promise<z.output<T>> {
    const answer = await get('view', { model, domain: params.domain, id: params.id, lang }, params.signal);
    checkStatus(answer, model);
    if (unavailable(answer['data-availability'])) {
      throw new NotFoundError(`BPS has no ${model} ${params.id} in domain ${params.domain}.`, {
        status: 404,
        messages: {
          id: `BPS tidak memiliki ${model} ${params.id} di domain ${params.domain}.`,
          en: `BPS has no ${model} ${params.id} in domain ${params.domain}.`,
        },
      });
    }
    const parsed = schema.safeParse(answer.data);
    if (!parsed.success) {
      throw shapeFail(
        model,
        parsed.error.issues.map((issue) => describeIssue({ ...issue, path: ['data', ...issue.path] })),
      );
    }
    return parsed.data;
  }

  return {
    domains(params = {}) {
      return lister(
        'domain',
        'domain',
        BpsDomain,
        { type: params.type ?? 'all', prov: params.prov },
        params.signal,
      );
    },
    subjects(params) {
      return lister(
        'subject',
        'list',
        BpsSubject,
        { model: 'subject', domain: params.domain, lang },
        params.signal,
      );
    },
    variables(params) {
      return lister(
        'var',
        'list',
        BpsVariable,
        { model: 'var', domain: params.domain, subject: params.subject, lang },
        params.signal,
      );
    },
    subject(params) {
      return view('subject', BpsSubject, params);
    },
    variable(params) {
      return view('var', BpsVariable, params);
    },
    async data(params) {
      const answer = await get(
        'list',
        {
          model: 'data',
          domain: params.domain,
          var: params.variable,
          th: params.period,
          turvar: params.derivedVariable,
          vervar: params.verticalVariable,
          lang,
        },
        params.signal,
      );
      checkStatus(answer, 'data');
      if (unavailable(answer['data-availability'])) {
        throw new NotFoundError(
          `BPS has no data for variable ${params.variable} in domain ${params.domain}.`,
          {
            status: 404,
            messages: {
              id: `BPS tidak memiliki data variabel ${params.variable} di domain ${params.domain}.`,
              en: `BPS has no data for variable ${params.variable} in domain ${params.domain}.`,
            },
          },
        );
      }
      const parsed = BpsDataResponse.safeParse(answer);
      if (!parsed.success) throw shapeFail('data', parsed.error.issues.map(describeIssue));
      return { ...decodeBpsData(parsed.data), raw: parsed.data };
    },
  };
}
