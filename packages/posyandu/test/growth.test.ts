import { isOpenGovError, ValidationError } from '@opengov-id/core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  computeGrowthZScores,
  computeGrowthZScoresSync,
  defineLmsTable,
  type GrowthInput,
  GrowthTableMissingError,
  type GrowthTables,
  type LmsTable,
  loadGrowthTables,
  requiredGrowthTables,
  type Sex,
} from '../src/index.js';
import { weightForAgeTable } from '../src/growth/who/weight-for-age.js';
import { weightForLengthTable } from '../src/growth/who/weight-for-length.js';

let tables: GrowthTables;
beforeAll(async () => {
  tables = await loadGrowthTables();
});
const compute = (input: GrowthInput) => computeGrowthZScoresSync(input, tables);

// WHO's own expected values: anthro tests/testthat and anthroplus tests/README (reference §2.1).
describe("WHO's test cases, 0–5 years (anthro)", () => {
  it('weight-for-age: girl, 1,522 days, 17 kg → 0.24, not flagged', () => {
    expect(compute({ sex: 'female', ageDays: 1522, weightKg: 17 }).weightForAge).toEqual({
      z: 0.24,
      flagged: false,
    });
  });

  it('weight-for-age flag: girl, 1 day, 10.37 kg is flagged', () => {
    const result = compute({ sex: 'female', ageDays: 1, weightKg: 10.37 }).weightForAge;
    expect(result?.flagged).toBe(true);
    expect(result?.z).toBeGreaterThan(5);
  });

  it('length-for-age: boy, 44 days, 50 cm → round((50/56.4833 − 1)/0.03492, 2) = −3.29', () => {
    expect(compute({ sex: 'male', ageDays: 44, lengthHeightCm: 50 }).lengthHeightForAge).toEqual({
      z: -3.29,
      flagged: false,
    });
  });

  it('uses the adjusted length: boy, 987 days, 72.86 cm lying → 72.16 cm, −6.09, flagged', () => {
    const result = compute({ sex: 'male', ageDays: 987, lengthHeightCm: 72.86, measured: 'recumbent' });
    expect(result.adjustedLengthHeightCm).toBeCloseTo(72.16, 10);
    expect(result.lengthHeightForAge).toEqual({ z: -6.09, flagged: true });
  });

  it('adjusts length/height by ±0.7 cm around day 731 (730 h → 100.7, 800 h → 100, 730 l → 100, 800 l → 99.3)', () => {
    const cases: [number, 'standing' | 'recumbent', number][] = [
      [730, 'standing', 100.7],
      [800, 'standing', 100],
      [730, 'recumbent', 100],
      [800, 'recumbent', 99.3],
    ];
    for (const [ageDays, measured, expected] of cases) {
      expect(
        compute({ sex: 'male', ageDays, lengthHeightCm: 100, measured }).adjustedLengthHeightCm,
      ).toBeCloseTo(expected, 10);
    }
  });

  it('treats standing before 9 months as implausible: 8 and 9 months, 60 cm standing', () => {
    const at8 = compute({ sex: 'male', ageMonths: 8, lengthHeightCm: 60, measured: 'standing' });
    const at9 = compute({ sex: 'male', ageMonths: 9, lengthHeightCm: 60, measured: 'standing' });
    expect([at8.measuredPositionImplausible, at9.measuredPositionImplausible]).toEqual([true, false]);
    expect(at8.adjustedLengthHeightCm).toBe(60);
    expect(at9.adjustedLengthHeightCm).toBeCloseTo(60.7, 10);
    expect([at8.lengthHeightForAge?.z, at9.lengthHeightForAge?.z]).toEqual([-4.81, -5.02]);
  });

  it('uses the height table at 24 months (730.5 → 731 days): girl, 77.5 cm standing or unknown → −2.55', () => {
    for (const measured of ['standing', undefined] as const) {
      const result = compute({ sex: 'female', ageMonths: 24, lengthHeightCm: 77.5, weightKg: 8.8, measured });
      expect(result.adjustedLengthHeightCm).toBe(77.5);
      expect(result.lengthHeightForAge?.z).toBe(-2.55);
    }
  });

  it('scores the 0–5 indicators at 59.9 months only, not at 60 or 60.1', () => {
    const input = {
      sex: 'male',
      lengthHeightCm: 80,
      weightKg: 20,
      muacCm: 5,
      tricepsSkinfoldMm: 3,
      subscapularSkinfoldMm: 5,
      headCircumferenceCm: 5,
      measured: 'standing',
    } as const;
    const under5Only = [
      'weightForLengthHeight',
      'headCircumferenceForAge',
      'armCircumferenceForAge',
      'tricepsSkinfoldForAge',
      'subscapularSkinfoldForAge',
    ] as const;
    const at = (ageMonths: number) => compute({ ...input, ageMonths });
    for (const key of [...under5Only, 'weightForAge', 'lengthHeightForAge', 'bmiForAge'] as const) {
      expect(at(59.9)[key]?.z, key).not.toBeNull();
    }
    for (const ageMonths of [60, 60.1]) {
      for (const key of under5Only) expect(at(ageMonths)[key]?.z, key).toBeNull();
    }
  });

  it('hands 60 months and over to the WHO 2007 reference, which needs none of the 0–5 tables', () => {
    const input = { sex: 'male', ageMonths: 60, lengthHeightCm: 110, weightKg: 19 } as const;
    expect(requiredGrowthTables(input)).toEqual(['weightForAge5to19', 'heightForAge5to19', 'bmiForAge5to19']);
    const only2007 = {
      weightForAge5to19: tables.weightForAge5to19,
      heightForAge5to19: tables.heightForAge5to19,
      bmiForAge5to19: tables.bmiForAge5to19,
    };
    expect(computeGrowthZScoresSync(input, only2007)).toEqual(compute(input));
    // Exactly 1,826 days is 59.99 months: still WHO 2006.
    expect(requiredGrowthTables({ sex: 'male', ageDays: 1826, weightKg: 19 })).toEqual(['weightForAge']);
  });

  it('scores arm circumference and skinfolds from day 91 (90.5 days rounds up to 91)', () => {
    const at = (ageDays: number) =>
      compute({ sex: 'female', ageDays, muacCm: 12, tricepsSkinfoldMm: 9, subscapularSkinfoldMm: 7 });
    for (const key of [
      'armCircumferenceForAge',
      'tricepsSkinfoldForAge',
      'subscapularSkinfoldForAge',
    ] as const) {
      expect(at(90)[key], key).toEqual({ z: null, flagged: false });
      expect(at(90.49)[key]?.z, key).toBeNull();
      expect(at(90.5)[key]?.z, key).not.toBeNull();
      expect(at(91)[key]?.z, key).not.toBeNull();
    }
    expect(requiredGrowthTables({ sex: 'female', ageDays: 90, muacCm: 12 })).toEqual([]);
  });

  it('gives the same result for 30 months as for 30 × 30.4375 days', () => {
    const measures = { weightKg: 20, lengthHeightCm: 90, headCircumferenceCm: 49, muacCm: 16 } as const;
    expect(compute({ sex: 'male', ageMonths: 30, ...measures })).toEqual(
      compute({ sex: 'male', ageDays: 30 * 30.4375, ...measures }),
    );
  });

  it('rounds age half up to whole days (730.49 → 730, 730.5 → 731)', () => {
    const at = (ageDays: number) =>
      compute({ sex: 'male', ageDays, lengthHeightCm: 100, measured: 'recumbent' }).adjustedLengthHeightCm;
    expect(at(730.49)).toBe(100);
    expect(at(730.5)).toBeCloseTo(99.3, 10);
  });

  it('leaves the weight-based z-scores out with oedema, and keeps the others', () => {
    const input = {
      sex: 'female',
      ageMonths: 20,
      weightKg: 7,
      lengthHeightCm: 78,
      headCircumferenceCm: 45,
      muacCm: 11,
    } as const;
    const withOedema = compute({ ...input, oedema: true });
    const without = compute(input);
    for (const key of ['weightForAge', 'weightForLengthHeight', 'bmiForAge'] as const) {
      expect(withOedema[key]).toEqual({ z: null, flagged: false });
      expect(without[key]?.z).not.toBeNull();
    }
    for (const key of ['lengthHeightForAge', 'headCircumferenceForAge', 'armCircumferenceForAge'] as const) {
      expect(withOedema[key]).toEqual(without[key]);
    }
    expect(withOedema.bmi).toBe(without.bmi);
  });
});

describe("WHO's test cases, 5–19 years (anthroplus)", () => {
  const cases: [Sex, number, number, number, [number, number, number], [boolean, boolean, boolean]][] = [
    ['female', 60.32, 113.8, 18.7, [0.96, 0.21, -0.58], [false, false, false]],
    ['female', 60.911701, 113.6, 20.5, [0.85, 0.79, 0.42], [false, false, false]],
    ['male', 100, 100, 30, [-5.04, 0.87, 5.03], [false, false, true]],
    ['female', 110, 90, 40, [-7.06, 1.78, 7.37], [true, false, true]],
  ];
  for (const [sex, ageMonths, height, weight, z, flags] of cases) {
    it(`${sex}, ${ageMonths} months, ${height} cm, ${weight} kg → height ${z[0]}, weight ${z[1]}, BMI ${z[2]}`, () => {
      const result = compute({ sex, ageMonths, lengthHeightCm: height, weightKg: weight });
      expect([result.lengthHeightForAge?.z, result.weightForAge?.z, result.bmiForAge?.z]).toEqual(z);
      expect([
        result.lengthHeightForAge?.flagged,
        result.weightForAge?.flagged,
        result.bmiForAge?.flagged,
      ]).toEqual(flags);
    });
  }

  it('scores weight-for-age to 120 months and height and BMI to 228 months, inclusive', () => {
    const at = (ageMonths: number) =>
      compute({ sex: 'female', ageMonths, weightKg: 40, lengthHeightCm: 150 });
    expect(at(120).weightForAge?.z).not.toBeNull();
    expect(at(120.01).weightForAge?.z).toBeNull();
    expect(at(228).lengthHeightForAge?.z).not.toBeNull();
    expect(at(228).bmiForAge?.z).not.toBeNull();
    expect(at(228.01).lengthHeightForAge?.z).toBeNull();
    expect(at(228.01).bmiForAge?.z).toBeNull();
  });

  it('takes height as given from 60 months (no ±0.7 cm) and leaves weight-based scores out with oedema', () => {
    const lying = compute({
      sex: 'male',
      ageMonths: 80,
      lengthHeightCm: 115,
      weightKg: 20,
      measured: 'recumbent',
    });
    expect(lying.adjustedLengthHeightCm).toBe(115);
    const oedema = compute({ sex: 'male', ageMonths: 80, lengthHeightCm: 115, weightKg: 20, oedema: true });
    expect(oedema.weightForAge?.z).toBeNull();
    expect(oedema.bmiForAge?.z).toBeNull();
    expect(oedema.lengthHeightForAge).toEqual(lying.lengthHeightForAge);
  });
});

describe('weight-for-length/height table choice', () => {
  const tablesFor = (input: GrowthInput) =>
    requiredGrowthTables(input).filter((id) => id === 'weightForLength' || id === 'weightForHeight');

  it('follows the age when it is known: length table before 731 days, height table from 731', () => {
    expect(
      tablesFor({ sex: 'male', ageDays: 730, weightKg: 11, lengthHeightCm: 85, measured: 'standing' }),
    ).toEqual(['weightForLength']);
    expect(
      tablesFor({ sex: 'male', ageDays: 731, weightKg: 11, lengthHeightCm: 85, measured: 'recumbent' }),
    ).toEqual(['weightForHeight']);
  });

  it('follows the position when the age is unknown, and otherwise the 87 cm rule', () => {
    expect(tablesFor({ sex: 'female', weightKg: 14, lengthHeightCm: 100, measured: 'recumbent' })).toEqual([
      'weightForLength',
    ]);
    expect(tablesFor({ sex: 'female', weightKg: 8, lengthHeightCm: 70, measured: 'standing' })).toEqual([
      'weightForHeight',
    ]);
    expect(tablesFor({ sex: 'female', weightKg: 12, lengthHeightCm: 86.99 })).toEqual(['weightForLength']);
    expect(tablesFor({ sex: 'female', weightKg: 12, lengthHeightCm: 87 })).toEqual(['weightForHeight']);
    const unknownAge = compute({ sex: 'female', weightKg: 12, lengthHeightCm: 87 });
    expect(unknownAge.weightForLengthHeight?.z).not.toBeNull();
    expect(unknownAge.weightForAge).toEqual({ z: null, flagged: false });
    expect(unknownAge.lengthHeightForAge).toEqual({ z: null, flagged: false });
  });

  it('scores only 45–110 cm on the length table and 65–120 cm on the height table (after adjustment)', () => {
    const wfl = (cm: number, measured?: 'standing') =>
      compute({ sex: 'male', ageDays: 700, weightKg: 15, lengthHeightCm: cm, measured }).weightForLengthHeight
        ?.z;
    expect(wfl(110)).not.toBeNull();
    expect(wfl(110.01)).toBeNull();
    expect(wfl(109.5, 'standing')).toBeNull(); // 110.2 cm once adjusted
    expect(wfl(45)).not.toBeNull();
    expect(wfl(44.99)).toBeNull();
    const wfh = (cm: number) =>
      compute({ sex: 'male', ageDays: 1000, weightKg: 15, lengthHeightCm: cm, measured: 'standing' })
        .weightForLengthHeight?.z;
    expect(wfh(65)).not.toBeNull();
    expect(wfh(64.99)).toBeNull();
    expect(wfh(120)).not.toBeNull();
    expect(wfh(120.01)).toBeNull();
  });

  it('interpolates L, M and S between 0.1 cm rows (75.05 cm: halfway between 75.0 and 75.1)', () => {
    const row = (75 - weightForLengthTable.start) * 10;
    const v = weightForLengthTable.male;
    const [l, m, s] = [0, 1, 2].map((k) => (v[row * 3 + k]! + v[(row + 1) * 3 + k]!) / 2) as [
      number,
      number,
      number,
    ];
    const expected = Math.round((((9.6 / m) ** l - 1) / (s * l)) * 100) / 100;
    const got = computeGrowthZScoresSync(
      { sex: 'male', weightKg: 9.6, lengthHeightCm: 75.05, measured: 'recumbent' },
      { weightForLength: weightForLengthTable },
    ).weightForLengthHeight?.z;
    expect(got).toBe(expected);
    expect(got).not.toBe(
      computeGrowthZScoresSync(
        { sex: 'male', weightKg: 9.6, lengthHeightCm: 75, measured: 'recumbent' },
        { weightForLength: weightForLengthTable },
      ).weightForLengthHeight?.z,
    );
  });
});

/** The measurement at which an LMS row gives z (WHO's restricted scale beyond ±3 when asked). */
function valueAt(table: LmsTable, sex: Sex, row: number, z: number, restricted: boolean): number {
  const v = sex === 'male' ? table.male : table.female;
  const [l, m, s] = [v[row * 3]!, v[row * 3 + 1]!, v[row * 3 + 2]!];
  const sd = (k: number) => m * (1 + l * s * k) ** (1 / l);
  if (restricted && z > 3) return sd(3) + (z - 3) * (sd(3) - sd(2));
  if (restricted && z < -3) return sd(-3) + (z + 3) * (sd(-2) - sd(-3));
  return sd(z);
}

describe('biologically implausible value flags, at each limit', () => {
  type Case = {
    key: 'weightForAge' | 'lengthHeightForAge' | 'weightForLengthHeight' | 'bmiForAge';
    table: () => LmsTable;
    row: number;
    restricted: boolean;
    input: (y: number) => GrowthInput;
    low: number;
    high: number;
  };
  const LENGTH = 80; // cm, for BMI-for-age
  const cases: Record<string, Case & { key: keyof ReturnType<typeof compute> }> = {
    'weight-for-age (z < −6 or z > 5)': {
      key: 'weightForAge',
      table: () => tables.weightForAge!,
      row: 400,
      restricted: true,
      input: (y) => ({ sex: 'female', ageDays: 400, weightKg: y }),
      low: -6,
      high: 5,
    },
    'length/height-for-age (|z| > 6)': {
      key: 'lengthHeightForAge',
      table: () => tables.lengthHeightForAge!,
      row: 400,
      restricted: false,
      input: (y) => ({ sex: 'male', ageDays: 400, lengthHeightCm: y }),
      low: -6,
      high: 6,
    },
    'weight-for-length (|z| > 5)': {
      key: 'weightForLengthHeight',
      table: () => tables.weightForLength!,
      row: 300, // 75.0 cm
      restricted: true,
      input: (y) => ({ sex: 'male', ageDays: 300, weightKg: y, lengthHeightCm: 75 }),
      low: -5,
      high: 5,
    },
    'weight-for-height (|z| > 5)': {
      key: 'weightForLengthHeight',
      table: () => tables.weightForHeight!,
      row: 300, // 95.0 cm
      restricted: true,
      input: (y) => ({ sex: 'female', ageDays: 1200, weightKg: y, lengthHeightCm: 95, measured: 'standing' }),
      low: -5,
      high: 5,
    },
    'BMI-for-age (|z| > 5)': {
      key: 'bmiForAge',
      table: () => tables.bmiForAge!,
      row: 500,
      restricted: true,
      input: (y) => ({
        sex: 'male',
        ageDays: 500,
        weightKg: y * (LENGTH / 100) ** 2,
        lengthHeightCm: LENGTH,
      }),
      low: -5,
      high: 5,
    },
    'head circumference-for-age (|z| > 5)': {
      key: 'headCircumferenceForAge' as never,
      table: () => tables.headCircumferenceForAge!,
      row: 600,
      restricted: false,
      input: (y) => ({ sex: 'female', ageDays: 600, headCircumferenceCm: y }),
      low: -5,
      high: 5,
    },
    'arm circumference-for-age (|z| > 5)': {
      key: 'armCircumferenceForAge' as never,
      table: () => tables.armCircumferenceForAge!,
      row: 600 - 91,
      restricted: true,
      input: (y) => ({ sex: 'male', ageDays: 600, muacCm: y }),
      low: -5,
      high: 5,
    },
    'triceps skinfold-for-age (|z| > 5)': {
      key: 'tricepsSkinfoldForAge' as never,
      table: () => tables.tricepsSkinfoldForAge!,
      row: 600 - 91,
      restricted: true,
      input: (y) => ({ sex: 'female', ageDays: 600, tricepsSkinfoldMm: y }),
      low: -5,
      high: 5,
    },
    'subscapular skinfold-for-age (|z| > 5)': {
      key: 'subscapularSkinfoldForAge' as never,
      table: () => tables.subscapularSkinfoldForAge!,
      row: 600 - 91,
      restricted: true,
      input: (y) => ({ sex: 'male', ageDays: 600, subscapularSkinfoldMm: y }),
      low: -5,
      high: 5,
    },
    '5–19 weight-for-age (z < −6 or z > 5)': {
      key: 'weightForAge',
      table: () => tables.weightForAge5to19!,
      row: 30,
      restricted: true,
      input: (y) => ({ sex: 'male', ageMonths: 90, weightKg: y }),
      low: -6,
      high: 5,
    },
    '5–19 height-for-age (|z| > 6)': {
      key: 'lengthHeightForAge',
      table: () => tables.heightForAge5to19!,
      row: 100,
      restricted: false,
      input: (y) => ({ sex: 'female', ageMonths: 160, lengthHeightCm: y }),
      low: -6,
      high: 6,
    },
    '5–19 BMI-for-age (|z| > 5)': {
      key: 'bmiForAge',
      table: () => tables.bmiForAge5to19!,
      row: 100,
      restricted: true,
      input: (y) => ({ sex: 'male', ageMonths: 160, weightKg: y * 1.5 ** 2, lengthHeightCm: 150 }),
      low: -5,
      high: 5,
    },
  };

  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      const sex = c.input(1).sex;
      const at = (z: number) => {
        const score = compute(c.input(valueAt(c.table(), sex, c.row, z, c.restricted)))[c.key];
        return score as { z: number; flagged: boolean };
      };
      expect(at(c.high)).toEqual({ z: c.high, flagged: false });
      expect(at(c.high + 0.01)).toEqual({ z: c.high + 0.01, flagged: true });
      expect(at(c.low)).toEqual({ z: c.low, flagged: false });
      expect(at(c.low - 0.01)).toEqual({ z: c.low - 0.01, flagged: true });
      expect(at(0).z).toBe(0);
    });
  }
});

describe('rounding', () => {
  // A table with L = M = S = 1 makes z = y − 1, so exact binary halves can be fed in.
  const unit = defineLmsTable({
    id: 'headCircumferenceForAge',
    source: { publisher: 'test', reference: 'test', dataset: 'test', version: '1' },
    start: 0,
    male: { l: [1], m: [1], s: [1] },
    female: { l: [1], m: [1], s: [1] },
  });
  const z = (y: number) =>
    computeGrowthZScoresSync(
      { sex: 'male', ageDays: 0, headCircumferenceCm: y },
      { headCircumferenceForAge: unit },
    ).headCircumferenceForAge?.z;

  it("rounds exact ties to even, as R's round(x, 2) does (0.125 → 0.12, 0.375 → 0.38, −0.125 → −0.12)", () => {
    expect(z(1.125)).toBe(0.12);
    expect(z(1.375)).toBe(0.38);
    expect(z(0.875)).toBe(-0.12);
    expect(z(1.0625)).toBe(0.06);
  });

  it('never returns −0', () => {
    expect(Object.is(z(0.999), 0)).toBe(true);
  });
});

describe('validation', () => {
  const fails = (input: unknown) => {
    try {
      computeGrowthZScoresSync(input as GrowthInput, tables);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return error as ValidationError;
    }
    throw new Error('expected a ValidationError');
  };

  it('names the field in Indonesian and English', () => {
    const error = fails({ sex: 'male', ageDays: 100, weightKg: -2 });
    expect(error.code).toBe('validation_error');
    expect(error.issues[0]?.field).toBe('weightKg');
    expect(error.messages?.id).toContain('`weightKg`');
    expect(error.messages?.en).toContain('`weightKg`');
    expect(error.messages?.en).toContain('greater than 0');
    expect(error.toJSON()).toMatchObject({ name: 'ValidationError', issues: [{ field: 'weightKg' }] });
  });

  it('requires sex and rejects unknown values', () => {
    expect(fails({ ageDays: 10 }).issues[0]?.field).toBe('sex');
    expect(fails({ sex: 'L', ageDays: 10 }).issues[0]?.field).toBe('sex');
    expect(fails({ sex: 'male', measured: 'lying' }).issues[0]?.field).toBe('measured');
  });

  it('rejects NaN, infinities, negative ages and zero measurements', () => {
    expect(fails({ sex: 'male', weightKg: Number.NaN }).issues[0]?.field).toBe('weightKg');
    expect(fails({ sex: 'male', lengthHeightCm: Number.POSITIVE_INFINITY }).issues[0]?.field).toBe(
      'lengthHeightCm',
    );
    expect(fails({ sex: 'male', ageDays: -1 }).issues[0]?.field).toBe('ageDays');
    expect(fails({ sex: 'male', ageMonths: 3, muacCm: 0 }).issues[0]?.field).toBe('muacCm');
    expect(fails({ sex: 'male', weightKg: '10' }).issues[0]?.field).toBe('weightKg');
    expect(fails({ sex: 'male', oedema: 'y' }).issues[0]?.field).toBe('oedema');
  });

  it('rejects an age given both in days and in months', () => {
    const error = fails({ sex: 'female', ageDays: 30, ageMonths: 1 });
    expect(error.issues[0]?.field).toBe('ageMonths');
    expect(error.issues[0]?.message.id).toContain('ageDays atau ageMonths');
    expect(error.issues[0]?.message.en).toContain('either ageDays or ageMonths');
  });

  it('rejects misspelt fields instead of ignoring them', () => {
    const error = fails({ sex: 'female', ageDays: 30, weight: 4 });
    expect(error.issues[0]?.code).toBe('unrecognized_keys');
    expect(error.messages?.en).toContain('`weight`');
  });

  it('rejects a non-object', () => {
    expect(fails(null).issues[0]?.field).toBe('(root)');
    expect(fails('child').issues[0]?.field).toBe('(root)');
  });

  it('rejects through the promise in the async API', async () => {
    await expect(computeGrowthZScores({ sex: 'male', weightKg: -1 })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('tables: lazy loading, missing tables and overrides', () => {
  it('loads what the input needs in the async API', async () => {
    const result = await computeGrowthZScores({ sex: 'female', ageDays: 1522, weightKg: 17 });
    expect(result).toEqual({
      weightForAge: { z: 0.24, flagged: false },
      adjustedLengthHeightCm: null,
      bmi: null,
      measuredPositionImplausible: false,
    });
  });

  it('lists the tables an input needs, and none for an indicator WHO does not score at that age', () => {
    expect(requiredGrowthTables({ sex: 'male', ageMonths: 18, weightKg: 11, lengthHeightCm: 80 })).toEqual([
      'weightForAge',
      'lengthHeightForAge',
      'weightForLength',
      'bmiForAge',
    ]);
    expect(requiredGrowthTables({ sex: 'male', ageDays: 60, muacCm: 10 })).toEqual([]);
    expect(requiredGrowthTables({ sex: 'male', ageMonths: 150, weightKg: 40, oedema: true })).toEqual([]);
  });

  it('throws GrowthTableMissingError, bilingual, when a needed table is not given', () => {
    let caught: unknown;
    try {
      computeGrowthZScoresSync(
        { sex: 'male', ageDays: 100, weightKg: 6, lengthHeightCm: 60 },
        {
          weightForAge: weightForAgeTable,
        },
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GrowthTableMissingError);
    expect(isOpenGovError(caught)).toBe(true);
    const error = caught as GrowthTableMissingError;
    expect(error.tableId).toBe('lengthHeightForAge');
    expect(error.code).toBe('growth_table_missing');
    expect(error.messages?.id).toContain('lengthHeightForAge');
    expect(error.toJSON()).toMatchObject({ tableId: 'lengthHeightForAge' });
  });

  it('computes weight-for-age with that one table alone', () => {
    expect(
      computeGrowthZScoresSync(
        { sex: 'female', ageDays: 1522, weightKg: 17 },
        { weightForAge: weightForAgeTable },
      ).weightForAge,
    ).toEqual({ z: 0.24, flagged: false });
  });

  it('uses a table given in options instead of the built-in one', async () => {
    const wfa = tables.weightForAge5to19!;
    const column = (sex: 'male' | 'female', k: number) =>
      Array.from({ length: wfa.rows }, (_, i) => (sex === 'male' ? wfa.male : wfa.female)[i * 3 + k]!);
    const heavier = defineLmsTable({
      id: 'weightForAge5to19',
      source: { publisher: 'test', reference: 'WHO 2007, medians +10 %', dataset: 'test', version: '1' },
      start: wfa.start,
      male: { l: column('male', 0), m: column('male', 1).map((m) => m * 1.1), s: column('male', 2) },
      female: { l: column('female', 0), m: column('female', 1).map((m) => m * 1.1), s: column('female', 2) },
    });
    const input = { sex: 'male', ageMonths: 90, weightKg: 25 } as const;
    const builtIn = await computeGrowthZScores(input);
    const overridden = await computeGrowthZScores(input, { tables: { weightForAge5to19: heavier } });
    expect(overridden.weightForAge!.z!).toBeLessThan(builtIn.weightForAge!.z!);
  });

  it('rejects a malformed table', () => {
    const source = { publisher: 'x', reference: 'x', dataset: 'x', version: '1' };
    const good = { l: [1, 1], m: [1, 2], s: [0.1, 0.1] };
    expect(() =>
      defineLmsTable({ id: 'weightForAge', source, start: 0, male: good, female: { ...good, s: [0.1] } }),
    ).toThrow(ValidationError);
    expect(() =>
      defineLmsTable({ id: 'weightForAge', source, start: 0, male: { ...good, l: [0, 1] }, female: good }),
    ).toThrow(/L must not be 0/);
    expect(() =>
      defineLmsTable({ id: 'weightForAge', source, start: 0, male: { ...good, m: [1, -2] }, female: good }),
    ).toThrow(ValidationError);
    expect(() =>
      defineLmsTable({ id: 'weightForLength', source, start: 45.05, male: good, female: good }),
    ).toThrow(/multiple of 0.1/);
  });
});
