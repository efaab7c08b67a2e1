import { NetworkError } from '@opengov-id/core';
import type { GrowthTableId, LmsTable } from './lms.js';
import {
  computeValidated,
  type GrowthTables,
  type GrowthZScores,
  parseGrowthInput,
  planFor,
} from './zscores.js';
import type { GrowthInput } from './schema.js';

// One dynamic import per table: bundlers emit each as its own chunk, fetched only when needed. Only
// functions refer to LOADERS, so an app that never calls them keeps none of these imports.
const LOADERS: Readonly<Record<GrowthTableId, () => Promise<LmsTable>>> = {
  weightForAge: () => import('./who/weight-for-age.js').then((m) => m.weightForAgeTable),
  lengthHeightForAge: () => import('./who/length-height-for-age.js').then((m) => m.lengthHeightForAgeTable),
  weightForLength: () => import('./who/weight-for-length.js').then((m) => m.weightForLengthTable),
  weightForHeight: () => import('./who/weight-for-height.js').then((m) => m.weightForHeightTable),
  bmiForAge: () => import('./who/bmi-for-age.js').then((m) => m.bmiForAgeTable),
  headCircumferenceForAge: () =>
    import('./who/head-circumference-for-age.js').then((m) => m.headCircumferenceForAgeTable),
  armCircumferenceForAge: () =>
    import('./who/arm-circumference-for-age.js').then((m) => m.armCircumferenceForAgeTable),
  tricepsSkinfoldForAge: () =>
    import('./who/triceps-skinfold-for-age.js').then((m) => m.tricepsSkinfoldForAgeTable),
  subscapularSkinfoldForAge: () =>
    import('./who/subscapular-skinfold-for-age.js').then((m) => m.subscapularSkinfoldForAgeTable),
  weightForAge5to19: () => import('./who/weight-for-age-5-19.js').then((m) => m.weightForAge5to19Table),
  heightForAge5to19: () => import('./who/height-for-age-5-19.js').then((m) => m.heightForAge5to19Table),
  bmiForAge5to19: () => import('./who/bmi-for-age-5-19.js').then((m) => m.bmiForAge5to19Table),
};

/**
 * Every WHO growth table id, in a stable order.
 *
 * @example
 * ```ts
 * const tables = await loadGrowthTables(growthTableIds.filter((id) => !id.endsWith('5to19')));
 * ```
 */
export const growthTableIds: readonly GrowthTableId[] = [
  'weightForAge',
  'lengthHeightForAge',
  'weightForLength',
  'weightForHeight',
  'bmiForAge',
  'headCircumferenceForAge',
  'armCircumferenceForAge',
  'tricepsSkinfoldForAge',
  'subscapularSkinfoldForAge',
  'weightForAge5to19',
  'heightForAge5to19',
  'bmiForAge5to19',
];

// Loaded tables, so later calls need no promise per table.
const loaded = new Map<GrowthTableId, LmsTable>();

async function loadOne(id: GrowthTableId): Promise<LmsTable> {
  const cached = loaded.get(id);
  if (cached) return cached;
  let table: LmsTable;
  try {
    table = await LOADERS[id]();
  } catch (cause) {
    // In a browser the chunk is fetched: offline, this is a network failure. Not cached, so a retry works.
    throw new NetworkError(`WHO growth table \`${id}\` could not be loaded.`, {
      cause,
      messages: {
        id: `Tabel pertumbuhan WHO \`${id}\` gagal dimuat; periksa koneksi lalu coba lagi.`,
        en: `WHO growth table \`${id}\` could not be loaded; check the connection and try again.`,
      },
    });
  }
  loaded.set(id, table);
  return table;
}

/**
 * Loads WHO growth tables (all by default) for {@link computeGrowthZScoresSync}. Each table is a
 * separate module fetched on demand, so an app that asks for `['weightForAge']` loads only that one.
 *
 * @throws {@link @opengov-id/core!index.NetworkError} when a table module cannot be fetched (a browser offline).
 * @example
 * ```ts
 * const tables = await loadGrowthTables(['weightForAge']);
 * computeGrowthZScoresSync({ sex: 'male', ageMonths: 9, weightKg: 8.4 }, tables);
 * ```
 */
export async function loadGrowthTables(
  ids: readonly GrowthTableId[] = growthTableIds,
): Promise<GrowthTables> {
  const tables = await Promise.all(ids.map(loadOne));
  return Object.fromEntries(tables.map((table) => [table.id, table])) as GrowthTables;
}

/** Options for {@link computeGrowthZScores}. */
export interface ComputeGrowthZScoresOptions {
  /** Tables to use instead of the built-in WHO ones (for example a table you built with {@link defineLmsTable}). */
  readonly tables?: GrowthTables | undefined;
}

/**
 * WHO growth z-scores for one child, exactly as WHO's own software computes them, loading the WHO
 * tables the input needs on first use (later calls reuse them).
 *
 * - **Below 60 months** (unrounded age) it is WHO's `anthro` 1.1 (WHO Child Growth Standards): LMS
 *   z-scores, restricted beyond ±3 SD for weight-for-age, weight-for-length/height, BMI, arm
 *   circumference and the skinfolds; length measured standing before 731 days +0.7 cm, lying from
 *   731 days −0.7 cm, and standing before 9 months treated as unknown position
 *   (`measuredPositionImplausible`); weight-for-length before 731 days, weight-for-height after, and
 *   with the age unknown by the measured position or else below/above 87 cm; 0.1 cm interpolation;
 *   months to days × 30.4375 rounded half up; arm circumference and skinfolds from 91 days.
 * - **From 60 to 228 months** it is WHO's `anthroplus` 1.0 (WHO Growth Reference 2007):
 *   height-for-age and BMI-for-age to 228 months, weight-for-age to 120 months, L/M/S interpolated
 *   between whole months, height as given (no ±0.7 cm).
 * - z is rounded to 2 decimals as R does, and flagged on that rounded value: weight-for-age z < −6
 *   or > 5, length/height-for-age \|z\| > 6, the others \|z\| > 5. With `oedema: true` the
 *   weight-based z-scores (weight-for-age, weight-for-length/height, BMI) are `null`.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} (rejected promise) when the input is invalid: the message, in
 * Indonesian and English, names the field; {@link @opengov-id/core!index.NetworkError} when a table module cannot
 * be fetched (a browser offline).
 * @example
 * ```ts
 * import { computeGrowthZScores } from '@opengov-id/posyandu';
 *
 * const result = await computeGrowthZScores({
 *   sex: 'male',
 *   ageDays: 987,
 *   weightKg: 9.2,
 *   lengthHeightCm: 72.86,
 *   measured: 'recumbent',
 * });
 * result.lengthHeightForAge; // { z: -6.09, flagged: true } (72.16 cm after the −0.7 cm correction)
 * ```
 */
export async function computeGrowthZScores(
  input: GrowthInput,
  options: ComputeGrowthZScoresOptions = {},
): Promise<GrowthZScores> {
  const valid = parseGrowthInput(input);
  const own = options.tables ?? {};
  const tables: Partial<Record<GrowthTableId, LmsTable>> = {};
  for (const id of planFor(valid)) tables[id] = own[id] ?? loaded.get(id) ?? (await loadOne(id));
  return computeValidated(valid, tables);
}
