import { addDays, daysBetween, isLocalDate, today, ValidationError } from '@opengov-id/core';
import { completedMonths } from '../categories/age.js';
import type { Sex } from '../growth/schema.js';
import { type ImmunizationSchedule, KEMENKES_IMMUNIZATION_SCHEDULE, type ScheduledDose } from './schedule.js';

/**
 * Where a dose stands for a child: `given`; `due` (within its ages); `overdue` (past its latest age,
 * not given); `upcoming` (too young); `not_applicable` (not offered where the child lives, or for
 * the child's sex); `unknown` (a school dose without the child's school grade).
 */
export type DoseStatus = 'given' | 'due' | 'overdue' | 'upcoming' | 'not_applicable' | 'unknown';

/** A dose a child received. */
export interface GivenDose {
  /** Id of the scheduled dose (`bcg-1`). */
  readonly doseId: string;
  /** Date given, `YYYY-MM-DD`. */
  readonly date: string;
}

/** A child's immunisation record. */
export interface ImmunizationRecord {
  /** Date of birth, `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** Sex (HPV is for girls). */
  readonly sex: Sex;
  /** Doses received. */
  readonly given: readonly GivenDose[];
}

/** Options of {@link immunizationStatus}. */
export interface ImmunizationStatusOptions {
  /** The date to assess on (default: today in WITA). */
  readonly on?: string | undefined;
  /** Schedule instead of {@link KEMENKES_IMMUNIZATION_SCHEDULE}. */
  readonly schedule?: ImmunizationSchedule | undefined;
  /** Which non-national doses the child's area offers: phased ones by default, district ones not. */
  readonly offered?:
    | { readonly phased?: boolean; readonly endemicDistricts?: boolean; readonly selectedDistricts?: boolean }
    | undefined;
  /** The child's school grade (kelas SD), for BIAS doses. */
  readonly schoolGrade?: number | undefined;
}

/** One dose's state for a child. */
export interface DoseState {
  /** The scheduled dose. */
  readonly dose: ScheduledDose;
  /** Its status. */
  readonly status: DoseStatus;
  /** When it was given, or `null`. */
  readonly givenOn: string | null;
  /** First date it is due (age-based doses), or `null`. */
  readonly dueFrom: string | null;
  /** Last date before it is overdue (age-based doses with a latest age), or `null`. */
  readonly dueUntil: string | null;
}

/** A child's immunisation status. */
export interface ImmunizationStatus {
  /** The assessment date. */
  readonly on: string;
  /** Every scheduled dose with its state. */
  readonly doses: readonly DoseState[];
  /** Ids of the doses due now. */
  readonly due: readonly string[];
  /** Ids of the doses overdue. */
  readonly overdue: readonly string[];
  /** Imunisasi dasar lengkap: every dose of {@link basicImmunizationDoseIds} given. */
  readonly imunisasiDasarLengkap: boolean;
}

/**
 * The doses of imunisasi dasar lengkap (IDL): every national dose the schedule places before 12
 * months. With the Kemenkes schedule: HB-0, BCG, polio tetes 1–4, DPT-HB-Hib 1–3, IPV and MR.
 * PCV is still phased in the source and so not counted; pass a schedule marking it `national`
 * to count it.
 *
 * @example
 * ```ts
 * basicImmunizationDoseIds().length; // => 11
 * ```
 */
export function basicImmunizationDoseIds(
  schedule: ImmunizationSchedule = KEMENKES_IMMUNIZATION_SCHEDULE,
): string[] {
  return schedule.doses
    .filter((d) => d.availability === 'national' && d.ageMonths !== null && d.ageMonths < 12)
    .map((d) => d.id);
}

function invalid(field: string, id: string, en: string, code = 'invalid_immunization_record'): never {
  throw ValidationError.single(
    field,
    { id: `Kolom \`${field}\` ${id}`, en: `Field \`${field}\` ${en}` },
    code,
  );
}

const firstOfMonth = (year: number, month: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;

/** The first date a child born on `birth` has `months` completed months. */
function dateAtMonths(birth: string, months: number): string {
  const m = Number(birth.slice(5, 7)) - 1 + months;
  const year = Number(birth.slice(0, 4)) + Math.floor(m / 12);
  const month = (m % 12) + 1;
  const first = firstOfMonth(year, month);
  const next = month === 12 ? firstOfMonth(year + 1, 1) : firstOfMonth(year, month + 1);
  const day = Number(birth.slice(8, 10));
  // Born on the 31st: a month without that day completes on the 1st of the next month.
  return day <= daysBetween(first, next) ? addDays(first, day - 1) : next;
}

/**
 * A child's immunisation status on a date: each dose given, due, overdue, upcoming or not
 * applicable, and whether imunisasi dasar lengkap is complete. Age-based doses follow the age in
 * completed months; HB-0 is overdue after the day of birth (the schedule says < 24 hours).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for a malformed record: an unknown dose id,
 * a date that is not a real date or is before birth, a dose given twice.
 * @example
 * ```ts
 * const status = immunizationStatus(
 *   { birthDate: '2025-01-15', sex: 'female', given: [{ doseId: 'hepatitis_b-0', date: '2025-01-15' }] },
 *   { on: '2025-03-20' },
 * );
 * status.overdue; // => ['bcg-1', 'opv-1']
 * status.due; // => ['dpt_hb_hib-1', 'opv-2', 'pcv-1']
 * ```
 */
export function immunizationStatus(
  record: ImmunizationRecord,
  options: ImmunizationStatusOptions = {},
): ImmunizationStatus {
  const schedule = options.schedule ?? KEMENKES_IMMUNIZATION_SCHEDULE;
  const on = options.on ?? today();
  if (!isLocalDate(on)) invalid('on', 'harus tanggal YYYY-MM-DD.', 'must be a YYYY-MM-DD date.');
  const birth = record?.birthDate;
  if (!isLocalDate(birth)) invalid('birthDate', 'harus tanggal YYYY-MM-DD.', 'must be a YYYY-MM-DD date.');
  if (record.sex !== 'male' && record.sex !== 'female')
    invalid('sex', "harus 'male' atau 'female'.", "must be 'male' or 'female'.");
  if (!Array.isArray(record.given)) invalid('given', 'harus daftar.', 'must be an array.');
  const grade = options.schoolGrade;
  if (grade !== undefined && !(Number.isInteger(grade) && grade >= 0 && grade <= 12)) {
    invalid('schoolGrade', 'harus bilangan bulat 0–12.', 'must be a whole number 0–12.');
  }
  const ageMonths = completedMonths(birth, on);
  const ageDays = daysBetween(birth, on);
  const known = new Map(schedule.doses.map((d) => [d.id, d]));
  const givenOn = new Map<string, string>();
  record.given.forEach((g, i) => {
    if (!known.has(g?.doseId))
      invalid(`given[${i}].doseId`, 'bukan dosis dalam jadwal.', 'is not a dose of the schedule.');
    if (!isLocalDate(g.date) || g.date < birth) {
      invalid(
        `given[${i}].date`,
        'harus tanggal YYYY-MM-DD, tidak sebelum lahir.',
        'must be a YYYY-MM-DD date, not before birth.',
      );
    }
    if (givenOn.has(g.doseId)) invalid(`given[${i}].doseId`, 'tercatat dua kali.', 'is recorded twice.');
    givenOn.set(g.doseId, g.date);
  });
  const offered = { phased: true, endemicDistricts: false, selectedDistricts: false, ...options.offered };
  const isOffered = (d: ScheduledDose) =>
    d.availability === 'national' ||
    (d.availability === 'phased' && offered.phased) ||
    (d.availability === 'endemic_districts' && offered.endemicDistricts) ||
    (d.availability === 'selected_districts' && offered.selectedDistricts);

  const doses: DoseState[] = schedule.doses.map((d) => {
    const given = givenOn.get(d.id) ?? null;
    const dueFrom = d.earliestAgeMonths === null ? null : dateAtMonths(birth, d.earliestAgeMonths);
    const dueUntil =
      d.latestAgeDays !== undefined
        ? addDays(birth, d.latestAgeDays)
        : d.latestAgeMonths === null
          ? null
          : addDays(dateAtMonths(birth, d.latestAgeMonths + 1), -1);
    let status: DoseStatus;
    if (given) status = 'given';
    else if (!isOffered(d) || (d.femaleOnly && record.sex !== 'female')) status = 'not_applicable';
    else if (d.schoolGrade !== undefined) {
      status =
        grade === undefined
          ? 'unknown'
          : grade < d.schoolGrade
            ? 'upcoming'
            : grade === d.schoolGrade
              ? 'due'
              : 'overdue';
    } else if (d.earliestAgeMonths !== null && ageMonths < d.earliestAgeMonths) status = 'upcoming';
    else if (
      d.latestAgeDays !== undefined
        ? ageDays > d.latestAgeDays
        : d.latestAgeMonths !== null && ageMonths > d.latestAgeMonths
    ) {
      status = 'overdue';
    } else status = 'due';
    return { dose: d, status, givenOn: given, dueFrom, dueUntil };
  });
  const basic = basicImmunizationDoseIds(schedule);
  return {
    on,
    doses,
    due: doses.filter((d) => d.status === 'due').map((d) => d.dose.id),
    overdue: doses.filter((d) => d.status === 'overdue').map((d) => d.dose.id),
    imunisasiDasarLengkap: basic.every((id) => givenOn.has(id)),
  };
}
