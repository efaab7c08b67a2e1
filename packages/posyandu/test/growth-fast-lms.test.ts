import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { lmsZ, roundedLmsZ, roundLikeR } from '../src/growth/lms-z.js';
import { computeGrowthZScoresSync, type GrowthTables, loadGrowthTables } from '../src/index.js';

let tables: GrowthTables;
beforeAll(async () => {
  tables = await loadGrowthTables();
});

// WHO's formula with pow, rounded as R rounds: the oracle the quick path must equal bit for bit.
const exact = (y: number, l: number, m: number, s: number, restricted: boolean) => {
  const z = lmsZ(y, l, m, s, restricted);
  return Number.isFinite(z) ? roundLikeR(z) : Number.NaN;
};
// What exp∘log alone would give, without the fallback near a rounding step.
const naive = (y: number, l: number, m: number, s: number) =>
  roundLikeR((Math.exp(l * Math.log(y / m)) - 1) / (s * l));

describe('roundedLmsZ: the quick z-score rounds exactly as WHO’s pow-based formula', () => {
  // Boys' weight-for-age, found by search: exp∘log lands on the other side of a rounding step here.
  const cases: Array<[weightKg: number, ageDays: number, who: number, expLog: number]> = [
    [19.576297706193518, 1266, 1.97, 1.98],
    [13.34410305637679, 1725, -2.21, -2.2],
    [20.595458731321468, 1574, 1.47, 1.48],
    [13.524128699204303, 1694, -2.03, -2.04],
    [4.62095681465599, 78, -2.19, -2.2],
    [4.182585153125029, 65, -2.43, -2.44],
  ];

  it.each(cases)(
    'weight %d kg at day %d: %d (exp∘log alone would say %d)',
    (weightKg, ageDays, who, expLog) => {
      const table = tables.weightForAge;
      if (!table) throw new Error('weight-for-age table not loaded');
      const [l, m, s] = [0, 1, 2].map((k) => table.male[ageDays * 3 + k] as number) as [
        number,
        number,
        number,
      ];
      expect(exact(weightKg, l, m, s, true)).toBe(who);
      expect(naive(weightKg, l, m, s)).toBe(expLog);
      expect(roundedLmsZ(weightKg, l, m, s, true)).toBe(who);
      expect(computeGrowthZScoresSync({ sex: 'male', ageDays, weightKg }, tables).weightForAge?.z).toBe(who);
    },
  );

  const lms = fc.record({
    l: fc.double({ min: -3, max: 3, noNaN: true }).filter((l) => Math.abs(l) > 1e-3),
    m: fc.double({ min: 0.5, max: 200, noNaN: true }),
    s: fc.double({ min: 0.005, max: 0.6, noNaN: true }),
    restricted: fc.boolean(),
  });

  it('equals the exact rounding for random measurements (10,000 runs)', () => {
    fc.assert(
      fc.property(lms, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ({ l, m, s, restricted }, y) => {
        expect(Object.is(roundedLmsZ(y, l, m, s, restricted), exact(y, l, m, s, restricted))).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('equals the exact rounding next to rounding steps and ±3 SD (10,000 runs)', () => {
    // y whose z is a 2-decimal midpoint (or ±3) give or take a few ulp: where a shortcut would slip.
    const nearStep = fc.tuple(
      lms,
      fc.integer({ min: -800, max: 800 }),
      fc.constantFrom(0.005, 0, -0.005),
      fc.integer({ min: -4, max: 4 }),
    );
    fc.assert(
      fc.property(nearStep, ([{ l, m, s, restricted }, hundredths, offset, ulps]) => {
        const target = hundredths / 100 + offset;
        const y0 = m * (1 + l * s * target) ** (1 / l);
        fc.pre(Number.isFinite(y0) && y0 > 0);
        const y = y0 * (1 + ulps * Number.EPSILON);
        expect(Object.is(roundedLmsZ(y, l, m, s, restricted), exact(y, l, m, s, restricted))).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('uses a table row’s cached SD lines beyond ±3 SD with the same result, first call and later', () => {
    // Every row of every restricted day-keyed table, both sexes, at z targets beyond ±3 SD.
    const restrictedByDay = [
      'weightForAge',
      'bmiForAge',
      'armCircumferenceForAge',
      'tricepsSkinfoldForAge',
      'subscapularSkinfoldForAge',
    ] as const;
    let checked = 0;
    for (const id of restrictedByDay) {
      const table = tables[id];
      if (!table) throw new Error(`${id} not loaded`);
      for (const rows of [table.male, table.female]) {
        for (let row = 0; row < table.rows; row++) {
          const [l, m, s] = [rows[row * 3], rows[row * 3 + 1], rows[row * 3 + 2]] as [number, number, number];
          for (const target of [-7.3, -4.005, -3.2, 3.2, 4.005, 7.3]) {
            const y = m * (1 + l * s * target) ** (1 / l);
            if (!(Number.isFinite(y) && y > 0)) continue;
            const want = exact(y, l, m, s, true);
            expect(roundedLmsZ(y, l, m, s, true, rows, row)).toBe(want); // fills the row's lines
            expect(roundedLmsZ(y * (1 + 1e-6), l, m, s, true, rows, row)).toBe(
              exact(y * (1 + 1e-6), l, m, s, true),
            ); // reads them
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50_000);
  });

  it('gives NaN where the exact z is not finite', () => {
    expect(roundedLmsZ(1e300, -3, 1e-300, 0.5, false)).toBe(exact(1e300, -3, 1e-300, 0.5, false));
    expect(roundedLmsZ(Number.POSITIVE_INFINITY, 0.5, 10, 0.1, false)).toBeNaN();
  });
});

describe('computeGrowthZScoresSync results', () => {
  const child = { sex: 'female', ageDays: 400, weightKg: 9, lengthHeightCm: 74, muacCm: 14 } as const;

  it('are plain objects with the indicators in the documented order', () => {
    const result = computeGrowthZScoresSync(child, tables);
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toEqual([
      'weightForAge',
      'lengthHeightForAge',
      'weightForLengthHeight',
      'bmiForAge',
      'armCircumferenceForAge',
      'adjustedLengthHeightCm',
      'bmi',
      'measuredPositionImplausible',
    ]);
  });

  it('share frozen score objects: equal z and limits give the same object', () => {
    const a = computeGrowthZScoresSync(child, tables);
    const b = computeGrowthZScoresSync({ ...child }, tables);
    expect(a).not.toBe(b);
    expect(a.weightForAge).toBe(b.weightForAge);
    expect(Object.isFrozen(a.weightForAge)).toBe(true);
    expect(a.weightForAge).toEqual({ z: expect.any(Number), flagged: false });
  });
});
