import { ValidationError } from '@opengov-id/core';
import {
  type PosyanduStratum,
  STRATA_PEDOMAN_2011,
  type StrataCriterion,
  type StrataIndicator,
  type StrataRuleset,
} from './ruleset.js';

/** The eight indicator values of one posyandu for one year (coverages as fractions 0–1). */
export interface StrataIndicators {
  /** Months in the year the posyandu held weighing (buka). */
  readonly openingFrequency: number;
  /** Average number of kader on duty per opening. */
  readonly averageKaderOnDuty: number;
  /** Average monthly D/S. */
  readonly averageDsCoverage: number;
  /** Cumulative KIA coverage. */
  readonly kiaCoverage: number;
  /** Cumulative KB coverage. */
  readonly kbCoverage: number;
  /** Cumulative immunisation coverage. */
  readonly immunizationCoverage: number;
  /** Whether the posyandu runs at least one additional programme. */
  readonly hasAdditionalPrograms: boolean;
  /** Households (KK) in dana sehat. */
  readonly danaSehatCoverage: number;
}

/** One month of a posyandu's register. */
export interface PosyanduMonth {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** Whether it opened (held weighing) that month. */
  readonly opened: boolean;
  /** Kader on duty that month (0 when closed). */
  readonly kaderOnDuty: number;
  /** S: balita in the area. */
  readonly S: number;
  /** D: balita weighed. */
  readonly D: number;
}

/** The year's figures that are not in the monthly register. */
export interface PosyanduYearFigures {
  /** Cumulative KIA coverage, 0–1. */
  readonly kiaCoverage: number;
  /** Cumulative KB coverage, 0–1. */
  readonly kbCoverage: number;
  /** Cumulative immunisation coverage, 0–1. */
  readonly immunizationCoverage: number;
  /** Whether the posyandu runs at least one additional programme. */
  readonly hasAdditionalPrograms: boolean;
  /** Share of households (KK) in dana sehat, 0–1. */
  readonly danaSehatCoverage: number;
}

/** A posyandu's stratum and what holds it back from the next one. */
export interface StratumResult {
  /** The highest stratum whose every criterion is met. */
  readonly stratum: PosyanduStratum;
  /** The next stratum up, or `null` for Mandiri. */
  readonly next: PosyanduStratum | null;
  /** The criteria of the next stratum not met (empty for Mandiri). */
  readonly heldBackBy: readonly StrataCriterion[];
  /** The indicator values the criteria were checked against. */
  readonly values: Readonly<Record<StrataIndicator, number>>;
  /** Id of the ruleset used. */
  readonly ruleset: string;
}

const ORDER: readonly PosyanduStratum[] = ['pratama', 'madya', 'purnama', 'mandiri'];

function invalid(field: string, id: string, en: string): never {
  throw ValidationError.single(
    field,
    { id: `Kolom \`${field}\` ${id}`, en: `Field \`${field}\` ${en}` },
    'invalid_strata_input',
  );
}

const fraction = (v: unknown, field: string): number => {
  if (typeof v !== 'number' || !(v >= 0 && v <= 1))
    invalid(field, 'harus pecahan 0–1.', 'must be a fraction 0–1.');
  return v;
};

/**
 * The eight strata indicators from a year of monthly records (at most 12 distinct months; months
 * missing count as not opened) and the year's cumulative figures: openings, average kader on duty
 * and average D/S over the months it opened.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} naming the malformed field.
 * @example
 * ```ts
 * const indicators = strataIndicatorsFromMonths(
 *   [{ month: '2025-01', opened: true, kaderOnDuty: 5, S: 40, D: 30 }],
 *   { kiaCoverage: 0.6, kbCoverage: 0.55, immunizationCoverage: 0.8, hasAdditionalPrograms: true, danaSehatCoverage: 0.2 },
 * );
 * indicators.openingFrequency; // => 1
 * ```
 */
export function strataIndicatorsFromMonths(
  months: readonly PosyanduMonth[],
  year: PosyanduYearFigures,
): StrataIndicators {
  if (!Array.isArray(months) || months.length > 12)
    invalid(
      'months',
      'harus daftar berisi paling banyak 12 bulan.',
      'must be an array of at most 12 months.',
    );
  const seen = new Set<string>();
  let opened = 0;
  let kader = 0;
  let ds = 0;
  let dsMonths = 0;
  months.forEach((m, i) => {
    const at = `months[${i}]`;
    if (typeof m?.month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(m.month))
      invalid(`${at}.month`, 'harus berbentuk YYYY-MM.', 'must be written YYYY-MM.');
    if (seen.has(m.month)) invalid(`${at}.month`, 'muncul dua kali.', 'appears twice.');
    seen.add(m.month);
    for (const key of ['kaderOnDuty', 'S', 'D'] as const) {
      if (!Number.isInteger(m[key]) || m[key] < 0)
        invalid(`${at}.${key}`, 'harus bilangan bulat ≥ 0.', 'must be a whole number ≥ 0.');
    }
    if (m.D > m.S) invalid(`${at}.D`, 'tidak boleh lebih dari S.', 'must not exceed S.');
    if (typeof m.opened !== 'boolean') invalid(`${at}.opened`, 'harus boolean.', 'must be a boolean.');
    if (!m.opened) return;
    opened++;
    kader += m.kaderOnDuty;
    if (m.S > 0) {
      ds += m.D / m.S;
      dsMonths++;
    }
  });
  if (typeof year?.hasAdditionalPrograms !== 'boolean')
    invalid('year.hasAdditionalPrograms', 'harus boolean.', 'must be a boolean.');
  return {
    openingFrequency: opened,
    averageKaderOnDuty: opened === 0 ? 0 : kader / opened,
    averageDsCoverage: dsMonths === 0 ? 0 : ds / dsMonths,
    kiaCoverage: fraction(year.kiaCoverage, 'year.kiaCoverage'),
    kbCoverage: fraction(year.kbCoverage, 'year.kbCoverage'),
    immunizationCoverage: fraction(year.immunizationCoverage, 'year.immunizationCoverage'),
    hasAdditionalPrograms: year.hasAdditionalPrograms,
    danaSehatCoverage: fraction(year.danaSehatCoverage, 'year.danaSehatCoverage'),
  };
}

/**
 * A posyandu's stratum (Pratama, Madya, Purnama, Mandiri) by the ruleset (default
 * {@link STRATA_PEDOMAN_2011}): the highest stratum whose every criterion holds, and the criteria of
 * the next stratum it does not yet meet.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} naming a malformed indicator.
 * @example
 * ```ts
 * const result = classifyStratum({
 *   openingFrequency: 12, averageKaderOnDuty: 5, averageDsCoverage: 0.72, kiaCoverage: 0.6,
 *   kbCoverage: 0.55, immunizationCoverage: 0.8, hasAdditionalPrograms: true, danaSehatCoverage: 0.2,
 * });
 * result.stratum; // => 'purnama'
 * result.heldBackBy; // => [{ indicator: 'dana_sehat_coverage', atLeast: 0.5 }]
 * ```
 */
export function classifyStratum(
  indicators: StrataIndicators,
  options: { readonly ruleset?: StrataRuleset | undefined } = {},
): StratumResult {
  const ruleset = options.ruleset ?? STRATA_PEDOMAN_2011;
  const i = indicators;
  for (const key of ['openingFrequency', 'averageKaderOnDuty'] as const) {
    if (typeof i?.[key] !== 'number' || !(i[key] >= 0) || !Number.isFinite(i[key]))
      invalid(key, 'harus angka ≥ 0.', 'must be a number ≥ 0.');
  }
  if (typeof i.hasAdditionalPrograms !== 'boolean')
    invalid('hasAdditionalPrograms', 'harus boolean.', 'must be a boolean.');
  const values: { [K in StrataIndicator]: number } = {
    opening_frequency: i.openingFrequency,
    average_kader_on_duty: i.averageKaderOnDuty,
    average_ds_coverage: fraction(i.averageDsCoverage, 'averageDsCoverage'),
    kia_coverage: fraction(i.kiaCoverage, 'kiaCoverage'),
    kb_coverage: fraction(i.kbCoverage, 'kbCoverage'),
    immunization_coverage: fraction(i.immunizationCoverage, 'immunizationCoverage'),
    additional_programs: i.hasAdditionalPrograms ? 1 : 0,
    dana_sehat_coverage: fraction(i.danaSehatCoverage, 'danaSehatCoverage'),
  };
  const failing = (s: Exclude<PosyanduStratum, 'pratama'>) =>
    ruleset.criteria[s].filter((c) => !(values[c.indicator] >= c.atLeast));
  let stratum: PosyanduStratum = 'pratama';
  for (const s of ['madya', 'purnama', 'mandiri'] as const) if (failing(s).length === 0) stratum = s;
  const next = ORDER[ORDER.indexOf(stratum) + 1] as Exclude<PosyanduStratum, 'pratama'> | undefined;
  return {
    stratum,
    next: next ?? null,
    heldBackBy: next ? failing(next) : [],
    values,
    ruleset: ruleset.id,
  };
}
