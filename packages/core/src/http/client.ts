import ky from 'ky';
import type * as z from 'zod';
import {
  AuthError,
  HttpError,
  type HttpErrorInit,
  isOpenGovError,
  type LocalizedMessage,
  NetworkError,
  NotFoundError,
  OpenGovError,
  RateLimitError,
  TimeoutError,
} from '../errors/errors.js';
import {
  describeIssue,
  ResponseShapeError,
  type ValidationIssue,
  ValidationError,
} from '../errors/validation.js';
import { redact, redactText } from '../privacy/redact.js';
import { RequestAbortedError } from './errors.js';
import { type CheckedRequest, checkRequest, HTTP_DEFAULTS, resolveClientOptions } from './options.js';
import {
  backoffDelay,
  isRetryEligible,
  parseRetryAfter,
  RETRY_AFTER_STATUSES,
  RETRYABLE_STATUSES,
} from './retry.js';
import type {
  HttpAttemptInfo,
  HttpClient,
  HttpClientOptions,
  HttpHooks,
  HttpMethod,
  HttpRequest,
  HttpResponse,
} from './types.js';
import { requestSecrets, scrub } from './secrets.js';
import { appendQuery, resolveUrl, safeUrl, shortUrl } from './url.js';

const REQUEST_ID_HEADERS = ['x-request-id', 'x-correlation-id', 'request-id', 'cf-ray'] as const;
const MAX_ERROR_BODY_CHARS = 2048;
const NO_CONTENT: ReadonlySet<number> = new Set([204, 205, 304]);
// Codes Node, undici and node-fetch put on a dropped or refused connection.
const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

type Outcome =
  | { kind: 'response'; response: Response; text: string | undefined }
  | { kind: 'aborted' }
  | { kind: 'timeout' }
  | { kind: 'network'; error: unknown };

/** What one `send` call knows about its request, for messages and hooks. */
interface Context {
  method: HttpMethod;
  /** Redacted full URL, for error fields and hooks. */
  url: string;
  /** Origin and path only, for messages. */
  shortUrl: string;
  redactedHeaders: Readonly<Record<string, string>>;
  /** Credentials and personal data sent with this request, scrubbed verbatim from anything shown. */
  secrets: readonly string[];
}

/**
 * Creates the HTTP client every SDK client is built on: ky underneath, with per-attempt
 * timeouts, retries that never duplicate a write, `Retry-After`, typed and redacted errors,
 * and zod-validated responses.
 *
 * Behaviour, in short:
 * - `fetch` is looked up on every call, so msw or a test double installed after the client
 *   was created still applies.
 * - GET, HEAD, PUT and DELETE are retried on 408, 429, 500, 502, 503, 504, on a dropped
 *   connection and on a timed-out attempt; POST and PATCH only when they carry an
 *   `idempotencyKey`, which is sent as `Idempotency-Key`, the same on every attempt.
 * - Backoff is exponential with equal jitter, from `backoff.initialMs` up to `backoff.maxMs`.
 *   A `Retry-After` on 429 or 503 replaces it exactly; one longer than `maxRetryAfterMs`
 *   is not waited out, and the request fails at once with a {@link RateLimitError}.
 * - Errors: 404 {@link NotFoundError}, 401 and 403 {@link AuthError}, 429
 *   {@link RateLimitError}, any other status of 400 or more {@link HttpError}; no answer
 *   {@link NetworkError}; an attempt over `timeoutMs` {@link TimeoutError}; a body that is
 *   not JSON or does not fit `schema` {@link ResponseShapeError}; the caller's `signal`
 *   {@link RequestAbortedError} (never retried). Invalid options throw {@link ValidationError}.
 * - No error, hook argument or log field carries the token, the `Authorization` header, or a
 *   NIK, phone number or e-mail address from the URL or body. The token is only sent to the
 *   origin of `baseUrl`, never to an absolute URL elsewhere.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 *
 * const http = createHttpClient({
 *   baseUrl: 'https://data.ntbprov.go.id/api/3/action/',
 *   token: process.env.CKAN_TOKEN,
 *   authScheme: 'raw', // CKAN reads the API token as is
 * });
 * const result = await http.request({
 *   path: 'package_search',
 *   query: { q: 'stunting', rows: 10, fq: ['organization:dinkes', 'res_format:CSV'] },
 *   schema: z.object({ success: z.boolean(), result: z.object({ count: z.number() }) }),
 * });
 * console.log(result.result.count);
 *
 * // A write that is safe to retry: the server deduplicates by the key.
 * await http.request({ method: 'POST', path: 'reports', json: report, idempotencyKey: crypto.randomUUID() });
 * ```
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const config = resolveClientOptions(options);
  const baseOrigin = new URL(config.baseUrl).origin;
  // Resolved per call (sdk-style P6): a fetch captured now would bypass msw installed later.
  const fetchPerCall = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    (config.fetch ?? globalThis.fetch)(input, init);
  const token = options.token;
  const userAgent = config.userAgent ?? (isBrowser() ? undefined : HTTP_DEFAULTS.userAgent);

  const publicOptions: Omit<HttpClientOptions, 'token'> = {
    baseUrl: config.baseUrl,
    authScheme: config.authScheme,
    headers: { ...config.headers },
    timeoutMs: config.timeoutMs,
    maxRetries: config.maxRetries,
    backoff: { ...config.backoff },
    maxRetryAfterMs: config.maxRetryAfterMs,
    hooks: config.hooks,
  };
  if (config.fetch) publicOptions.fetch = config.fetch;
  if (userAgent !== undefined) publicOptions.userAgent = userAgent;

  async function buildHeaders(request: HttpRequest, checked: CheckedRequest, url: URL): Promise<Headers> {
    const headers = new Headers();
    try {
      headers.set('accept', checked.responseType === 'json' ? 'application/json' : '*/*');
      if (userAgent) headers.set('user-agent', userAgent);
      for (const [name, value] of Object.entries(config.headers)) headers.set(name, value);
      for (const [name, value] of Object.entries(checked.headers ?? {})) headers.set(name, value);
      if (request.idempotencyKey !== undefined) headers.set('idempotency-key', request.idempotencyKey);
      if (checked.jsonText !== undefined && !headers.has('content-type')) {
        headers.set('content-type', 'application/json');
      }
    } catch {
      // The runtime's own message would quote the offending value.
      throw ValidationError.single(
        'headers',
        {
          id: 'Nama atau isi header tidak valid (mis. berisi baris baru).',
          en: 'A header name or value is invalid (e.g. it contains a line break).',
        },
        'invalid_header',
      );
    }
    // A token must not follow an absolute URL to another host (a `next` link, a CDN).
    if (token === undefined || url.origin !== baseOrigin) return headers;
    let value: string | undefined;
    try {
      value = typeof token === 'function' ? await token() : token;
    } catch (error) {
      if (isOpenGovError(error)) throw error;
      throw new OpenGovError('The token function failed.', {
        code: 'token_error',
        messages: { id: 'Fungsi token gagal dijalankan.', en: 'The token function failed.' },
        cause: sanitizeCause(error),
      });
    }
    if (value === undefined || value === '') return headers;
    try {
      headers.set('authorization', config.authScheme === 'raw' ? value : `Bearer ${value}`);
    } catch {
      throw ValidationError.single(
        'token',
        {
          id: 'Token berisi karakter yang tidak boleh ada di header.',
          en: 'The token contains characters not allowed in a header.',
        },
        'invalid_header',
      );
    }
    return headers;
  }

  async function send<S extends z.ZodType = z.ZodUnknown>(
    request: HttpRequest<S>,
  ): Promise<HttpResponse<z.output<S>>> {
    const checked = checkRequest(request);
    const { method } = checked;
    let url: URL;
    try {
      url = resolveUrl(config.baseUrl, request.path);
    } catch {
      throw ValidationError.single(
        'path',
        { id: 'Path permintaan bukan URL yang valid.', en: 'The request path is not a valid URL.' },
        'invalid_request',
      );
    }
    if (url.username !== '' || url.password !== '') {
      throw ValidationError.single(
        'path',
        {
          id: 'URL tidak boleh berisi nama pengguna atau kata sandi.',
          en: 'The URL must not contain a user name or password.',
        },
        'invalid_request',
      );
    }
    appendQuery(url, request.query);
    const headers = await buildHeaders(request, checked, url);
    const secrets = requestSecrets(headers, url, request.json, request.body);
    const ctx: Context = {
      method,
      url: scrub(safeUrl(url), secrets),
      shortUrl: scrub(shortUrl(url), secrets),
      redactedHeaders: Object.freeze(redact(headers) as unknown as Record<string, string>),
      secrets,
    };
    const { signal } = request;
    const eligible = isRetryEligible(method, request.idempotencyKey);
    const maxRetries = eligible ? (checked.maxRetries ?? config.maxRetries) : 0;
    const timeoutMs = checked.timeoutMs ?? config.timeoutMs;
    const hooks = config.hooks;
    const info = (attempt: number): HttpAttemptInfo => ({
      method,
      url: ctx.url,
      attempt,
      headers: ctx.redactedHeaders,
    });

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw abortedError(ctx, signal);
      callHook(hooks, 'beforeRequest', info(attempt));
      const started = now();
      const outcome = await runAttempt({
        url: url.href,
        method,
        headers,
        request,
        checked,
        fetch: fetchPerCall,
        timeoutMs,
        signal,
      });
      const canRetry = attempt <= maxRetries;

      if (outcome.kind === 'aborted') throw abortedError(ctx, signal);
      if (outcome.kind === 'response') {
        const { response, text } = outcome;
        const requestId = findRequestId(response.headers);
        callHook(hooks, 'afterResponse', {
          ...info(attempt),
          status: response.status,
          durationMs: Math.max(0, now() - started),
          requestId,
        });
        if (response.status < 400) {
          const data = await parseBody(response, text, checked, request.schema, ctx, requestId);
          return { status: response.status, headers: response.headers, data: data as z.output<S>, requestId };
        }
        const retryAfterMs = RETRY_AFTER_STATUSES.has(response.status)
          ? parseRetryAfter(response.headers.get('retry-after'), Date.now())
          : undefined;
        const waitTooLong = retryAfterMs !== undefined && retryAfterMs > config.maxRetryAfterMs;
        if (canRetry && RETRYABLE_STATUSES.has(response.status) && !waitTooLong) {
          const delayMs =
            retryAfterMs ??
            backoffDelay(attempt, config.backoff.initialMs, config.backoff.maxMs, Math.random);
          callHook(hooks, 'beforeRetry', {
            ...info(attempt + 1),
            delayMs,
            reason: `HTTP ${response.status}`,
          });
          await sleep(delayMs, signal);
          continue;
        }
        throw statusError(response.status, text, ctx, requestId, retryAfterMs, waitTooLong);
      }

      const transient = outcome.kind === 'timeout' || isTransientNetworkError(outcome.error);
      if (canRetry && transient) {
        const delayMs = backoffDelay(attempt, config.backoff.initialMs, config.backoff.maxMs, Math.random);
        const reason = outcome.kind === 'timeout' ? 'timeout' : 'network_error';
        callHook(hooks, 'beforeRetry', { ...info(attempt + 1), delayMs, reason });
        await sleep(delayMs, signal);
        continue;
      }
      if (outcome.kind === 'timeout') {
        throw new TimeoutError(`No answer within ${timeoutMs} ms: ${method} ${ctx.shortUrl}`, {
          timeoutMs,
          messages: {
            id: `Server tidak menjawab dalam ${timeoutMs} ms: ${method} ${ctx.shortUrl}`,
            en: `No answer within ${timeoutMs} ms: ${method} ${ctx.shortUrl}`,
          },
        });
      }
      throw new NetworkError(`Could not reach the server: ${method} ${ctx.shortUrl}`, {
        messages: {
          id: `Tidak dapat menghubungi server: ${method} ${ctx.shortUrl}`,
          en: `Could not reach the server: ${method} ${ctx.shortUrl}`,
        },
        cause: sanitizeCause(outcome.error, ctx.secrets),
      });
    }
  }

  return {
    send,
    async request<S extends z.ZodType = z.ZodUnknown>(request: HttpRequest<S>): Promise<z.output<S>> {
      return (await send(request)).data;
    },
    options: Object.freeze(publicOptions),
  };
}

interface AttemptArgs {
  url: string;
  method: HttpMethod;
  headers: Headers;
  request: HttpRequest;
  checked: CheckedRequest;
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

/**
 * One attempt, body included: the timeout covers reading the body too, so a server that sends
 * headers and then stalls still ends in a timeout. Races the abort itself instead of trusting
 * the fetch implementation to honour the signal.
 */
async function runAttempt(args: AttemptArgs): Promise<Outcome> {
  const { request, checked, signal } = args;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, args.timeoutMs);
  const onCallerAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  const abortedPromise = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
  abortedPromise.catch(() => undefined);

  try {
    const pending = ky(args.url, {
      method: args.method,
      headers: args.headers,
      ...(checked.jsonText !== undefined ? { body: checked.jsonText } : {}),
      ...(request.body !== undefined ? { body: request.body } : {}),
      signal: controller.signal,
      fetch: args.fetch,
      // Retries and timeouts are ours: ky's would not cover the body, nor keep POSTs safe.
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
    });
    pending.catch(() => undefined);
    const response = await Promise.race([pending, abortedPromise]);
    const wantBody = args.method !== 'HEAD' && (response.status >= 400 || checked.responseType !== 'none');
    let text: string | undefined;
    if (wantBody) {
      const reading = response.text();
      reading.catch(() => undefined);
      text = await Promise.race([reading, abortedPromise]);
    } else {
      response.body?.cancel().catch(() => undefined);
    }
    return { kind: 'response', response, text };
  } catch (error) {
    if (signal?.aborted) return { kind: 'aborted' };
    if (timedOut) return { kind: 'timeout' };
    return { kind: 'network', error };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

async function parseBody(
  response: Response,
  text: string | undefined,
  checked: CheckedRequest,
  schema: z.ZodType | undefined,
  ctx: Context,
  requestId: string | undefined,
): Promise<unknown> {
  let data: unknown;
  if (checked.responseType === 'text') data = text ?? '';
  else if (checked.responseType === 'json' && ctx.method !== 'HEAD' && !NO_CONTENT.has(response.status)) {
    data = parseJson(text ?? '', response, ctx, requestId);
  }
  if (!schema) return data;
  let result: Awaited<ReturnType<z.ZodType['safeParseAsync']>>;
  try {
    result = await schema.safeParseAsync(data);
  } catch (error) {
    // A transform or refinement that throws is a shape problem too.
    if (isOpenGovError(error)) throw error;
    throw shapeError(ctx, response.status, requestId, [], {
      id: `Jawaban ${ctx.method} ${ctx.shortUrl} gagal diolah skema.`,
      en: `The schema failed while reading the answer to ${ctx.method} ${ctx.shortUrl}.`,
    });
  }
  if (result.success) return result.data;
  const issues = result.error.issues.map(describeIssue);
  const first = issues[0];
  const more = issues.length > 1 ? issues.length - 1 : 0;
  throw shapeError(ctx, response.status, requestId, issues, {
    id: `Jawaban ${ctx.method} ${ctx.shortUrl} tidak sesuai skema: ${first?.message.id ?? ''}${more ? ` (dan ${more} masalah lain)` : ''}`,
    en: `The answer to ${ctx.method} ${ctx.shortUrl} does not match the schema: ${first?.message.en ?? ''}${more ? ` (and ${more} more)` : ''}`,
  });
}

function parseJson(text: string, response: Response, ctx: Context, requestId: string | undefined): unknown {
  const contentType = response.headers.get('content-type') ?? '';
  const trimmed = text.trim();
  if (/html/i.test(contentType) || /^<(!doctype|html|head|body)\b/i.test(trimmed)) {
    throw shapeError(ctx, response.status, requestId, [], {
      id: `Server mengirim halaman HTML, bukan JSON: ${ctx.method} ${ctx.shortUrl}`,
      en: `The server sent an HTML page instead of JSON: ${ctx.method} ${ctx.shortUrl}`,
    });
  }
  if (trimmed === '') {
    throw shapeError(ctx, response.status, requestId, [], {
      id: `Server mengirim jawaban kosong, bukan JSON: ${ctx.method} ${ctx.shortUrl}`,
      en: `The server sent an empty body instead of JSON: ${ctx.method} ${ctx.shortUrl}`,
    });
  }
  try {
    return JSON.parse(text);
  } catch {
    // No cause: the SyntaxError quotes the body, which may hold personal data.
    throw shapeError(ctx, response.status, requestId, [], {
      id: `Jawaban server bukan JSON yang valid: ${ctx.method} ${ctx.shortUrl}`,
      en: `The server's answer is not valid JSON: ${ctx.method} ${ctx.shortUrl}`,
    });
  }
}

function shapeError(
  ctx: Context,
  status: number,
  requestId: string | undefined,
  issues: readonly ValidationIssue[],
  messages: LocalizedMessage,
): ResponseShapeError {
  return new ResponseShapeError(messages.en, { messages, issues, status, url: ctx.url, requestId });
}

function statusError(
  status: number,
  text: string | undefined,
  ctx: Context,
  requestId: string | undefined,
  retryAfterMs: number | undefined,
  waitTooLong: boolean,
): HttpError {
  const where = `${ctx.method} ${ctx.shortUrl}`;
  // Pattern redaction cannot recognise a bare token or an oddly encoded echo; exact values can.
  const body = errorBody(text === undefined ? undefined : scrub(text, ctx.secrets));
  const init: HttpErrorInit = { status, method: ctx.method, url: ctx.url, requestId, body };
  if (status === 429 || waitTooLong) {
    const wait = retryAfterMs === undefined ? '' : ` (Retry-After ${Math.ceil(retryAfterMs / 1000)} s)`;
    const messages =
      status === 429
        ? {
            id: `Terlalu banyak permintaan (HTTP 429)${wait}: ${where}`,
            en: `Too many requests (HTTP 429)${wait}: ${where}`,
          }
        : {
            id: `Server sedang tidak tersedia (HTTP ${status})${wait}: ${where}`,
            en: `Service unavailable (HTTP ${status})${wait}: ${where}`,
          };
    return new RateLimitError(messages.en, { ...init, retryAfterMs, messages });
  }
  if (status === 404) {
    const messages = { id: `Tidak ditemukan (HTTP 404): ${where}`, en: `Not found (HTTP 404): ${where}` };
    return new NotFoundError(messages.en, { ...init, messages });
  }
  if (status === 401 || status === 403) {
    const messages =
      status === 401
        ? { id: `Belum terautentikasi (HTTP 401): ${where}`, en: `Not authenticated (HTTP 401): ${where}` }
        : { id: `Akses ditolak (HTTP 403): ${where}`, en: `Access denied (HTTP 403): ${where}` };
    return new AuthError(messages.en, { ...init, messages });
  }
  const messages = {
    id: `Server menjawab dengan galat HTTP ${status}: ${where}`,
    en: `The server answered with HTTP ${status}: ${where}`,
  };
  return new HttpError(messages.en, { ...init, messages });
}

/** The error body: parsed JSON when it is JSON, else text cut at 2 kB. HttpError redacts it. */
function errorBody(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text.length > MAX_ERROR_BODY_CHARS ? `${text.slice(0, MAX_ERROR_BODY_CHARS)}…` : text;
  }
}

function findRequestId(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

function abortedError(ctx: Context, signal: AbortSignal | undefined): RequestAbortedError {
  const reason: unknown = signal?.reason;
  return new RequestAbortedError(`Request aborted: ${ctx.method} ${ctx.shortUrl}`, {
    messages: {
      id: `Permintaan dibatalkan: ${ctx.method} ${ctx.shortUrl}`,
      en: `Request aborted: ${ctx.method} ${ctx.shortUrl}`,
    },
    ...(reason === undefined ? {} : { cause: sanitizeCause(reason, ctx.secrets) }),
  });
}

function isTransientNetworkError(error: unknown): boolean {
  // fetch reports every network failure as a TypeError ("fetch failed", "Failed to fetch").
  if (error instanceof TypeError) return true;
  return TRANSIENT_CODES.has(errorCode(error) ?? '');
}

function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A stand-in for an underlying error that keeps its name, message and system code, redacted,
 * and drops everything else (a Request with headers, a socket, a response body).
 */
function sanitizeCause(error: unknown, secrets: readonly string[] = []): Error {
  const original = error instanceof Error ? error : undefined;
  const code = errorCode(error);
  const base = original ? original.message : String(error);
  const message = code && !base.includes(code) ? `${base} (${code})` : base;
  const safe = new Error(redactText(scrub(message, secrets)));
  safe.name = original?.name ?? 'Error';
  return safe;
}

// Observability must never break a request: a throwing hook is ignored.
function callHook<K extends keyof HttpHooks>(
  hooks: HttpHooks,
  name: K,
  info: Parameters<NonNullable<HttpHooks[K]>>[0],
): void {
  const hook = hooks[name] as ((info: unknown) => void) | undefined;
  if (!hook) return;
  try {
    hook(info);
  } catch {
    // Intentionally ignored, see above.
  }
}

/** Waits `ms`; resolves early when `signal` aborts (the loop then throws the abort). */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (ms <= 0 || signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}

function isBrowser(): boolean {
  // Browsers drop or preflight a custom User-Agent; the default is only sent elsewhere.
  return typeof (globalThis as { document?: unknown }).document !== 'undefined';
}
