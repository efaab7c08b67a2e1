import { ValidationError } from '@opengov-id/core';
import type { RulesetSource } from '../categories/types.js';

/** One row of a KBM table: the minimum gain for ages `fromMonth` to `toMonth` (completed months). */
export interface KbmRow {
  /** First age of the row, completed months. */
  readonly fromMonth: number;
  /** Last age of the row, completed months (inclusive). */
  readonly toMonth: number;
  /** Minimum weight gain since the previous month's weighing, grams. */
  readonly grams: number;
}

/** A minimum-weight-gain (KBM, Kenaikan Berat Badan Minimal) table with its source. */
export interface KbmTable {
  /** Where the figures come from. */
  readonly source: RulesetSource;
  /** Rows in age order, without gaps. */
  readonly rows: readonly KbmRow[];
}

/**
 * KBM (Kenaikan Berat Badan Minimal): the least a child should gain in grams since last month's
 * weighing, by age in completed months, from the lampiran of **Permenkes No.
 * 155/Menkes/Per/I/2010 tentang Penggunaan KMS bagi Balita** and the row printed in Buku KIA 2023
 * (800, 900, 800, 600, 500, 400, 300, 200 g). The split of the 400 g and 300 g rows at months 6/7
 * and 10/11 is the reference's reading (Buku KIA prints the row without per-column breaks); a
 * dinas spreadsheet using 600 g at month 3 is reported as an error. Replace rows through the `kbm`
 * option where your programme reads them otherwise.
 *
 * @example
 * ```ts
 * KBM_PERMENKES_155_2010.rows.find((r) => r.fromMonth === 2)?.grams; // => 900
 * ```
 */
export const KBM_PERMENKES_155_2010: KbmTable = {
  source: {
    regulation:
      'Peraturan Menteri Kesehatan Nomor 155/Menkes/Per/I/2010 tentang Penggunaan Kartu Menuju Sehat (KMS) bagi Balita; Buku KIA 2023',
    provision: 'Lampiran: Kenaikan Berat Badan Minimal (KBM)',
    version: '2010 (Buku KIA 2023 row)',
  },
  rows: [
    { fromMonth: 1, toMonth: 1, grams: 800 },
    { fromMonth: 2, toMonth: 2, grams: 900 },
    { fromMonth: 3, toMonth: 3, grams: 800 },
    { fromMonth: 4, toMonth: 4, grams: 600 },
    { fromMonth: 5, toMonth: 5, grams: 500 },
    { fromMonth: 6, toMonth: 7, grams: 400 },
    { fromMonth: 8, toMonth: 10, grams: 300 },
    { fromMonth: 11, toMonth: 60, grams: 200 },
  ],
};

/**
 * The KBM for an age in completed months, or `null` beyond the table (over 60 months). A child
 * under one completed month uses the first row: the gain over the first month of life.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when `ageMonths` is not a whole number ≥ 0.
 * @example
 * ```ts
 * minimumWeightGainGrams(4); // => 600
 * minimumWeightGainGrams(30); // => 200
 * ```
 */
export function minimumWeightGainGrams(
  ageMonths: number,
  table: KbmTable = KBM_PERMENKES_155_2010,
): number | null {
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
  const first = table.rows[0];
  const age = first && ageMonths < first.fromMonth ? first.fromMonth : ageMonths;
  return table.rows.find((r) => age >= r.fromMonth && age <= r.toMonth)?.grams ?? null;
}
