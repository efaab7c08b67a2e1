import { redact, redactText } from '../privacy/redact.js';

/**
 * Error codes raised by the SDK. Open to new codes from domain packages
 * (`(string & {})` keeps autocomplete for the known ones).
 */
export type OpenGovErrorCode =
  | 'validation_error'
  | 'http_error'
  | 'not_found'
  | 'auth_error'
  | 'rate_limited'
  | 'network_error'
  | 'timeout'
  | 'response_shape'
  | 'calendar_year_not_decreed'
  | 'invalid_region_code'
  | 'invalid_nik'
  | 'invalid_no_kk'
  | 'invalid_phone'
  | (string & {});

/** A message in Indonesian and English. */
export interface LocalizedMessage {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/** Options accepted by every {@link OpenGovError} constructor. */
export interface OpenGovErrorOptions {
  /** Machine-readable error code. */
  code?: OpenGovErrorCode;
  /** The underlying error. It is kept for debugging but never serialized unredacted. */
  cause?: unknown;
  /** The message in both languages; `message` defaults to its English text. */
  messages?: LocalizedMessage;
}

/** The JSON form of an {@link OpenGovError}, safe to log or return to a client. */
export interface OpenGovErrorJSON {
  name: string;
  code: string;
  message: string;
  messages?: LocalizedMessage;
  cause?: { name: string; message: string };
  [key: string]: unknown;
}

const BRAND = '__isOpenGovError';

/**
 * The base of every error the SDK throws. Its message is redacted of NIK, No. KK, phone
 * numbers, e-mail addresses and credentials on construction, and `toJSON()` is safe to log.
 *
 * @example
 * ```ts
 * try {
 *   decodeNik('123');
 * } catch (error) {
 *   if (isOpenGovError(error)) console.log(error.code, error.toJSON());
 * }
 * ```
 */
export class OpenGovError extends Error {
  override readonly name: string = 'OpenGovError';
  /** Machine-readable code, stable across releases. */
  readonly code: OpenGovErrorCode;
  /** The message in Indonesian and English, when the SDK has both. */
  readonly messages: LocalizedMessage | undefined;
  /** Brand for {@link isOpenGovError}: `instanceof` fails across duplicate installs. */
  readonly [BRAND] = true;

  constructor(message: string, options: OpenGovErrorOptions = {}) {
    super(redactText(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code ?? 'opengov_error';
    this.messages = options.messages
      ? { id: redactText(options.messages.id), en: redactText(options.messages.en) }
      : undefined;
  }

  /** Extra, already-safe fields for `toJSON()`; subclasses override. */
  protected details(): Record<string, unknown> {
    return {};
  }

  /** A plain, redacted object for logs and API responses. */
  toJSON(): OpenGovErrorJSON {
    const json: OpenGovErrorJSON = { name: this.name, code: this.code, message: this.message };
    if (this.messages) json.messages = this.messages;
    Object.assign(json, redact(this.details()));
    if (this.cause !== undefined) {
      json.cause =
        this.cause instanceof Error
          ? { name: this.cause.name, message: redactText(this.cause.message) }
          : { name: typeof this.cause, message: redactText(String(this.cause)) };
    }
    return json;
  }
}

/**
 * True when `error` is an {@link OpenGovError}, even one from another copy of the package.
 *
 * @example
 * ```ts
 * declare const error: unknown; // caught from an SDK call
 * if (isOpenGovError(error) && error.code === 'rate_limited') await new Promise((done) => setTimeout(done, 1000));
 * ```
 */
export function isOpenGovError(error: unknown): error is OpenGovError {
  return typeof error === 'object' && error !== null && (error as Record<string, unknown>)[BRAND] === true;
}

/** Fields shared by the HTTP errors. */
export interface HttpErrorInit extends OpenGovErrorOptions {
  /** HTTP status code. */
  status: number;
  /** The request method. */
  method?: string;
  /** The request URL, without query secrets. */
  url?: string;
  /** The server's request id (`x-request-id` and the like), for support tickets. */
  requestId?: string | undefined;
  /** The response body, parsed when JSON. It is redacted before it is stored. */
  body?: unknown;
}

/**
 * The server answered with an error status. The body is redacted before it is stored.
 *
 * @example
 * ```ts
 * declare const error: unknown; // caught from an SDK call
 * if (error instanceof HttpError && error.status === 409) console.log(error.body);
 * ```
 */
export class HttpError extends OpenGovError {
  override readonly name: string = 'HttpError';
  /** HTTP status code. */
  readonly status: number;
  /** Request method. */
  readonly method: string | undefined;
  /** Request URL, redacted. */
  readonly url: string | undefined;
  /** The server's request id, when it sent one. */
  readonly requestId: string | undefined;
  /** The response body, redacted. */
  readonly body: unknown;

  constructor(message: string, init: HttpErrorInit) {
    super(message, { code: 'http_error', ...init });
    this.status = init.status;
    this.method = init.method;
    this.url = init.url === undefined ? undefined : redactText(init.url);
    this.requestId = init.requestId;
    this.body = redact(init.body);
  }

  protected override details(): Record<string, unknown> {
    return {
      status: this.status,
      method: this.method,
      url: this.url,
      requestId: this.requestId,
      body: this.body,
    };
  }
}

/**
 * The resource does not exist (HTTP 404, or a lookup that found nothing).
 *
 * @example
 * ```ts
 * const http = createHttpClient({ baseUrl: 'https://data.ntbprov.go.id/api/' });
 * const region = await http
 *   .request({ path: 'regions/99' })
 *   .catch((e: unknown) => (e instanceof NotFoundError ? null : Promise.reject(e)));
 * ```
 */
export class NotFoundError extends HttpError {
  override readonly name: string = 'NotFoundError';
  constructor(message: string, init: HttpErrorInit) {
    super(message, { code: 'not_found', ...init });
  }
}

/**
 * The credentials were missing, wrong or not allowed (HTTP 401 or 403).
 *
 * @example
 * ```ts
 * declare const error: unknown; // caught from an SDK call
 * if (error instanceof AuthError) console.warn(error.message); // ask the user to sign in again
 * ```
 */
export class AuthError extends HttpError {
  override readonly name: string = 'AuthError';
  constructor(message: string, init: HttpErrorInit) {
    super(message, { code: 'auth_error', ...init });
  }
}

/**
 * The server asked us to slow down (HTTP 429). `retryAfterMs` comes from `Retry-After`.
 *
 * @example
 * ```ts
 * declare const error: unknown; // caught from an SDK call
 * if (error instanceof RateLimitError) await new Promise((done) => setTimeout(done, error.retryAfterMs ?? 1000));
 * ```
 */
export class RateLimitError extends HttpError {
  override readonly name: string = 'RateLimitError';
  /** How long the server asked us to wait, when it said. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, init: HttpErrorInit & { retryAfterMs?: number | undefined }) {
    super(message, { code: 'rate_limited', ...init });
    this.retryAfterMs = init.retryAfterMs;
  }
  protected override details(): Record<string, unknown> {
    return { ...super.details(), retryAfterMs: this.retryAfterMs };
  }
}

/**
 * The request never got an HTTP answer: DNS failure, refused or dropped connection, offline.
 *
 * @example
 * ```ts
 * declare const error: unknown; // caught from an SDK call
 * if (error instanceof NetworkError) console.info('offline: the outbox keeps the report and retries');
 * ```
 */
export class NetworkError extends OpenGovError {
  override readonly name: string = 'NetworkError';
  constructor(message: string, options: OpenGovErrorOptions = {}) {
    super(message, { code: 'network_error', ...options });
  }
}

/**
 * An attempt took longer than its `timeoutMs`.
 *
 * @example
 * ```ts
 * createHttpClient({ baseUrl: 'https://data.ntbprov.go.id/api/3/action/', timeoutMs: 5_000 }); // each attempt may take 5 s at most
 * ```
 */
export class TimeoutError extends OpenGovError {
  override readonly name: string = 'TimeoutError';
  /** The per-attempt timeout that ran out. */
  readonly timeoutMs: number | undefined;
  constructor(message: string, options: OpenGovErrorOptions & { timeoutMs?: number } = {}) {
    super(message, { code: 'timeout', ...options });
    this.timeoutMs = options.timeoutMs;
  }
  protected override details(): Record<string, unknown> {
    return { timeoutMs: this.timeoutMs };
  }
}
