import { isLocalDate, ValidationError } from '@opengov-id/core';
import { completedMonths } from '../categories/age.js';
import { KBM_PERMENKES_155_2010, type KbmTable, minimumWeightGainGrams } from './kbm.js';

/**
 * The KMS status of a monthly weighing (Buku KIA 2023; Standar Pemantauan Pertumbuhan Balita 2006):
 * `N` naik (gained at least the KBM since last month), `T` tidak naik (gained less, or lost),
 * `O` weighed this month but not last month, `B` baru (first weighing ever).
 */
export type WeighingStatus = 'N' | 'T' | 'O' | 'B';

/** Why a weighing calls for referral to the Puskesmas. */
export type ReferralReason =
  | 'not_gaining'
  | 'two_consecutive_not_gaining'
  | 'below_red_line'
  | 'above_orange_line';

/** One weighing of a child. */
export interface Weighing {
  /** Date of the weighing, `YYYY-MM-DD`. */
  readonly date: string;
  /** Weight in kg. */
  readonly weightKg: number;
  /** Weight-for-age z on that date (from `computeGrowthZScores`), for the red and orange lines. */
  readonly weightForAgeZ?: number | null | undefined;
}

/** A weighing with its KMS reading. */
export interface WeighingAssessment {
  /** Date of the weighing. */
  readonly date: string;
  /** Age in completed months. */
  readonly ageMonths: number;
  /** Weight in kg. */
  readonly weightKg: number;
  /** N, T, O or B. */
  readonly status: WeighingStatus;
  /** Gain since last month's weighing, grams (N and T only, otherwise `null`). */
  readonly gainGrams: number | null;
  /** The KBM the gain was compared with (N and T only, otherwise `null`). */
  readonly kbmGrams: number | null;
  /** T weighings in a row ending with this one (0 unless this one is T). */
  readonly consecutiveT: number;
  /** Weight-for-age z below the red line (BGM); `null` when no z was given. */
  readonly belowRedLine: boolean | null;
  /** Weight-for-age z above the orange line; `null` when no z was given. */
  readonly aboveOrangeLine: boolean | null;
  /** Whether to refer the child. */
  readonly refer: boolean;
  /** The reasons, empty when `refer` is `false`. */
  readonly referReasons: readonly ReferralReason[];
}

/** Options of {@link assessWeighings}. */
export interface MonitoringOptions {
  /** KBM table instead of {@link KBM_PERMENKES_155_2010}. */
  readonly kbm?: KbmTable | undefined;
  /**
   * Refer on a single T (`'single_t'`, Buku KIA 2023, the default) or on two consecutive T
   * (`'two_t'`, Standar Pemantauan Pertumbuhan Balita 2006).
   */
  readonly referOn?: 'single_t' | 'two_t' | undefined;
  /** The red line (BGM), weight-for-age z; default −3. */
  readonly redLineZ?: number | undefined;
  /** The orange line, weight-for-age z; default +1. */
  readonly orangeLineZ?: number | undefined;
}

const monthIndex = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;

function bad(field: string, id: string, en: string, code: string): never {
  throw ValidationError.single(
    field,
    { id: `Kolom \`${field}\` ${id}`, en: `Field \`${field}\` ${en}` },
    code,
  );
}

/**
 * Reads a child's weighings as the KMS does, oldest first: B for the first weighing given (give the
 * whole history), N or T when the previous weighing was in the previous calendar month (gain ≥ KBM
 * for the age in completed months → N), O otherwise. A weighing is referred (Buku KIA 2023) when it
 * is T (or, with `referOn: 'two_t'`, the second T in a row), below the red line (weight-for-age
 * z < −3, BGM) or above the orange line (z > +1); the lines need `weightForAgeZ`.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for a malformed date or weight, a weighing
 * before birth, or two weighings in one calendar month (the KMS has one per month).
 * @example
 * ```ts
 * const result = assessWeighings('2025-01-10', [
 *   { date: '2025-03-12', weightKg: 5.6 },
 *   { date: '2025-04-14', weightKg: 6.5 },
 *   { date: '2025-05-12', weightKg: 6.8 },
 * ]);
 * result.map((w) => w.status); // => ['B', 'N', 'T'] (+900 g ≥ 800 g at 3 months; +300 g < 600 g at 4)
 * ```
 */
export function assessWeighings(
  birthDate: string,
  weighings: readonly Weighing[],
  options: MonitoringOptions = {},
): WeighingAssessment[] {
  if (!isLocalDate(birthDate))
    bad('birthDate', 'harus tanggal YYYY-MM-DD.', 'must be a YYYY-MM-DD date.', 'invalid_date');
  if (!Array.isArray(weighings)) bad('weighings', 'harus daftar.', 'must be an array.', 'invalid_type');
  const kbm = options.kbm ?? KBM_PERMENKES_155_2010;
  const referOn = options.referOn ?? 'single_t';
  const red = options.redLineZ ?? -3;
  const orange = options.orangeLineZ ?? 1;
  weighings.forEach((w, i) => {
    if (!isLocalDate(w?.date))
      bad(`weighings[${i}].date`, 'harus tanggal YYYY-MM-DD.', 'must be a YYYY-MM-DD date.', 'invalid_date');
    if (typeof w.weightKg !== 'number' || !(w.weightKg > 0) || w.weightKg > 200) {
      bad(
        `weighings[${i}].weightKg`,
        'harus angka > 0 dan ≤ 200.',
        'must be a number > 0 and ≤ 200.',
        'invalid_weight',
      );
    }
    const zv = w.weightForAgeZ;
    if (zv !== undefined && zv !== null && !Number.isFinite(zv)) {
      bad(
        `weighings[${i}].weightForAgeZ`,
        'harus angka terhingga.',
        'must be a finite number.',
        'invalid_z_score',
      );
    }
    if (w.date < birthDate)
      bad(
        `weighings[${i}].date`,
        'tidak boleh sebelum tanggal lahir.',
        'must not be before the birth date.',
        'date_before_birth',
      );
  });
  const sorted = [...weighings].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out: WeighingAssessment[] = [];
  let previous: Weighing | undefined;
  let run = 0;
  for (const w of sorted) {
    const ageMonths = completedMonths(birthDate, w.date);
    let status: WeighingStatus;
    let gainGrams: number | null = null;
    let kbmGrams: number | null = null;
    if (!previous) status = 'B';
    else {
      const gap = monthIndex(w.date) - monthIndex(previous.date);
      if (gap === 0) {
        bad(
          'weighings',
          'berisi dua penimbangan dalam satu bulan.',
          'has two weighings in one calendar month.',
          'duplicate_month',
        );
      }
      if (gap === 1) {
        // Grams as whole numbers: 6.3 − 5.6 in kg is 0.6999…, which must still meet a 700 g KBM.
        gainGrams = Math.round(w.weightKg * 1000) - Math.round(previous.weightKg * 1000);
        kbmGrams = minimumWeightGainGrams(ageMonths, kbm);
        if (kbmGrams === null) {
          bad(
            'weighings',
            'berisi umur di luar tabel KBM (KMS balita: 0–60 bulan).',
            'has an age beyond the KBM table (the KMS covers 0–60 months).',
            'age_outside_kbm',
          );
        }
        status = gainGrams >= kbmGrams ? 'N' : 'T';
      } else status = 'O';
    }
    run = status === 'T' ? run + 1 : 0;
    const zv = w.weightForAgeZ ?? null;
    const belowRedLine = zv === null ? null : zv < red;
    const aboveOrangeLine = zv === null ? null : zv > orange;
    const reasons: ReferralReason[] = [];
    if (status === 'T' && referOn === 'single_t') reasons.push('not_gaining');
    if (run >= 2 && referOn === 'two_t') reasons.push('two_consecutive_not_gaining');
    if (belowRedLine) reasons.push('below_red_line');
    if (aboveOrangeLine) reasons.push('above_orange_line');
    out.push({
      date: w.date,
      ageMonths,
      weightKg: w.weightKg,
      status,
      gainGrams,
      kbmGrams,
      consecutiveT: run,
      belowRedLine,
      aboveOrangeLine,
      refer: reasons.length > 0,
      referReasons: reasons,
    });
    previous = w;
  }
  return out;
}
