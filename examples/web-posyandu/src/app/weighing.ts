import { daysBetween } from '@opengov-id/core';
import {
  classifyGrowth,
  completedMonths,
  computeGrowthZScores,
  type GrowthCategories,
  type GrowthTableId,
  type GrowthTables,
  type GrowthZScores,
  type MeasuredPosition,
  renderGrowthChart,
} from '@opengov-id/posyandu';
import type { NewVisit } from '@opengov-id/posyandu/contract';
import type { RegisterChild, Weighing } from './register.js';

/**
 * The WHO tables a weighing of a child under five can need (weight, length/height, BMI). The app
 * loads them while it is online, so z-scores and the chart still work after the signal is gone.
 */
export const WEIGHING_TABLES: readonly GrowthTableId[] = [
  'weightForAge',
  'lengthHeightForAge',
  'weightForLength',
  'weightForHeight',
  'bmiForAge',
];

/** What the kader types in. */
export interface WeighingForm {
  /** Date of the weighing, `YYYY-MM-DD`. */
  readonly date: string;
  readonly weightKg: number;
  readonly lengthHeightCm?: number | undefined;
  readonly measured?: MeasuredPosition | undefined;
}

/** Everything the app shows and sends for one weighing. */
export interface WeighingResult {
  /** Exact age in days, as WHO's z-scores use it. */
  readonly ageDays: number;
  /** Age in completed months, as Permenkes 2/2020 states its categories. */
  readonly ageMonths: number;
  readonly scores: GrowthZScores;
  readonly categories: GrowthCategories;
  /** The weight-for-age chart (SVG) with the earlier weighings and this one. */
  readonly chartSvg: string;
  /** The visit to send to the posyandu API (without `localId`, which the field record gives). */
  readonly visit: NewVisit;
}

/**
 * Scores one weighing with the SDK (WHO z-scores, Permenkes 2/2020 categories) and draws the
 * child's weight-for-age chart with it. Throws the SDK's `ValidationError` for an impossible entry
 * (a date before birth, a weight of 0), before anything is stored.
 */
export async function assessWeighing(options: {
  readonly child: RegisterChild;
  readonly posyanduId: string;
  readonly form: WeighingForm;
  /** The WHO tables already loaded ({@link WEIGHING_TABLES}); a missing one is imported. */
  readonly tables: GrowthTables;
  /** Weighings to plot before this one (default: the child's history). */
  readonly earlier?: readonly Weighing[];
}): Promise<WeighingResult> {
  const { child, form, tables, earlier = child.history } = options;
  const ageDays = daysBetween(child.birthDate, form.date);
  const scores = await computeGrowthZScores(
    {
      sex: child.sex,
      ageDays,
      weightKg: form.weightKg,
      ...(form.lengthHeightCm === undefined ? {} : { lengthHeightCm: form.lengthHeightCm }),
      ...(form.measured === undefined ? {} : { measured: form.measured }),
    },
    { tables },
  );
  const ageMonths = completedMonths(child.birthDate, form.date);
  const points = [...earlier, { date: form.date, weightKg: form.weightKg }].map((w) => ({
    ageDays: daysBetween(child.birthDate, w.date),
    value: w.weightKg,
  }));
  const chartSvg = await renderGrowthChart(
    {
      indicator: 'weightForAge',
      sex: child.sex,
      points,
      language: 'id',
      // The 0–24 month chart ends at day 730; older children need the 0–60 month one.
      maxAgeMonths: ageDays <= 730 ? 24 : 60,
    },
    { tables },
  );
  const measurements = {
    weightKg: form.weightKg,
    ...(form.lengthHeightCm === undefined ? {} : { lengthHeightCm: form.lengthHeightCm }),
    ...(form.measured === undefined ? {} : { measured: form.measured }),
  };
  return {
    ageDays,
    ageMonths,
    scores,
    categories: classifyGrowth(scores, ageMonths),
    chartSvg,
    visit: {
      personId: child.id,
      posyanduId: options.posyanduId,
      date: form.date,
      service: 'kia',
      measurements,
    },
  };
}
