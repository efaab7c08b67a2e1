import { isOpenGovError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyStratum,
  PERMENDAGRI_13_2024_SPM_FIELDS,
  type PosyanduMonth,
  STRATA_PEDOMAN_2011,
  type StrataIndicators,
  strataIndicatorsFromMonths,
} from '../src/index.js';

const mandiri: StrataIndicators = {
  openingFrequency: 12,
  averageKaderOnDuty: 5,
  averageDsCoverage: 0.5,
  kiaCoverage: 0.5,
  kbCoverage: 0.5,
  immunizationCoverage: 0.5,
  hasAdditionalPrograms: true,
  danaSehatCoverage: 0.5,
};

describe('posyandu strata (Pedoman Umum Pengelolaan Posyandu 2011)', () => {
  it('each column of the table, at its edges', () => {
    expect(classifyStratum(mandiri).stratum).toBe('mandiri');
    expect(classifyStratum({ ...mandiri, danaSehatCoverage: 0.49 }).stratum).toBe('purnama');
    expect(classifyStratum({ ...mandiri, hasAdditionalPrograms: false }).stratum).toBe('madya');
    for (const key of ['averageDsCoverage', 'kiaCoverage', 'kbCoverage', 'immunizationCoverage'] as const) {
      expect(classifyStratum({ ...mandiri, [key]: 0.49 }).stratum).toBe('madya');
    }
    expect(classifyStratum({ ...mandiri, openingFrequency: 8 }).stratum).toBe('mandiri');
    expect(classifyStratum({ ...mandiri, openingFrequency: 7 }).stratum).toBe('pratama');
    expect(classifyStratum({ ...mandiri, averageKaderOnDuty: 4.9 }).stratum).toBe('pratama');
  });

  it('says what holds a posyandu back from the next stratum', () => {
    const pratama = classifyStratum({ ...mandiri, openingFrequency: 6, averageKaderOnDuty: 3.5 });
    expect(pratama.next).toBe('madya');
    expect(pratama.heldBackBy.map((c) => c.indicator)).toEqual([
      'opening_frequency',
      'average_kader_on_duty',
    ]);
    const madya = classifyStratum({ ...mandiri, kbCoverage: 0.3, hasAdditionalPrograms: false });
    expect(madya).toMatchObject({ stratum: 'madya', next: 'purnama' });
    expect(madya.heldBackBy.map((c) => c.indicator)).toEqual(['kb_coverage', 'additional_programs']);
    expect(classifyStratum(mandiri)).toMatchObject({ next: null, heldBackBy: [] });
  });

  it('worked example: a year of monthly records', () => {
    // Opened 10 of 12 months (closed in June and December), 4–6 kader, D/S between 40 % and 75 %.
    const kader = [4, 5, 6, 5, 5, 0, 6, 4, 5, 5, 5, 0];
    const months: PosyanduMonth[] = kader.map((k, i) => ({
      month: `2025-${String(i + 1).padStart(2, '0')}`,
      opened: k > 0,
      kaderOnDuty: k,
      S: 40,
      D: k > 0 ? 16 + i * 2 : 0,
    }));
    const indicators = strataIndicatorsFromMonths(months, {
      kiaCoverage: 0.62,
      kbCoverage: 0.58,
      immunizationCoverage: 0.81,
      hasAdditionalPrograms: true,
      danaSehatCoverage: 0.3,
    });
    expect(indicators.openingFrequency).toBe(10);
    // Kader on duty in the 10 open months: 4+5+6+5+5+6+4+5+5+5 = 50 → 5.0 (≥ 5: Madya's criterion holds).
    expect(indicators.averageKaderOnDuty).toBe(5);
    // D/S in the open months: (16+2i)/40 for i = 0..4, 6..10 → (160 + 2·50)/400.
    expect(indicators.averageDsCoverage).toBeCloseTo(260 / 400, 12);
    const result = classifyStratum(indicators);
    expect(result.stratum).toBe('purnama');
    expect(result.heldBackBy).toEqual([{ indicator: 'dana_sehat_coverage', atLeast: 0.5 }]);
    // One kader fewer in one month (average 4.9) and the same posyandu is Pratama.
    const fewer = strataIndicatorsFromMonths(
      months.map((m, i) => (i === 0 ? { ...m, kaderOnDuty: 3 } : m)),
      {
        kiaCoverage: 0.62,
        kbCoverage: 0.58,
        immunizationCoverage: 0.81,
        hasAdditionalPrograms: true,
        danaSehatCoverage: 0.3,
      },
    );
    expect(classifyStratum(fewer).stratum).toBe('pratama');
  });

  it('an overridden ruleset changes the result', () => {
    const lenient = {
      ...STRATA_PEDOMAN_2011,
      id: 'lenient',
      criteria: {
        ...STRATA_PEDOMAN_2011.criteria,
        madya: [{ indicator: 'opening_frequency' as const, atLeast: 6 }],
      },
    };
    expect(
      classifyStratum({ ...mandiri, openingFrequency: 6, averageKaderOnDuty: 3 }, { ruleset: lenient }),
    ).toMatchObject({
      stratum: 'madya',
      ruleset: 'lenient',
    });
  });

  it('refuses malformed records, naming the field', () => {
    const year = {
      kiaCoverage: 0.5,
      kbCoverage: 0.5,
      immunizationCoverage: 0.5,
      hasAdditionalPrograms: true,
      danaSehatCoverage: 0.5,
    };
    const m = { month: '2025-01', opened: true, kaderOnDuty: 5, S: 10, D: 5 };
    expect(() => strataIndicatorsFromMonths([m, m], year)).toThrow(/months\[1\]\.month/);
    expect(() => strataIndicatorsFromMonths([{ ...m, D: 11 }], year)).toThrow(/months\[0\]\.D/);
    expect(() => strataIndicatorsFromMonths([m], { ...year, kiaCoverage: 62 })).toThrow(/kiaCoverage/);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        try {
          classifyStratum(strataIndicatorsFromMonths(a as never, b as never));
          return true;
        } catch (error) {
          return isOpenGovError(error);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('the Permendagri 13/2024 framing: six SPM fields', () => {
    expect(Object.keys(PERMENDAGRI_13_2024_SPM_FIELDS.fields)).toHaveLength(6);
    expect(PERMENDAGRI_13_2024_SPM_FIELDS.source.regulation).toContain('Nomor 13 Tahun 2024');
  });
});
