import { ValidationError } from '@opengov-id/core';

/** The smallest count published by default (small-cell suppression): counts 0–4 are withheld. */
export const DEFAULT_SMALL_CELL_THRESHOLD = 5;

/** One area of a two-level table (a posyandu in its desa) with its counts. */
export interface CellRow<K extends string> {
  /** The area's id (a posyandu id). */
  readonly id: string;
  /** The parent area it adds up into (a desa code). */
  readonly parent: string;
  /** Its counts, one per cell key. */
  readonly cells: Readonly<Record<K, number>>;
}

/** A count as published: the number, or `null` when withheld. */
export type PublishedCount = number | null;

/** What {@link suppressSmallCells} publishes: every row and every parent total, withheld cells `null`. */
export interface SuppressedTable<K extends string> {
  /** The rows, in the order given. */
  readonly rows: ReadonlyArray<{
    readonly id: string;
    readonly parent: string;
    readonly cells: Readonly<Record<K, PublishedCount>>;
  }>;
  /** The parent totals (sum of their rows), in first-seen order. */
  readonly parents: ReadonlyArray<{
    readonly id: string;
    readonly cells: Readonly<Record<K, PublishedCount>>;
  }>;
}

function checkThreshold(threshold: number): number {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw ValidationError.single(
      'threshold',
      {
        id: 'Kolom `threshold` harus bilangan bulat ≥ 1.',
        en: 'Field `threshold` must be a whole number ≥ 1.',
      },
      'invalid_threshold',
    );
  }
  return threshold;
}

/**
 * Whether a reader who knows the rule could pin a withheld count from their sum alone: a count
 * below `k` lies in [0, k − 1], a count withheld to protect it in [k, ∞). Two withheld 4s under a
 * published 8 are both 4; a withheld 0 and 5 adding to 5 are 0 and 5.
 */
function pinned(values: readonly number[], k: number): boolean {
  const sum = values.reduce((a, v) => a + v, 0);
  const protecting = values.filter((v) => v >= k).length;
  const small = values.length - protecting;
  return values.some((v) => {
    const own = v < k;
    // The others' bounds: below-threshold ones 0 … k − 1 each, protecting ones k … ∞ each.
    const othersProtecting = protecting - (own ? 0 : 1);
    const othersSmall = small - (own ? 1 : 0);
    const othersLo = othersProtecting * k;
    const othersHi = othersProtecting > 0 ? Number.POSITIVE_INFINITY : othersSmall * (k - 1);
    const least = Math.max(own ? 0 : k, sum - othersHi);
    const most = Math.min(own ? k - 1 : Number.POSITIVE_INFINITY, sum - othersLo);
    return least === most;
  });
}

/**
 * Small-cell suppression of a two-level table whose parent totals are the sums of their rows (the
 * figures of each posyandu and of its desa). Every count below `threshold` is withheld (primary
 * suppression, 0 included: "nobody here is stunted" is a disclosure too). Then, for each parent
 * and cell key whose total is published, more rows are withheld (smallest first, ties by id) until
 * the withheld rows are at least two, add up to at least `threshold`, and their sum does not pin
 * any of them by the bounds a reader knows (a count below the threshold lies in 0 … threshold − 1,
 * one withheld to protect it is at least the threshold), or else the total itself is withheld: so no
 * withheld count can be recovered by subtracting published rows from a published total, and the
 * withheld rows together are never a small group either.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for a threshold that is not a whole
 * number ≥ 1, or a count that is not a whole number ≥ 0.
 * @example
 * ```ts
 * const table = suppressSmallCells(
 *   [
 *     { id: 'psy-a', parent: '52.07.02.2001', cells: { stunted: 3 } },
 *     { id: 'psy-b', parent: '52.07.02.2001', cells: { stunted: 9 } },
 *     { id: 'psy-c', parent: '52.07.02.2001', cells: { stunted: 12 } },
 *   ],
 *   ['stunted'],
 * );
 * table.rows.map((r) => r.cells.stunted); // => [null, null, 12] (9 withheld too: 24 − 9 − 12 = 3)
 * table.parents[0]?.cells.stunted; // => 24
 * ```
 */
export function suppressSmallCells<K extends string>(
  rows: readonly CellRow<K>[],
  keys: readonly K[],
  threshold: number = DEFAULT_SMALL_CELL_THRESHOLD,
): SuppressedTable<K> {
  const k = checkThreshold(threshold);
  const parentIds: string[] = [];
  const byParent = new Map<string, number[]>();
  rows.forEach((row, i) => {
    for (const key of keys) {
      const v = row.cells[key];
      if (!Number.isInteger(v) || v < 0) {
        throw ValidationError.single(
          `rows[${i}].cells.${key}`,
          {
            id: `Kolom \`rows[${i}].cells.${key}\` harus bilangan bulat ≥ 0.`,
            en: `Field \`rows[${i}].cells.${key}\` must be a whole number ≥ 0.`,
          },
          'invalid_count',
        );
      }
    }
    const members = byParent.get(row.parent);
    if (members) members.push(i);
    else {
      byParent.set(row.parent, [i]);
      parentIds.push(row.parent);
    }
  });
  const rowCells = rows.map(() => ({}) as Record<K, PublishedCount>);
  const parentCells = parentIds.map(() => ({}) as Record<K, PublishedCount>);
  parentIds.forEach((parent, p) => {
    const members = byParent.get(parent) ?? [];
    for (const key of keys) {
      const value = (i: number) => (rows[i] as CellRow<K>).cells[key];
      const total = members.reduce((sum, i) => sum + value(i), 0);
      const hidden = new Set(members.filter((i) => value(i) < k));
      let totalHidden = total < k;
      while (!totalHidden) {
        const values = [...hidden].map(value);
        const hiddenSum = values.reduce((sum, v) => sum + v, 0);
        if (hidden.size === 0 || (hidden.size >= 2 && hiddenSum >= k && !pinned(values, k))) break;
        const next = members
          .filter((i) => !hidden.has(i))
          .sort(
            (a, b) =>
              value(a) - value(b) || ((rows[a] as CellRow<K>).id < (rows[b] as CellRow<K>).id ? -1 : 1),
          )[0];
        if (next === undefined) totalHidden = true;
        else hidden.add(next);
      }
      for (const i of members)
        (rowCells[i] as Record<K, PublishedCount>)[key] = hidden.has(i) ? null : value(i);
      (parentCells[p] as Record<K, PublishedCount>)[key] = totalHidden ? null : total;
    }
  });
  return {
    rows: rows.map((row, i) => ({
      id: row.id,
      parent: row.parent,
      cells: rowCells[i] as Record<K, PublishedCount>,
    })),
    parents: parentIds.map((id, p) => ({ id, cells: parentCells[p] as Record<K, PublishedCount> })),
  };
}
