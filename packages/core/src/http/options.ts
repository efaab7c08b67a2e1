import { ValidationError } from '../errors/validation.js';
import { normalizeBaseUrl } from './url.js';
import { VERSION } from './version.js';
import type { HttpClientOptions, HttpHooks, HttpMethod, HttpRequest } from './types.js';

/**
 * The defaults of {@link createHttpClient}, in one place so domain clients can document and reuse them.
 *
 * @example
 * ```ts
 * createHttpClient({ baseUrl, timeoutMs: HTTP_DEFAULTS.timeoutMs * 3 }); // a slow regional server
 * ```
 */
export const HTTP_DEFAULTS = {
  /** Per-attempt timeout. */
  timeoutMs: 10_000,
  /** Retries after the first attempt. */
  maxRetries: 2,
  /** First backoff step. */
  backoffInitialMs: 300,
  /** Backoff cap. */
  backoffMaxMs: 5_000,
  /** The longest `Retry-After` waited out. */
  maxRetryAfterMs: 60_000,
  /** `User-Agent` sent outside browsers. */
  userAgent: `@opengov-id/core/${VERSION}`,
} as const;

// stripe-node style: a typo such as `timeout` for `timeoutMs` must fail loudly, not be ignored.
const ALLOWED_CLIENT_OPTIONS: ReadonlySet<string> = new Set([
  'baseUrl',
  'token',
  'authScheme',
  'headers',
  'timeoutMs',
  'maxRetries',
  'backoff',
  'maxRetryAfterMs',
  'fetch',
  'userAgent',
  'hooks',
]);

const ALLOWED_REQUEST_OPTIONS: ReadonlySet<string> = new Set([
  'method',
  'path',
  'query',
  'json',
  'body',
  'headers',
  'idempotencyKey',
  'schema',
  'responseType',
  'signal',
  'timeoutMs',
  'maxRetries',
]);

const METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
const HOOK_NAMES: ReadonlySet<string> = new Set(['beforeRequest', 'beforeRetry', 'afterResponse']);
// setTimeout overflows above 2^31 - 1 ms and fires at once.
const MAX_TIMER_MS = 2_147_483_647;
const MAX_RETRIES = 10;

/** The client options after validation, with every default filled in. */
export interface ResolvedHttpOptions {
  baseUrl: string;
  authScheme: 'Bearer' | 'raw';
  headers: Record<string, string>;
  timeoutMs: number;
  maxRetries: number;
  backoff: { initialMs: number; maxMs: number };
  maxRetryAfterMs: number;
  userAgent: string | undefined;
  hooks: HttpHooks;
  fetch?: typeof globalThis.fetch;
}

function invalid(field: string, id: string, en: string, code = 'invalid_option'): ValidationError {
  return ValidationError.single(field, { id, en }, code);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

// Duck-typed: `instanceof` fails for signals from another realm or a polyfill.
function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AbortSignal).aborted === 'boolean' &&
    typeof (value as AbortSignal).addEventListener === 'function'
  );
}

function rejectUnknownKeys(
  value: Record<string, unknown>,
  allowed: ReadonlySet<string>,
  prefix: string,
): void {
  for (const key of Object.keys(value)) {
    if (!allowed.has(key)) {
      const list = [...allowed].join(', ');
      throw invalid(
        `${prefix}${key}`,
        `Opsi \`${prefix}${key}\` tidak dikenal. Opsi yang tersedia: ${list}.`,
        `Unknown option \`${prefix}${key}\`. Allowed options: ${list}.`,
        'unknown_option',
      );
    }
  }
}

function checkMs(value: unknown, field: string, { allowZero }: { allowZero: boolean }): number | undefined {
  if (value === undefined) return undefined;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (allowZero ? value >= 0 : value > 0) &&
    value <= MAX_TIMER_MS;
  if (!ok) {
    const bound = allowZero ? 'nol atau lebih' : 'lebih dari nol';
    const boundEn = allowZero ? 'zero or more' : 'greater than zero';
    throw invalid(
      field,
      `Opsi \`${field}\` harus berupa jumlah milidetik ${bound} (paling banyak ${MAX_TIMER_MS}).`,
      `Option \`${field}\` must be a number of milliseconds ${boundEn} (at most ${MAX_TIMER_MS}).`,
    );
  }
  return value;
}

function checkRetries(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_RETRIES) {
    throw invalid(
      field,
      `Opsi \`${field}\` harus bilangan bulat 0 sampai ${MAX_RETRIES}.`,
      `Option \`${field}\` must be an integer from 0 to ${MAX_RETRIES}.`,
    );
  }
  return value;
}

function checkHeaders(value: unknown, field: string): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  if (!isPlainObject(value) || Object.values(value).some((v) => typeof v !== 'string')) {
    throw invalid(
      field,
      `Opsi \`${field}\` harus objek berisi teks, mis. { 'X-Api-Version': '2' }.`,
      `Option \`${field}\` must be an object of strings, e.g. { 'X-Api-Version': '2' }.`,
    );
  }
  return value as Record<string, string>;
}

function checkHooks(value: unknown): HttpHooks {
  if (value === undefined) return {};
  if (!isPlainObject(value)) {
    throw invalid('hooks', 'Opsi `hooks` harus berupa objek.', 'Option `hooks` must be an object.');
  }
  rejectUnknownKeys(value, HOOK_NAMES, 'hooks.');
  for (const [name, hook] of Object.entries(value)) {
    if (hook !== undefined && typeof hook !== 'function') {
      throw invalid(
        `hooks.${name}`,
        `Opsi \`hooks.${name}\` harus berupa fungsi.`,
        `Option \`hooks.${name}\` must be a function.`,
      );
    }
  }
  return value as HttpHooks;
}

function checkBaseUrl(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid(
      'baseUrl',
      'Opsi `baseUrl` wajib diisi dengan URL http(s), mis. https://data.ntbprov.go.id/api/3/.',
      'Option `baseUrl` is required: an http(s) URL such as https://data.ntbprov.go.id/api/3/.',
      'invalid_base_url',
    );
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw invalid(
      'baseUrl',
      'Opsi `baseUrl` bukan URL yang valid; tulis lengkap dengan https://.',
      'Option `baseUrl` is not a valid URL; write it in full, with https://.',
      'invalid_base_url',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid(
      'baseUrl',
      'Opsi `baseUrl` harus memakai http: atau https:.',
      'Option `baseUrl` must use http: or https:.',
      'invalid_base_url',
    );
  }
  // fetch refuses URLs with credentials; a token belongs in `token`.
  if (url.username !== '' || url.password !== '') {
    throw invalid(
      'baseUrl',
      'Opsi `baseUrl` tidak boleh berisi nama pengguna atau kata sandi; pakai opsi `token`.',
      'Option `baseUrl` must not contain a user name or password; use the `token` option.',
      'invalid_base_url',
    );
  }
  return normalizeBaseUrl(url.href);
}

/** Validates client options (unknown keys included) and fills in the defaults. */
export function resolveClientOptions(options: HttpClientOptions): ResolvedHttpOptions {
  if (!isPlainObject(options)) {
    throw invalid(
      '(root)',
      'Opsi klien HTTP harus berupa objek.',
      'HTTP client options must be an object.',
      'invalid_option',
    );
  }
  rejectUnknownKeys(options, ALLOWED_CLIENT_OPTIONS, '');
  const baseUrl = checkBaseUrl(options.baseUrl);

  const { token, authScheme, fetch, userAgent, backoff } = options;
  if (token !== undefined && typeof token !== 'string' && typeof token !== 'function') {
    throw invalid(
      'token',
      'Opsi `token` harus berupa teks atau fungsi yang mengembalikan teks.',
      'Option `token` must be a string or a function returning one.',
    );
  }
  if (authScheme !== undefined && authScheme !== 'Bearer' && authScheme !== 'raw') {
    throw invalid(
      'authScheme',
      "Opsi `authScheme` harus 'Bearer' atau 'raw'.",
      "Option `authScheme` must be 'Bearer' or 'raw'.",
    );
  }
  if (fetch !== undefined && typeof fetch !== 'function') {
    throw invalid('fetch', 'Opsi `fetch` harus berupa fungsi.', 'Option `fetch` must be a function.');
  }
  if (userAgent !== undefined && typeof userAgent !== 'string') {
    throw invalid('userAgent', 'Opsi `userAgent` harus berupa teks.', 'Option `userAgent` must be a string.');
  }
  if (backoff !== undefined && !isPlainObject(backoff)) {
    throw invalid('backoff', 'Opsi `backoff` harus berupa objek.', 'Option `backoff` must be an object.');
  }
  if (backoff) rejectUnknownKeys(backoff, new Set(['initialMs', 'maxMs']), 'backoff.');

  const resolved: ResolvedHttpOptions = {
    baseUrl,
    authScheme: authScheme ?? 'Bearer',
    headers: { ...checkHeaders(options.headers, 'headers') },
    timeoutMs: checkMs(options.timeoutMs, 'timeoutMs', { allowZero: false }) ?? HTTP_DEFAULTS.timeoutMs,
    maxRetries: checkRetries(options.maxRetries, 'maxRetries') ?? HTTP_DEFAULTS.maxRetries,
    backoff: {
      initialMs:
        checkMs(backoff?.initialMs, 'backoff.initialMs', { allowZero: true }) ??
        HTTP_DEFAULTS.backoffInitialMs,
      maxMs: checkMs(backoff?.maxMs, 'backoff.maxMs', { allowZero: true }) ?? HTTP_DEFAULTS.backoffMaxMs,
    },
    maxRetryAfterMs:
      checkMs(options.maxRetryAfterMs, 'maxRetryAfterMs', { allowZero: true }) ??
      HTTP_DEFAULTS.maxRetryAfterMs,
    userAgent: userAgent ?? undefined,
    hooks: checkHooks(options.hooks),
  };
  if (fetch !== undefined) resolved.fetch = fetch;
  return resolved;
}

/** A request after validation, with the method upper-cased. */
export interface CheckedRequest {
  method: HttpMethod;
  responseType: 'json' | 'text' | 'none';
  timeoutMs: number | undefined;
  maxRetries: number | undefined;
  headers: Record<string, string> | undefined;
  /** The `json` option, serialized once here so an unserializable value fails as a ValidationError. */
  jsonText: string | undefined;
}

function serializeJson(json: unknown): string | undefined {
  if (json === undefined) return undefined;
  let text: string | undefined;
  try {
    text = JSON.stringify(json);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    throw invalid(
      'json',
      'Opsi `json` tidak dapat diubah ke JSON (mis. berisi BigInt, fungsi, atau rujukan melingkar).',
      'Option `json` cannot be serialized to JSON (e.g. it holds a BigInt, a function or a cycle).',
      'invalid_request',
    );
  }
  return text;
}

/** Validates one request's options; unknown keys and contradictory bodies are rejected. */
export function checkRequest(request: HttpRequest): CheckedRequest {
  if (!isPlainObject(request)) {
    throw invalid('(root)', 'Permintaan harus berupa objek.', 'A request must be an object.');
  }
  rejectUnknownKeys(request, ALLOWED_REQUEST_OPTIONS, '');
  if (typeof request.path !== 'string') {
    throw invalid(
      'path',
      'Permintaan wajib punya `path` berupa teks.',
      'A request needs a `path` string.',
      'invalid_request',
    );
  }
  const method = (request.method ?? 'GET').toUpperCase();
  if (!METHODS.has(method)) {
    throw invalid(
      'method',
      `Metode harus salah satu dari ${[...METHODS].join(', ')}.`,
      `Method must be one of ${[...METHODS].join(', ')}.`,
      'invalid_request',
    );
  }
  const hasBody = request.json !== undefined || request.body !== undefined;
  if (request.json !== undefined && request.body !== undefined) {
    throw invalid(
      'body',
      'Isi `json` atau `body`, jangan keduanya.',
      'Give either `json` or `body`, not both.',
      'invalid_request',
    );
  }
  if (hasBody && (method === 'GET' || method === 'HEAD')) {
    throw invalid(
      'body',
      `Permintaan ${method} tidak boleh punya isi (body).`,
      `A ${method} request cannot have a body.`,
      'invalid_request',
    );
  }
  const { responseType = 'json', idempotencyKey, schema, signal, query } = request;
  if (responseType !== 'json' && responseType !== 'text' && responseType !== 'none') {
    throw invalid(
      'responseType',
      "Opsi `responseType` harus 'json', 'text' atau 'none'.",
      "Option `responseType` must be 'json', 'text' or 'none'.",
      'invalid_request',
    );
  }
  if (idempotencyKey !== undefined && (typeof idempotencyKey !== 'string' || idempotencyKey === '')) {
    throw invalid(
      'idempotencyKey',
      'Opsi `idempotencyKey` harus teks yang tidak kosong.',
      'Option `idempotencyKey` must be a non-empty string.',
      'invalid_request',
    );
  }
  if (schema !== undefined && typeof (schema as { safeParseAsync?: unknown }).safeParseAsync !== 'function') {
    throw invalid(
      'schema',
      'Opsi `schema` harus skema zod.',
      'Option `schema` must be a zod schema.',
      'invalid_request',
    );
  }
  if (signal !== undefined && !isAbortSignal(signal)) {
    throw invalid(
      'signal',
      'Opsi `signal` harus AbortSignal.',
      'Option `signal` must be an AbortSignal.',
      'invalid_request',
    );
  }
  if (query !== undefined && !isPlainObject(query)) {
    throw invalid(
      'query',
      'Opsi `query` harus berupa objek.',
      'Option `query` must be an object.',
      'invalid_request',
    );
  }
  return {
    method: method as HttpMethod,
    responseType,
    timeoutMs: checkMs(request.timeoutMs, 'timeoutMs', { allowZero: false }),
    maxRetries: checkRetries(request.maxRetries, 'maxRetries'),
    headers: checkHeaders(request.headers, 'headers'),
    jsonText: serializeJson(request.json),
  };
}
