import { ValidationError } from '@opengov-id/core';
import type { Sex } from '../growth/schema.js';
import {
  ADULT_BMI_KEMENKES,
  BARTHEL_ADL,
  BP_POSBINDU_KMS,
  CHOLESTEROL_POSBINDU,
  GLUCOSE_PERKENI,
  type GlucoseTest,
  HAEMOGLOBIN_WHO_2011,
  type HaemoglobinGroup,
  MUAC_THRESHOLDS,
  type MuacGroup,
  WAIST_POSBINDU,
} from './thresholds.js';
import type { BloodPressureThresholds, ScreeningResult, ThresholdSet } from './types.js';

/** Options of the screening classifiers: a threshold set instead of the default one. */
export interface ThresholdOptions<T> {
  /** The thresholds to use. */
  readonly thresholds?: T | undefined;
}

function invalid(field: string, id: string, en: string): never {
  throw ValidationError.single(
    field,
    { id: `Kolom \`${field}\` ${id}`, en: `Field \`${field}\` ${en}` },
    'invalid_measurement',
  );
}

function requireNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    throw ValidationError.single(
      field,
      {
        id: `Kolom \`${field}\` harus angka ${min}–${max}.`,
        en: `Field \`${field}\` must be a number ${min}–${max}.`,
      },
      'invalid_measurement',
    );
  }
  return value;
}

/**
 * Classifies a value by a {@link ThresholdSet}: the band that contains it.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when the value is not a finite number or
 * the set has no band for it.
 * @example
 * ```ts
 * classifyByThresholds(ADULT_BMI_KEMENKES, 17).code; // => 'thin'
 * ```
 */
export function classifyByThresholds(set: ThresholdSet, value: number, field = 'value'): ScreeningResult {
  if (typeof value !== 'number' || !Number.isFinite(value))
    invalid(field, 'harus angka terhingga.', 'must be a finite number.');
  const v = value;
  const band = set.bands.find(
    (b) =>
      (b.min === null || v > b.min || (b.minInclusive && v === b.min)) &&
      (b.max === null || v < b.max || (b.maxInclusive && v === b.max)),
  );
  if (!band) {
    throw ValidationError.single(
      field,
      {
        id: `Ambang \`${set.id}\` tidak punya kategori untuk nilai \`${field}\` ini.`,
        en: `Threshold set \`${set.id}\` has no category for this \`${field}\`.`,
      },
      'no_category',
    );
  }
  return { code: band.code, label: band.label, atRisk: band.atRisk, refer: band.refer, thresholdSet: set.id };
}

/** A blood-pressure result, with isolated systolic hypertension where the set defines it. */
export interface BloodPressureResult extends ScreeningResult {
  /** Systolic high with diastolic not (`null` when the set does not define it). */
  readonly isolatedSystolic: boolean | null;
}

/**
 * Blood pressure (tekanan darah): the higher of the systolic and diastolic categories, by
 * {@link BP_POSBINDU_KMS} unless another set is given (e.g. {@link BP_PNPK_2021}).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for values out of 40–300 / 20–200 mmHg.
 * @example
 * ```ts
 * classifyBloodPressure(138, 92); // hypertension_1 (the diastolic decides), refer: true
 * ```
 */
export function classifyBloodPressure(
  systolic: number,
  diastolic: number,
  options: ThresholdOptions<BloodPressureThresholds> = {},
): BloodPressureResult {
  const set = options.thresholds ?? BP_POSBINDU_KMS;
  const s = requireNumber(systolic, 'systolic', 40, 300);
  const d = requireNumber(diastolic, 'diastolic', 20, 200);
  const c = set.categories.find((x) => s >= x.systolicAtLeast || d >= x.diastolicAtLeast);
  if (!c)
    invalid(
      'systolic',
      'tidak masuk kategori mana pun pada ambang ini.',
      'falls in no category of this threshold set.',
    );
  const isolated = set.isolatedSystolic;
  return {
    code: c.code,
    label: c.label,
    atRisk: c.atRisk,
    refer: c.refer,
    thresholdSet: set.id,
    isolatedSystolic: isolated ? s >= isolated.systolicAtLeast && d < isolated.diastolicBelow : null,
  };
}

/**
 * Adult BMI (IMT) category, by {@link ADULT_BMI_KEMENKES} unless another set is given. Give the
 * BMI, or weight and height to compute it. For children and adolescents use the IMT/U z-score
 * categories (`classifyZScore('bmi_for_age_5_18', z)`).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for values out of range.
 * @example
 * ```ts
 * classifyAdultBmi({ weightKg: 70, heightCm: 160 }).code; // => 'obese' (27.3)
 * ```
 */
export function classifyAdultBmi(
  bmi: number | { readonly weightKg: number; readonly heightCm: number },
  options: ThresholdOptions<ThresholdSet> = {},
): ScreeningResult & { readonly bmi: number } {
  let value: number;
  if (typeof bmi === 'object' && bmi !== null) {
    const w = requireNumber(bmi.weightKg, 'weightKg', 1, 500);
    const h = requireNumber(bmi.heightCm, 'heightCm', 50, 250);
    value = w / (h / 100) ** 2;
  } else value = requireNumber(bmi, 'bmi', 5, 100);
  return { ...classifyByThresholds(options.thresholds ?? ADULT_BMI_KEMENKES, value, 'bmi'), bmi: value };
}

/**
 * Waist circumference (lingkar perut): central obesity by sex, {@link WAIST_POSBINDU} by default.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for values out of 30–250 cm or an unknown sex.
 * @example
 * ```ts
 * classifyWaist(81, 'female').code; // => 'central_obesity'
 * ```
 */
export function classifyWaist(
  cm: number,
  sex: Sex,
  options: ThresholdOptions<{ readonly male: ThresholdSet; readonly female: ThresholdSet }> = {},
): ScreeningResult {
  if (sex !== 'male' && sex !== 'female')
    invalid('sex', "harus 'male' atau 'female'.", "must be 'male' or 'female'.");
  return classifyByThresholds(
    (options.thresholds ?? WAIST_POSBINDU)[sex],
    requireNumber(cm, 'waistCm', 30, 250),
    'waistCm',
  );
}

/**
 * Blood glucose by the test used (GDS, GDP, 2-hour OGTT in mg/dL; HbA1c in %), by
 * {@link GLUCOSE_PERKENI} unless other sets are given.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for values out of range or an unknown test.
 * @example
 * ```ts
 * classifyBloodGlucose(210, 'random'); // suspected_diabetes, refer: true
 * ```
 */
export function classifyBloodGlucose(
  value: number,
  test: GlucoseTest,
  options: ThresholdOptions<{ readonly [K in GlucoseTest]: ThresholdSet }> = {},
): ScreeningResult {
  const sets = options.thresholds ?? GLUCOSE_PERKENI;
  const set = Object.hasOwn(sets, test) ? sets[test] : undefined;
  if (!set)
    invalid('test', 'bukan jenis pemeriksaan gula darah yang dikenal.', 'is not a known blood glucose test.');
  const v = test === 'hba1c' ? requireNumber(value, 'value', 2, 20) : requireNumber(value, 'value', 10, 1000);
  return classifyByThresholds(set, v);
}

/**
 * Total cholesterol (mg/dL), by {@link CHOLESTEROL_POSBINDU} unless another set is given (e.g.
 * {@link CHOLESTEROL_ATP_III}).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for values out of 50–1000 mg/dL.
 * @example
 * ```ts
 * classifyCholesterol(185).code; // => 'normal'
 * ```
 */
export function classifyCholesterol(
  mgPerDl: number,
  options: ThresholdOptions<ThresholdSet> = {},
): ScreeningResult {
  return classifyByThresholds(
    options.thresholds ?? CHOLESTEROL_POSBINDU,
    requireNumber(mgPerDl, 'cholesterolMgDl', 50, 1000),
    'cholesterolMgDl',
  );
}

/**
 * The WHO 2011 haemoglobin group of a person: by age in years, sex and pregnancy. `null` under 5
 * years (not covered by these thresholds).
 *
 * @example
 * ```ts
 * haemoglobinGroup(13, 'female'); // => 'child_12_14'
 * haemoglobinGroup(16, 'female', true); // => 'pregnant'
 * ```
 */
export function haemoglobinGroup(ageYears: number, sex: Sex, pregnant = false): HaemoglobinGroup | null {
  requireNumber(ageYears, 'ageYears', 0, 130);
  if (sex !== 'male' && sex !== 'female')
    invalid('sex', "harus 'male' atau 'female'.", "must be 'male' or 'female'.");
  if (pregnant && sex === 'female') return 'pregnant';
  if (ageYears < 5) return null;
  if (ageYears < 12) return 'child_5_11';
  if (ageYears < 15) return 'child_12_14';
  return sex === 'female' ? 'woman' : 'man';
}

/**
 * Anaemia by haemoglobin (g/dL) for a WHO 2011 group ({@link haemoglobinGroup}).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for values out of 1–25 g/dL or an unknown group.
 * @example
 * ```ts
 * classifyHaemoglobin(12.5, 'man').code; // => 'mild_anaemia'
 * ```
 */
export function classifyHaemoglobin(
  gPerDl: number,
  group: HaemoglobinGroup,
  options: ThresholdOptions<{ readonly [K in HaemoglobinGroup]: ThresholdSet }> = {},
): ScreeningResult {
  const sets = options.thresholds ?? HAEMOGLOBIN_WHO_2011;
  const set = Object.hasOwn(sets, group) ? sets[group] : undefined;
  if (!set) invalid('group', 'bukan kelompok yang dikenal.', 'is not a known group.');
  return classifyByThresholds(set, requireNumber(gPerDl, 'haemoglobinGDl', 1, 25), 'haemoglobinGDl');
}

/**
 * MUAC (LiLA, cm) for a child 6–59 months or a woman of reproductive age, by {@link MUAC_THRESHOLDS}.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for values out of 5–60 cm or an unknown group.
 * @example
 * ```ts
 * classifyMuac(23.4, 'woman_reproductive_age').code; // => 'chronic_energy_deficiency_risk'
 * ```
 */
export function classifyMuac(
  cm: number,
  group: MuacGroup,
  options: ThresholdOptions<{ readonly [K in MuacGroup]: ThresholdSet }> = {},
): ScreeningResult {
  const sets = options.thresholds ?? MUAC_THRESHOLDS;
  const set = Object.hasOwn(sets, group) ? sets[group] : undefined;
  if (!set) invalid('group', 'bukan kelompok yang dikenal.', 'is not a known group.');
  return classifyByThresholds(set, requireNumber(cm, 'muacCm', 5, 60), 'muacCm');
}

/**
 * ADL dependency (AKS) from a Barthel index score 0–20, by {@link BARTHEL_ADL}.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} unless the score is a whole number 0–20.
 * @example
 * ```ts
 * classifyBarthel(20).code; // => 'independent'
 * ```
 */
export function classifyBarthel(
  score: number,
  options: ThresholdOptions<ThresholdSet> = {},
): ScreeningResult {
  if (!Number.isInteger(score))
    invalid('barthelScore', 'harus bilangan bulat 0–20.', 'must be a whole number 0–20.');
  return classifyByThresholds(
    options.thresholds ?? BARTHEL_ADL,
    requireNumber(score, 'barthelScore', 0, 20),
    'barthelScore',
  );
}
