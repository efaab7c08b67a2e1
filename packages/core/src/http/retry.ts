import type { HttpMethod } from './types.js';

/** Statuses worth another attempt: the server was busy, overloaded or timed out, not wrong. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** Statuses whose `Retry-After` is honoured. */
export const RETRY_AFTER_STATUSES: ReadonlySet<number> = new Set([429, 503]);

const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

/**
 * Whether a request may be sent twice: idempotent methods always, POST and PATCH only with an
 * idempotency key (the server then returns the first result instead of creating a second record).
 */
export function isRetryEligible(method: HttpMethod, idempotencyKey: string | undefined): boolean {
  return IDEMPOTENT.has(method) || (idempotencyKey !== undefined && idempotencyKey !== '');
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so retries from
 * many clients spread out while never dropping to zero. `retry` is 1 for the first retry.
 */
export function backoffDelay(retry: number, initialMs: number, maxMs: number, random: () => number): number {
  const step = Math.min(maxMs, initialMs * 2 ** (retry - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * Parses `Retry-After`: delay seconds (`"120"`) or an HTTP-date. Returns milliseconds from `now`
 * (never negative), or `undefined` when the header is missing or malformed.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only full HTTP-dates; `Date.parse` alone would accept things like "1" as a year.
  if (!/[a-z]{3},? /i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
