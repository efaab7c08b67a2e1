import { isOpenGovError } from '@opengov-id/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isCertainlyValidGrowthInput } from '../src/growth/schema.js';
import {
  computeGrowthZScores,
  GrowthInput,
  computeGrowthZScoresSync,
  type GrowthTables,
  type GrowthZScores,
  loadGrowthTables,
  requiredGrowthTables,
} from '../src/index.js';

let tables: GrowthTables;
beforeAll(async () => {
  tables = await loadGrowthTables();
});

const INDICATORS = [
  'weightForAge',
  'lengthHeightForAge',
  'weightForLengthHeight',
  'bmiForAge',
  'headCircumferenceForAge',
  'armCircumferenceForAge',
  'tricepsSkinfoldForAge',
  'subscapularSkinfoldForAge',
] as const;

/** Throws unless `result` has exactly the documented shape and finite, 2-decimal z-scores. */
function assertTyped(result: GrowthZScores): void {
  const allowed = new Set<string>([
    ...INDICATORS,
    'adjustedLengthHeightCm',
    'bmi',
    'measuredPositionImplausible',
  ]);
  for (const key of Object.keys(result)) if (!allowed.has(key)) throw new Error(`unexpected key ${key}`);
  for (const key of INDICATORS) {
    const score = result[key];
    if (score === undefined) continue;
    if (typeof score.flagged !== 'boolean') throw new Error(`${key}.flagged is not boolean`);
    if (score.z === null) {
      if (score.flagged) throw new Error(`${key} flagged without z`);
      continue;
    }
    if (!Number.isFinite(score.z) || Math.round(score.z * 100) / 100 !== score.z || Object.is(score.z, -0)) {
      throw new Error(`${key}.z ${score.z} is not a finite 2-decimal number`);
    }
  }
  for (const key of ['adjustedLengthHeightCm', 'bmi'] as const) {
    const value = result[key];
    if (value !== null && !Number.isFinite(value)) throw new Error(`${key} is ${value}`);
  }
  if (typeof result.measuredPositionImplausible !== 'boolean') throw new Error('flag is not boolean');
}

// Mostly plausible children, with edge values, wrong types, both ages and extra keys mixed in.
const number = (min: number, max: number) =>
  fc.oneof(
    { weight: 30, arbitrary: fc.double({ min, max, noNaN: true }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(0, -1, min, max, 1e-300, 1e300, Number.NaN, Number.POSITIVE_INFINITY),
    },
    { weight: 1, arbitrary: fc.anything() },
  );
const rare = <T>(usual: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 30, arbitrary: usual }, { weight: 1, arbitrary: fc.anything() });
const measurements = fc.record(
  {
    sex: rare(fc.constantFrom('male', 'female')),
    weightKg: number(0.5, 150),
    lengthHeightCm: number(30, 200),
    measured: rare(fc.constantFrom('recumbent', 'standing')),
    headCircumferenceCm: number(20, 70),
    muacCm: number(5, 40),
    tricepsSkinfoldMm: number(1, 40),
    subscapularSkinfoldMm: number(1, 40),
    oedema: rare(fc.boolean()),
  },
  { requiredKeys: ['sex'] },
);
const age = fc.oneof(
  { weight: 10, arbitrary: fc.record({ ageDays: number(0, 7000) }) },
  { weight: 10, arbitrary: fc.record({ ageMonths: number(0, 240) }) },
  { weight: 3, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.record({ ageDays: number(0, 7000), ageMonths: number(0, 240) }) },
);
const input = fc
  .tuple(
    measurements,
    age,
    fc.oneof(
      { weight: 30, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: fc.record({ extra: fc.anything() }) },
    ),
  )
  .map(([m, a, extra]) => ({ ...m, ...a, ...extra }));
const anyInput = fc.oneof({ weight: 30, arbitrary: input }, { weight: 1, arbitrary: fc.anything() });

describe('computeGrowthZScores on random input', () => {
  it('returns a typed result or throws an OpenGovError (sync, 10,000 runs)', () => {
    let scored = 0;
    fc.assert(
      fc.property(anyInput, (value) => {
        try {
          const result = computeGrowthZScoresSync(value as never, tables);
          assertTyped(result);
          if (INDICATORS.some((key) => typeof result[key]?.z === 'number')) scored++;
        } catch (error) {
          if (!isOpenGovError(error)) throw error;
        }
      }),
      { numRuns: 10_000 },
    );
    // Most runs must reach the algorithm, not stop at validation.
    expect(scored).toBeGreaterThan(3_000);
  });

  it('resolves to a typed result or rejects with an OpenGovError (async, 10,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, async (value) => {
        try {
          assertTyped(await computeGrowthZScores(value as never));
        } catch (error) {
          if (!isOpenGovError(error)) throw error;
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('takes the fast path only for inputs the schema accepts, with the same result (10,000 runs)', () => {
    let fast = 0;
    fc.assert(
      fc.property(anyInput, (value) => {
        if (!isCertainlyValidGrowthInput(value)) return;
        fast++;
        const parsed = GrowthInput.safeParse(value);
        expect(parsed.success).toBe(true);
        expect(computeGrowthZScoresSync(parsed.data as never, tables)).toEqual(
          computeGrowthZScoresSync(value, tables),
        );
      }),
      { numRuns: 10_000 },
    );
    expect(fast).toBeGreaterThan(3_000);
  });

  it('needs exactly the tables requiredGrowthTables lists (1,000 runs)', () => {
    fc.assert(
      fc.property(input, (value) => {
        let needed: ReturnType<typeof requiredGrowthTables>;
        try {
          needed = requiredGrowthTables(value as never);
        } catch (error) {
          if (!isOpenGovError(error)) throw error;
          return;
        }
        const only = Object.fromEntries(needed.map((id) => [id, tables[id]]));
        expect(computeGrowthZScoresSync(value as never, only)).toEqual(
          computeGrowthZScoresSync(value as never, tables),
        );
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('regressions found by the properties', () => {
  it('refuses a height too small to be measured, which made BMI overflow (seed 1963979885)', () => {
    const input = {
      sex: 'male',
      weightKg: 1.7517576455085253,
      lengthHeightCm: 7.758001331495234e-123,
      ageDays: 0,
    };
    expect(isCertainlyValidGrowthInput(input)).toBe(false);
    try {
      computeGrowthZScoresSync(input as never, tables);
      expect.unreachable();
    } catch (error) {
      expect(isOpenGovError(error) && error.code).toBe('validation_error');
    }
  });
});
