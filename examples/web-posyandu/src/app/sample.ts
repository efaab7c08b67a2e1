import type { Person, Posyandu } from '@opengov-id/posyandu/contract';

/**
 * SAMPLE DATA, not real people: one fictional posyandu and two fictional children, with a few
 * earlier weighings each so the growth chart has a line to continue. The test backend is seeded
 * with the same posyandu and children, so a weighing recorded in the app is accepted there.
 */
export const SAMPLE_POSYANDU: Posyandu = {
  id: 'psy-sample-1',
  name: 'Posyandu Melati (contoh / sample)',
  desaCode: '52.07.02.2001',
  dusun: 'Bersatu',
  services: ['kia'],
  stratum: 'madya',
  kaderCount: 5,
};

/** The kader using the app (an id, never a name). */
export const SAMPLE_KADER_ID = 'kader-sample-07';

/** A child of the sample register, with weighings recorded before this app. */
export interface SampleChild extends Person {
  readonly history: readonly { readonly date: string; readonly weightKg: number }[];
}

export const SAMPLE_HOUSEHOLD_ID = 'hh-sample-1';

export const SAMPLE_CHILDREN: readonly SampleChild[] = [
  {
    id: 'p-sample-1',
    householdId: SAMPLE_HOUSEHOLD_ID,
    name: 'Contoh Aisyah',
    sex: 'female',
    birthDate: '2024-03-15',
    role: 'anak',
    history: [
      { date: '2024-09-15', weightKg: 6.9 },
      { date: '2025-03-15', weightKg: 8.2 },
      { date: '2025-09-15', weightKg: 9.3 },
    ],
  },
  {
    id: 'p-sample-2',
    householdId: SAMPLE_HOUSEHOLD_ID,
    name: 'Contoh Bima',
    sex: 'male',
    birthDate: '2025-06-02',
    role: 'anak',
    history: [
      { date: '2025-08-02', weightKg: 5.4 },
      { date: '2025-11-02', weightKg: 7.3 },
    ],
  },
];
