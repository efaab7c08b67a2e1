import type { LocalizedMessage } from '@opengov-id/core';
import type { RulesetSource } from '../categories/types.js';

/** Antigens of the national routine schedule. */
export type Antigen =
  | 'hepatitis_b'
  | 'bcg'
  | 'opv'
  | 'dpt_hb_hib'
  | 'pcv'
  | 'ipv'
  | 'mr'
  | 'je'
  | 'dt'
  | 'td'
  | 'hpv';

/**
 * Where a dose is given: everywhere (`national`), being introduced in phases (`phased`, e.g. PCV,
 * national from 2022), in JE-endemic districts only, or in selected districts only (HPV).
 */
export type DoseAvailability = 'national' | 'phased' | 'endemic_districts' | 'selected_districts';

/** One dose of the schedule. Ages are completed months unless `schoolGrade` is set (BIAS). */
export interface ScheduledDose {
  /** Stable id, `<antigen>-<dose>` (`dpt_hb_hib-1`). */
  readonly id: string;
  /** The antigen. */
  readonly antigen: Antigen;
  /** Dose number of this antigen (1 for HB-0 and BCG). */
  readonly dose: number;
  /** Name as Buku KIA writes it, and in English. */
  readonly label: LocalizedMessage;
  /** Recommended age, completed months (`null` for school doses). */
  readonly ageMonths: number | null;
  /** Earliest age, completed months (`null` for school doses). */
  readonly earliestAgeMonths: number | null;
  /** Latest age in completed months before the dose is overdue (`null`: no limit, or a school dose). */
  readonly latestAgeMonths: number | null;
  /** Latest age in days, where the schedule states one in hours or days (HB-0: within 24 hours). */
  readonly latestAgeDays?: number | undefined;
  /** BIAS school grade (kelas SD) instead of an age. */
  readonly schoolGrade?: number | undefined;
  /** Only for girls (HPV). */
  readonly femaleOnly?: boolean | undefined;
  /** Where the dose is given. */
  readonly availability: DoseAvailability;
}

/** An immunisation schedule with its source. */
export interface ImmunizationSchedule {
  /** Identifier (`kemenkes-2022`). */
  readonly id: string;
  /** Where it comes from. */
  readonly source: RulesetSource;
  /** The doses, in order of age. */
  readonly doses: readonly ScheduledDose[];
}

const dose = (
  antigen: Antigen,
  n: number,
  id: string,
  en: string,
  ageMonths: number,
  availability: DoseAvailability = 'national',
  latestAgeDays?: number,
): ScheduledDose => ({
  id: `${antigen}-${n}`,
  antigen,
  dose: n,
  label: { id, en },
  ageMonths,
  earliestAgeMonths: ageMonths,
  latestAgeMonths: ageMonths,
  ...(latestAgeDays === undefined ? {} : { latestAgeDays }),
  availability,
});

const school = (
  antigen: Antigen,
  n: number,
  id: string,
  en: string,
  grade: number,
  extra: Partial<ScheduledDose> = {},
): ScheduledDose => ({
  id: `${antigen}-${n}`,
  antigen,
  dose: n,
  label: { id, en },
  ageMonths: null,
  earliestAgeMonths: null,
  latestAgeMonths: null,
  schoolGrade: grade,
  availability: 'national',
  ...extra,
});

/**
 * The national routine immunisation schedule: **Permenkes No. 12 Tahun 2017 tentang
 * Penyelenggaraan Imunisasi** with the programme introductions after it (Ditjen P2P, "Kebijakan
 * program imunisasi dan rencana introduksi PCV"; PCV national from 2022):
 *
 * | Umur | Imunisasi |
 * |---|---|
 * | 0 (< 24 jam) | HB-0 |
 * | 1 bulan | BCG, polio tetes 1 |
 * | 2 bulan | DPT-HB-Hib 1, polio tetes 2, PCV 1 |
 * | 3 bulan | DPT-HB-Hib 2, polio tetes 3, PCV 2 |
 * | 4 bulan | DPT-HB-Hib 3, polio tetes 4, IPV |
 * | 9 bulan | MR (campak-rubela) |
 * | 10 bulan | JE (endemic districts) |
 * | 12 bulan | PCV 3 |
 * | 18 bulan | DPT-HB-Hib lanjutan, MR lanjutan |
 * | BIAS kelas 1, 2, 5, 6 SD | DT + MR; Td; Td + HPV (girls); HPV (girls) |
 *
 * The source gives one age per dose, so the earliest and latest ages default to it: a dose is due in
 * that month of age and overdue after it. Catch-up windows are programme policy: copy the schedule
 * and set `latestAgeMonths` to yours. Rotavirus (2023) and a second IPV at 9 months are reported
 * but unconfirmed, so they are not included; add them the same way once confirmed.
 *
 * @example
 * ```ts
 * KEMENKES_IMMUNIZATION_SCHEDULE.doses.filter((d) => d.ageMonths === 4).map((d) => d.id);
 * // => ['dpt_hb_hib-3', 'opv-4', 'ipv-1']
 * ```
 */
export const KEMENKES_IMMUNIZATION_SCHEDULE: ImmunizationSchedule = {
  id: 'kemenkes-2022',
  source: {
    regulation:
      'Peraturan Menteri Kesehatan Nomor 12 Tahun 2017 tentang Penyelenggaraan Imunisasi; Ditjen P2P, Kebijakan program imunisasi dan introduksi PCV',
    provision: 'Jadwal imunisasi rutin bayi, baduta dan BIAS',
    version: '2022 (PCV national)',
  },
  doses: [
    /* @__PURE__ */ dose(
      'hepatitis_b',
      0,
      'Hepatitis B (HB-0)',
      'Hepatitis B birth dose (HB-0)',
      0,
      'national',
      0,
    ),
    /* @__PURE__ */ dose('bcg', 1, 'BCG', 'BCG', 1),
    /* @__PURE__ */ dose('opv', 1, 'Polio tetes 1 (OPV 1)', 'Oral polio 1 (OPV 1)', 1),
    /* @__PURE__ */ dose('dpt_hb_hib', 1, 'DPT-HB-Hib 1', 'DTP-HepB-Hib 1', 2),
    /* @__PURE__ */ dose('opv', 2, 'Polio tetes 2 (OPV 2)', 'Oral polio 2 (OPV 2)', 2),
    /* @__PURE__ */ dose('pcv', 1, 'PCV 1', 'Pneumococcal conjugate 1 (PCV 1)', 2, 'phased'),
    /* @__PURE__ */ dose('dpt_hb_hib', 2, 'DPT-HB-Hib 2', 'DTP-HepB-Hib 2', 3),
    /* @__PURE__ */ dose('opv', 3, 'Polio tetes 3 (OPV 3)', 'Oral polio 3 (OPV 3)', 3),
    /* @__PURE__ */ dose('pcv', 2, 'PCV 2', 'Pneumococcal conjugate 2 (PCV 2)', 3, 'phased'),
    /* @__PURE__ */ dose('dpt_hb_hib', 3, 'DPT-HB-Hib 3', 'DTP-HepB-Hib 3', 4),
    /* @__PURE__ */ dose('opv', 4, 'Polio tetes 4 (OPV 4)', 'Oral polio 4 (OPV 4)', 4),
    /* @__PURE__ */ dose('ipv', 1, 'Polio suntik (IPV)', 'Inactivated polio (IPV)', 4),
    /* @__PURE__ */ dose('mr', 1, 'Campak-Rubela (MR)', 'Measles-rubella (MR)', 9),
    /* @__PURE__ */ dose(
      'je',
      1,
      'Japanese Encephalitis (JE)',
      'Japanese encephalitis (JE)',
      10,
      'endemic_districts',
    ),
    /* @__PURE__ */ dose('pcv', 3, 'PCV 3', 'Pneumococcal conjugate 3 (PCV 3)', 12, 'phased'),
    /* @__PURE__ */ dose('dpt_hb_hib', 4, 'DPT-HB-Hib lanjutan', 'DTP-HepB-Hib booster', 18),
    /* @__PURE__ */ dose('mr', 2, 'Campak-Rubela lanjutan (MR)', 'Measles-rubella booster (MR)', 18),
    /* @__PURE__ */ school('dt', 1, 'DT (BIAS kelas 1)', 'DT (school grade 1)', 1),
    /* @__PURE__ */ school('mr', 3, 'MR (BIAS kelas 1)', 'MR (school grade 1)', 1),
    /* @__PURE__ */ school('td', 1, 'Td (BIAS kelas 2)', 'Td (school grade 2)', 2),
    /* @__PURE__ */ school('td', 2, 'Td (BIAS kelas 5)', 'Td (school grade 5)', 5),
    /* @__PURE__ */ school('hpv', 1, 'HPV 1 (BIAS kelas 5)', 'HPV 1 (school grade 5)', 5, {
      femaleOnly: true,
      availability: 'selected_districts',
    }),
    /* @__PURE__ */ school('hpv', 2, 'HPV 2 (BIAS kelas 6)', 'HPV 2 (school grade 6)', 6, {
      femaleOnly: true,
      availability: 'selected_districts',
    }),
  ],
};
