// The posyandu's stratum: a year of monthly figures, the register's month from the register itself.
import { parseWith } from '@opengov-id/core';
import {
  classifyStratum,
  type PosyanduMonth,
  type SkdnReport,
  type StrataIndicators,
  type StratumResult,
  strataIndicatorsFromMonths,
} from '@opengov-id/posyandu';
import * as z from 'zod';

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const Count = z.number().int().min(0);
const Fraction = z.number().min(0).max(1);

/**
 * What a register does not hold and the strata need: the posyandu's monthly reports (openings,
 * kader on duty, S and D) and the year's cumulative coverages. S and D may be left out for the
 * register's own month, which the register supplies.
 */
export const PosyanduFigures = z.object({
  sample: z.boolean().optional(),
  note: z.string().optional(),
  name: z.string().min(1),
  desa: z.string().optional(),
  months: z
    .array(
      z.object({
        month: Month,
        opened: z.boolean(),
        kaderOnDuty: Count,
        S: Count.optional(),
        D: Count.optional(),
      }),
    )
    .min(1),
  year: z.object({
    kiaCoverage: Fraction,
    kbCoverage: Fraction,
    immunizationCoverage: Fraction,
    hasAdditionalPrograms: z.boolean(),
    danaSehatCoverage: Fraction,
  }),
});
/** The parsed figures file. */
export type PosyanduFigures = z.infer<typeof PosyanduFigures>;

/** Checks a figures file; throws core's ValidationError naming the field. */
export const parsePosyanduFigures = (input: unknown): PosyanduFigures =>
  parseWith(PosyanduFigures, input, 'PosyanduFigures');

const monthsBack = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) - n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};

/**
 * The stratum of the posyandu for the twelve months ending with `month`: each month's figures from
 * `figures`, except S and D of `month`, which come from the register's SKDN.
 *
 * @throws Error when a month other than `month` lacks S or D.
 */
export function stratumForYear(
  figures: PosyanduFigures,
  month: string,
  skdn: SkdnReport,
): { months: PosyanduMonth[]; indicators: StrataIndicators; result: StratumResult } {
  const first = monthsBack(month, 11);
  const months: PosyanduMonth[] = figures.months
    .filter((m) => m.month >= first && m.month <= month)
    .map((m) => {
      if (m.month === month) return { ...m, S: skdn.counts.S, D: skdn.counts.D };
      if (m.S === undefined || m.D === undefined)
        throw new Error(`Bulan ${m.month}: isi S dan D. / Month ${m.month}: give S and D.`);
      return { month: m.month, opened: m.opened, kaderOnDuty: m.kaderOnDuty, S: m.S, D: m.D };
    });
  const indicators = strataIndicatorsFromMonths(months, figures.year);
  return { months, indicators, result: classifyStratum(indicators) };
}
