import * as z from 'zod';

// Far beyond any biologically implausible value (those are flagged, not rejected); the caps only
// keep every z-score finite.
const MAX_WEIGHT_KG = 500;
const MAX_LENGTH_HEIGHT_CM = 300;
// BMI divides by the squared height: a floor keeps it finite (found by the property test with
// a height of 7.7e-123 cm). 1 cm is far below any real measure, so nothing real is refused.
const MIN_LENGTH_HEIGHT_CM = 1;
const MAX_CIRCUMFERENCE_CM = 100;
const MAX_SKINFOLD_MM = 200;

/** Sex of a child, as the WHO tables distinguish it. */
export type Sex = 'male' | 'female';

/** How length/height was measured: lying down (recumbent length) or standing (height). */
export type MeasuredPosition = 'recumbent' | 'standing';

/**
 * One child's measurements for {@link computeGrowthZScores}. Every field but `sex` is optional;
 * each z-score needs its own measurement and, except weight-for-length/height, the age.
 */
export interface GrowthInput {
  /** Sex of the child. */
  readonly sex: Sex;
  /** Exact age in days; decimals are allowed (WHO rounds half up to a whole day). Give this or `ageMonths`. */
  readonly ageDays?: number | undefined;
  /** Age in months, unrounded (WHO converts it to days with 30.4375 days a month). Give this or `ageDays`. */
  readonly ageMonths?: number | undefined;
  /** Body weight in kilograms. */
  readonly weightKg?: number | undefined;
  /** Recumbent length or standing height in centimetres, as measured (say which in `measured`). */
  readonly lengthHeightCm?: number | undefined;
  /** How `lengthHeightCm` was measured. Unknown: taken as the right one for the age. */
  readonly measured?: MeasuredPosition | undefined;
  /** Head circumference in centimetres. */
  readonly headCircumferenceCm?: number | undefined;
  /** Mid-upper arm circumference (MUAC, LiLA) in centimetres. */
  readonly muacCm?: number | undefined;
  /** Triceps skinfold in millimetres. */
  readonly tricepsSkinfoldMm?: number | undefined;
  /** Subscapular skinfold in millimetres. */
  readonly subscapularSkinfoldMm?: number | undefined;
  /** Bilateral pitting oedema: weight-based z-scores are not computed when `true`. */
  readonly oedema?: boolean | undefined;
}

const measure = (max: number, min?: number) =>
  (min === undefined ? z.number().positive() : z.number().min(min)).max(max).optional();

// A switch on constant strings: cheaper per key than a Set lookup when scoring many children.
function isKnownKey(key: string): boolean {
  switch (key) {
    case 'sex':
    case 'ageDays':
    case 'ageMonths':
    case 'weightKg':
    case 'lengthHeightCm':
    case 'measured':
    case 'headCircumferenceCm':
    case 'muacCm':
    case 'tricepsSkinfoldMm':
    case 'subscapularSkinfoldMm':
    case 'oedema':
      return true;
    default:
      return false;
  }
}
const isAge = (v: unknown) =>
  v === undefined || (typeof v === 'number' && v >= 0 && v < Number.POSITIVE_INFINITY);
const isMeasure = (v: unknown, max: number, min?: number) =>
  v === undefined || (typeof v === 'number' && (min === undefined ? v > 0 : v >= min) && v <= max);

/**
 * A fast check, run before the schema, that accepts only inputs the schema certainly accepts (a plain
 * object with known keys and in-range values). Scoring many children then skips zod; anything it
 * does not accept goes through the schema, which is the only source of error messages.
 */
export function isCertainlyValidGrowthInput(input: unknown): input is GrowthInput {
  if (typeof input !== 'object' || input === null) return false;
  const proto = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in input) if (!isKnownKey(key)) return false;
  const o = input as Record<string, unknown>;
  return (
    (o['sex'] === 'male' || o['sex'] === 'female') &&
    isAge(o['ageDays']) &&
    isAge(o['ageMonths']) &&
    (o['ageDays'] === undefined || o['ageMonths'] === undefined) &&
    isMeasure(o['weightKg'], MAX_WEIGHT_KG) &&
    isMeasure(o['lengthHeightCm'], MAX_LENGTH_HEIGHT_CM, MIN_LENGTH_HEIGHT_CM) &&
    (o['measured'] === undefined || o['measured'] === 'recumbent' || o['measured'] === 'standing') &&
    isMeasure(o['headCircumferenceCm'], MAX_CIRCUMFERENCE_CM) &&
    isMeasure(o['muacCm'], MAX_CIRCUMFERENCE_CM) &&
    isMeasure(o['tricepsSkinfoldMm'], MAX_SKINFOLD_MM) &&
    isMeasure(o['subscapularSkinfoldMm'], MAX_SKINFOLD_MM) &&
    (o['oedema'] === undefined || typeof o['oedema'] === 'boolean')
  );
}

/**
 * Validates a {@link GrowthInput}: finite numbers, age ≥ 0, measurements > 0 (and below caps far
 * beyond any human value), age in days or in months but not both. Unknown keys are rejected, so a
 * misspelt field (`weight` for `weightKg`) cannot be silently ignored.
 *
 * @example
 * ```ts
 * const result = GrowthInput.safeParse({ sex: 'female', ageMonths: 24, weightKg: 10.2 });
 * if (result.success) console.log(result.data.weightKg);
 * ```
 */
export const GrowthInput: z.ZodType<GrowthInput, GrowthInput> = z
  .strictObject({
    sex: z.enum(['male', 'female']),
    ageDays: z.number().nonnegative().optional(),
    ageMonths: z.number().nonnegative().optional(),
    weightKg: measure(MAX_WEIGHT_KG),
    lengthHeightCm: measure(MAX_LENGTH_HEIGHT_CM, MIN_LENGTH_HEIGHT_CM),
    measured: z.enum(['recumbent', 'standing']).optional(),
    headCircumferenceCm: measure(MAX_CIRCUMFERENCE_CM),
    muacCm: measure(MAX_CIRCUMFERENCE_CM),
    tricepsSkinfoldMm: measure(MAX_SKINFOLD_MM),
    subscapularSkinfoldMm: measure(MAX_SKINFOLD_MM),
    oedema: z.boolean().optional(),
  })
  .refine((input) => input.ageDays === undefined || input.ageMonths === undefined, {
    path: ['ageMonths'],
    message: 'give either ageDays or ageMonths, not both.',
    params: { id: 'isi ageDays atau ageMonths saja, jangan keduanya.' },
  });
