import { maskNik, ValidationError } from '@opengov-id/core';
import type {
  MeasurementActor,
  MeasurementRevision,
  Person,
  PersonRecord,
  Visit,
  VisitMeasurements,
} from './schemas.js';

/**
 * One person as `getPerson` answers: everything but the NIK, which is given only masked (first six
 * and last four digits), so a screen showing one person never holds a whole NIK.
 *
 * @example
 * ```ts
 * toPersonRecord({ id: 'p-1', householdId: 'hh-1', name: 'Siti', sex: 'female', birthDate: '2005-07-05',
 *   role: 'istri', nik: '5207024507050001' }).nikMasked; // => '520702******0001'
 * ```
 */
export function toPersonRecord(person: Person): PersonRecord {
  const { nik, ...rest } = person;
  return nik === undefined ? rest : { ...rest, nikMasked: maskNik(nik) };
}

const sameMeasurements = (a: VisitMeasurements, b: VisitMeasurements): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof VisitMeasurements>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
};

/** What {@link correctVisitMeasurements} and {@link voidVisit} return. */
export interface VisitRevisionResult {
  /** The visit after the change (the same object when nothing changed). */
  readonly visit: Visit;
  /** `false` when the request changed nothing (a retry): store nothing. */
  readonly changed: boolean;
}

/**
 * A visit with its measurements replaced and the old ones appended to its audit history
 * (`revisions`), the way every posyandu API stores a correction. The same measurements again
 * change nothing, so a retried correction adds no second entry.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} with code `visit_voided` when the visit was voided.
 * @example
 * ```ts
 * const visit = { id: 'v-1', personId: 'p-1', posyanduId: 'psy-1', date: '2026-03-16', service: 'kia' as const,
 *   measurements: { weightKg: 9.8 }, recordedAt: '2026-03-16T09:00:00+08:00' };
 * const { visit: corrected } = correctVisitMeasurements(visit, { measurements: { weightKg: 8.9 }, reason: 'Salah ketik' },
 *   { role: 'kader', organizationId: 'psy-1' }, '2026-03-17T08:00:00+08:00');
 * corrected.revisions?.[0]?.previous; // => { weightKg: 9.8 }
 * ```
 */
export function correctVisitMeasurements(
  visit: Visit,
  correction: { readonly measurements: VisitMeasurements; readonly reason: string },
  by: MeasurementActor,
  at: string,
): VisitRevisionResult {
  if (visit.voidedAt !== undefined) {
    throw ValidationError.single(
      'visitId',
      {
        id: 'Kunjungan ini sudah dibatalkan; ukurannya tidak dapat dikoreksi.',
        en: 'This visit was voided; its measurements cannot be corrected.',
      },
      'visit_voided',
    );
  }
  if (sameMeasurements(visit.measurements, correction.measurements)) return { visit, changed: false };
  const revision: MeasurementRevision = {
    action: 'corrected',
    at,
    by,
    reason: correction.reason,
    previous: visit.measurements,
  };
  return {
    visit: {
      ...visit,
      measurements: correction.measurements,
      revisions: [...(visit.revisions ?? []), revision],
    },
    changed: true,
  };
}

/**
 * A visit voided (entered in error): marked `voidedAt`, its measurements kept, an entry in its audit
 * history. It then counts in no SKDN and no figures. Voiding it again changes nothing.
 *
 * @example
 * ```ts
 * const visit = { id: 'v-1', personId: 'p-1', posyanduId: 'psy-1', date: '2026-03-16', service: 'kia' as const,
 *   measurements: { weightKg: 9.8 }, recordedAt: '2026-03-16T09:00:00+08:00' };
 * voidVisit(visit, 'Anak yang salah', { role: 'admin' }, '2026-03-17T08:00:00+08:00').visit.voidedAt;
 * // => '2026-03-17T08:00:00+08:00'
 * ```
 */
export function voidVisit(
  visit: Visit,
  reason: string,
  by: MeasurementActor,
  at: string,
): VisitRevisionResult {
  if (visit.voidedAt !== undefined) return { visit, changed: false };
  const revision: MeasurementRevision = { action: 'voided', at, by, reason, previous: visit.measurements };
  return {
    visit: { ...visit, voidedAt: at, revisions: [...(visit.revisions ?? []), revision] },
    changed: true,
  };
}
