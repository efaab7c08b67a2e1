// The encoded modules must hold WHO's figures exactly: every L, M and S of every row equals the
// double that parsing WHO's text gives, and the SHA-256 recorded in each module is the file's.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { growthTableIds, type LmsTable, loadGrowthTables } from '../src/index.js';

const FILES: Record<string, string> = {
  weightForAge: 'weianthro.txt',
  lengthHeightForAge: 'lenanthro.txt',
  weightForLength: 'wflanthro.txt',
  weightForHeight: 'wfhanthro.txt',
  bmiForAge: 'bmianthro.txt',
  headCircumferenceForAge: 'hcanthro.txt',
  armCircumferenceForAge: 'acanthro.txt',
  tricepsSkinfoldForAge: 'tsanthro.txt',
  subscapularSkinfoldForAge: 'ssanthro.txt',
  weightForAge5to19: 'wfawho2007.txt',
  heightForAge5to19: 'hfawho2007.txt',
  bmiForAge5to19: 'bfawho2007.txt',
};

// Rows per sex as SOURCE.md records them.
const ROWS: Record<string, number> = {
  weightForAge: 1827,
  lengthHeightForAge: 1827,
  weightForLength: 651,
  weightForHeight: 551,
  bmiForAge: 1827,
  headCircumferenceForAge: 1827,
  armCircumferenceForAge: 1736,
  tricepsSkinfoldForAge: 1736,
  subscapularSkinfoldForAge: 1736,
  weightForAge5to19: 62,
  heightForAge5to19: 170,
  bmiForAge5to19: 170,
};

describe('WHO tables', async () => {
  const tables = await loadGrowthTables();

  it('covers the twelve WHO files', () => {
    expect([...growthTableIds].sort()).toEqual(Object.keys(FILES).sort());
    expect(Object.keys(tables).sort()).toEqual(Object.keys(FILES).sort());
  });

  for (const id of growthTableIds) {
    it(`${id} equals ${FILES[id]} value for value`, () => {
      const table = tables[id] as LmsTable;
      const bytes = readFileSync(new URL(`../data/who/${FILES[id]}`, import.meta.url));
      expect(table.source.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(table.source.publisher).toBe('World Health Organization');
      expect(table.rows).toBe(ROWS[id]);
      const lines = bytes.toString('utf8').split('\r\n').filter(Boolean).slice(1);
      expect(lines).toHaveLength(ROWS[id]! * 2);
      for (const line of lines) {
        const [sex, key, l, m, s] = line.split('\t') as [string, string, string, string, string];
        const row = Math.round((Number(key) - table.start) / table.step);
        const values = sex === '1' ? table.male : table.female;
        expect([values[row * 3], values[row * 3 + 1], values[row * 3 + 2]]).toEqual([
          Number(l),
          Number(m),
          Number(s),
        ]);
      }
    });
  }

  it('keys each table as WHO does', () => {
    expect(tables.weightForAge).toMatchObject({ key: 'ageDays', start: 0, step: 1 });
    expect(tables.armCircumferenceForAge).toMatchObject({ key: 'ageDays', start: 91, step: 1 });
    expect(tables.weightForLength).toMatchObject({ key: 'lengthCm', start: 45, step: 0.1 });
    expect(tables.weightForHeight).toMatchObject({ key: 'heightCm', start: 65, step: 0.1 });
    expect(tables.bmiForAge5to19).toMatchObject({ key: 'ageMonths', start: 60, step: 1 });
  });

  it('gives the figure of the TSDoc example (girls, weight-for-age median at 365 days)', () => {
    expect(tables.weightForAge?.female[365 * 3 + 1]).toBe(8.9462);
  });
});
