import { ValidationError } from '../errors/validation.js';

/**
 * How {@link percentile} picks a value between observations (used by the accountability
 * figures of `@opengov-id/care` and `@opengov-id/forum`):
 * - `linear`: Hyndman & Fan (1996) definition 7, the default of R's `quantile()`, NumPy's
 *   `percentile` and Excel's `PERCENTILE.INC`: with the n values sorted, h = (n − 1)·p + 1 and
 *   the result is x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋). The median of an even count is the mean of
 *   the middle two.
 * - `nearest_rank`: Hyndman & Fan definition 1 (inverse of the empirical CDF): the ⌈n·p⌉-th
 *   smallest value (the smallest for p = 0); always an observed value.
 *
 * Reference: R. J. Hyndman and Y. Fan, "Sample Quantiles in Statistical Packages", The
 * American Statistician 50(4):361–365, 1996, https://doi.org/10.2307/2684934.
 *
 * @example
 * ```ts
 * const method: PercentileMethod = 'nearest_rank';
 * ```
 */
export type PercentileMethod = 'linear' | 'nearest_rank';

/**
 * The p-th quantile (0 ≤ p ≤ 1) of a list of numbers, or `null` for an empty list; see
 * {@link PercentileMethod} for the definitions.
 *
 * @throws `ValidationError` (code `invalid_percentile` or `invalid_values`) when `p` is outside [0, 1] or a value is not a finite number.
 * @example
 * ```ts
 * percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5); // => 5.5
 * percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9); // => 9.1
 * percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9, 'nearest_rank'); // => 9
 * ```
 */
export function percentile(
  values: readonly number[],
  p: number,
  method: PercentileMethod = 'linear',
): number | null {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1))
    throw ValidationError.single(
      'p',
      { id: 'Kolom `p` harus antara 0 dan 1.', en: 'Field `p` must be between 0 and 1.' },
      'invalid_percentile',
    );
  if (values.some((v) => typeof v !== 'number' || !Number.isFinite(v)))
    throw ValidationError.single(
      'values',
      { id: 'Kolom `values` harus berisi angka berhingga.', en: 'Field `values` must hold finite numbers.' },
      'invalid_values',
    );
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return quantileOfSorted(sorted, p, method);
}

/**
 * The p-th quantile of a list that is already sorted ascending and not empty, without checks:
 * for loops that sort once and ask for several quantiles.
 *
 * @example
 * ```ts
 * quantileOfSorted([1, 2, 3, 4], 0.5, 'linear'); // => 2.5
 * ```
 */
export function quantileOfSorted(sorted: readonly number[], p: number, method: PercentileMethod): number {
  const n = sorted.length;
  if (method === 'nearest_rank') return sorted[Math.max(1, Math.ceil(n * p)) - 1] as number;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, n - 1)] as number;
  return below + (h - lo) * (above - below);
}
