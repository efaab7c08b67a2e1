import { ValidationError } from '../errors/validation.js';
import { VERSION } from './version.js';

/**
 * The defaults of {@link createHttpClient}, in one place so domain clients can document and reuse them.
 *
 * @example
 * ```ts
 * createHttpClient({ baseUrl: 'https://data.ntbprov.go.id/api/3/action/', timeoutMs: HTTP_DEFAULTS.timeoutMs * 3 }); // a slow regional server
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
  /** The longest `Retry-After` waited out; a longer one is shortened to this. */
  maxRetryAfterMs: 60_000,
  /** `User-Agent` sent outside browsers. */
  userAgent: `@opengov-id/core/${VERSION}`,
} as const;

/** A ValidationError on one option, in Indonesian and English, naming the option and never its value. */
export function invalid(
  field: string,
  id = 'tidak valid',
  en = 'is invalid',
  code = 'invalid_option',
): ValidationError {
  return ValidationError.single(
    field,
    { id: `Opsi \`${field}\` ${id}.`, en: `Option \`${field}\` ${en}.` },
    code,
  );
}

/** Throws when `ok` is falsy; the caller turns it into {@link invalid} for the option it is checking. */
export function need(ok: unknown): void {
  if (!ok) throw new TypeError();
}

/** Rejects keys outside `allowed`: a typo such as `timeout` for `timeoutMs` must fail loudly (stripe-node). */
export function knownKeys(value: unknown, allowed: string, prefix = ''): void {
  const list = allowed.split(' ');
  for (const key of Object.keys(Object(value))) {
    if (!list.includes(key)) {
      const names = list.join(', ');
      throw invalid(
        prefix + key,
        `tidak dikenal; yang tersedia: ${names}`,
        `is unknown; allowed: ${names}`,
        'unknown_option',
      );
    }
  }
}

/**
 * A whole number from `min` to `max` (milliseconds or a retry count), or `fallback` when undefined.
 * The default `max` is where `setTimeout` overflows and fires at once.
 */
export function whole(value: unknown, field: string, fallback: number, min = 0, max = 2_147_483_647): number {
  if (value === undefined) return fallback;
  if (Number.isInteger(value) && (value as number) >= min && (value as number) <= max) return value as number;
  throw invalid(
    field,
    `harus bilangan bulat ${min} sampai ${max}`,
    `must be a whole number from ${min} to ${max}`,
  );
}

/** Copies header records into `target`; values must be strings (a number is a mistake, not a header). */
export function addHeaders(target: Headers, ...records: unknown[]): Headers {
  for (const record of records) {
    need(Object.values(Object(record)).every((value) => typeof value === 'string'));
    for (const [name, value] of new Headers(record as HeadersInit)) target.set(name, value);
  }
  return target;
}
