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
  const text = value?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only full HTTP-dates; `Date.parse` alone would accept things like "1" as a year.
  const at = /[a-z]{3},? /i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
