import { type LocalizedMessage, ValidationError } from '@opengov-id/core';
import type { GrowthZScores } from '../growth/zscores.js';
import { PERMENKES_2_2020_CATEGORIES } from './permenkes-2-2020.js';
import type { AnthropometricIndex, CategoryRuleset, NutritionalStatus, ZScoreBand } from './types.js';

/** The category a z-score falls in. */
export interface NutritionalCategory {
  /** The index that was classified. */
  readonly index: AnthropometricIndex;
  /** The category code. */
  readonly code: NutritionalStatus;
  /** The category's name in Indonesian and English. */
  readonly label: LocalizedMessage;
  /** The z-score that was classified. */
  readonly z: number;
  /** Id of the ruleset used (`permenkes-2-2020`). */
  readonly ruleset: string;
}

/** Options of {@link classifyZScore} and {@link classifyGrowth}. */
export interface ClassifyOptions {
  /** Thresholds to use instead of {@link PERMENKES_2_2020_CATEGORIES}. */
  readonly ruleset?: CategoryRuleset | undefined;
}

const inBand = (band: ZScoreBand, z: number): boolean =>
  (band.min === null || z > band.min || (band.minInclusive && z === band.min)) &&
  (band.max === null || z < band.max || (band.maxInclusive && z === band.max));

function requireZ(z: unknown): number {
  if (typeof z !== 'number' || !Number.isFinite(z)) {
    throw ValidationError.single(
      'z',
      { id: 'Kolom `z` harus angka terhingga.', en: 'Field `z` must be a finite number.' },
      'invalid_z_score',
    );
  }
  return z;
}

/** The band `z` falls in (a plain loop: this runs for every child in a register). */
function bandOf(ruleset: CategoryRuleset, index: AnthropometricIndex, z: number): ZScoreBand | undefined {
  const bands = ruleset.indices[index]?.categories;
  if (bands) for (const band of bands) if (inBand(band, z)) return band;
  return undefined;
}

/** The category of an index's z at an age in completed months; `null` outside the index's ages. */
function categoryAt(
  ruleset: CategoryRuleset,
  index: AnthropometricIndex | null,
  z: number | null,
  ageMonths: number,
): NutritionalCategory | null {
  if (index === null || z === null) return null;
  const { min, max } = ruleset.indices[index].ageMonths;
  if (ageMonths < min || ageMonths > max) return null;
  return classifyZScore(index, z, { ruleset });
}

/**
 * The Permenkes 2/2020 category of one z-score (or of the ruleset you pass). Give the z rounded to
 * 2 decimals, as `computeGrowthZScores` returns it: the regulation's edges are read on that value
 * (−2.00 is normal, −2.01 is *kurang*). Age ranges are not checked here; {@link classifyGrowth} does.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when `z` is not a finite number, or the
 * ruleset leaves `z` without a category.
 * @example
 * ```ts
 * classifyZScore('length_height_for_age', -2.01).code; // => 'stunted'
 * classifyZScore('length_height_for_age', -2).code; // => 'normal_height'
 * classifyZScore('weight_for_length_height', 2).label.id; // => 'Berisiko gizi lebih'
 * ```
 */
export function classifyZScore(
  index: AnthropometricIndex,
  z: number,
  options: ClassifyOptions = {},
): NutritionalCategory {
  const ruleset = options.ruleset ?? PERMENKES_2_2020_CATEGORIES;
  const value = requireZ(z);
  const band = bandOf(ruleset, index, value);
  if (!band) {
    throw ValidationError.single(
      'z',
      {
        id: `Aturan \`${ruleset.id}\` tidak punya kategori untuk nilai \`z\` ini pada indeks \`${index}\`.`,
        en: `Ruleset \`${ruleset.id}\` has no category for this \`z\` on index \`${index}\`.`,
      },
      'no_category',
    );
  }
  return { index, code: band.code, label: band.label, z: value, ruleset: ruleset.id };
}

/**
 * Which IMT/U (BMI-for-age) index applies at an age in completed months: `bmi_for_age_0_60` up to
 * 60 months, `bmi_for_age_5_18` from 61 to 216 months (per the ruleset), otherwise `null`.
 *
 * @example
 * ```ts
 * bmiIndexForAge(60); // => 'bmi_for_age_0_60'
 * bmiIndexForAge(61); // => 'bmi_for_age_5_18'
 * ```
 */
export function bmiIndexForAge(
  ageMonths: number,
  options: ClassifyOptions = {},
): 'bmi_for_age_0_60' | 'bmi_for_age_5_18' | null {
  const ruleset = options.ruleset ?? PERMENKES_2_2020_CATEGORIES;
  for (const index of ['bmi_for_age_0_60', 'bmi_for_age_5_18'] as const) {
    const { min, max } = ruleset.indices[index].ageMonths;
    if (ageMonths >= min && ageMonths <= max) return index;
  }
  return null;
}

/** The categories of a child's z-scores; an index is present when its z-score was. */
export interface GrowthCategories {
  /** BB/U; `null` when the z is `null` or the age is outside the index's range. */
  readonly weightForAge?: NutritionalCategory | null;
  /** PB/U or TB/U. */
  readonly lengthHeightForAge?: NutritionalCategory | null;
  /** BB/PB or BB/TB. */
  readonly weightForLengthHeight?: NutritionalCategory | null;
  /** IMT/U, 0–60 months or 5–18 years by age. */
  readonly bmiForAge?: NutritionalCategory | null;
}

/**
 * Classifies a child's z-scores (from `computeGrowthZScores`) by Permenkes 2/2020, at the child's
 * age in completed months ({@link completedMonths}): BB/U, PB/U-TB/U and BB/PB-TB for 0–60 months,
 * IMT/U with the 0–60-month or the 5–18-year categories by age. An index outside its age range, or
 * whose z is `null`, gives `null`.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when `ageMonths` is not a whole number ≥ 0.
 * @example
 * ```ts
 * const z = await computeGrowthZScores({ sex: 'female', ageMonths: 24, weightKg: 10.2, lengthHeightCm: 82 });
 * const categories = classifyGrowth(z, 24);
 * categories.lengthHeightForAge?.label.id; // => 'Normal'
 * ```
 */
export function classifyGrowth(
  scores: GrowthZScores,
  ageMonths: number,
  options: ClassifyOptions = {},
): GrowthCategories {
  if (!Number.isInteger(ageMonths) || ageMonths < 0) {
    throw ValidationError.single(
      'ageMonths',
      {
        id: 'Kolom `ageMonths` harus umur dalam bulan penuh (bilangan bulat ≥ 0).',
        en: 'Field `ageMonths` must be the age in completed months (a whole number ≥ 0).',
      },
      'invalid_age',
    );
  }
  const ruleset = options.ruleset ?? PERMENKES_2_2020_CATEGORIES;
  const out: {
    -readonly [K in keyof GrowthCategories]: GrowthCategories[K];
  } = {};
  const { weightForAge, lengthHeightForAge, weightForLengthHeight, bmiForAge } = scores;
  if (weightForAge) out.weightForAge = categoryAt(ruleset, 'weight_for_age', weightForAge.z, ageMonths);
  if (lengthHeightForAge)
    out.lengthHeightForAge = categoryAt(ruleset, 'length_height_for_age', lengthHeightForAge.z, ageMonths);
  if (weightForLengthHeight)
    out.weightForLengthHeight = categoryAt(
      ruleset,
      'weight_for_length_height',
      weightForLengthHeight.z,
      ageMonths,
    );
  if (bmiForAge)
    out.bmiForAge = categoryAt(ruleset, bmiIndexForAge(ageMonths, { ruleset }), bmiForAge.z, ageMonths);
  return out;
}
