import { isOpenGovError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AnthropometricIndex,
  bmiIndexForAge,
  classifyGrowth,
  classifyZScore,
  completedMonths,
  computeGrowthZScoresSync,
  defineCategoryRuleset,
  type GrowthTables,
  loadGrowthTables,
  PERMENKES_2_2020_CATEGORIES,
} from '../src/index.js';

// The Lampiran's table as the regulation writes each threshold (reference §3.1), parsed below into
// predicates: an oracle independent of the ruleset's min/max data.
const REGULATION: Record<AnthropometricIndex, Array<[code: string, threshold: string]>> = {
  weight_for_age: [
    ['severely_underweight', '< -3'],
    ['underweight', '-3 s.d. < -2'],
    ['normal_weight', '-2 s.d. +1'],
    ['risk_of_overweight', '> +1'],
  ],
  length_height_for_age: [
    ['severely_stunted', '< -3'],
    ['stunted', '-3 s.d. < -2'],
    ['normal_height', '-2 s.d. +3'],
    ['tall', '> +3'],
  ],
  weight_for_length_height: [
    ['severely_wasted', '< -3'],
    ['wasted', '-3 s.d. < -2'],
    ['normal', '-2 s.d. +1'],
    ['possible_risk_of_overweight', '> +1 s.d. +2'],
    ['overweight', '> +2 s.d. +3'],
    ['obese', '> +3'],
  ],
  bmi_for_age_0_60: [
    ['severely_wasted', '< -3'],
    ['wasted', '-3 s.d. < -2'],
    ['normal', '-2 s.d. +1'],
    ['possible_risk_of_overweight', '> +1 s.d. +2'],
    ['overweight', '> +2 s.d. +3'],
    ['obese', '> +3'],
  ],
  bmi_for_age_5_18: [
    ['severely_thinness', '< -3'],
    ['thinness', '-3 s.d. < -2'],
    ['normal', '-2 s.d. +1'],
    ['overweight', '+1 s.d. +2'], // the Lampiran writes "+1 SD s.d. +2 SD"; +1 itself is normal (row above)
    ['obese', '> +2'],
  ],
};

function predicate(threshold: string): (z: number) => boolean {
  let m = /^< (\S+)$/.exec(threshold);
  if (m) return (z) => z < Number(m?.[1]);
  m = /^> (\S+)$/.exec(threshold);
  if (m) return (z) => z > Number(m?.[1]);
  m = /^(>? ?)(\S+) s\.d\. (<? ?)(\S+)$/.exec(threshold);
  if (!m) throw new Error(threshold);
  const [, gt, lo, lt, hi] = m;
  return (z) => (gt ? z > Number(lo) : z >= Number(lo)) && (lt ? z < Number(hi) : z <= Number(hi));
}

// "+1 s.d. +2" after a normal row ending at +1 inclusive: the first matching row wins.
function expected(index: AnthropometricIndex, z: number): string {
  const row = REGULATION[index].find(([, t]) => predicate(t)(z));
  if (!row) throw new Error(`no row for ${z}`);
  return row[0];
}

const INDICES = Object.keys(REGULATION) as AnthropometricIndex[];
const round2 = (x: number) => Math.round(x * 100) / 100;

describe('Permenkes 2/2020 categories at every edge', () => {
  for (const index of INDICES) {
    for (const edge of [-3, -2, 1, 2, 3]) {
      for (const z of [round2(edge - 0.01), edge, round2(edge + 0.01)]) {
        it(`${index}: z = ${z.toFixed(2)} → ${expected(index, z)}`, () => {
          expect(classifyZScore(index, z).code).toBe(expected(index, z));
        });
      }
    }
  }

  it('the edges the reference spells out', () => {
    expect(classifyZScore('weight_for_age', -2).code).toBe('normal_weight');
    expect(classifyZScore('weight_for_age', -3).code).toBe('underweight');
    expect(classifyZScore('weight_for_age', 1).code).toBe('normal_weight');
    expect(classifyZScore('weight_for_length_height', 2).code).toBe('possible_risk_of_overweight');
    expect(classifyZScore('length_height_for_age', 3).code).toBe('normal_height');
    expect(classifyZScore('bmi_for_age_5_18', 1).code).toBe('normal');
    expect(classifyZScore('bmi_for_age_5_18', 2).code).toBe('overweight');
    expect(classifyZScore('bmi_for_age_5_18', 2.01).code).toBe('obese');
  });

  it('labels in Indonesian and English, with the regulation cited', () => {
    expect(classifyZScore('length_height_for_age', -2.5).label).toEqual({ id: 'Pendek', en: 'Stunted' });
    expect(classifyZScore('weight_for_length_height', -3.2).label).toEqual({
      id: 'Gizi buruk',
      en: 'Severely wasted',
    });
    expect(PERMENKES_2_2020_CATEGORIES.source.regulation).toContain('Nomor 2 Tahun 2020');
  });

  it('every z on the 0.01 grid from −7 to +7 agrees with the regulation text', () => {
    for (const index of INDICES) {
      for (let i = -700; i <= 700; i++) {
        const z = i / 100;
        expect(classifyZScore(index, z).code).toBe(expected(index, z));
      }
    }
  });

  it('any finite z has exactly one category; anything else is a ValidationError', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INDICES), fc.anything(), (index, z) => {
        try {
          const result = classifyZScore(index, z as number);
          return typeof z === 'number' && Number.isFinite(z) && result.code === expected(index, z);
        } catch (error) {
          return error instanceof ValidationError && !(typeof z === 'number' && Number.isFinite(z));
        }
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('classifyGrowth', () => {
  let tables: GrowthTables;
  beforeAll(async () => {
    tables = await loadGrowthTables();
  });

  it('classifies the z-scores of a child by completed months', () => {
    // WHO's own case (reference §2.1): boy, 987 days, 72.86 cm lying → zlen −6.09.
    const z = computeGrowthZScoresSync(
      { sex: 'male', ageDays: 987, weightKg: 9.2, lengthHeightCm: 72.86, measured: 'recumbent' },
      tables,
    );
    const categories = classifyGrowth(z, 32);
    expect(categories.lengthHeightForAge?.code).toBe('severely_stunted');
    expect(categories.lengthHeightForAge?.z).toBe(-6.09);
    expect(categories.weightForAge?.index).toBe('weight_for_age');
    expect(categories.bmiForAge?.index).toBe('bmi_for_age_0_60');
  });

  it('uses the 5–18 BMI categories from 61 months and nothing for BB/U there', () => {
    const z = computeGrowthZScoresSync(
      { sex: 'female', ageMonths: 100, weightKg: 40, lengthHeightCm: 120 },
      tables,
    );
    const categories = classifyGrowth(z, 100);
    expect(categories.bmiForAge?.index).toBe('bmi_for_age_5_18');
    expect(categories.weightForAge).toBeNull(); // BB/U categories are for 0–60 months only
    expect(categories.lengthHeightForAge).toBeNull();
    expect(bmiIndexForAge(60)).toBe('bmi_for_age_0_60');
    expect(bmiIndexForAge(216)).toBe('bmi_for_age_5_18');
    expect(bmiIndexForAge(217)).toBeNull();
  });

  it('null z stays null; a fractional age is refused', () => {
    const z = computeGrowthZScoresSync({ sex: 'male', ageDays: 200, weightKg: 7, oedema: true }, tables);
    expect(classifyGrowth(z, 6).weightForAge).toBeNull();
    expect(() => classifyGrowth(z, 6.5)).toThrow(ValidationError);
  });
});

describe('completedMonths (bulan penuh)', () => {
  it('drops extra days and borrows a month for a negative day difference', () => {
    expect(completedMonths('2025-01-20', '2025-09-30')).toBe(8);
    expect(completedMonths('2025-01-20', '2025-09-20')).toBe(8);
    expect(completedMonths('2025-01-20', '2025-09-19')).toBe(7);
    expect(completedMonths('2025-01-20', '2025-02-05')).toBe(0);
    expect(completedMonths('2020-02-29', '2025-02-28')).toBe(59);
    expect(completedMonths('2020-02-29', '2025-03-01')).toBe(60);
  });

  it('refuses a date before birth or a malformed date, without echoing it', () => {
    expect(() => completedMonths('2025-01-20', '2025-01-19')).toThrow(ValidationError);
    try {
      completedMonths('2025-02-30', '2025-03-01');
    } catch (error) {
      expect(isOpenGovError(error)).toBe(true);
      expect(String(error)).toContain('birthDate');
      expect(String(error)).not.toContain('2025-02-30');
    }
  });
});

describe('defineCategoryRuleset', () => {
  it('accepts the Permenkes ruleset and rejects gaps and double-inclusive edges', () => {
    expect(defineCategoryRuleset(PERMENKES_2_2020_CATEGORIES)).toBe(PERMENKES_2_2020_CATEGORIES);
    const broken = structuredClone(PERMENKES_2_2020_CATEGORIES) as unknown as {
      indices: { weight_for_age: { categories: Array<{ minInclusive: boolean }> } };
    };
    const band = broken.indices.weight_for_age.categories[2];
    if (band) band.minInclusive = false; // −2 now in neither "kurang" nor "normal"
    expect(() => defineCategoryRuleset(broken as never)).toThrow(/weight_for_age\.categories\[1\]/);
  });

  it('an override changes the classification', () => {
    const custom = structuredClone(PERMENKES_2_2020_CATEGORIES) as unknown as {
      id: string;
      indices: { weight_for_age: { categories: Array<{ min: number | null; max: number | null }> } };
    };
    custom.id = 'custom';
    const [a, b] = custom.indices.weight_for_age.categories;
    if (a && b) {
      a.max = -3.5;
      b.min = -3.5;
    }
    const ruleset = defineCategoryRuleset(custom as never);
    expect(classifyZScore('weight_for_age', -3.2, { ruleset })).toMatchObject({
      code: 'underweight',
      ruleset: 'custom',
    });
  });
});
