import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '@opengov-id/core';
import { classifyIkm, computeIkm, IKM_UNSUR, type IkmResponse, requiredSampleSize } from '../src/index.js';

const row = (unit: string, values: number[]): IkmResponse => ({
  unit,
  answers: Object.fromEntries(values.map((v, i) => [`U${i + 1}`, v])),
});

// Worked by hand from the formula of PermenPAN-RB 14/2017 (NRR = Σ/n; IKM = mean NRR × 25):
//        U1 U2 U3 U4 U5 U6 U7 U8 U9
// R1      4  4  3  4  3  4  4  3  3
// R2      3  3  3  4  3  3  4  3  2
// R3      4  3  2  4  3  4  4  4  3
// R4      3  4  3  4  4  4  3  3  3
// totals 14 14 11 16 13 15 15 13 11  → NRR 3.5 3.5 2.75 4 3.25 3.75 3.75 3.25 2.75
// Σ NRR = 30.5; mean = 3.3889; × 25 = 84.7222 → 84.72, mutu B (76.61–88.30), kinerja Baik.
// Legacy weight: 30.5 × 0.111 = 3.3855; × 25 = 84.6375 → 84.64.
// Unit X (R1, R2): Σ NRR 30 → 83.33; unit Y (R3, R4): Σ NRR 31 → 86.11.
const RESPONSES = [
  row('X', [4, 4, 3, 4, 3, 4, 4, 3, 3]),
  row('X', [3, 3, 3, 4, 3, 3, 4, 3, 2]),
  row('Y', [4, 3, 2, 4, 3, 4, 4, 4, 3]),
  row('Y', [3, 4, 3, 4, 4, 4, 3, 3, 3]),
];

describe('computeIkm on a worked example', () => {
  it('matches the hand computation', () => {
    const { overall, perUnit, sample } = computeIkm(RESPONSES);
    expect(overall.perUnsur.map((u) => u.nrr)).toEqual([3.5, 3.5, 2.75, 4, 3.25, 3.75, 3.75, 3.25, 2.75]);
    expect(overall.perUnsur.map((u) => u.total)).toEqual([14, 14, 11, 16, 13, 15, 15, 13, 11]);
    expect(overall.index).toBeCloseTo(30.5 / 9, 12);
    expect(overall.ikm).toBeCloseTo(84.7222222, 6);
    expect(overall.ikmRounded).toBe(84.72);
    expect(overall.mutu).toBe('B');
    expect(overall.kinerja.id).toBe('Baik');
    expect(perUnit['X']?.ikmRounded).toBe(83.33);
    expect(perUnit['Y']?.ikmRounded).toBe(86.11);
    expect(sample).toBeNull();
  });

  it('offers the legacy 0.111 weight, which caps the maximum at 99.9', () => {
    expect(computeIkm(RESPONSES, { weight: 'legacy' }).overall.ikmRounded).toBe(84.64);
    const best = [row('Z', [4, 4, 4, 4, 4, 4, 4, 4, 4])];
    expect(computeIkm(best).overall.ikm).toBe(100);
    expect(computeIkm(best, { weight: 'legacy' }).overall.ikmRounded).toBe(99.9);
  });

  it('keys unsur by code, whatever order the survey used, and skips unanswered ones', () => {
    const reordered = RESPONSES.map((r) => ({
      answers: Object.fromEntries(Object.entries(r.answers).reverse()),
    }));
    expect(computeIkm(reordered).overall.ikm).toBeCloseTo(computeIkm(RESPONSES).overall.ikm, 12);
    const partial = computeIkm([{ answers: { U1: 4, U2: 2 } }, { answers: { U1: 2 } }]);
    expect(partial.overall.perUnsur[0]).toMatchObject({ n: 2, nrr: 3 });
    expect(partial.overall.perUnsur[2]).toMatchObject({ n: 0, nrr: null });
    expect(partial.overall.index).toBe(2.5); // mean of the two unsur filled
  });

  it('reports a sample shortfall instead of refusing the data', () => {
    expect(computeIkm(RESPONSES, { population: 100 }).sample).toEqual({
      population: 100,
      required: 80,
      actual: 4,
      shortfall: 76,
    });
  });

  it('names the bad answer', () => {
    expect(() => computeIkm([{ answers: { U1: 5 } }])).toThrow(/responses\[0\]\.answers\.U1/);
    expect(() => computeIkm([{ answers: { U10: 3 } }])).toThrow(ValidationError);
    expect(() => computeIkm([])).toThrow(/no answers/);
  });
});

describe('mutu boundaries (converted scale: 88.31 / 76.61 / 65.00 / 25.00)', () => {
  it.each([
    [100, 'A'],
    [88.31, 'A'],
    [88.305, 'A'],
    [88.3, 'B'],
    [76.61, 'B'],
    [76.6, 'C'],
    [65, 'C'],
    [64.99, 'D'],
    [25, 'D'],
  ] as const)('%s is %s', (value, mutu) => {
    expect(classifyIkm(value).mutu).toBe(mutu);
  });

  it('refuses values off the scale', () => {
    expect(() => classifyIkm(24.99)).toThrow(ValidationError);
    expect(() => classifyIkm(Number.NaN)).toThrow(ValidationError);
  });
});

describe('Krejcie–Morgan sample sizes', () => {
  it.each([
    [50, 44],
    [100, 80],
    [200, 132],
    [300, 169],
    [500, 217],
    [1_000, 278],
    [2_000, 322],
    [5_000, 357],
    [10_000, 370],
    [1_000_000, 384],
  ])('N = %i needs %i', (population, sample) => {
    expect(requiredSampleSize(population)).toBe(sample);
  });

  it('never asks for more than the population or more than 384', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), (n) => {
        const s = requiredSampleSize(n);
        expect(s).toBeLessThanOrEqual(Math.min(n, 384));
        expect(s).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 10_000 },
    );
    expect(() => requiredSampleSize(0)).toThrow(ValidationError);
  });

  it('property: any valid answers give an index in 25–100 with a mutu', () => {
    const answers = fc.record(
      Object.fromEntries(IKM_UNSUR.map((u) => [u.code, fc.integer({ min: 1, max: 4 })])),
    );
    fc.assert(
      fc.property(fc.array(fc.record({ answers }), { minLength: 1, maxLength: 20 }), (responses) => {
        const { overall } = computeIkm(responses);
        expect(overall.ikm).toBeGreaterThanOrEqual(25);
        expect(overall.ikm).toBeLessThanOrEqual(100);
        expect(['A', 'B', 'C', 'D']).toContain(overall.mutu);
      }),
      { numRuns: 2_000 },
    );
  });
});
