import { OpenGovError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateNutritionFigures,
  assessWeighings,
  classifyZScore,
  DEFAULT_SMALL_CELL_THRESHOLD,
  type NutritionChild,
  type NutritionFigures,
  type NutritionalStatus,
  nutritionFiguresFromVisits,
  type RegisterVisit,
  skdnFromVisits,
  suppressSmallCells,
  visitGrowth,
} from '../src/index.js';

const DESA = '52.07.02.2001';
const child = (over: Partial<NutritionChild> = {}): NutritionChild => ({
  posyanduId: 'psy-a',
  desaCode: DESA,
  weightForAge: 'normal_weight',
  lengthHeightForAge: 'normal_height',
  weightForLengthHeight: 'normal',
  ...over,
});
const times = (n: number, c: NutritionChild) => Array.from({ length: n }, () => c);

describe('suppressSmallCells', () => {
  it('withholds counts below 5, 0 included, and the total when it is small too', () => {
    const table = suppressSmallCells(
      [{ id: 'psy-a', parent: DESA, cells: { n: 3, m: 0, k: 5 } }],
      ['n', 'm', 'k'],
    );
    expect(DEFAULT_SMALL_CELL_THRESHOLD).toBe(5);
    expect(table.rows[0]?.cells).toEqual({ n: null, m: null, k: 5 });
    expect(table.parents[0]?.cells).toEqual({ n: null, m: null, k: 5 });
  });

  it('withholds a second posyandu so the desa total minus the published ones gives nothing', () => {
    const table = suppressSmallCells(
      [
        { id: 'psy-a', parent: DESA, cells: { stunted: 3 } },
        { id: 'psy-b', parent: DESA, cells: { stunted: 9 } },
        { id: 'psy-c', parent: DESA, cells: { stunted: 12 } },
      ],
      ['stunted'],
    );
    expect(table.rows.map((r) => r.cells.stunted)).toEqual([null, null, 12]);
    expect(table.parents).toEqual([{ id: DESA, cells: { stunted: 24 } }]);
  });

  it('keeps withholding until the withheld posyandu add up to the threshold', () => {
    // 2 + 1 = 3 would follow from 33 − 30: so 30 goes too; the desa total stays.
    const table = suppressSmallCells(
      [
        { id: 'psy-a', parent: DESA, cells: { x: 2 } },
        { id: 'psy-b', parent: DESA, cells: { x: 1 } },
        { id: 'psy-c', parent: DESA, cells: { x: 30 } },
      ],
      ['x'],
    );
    expect(table.rows.map((r) => r.cells.x)).toEqual([null, null, null]);
    expect(table.parents[0]?.cells.x).toBe(33);
  });

  it('keeps withholding while the bounds a reader knows would pin the withheld counts', () => {
    const rows = (x: number, y: number) => [
      { id: 'psy-a', parent: DESA, cells: { v: x } },
      { id: 'psy-b', parent: DESA, cells: { v: y } },
      { id: 'psy-c', parent: DESA, cells: { v: 30 } },
    ];
    // 0 withheld, 5 withheld to protect it: 35 − 30 = 5 = 0 + 5 would pin both (5 is the least a
    // protecting count can be), so 30 goes too.
    expect(suppressSmallCells(rows(0, 5), ['v']).rows.map((r) => r.cells.v)).toEqual([null, null, null]);
    // Two counts below 5 adding to 8 are both 4.
    expect(suppressSmallCells(rows(4, 4), ['v']).rows.map((r) => r.cells.v)).toEqual([null, null, null]);
    // 3 and 9: 12 could be 0 + 12 … 4 + 8; nothing pinned, 30 stays.
    expect(suppressSmallCells(rows(3, 9), ['v']).rows.map((r) => r.cells.v)).toEqual([null, null, 30]);
  });

  it('takes a configurable threshold and rejects a bad one or a bad count', () => {
    const rows = [{ id: 'psy-a', parent: DESA, cells: { x: 3 } }];
    expect(suppressSmallCells(rows, ['x'], 3).rows[0]?.cells.x).toBe(3);
    expect(suppressSmallCells(rows, ['x'], 4).rows[0]?.cells.x).toBeNull();
    expect(() => suppressSmallCells(rows, ['x'], 0)).toThrow(ValidationError);
    expect(() => suppressSmallCells(rows, ['x'], 2.5)).toThrow(ValidationError);
    expect(() => suppressSmallCells([{ id: 'a', parent: DESA, cells: { x: -1 } }], ['x'])).toThrow(
      /rows\[0\]\.cells\.x/,
    );
  });
});

describe('aggregateNutritionFigures', () => {
  it('counts by the Permenkes 2/2020 edges: −2.01 is stunted, −2.00 is not', () => {
    const stunted = classifyZScore('length_height_for_age', -2.01).code;
    const normal = classifyZScore('length_height_for_age', -2).code;
    const severe = classifyZScore('length_height_for_age', -3.01).code;
    const figures = aggregateNutritionFigures(
      [{ posyanduId: 'psy-a', desaCode: DESA }],
      [
        ...times(4, child({ lengthHeightForAge: stunted })),
        ...times(2, child({ lengthHeightForAge: severe })),
        ...times(14, child({ lengthHeightForAge: normal })),
      ],
    );
    expect(figures.posyandu[0]?.stunted).toEqual({ count: 6, measured: 20, share: 0.3 });
    expect(figures.posyandu[0]?.childrenWeighed).toBe(20);
  });

  it('classifies wasted, overweight and underweight from the regulation’s categories', () => {
    const wfl = (z: number) => classifyZScore('weight_for_length_height', z).code;
    const wfa = (z: number) => classifyZScore('weight_for_age', z).code;
    const figures = aggregateNutritionFigures(
      [],
      [
        ...times(5, child({ weightForLengthHeight: wfl(-2.01), weightForAge: wfa(-3.5) })),
        ...times(5, child({ weightForLengthHeight: wfl(2.01), weightForAge: wfa(-2.01) })),
        // +2.00 is "berisiko gizi lebih", not overweight; +3.01 is obese, counted as overweight.
        ...times(5, child({ weightForLengthHeight: wfl(2), weightForAge: wfa(-2) })),
        ...times(5, child({ weightForLengthHeight: wfl(3.01), weightForAge: null })),
      ],
    );
    const a = figures.posyandu[0];
    expect(a?.wasted).toEqual({ count: 5, measured: 20, share: 0.25 });
    expect(a?.overweight).toEqual({ count: 10, measured: 20, share: 0.5 });
    expect(a?.underweight).toEqual({ count: 10, measured: 15, share: 10 / 15 });
  });

  it('withholds small cells and the shares that would reveal them, per posyandu and desa', () => {
    const figures = aggregateNutritionFigures(
      [
        { posyanduId: 'psy-a', desaCode: DESA },
        { posyanduId: 'psy-b', desaCode: DESA },
        { posyanduId: 'psy-z', desaCode: '52.07.02.2002' },
      ],
      [
        ...times(3, child({ lengthHeightForAge: 'stunted' })),
        ...times(9, child()),
        ...times(12, child({ posyanduId: 'psy-b' })),
        ...times(6, child({ posyanduId: 'psy-b', lengthHeightForAge: 'stunted' })),
      ],
    );
    const [a, b, z] = figures.posyandu;
    expect(a?.stunted).toEqual({ count: null, measured: 12, share: null });
    // 3 + 6 = 9 in the desa: psy-b's 6 is withheld too, or 9 − 6 would give psy-a's 3.
    expect(b?.stunted).toEqual({ count: null, measured: 18, share: null });
    expect(figures.desa[0]).toMatchObject({ desaCode: DESA, childrenWeighed: 30 });
    expect(figures.desa[0]?.stunted).toEqual({ count: 9, measured: 30, share: 0.3 });
    expect(z?.childrenWeighed).toBeNull();
    expect(figures.desa[1]?.childrenWeighed).toBeNull();
    expect(JSON.stringify(figures)).not.toMatch(/birth|nik|name/i);
  });
});

const CODES: Array<NutritionalStatus | null> = [
  null,
  'severely_stunted',
  'stunted',
  'normal_height',
  'severely_wasted',
  'wasted',
  'normal',
  'overweight',
  'obese',
  'severely_underweight',
  'underweight',
  'normal_weight',
];
const SHARES = ['stunted', 'wasted', 'underweight', 'overweight'] as const;

/** Every published count of a figure row, by a key naming the cell (denominators shared). */
function cells(row: NutritionFigures['desa'][number]): Record<string, number | null> {
  return {
    weighed: row.childrenWeighed,
    stunted: row.stunted.count,
    lhaMeasured: row.stunted.measured,
    wasted: row.wasted.count,
    overweight: row.overweight.count,
    wflMeasured: row.wasted.measured,
    underweight: row.underweight.count,
    wfaMeasured: row.underweight.measured,
  };
}

describe('aggregateNutritionFigures, any register (property)', () => {
  it('never publishes a small count, and no withheld count follows from published ones by subtraction or bounds', () => {
    const arbChild = fc.record({
      posyandu: fc.integer({ min: 0, max: 5 }),
      weightForAge: fc.constantFrom(...CODES),
      lengthHeightForAge: fc.constantFrom(...CODES),
      weightForLengthHeight: fc.constantFrom(...CODES),
    });
    fc.assert(
      fc.property(
        fc.array(arbChild, { maxLength: 120 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 3 }),
        (drawn, threshold, desaCount) => {
          const desaOf = (p: number) => `52.07.02.200${(p % desaCount) + 1}`;
          const areas = Array.from({ length: 6 }, (_, p) => ({
            posyanduId: `psy-${p}`,
            desaCode: desaOf(p),
          }));
          const children = drawn.map((c) => ({
            ...c,
            posyanduId: `psy-${c.posyandu}`,
            desaCode: desaOf(c.posyandu),
          }));
          const figures = aggregateNutritionFigures(areas, children, { threshold });
          // The true counts, counted here without the function under test.
          const count = (of: typeof children) => ({
            weighed: of.length,
            stunted: of.filter(
              (c) => c.lengthHeightForAge === 'stunted' || c.lengthHeightForAge === 'severely_stunted',
            ).length,
            lhaMeasured: of.filter((c) => c.lengthHeightForAge !== null).length,
            wasted: of.filter(
              (c) => c.weightForLengthHeight === 'wasted' || c.weightForLengthHeight === 'severely_wasted',
            ).length,
            overweight: of.filter(
              (c) => c.weightForLengthHeight === 'overweight' || c.weightForLengthHeight === 'obese',
            ).length,
            wflMeasured: of.filter((c) => c.weightForLengthHeight !== null).length,
            underweight: of.filter(
              (c) => c.weightForAge === 'underweight' || c.weightForAge === 'severely_underweight',
            ).length,
            wfaMeasured: of.filter((c) => c.weightForAge !== null).length,
          });
          const check = (row: NutritionFigures['desa'][number], real: Record<string, number>) => {
            const published = cells(row);
            for (const [key, value] of Object.entries(published)) {
              // Published numbers are the true ones, and never below the threshold.
              if (value !== null) {
                expect(value).toBe(real[key]);
                expect(value).toBeGreaterThanOrEqual(threshold);
              }
            }
            for (const key of SHARES) {
              const share = row[key];
              if (share.share !== null) expect(share.count !== null && share.measured !== null).toBe(true);
            }
            return published;
          };
          const realOf = (posyanduId: string) => count(children.filter((c) => c.posyanduId === posyanduId));
          for (const row of figures.posyandu) check(row, realOf(row.posyanduId));
          for (const desa of figures.desa) {
            const total = check(desa, count(children.filter((c) => c.desaCode === desa.desaCode)));
            const members = figures.posyandu
              .filter((row) => row.desaCode === desa.desaCode)
              .map((row) => ({ row: cells(row), real: realOf(row.posyanduId) as Record<string, number> }));
            for (const [key, value] of Object.entries(total)) {
              if (value === null) continue;
              const hidden = members.filter((m) => m.row[key] === null);
              // desa − Σ published posyandu: one unknown would be recovered; a small remainder is a small cell.
              expect(hidden.length).not.toBe(1);
              const rest = members.reduce((sum, m) => sum + (m.row[key] ?? 0), 0);
              if (hidden.length > 0) expect(value - rest).toBeGreaterThanOrEqual(threshold);
              // Nor by bounds: each withheld count below the threshold could still be two values.
              const sum = value - rest;
              const small = hidden.filter((m) => (m.real[key] as number) < threshold);
              const protecting = hidden.length - small.length;
              if (protecting === 0 && small.length > 0)
                expect(sum).toBeLessThan(small.length * (threshold - 1));
              if (protecting > 0) expect(sum).toBeGreaterThan(protecting * threshold);
            }
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('answers random tables with figures or an OpenGovError, nothing else', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.string(),
            parent: fc.constantFrom('a', 'b'),
            cells: fc.record({ x: fc.integer() }),
          }),
        ),
        fc.integer({ min: -2, max: 8 }),
        (rows, threshold) => {
          try {
            const table = suppressSmallCells(rows, ['x'], threshold);
            expect(table.rows).toHaveLength(rows.length);
          } catch (error) {
            expect(error).toBeInstanceOf(OpenGovError);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('visitGrowth and skdnFromVisits', () => {
  const person = { id: 'p-1', sex: 'female' as const, birthDate: '2025-01-10' };
  const visit = (
    id: string,
    date: string,
    weightKg: number,
    over: Partial<RegisterVisit> = {},
  ): RegisterVisit => ({
    id,
    personId: 'p-1',
    posyanduId: 'psy-a',
    date,
    service: 'kia',
    measurements: { weightKg },
    ...over,
  });
  const visits = [
    visit('v-1', '2025-03-12', 5.6),
    visit('v-2', '2025-04-14', 6.5),
    visit('v-3', '2025-05-12', 6.8),
  ];

  it('reads N/T/O/B as assessWeighings does, and recomputes after a change', async () => {
    const expected = assessWeighings(
      person.birthDate,
      visits.map((v) => ({ date: v.date, weightKg: v.measurements.weightKg as number })),
    );
    const statuses = await Promise.all(
      visits.map(async (v) => (await visitGrowth(person, v, visits)).weighing?.status),
    );
    expect(statuses).toEqual(expected.map((w) => w.status));
    expect(statuses).toEqual(['B', 'N', 'T']);
    const corrected = visit('v-3', '2025-05-12', 7.2);
    const growth = await visitGrowth(person, corrected, [...visits.slice(0, 2), corrected]);
    expect(growth.weighing).toMatchObject({ status: 'N', gainGrams: 700 });
    expect(growth.zScores.weightForAge?.z).toEqual(expect.any(Number));
    expect(growth.categories.weightForAge).toEqual(expect.any(String));
  });

  it('counts SKDN from the register, leaving voided weighings out', async () => {
    const mother = { id: 'p-0', sex: 'female' as const, birthDate: '1998-04-10' };
    const unweighed = { id: 'p-2', sex: 'male' as const, birthDate: '2024-12-01' };
    const may = await skdnFromVisits([mother, person, unweighed], visits, '2025-05');
    expect(may.counts).toEqual({ S: 2, K: 2, D: 1, N: 0, T: 1, O: 0, B: 0, BGM: 0, DPrime: 1 });
    const voided = [
      visits[0],
      { ...visits[1], voidedAt: '2025-04-20T09:00:00+08:00' },
      visits[2],
    ] as RegisterVisit[];
    // April voided: May is weighed, April not, so O.
    expect((await skdnFromVisits([person], voided, '2025-05')).counts).toMatchObject({ D: 1, O: 1, T: 0 });
    expect((await skdnFromVisits([person], voided, '2025-04')).counts).toMatchObject({ S: 1, D: 0 });
    // Not yet born in December 2024: not in S.
    expect((await skdnFromVisits([person], visits, '2024-12')).counts.S).toBe(0);
  });

  it('figures from visits count each weighed child once, never a voided weighing', async () => {
    const people = Array.from({ length: 6 }, (_, i) => ({
      id: `p-${i}`,
      sex: 'male' as const,
      birthDate: '2024-06-01',
    }));
    const weighed = people.map((p, i) =>
      visit(`v-${i}`, '2026-03-10', 9.5, {
        personId: p.id,
        measurements: { weightKg: 9.5, lengthHeightCm: 78, measured: 'recumbent' },
      }),
    );
    const areas = [{ posyanduId: 'psy-a', desaCode: DESA }];
    const figures = await nutritionFiguresFromVisits(areas, people, weighed, '2026-03');
    expect(figures.posyandu[0]).toMatchObject({ childrenWeighed: 6, underweight: { measured: 6 } });
    const oneVoided = weighed.map((v, i) => (i === 0 ? { ...v, voidedAt: '2026-03-11T09:00:00+08:00' } : v));
    const fewer = await nutritionFiguresFromVisits(areas, people, oneVoided, '2026-03');
    expect(fewer.posyandu[0]?.childrenWeighed).toBe(5);
    expect(
      (await nutritionFiguresFromVisits(areas, people, weighed, '2026-03', { threshold: 7 })).posyandu[0]
        ?.childrenWeighed,
    ).toBeNull();
  });
});
