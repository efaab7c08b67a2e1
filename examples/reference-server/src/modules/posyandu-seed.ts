import { addDays, daysBetween, toLocalDate } from '@opengov-id/core';
import {
  assessWeighings,
  completedMonths,
  computeGrowthZScores,
  computeSkdn,
  type SkdnChild,
  skdnChildForMonth,
} from '@opengov-id/posyandu';
import type { Household, MonthlyReport, Person, Posyandu, Visit } from '@opengov-id/posyandu/contract';
import type { StoreTx } from '../store/types.js';

// Every record here is SAMPLE data: fictional posyandu, households and children, marked
// "CONTOH" in names, with no NIK. Weights are plausible made-up numbers, not anyone's.

/** The collections of the posyandu module (prefixed: one store holds every module). */
export const POSYANDU_COLLECTIONS = {
  posyandu: 'posyandu',
  households: 'posyandu.households',
  people: 'posyandu.people',
  visits: 'posyandu.visits',
  reports: 'posyandu.reports',
} as const;
const COLLECTIONS = POSYANDU_COLLECTIONS;

/** The sample posyandu: one in Kec. Taliwang, one in Kec. Seteluk (KSB, 52.07). */
export const SAMPLE_POSYANDU: readonly Posyandu[] = [
  {
    id: 'psy-contoh-melati',
    name: 'Posyandu Melati (CONTOH)',
    desaCode: '52.07.02.2001',
    dusun: 'Dusun Contoh Satu',
    services: ['kia', 'remaja', 'posbindu', 'lansia'],
    stratum: 'madya',
    kaderCount: 5,
  },
  {
    id: 'psy-contoh-kenanga',
    name: 'Posyandu Kenanga (CONTOH)',
    desaCode: '52.07.03.2001',
    dusun: 'Dusun Contoh Dua',
    services: ['kia', 'lansia'],
    stratum: 'pratama',
    kaderCount: 4,
  },
];

interface SampleChild {
  readonly posyandu: string;
  readonly name: string;
  readonly sex: 'male' | 'female';
  /** Age in months at the first of the six sample months. */
  readonly ageAtStart: number;
  /** Weight (kg) in each of the six months; `null` when not weighed. */
  readonly weights: readonly (number | null)[];
  /** Length/height (cm) at the last weighing. */
  readonly lastHeightCm: number;
}

const CHILDREN: readonly SampleChild[] = [
  // Gaining well every month.
  {
    posyandu: 'psy-contoh-melati',
    name: 'Anak Contoh Ayu',
    sex: 'female',
    ageAtStart: 4,
    weights: [6.2, 6.8, 7.3, 7.7, 8.0, 8.3],
    lastHeightCm: 70.5,
  },
  // Not gaining one month (T), absent another (O).
  {
    posyandu: 'psy-contoh-melati',
    name: 'Anak Contoh Bayu',
    sex: 'male',
    ageAtStart: 10,
    weights: [8.9, 9.3, 9.2, null, 9.8, 10.1],
    lastHeightCm: 78.0,
  },
  // Severely underweight: below the red line (BGM), short for age.
  {
    posyandu: 'psy-contoh-melati',
    name: 'Anak Contoh Citra',
    sex: 'female',
    ageAtStart: 14,
    weights: [6.4, 6.5, 6.7, 6.8, 7.0, 7.1],
    lastHeightCm: 71.0,
  },
  // First weighed in the third month (B), a newborn.
  {
    posyandu: 'psy-contoh-kenanga',
    name: 'Anak Contoh Dimas',
    sex: 'male',
    ageAtStart: -1,
    weights: [null, 3.6, 4.7, 5.7, 6.5, 7.1],
    lastHeightCm: 64.0,
  },
  {
    posyandu: 'psy-contoh-kenanga',
    name: 'Anak Contoh Eka',
    sex: 'female',
    ageAtStart: 20,
    weights: [10.0, 10.2, 10.3, 10.5, 10.6, 10.8],
    lastHeightCm: 84.5,
  },
];

const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYY-MM` shifted by whole months. */
function shiftMonth(month: string, by: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/**
 * Seeds the sample posyandu with households, mothers and children weighed on the 10th of each of
 * the six months before `now`, and each month's report with SKDN counts computed from those
 * weighings by the package's own monitoring (KMS status, BGM from weight-for-age z-scores).
 */
export async function seedPosyandu(tx: StoreTx, now: Date, zone: string): Promise<void> {
  for (const posyandu of SAMPLE_POSYANDU) await tx.insert(COLLECTIONS.posyandu, posyandu.id, posyandu);
  const thisMonth = toLocalDate(now, zone).slice(0, 7);
  const months = [-6, -5, -4, -3, -2, -1].map((by) => shiftMonth(thisMonth, by));
  const stamp = (date: string) => `${date}T10:00:00+08:00`;

  const children: Array<{ person: Person; sample: SampleChild; visits: Visit[] }> = [];
  for (const [i, sample] of CHILDREN.entries()) {
    const household: Household = {
      id: `hh-${await tx.nextSequence(COLLECTIONS.households)}`,
      posyanduId: sample.posyandu,
      dusun: SAMPLE_POSYANDU.find((p) => p.id === sample.posyandu)?.dusun ?? 'Dusun Contoh',
      rt: `00${i + 1}`,
      rw: '001',
      createdAt: stamp(`${months[0]}-02`),
    };
    await tx.insert(COLLECTIONS.households, household.id, household);
    const mother: Person = {
      id: `p-${await tx.nextSequence(COLLECTIONS.people)}`,
      householdId: household.id,
      name: `Ibu Contoh ${sample.name.split(' ').at(-1)}`,
      sex: 'female',
      birthDate: `${Number(thisMonth.slice(0, 4)) - 27 - i}-04-1${i}`,
      role: 'istri',
    };
    await tx.insert(COLLECTIONS.people, mother.id, mother);
    const birthDate = `${shiftMonth(months[0] as string, -sample.ageAtStart)}-05`;
    const person: Person = {
      id: `p-${await tx.nextSequence(COLLECTIONS.people)}`,
      householdId: household.id,
      name: sample.name,
      sex: sample.sex,
      birthDate,
      role: 'anak',
    };
    await tx.insert(COLLECTIONS.people, person.id, person);
    const visits: Visit[] = [];
    const last = sample.weights.length - 1;
    for (const [m, weightKg] of sample.weights.entries()) {
      if (weightKg === null) continue;
      const date = `${months[m]}-10`;
      const visit: Visit = {
        id: `v-${await tx.nextSequence(COLLECTIONS.visits)}`,
        personId: person.id,
        posyanduId: sample.posyandu,
        date,
        service: 'kia',
        measurements:
          m === last
            ? {
                weightKg,
                lengthHeightCm: sample.lastHeightCm,
                measured: completedMonths(birthDate, date) < 24 ? 'recumbent' : 'standing',
              }
            : { weightKg },
        recordedAt: stamp(date),
      };
      await tx.insert(COLLECTIONS.visits, visit.id, visit);
      visits.push(visit);
    }
    children.push({ person, sample, visits });
  }

  // SKDN of each posyandu and month, from the weighings, as a kader's register would give it.
  const assessed = await Promise.all(
    children.map(async ({ person, sample, visits }) => {
      const weighings = await Promise.all(
        visits.map(async (v) => {
          const weightKg = v.measurements.weightKg as number;
          const z = await computeGrowthZScores({
            sex: person.sex,
            ageDays: daysBetween(person.birthDate, v.date),
            weightKg,
          });
          return { date: v.date, weightKg, weightForAgeZ: z.weightForAge?.z ?? null };
        }),
      );
      return { sample, person, assessments: assessWeighings(person.birthDate, weighings) };
    }),
  );
  for (const posyandu of SAMPLE_POSYANDU) {
    for (const month of months) {
      const monthEnd = addDays(`${shiftMonth(month, 1)}-01`, -1);
      const entries: SkdnChild[] = assessed
        .filter(({ sample, person }) => sample.posyandu === posyandu.id && person.birthDate <= monthEnd)
        // Every sample child has a Buku KIA (K = S).
        .map(({ assessments }) => skdnChildForMonth(assessments, month, { hasKms: true }));
      const { counts } = computeSkdn(entries);
      const { DPrime: _dPrime, ...skdn } = counts;
      const report: MonthlyReport = {
        posyanduId: posyandu.id,
        month,
        opened: true,
        kaderOnDuty: posyandu.kaderCount,
        skdn,
        submittedAt: stamp(`${month}-25`),
      };
      await tx.insert(COLLECTIONS.reports, `${posyandu.id}/${month}`, report);
    }
  }
}
