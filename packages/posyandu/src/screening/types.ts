import type { LocalizedMessage } from '@opengov-id/core';
import type { RulesetSource } from '../categories/types.js';

/** One category of a measure: the interval of values it covers. */
export interface ValueBand {
  /** Category code, snake_case. */
  readonly code: string;
  /** Name in Indonesian and English. */
  readonly label: LocalizedMessage;
  /** Lower edge, or `null` for none. */
  readonly min: number | null;
  /** Whether a value equal to `min` is in this category. */
  readonly minInclusive: boolean;
  /** Upper edge, or `null` for none. */
  readonly max: number | null;
  /** Whether a value equal to `max` is in this category. */
  readonly maxInclusive: boolean;
  /** Outside the healthy range (counsel, follow up). */
  readonly atRisk: boolean;
  /** Refer to the Puskesmas / FKTP. */
  readonly refer: boolean;
}

/**
 * A versioned set of thresholds for one measure. `confirmed: false` marks figures the research
 * could not check against a primary text: confirm them with the programme owner before relying on
 * them, or pass your own set.
 */
export interface ThresholdSet {
  /** Identifier (`imt-dewasa-kemenkes`). */
  readonly id: string;
  /** Where the figures come from. */
  readonly source: RulesetSource;
  /** Whether the figures were checked against a primary text. */
  readonly confirmed: boolean;
  /** Unit of the value (`kg/m2`, `cm`, `mg/dL`, `g/dL`, `score`). */
  readonly unit: string;
  /** The categories, lowest values first, covering every value once. */
  readonly bands: readonly ValueBand[];
}

/** The outcome of a screening measure. */
export interface ScreeningResult {
  /** Category code. */
  readonly code: string;
  /** Category name in Indonesian and English. */
  readonly label: LocalizedMessage;
  /** Outside the healthy range. */
  readonly atRisk: boolean;
  /** Refer to the Puskesmas / FKTP. */
  readonly refer: boolean;
  /** Id of the threshold set used. */
  readonly thresholdSet: string;
}

/** A blood-pressure category: reached when systolic or diastolic is at least its value. */
export interface BloodPressureCategory {
  /** Category code. */
  readonly code: string;
  /** Name in Indonesian and English. */
  readonly label: LocalizedMessage;
  /** Systolic from which this category applies (mmHg). */
  readonly systolicAtLeast: number;
  /** Diastolic from which this category applies (mmHg). */
  readonly diastolicAtLeast: number;
  /** Outside the healthy range. */
  readonly atRisk: boolean;
  /** Refer to the Puskesmas / FKTP. */
  readonly refer: boolean;
}

/** A versioned blood-pressure classification: categories from the highest down. */
export interface BloodPressureThresholds {
  /** Identifier. */
  readonly id: string;
  /** Where the figures come from. */
  readonly source: RulesetSource;
  /** Whether the figures were checked against a primary text. */
  readonly confirmed: boolean;
  /** Categories from the highest down; the last must start at 0/0. */
  readonly categories: readonly BloodPressureCategory[];
  /** Isolated systolic hypertension: systolic ≥ this and diastolic below `diastolicBelow`, if the set defines it. */
  readonly isolatedSystolic?:
    | { readonly systolicAtLeast: number; readonly diastolicBelow: number }
    | undefined;
}
