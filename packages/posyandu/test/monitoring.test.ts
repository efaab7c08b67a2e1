import { isOpenGovError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessWeighings,
  computeSkdn,
  KBM_PERMENKES_155_2010,
  minimumWeightGainGrams,
  skdnChildForMonth,
  skdnFromCounts,
} from '../src/index.js';

describe('KBM table (Permenkes 155/2010, Buku KIA 2023)', () => {
  it('matches the reference table month by month', () => {
    // Reference §3.2: months 1–11, then 12–60.
    const expected = [800, 900, 800, 600, 500, 400, 400, 300, 300, 300, 200];
    for (const [i, grams] of expected.entries()) expect(minimumWeightGainGrams(i + 1)).toBe(grams);
    for (let m = 12; m <= 60; m++) expect(minimumWeightGainGrams(m)).toBe(200);
    expect(minimumWeightGainGrams(61)).toBeNull();
    expect(minimumWeightGainGrams(0)).toBe(800); // the first month of life
    // The distinct values in Buku KIA's printed row, in order.
    const distinct = KBM_PERMENKES_155_2010.rows.map((r) => r.grams).filter((g, i, a) => g !== a[i - 1]);
    expect(distinct).toEqual([800, 900, 800, 600, 500, 400, 300, 200]);
    expect(() => minimumWeightGainGrams(2.5)).toThrow(ValidationError);
  });
});

describe('assessWeighings: N, T, O, B and referral', () => {
  // Worked example: born 10 Jan 2025, weighed at the posyandu most months.
  const history = [
    { date: '2025-02-12', weightKg: 4.2, weightForAgeZ: -0.5 }, // B (first weighing)
    { date: '2025-03-12', weightKg: 5.1, weightForAgeZ: -0.3 }, // 2 mo: +900 ≥ 900 → N
    { date: '2025-04-14', weightKg: 5.8, weightForAgeZ: -0.6 }, // 3 mo: +700 < 800 → T
    { date: '2025-05-12', weightKg: 6.2, weightForAgeZ: -0.9 }, // 4 mo: +400 < 600 → T (2T)
    { date: '2025-07-15', weightKg: 6.9, weightForAgeZ: -1.0 }, // no June weighing → O
    { date: '2025-08-11', weightKg: 7.3, weightForAgeZ: -1.0 }, // 7 mo: +400 ≥ 400 → N
  ];

  it('reads the worked example', () => {
    const result = assessWeighings('2025-01-10', history);
    expect(result.map((w) => w.status)).toEqual(['B', 'N', 'T', 'T', 'O', 'N']);
    expect(result.map((w) => w.ageMonths)).toEqual([1, 2, 3, 4, 6, 7]);
    expect(result.map((w) => w.gainGrams)).toEqual([null, 900, 700, 400, null, 400]);
    expect(result.map((w) => w.kbmGrams)).toEqual([null, 900, 800, 600, null, 400]);
    expect(result.map((w) => w.consecutiveT)).toEqual([0, 0, 1, 2, 0, 0]);
  });

  it('refers on a single T by default (Buku KIA 2023) and on the second T with two_t', () => {
    const single = assessWeighings('2025-01-10', history);
    expect(single.map((w) => w.refer)).toEqual([false, false, true, true, false, false]);
    expect(single[2]?.referReasons).toEqual(['not_gaining']);
    const twoT = assessWeighings('2025-01-10', history, { referOn: 'two_t' });
    expect(twoT.map((w) => w.refer)).toEqual([false, false, false, true, false, false]);
    expect(twoT[3]?.referReasons).toEqual(['two_consecutive_not_gaining']);
  });

  it('flags below the red line (BGM) and above the orange line', () => {
    const result = assessWeighings('2024-01-01', [
      { date: '2025-01-05', weightKg: 7, weightForAgeZ: -3.01 },
      { date: '2025-02-05', weightKg: 7.2, weightForAgeZ: -3 },
      { date: '2025-03-05', weightKg: 9.5, weightForAgeZ: 1.01 },
      { date: '2025-04-05', weightKg: 9.7 },
    ]);
    expect(result.map((w) => w.belowRedLine)).toEqual([true, false, false, null]);
    expect(result.map((w) => w.aboveOrangeLine)).toEqual([false, false, true, null]);
    expect(result[0]?.referReasons).toEqual(['below_red_line']);
    expect(result[2]?.referReasons).toEqual(['above_orange_line']);
  });

  it('gains are compared in whole grams (5.6 → 6.4 kg is exactly 800 g)', () => {
    const result = assessWeighings('2025-01-10', [
      { date: '2025-03-12', weightKg: 5.6 },
      { date: '2025-04-12', weightKg: 6.4 },
    ]);
    expect(result[1]).toMatchObject({ gainGrams: 800, kbmGrams: 800, status: 'N' });
  });

  it('sorts by date, refuses two weighings in a month, before birth, or past the KMS ages', () => {
    const result = assessWeighings('2025-01-10', [...history].reverse());
    expect(result.map((w) => w.status)).toEqual(['B', 'N', 'T', 'T', 'O', 'N']);
    expect(() =>
      assessWeighings('2025-01-10', [
        { date: '2025-03-01', weightKg: 5 },
        { date: '2025-03-28', weightKg: 5.2 },
      ]),
    ).toThrow(/one calendar month/);
    expect(() => assessWeighings('2025-01-10', [{ date: '2025-01-09', weightKg: 3 }])).toThrow(
      ValidationError,
    );
    expect(() =>
      assessWeighings('2019-01-10', [
        { date: '2024-03-01', weightKg: 18 },
        { date: '2024-04-01', weightKg: 18.2 },
      ]),
    ).toThrow(/KBM/);
    expect(() => assessWeighings('2025-01-10', [{ date: '2025-02-01', weightKg: -1 }])).toThrow(
      /weighings\[0\]\.weightKg/,
    );
  });
});

describe('SKDN', () => {
  it('worked example: a posyandu with 50 balita', () => {
    // 50 balita, 45 with KMS; 40 weighed: 28 N, 6 T, 4 O, 2 B; 1 below the red line.
    const report = skdnFromCounts({ S: 50, K: 45, D: 40, N: 28, T: 6, O: 4, B: 2, BGM: 1 });
    expect(report.counts.DPrime).toBe(34);
    expect(report.ratios).toEqual({
      KS: 45 / 50, // 90 % liputan program
      DS: 40 / 50, // 80 % partisipasi masyarakat
      DK: 40 / 45, // 88.9 % kelangsungan penimbangan
      ND: 28 / 40, // 70 % keberhasilan program
      NDPrime: 28 / 34, // 82.4 %
      NS: 28 / 50, // 56 % dampak program
      BGMD: 1 / 40, // 2.5 %
    });
  });

  it('computes counts from the children and refuses broken invariants', () => {
    const report = computeSkdn([
      { hasKms: true, status: 'N' },
      { hasKms: true, status: 'T', belowRedLine: true },
      { hasKms: true, status: null },
      { hasKms: false, status: 'B' },
      { hasKms: false, status: null },
    ]);
    expect(report.counts).toEqual({ S: 5, K: 3, D: 3, N: 1, T: 1, O: 0, B: 1, BGM: 1, DPrime: 2 });
    expect(skdnFromCounts({ S: 0, K: 0, D: 0, N: 0, T: 0, O: 0, B: 0, BGM: 0 }).ratios.DS).toBeNull();
    expect(() => skdnFromCounts({ S: 10, K: 11, D: 5, N: 1, T: 1, O: 1, B: 2, BGM: 0 })).toThrow(/K > S/);
    expect(() => skdnFromCounts({ S: 10, K: 10, D: 5, N: 1, T: 1, O: 1, B: 1, BGM: 0 })).toThrow(
      /N \+ T \+ O \+ B/,
    );
    expect(() => skdnFromCounts({ S: 10, K: 10, D: 11, N: 8, T: 1, O: 1, B: 1, BGM: 0 })).toThrow(/D > S/);
    expect(() => computeSkdn([{ hasKms: true, status: null, belowRedLine: true }])).toThrow(/belowRedLine/);
  });

  it('property: for any random weighings of any children, the SKDN invariants hold', () => {
    const day = fc.integer({ min: 0, max: 27 });
    const childArb = fc.record({
      hasKms: fc.boolean(),
      birthMonth: fc.integer({ min: 0, max: 11 }),
      // Which of the 13 months from Jan 2025 the child was weighed in, and the weights.
      weighed: fc.array(
        fc.tuple(
          fc.boolean(),
          fc.double({ min: 2, max: 25, noNaN: true }),
          day,
          fc.double({ min: -5, max: 5, noNaN: true }),
        ),
        {
          minLength: 13,
          maxLength: 13,
        },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(childArb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 12 }),
        (children, reportMonth) => {
          const month = (i: number) =>
            `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
          const entries = children.map((child) => {
            const birth = `2024-${String(child.birthMonth + 1).padStart(2, '0')}-01`;
            const weighings = child.weighed
              .map(([yes, kg, d, zv], i) =>
                yes
                  ? { date: `${month(i)}-${String(d + 1).padStart(2, '0')}`, weightKg: kg, weightForAgeZ: zv }
                  : null,
              )
              .filter((w) => w !== null);
            return skdnChildForMonth(assessWeighings(birth, weighings), month(reportMonth), child);
          });
          const { counts } = computeSkdn(entries);
          return (
            counts.S === children.length &&
            counts.K <= counts.S &&
            counts.N <= counts.D &&
            counts.D <= counts.S &&
            counts.D === counts.N + counts.T + counts.O + counts.B &&
            counts.BGM <= counts.D &&
            counts.DPrime <= counts.D
          );
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('property: random input gives a report or an OpenGovError, never anything else', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          computeSkdn(input as never);
          skdnFromCounts(input as never);
          return true;
        } catch (error) {
          return isOpenGovError(error);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
