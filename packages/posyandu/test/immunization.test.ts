import { addDays, isOpenGovError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  basicImmunizationDoseIds,
  completedMonths,
  immunizationStatus,
  KEMENKES_IMMUNIZATION_SCHEDULE,
} from '../src/index.js';

describe('the schedule as data (reference §5)', () => {
  it('places each dose at the age the reference table gives', () => {
    const byAge = (m: number) =>
      KEMENKES_IMMUNIZATION_SCHEDULE.doses.filter((d) => d.ageMonths === m).map((d) => d.label.id);
    expect(byAge(0)).toEqual(['Hepatitis B (HB-0)']);
    expect(byAge(1)).toEqual(['BCG', 'Polio tetes 1 (OPV 1)']);
    expect(byAge(2)).toEqual(['DPT-HB-Hib 1', 'Polio tetes 2 (OPV 2)', 'PCV 1']);
    expect(byAge(3)).toEqual(['DPT-HB-Hib 2', 'Polio tetes 3 (OPV 3)', 'PCV 2']);
    expect(byAge(4)).toEqual(['DPT-HB-Hib 3', 'Polio tetes 4 (OPV 4)', 'Polio suntik (IPV)']);
    expect(byAge(9)).toEqual(['Campak-Rubela (MR)']);
    expect(byAge(10)).toEqual(['Japanese Encephalitis (JE)']);
    expect(byAge(12)).toEqual(['PCV 3']);
    expect(byAge(18)).toEqual(['DPT-HB-Hib lanjutan', 'Campak-Rubela lanjutan (MR)']);
    const bias = KEMENKES_IMMUNIZATION_SCHEDULE.doses.filter((d) => d.schoolGrade !== undefined);
    expect(bias.map((d) => `${d.schoolGrade}:${d.antigen}`)).toEqual([
      '1:dt',
      '1:mr',
      '2:td',
      '5:td',
      '5:hpv',
      '6:hpv',
    ]);
    expect(new Set(KEMENKES_IMMUNIZATION_SCHEDULE.doses.map((d) => d.id)).size).toBe(
      KEMENKES_IMMUNIZATION_SCHEDULE.doses.length,
    );
  });

  it('imunisasi dasar lengkap: the national doses before 12 months', () => {
    expect(basicImmunizationDoseIds()).toEqual([
      'hepatitis_b-0',
      'bcg-1',
      'opv-1',
      'dpt_hb_hib-1',
      'opv-2',
      'dpt_hb_hib-2',
      'opv-3',
      'dpt_hb_hib-3',
      'opv-4',
      'ipv-1',
      'mr-1',
    ]);
  });
});

describe('immunizationStatus', () => {
  it('worked example: 2 months old with only HB-0', () => {
    const status = immunizationStatus(
      { birthDate: '2025-01-15', sex: 'female', given: [{ doseId: 'hepatitis_b-0', date: '2025-01-15' }] },
      { on: '2025-03-20' },
    );
    expect(status.overdue).toEqual(['bcg-1', 'opv-1']);
    expect(status.due).toEqual(['dpt_hb_hib-1', 'opv-2', 'pcv-1']);
    const of = (id: string) => status.doses.find((d) => d.dose.id === id);
    expect(of('hepatitis_b-0')).toMatchObject({ status: 'given', givenOn: '2025-01-15' });
    expect(of('mr-1')).toMatchObject({ status: 'upcoming', dueFrom: '2025-10-15', dueUntil: '2025-11-14' });
    expect(of('je-1')?.status).toBe('not_applicable');
    expect(of('dt-1')?.status).toBe('unknown');
    expect(status.imunisasiDasarLengkap).toBe(false);
  });

  it('HB-0 is due on the day of birth and overdue the day after (< 24 hours)', () => {
    const on = (date: string) =>
      immunizationStatus({ birthDate: '2025-06-01', sex: 'male', given: [] }, { on: date }).doses[0]?.status;
    expect(on('2025-06-01')).toBe('due');
    expect(on('2025-06-02')).toBe('overdue');
  });

  it('a dose is due through its month of age and overdue the day after', () => {
    const status = (on: string) =>
      immunizationStatus({ birthDate: '2025-01-31', sex: 'male', given: [] }, { on }).doses.find(
        (d) => d.dose.id === 'bcg-1',
      );
    // Born on 31 January: one completed month on 1 March (February has no 31st).
    expect(status('2025-02-28')?.status).toBe('upcoming');
    expect(status('2025-03-01')).toMatchObject({
      status: 'due',
      dueFrom: '2025-03-01',
      dueUntil: '2025-03-30',
    });
    expect(status('2025-03-30')?.status).toBe('due');
    expect(status('2025-03-31')?.status).toBe('overdue');
  });

  it('property: dueFrom is the first day of the completed month, dueUntil its last', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (offset) => {
        const birthDate = addDays('2015-01-01', offset);
        const status = immunizationStatus({ birthDate, sex: 'female', given: [] }, { on: birthDate });
        return status.doses.every((d) => {
          const m = d.dose.latestAgeDays === undefined ? d.dose.earliestAgeMonths : null;
          if (m === null || d.dueFrom === null || d.dueUntil === null) return true;
          return (
            completedMonths(birthDate, d.dueFrom) === m &&
            (m === 0 || completedMonths(birthDate, addDays(d.dueFrom, -1)) === m - 1) &&
            completedMonths(birthDate, d.dueUntil) === m &&
            completedMonths(birthDate, addDays(d.dueUntil, 1)) === m + 1
          );
        });
      }),
      { numRuns: 2_000 },
    );
  });

  it('imunisasi dasar lengkap when every basic dose is given', () => {
    const given = basicImmunizationDoseIds().map((doseId) => ({ doseId, date: '2025-12-01' }));
    const full = immunizationStatus({ birthDate: '2025-01-01', sex: 'male', given }, { on: '2026-01-01' });
    expect(full.imunisasiDasarLengkap).toBe(true);
    expect(full.overdue).toEqual(['pcv-1', 'pcv-2']); // phased PCV is not part of IDL but still due
    const noIpv = immunizationStatus(
      { birthDate: '2025-01-01', sex: 'male', given: given.filter((g) => g.doseId !== 'ipv-1') },
      { on: '2026-01-01' },
    );
    expect(noIpv.imunisasiDasarLengkap).toBe(false);
  });

  it('BIAS by school grade; HPV only for girls where offered', () => {
    const record = { birthDate: '2014-03-01', sex: 'female' as const, given: [] };
    const grade5 = immunizationStatus(record, {
      on: '2025-08-01',
      schoolGrade: 5,
      offered: { selectedDistricts: true },
    });
    const of = (id: string) => grade5.doses.find((d) => d.dose.id === id)?.status;
    expect([of('dt-1'), of('td-1'), of('td-2'), of('hpv-1'), of('hpv-2')]).toEqual([
      'overdue',
      'overdue',
      'due',
      'due',
      'upcoming',
    ]);
    const boy = immunizationStatus(
      { ...record, sex: 'male' },
      { on: '2025-08-01', schoolGrade: 5, offered: { selectedDistricts: true } },
    );
    expect(boy.doses.find((d) => d.dose.id === 'hpv-1')?.status).toBe('not_applicable');
  });

  it('refuses malformed records, naming the field and not the value', () => {
    const base = { birthDate: '2025-01-01', sex: 'male' as const };
    expect(() =>
      immunizationStatus({ ...base, given: [{ doseId: 'bcg-9', date: '2025-02-01' }] }, { on: '2025-03-01' }),
    ).toThrow(/given\[0\]\.doseId/);
    expect(() =>
      immunizationStatus(
        {
          ...base,
          given: [
            { doseId: 'bcg-1', date: '2025-02-01' },
            { doseId: 'bcg-1', date: '2025-02-02' },
          ],
        },
        { on: '2025-03-01' },
      ),
    ).toThrow(/given\[1\]\.doseId/);
    expect(() =>
      immunizationStatus({ ...base, given: [{ doseId: 'bcg-1', date: '2024-12-01' }] }, { on: '2025-03-01' }),
    ).toThrow(ValidationError);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (record, on) => {
        try {
          immunizationStatus(record as never, { on: on as never });
          return true;
        } catch (error) {
          return isOpenGovError(error);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
