import type * as z from 'zod';

/** HTTP methods the client speaks. */
export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A query-string value; arrays repeat the key (`?fq=a&fq=b`), `undefined` and `null` omit it. */
export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | ReadonlyArray<string | number | boolean>;

/** Information passed to hooks about one attempt. Headers are already redacted. */
export interface HttpAttemptInfo {
  method: HttpMethod;
  url: string;
  /** 1 for the first attempt, 2 for the first retry, ... */
  attempt: number;
  /** The request headers, with `Authorization`, cookies and API keys replaced by `[REDACTED]`. */
  headers: Readonly<Record<string, string>>;
}

/**
 * Observability hooks. They receive redacted data only and cannot change the request;
 * a hook that throws is ignored, so a broken logger never breaks a request.
 */
export interface HttpHooks {
  /** Before every attempt. */
  beforeRequest?: (info: HttpAttemptInfo) => void;
  /**
   * Before a retry is sent, once its delay has passed, with the reason (`'HTTP 503'`, `'timeout'`,
   * `'network_error'`) and the delay waited. `attempt` is the number of the attempt about to be made.
   */
  beforeRetry?: (info: HttpAttemptInfo & { delayMs: number; reason: string }) => void;
  /** After every response (including error statuses). */
  afterResponse?: (
    info: HttpAttemptInfo & { status: number; durationMs: number; requestId: string | undefined },
  ) => void;
}

/** Options for {@link createHttpClient}. */
export interface HttpClientOptions {
  /** Base URL every request path is resolved against, e.g. `https://data.ntbprov.go.id/api/3/`. */
  baseUrl: string;
  /**
   * Credential sent in `Authorization`. A string, or a function called per request (token refresh).
   * With `authScheme: 'Bearer'` (the default) it is sent as `Bearer <token>`; `'raw'` sends it as is (CKAN).
   * It is only sent to the origin of `baseUrl`, never to an absolute URL on another host.
   * `undefined` (an unset `process.env` entry), or a function returning it, sends no `Authorization`.
   */
  token?: string | (() => string | undefined | Promise<string | undefined>) | undefined;
  /** How the token is written into `Authorization`. @defaultValue `'Bearer'` */
  authScheme?: 'Bearer' | 'raw';
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** Timeout of each attempt, reading the body included, in whole milliseconds. @defaultValue 10000 */
  timeoutMs?: number;
  /** Retries after the first attempt, for requests that are safe to retry. @defaultValue 2 */
  maxRetries?: number;
  /** Backoff: first delay and cap, in whole milliseconds. @defaultValue `{ initialMs: 300, maxMs: 5000 }` */
  backoff?: { initialMs?: number; maxMs?: number };
  /**
   * The longest `Retry-After` (on 429 and 503) the client waits before a retry, in milliseconds: a
   * longer one is shortened to this. A RateLimitError still carries the server's own `retryAfterMs`.
   * @defaultValue 60000
   */
  maxRetryAfterMs?: number;
  /** The fetch to use; looked up per call, so msw and test doubles installed later still apply. */
  fetch?: typeof globalThis.fetch;
  /**
   * Sent as `User-Agent`. Defaults to `@opengov-id/core/<version>` outside browsers; in a browser
   * nothing is sent unless set here (browsers drop the header or make it trigger a CORS preflight).
   */
  userAgent?: string;
  /** Observability hooks. */
  hooks?: HttpHooks;
}

/** One request. */
export interface HttpRequest<S extends z.ZodType = z.ZodType> {
  method?: HttpMethod;
  /** Path relative to `baseUrl` (`package_show`, `/reports/123`), or an absolute URL. */
  path: string;
  query?: Record<string, QueryValue>;
  /** A JSON body. */
  json?: unknown;
  /** A multipart or urlencoded body; sent as is. */
  body?: FormData | URLSearchParams | string;
  headers?: Record<string, string>;
  /**
   * Makes a POST or PATCH safe to retry: sent as `Idempotency-Key`, the same on every attempt,
   * so the server can return the first result instead of creating a second record.
   */
  idempotencyKey?: string;
  /** Schema the response body is parsed with; a mismatch is a ResponseShapeError. */
  schema?: S;
  /** How to read the body. @defaultValue `'json'` */
  responseType?: 'json' | 'text' | 'none';
  /** Cancels the request: it then fails with a {@link RequestAbortedError} and is not retried. */
  signal?: AbortSignal;
  /** Overrides the client's per-attempt `timeoutMs` for this request. */
  timeoutMs?: number;
  /** Overrides the client's `maxRetries` for this request (still only when it is safe to retry). */
  maxRetries?: number;
}

/** A response with its metadata. */
export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  data: T;
  /** The server's request id (`x-request-id`, `x-correlation-id`, ...), when sent. */
  requestId: string | undefined;
}

/**
 * The HTTP client every SDK client is built on. No ky type appears here on purpose
 * (sdk-style P2): CJS TypeScript consumers with `skipLibCheck: false` must compile.
 */
export interface HttpClient {
  /** Sends a request and returns the parsed body (through `schema` when given). */
  request<S extends z.ZodType = z.ZodUnknown>(request: HttpRequest<S>): Promise<z.output<S>>;
  /** Sends a request and returns the body with status, headers and request id. */
  send<S extends z.ZodType = z.ZodUnknown>(request: HttpRequest<S>): Promise<HttpResponse<z.output<S>>>;
  /** The resolved options, without the token. */
  readonly options: Readonly<Omit<HttpClientOptions, 'token'>>;
}
