import { isOpenGovError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HouseholdChecklist, PMKS_KEMENSOS, socialReferralCounts } from '../src/index.js';

describe('social-problem early detection (PMKS code list)', () => {
  it('the default list: 26 PMKS/PPKS categories, unique snake_case codes, source cited', () => {
    expect(PMKS_KEMENSOS.categories).toHaveLength(26);
    const codes = PMKS_KEMENSOS.categories.map((x) => x.code);
    expect(new Set(codes).size).toBe(26);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z_]*$/);
    // The first five, in the order the Permensos lists them.
    expect(codes.slice(0, 5)).toEqual([
      'anak_balita_terlantar',
      'anak_terlantar',
      'anak_berhadapan_dengan_hukum',
      'anak_jalanan',
      'anak_dengan_kedisabilitasan',
    ]);
    expect(PMKS_KEMENSOS.source.regulation).toContain('Nomor 08 Tahun 2012');
  });

  it('worked example: referral counts per dusun, the latest visit per household', () => {
    const lists: HouseholdChecklist[] = [
      {
        householdId: 'h1',
        dusun: 'Bersatu',
        date: '2026-02-10',
        findings: [{ code: 'fakir_miskin', persons: 4, referred: false }],
      },
      // h1 revisited: the March checklist replaces February's.
      {
        householdId: 'h1',
        dusun: 'Bersatu',
        date: '2026-03-10',
        findings: [
          { code: 'fakir_miskin', persons: 4, referred: true },
          { code: 'lanjut_usia_terlantar', persons: 1, referred: true },
        ],
      },
      { householdId: 'h2', dusun: 'Bersatu', date: '2026-03-10', findings: [] },
      {
        householdId: 'h3',
        dusun: 'Bersatu',
        date: '2026-03-11',
        findings: [{ code: 'fakir_miskin', persons: 3, referred: false }],
      },
      {
        householdId: 'h9',
        dusun: 'Aik Nyet',
        date: '2026-03-12',
        findings: [{ code: 'anak_terlantar', persons: 2, referred: true }],
      },
    ];
    expect(socialReferralCounts(lists)).toEqual([
      {
        dusun: 'Aik Nyet',
        householdsChecked: 1,
        householdsWithFindings: 1,
        householdsReferred: 1,
        byCode: { anak_terlantar: { households: 1, persons: 2, referredHouseholds: 1 } },
      },
      {
        dusun: 'Bersatu',
        householdsChecked: 3,
        householdsWithFindings: 2,
        householdsReferred: 1,
        byCode: {
          fakir_miskin: { households: 2, persons: 7, referredHouseholds: 1 },
          lanjut_usia_terlantar: { households: 1, persons: 1, referredHouseholds: 1 },
        },
      },
    ]);
  });

  it('a programme code list replaces the default; unknown codes are refused', () => {
    const ntb = {
      ...PMKS_KEMENSOS,
      id: 'ntb-posga',
      categories: [{ code: 'putus_sekolah', label: { id: 'Anak putus sekolah', en: 'School dropout' } }],
    };
    const row = {
      householdId: 'h1',
      dusun: 'D1',
      date: '2026-03-01',
      findings: [{ code: 'putus_sekolah', persons: 1, referred: false }],
    };
    expect(socialReferralCounts([row], { codeList: ntb })[0]?.byCode['putus_sekolah']?.persons).toBe(1);
    expect(() => socialReferralCounts([row])).toThrow(/findings\[0\]\.code/);
  });

  it('property: counts are consistent for any checklists; anything else is an OpenGovError', () => {
    const codes = PMKS_KEMENSOS.categories.map((x) => x.code);
    const list = fc.record({
      householdId: fc.constantFrom('h1', 'h2', 'h3', 'h4'),
      dusun: fc.constantFrom('A', 'B'),
      date: fc.constantFrom('2026-01-05', '2026-02-05', '2026-03-05'),
      findings: fc.uniqueArray(
        fc.record({
          code: fc.constantFrom(...codes),
          persons: fc.integer({ min: 1, max: 9 }),
          referred: fc.boolean(),
        }),
        { selector: (f) => f.code, maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(fc.array(list, { maxLength: 30 }), (lists) =>
        socialReferralCounts(lists).every(
          (d) =>
            d.householdsReferred <= d.householdsWithFindings &&
            d.householdsWithFindings <= d.householdsChecked &&
            Object.values(d.byCode).every(
              (x) =>
                x.referredHouseholds <= x.households &&
                x.households <= d.householdsWithFindings &&
                x.persons >= x.households,
            ),
        ),
      ),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          socialReferralCounts(input as never);
          return true;
        } catch (error) {
          return isOpenGovError(error);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
