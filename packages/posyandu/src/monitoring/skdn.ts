import { ValidationError } from '@opengov-id/core';
import type { WeighingAssessment, WeighingStatus } from './weighing.js';

/** One balita of the posyandu area in the month being reported. */
export interface SkdnChild {
  /** Has a KMS or Buku KIA (counted in K). */
  readonly hasKms: boolean;
  /** This month's weighing status, or `null` when not weighed this month. */
  readonly status: WeighingStatus | null;
  /** Weighed this month below the red line (BGM). */
  readonly belowRedLine?: boolean | undefined;
}

/** SKDN counts of one posyandu for one month. */
export interface SkdnCounts {
  /** S: all balita (0–59 months) in the area. */
  readonly S: number;
  /** K: balita with a KMS / Buku KIA. */
  readonly K: number;
  /** D: balita weighed this month (N + T + O + B). */
  readonly D: number;
  /** N: weighed this and last month, weight up by at least the KBM. */
  readonly N: number;
  /** T: weighed this and last month, not up enough. */
  readonly T: number;
  /** O: weighed this month, not last month. */
  readonly O: number;
  /** B: weighed for the first time. */
  readonly B: number;
  /** BGM: weighed, below the red line. */
  readonly BGM: number;
}

/** SKDN counts with the ratios (fractions 0–1; `null` when the denominator is 0). */
export interface SkdnReport {
  /** The counts, with D′ = N + T (weighed last month and this month). */
  readonly counts: SkdnCounts & { readonly DPrime: number };
  /** The ratios. */
  readonly ratios: {
    /** K/S: liputan program (programme coverage). */
    readonly KS: number | null;
    /** D/S: partisipasi masyarakat (community participation). */
    readonly DS: number | null;
    /** D/K: kelangsungan penimbangan (continuity of weighing). */
    readonly DK: number | null;
    /** N/D: keberhasilan program (programme success). */
    readonly ND: number | null;
    /** N/D′: the stricter success rate, among children weighed last month too. */
    readonly NDPrime: number | null;
    /** N/S: dampak program (impact). */
    readonly NS: number | null;
    /** BGM/D: below the red line among those weighed. */
    readonly BGMD: number | null;
  };
}

const KEYS = ['S', 'K', 'D', 'N', 'T', 'O', 'B', 'BGM'] as const;
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function broken(rule: string): never {
  throw ValidationError.single(
    'counts',
    { id: `Angka SKDN tidak konsisten: ${rule}.`, en: `SKDN counts are inconsistent: ${rule}.` },
    'skdn_invariant',
  );
}

/**
 * SKDN ratios from counts, after checking them (reference §3.3): whole numbers ≥ 0, K ≤ S,
 * N ≤ D ≤ S, D = N + T + O + B, BGM ≤ D. Use it on counts from a register or a monthly report.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} naming the rule the counts break.
 * @example
 * ```ts
 * skdnFromCounts({ S: 50, K: 45, D: 40, N: 28, T: 6, O: 4, B: 2, BGM: 1 }).ratios.DS; // => 0.8
 * ```
 */
export function skdnFromCounts(counts: SkdnCounts): SkdnReport {
  for (const key of KEYS) {
    const v = counts?.[key];
    if (!Number.isInteger(v) || (v as number) < 0) {
      throw ValidationError.single(
        `counts.${key}`,
        {
          id: `Kolom \`counts.${key}\` harus bilangan bulat ≥ 0.`,
          en: `Field \`counts.${key}\` must be a whole number ≥ 0.`,
        },
        'invalid_count',
      );
    }
  }
  const { S, K, D, N, T, O, B, BGM } = counts;
  if (K > S) broken('K > S');
  if (D > S) broken('D > S');
  if (N > D) broken('N > D');
  if (N + T + O + B !== D) broken('D ≠ N + T + O + B');
  if (BGM > D) broken('BGM > D');
  const DPrime = N + T;
  return {
    counts: { S, K, D, N, T, O, B, BGM, DPrime },
    ratios: {
      KS: ratio(K, S),
      DS: ratio(D, S),
      DK: ratio(D, K),
      ND: ratio(N, D),
      NDPrime: ratio(N, DPrime),
      NS: ratio(N, S),
      BGMD: ratio(BGM, D),
    },
  };
}

/**
 * SKDN for one posyandu and month from its balita, one entry each (all balita of the area: S).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for an entry that is malformed, or below
 * the red line without being weighed.
 * @example
 * ```ts
 * const report = computeSkdn([
 *   { hasKms: true, status: 'N' },
 *   { hasKms: true, status: 'T', belowRedLine: true },
 *   { hasKms: true, status: null },
 *   { hasKms: false, status: null },
 * ]);
 * report.counts; // { S: 4, K: 3, D: 2, N: 1, T: 1, O: 0, B: 0, BGM: 1, DPrime: 2 }
 * report.ratios.ND; // => 0.5
 * ```
 */
export function computeSkdn(children: readonly SkdnChild[]): SkdnReport {
  const c = { S: 0, K: 0, D: 0, N: 0, T: 0, O: 0, B: 0, BGM: 0 };
  if (!Array.isArray(children)) {
    throw ValidationError.single(
      'children',
      { id: 'Kolom `children` harus daftar.', en: 'Field `children` must be an array.' },
      'invalid_type',
    );
  }
  children.forEach((child, i) => {
    const status = child?.status;
    if (
      typeof child?.hasKms !== 'boolean' ||
      !(status === null || status === 'N' || status === 'T' || status === 'O' || status === 'B')
    ) {
      throw ValidationError.single(
        `children[${i}]`,
        {
          id: `Kolom \`children[${i}]\` harus berisi hasKms (boolean) dan status N, T, O, B atau null.`,
          en: `Field \`children[${i}]\` must have hasKms (boolean) and status N, T, O, B or null.`,
        },
        'invalid_skdn_child',
      );
    }
    c.S++;
    if (child.hasKms) c.K++;
    if (status !== null) {
      c.D++;
      c[status as WeighingStatus]++;
      if (child.belowRedLine === true) c.BGM++;
    } else if (child.belowRedLine === true) {
      throw ValidationError.single(
        `children[${i}].belowRedLine`,
        {
          id: `Kolom \`children[${i}].belowRedLine\` hanya untuk balita yang ditimbang bulan ini.`,
          en: `Field \`children[${i}].belowRedLine\` applies only to a child weighed this month.`,
        },
        'invalid_skdn_child',
      );
    }
  });
  return skdnFromCounts(c);
}

/**
 * The SKDN entry of one child for a month (`YYYY-MM`) from {@link assessWeighings}' result.
 *
 * @example
 * ```ts
 * const history = assessWeighings('2025-01-10', [{ date: '2025-03-12', weightKg: 5.6, weightForAgeZ: -1.2 }]);
 * skdnChildForMonth(history, '2025-03', { hasKms: true }); // { hasKms: true, status: 'B', belowRedLine: false }
 * ```
 */
export function skdnChildForMonth(
  assessments: readonly WeighingAssessment[],
  month: string,
  child: { readonly hasKms: boolean },
): SkdnChild {
  const w = assessments.find((a) => a.date.slice(0, 7) === month);
  return w
    ? { hasKms: child.hasKms, status: w.status, belowRedLine: w.belowRedLine === true }
    : { hasKms: child.hasKms, status: null };
}
