import type { NutritionalStatus } from '../categories/types.js';
import { DEFAULT_SMALL_CELL_THRESHOLD, type PublishedCount, suppressSmallCells } from './suppress.js';

/**
 * One child weighed in the month, as the figures need it: where, and the Permenkes 2/2020 category
 * code of each index (`null` when that index was not measured, or its z is missing or flagged).
 */
export interface NutritionChild {
  /** The posyandu where the child was weighed. */
  readonly posyanduId: string;
  /** That posyandu's desa (Kemendagri code). */
  readonly desaCode: string;
  /** BB/U category. */
  readonly weightForAge: NutritionalStatus | null;
  /** PB/U or TB/U category. */
  readonly lengthHeightForAge: NutritionalStatus | null;
  /** BB/PB or BB/TB category. */
  readonly weightForLengthHeight: NutritionalStatus | null;
}

/** A posyandu the figures cover (it appears even when nobody was weighed there). */
export interface NutritionArea {
  /** The posyandu id. */
  readonly posyanduId: string;
  /** Its desa (Kemendagri code). */
  readonly desaCode: string;
}

/** One share: children in the category, children measured for the index, and the fraction. */
export interface NutritionShare {
  /** Children in the category; `null` when withheld. */
  readonly count: PublishedCount;
  /** Children with this index measured (the denominator); `null` when withheld. */
  readonly measured: PublishedCount;
  /** `count / measured`, 0–1; `null` when either is withheld or nobody was measured. */
  readonly share: number | null;
}

/** The figures of one posyandu or one desa. */
export interface AreaNutritionFigures {
  /** Children 0–59 months weighed in the month; `null` when withheld. */
  readonly childrenWeighed: PublishedCount;
  /** Stunted: PB/U or TB/U below −2 SD (`stunted` and `severely_stunted`). */
  readonly stunted: NutritionShare;
  /** Wasted: BB/PB or BB/TB below −2 SD (`wasted` and `severely_wasted`). */
  readonly wasted: NutritionShare;
  /** Underweight: BB/U below −2 SD (`underweight` and `severely_underweight`). */
  readonly underweight: NutritionShare;
  /** Overweight: BB/PB or BB/TB above +2 SD (`overweight` and `obese`). */
  readonly overweight: NutritionShare;
}

/** Options of {@link aggregateNutritionFigures}. */
export interface NutritionFiguresOptions {
  /** Counts below it are withheld. @defaultValue {@link DEFAULT_SMALL_CELL_THRESHOLD} (5) */
  readonly threshold?: number | undefined;
}

/** What {@link aggregateNutritionFigures} returns. */
export interface NutritionFigures {
  /** The small-cell threshold used. */
  readonly threshold: number;
  /** Per posyandu, in the order given. */
  readonly posyandu: ReadonlyArray<
    AreaNutritionFigures & { readonly posyanduId: string; readonly desaCode: string }
  >;
  /** Per desa (the sum of its posyandu), in first-seen order. */
  readonly desa: ReadonlyArray<AreaNutritionFigures & { readonly desaCode: string }>;
}

/** The cells of the figures table; wasted and overweight share one denominator. */
const CELLS = [
  'weighed',
  'lengthHeightForAgeMeasured',
  'stunted',
  'weightForLengthHeightMeasured',
  'wasted',
  'overweight',
  'weightForAgeMeasured',
  'underweight',
] as const;
type Cell = (typeof CELLS)[number];

const STUNTED = new Set<NutritionalStatus>(['stunted', 'severely_stunted']);
const WASTED = new Set<NutritionalStatus>(['wasted', 'severely_wasted']);
const UNDERWEIGHT = new Set<NutritionalStatus>(['underweight', 'severely_underweight']);
const OVERWEIGHT = new Set<NutritionalStatus>(['overweight', 'obese']);

function shareOf(count: PublishedCount, measured: PublishedCount): NutritionShare {
  return {
    count,
    measured,
    share: count === null || measured === null || measured === 0 ? null : count / measured,
  };
}

function toFigures(cells: Readonly<Record<Cell, PublishedCount>>): AreaNutritionFigures {
  return {
    childrenWeighed: cells.weighed,
    stunted: shareOf(cells.stunted, cells.lengthHeightForAgeMeasured),
    wasted: shareOf(cells.wasted, cells.weightForLengthHeightMeasured),
    underweight: shareOf(cells.underweight, cells.weightForAgeMeasured),
    overweight: shareOf(cells.overweight, cells.weightForLengthHeightMeasured),
  };
}

/**
 * Public nutrition figures of a month per posyandu and per desa: children weighed and the shares
 * stunted, wasted, underweight and overweight by the Permenkes 2/2020 categories, each share over
 * the children measured for its index. Small cells are withheld by {@link suppressSmallCells}
 * (default threshold 5): no count below it is published, no withheld count follows from the
 * published ones by subtraction, and a share is published only when its count and denominator are.
 * Nothing about a single child is in the result.
 *
 * @example
 * ```ts
 * const child = (lengthHeightForAge: 'stunted' | 'normal_height') => ({
 *   posyanduId: 'psy-1', desaCode: '52.07.02.2001',
 *   weightForAge: 'normal_weight' as const, lengthHeightForAge, weightForLengthHeight: 'normal' as const,
 * });
 * const figures = aggregateNutritionFigures(
 *   [{ posyanduId: 'psy-1', desaCode: '52.07.02.2001' }],
 *   [...Array.from({ length: 6 }, () => child('stunted')), ...Array.from({ length: 14 }, () => child('normal_height'))],
 * );
 * figures.posyandu[0]?.stunted; // => { count: 6, measured: 20, share: 0.3 }
 * figures.posyandu[0]?.wasted.count; // => null (0 is below 5)
 * ```
 */
export function aggregateNutritionFigures(
  areas: readonly NutritionArea[],
  children: readonly NutritionChild[],
  options: NutritionFiguresOptions = {},
): NutritionFigures {
  const threshold = options.threshold ?? DEFAULT_SMALL_CELL_THRESHOLD;
  const counts = new Map<string, Record<Cell, number>>();
  const order: NutritionArea[] = [];
  const add = (area: NutritionArea) => {
    if (counts.has(area.posyanduId)) return;
    counts.set(area.posyanduId, Object.fromEntries(CELLS.map((c) => [c, 0])) as Record<Cell, number>);
    order.push(area);
  };
  for (const area of areas) add(area);
  for (const child of children) {
    add(child);
    const c = counts.get(child.posyanduId) as Record<Cell, number>;
    c.weighed++;
    if (child.lengthHeightForAge !== null) {
      c.lengthHeightForAgeMeasured++;
      if (STUNTED.has(child.lengthHeightForAge)) c.stunted++;
    }
    if (child.weightForLengthHeight !== null) {
      c.weightForLengthHeightMeasured++;
      if (WASTED.has(child.weightForLengthHeight)) c.wasted++;
      if (OVERWEIGHT.has(child.weightForLengthHeight)) c.overweight++;
    }
    if (child.weightForAge !== null) {
      c.weightForAgeMeasured++;
      if (UNDERWEIGHT.has(child.weightForAge)) c.underweight++;
    }
  }
  const table = suppressSmallCells(
    order.map((area) => ({
      id: area.posyanduId,
      parent: area.desaCode,
      cells: counts.get(area.posyanduId) as Record<Cell, number>,
    })),
    CELLS,
    threshold,
  );
  return {
    threshold,
    posyandu: table.rows.map((row) => ({
      posyanduId: row.id,
      desaCode: row.parent,
      ...toFigures(row.cells),
    })),
    desa: table.parents.map((parent) => ({ desaCode: parent.id, ...toFigures(parent.cells) })),
  };
}
