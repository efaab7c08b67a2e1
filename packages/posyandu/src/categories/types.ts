import type { LocalizedMessage } from '@opengov-id/core';

/**
 * The anthropometric indices Permenkes 2/2020 classifies, in snake_case: BB/U, PB/U or TB/U,
 * BB/PB or BB/TB, IMT/U for 0–60 months and IMT/U for 5–18 years.
 */
export type AnthropometricIndex =
  | 'weight_for_age'
  | 'length_height_for_age'
  | 'weight_for_length_height'
  | 'bmi_for_age_0_60'
  | 'bmi_for_age_5_18';

/** Every nutritional-status category code used by the Permenkes 2/2020 indices. */
export type NutritionalStatus =
  | 'severely_underweight'
  | 'underweight'
  | 'normal_weight'
  | 'risk_of_overweight'
  | 'severely_stunted'
  | 'stunted'
  | 'normal_height'
  | 'tall'
  | 'severely_wasted'
  | 'wasted'
  | 'normal'
  | 'possible_risk_of_overweight'
  | 'overweight'
  | 'obese'
  | 'severely_thinness'
  | 'thinness';

/**
 * One category of an index: the z-score interval it covers. `min: null` is open below, `max: null`
 * open above; each edge says whether it belongs to this category.
 */
export interface ZScoreBand {
  /** Category code. */
  readonly code: NutritionalStatus;
  /** The regulation's name in Indonesian, and the English term it gives. */
  readonly label: LocalizedMessage;
  /** Lower edge (z), or `null` for no lower edge. */
  readonly min: number | null;
  /** Whether a z equal to `min` is in this category. */
  readonly minInclusive: boolean;
  /** Upper edge (z), or `null` for no upper edge. */
  readonly max: number | null;
  /** Whether a z equal to `max` is in this category. */
  readonly maxInclusive: boolean;
  /** The regulation's footnote for this category, if any. */
  readonly note?: LocalizedMessage | undefined;
}

/** The categories of one index and the ages (completed months) they apply to. */
export interface IndexCategories {
  /** The index's name. */
  readonly label: LocalizedMessage;
  /** Ages in completed months, both ends inclusive. */
  readonly ageMonths: { readonly min: number; readonly max: number };
  /** The categories from the lowest z to the highest, together covering every z exactly once. */
  readonly categories: readonly ZScoreBand[];
}

/** Where a ruleset's thresholds come from. */
export interface RulesetSource {
  /** The regulation or guideline, by its full title. */
  readonly regulation: string;
  /** The article, annex or table within it. */
  readonly provision?: string | undefined;
  /** Version or year of the text. */
  readonly version: string;
}

/** A set of category thresholds for all five indices, with its source. */
export interface CategoryRuleset {
  /** Identifier of the ruleset (`permenkes-2-2020`). */
  readonly id: string;
  /** The regulation it encodes. */
  readonly source: RulesetSource;
  /** Categories per index. */
  readonly indices: Readonly<Record<AnthropometricIndex, IndexCategories>>;
}
