import { isLocalDate, ValidationError } from '@opengov-id/core';
import { PMKS_KEMENSOS, type SocialProblemCodeList } from './pmks.js';

/** One problem found in a household. */
export interface SocialFinding {
  /** Code from the code list. */
  readonly code: string;
  /** Household members concerned (≥ 1). */
  readonly persons: number;
  /** Whether the kader referred it (to the desa, Dinas Sosial, TKSK, Puskesmas). */
  readonly referred: boolean;
}

/** A household's early-detection checklist on one visit. */
export interface HouseholdChecklist {
  /** The household (an id, never the No. KK). */
  readonly householdId: string;
  /** The dusun it belongs to (an id or name the posyandu uses). */
  readonly dusun: string;
  /** Date of the visit, `YYYY-MM-DD`. */
  readonly date: string;
  /** Problems found; empty when none. */
  readonly findings: readonly SocialFinding[];
}

/** Counts for one code in one dusun. */
export interface SocialCodeCount {
  /** Households with the problem. */
  readonly households: number;
  /** People concerned. */
  readonly persons: number;
  /** Households referred for it. */
  readonly referredHouseholds: number;
}

/** A dusun's early-detection summary. */
export interface DusunSocialSummary {
  /** The dusun. */
  readonly dusun: string;
  /** Households checked. */
  readonly householdsChecked: number;
  /** Households with at least one problem. */
  readonly householdsWithFindings: number;
  /** Households with at least one referral. */
  readonly householdsReferred: number;
  /** Counts per code (only codes found). */
  readonly byCode: Readonly<Record<string, SocialCodeCount>>;
}

const ID = /^[A-Za-z0-9 ._:-]{1,128}$/;

function invalid(field: string, id: string, en: string): never {
  throw ValidationError.single(
    field,
    { id: `Kolom \`${field}\` ${id}`, en: `Field \`${field}\` ${en}` },
    'invalid_social_checklist',
  );
}

/**
 * Referral counts per dusun from household checklists (the latest checklist of each household
 * counts, so a revisit does not double it), coded by the code list ({@link PMKS_KEMENSOS} by default).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for a code not in the list, a malformed
 * date or id, a code twice in one checklist, or persons < 1.
 * @example
 * ```ts
 * const [summary] = socialReferralCounts([
 *   { householdId: 'h1', dusun: 'Dusun Bersatu', date: '2026-03-10', findings: [{ code: 'lanjut_usia_terlantar', persons: 1, referred: true }] },
 *   { householdId: 'h2', dusun: 'Dusun Bersatu', date: '2026-03-10', findings: [] },
 * ]);
 * summary?.householdsReferred; // => 1
 * ```
 */
export function socialReferralCounts(
  checklists: readonly HouseholdChecklist[],
  options: { readonly codeList?: SocialProblemCodeList | undefined } = {},
): DusunSocialSummary[] {
  const codes = new Set((options.codeList ?? PMKS_KEMENSOS).categories.map((x) => x.code));
  if (!Array.isArray(checklists)) invalid('checklists', 'harus daftar.', 'must be an array.');
  const latest = new Map<string, HouseholdChecklist>();
  checklists.forEach((list, i) => {
    const at = `checklists[${i}]`;
    if (typeof list?.householdId !== 'string' || !ID.test(list.householdId))
      invalid(`${at}.householdId`, 'harus id rumah tangga.', 'must be a household id.');
    if (typeof list.dusun !== 'string' || !ID.test(list.dusun))
      invalid(`${at}.dusun`, 'harus id atau nama dusun.', 'must be a dusun id or name.');
    if (!isLocalDate(list.date))
      invalid(`${at}.date`, 'harus tanggal YYYY-MM-DD.', 'must be a YYYY-MM-DD date.');
    if (!Array.isArray(list.findings)) invalid(`${at}.findings`, 'harus daftar.', 'must be an array.');
    const seen = new Set<string>();
    (list.findings as readonly SocialFinding[]).forEach((f: SocialFinding, j: number) => {
      const fat = `${at}.findings[${j}]`;
      if (typeof f?.code !== 'string' || !codes.has(f.code))
        invalid(`${fat}.code`, 'bukan kode dalam daftar.', 'is not a code of the list.');
      if (seen.has(f.code)) invalid(`${fat}.code`, 'muncul dua kali.', 'appears twice.');
      seen.add(f.code);
      if (!Number.isInteger(f.persons) || f.persons < 1)
        invalid(`${fat}.persons`, 'harus bilangan bulat ≥ 1.', 'must be a whole number ≥ 1.');
      if (typeof f.referred !== 'boolean') invalid(`${fat}.referred`, 'harus boolean.', 'must be a boolean.');
    });
    const key = `${list.dusun}\u0000${list.householdId}`;
    const prev = latest.get(key);
    if (!prev || prev.date <= list.date) latest.set(key, list);
  });
  const byDusun = new Map<
    string,
    {
      checked: number;
      found: number;
      referred: number;
      byCode: Map<string, { households: number; persons: number; referredHouseholds: number }>;
    }
  >();
  for (const list of latest.values()) {
    let d = byDusun.get(list.dusun);
    if (!d) {
      d = { checked: 0, found: 0, referred: 0, byCode: new Map() };
      byDusun.set(list.dusun, d);
    }
    d.checked++;
    if (list.findings.length > 0) d.found++;
    if (list.findings.some((f) => f.referred)) d.referred++;
    for (const f of list.findings) {
      let count = d.byCode.get(f.code);
      if (!count) {
        count = { households: 0, persons: 0, referredHouseholds: 0 };
        d.byCode.set(f.code, count);
      }
      count.households++;
      count.persons += f.persons;
      if (f.referred) count.referredHouseholds++;
    }
  }
  return [...byDusun.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([dusun, d]) => ({
      dusun,
      householdsChecked: d.checked,
      householdsWithFindings: d.found,
      householdsReferred: d.referred,
      // fromEntries defines own properties, so a code such as `__proto__` stays a plain key.
      byCode: Object.fromEntries(d.byCode),
    }));
}
