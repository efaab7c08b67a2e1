import { ValidationError } from '@opengov-id/core';
import { GrowthTableMissingError } from './errors.js';
import type { GrowthTableId, LmsTable } from './lms.js';
import { GrowthInput, isCertainlyValidGrowthInput, type Sex } from './schema.js';

/**
 * The WHO tables {@link computeGrowthZScoresSync} may use, by {@link GrowthTableId}. Supply the ones
 * your inputs need; a table given here also overrides the built-in one in {@link computeGrowthZScores}.
 */
export interface GrowthTables {
  /** WHO Child Growth Standards weight-for-age, 0–1,826 days. */
  readonly weightForAge?: LmsTable | undefined;
  /** WHO Child Growth Standards length/height-for-age, 0–1,826 days. */
  readonly lengthHeightForAge?: LmsTable | undefined;
  /** WHO Child Growth Standards weight-for-length, 45–110 cm (age below 731 days). */
  readonly weightForLength?: LmsTable | undefined;
  /** WHO Child Growth Standards weight-for-height, 65–120 cm (age from 731 days). */
  readonly weightForHeight?: LmsTable | undefined;
  /** WHO Child Growth Standards BMI-for-age, 0–1,826 days. */
  readonly bmiForAge?: LmsTable | undefined;
  /** WHO Child Growth Standards head circumference-for-age, 0–1,826 days. */
  readonly headCircumferenceForAge?: LmsTable | undefined;
  /** WHO Child Growth Standards arm circumference-for-age, 91–1,826 days. */
  readonly armCircumferenceForAge?: LmsTable | undefined;
  /** WHO Child Growth Standards triceps skinfold-for-age, 91–1,826 days. */
  readonly tricepsSkinfoldForAge?: LmsTable | undefined;
  /** WHO Child Growth Standards subscapular skinfold-for-age, 91–1,826 days. */
  readonly subscapularSkinfoldForAge?: LmsTable | undefined;
  /** WHO Growth Reference 2007 weight-for-age, 60–121 months. */
  readonly weightForAge5to19?: LmsTable | undefined;
  /** WHO Growth Reference 2007 height-for-age, 60–229 months. */
  readonly heightForAge5to19?: LmsTable | undefined;
  /** WHO Growth Reference 2007 BMI-for-age, 60–229 months. */
  readonly bmiForAge5to19?: LmsTable | undefined;
}

/** One z-score: rounded to 2 decimals as WHO does, and whether it is a biologically implausible value. */
export interface GrowthZScore {
  /** The z-score rounded to 2 decimals, or `null` where WHO computes none (age out of range, oedema, ...). */
  readonly z: number | null;
  /** `true` when the rounded z is outside WHO's plausibility limits; `false` when `z` is `null`. */
  readonly flagged: boolean;
}

/**
 * The z-scores of one child. An indicator is present when its measurements were given; its `z` is
 * `null` when WHO computes none for that child.
 */
export interface GrowthZScores {
  /** Weight-for-age (BB/U): 0–59 months WHO 2006, 60–120 months WHO 2007. Flag: z < −6 or z > 5. */
  readonly weightForAge?: GrowthZScore;
  /** Length/height-for-age (PB/U, TB/U): 0–59 months WHO 2006, 60–228 months WHO 2007. Flag: \|z\| > 6. */
  readonly lengthHeightForAge?: GrowthZScore;
  /** Weight-for-length or weight-for-height (BB/PB, BB/TB), below 60 months or age unknown. Flag: \|z\| > 5. */
  readonly weightForLengthHeight?: GrowthZScore;
  /** BMI-for-age (IMT/U): 0–59 months WHO 2006, 60–228 months WHO 2007. Flag: \|z\| > 5. */
  readonly bmiForAge?: GrowthZScore;
  /** Head circumference-for-age (LK/U), below 60 months. Flag: \|z\| > 5. */
  readonly headCircumferenceForAge?: GrowthZScore;
  /** Arm circumference-for-age (LiLA/U), 91 days to 59 months. Flag: \|z\| > 5. */
  readonly armCircumferenceForAge?: GrowthZScore;
  /** Triceps skinfold-for-age, 91 days to 59 months. Flag: \|z\| > 5. */
  readonly tricepsSkinfoldForAge?: GrowthZScore;
  /** Subscapular skinfold-for-age, 91 days to 59 months. Flag: \|z\| > 5. */
  readonly subscapularSkinfoldForAge?: GrowthZScore;
  /**
   * Length/height after WHO's ±0.7 cm correction (below 60 months: +0.7 when a child under 731 days
   * was measured standing, −0.7 when a child from 731 days was measured lying); `null` without one.
   */
  readonly adjustedLengthHeightCm: number | null;
  /** Body mass index from weight and the adjusted length/height (kg/m², unrounded); `null` without both. */
  readonly bmi: number | null;
  /**
   * `true` when a child under 9 months was measured standing: WHO treats the position as unknown
   * (no +0.7 cm) and reports it (anthro's `c9mo_flag`).
   */
  readonly measuredPositionImplausible: boolean;
}

/** Days in a month, as WHO's anthro converts months to days. */
const DAYS_PER_MONTH = 30.4375;
const NO_SCORE: GrowthZScore = Object.freeze({ z: null, flagged: false });
// R leaves x unrounded when log10(2)·(0.5 + logb(x)) + 2 > 15, that is from 2^43 on.
const R_NO_ROUNDING_FROM = 2 ** 43;

/** anthro's `round_up`: rounds half up (730.5 → 731). */
function roundHalfUp(x: number): number {
  const floor = Math.floor(x);
  return x - floor >= 0.5 ? floor + 1 : floor;
}

/** R's `round(x, 2)` (R ≥ 4.0 `fround`): the nearer of the two 2-decimal neighbours, ties to even. */
function roundLikeR(x: number): number {
  const sign = x < 0 ? -1 : 1;
  const a = Math.abs(x);
  if (a === 0 || a >= R_NO_ROUNDING_FROM) return x + 0;
  const x10 = a * 100;
  const i10 = Math.floor(x10);
  const down = i10 / 100;
  const up = Math.ceil(x10) / 100;
  const du = up - a;
  const dd = a - down;
  return sign * (du < dd || (i10 % 2 === 1 && du === dd) ? up : down) + 0; // + 0 turns −0 into 0
}

/** WHO's LMS z-score, `((y/M)^L − 1) / (S·L)`, restricted beyond ±3 SD when asked (anthro's order of operations). */
function lmsZ(y: number, l: number, m: number, s: number, restricted: boolean): number {
  // x ** 1 is exactly x, so skipping pow for the L = 1 tables changes no bit of the result.
  const z = ((l === 1 ? y / m : (y / m) ** l) - 1) / (s * l);
  if (!restricted) return z;
  if (z > 3) {
    const sd3 = m * (1 + l * s * 3) ** (1 / l);
    return 3 + (y - sd3) / (sd3 - m * (1 + l * s * 2) ** (1 / l));
  }
  if (z < -3) {
    const sd3 = m * (1 + l * s * -3) ** (1 / l);
    return -3 + (y - sd3) / (m * (1 + l * s * -2) ** (1 / l) - sd3);
  }
  return z;
}

const rowsOf = (table: LmsTable, sex: Sex): Float64Array => (sex === 'male' ? table.male : table.female);

/** z from a table keyed on whole days. */
function zByDay(table: LmsTable, sex: Sex, day: number, y: number, restricted: boolean): number {
  const i = day - table.start;
  if (!(y > 0) || i < 0 || i >= table.rows) return Number.NaN;
  const v = rowsOf(table, sex);
  return lmsZ(y, v[i * 3]!, v[i * 3 + 1]!, v[i * 3 + 2]!, restricted);
}

/** anthroplus: L, M and S interpolated linearly between whole months. */
function zByMonth(table: LmsTable, sex: Sex, months: number, y: number, restricted: boolean): number {
  const low = Math.trunc(months);
  const i = low - table.start;
  const j = Math.trunc(months + 1) - table.start;
  const d = months - low;
  if (!(y > 0) || i < 0 || i >= table.rows || (d > 0 && j >= table.rows)) return Number.NaN;
  const v = rowsOf(table, sex);
  let l = v[i * 3]!;
  let m = v[i * 3 + 1]!;
  let s = v[i * 3 + 2]!;
  if (d > 0) {
    l = l + d * (v[j * 3]! - l);
    m = m + d * (v[j * 3 + 1]! - m);
    s = s + d * (v[j * 3 + 2]! - s);
  }
  return lmsZ(y, l, m, s, restricted);
}

/** anthro's weight-for-length/height: L, M and S interpolated between 0.1 cm rows, restricted z. */
function zByLengthHeight(table: LmsTable, sex: Sex, cm: number, weight: number): number {
  const tenths = Math.trunc(cm * 10);
  const first = Math.round(table.start * 10);
  const i = tenths - first;
  const j = Math.trunc(cm * 10 + 1) - first;
  const d = (cm - tenths / 10) / 0.1;
  if (!(weight > 0) || i < 0 || i >= table.rows || (d > 0 && j >= table.rows)) return Number.NaN;
  const v = rowsOf(table, sex);
  let l = v[i * 3]!;
  let m = v[i * 3 + 1]!;
  let s = v[i * 3 + 2]!;
  if (d > 0) {
    m = m + d * (v[j * 3 + 1]! - m);
    l = l + d * (v[j * 3]! - l);
    s = s + d * (v[j * 3 + 2]! - s);
  }
  return lmsZ(weight, l, m, s, true);
}

/** Rounds like WHO and flags on the rounded value: outside [low, high] is implausible. */
function score(z: number, low: number, high: number): GrowthZScore {
  if (!Number.isFinite(z)) return NO_SCORE;
  const rounded = roundLikeR(z);
  return { z: rounded, flagged: rounded < low || rounded > high };
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

const EMPTY: GrowthTables = {};

/** The given table; when planning (`plan` given), notes its id and returns `undefined` instead. */
function lookup(
  plan: GrowthTableId[] | undefined,
  id: GrowthTableId,
  table: LmsTable | undefined,
): LmsTable | undefined {
  if (plan) {
    plan.push(id);
    return undefined;
  }
  if (!table) throw new GrowthTableMissingError(id);
  return table;
}

function byDay(
  plan: GrowthTableId[] | undefined,
  id: GrowthTableId,
  table: LmsTable | undefined,
  sex: Sex,
  day: number,
  y: number,
  restricted: boolean,
  low: number,
  high: number,
): GrowthZScore {
  const lms = lookup(plan, id, table);
  return lms ? score(zByDay(lms, sex, day, y, restricted), low, high) : NO_SCORE;
}

function byMonth(
  plan: GrowthTableId[] | undefined,
  id: GrowthTableId,
  table: LmsTable | undefined,
  sex: Sex,
  months: number,
  y: number,
  restricted: boolean,
  low: number,
  high: number,
): GrowthZScore {
  const lms = lookup(plan, id, table);
  return lms ? score(zByMonth(lms, sex, months, y, restricted), low, high) : NO_SCORE;
}

/**
 * The algorithm, once, for both computing and planning: every table it needs goes through `lookup()`,
 * which either returns it or, when planning, only notes its id.
 * Below 60 months (unrounded) it is WHO's anthro 1.1; from 60 months, anthroplus 1.0.
 */
function run(input: GrowthInput, tables: GrowthTables, plan: GrowthTableId[] | undefined): GrowthZScores {
  const { sex, weightKg: weight } = input;
  const oedema = input.oedema === true;

  let ageMonths: number | undefined;
  let ageDays: number | undefined;
  if (input.ageDays !== undefined) {
    ageMonths = input.ageDays / DAYS_PER_MONTH;
    ageDays = roundHalfUp(input.ageDays);
  } else if (input.ageMonths !== undefined) {
    ageMonths = input.ageMonths;
    ageDays = roundHalfUp(input.ageMonths * DAYS_PER_MONTH);
  }
  // anthro scores only age < 60 months, unrounded; anthroplus takes 60 months and over.
  const under5 = ageMonths !== undefined && ageMonths < 60;
  const months5to19 = ageMonths !== undefined && ageMonths >= 60 ? ageMonths : undefined;

  // anthro 1.1: standing before 9 months is implausible, so the position counts as unknown.
  const implausible = input.measured === 'standing' && ageMonths !== undefined && ageMonths < 9;
  const measured = implausible ? undefined : input.measured;

  let lenhei = input.lengthHeightCm;
  if (lenhei !== undefined && under5 && ageDays !== undefined) {
    if (ageDays < 731 && measured === 'standing') lenhei += 0.7;
    else if (ageDays >= 731 && measured === 'recumbent') lenhei -= 0.7;
  }
  let bmi: number | null = null;
  if (weight !== undefined && lenhei !== undefined) {
    const metres = lenhei / 100;
    bmi = weight / (metres * metres);
    if (!Number.isFinite(bmi)) bmi = null;
  }

  // Indicators first, in the documented order; the derived values after them.
  const out = {} as Writable<GrowthZScores>;

  if (weight !== undefined) {
    if (oedema) out.weightForAge = NO_SCORE;
    else if (under5)
      out.weightForAge = byDay(plan, 'weightForAge', tables.weightForAge, sex, ageDays!, weight, true, -6, 5);
    else if (months5to19 !== undefined && months5to19 <= 120)
      out.weightForAge = byMonth(
        plan,
        'weightForAge5to19',
        tables.weightForAge5to19,
        sex,
        months5to19,
        weight,
        true,
        -6,
        5,
      );
    else out.weightForAge = NO_SCORE;
  }

  if (lenhei !== undefined) {
    if (under5)
      out.lengthHeightForAge = byDay(
        plan,
        'lengthHeightForAge',
        tables.lengthHeightForAge,
        sex,
        ageDays!,
        lenhei,
        false,
        -6,
        6,
      );
    else if (months5to19 !== undefined && months5to19 <= 228)
      out.lengthHeightForAge = byMonth(
        plan,
        'heightForAge5to19',
        tables.heightForAge5to19,
        sex,
        months5to19,
        lenhei,
        false,
        -6,
        6,
      );
    else out.lengthHeightForAge = NO_SCORE;
  }

  if (weight !== undefined && lenhei !== undefined) {
    out.weightForLengthHeight = NO_SCORE;
    if (!oedema && (under5 || ageMonths === undefined)) {
      // Age known: length table before 731 days. Unknown: the position, else the 87 cm rule.
      const byLength =
        ageDays !== undefined
          ? ageDays < 731
          : measured !== undefined
            ? measured === 'recumbent'
            : lenhei < 87;
      const inRange = byLength ? lenhei >= 45 && lenhei <= 110 : lenhei >= 65 && lenhei <= 120;
      if (inRange) {
        const lms = byLength
          ? lookup(plan, 'weightForLength', tables.weightForLength)
          : lookup(plan, 'weightForHeight', tables.weightForHeight);
        if (lms) out.weightForLengthHeight = score(zByLengthHeight(lms, sex, lenhei, weight), -5, 5);
      }
    }

    if (oedema || bmi === null) out.bmiForAge = NO_SCORE;
    else if (under5)
      out.bmiForAge = byDay(plan, 'bmiForAge', tables.bmiForAge, sex, ageDays!, bmi, true, -5, 5);
    else if (months5to19 !== undefined && months5to19 <= 228)
      out.bmiForAge = byMonth(
        plan,
        'bmiForAge5to19',
        tables.bmiForAge5to19,
        sex,
        months5to19,
        bmi,
        true,
        -5,
        5,
      );
    else out.bmiForAge = NO_SCORE;
  }

  const under5From91Days = under5 && ageDays! >= 91;
  if (input.headCircumferenceCm !== undefined) {
    out.headCircumferenceForAge = under5
      ? byDay(
          plan,
          'headCircumferenceForAge',
          tables.headCircumferenceForAge,
          sex,
          ageDays!,
          input.headCircumferenceCm,
          false,
          -5,
          5,
        )
      : NO_SCORE;
  }
  if (input.muacCm !== undefined) {
    out.armCircumferenceForAge = under5From91Days
      ? byDay(
          plan,
          'armCircumferenceForAge',
          tables.armCircumferenceForAge,
          sex,
          ageDays!,
          input.muacCm,
          true,
          -5,
          5,
        )
      : NO_SCORE;
  }
  if (input.tricepsSkinfoldMm !== undefined) {
    out.tricepsSkinfoldForAge = under5From91Days
      ? byDay(
          plan,
          'tricepsSkinfoldForAge',
          tables.tricepsSkinfoldForAge,
          sex,
          ageDays!,
          input.tricepsSkinfoldMm,
          true,
          -5,
          5,
        )
      : NO_SCORE;
  }
  if (input.subscapularSkinfoldMm !== undefined) {
    out.subscapularSkinfoldForAge = under5From91Days
      ? byDay(
          plan,
          'subscapularSkinfoldForAge',
          tables.subscapularSkinfoldForAge,
          sex,
          ageDays!,
          input.subscapularSkinfoldMm,
          true,
          -5,
          5,
        )
      : NO_SCORE;
  }
  out.adjustedLengthHeightCm = lenhei ?? null;
  out.bmi = bmi;
  out.measuredPositionImplausible = implausible;
  return out;
}

/** Validates with {@link GrowthInput}, throwing a bilingual {@link @opengov-id/core!index.ValidationError} that names the field. */
export function parseGrowthInput(input: unknown): GrowthInput {
  if (isCertainlyValidGrowthInput(input)) return input;
  const result = GrowthInput.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error, { subject: 'GrowthInput' });
  return result.data;
}

/**
 * The WHO tables a child's z-scores need, given the measurements present (none for an indicator WHO
 * does not score at that age). {@link computeGrowthZScores} loads exactly these.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when the input is invalid.
 * @example
 * ```ts
 * requiredGrowthTables({ sex: 'male', ageMonths: 18, weightKg: 11, lengthHeightCm: 80 });
 * // ['weightForAge', 'lengthHeightForAge', 'weightForLength', 'bmiForAge']
 * ```
 */
export function requiredGrowthTables(input: GrowthInput): GrowthTableId[] {
  return planFor(parseGrowthInput(input));
}

/** Plans an already validated input. */
export function planFor(input: GrowthInput): GrowthTableId[] {
  const ids: GrowthTableId[] = [];
  run(input, EMPTY, ids);
  return ids;
}

/** Computes an already validated input with the given tables. */
export function computeValidated(input: GrowthInput, tables: GrowthTables): GrowthZScores {
  return run(input, tables, undefined);
}

/**
 * WHO growth z-scores for one child, synchronously, with tables you supply (see {@link loadGrowthTables}
 * or the `@opengov-id/posyandu/who/<table>` modules). Below 60 months it reproduces WHO's `anthro`;
 * from 60 to 228 months, WHO's `anthroplus` (see {@link computeGrowthZScores} for the rules).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when the input is invalid, and {@link GrowthTableMissingError} when a
 * table the input needs is not in `tables`.
 * @example
 * ```ts
 * import { computeGrowthZScoresSync, loadGrowthTables } from '@opengov-id/posyandu';
 *
 * const tables = await loadGrowthTables(); // once, then score any number of children synchronously
 * computeGrowthZScoresSync({ sex: 'female', ageDays: 1522, weightKg: 17 }, tables);
 * // { weightForAge: { z: 0.24, flagged: false }, adjustedLengthHeightCm: null, bmi: null, measuredPositionImplausible: false }
 * ```
 */
export function computeGrowthZScoresSync(input: GrowthInput, tables: GrowthTables): GrowthZScores {
  return computeValidated(parseGrowthInput(input), tables);
}
