import { addDays, daysBetween } from '@opengov-id/core';
import { completedMonths } from '../categories/age.js';
import { classifyGrowth } from '../categories/classify.js';
import type { NutritionalStatus } from '../categories/types.js';
import { type ComputeGrowthZScoresOptions, computeGrowthZScores } from '../growth/load.js';
import type { GrowthZScore, GrowthZScores } from '../growth/zscores.js';
import { computeSkdn, type SkdnReport, skdnChildForMonth } from '../monitoring/skdn.js';
import { assessWeighings, type WeighingStatus } from '../monitoring/weighing.js';
import {
  aggregateNutritionFigures,
  type NutritionArea,
  type NutritionChild,
  type NutritionFigures,
  type NutritionFiguresOptions,
} from './nutrition.js';

/** A registered person as the register functions need it (the contract's `Person` fits). */
export interface RegisterPerson {
  readonly id: string;
  readonly sex: 'male' | 'female';
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
}

/** A stored visit as the register functions need it (the contract's `Visit` fits). */
export interface RegisterVisit {
  readonly id: string;
  readonly personId: string;
  readonly posyanduId: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly service: string;
  readonly measurements: {
    readonly weightKg?: number | undefined;
    readonly lengthHeightCm?: number | undefined;
    readonly measured?: 'recumbent' | 'standing' | undefined;
    readonly oedema?: boolean | undefined;
  };
  /** Set when the visit was voided (entered in error): it then counts nowhere. */
  readonly voidedAt?: string | undefined;
}

/** The growth reading of one visit: z-scores, Permenkes categories and the KMS status. */
export interface VisitGrowth {
  /** Age in completed months on the visit date. */
  readonly ageMonths: number;
  /** WHO z-scores (`null` where none applies or nothing was measured). */
  readonly zScores: {
    readonly weightForAge: GrowthZScore | null;
    readonly lengthHeightForAge: GrowthZScore | null;
    readonly weightForLengthHeight: GrowthZScore | null;
    readonly bmiForAge: GrowthZScore | null;
  };
  /** Permenkes 2/2020 category codes; `null` when the z is missing, flagged, or out of the index's ages. */
  readonly categories: {
    readonly weightForAge: NutritionalStatus | null;
    readonly lengthHeightForAge: NutritionalStatus | null;
    readonly weightForLengthHeight: NutritionalStatus | null;
    readonly bmiForAge: NutritionalStatus | null;
  };
  /** The KMS reading of this weighing (a KIA weighing under 60 months), else `null`. */
  readonly weighing: {
    readonly status: WeighingStatus;
    readonly gainGrams: number | null;
    readonly kbmGrams: number | null;
    readonly belowRedLine: boolean | null;
    readonly refer: boolean;
  } | null;
}

const isKmsWeighing = (person: RegisterPerson, visit: RegisterVisit): boolean =>
  visit.voidedAt === undefined &&
  visit.service === 'kia' &&
  visit.measurements.weightKg !== undefined &&
  visit.date >= person.birthDate &&
  completedMonths(person.birthDate, visit.date) < 60;

async function zScoresOf(
  person: RegisterPerson,
  visit: RegisterVisit,
  options: ComputeGrowthZScoresOptions,
): Promise<GrowthZScores> {
  const m = visit.measurements;
  return computeGrowthZScores(
    {
      sex: person.sex,
      ageDays: daysBetween(person.birthDate, visit.date),
      ...(m.weightKg === undefined ? {} : { weightKg: m.weightKg }),
      ...(m.lengthHeightCm === undefined ? {} : { lengthHeightCm: m.lengthHeightCm }),
      ...(m.measured === undefined ? {} : { measured: m.measured }),
      ...(m.oedema === undefined ? {} : { oedema: m.oedema }),
    },
    options,
  );
}

/** A flagged (biologically implausible) z is not classified: WHO leaves it out of prevalences. */
const usable = (score: GrowthZScore | undefined): GrowthZScore | undefined =>
  score && !score.flagged && score.z !== null ? score : undefined;

async function weighingsOf(
  person: RegisterPerson,
  visits: readonly RegisterVisit[],
  until: string,
  options: ComputeGrowthZScoresOptions,
) {
  const kms = visits
    .filter((v) => v.personId === person.id && v.date <= until && isKmsWeighing(person, v))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const weighings = await Promise.all(
    kms.map(async (v) => ({
      date: v.date,
      weightKg: v.measurements.weightKg as number,
      weightForAgeZ:
        (await zScoresOf(person, { ...v, measurements: { weightKg: v.measurements.weightKg } }, options))
          .weightForAge?.z ?? null,
    })),
  );
  return assessWeighings(person.birthDate, weighings);
}

/**
 * The growth reading of one visit from the person's stored visits: WHO z-scores
 * ({@link computeGrowthZScores}), Permenkes 2/2020 categories ({@link classifyGrowth}) and, for a
 * KIA weighing under 60 months, its N/T/O/B status ({@link assessWeighings}) among the person's
 * other weighings that are not voided. Run it again after a correction: everything is recomputed.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} (rejected promise) for measurements the
 * growth functions reject, or two weighings in one month.
 * @example
 * ```ts
 * const person = { id: 'p-1', sex: 'female' as const, birthDate: '2025-01-10' };
 * const visits = [
 *   { id: 'v-1', personId: 'p-1', posyanduId: 'psy-1', date: '2025-03-12', service: 'kia', measurements: { weightKg: 5.6 } },
 *   { id: 'v-2', personId: 'p-1', posyanduId: 'psy-1', date: '2025-04-14', service: 'kia', measurements: { weightKg: 6.5 } },
 * ];
 * const growth = await visitGrowth(person, visits[1]!, visits);
 * growth.weighing?.status; // => 'N' (+900 g ≥ the 800 g KBM at 3 months)
 * ```
 */
export async function visitGrowth(
  person: RegisterPerson,
  visit: RegisterVisit,
  visits: readonly RegisterVisit[],
  options: ComputeGrowthZScoresOptions = {},
): Promise<VisitGrowth> {
  const ageMonths = completedMonths(person.birthDate, visit.date);
  const scores = await zScoresOf(person, visit, options);
  const { weightForAge, lengthHeightForAge, weightForLengthHeight, bmiForAge, ...rest } = scores;
  const categories = classifyGrowth(
    {
      ...rest,
      ...(usable(weightForAge) ? { weightForAge } : {}),
      ...(usable(lengthHeightForAge) ? { lengthHeightForAge } : {}),
      ...(usable(weightForLengthHeight) ? { weightForLengthHeight } : {}),
      ...(usable(bmiForAge) ? { bmiForAge } : {}),
    },
    ageMonths,
  );
  let weighing: VisitGrowth['weighing'] = null;
  if (isKmsWeighing(person, visit)) {
    const others = visits.filter((v) => v.id !== visit.id);
    const assessed = await weighingsOf(person, [...others, visit], visit.date, options);
    const own = assessed.find((a) => a.date === visit.date);
    if (own)
      weighing = {
        status: own.status,
        gainGrams: own.gainGrams,
        kbmGrams: own.kbmGrams,
        belowRedLine: own.belowRedLine,
        refer: own.refer,
      };
  }
  return {
    ageMonths,
    zScores: {
      weightForAge: scores.weightForAge ?? null,
      lengthHeightForAge: scores.lengthHeightForAge ?? null,
      weightForLengthHeight: scores.weightForLengthHeight ?? null,
      bmiForAge: scores.bmiForAge ?? null,
    },
    categories: {
      weightForAge: categories.weightForAge?.code ?? null,
      lengthHeightForAge: categories.lengthHeightForAge?.code ?? null,
      weightForLengthHeight: categories.weightForLengthHeight?.code ?? null,
      bmiForAge: categories.bmiForAge?.code ?? null,
    },
    weighing,
  };
}

const monthBounds = (month: string) => {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { first: `${month}-01`, last: addDays(`${next}-01`, -1) };
};

/** A balita in the month: born by its last day and under 60 completed months on its first. */
const isBalitaIn = (person: RegisterPerson, month: string): boolean => {
  const { first, last } = monthBounds(month);
  return (
    person.birthDate <= last && (person.birthDate > first || completedMonths(person.birthDate, first) < 60)
  );
};

/**
 * SKDN of one posyandu and month (`YYYY-MM`) from its register: S = the balita among `people`
 * (born by the month's end, under 60 completed months at its start), K = S (the register is the
 * posyandu's list of Buku KIA), D and N/T/O/B from their KIA weighings that are not voided
 * ({@link assessWeighings}, weighings after the month ignored), BGM from weight-for-age z < −3; then
 * {@link computeSkdn}, which checks the SKDN invariants.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} (rejected promise) when the register
 * breaks a rule (two weighings in one month) or the counts break an SKDN invariant.
 * @example
 * ```ts
 * const people = [{ id: 'p-1', sex: 'female' as const, birthDate: '2025-01-10' }];
 * const visits = [
 *   { id: 'v-1', personId: 'p-1', posyanduId: 'psy-1', date: '2025-03-12', service: 'kia', measurements: { weightKg: 5.6 } },
 * ];
 * (await skdnFromVisits(people, visits, '2025-03')).counts.D; // => 1
 * ```
 */
export async function skdnFromVisits(
  people: readonly RegisterPerson[],
  visits: readonly RegisterVisit[],
  month: string,
  options: ComputeGrowthZScoresOptions = {},
): Promise<SkdnReport> {
  const { last } = monthBounds(month);
  const children = await Promise.all(
    people
      .filter((p) => isBalitaIn(p, month))
      .map(async (person) =>
        skdnChildForMonth(await weighingsOf(person, visits, last, options), month, { hasKms: true }),
      ),
  );
  return computeSkdn(children);
}

/**
 * Public nutrition figures of a month from stored visits: each child under 60 months with a KIA
 * weighing that month (not voided) counts once, at the posyandu of that visit, with the Permenkes
 * 2/2020 categories of its measurements ({@link visitGrowth}); then
 * {@link aggregateNutritionFigures} with its small-cell suppression.
 *
 * @example
 * ```ts
 * const figures = await nutritionFiguresFromVisits(
 *   [{ posyanduId: 'psy-1', desaCode: '52.07.02.2001' }], [], [], '2026-03');
 * figures.posyandu[0]?.childrenWeighed; // => null (0 children: withheld)
 * ```
 */
export async function nutritionFiguresFromVisits(
  areas: readonly NutritionArea[],
  people: readonly RegisterPerson[],
  visits: readonly RegisterVisit[],
  month: string,
  options: NutritionFiguresOptions & ComputeGrowthZScoresOptions = {},
): Promise<NutritionFigures> {
  const desaOf = new Map(areas.map((a) => [a.posyanduId, a.desaCode]));
  const byId = new Map(people.map((p) => [p.id, p]));
  const growthOptions = options.tables === undefined ? {} : { tables: options.tables };
  const children: NutritionChild[] = [];
  const counted = new Set<string>();
  for (const visit of visits) {
    const person = byId.get(visit.personId);
    const desaCode = desaOf.get(visit.posyanduId);
    if (!person || desaCode === undefined || visit.date.slice(0, 7) !== month) continue;
    if (!isKmsWeighing(person, visit) || counted.has(person.id)) continue;
    counted.add(person.id);
    const { categories } = await visitGrowth(person, visit, [visit], growthOptions);
    children.push({
      posyanduId: visit.posyanduId,
      desaCode,
      weightForAge: categories.weightForAge,
      lengthHeightForAge: categories.lengthHeightForAge,
      weightForLengthHeight: categories.weightForLengthHeight,
    });
  }
  return aggregateNutritionFigures(
    areas,
    children,
    options.threshold === undefined ? {} : { threshold: options.threshold },
  );
}
