/** The verdict on one request. */
export type RateDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/** A fixed-window counter per key (a token id, or a client address for public callers). */
export interface RateLimiter {
  take(key: string): RateDecision;
}

const WINDOW_MS = 60_000;

/**
 * Allows `requestsPerMinute` requests per key in each one-minute window starting at the key's
 * first request; the next one is refused until the window ends, with the seconds left.
 * Windows that ended are dropped as the map is swept, so idle keys cost nothing.
 */
export function createRateLimiter(requestsPerMinute: number, now: () => number = Date.now): RateLimiter {
  if (!Number.isInteger(requestsPerMinute) || requestsPerMinute < 1)
    throw new RangeError('requestsPerMinute must be a whole number of at least 1.');
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = now();
  return {
    take(key) {
      const t = now();
      if (t - lastSweep > WINDOW_MS) {
        for (const [k, w] of windows) if (t - w.start >= WINDOW_MS) windows.delete(k);
        lastSweep = t;
      }
      let window = windows.get(key);
      if (!window || t - window.start >= WINDOW_MS) {
        window = { start: t, count: 0 };
        windows.set(key, window);
      }
      if (window.count >= requestsPerMinute)
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((window.start + WINDOW_MS - t) / 1000)),
        };
      window.count += 1;
      return { allowed: true };
    },
  };
}
