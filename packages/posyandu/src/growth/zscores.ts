import { validationErrorFromZod } from '@opengov-id/core';
import { GrowthTableMissingError } from './errors.js';
import type { GrowthTableId, LmsTable } from './lms.js';
import { roundedLmsZ } from './lms-z.js';
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

/**
 * One z-score: rounded to 2 decimals as WHO does, and whether it is a biologically implausible value.
 * Score objects are frozen and shared between results (equal z, equal limits: the same object).
 */
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
/** anthro's `round_up`: rounds half up (730.5 → 731). */
function roundHalfUp(x: number): number {
  const floor = Math.floor(x);
  return x - floor >= 0.5 ? floor + 1 : floor;
}

const rowsOf = (table: LmsTable, sex: Sex): Float64Array => (sex === 'male' ? table.male : table.female);

/** Rounded z (`NaN`: none) from a table keyed on whole days. */
function zByDay(table: LmsTable, sex: Sex, day: number, y: number, restricted: boolean): number {
  const i = day - table.start;
  if (!(y > 0) || i < 0 || i >= table.rows) return Number.NaN;
  const v = rowsOf(table, sex);
  return roundedLmsZ(y, v[i * 3]!, v[i * 3 + 1]!, v[i * 3 + 2]!, restricted, v, i);
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
  return roundedLmsZ(y, l, m, s, restricted);
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
  return roundedLmsZ(weight, l, m, s, true);
}

/** WHO's plausibility limits of one indicator, and the scores already made with them. */
interface Limits {
  readonly low: number;
  readonly high: number;
  /** Frozen scores by `100·z + CACHE_OFFSET`: a z has 2 decimals, so a few thousand cover real children. */
  readonly cache: Array<GrowthZScore | undefined>;
}
const CACHE_OFFSET = 2000; // |z| ≤ 20
// Sized up front: writing far past the end of an empty array would make it a slow sparse one.
const limits = (low: number, high: number): Limits => ({
  low,
  high,
  cache: new Array<GrowthZScore | undefined>(2 * CACHE_OFFSET + 1),
});
const WEIGHT_FOR_AGE_LIMITS = limits(-6, 5);
const LENGTH_HEIGHT_FOR_AGE_LIMITS = limits(-6, 6);
const OTHER_LIMITS = limits(-5, 5);

/**
 * The score of a rounded z (`NaN`: none), flagged when outside [low, high]. Scores are frozen and
 * shared (like the `null` one), so scoring a child allocates no score objects.
 */
function score(rounded: number, limits: Limits): GrowthZScore {
  if (Number.isNaN(rounded)) return NO_SCORE;
  // rounded·100 is within 1e-12 of an integer, so floor(+ ½) finds it (Math.round is slower in V8).
  const key = Math.floor(rounded * 100 + 0.5) + CACHE_OFFSET;
  if (key >= 0 && key <= 2 * CACHE_OFFSET) {
    // A rounded z is the double nearest k/100 for an integer k, so the key names exactly one z.
    const hit = limits.cache[key];
    if (hit !== undefined) return hit;
    const made = Object.freeze({ z: rounded, flagged: rounded < limits.low || rounded > limits.high });
    limits.cache[key] = made;
    return made;
  }
  return Object.freeze({ z: rounded, flagged: rounded < limits.low || rounded > limits.high });
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };
type Score = GrowthZScore | undefined;

/**
 * Builds a result: an indicator is set only when given, in the documented order, then the derived
 * values. A constructor, so V8 sizes every result for all eleven fields (one allocation, fields
 * inline, not pretenured like a literal's); its prototype is Object.prototype, so a result is a plain
 * object like any literal.
 */
const Scores = function (
  this: Writable<GrowthZScores>,
  wfa: Score,
  lhfa: Score,
  wflh: Score,
  bmifa: Score,
  hcfa: Score,
  acfa: Score,
  tsfa: Score,
  ssfa: Score,
  adjustedLengthHeightCm: number | null,
  bmi: number | null,
  measuredPositionImplausible: boolean,
) {
  if (wfa) this.weightForAge = wfa;
  if (lhfa) this.lengthHeightForAge = lhfa;
  if (wflh) this.weightForLengthHeight = wflh;
  if (bmifa) this.bmiForAge = bmifa;
  if (hcfa) this.headCircumferenceForAge = hcfa;
  if (acfa) this.armCircumferenceForAge = acfa;
  if (tsfa) this.tricepsSkinfoldForAge = tsfa;
  if (ssfa) this.subscapularSkinfoldForAge = ssfa;
  this.adjustedLengthHeightCm = adjustedLengthHeightCm;
  this.bmi = bmi;
  this.measuredPositionImplausible = measuredPositionImplausible;
} as unknown as new (
  wfa: Score,
  lhfa: Score,
  wflh: Score,
  bmifa: Score,
  hcfa: Score,
  acfa: Score,
  tsfa: Score,
  ssfa: Score,
  adjustedLengthHeightCm: number | null,
  bmi: number | null,
  measuredPositionImplausible: boolean,
) => GrowthZScores;
Scores.prototype = Object.prototype;

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
  limits: Limits,
): GrowthZScore {
  const lms = lookup(plan, id, table);
  return lms ? score(zByDay(lms, sex, day, y, restricted), limits) : NO_SCORE;
}

function byMonth(
  plan: GrowthTableId[] | undefined,
  id: GrowthTableId,
  table: LmsTable | undefined,
  sex: Sex,
  months: number,
  y: number,
  restricted: boolean,
  limits: Limits,
): GrowthZScore {
  const lms = lookup(plan, id, table);
  return lms ? score(zByMonth(lms, sex, months, y, restricted), limits) : NO_SCORE;
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
  let wfa: GrowthZScore | undefined;
  let lhfa: GrowthZScore | undefined;
  let wflh: GrowthZScore | undefined;
  let bmifa: GrowthZScore | undefined;
  let hcfa: GrowthZScore | undefined;
  let acfa: GrowthZScore | undefined;
  let tsfa: GrowthZScore | undefined;
  let ssfa: GrowthZScore | undefined;

  if (weight !== undefined) {
    if (oedema) wfa = NO_SCORE;
    else if (under5)
      wfa = byDay(
        plan,
        'weightForAge',
        tables.weightForAge,
        sex,
        ageDays!,
        weight,
        true,
        WEIGHT_FOR_AGE_LIMITS,
      );
    else if (months5to19 !== undefined && months5to19 <= 120)
      wfa = byMonth(
        plan,
        'weightForAge5to19',
        tables.weightForAge5to19,
        sex,
        months5to19,
        weight,
        true,
        WEIGHT_FOR_AGE_LIMITS,
      );
    else wfa = NO_SCORE;
  }

  if (lenhei !== undefined) {
    if (under5)
      lhfa = byDay(
        plan,
        'lengthHeightForAge',
        tables.lengthHeightForAge,
        sex,
        ageDays!,
        lenhei,
        false,
        LENGTH_HEIGHT_FOR_AGE_LIMITS,
      );
    else if (months5to19 !== undefined && months5to19 <= 228)
      lhfa = byMonth(
        plan,
        'heightForAge5to19',
        tables.heightForAge5to19,
        sex,
        months5to19,
        lenhei,
        false,
        LENGTH_HEIGHT_FOR_AGE_LIMITS,
      );
    else lhfa = NO_SCORE;
  }

  if (weight !== undefined && lenhei !== undefined) {
    wflh = NO_SCORE;
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
        if (lms) wflh = score(zByLengthHeight(lms, sex, lenhei, weight), OTHER_LIMITS);
      }
    }

    if (oedema || bmi === null) bmifa = NO_SCORE;
    else if (under5)
      bmifa = byDay(plan, 'bmiForAge', tables.bmiForAge, sex, ageDays!, bmi, true, OTHER_LIMITS);
    else if (months5to19 !== undefined && months5to19 <= 228)
      bmifa = byMonth(
        plan,
        'bmiForAge5to19',
        tables.bmiForAge5to19,
        sex,
        months5to19,
        bmi,
        true,
        OTHER_LIMITS,
      );
    else bmifa = NO_SCORE;
  }

  const under5From91Days = under5 && ageDays! >= 91;
  if (input.headCircumferenceCm !== undefined) {
    hcfa = under5
      ? byDay(
          plan,
          'headCircumferenceForAge',
          tables.headCircumferenceForAge,
          sex,
          ageDays!,
          input.headCircumferenceCm,
          false,
          OTHER_LIMITS,
        )
      : NO_SCORE;
  }
  if (input.muacCm !== undefined) {
    acfa = under5From91Days
      ? byDay(
          plan,
          'armCircumferenceForAge',
          tables.armCircumferenceForAge,
          sex,
          ageDays!,
          input.muacCm,
          true,
          OTHER_LIMITS,
        )
      : NO_SCORE;
  }
  if (input.tricepsSkinfoldMm !== undefined) {
    tsfa = under5From91Days
      ? byDay(
          plan,
          'tricepsSkinfoldForAge',
          tables.tricepsSkinfoldForAge,
          sex,
          ageDays!,
          input.tricepsSkinfoldMm,
          true,
          OTHER_LIMITS,
        )
      : NO_SCORE;
  }
  if (input.subscapularSkinfoldMm !== undefined) {
    ssfa = under5From91Days
      ? byDay(
          plan,
          'subscapularSkinfoldForAge',
          tables.subscapularSkinfoldForAge,
          sex,
          ageDays!,
          input.subscapularSkinfoldMm,
          true,
          OTHER_LIMITS,
        )
      : NO_SCORE;
  }
  return new Scores(wfa, lhfa, wflh, bmifa, hcfa, acfa, tsfa, ssfa, lenhei ?? null, bmi, implausible);
}

/** Validates with {@link GrowthInput}, throwing a bilingual {@link @opengov-id/core!index.ValidationError} that names the field. */
export function parseGrowthInput(input: unknown): GrowthInput {
  if (isCertainlyValidGrowthInput(input)) return input;
  const result = GrowthInput.safeParse(input);
  if (!result.success) throw validationErrorFromZod(result.error, { subject: 'GrowthInput' });
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
