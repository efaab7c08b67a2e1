import {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  HttpError,
  type HttpMethod,
  type Paginated,
  pagePaginator,
  paginate,
  type QueryValue,
  toZonedIso,
  ValidationError,
} from '@opengov-id/core';
import { Open311Error, type Open311Format, type Open311Resources, readOpen311 } from './parse.js';
import type {
  FmsRequestUpdate,
  Open311Discovery,
  Open311PostResult,
  Open311Service,
  Open311ServiceDefinition,
  Open311ServiceRequest,
} from './schemas.js';

/**
 * Options of {@link createOpen311Client}: an HTTP client (or the options to make one) plus the
 * Open311 settings.
 *
 * @example
 * ```ts
 * const options: Open311ClientOptions = { baseUrl: 'https://311.example.go.id/open311/v2', format: 'json', apiKey: 'secret' };
 * ```
 */
export type Open311ClientOptions = (HttpClientOptions | { http: HttpClient }) & {
  /** Response format. @defaultValue `'xml'` (the only one the spec makes mandatory) */
  format?: Open311Format;
  /** `jurisdiction_id`, only for an endpoint that serves several jurisdictions. */
  jurisdictionId?: string;
  /**
   * API key, sent in the POST form body only (never in a URL, an error or a log). `undefined` (an
   * unset `process.env` entry) sends no `api_key`.
   */
  apiKey?: string | undefined;
  /** Zone in which window bounds are written (`start_date`, `end_date`). @defaultValue `'Asia/Makassar'` */
  zone?: string;
};

/**
 * A new service request (`POST requests`). A location is needed: `lat` and `long`, or
 * `address_string`, or `address_id`. `attributes` maps an attribute code to its value; an
 * array is sent as a multivaluelist (`attribute[CODE][]=v`).
 *
 * @example
 * ```ts
 * const input: Open311PostInput = { service_code: 'PJU', lat: -8.7389, long: 116.8264, description: 'Lampu padam', attributes: { WARD: '3', KIND: ['led', 'pole'] } };
 * ```
 */
export interface Open311PostInput {
  /** The service code. */
  service_code: string;
  /** Latitude (WGS84), with `long`. */
  lat?: number;
  /** Longitude (WGS84), with `lat`. */
  long?: number;
  /** A human-readable address. */
  address_string?: string;
  /** An address id of the server's address registry. */
  address_id?: string;
  /** Attribute values by code; an array for a multivaluelist. */
  attributes?: Readonly<Record<string, string | number | readonly (string | number)[]>>;
  /** The reporter's e-mail. */
  email?: string;
  /** Device id. */
  device_id?: string;
  /** Account id. */
  account_id?: string;
  /** First name. */
  first_name?: string;
  /** Last name. */
  last_name?: string;
  /** Phone number. */
  phone?: string;
  /** Description, up to 4,000 characters. */
  description?: string;
  /** URL of a photo. */
  media_url?: string;
}

/**
 * Filters of `GET requests`. `service_request_id` overrides every other filter (spec).
 *
 * @example
 * ```ts
 * const query: Open311RequestQuery = { service_code: ['PJU', 'JALAN'], status: 'open' };
 * ```
 */
export interface Open311RequestQuery {
  /** One or more request ids. */
  service_request_id?: string | readonly string[];
  /** One or more service codes. */
  service_code?: string | readonly string[];
  /** Earliest `requested_datetime` (ISO 8601 with offset). */
  start_date?: string;
  /** Latest `requested_datetime` (ISO 8601 with offset); at most 90 days after `start_date`. */
  end_date?: string;
  /** `open`, `closed`, or both. */
  status?: 'open' | 'closed' | readonly ('open' | 'closed')[];
}

/**
 * Options of {@link Open311Client.requestsByWindow}: walk `from`–`to` in windows the server
 * accepts (the spec caps `start_date`–`end_date` at 90 days).
 *
 * @example
 * ```ts
 * const walk: Open311WindowOptions = { from: '2026-01-01T00:00:00+08:00', to: '2026-12-31T23:59:59+08:00', status: 'closed' };
 * ```
 */
export interface Open311WindowOptions extends Omit<Open311RequestQuery, 'start_date' | 'end_date'> {
  /** First instant (ISO 8601 with offset, or a Date). */
  from: string | Date;
  /** Last instant, included. */
  to: string | Date;
  /** Days per window, 1–90. @defaultValue 90 */
  windowDays?: number;
}

/**
 * Options of {@link Open311Client.requestPages}: the `page`/`page_size` extension (Chicago,
 * Boston, Toronto, SeeClickFix). There is no total, so the walk ends at the first empty page.
 *
 * @example
 * ```ts
 * const pages: Open311PageOptions = { pageSize: 200, status: 'open' };
 * ```
 */
export interface Open311PageOptions extends Open311RequestQuery {
  /** `page_size`. @defaultValue 50 */
  pageSize?: number;
}

/**
 * A typed Open311 GeoReport v2 client; see {@link createOpen311Client}.
 *
 * @example
 * ```ts
 * const open311: Open311Client = createOpen311Client({ baseUrl: 'https://311.example.go.id/open311/v2' });
 * ```
 */
export interface Open311Client {
  /** `GET discovery`. */
  discovery(): Promise<Open311Discovery>;
  /** `GET services`. */
  services(): Promise<Open311Service[]>;
  /** `GET services/{code}` (call it when the service has `metadata: true`). */
  serviceDefinition(serviceCode: string): Promise<Open311ServiceDefinition>;
  /** `POST requests`: an id (realtime), a token (batch) or nothing (blackbox). */
  postRequest(input: Open311PostInput): Promise<Open311PostResult[]>;
  /** `GET tokens/{token}`: the request id behind a batch token, once known. */
  tokenLookup(token: string): Promise<Open311PostResult[]>;
  /** `GET requests` once, with the server's defaults (the last 90 days, up to 1,000). */
  getRequests(query?: Open311RequestQuery): Promise<Open311ServiceRequest[]>;
  /** `GET requests/{id}`; an {@link Open311Error} with status 404 when there is none. */
  getRequest(id: string): Promise<Open311ServiceRequest>;
  /** Every request from `from` to `to`, one `GET requests` per window of at most 90 days. */
  requestsByWindow(options: Open311WindowOptions): Paginated<Open311ServiceRequest, Open311ServiceRequest[]>;
  /** Every request, page by page (`page`, `page_size`), until an empty page. */
  requestPages(options?: Open311PageOptions): Paginated<Open311ServiceRequest, Open311ServiceRequest[]>;
  /** FixMyStreet `GET servicerequestupdates` between two instants (both or neither). */
  serviceRequestUpdates(range?: { start_date: string; end_date: string }): Promise<FmsRequestUpdate[]>;
}

const DAY_MS = 86_400_000;

const list = (v: string | readonly string[] | undefined): string | undefined =>
  v === undefined ? undefined : typeof v === 'string' ? v : v.join(',');

function toMs(value: string | Date, field: string): number {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime();
  if (Number.isNaN(ms) || (typeof value === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/.test(value)))
    throw ValidationError.single(
      field,
      {
        id: `Kolom \`${field}\` harus waktu ISO 8601 dengan zona waktu.`,
        en: `Field \`${field}\` must be an ISO 8601 instant with an offset.`,
      },
      'invalid_instant',
    );
  return ms;
}

/** The form body of `POST requests`, attributes as `attribute[CODE]` and `attribute[CODE][]`. */
function postForm(input: Open311PostInput, apiKey: string | undefined, jurisdiction: string | undefined) {
  const form = new URLSearchParams();
  if (apiKey !== undefined) form.append('api_key', apiKey);
  if (jurisdiction !== undefined) form.append('jurisdiction_id', jurisdiction);
  const { attributes, ...fields } = input;
  for (const [key, value] of Object.entries(fields))
    if (value !== undefined && value !== '') form.append(key, String(value));
  for (const [code, value] of Object.entries(attributes ?? {})) {
    if (Array.isArray(value)) for (const v of value) form.append(`attribute[${code}][]`, String(v));
    else form.append(`attribute[${code}]`, String(value));
  }
  return form;
}

/**
 * Creates an Open311 GeoReport v2 client over core's HTTP client (retries, timeouts, redacted
 * errors). Answers go through {@link readOpen311}, so XML and JSON give the same typed shapes;
 * an Open311 error body becomes an {@link Open311Error}. The API key travels in the POST form
 * body only, and core scrubs it from any error it echoes into.
 *
 * @example
 * ```ts
 * const open311 = createOpen311Client({ baseUrl: 'https://311.example.go.id/open311/v2', format: 'json', apiKey: 'secret' });
 * const [first] = await open311.postRequest({ service_code: 'PJU', address_string: 'Jl. Undru, Taliwang' });
 * for await (const request of open311.requestsByWindow({ from: '2026-01-01T00:00:00+08:00', to: '2026-06-30T23:59:59+08:00' })) console.log(request.service_request_id);
 * ```
 */
export function createOpen311Client(options: Open311ClientOptions): Open311Client {
  const {
    format = 'xml',
    jurisdictionId: jurisdiction,
    apiKey,
    zone = 'Asia/Makassar',
    ...transport
  } = options;
  const http = 'http' in transport ? transport.http : createHttpClient(transport);
  const accept = format === 'json' ? 'application/json' : 'text/xml, application/xml';

  async function call<K extends keyof Open311Resources>(
    resource: K,
    path: string,
    init: { method?: HttpMethod; query?: Record<string, QueryValue>; body?: URLSearchParams } = {},
  ): Promise<Open311Resources[K]> {
    const query = init.method === 'POST' ? init.query : { jurisdiction_id: jurisdiction, ...init.query };
    let text: string;
    let status: number;
    try {
      const response = await http.send({
        method: init.method ?? 'GET',
        path: `${path}.${format}`,
        headers: { accept },
        responseType: 'text',
        ...(query ? { query } : {}),
        ...(init.body ? { body: init.body } : {}),
      });
      text = response.data as string;
      status = response.status;
    } catch (error) {
      if (!(error instanceof HttpError) || error.body === undefined || error.body === null) throw error;
      const body = typeof error.body === 'string' ? error.body : JSON.stringify(error.body);
      try {
        readOpen311(resource, body, /^\s*[[{]/.test(body) ? 'json' : 'xml', error.status);
      } catch (open311) {
        if (open311 instanceof Open311Error) throw open311;
      }
      throw error;
    }
    return readOpen311(resource, text, format, status);
  }

  const requestQuery = (q: Open311RequestQuery): Record<string, QueryValue> => ({
    service_request_id: list(q.service_request_id),
    service_code: list(q.service_code),
    start_date: q.start_date,
    end_date: q.end_date,
    status: list(q.status),
  });

  return {
    discovery: () => call('discovery', 'discovery'),
    services: () => call('services', 'services'),
    serviceDefinition: (code) => call('service_definition', `services/${encodeURIComponent(code)}`),
    postRequest: (input) =>
      call('post_result', 'requests', {
        method: 'POST',
        body: postForm(input, apiKey, jurisdiction),
      }),
    tokenLookup: (token) => call('post_result', `tokens/${encodeURIComponent(token)}`),
    getRequests: (query = {}) => call('requests', 'requests', { query: requestQuery(query) }),
    async getRequest(id) {
      const [first] = await call('requests', `requests/${encodeURIComponent(id)}`);
      if (!first) throw new Open311Error(404, []);
      return first;
    },
    requestsByWindow({ from, to, windowDays = 90, ...query }) {
      if (!Number.isInteger(windowDays) || windowDays < 1 || windowDays > 90)
        throw ValidationError.single(
          'windowDays',
          {
            id: 'Kolom `windowDays` harus bilangan bulat 1–90.',
            en: 'Field `windowDays` must be a whole number from 1 to 90.',
          },
          'invalid_window',
        );
      const start = toMs(from, 'from');
      const end = toMs(to, 'to');
      // Windows share no instant: each ends one second before the next begins.
      return paginate<Open311ServiceRequest[], Open311ServiceRequest, number>({
        initial: start,
        fetchPage: (at) =>
          call('requests', 'requests', {
            query: requestQuery({
              ...query,
              start_date: toZonedIso(new Date(at), zone),
              end_date: toZonedIso(new Date(Math.min(at + windowDays * DAY_MS - 1000, end)), zone),
            }),
          }),
        items: (page) => page,
        next: (_page, at) => (at + windowDays * DAY_MS <= end ? at + windowDays * DAY_MS : undefined),
      });
    },
    requestPages({ pageSize = 50, ...query } = {}) {
      return pagePaginator<Open311ServiceRequest[], Open311ServiceRequest>({
        pageSize,
        fetchPage: ({ page, pageSize: size }) =>
          call('requests', 'requests', { query: { ...requestQuery(query), page, page_size: size } }),
        items: (page) => page,
        // Servers cap page_size below what was asked, so only an empty page ends the walk.
        hasMore: () => true,
      });
    },
    serviceRequestUpdates: (range) =>
      call('updates', 'servicerequestupdates', { query: range ? { ...range } : {} }),
  };
}
