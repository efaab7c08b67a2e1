// Conformance against WHO's own outputs (fixtures/who/SOURCE.md): every z-score must equal WHO's at
// 2 decimals, exactly; no tolerance.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  computeGrowthZScoresSync,
  type GrowthInput,
  type GrowthTables,
  type GrowthZScores,
  loadGrowthTables,
} from '../src/index.js';
import { num, readCsv } from './csv.js';

let tables: GrowthTables;
beforeAll(async () => {
  tables = await loadGrowthTables();
});

type Indicator = Exclude<
  keyof GrowthZScores,
  'adjustedLengthHeightCm' | 'bmi' | 'measuredPositionImplausible'
>;

/** Compares one WHO z/flag pair with ours: both blank, or the same value and flag. */
function sameAsWho(ours: GrowthZScores, indicator: Indicator, whoZ: string, whoFlag: string) {
  const expected = num(whoZ) ?? null;
  const got = ours[indicator]?.z ?? null;
  const flag = ours[indicator]?.flagged ?? false;
  const expectedFlag = whoFlag === '1';
  return { ok: got === expected && flag === expectedFlag, got, expected, scored: expected !== null };
}

describe('WHO igrowup output, 0–5 years (survey_z_st.csv)', () => {
  const rows = readCsv(new URL('./fixtures/who/survey_z_st.csv', import.meta.url));
  const columns: [Indicator, string][] = [
    ['weightForAge', 'WEI'],
    ['lengthHeightForAge', 'LEN'],
    ['weightForLengthHeight', 'WFL'],
    ['bmiForAge', 'BMI'],
    ['headCircumferenceForAge', 'HC'],
    ['armCircumferenceForAge', 'AC'],
    ['tricepsSkinfoldForAge', 'TS'],
    ['subscapularSkinfoldForAge', 'SS'],
  ];
  // igrowup scored to 1,856 days; current anthro (and this package) stops below 60 months.
  const scored = rows.filter((r) => Number(r['_agedays']) <= 1826);

  const inputOf = (r: Record<string, string>): GrowthInput => ({
    sex: r['GENDER'] === '1' ? 'male' : 'female',
    ageDays: Number(r['_agedays']),
    weightKg: num(r['WEIGHT']),
    lengthHeightCm: num(r['HEIGHT']),
    measured: r['measure'] === 'l' ? 'recumbent' : r['measure'] === 'h' ? 'standing' : undefined,
    oedema: r['oedema'] === 'y',
    headCircumferenceCm: num(r['HEAD']),
    muacCm: num(r['MUAC']),
    tricepsSkinfoldMm: num(r['TRI']),
    subscapularSkinfoldMm: num(r['SUB']),
  });

  it('has 498 children, 4 of them older than 1,826 days (ids 4, 44, 95, 343)', () => {
    expect(rows).toHaveLength(498);
    expect(rows.filter((r) => !scored.includes(r)).map((r) => r['id'])).toEqual(['4', '44', '95', '343']);
  });

  it('reproduces all 8 z-scores and flags of the 494 children exactly (3,952 cells, 3,290 scored)', () => {
    const mismatches: string[] = [];
    let compared = 0;
    let nonBlank = 0;
    for (const r of scored) {
      const ours = computeGrowthZScoresSync(inputOf(r), tables);
      for (const [indicator, suffix] of columns) {
        const c = sameAsWho(ours, indicator, r[`_Z${suffix}`] ?? '', r[`_F${suffix}`] ?? '');
        compared++;
        if (c.scored) nonBlank++;
        if (!c.ok) mismatches.push(`id ${r['id']} ${indicator}: WHO ${c.expected}, ours ${c.got}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(3952);
    expect(nonBlank).toBe(3290); // the rest are blank in WHO's output and null in ours
  });

  it('reproduces the adjusted length/height and BMI WHO used', () => {
    for (const r of scored) {
      const ours = computeGrowthZScoresSync(inputOf(r), tables);
      const clenhei = num(r['_CLENHEI']);
      const cbmi = num(r['_CBMI']);
      if (clenhei === undefined) expect(ours.adjustedLengthHeightCm).toBeNull();
      else expect(ours.adjustedLengthHeightCm).toBeCloseTo(clenhei, 6);
      if (cbmi === undefined) expect(ours.bmi).toBeNull();
      else expect(ours.bmi).toBeCloseTo(cbmi, 6);
    }
  });
});

describe('WHO 2007 macro output, 5–19 years (survey_who2007_z.csv)', () => {
  const rows = readCsv(new URL('./fixtures/who/survey_who2007_z.csv', import.meta.url));

  it('reproduces height-, weight- and BMI-for-age z-scores and flags of all 933 children exactly (2,799 cells, 2,089 scored, 9 flagged)', () => {
    expect(rows).toHaveLength(933);
    const mismatches: string[] = [];
    let compared = 0;
    let nonBlank = 0;
    let flagged = 0;
    for (const r of rows) {
      const agemons = Number(r['agemons']);
      const ours = computeGrowthZScoresSync(
        {
          sex: r['sex'] === '1' ? 'male' : 'female',
          ageMonths: agemons,
          weightKg: num(r['weight']),
          lengthHeightCm: num(r['height']),
          oedema: r['oedema'] === 'y',
        },
        tables,
      );
      // As anthroplus's own test: the old macro scored beyond the reference's age limits.
      const blankAbove = (limit: number, cell: string | undefined) => (agemons > limit ? '' : (cell ?? ''));
      const checks: [Indicator, string, string][] = [
        ['lengthHeightForAge', blankAbove(228, r['zhfa']), blankAbove(228, r['fhfa'])],
        ['weightForAge', blankAbove(120, r['zwfa']), blankAbove(120, r['fwfa'])],
        ['bmiForAge', blankAbove(228, r['zbfa']), blankAbove(228, r['fbfa'])],
      ];
      for (const [indicator, z, flag] of checks) {
        const c = sameAsWho(ours, indicator, z, flag);
        compared++;
        if (flag === '1') flagged++;
        if (c.scored) nonBlank++;
        if (!c.ok) mismatches.push(`id ${r['id']} ${indicator}: WHO ${c.expected}, ours ${c.got}`);
      }
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(2799);
    expect(flagged).toBe(9);
    expect(nonBlank).toBe(2089);
  });
});
