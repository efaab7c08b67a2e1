import ky, { isHTTPError, isTimeoutError } from 'ky';
import type * as z from 'zod';
import {
  AuthError,
  HttpError,
  isOpenGovError,
  type LocalizedMessage,
  NetworkError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
} from '../errors/errors.js';
import { ResponseShapeError, type ValidationIssue } from '../errors/validation.js';
import { describeIssue } from '../errors/zod.js';
import { redact, redactText } from '../privacy/redact.js';
import { RequestAbortedError } from './errors.js';
import { addHeaders, HTTP_DEFAULTS, invalid, knownKeys, need, whole } from './options.js';
import { backoffDelay, parseRetryAfter } from './retry.js';
import { requestSecrets, scrub } from './secrets.js';
import type {
  HttpClient,
  HttpClientOptions,
  HttpHooks,
  HttpMethod,
  HttpRequest,
  HttpResponse,
} from './types.js';

const STATUS_TEXT: Record<number, [string, string]> = {
  401: ['Belum terautentikasi', 'Not authenticated'],
  403: ['Akses ditolak', 'Access denied'],
  404: ['Tidak ditemukan', 'Not found'],
  429: ['Terlalu banyak permintaan', 'Too many requests'],
};

const requestId = (headers: Headers): string | undefined =>
  ['x-request-id', 'x-correlation-id', 'request-id', 'cf-ray']
    .map((name) => headers.get(name))
    .find(Boolean) ?? undefined;

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
 *   A `Retry-After` on 429 or 503 replaces it exactly, shortened to `maxRetryAfterMs` at most.
 * - `timeoutMs` bounds each attempt, reading the body included: ky times the wait for the
 *   headers, and whatever is left of the attempt's time bounds the body.
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
 *   token: () => process.env['CKAN_TOKEN'], // read at each request
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
 * const report = { title: 'Lampu jalan padam', category: 'infrastruktur' };
 * await http.request({ method: 'POST', path: 'reports', json: report, idempotencyKey: crypto.randomUUID() });
 * ```
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  knownKeys(
    options,
    'baseUrl token authScheme headers timeoutMs maxRetries backoff maxRetryAfterMs fetch userAgent hooks',
  );
  const {
    token,
    authScheme = 'Bearer',
    headers = {},
    backoff = {},
    hooks = {},
    // Browsers drop or preflight a custom User-Agent; the default is only sent elsewhere.
    userAgent = typeof document === 'undefined' ? HTTP_DEFAULTS.userAgent : undefined,
    ...rest
  } = Object(options) as HttpClientOptions;
  knownKeys(backoff, 'initialMs maxMs', 'backoff.');
  knownKeys(hooks, 'beforeRequest beforeRetry afterResponse', 'hooks.');
  let field = 'baseUrl';
  let base: URL;
  try {
    base = new URL(rest.baseUrl);
    need(/^https?:$/.test(base.protocol) && !base.username && !base.password);
    base.hash = '';
    // Relative paths then append to the base instead of replacing its last segment.
    base.pathname = base.pathname.replace(/\/?$/, '/');
    field = 'token';
    need(token === undefined || /^(string|function)$/.test(typeof token));
    field = 'authScheme';
    need(/^(Bearer|raw)$/.test(authScheme));
    field = 'headers';
    addHeaders(new Headers(), headers);
    field = 'fetch';
    need(rest.fetch === undefined || typeof rest.fetch === 'function');
    field = 'userAgent';
    need(userAgent === undefined || typeof userAgent === 'string');
    field = 'hooks';
    need(Object.values(hooks).every((hook) => hook === undefined || typeof hook === 'function'));
  } catch (error) {
    if (isOpenGovError(error)) throw error;
    throw field === 'baseUrl'
      ? invalid(field, 'harus URL http(s) lengkap', 'must be a full http(s) URL', 'invalid_base_url')
      : invalid(field);
  }
  const timeoutMs = whole(rest.timeoutMs, 'timeoutMs', HTTP_DEFAULTS.timeoutMs, 1);
  const maxRetries = whole(rest.maxRetries, 'maxRetries', HTTP_DEFAULTS.maxRetries, 0, 10);
  const steps = Object(backoff) as NonNullable<HttpClientOptions['backoff']>;
  const initialMs = whole(steps.initialMs, 'backoff.initialMs', HTTP_DEFAULTS.backoffInitialMs);
  const maxMs = whole(steps.maxMs, 'backoff.maxMs', HTTP_DEFAULTS.backoffMaxMs);
  const maxRetryAfterMs = whole(rest.maxRetryAfterMs, 'maxRetryAfterMs', HTTP_DEFAULTS.maxRetryAfterMs);
  const baseUrl = base.href;

  async function send<S extends z.ZodType = z.ZodUnknown>(
    request: HttpRequest<S>,
  ): Promise<HttpResponse<z.output<S>>> {
    knownKeys(
      request,
      'method path query json body headers idempotencyKey schema responseType signal timeoutMs maxRetries',
    );
    const {
      path,
      query = {},
      json,
      body,
      idempotencyKey,
      schema,
      responseType = 'json',
      signal,
    } = Object(request) as HttpRequest<S>;
    const attemptMs = whole(request.timeoutMs, 'timeoutMs', timeoutMs, 1);
    const retries = whole(request.maxRetries, 'maxRetries', maxRetries, 0, 10);
    let field = 'method';
    let method: HttpMethod;
    let url: URL;
    let sent: Headers;
    try {
      method = (request.method ?? 'GET').toUpperCase() as HttpMethod;
      need(/^(GET|HEAD|POST|PUT|PATCH|DELETE)$/.test(method));
      field = 'body';
      const bodies = +(json !== undefined) + +(body !== undefined);
      need(bodies < 2 && !(bodies && /^(GET|HEAD)$/.test(method)));
      field = 'json';
      // Serialized here so a BigInt or a cycle fails as a ValidationError, not inside ky.
      need(json === undefined || JSON.stringify(json) !== undefined);
      field = 'responseType';
      need(/^(json|text|none)$/.test(responseType));
      field = 'idempotencyKey';
      need(idempotencyKey === undefined || (typeof idempotencyKey === 'string' && idempotencyKey));
      field = 'schema';
      need(!schema || typeof schema.safeParseAsync === 'function');
      field = 'signal';
      need(!signal || signal instanceof AbortSignal);
      field = 'path';
      need(typeof path === 'string');
      // A leading `/` does not climb to the host root: `/reports` on `https://host/api/v1/` is under v1.
      url = new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(path) ? path : path.replace(/^\/+/, ''), baseUrl);
      need(!url.username && !url.password);
      field = 'query';
      need(typeof query === 'object');
      for (const [key, value] of Object.entries(query)) {
        for (const item of [value].flat()) if (item != null) url.searchParams.append(key, String(item));
      }
      field = 'headers';
      sent = addHeaders(
        new Headers({ accept: responseType === 'json' ? 'application/json' : '*/*' }),
        userAgent === undefined ? {} : { 'user-agent': userAgent },
        headers,
        request.headers,
      );
      if (idempotencyKey) sent.set('idempotency-key', idempotencyKey);
      field = 'token';
      // A token must not follow an absolute URL to another host (a `next` link, a CDN).
      const value = url.origin === base.origin && (typeof token === 'function' ? await token() : token);
      if (value) sent.set('authorization', authScheme === 'raw' ? value : `Bearer ${value}`);
    } catch (error) {
      throw isOpenGovError(error) ? error : invalid(field, undefined, undefined, 'invalid_request');
    }

    const secrets = requestSecrets(sent, url, json, body);
    const show = (text: string): string => scrub(redactText(text), secrets);
    const where = `${method} ${show(url.origin + url.pathname)}`;
    const shownUrl = show(
      url.origin +
        url.pathname +
        [...url.searchParams]
          .map(([key, value], i) => `${i ? '&' : '?'}${key}=${redact({ [key]: value })[key]}`)
          .join(''),
    );
    const shownHeaders = Object.freeze(redact(sent) as unknown as Record<string, string>);
    // Every error of one request names it the same way, in both languages.
    const make = <I extends object, E>(
      Type: new (message: string, init: I & { messages: LocalizedMessage }) => E,
      id: string,
      en: string,
      init: I,
    ): E =>
      new Type(`${en}: ${where}`, { ...init, messages: { id: `${id}: ${where}`, en: `${en}: ${where}` } });
    // A stand-in for an underlying error: its name and redacted message, nothing it references.
    const safe = (error: unknown): Error =>
      Object.assign(new Error(show(String((error as Error)?.message ?? error))), {
        name: (error as Error)?.name ?? 'Error',
      });
    // Observability must never break a request: a throwing hook is ignored.
    const call = (name: keyof HttpHooks, retryCount: number, extra?: object): void => {
      try {
        hooks[name]?.({
          method,
          url: shownUrl,
          attempt: retryCount + 1,
          headers: shownHeaders,
          ...extra,
        } as never);
      } catch {}
    };
    let started = 0;
    let delayMs = 0;
    let retryAfterMs: number | undefined;
    let response: Response;
    let text: string;
    const local = new AbortController();
    const aborts = signal ? AbortSignal.any([signal, local.signal]) : local.signal;

    try {
      signal?.throwIfAborted();
      response = await ky(url, {
        method,
        headers: sent,
        json,
        body: body ?? null,
        signal: aborts,
        // Resolved per call (sdk-style P6): a fetch captured now would bypass msw installed later.
        fetch: (input, init) => (rest.fetch ?? globalThis.fetch)(input, init),
        timeout: attemptMs,
        // 304 (a conditional request) is an answer, not an error.
        throwHttpErrors: (status) => status > 399,
        retry: {
          limit: retries,
          // A POST or PATCH is sent twice only when the server can deduplicate it by its key.
          methods: idempotencyKey || !/^P(OST|ATCH)$/.test(method) ? [method] : [],
          statusCodes: [408, 429, 500, 502, 503, 504],
          // Retry-After is read in afterResponse, so a malformed one falls back to backoff (ky's own
          // parse would wait the whole cap) and the wait is known to the beforeRetry hook.
          afterStatusCodes: [],
          delay: (retry) =>
            (delayMs =
              retryAfterMs === undefined
                ? backoffDelay(retry, initialMs, maxMs, Math.random)
                : Math.min(retryAfterMs, maxRetryAfterMs)),
          retryOnTimeout: true,
        },
        hooks: {
          beforeRequest: [
            (_request, _options, { retryCount }) => {
              started = performance.now();
              retryAfterMs = undefined;
              call('beforeRequest', retryCount);
            },
          ],
          afterResponse: [
            (_request, _options, { status, headers: answer }, { retryCount }) => {
              if (status === 429 || status === 503) {
                retryAfterMs = parseRetryAfter(answer.get('retry-after'), Date.now());
              }
              call('afterResponse', retryCount, {
                status,
                durationMs: performance.now() - started,
                requestId: requestId(answer),
              });
            },
          ],
          beforeRetry: [
            ({ error, retryCount }) =>
              call('beforeRetry', retryCount, {
                delayMs,
                reason: isHTTPError(error)
                  ? `HTTP ${error.response.status}`
                  : isTimeoutError(error)
                    ? 'timeout'
                    : 'network_error',
              }),
          ],
        },
      });
      // ky's timeout ends with the headers; the rest of the attempt bounds the body. Both it and the
      // caller's signal are raced, since not every fetch stops a body it has already returned.
      const timer = setTimeout(
        () => local.abort(Object.assign(new Error(), { name: 'TimeoutError' })),
        attemptMs - (performance.now() - started),
      );
      text = await new Promise<string>((resolve, reject) => {
        aborts.onabort = () => reject(aborts.reason);
        response.text().then(resolve, reject);
      }).finally(() => clearTimeout(timer));
    } catch (error) {
      if (signal?.aborted) {
        throw make(RequestAbortedError, 'Permintaan dibatalkan', 'Request aborted', {
          cause: safe(signal.reason),
        });
      }
      if (isHTTPError(error)) {
        const { status, headers: answer } = error.response;
        // Pattern redaction cannot recognise a bare token or an oddly encoded echo; exact values can.
        const errorText = scrub(await error.response.text().catch(() => ''), secrets);
        let errorBody: unknown =
          errorText.length > 2048 ? `${errorText.slice(0, 2048)}…` : errorText || undefined;
        try {
          errorBody = JSON.parse(errorText);
        } catch {}
        const [id, en] = STATUS_TEXT[status] ?? ['Server menjawab dengan galat', 'The server answered with'];
        const Type: typeof HttpError =
          status === 429
            ? RateLimitError
            : status === 404
              ? NotFoundError
              : status === 401 || status === 403
                ? AuthError
                : HttpError;
        throw make(Type, `${id} (HTTP ${status})`, `${en} (HTTP ${status})`, {
          status,
          method,
          url: shownUrl,
          requestId: requestId(answer),
          body: errorBody,
          retryAfterMs,
        });
      }
      if (isTimeoutError(error)) {
        throw make(
          TimeoutError,
          `Tidak ada jawaban dalam ${attemptMs} ms`,
          `No answer within ${attemptMs} ms`,
          {
            timeoutMs: attemptMs,
          },
        );
      }
      throw make(NetworkError, 'Tidak dapat menghubungi server', 'Could not reach the server', {
        cause: safe(error),
      });
    }

    const { status, headers: answer } = response;
    const shape = (id: string, en: string, issues = [] as ValidationIssue[]): ResponseShapeError =>
      make(ResponseShapeError, id, en, { issues, status, url: shownUrl, requestId: requestId(answer) });
    let data: unknown = responseType === 'text' ? text : undefined;
    if (responseType === 'json' && method !== 'HEAD' && ![204, 205, 304].includes(status)) {
      try {
        data = JSON.parse(text);
      } catch {
        // No cause: the SyntaxError quotes the body, which may hold personal data.
        const html = /^\s*</.test(text) ? ' (HTML)' : '';
        throw shape(`Jawaban server bukan JSON${html}`, `The server's answer is not JSON${html}`);
      }
    }
    if (schema) {
      // A transform or refinement that throws is a shape problem too.
      const result = await schema.safeParseAsync(data).catch(() => undefined);
      if (!result?.success) {
        const issues = result?.error.issues.map(describeIssue) ?? [];
        const first = issues[0]?.message ?? { id: '', en: '' };
        throw shape(
          `Jawaban tidak sesuai skema (${first.id})`,
          `The answer does not match the schema (${first.en})`,
          issues,
        );
      }
      data = result.data;
    }
    return { status, headers: answer, data: data as z.output<S>, requestId: requestId(answer) };
  }

  return {
    send,
    async request<S extends z.ZodType = z.ZodUnknown>(request: HttpRequest<S>): Promise<z.output<S>> {
      return (await send(request)).data;
    },
    options: Object.freeze({
      ...rest,
      baseUrl,
      authScheme,
      headers: { ...headers },
      timeoutMs,
      maxRetries,
      backoff: { initialMs, maxMs },
      maxRetryAfterMs,
      hooks,
      ...(userAgent === undefined ? {} : { userAgent }),
    }),
  };
}

/**
 * Core's HTTP client as given, or one made from options: what the domain packages' client
 * factories take, so an app can share one configured client or just pass a base URL.
 *
 * @example
 * ```ts
 * const http = toHttpClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1' });
 * toHttpClient(http) === http; // true
 * ```
 */
export function toHttpClient(input: HttpClient | HttpClientOptions): HttpClient {
  return typeof (input as HttpClient).request === 'function'
    ? (input as HttpClient)
    : createHttpClient(input as HttpClientOptions);
}
