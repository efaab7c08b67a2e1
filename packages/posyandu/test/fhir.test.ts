import { ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ObservationKind,
  OBSERVATION_CODES,
  SATUSEHAT_SYSTEMS,
  toFhirImmunization,
  toFhirObservation,
  toFhirPatient,
} from '../src/index.js';
import { ele1Violations, Immunization, Observation, Patient } from './fhir-r4-structure.js';

const NIK = '5207024507050001';
const valid = (
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  resource: unknown,
) => {
  const result = schema.safeParse(JSON.parse(JSON.stringify(resource)));
  if (!result.success) throw new Error(String(result.error));
  expect(ele1Violations(resource)).toEqual([]);
};

describe('the structural check itself can fail', () => {
  it('rejects an unknown element, a bad status, an empty string, a dateTime without offset', () => {
    const ok = toFhirObservation({
      kind: 'body_weight',
      value: 8,
      patientId: 'P1',
      effective: '2026-03-16T09:30:00+08:00',
    });
    expect(Observation.safeParse({ ...ok, weight: 8 }).success).toBe(false);
    expect(Observation.safeParse({ ...ok, status: 'done' }).success).toBe(false);
    expect(Observation.safeParse({ ...ok, effectiveDateTime: '2026-03-16T09:30:00' }).success).toBe(false);
    expect(
      Observation.safeParse({ ...ok, valueQuantity: { ...ok.valueQuantity, code: 'kilo' } }).success,
    ).toBe(false);
    expect(ele1Violations({ ...ok, note: [] })).toEqual(['$.note']);
    expect(Patient.safeParse({ resourceType: 'Patient', gender: 'L' }).success).toBe(false);
  });
});

describe('toFhirPatient', () => {
  it('NIK identifier, administrativeCode address', () => {
    const patient = toFhirPatient({
      nik: '52.07.02-450705-0001',
      ihsNumber: 'P02478375538',
      name: 'Siti Aminah',
      sex: 'female',
      birthDate: '2005-07-05',
      address: { villageCode: '52.07.02.2001', rt: '001', rw: '002', line: 'Dusun Bersatu' },
    });
    valid(Patient, patient);
    expect(patient.identifier).toEqual([
      { use: 'official', system: 'https://fhir.kemkes.go.id/id/nik', value: NIK },
      { use: 'official', system: 'https://fhir.kemkes.go.id/id/ihs-number', value: 'P02478375538' },
    ]);
    expect(patient.address?.[0]?.extension[0]).toEqual({
      url: 'https://fhir.kemkes.go.id/r4/StructureDefinition/administrativeCode',
      extension: [
        { url: 'province', valueCode: '52' },
        { url: 'city', valueCode: '5207' },
        { url: 'district', valueCode: '520702' },
        { url: 'village', valueCode: '5207022001' },
        { url: 'rt', valueCode: '001' },
        { url: 'rw', valueCode: '002' },
      ],
    });
  });

  it("a newborn: the mother's NIK and multipleBirthInteger", () => {
    const baby = toFhirPatient({
      motherNik: NIK,
      name: 'Bayi Ny. Siti',
      sex: 'male',
      birthDate: '2026-03-01',
      multipleBirth: 0,
    });
    valid(Patient, baby);
    expect(baby.identifier[0]?.system).toBe(SATUSEHAT_SYSTEMS.nikIbu);
    expect(baby.multipleBirthInteger).toBe(0);
  });

  it('refuses an invalid NIK without echoing it; needs a NIK or the mother’s', () => {
    try {
      toFhirPatient({ nik: '5207023207050001', name: 'X', sex: 'male', birthDate: '2005-07-05' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(JSON.stringify(error)).not.toContain('5207023207050001');
      expect(String(error)).toContain('nik');
    }
    expect(() => toFhirPatient({ name: 'X', sex: 'male', birthDate: '2005-07-05' })).toThrow(/nik/);
    expect(() =>
      toFhirPatient({
        nik: NIK,
        name: 'X',
        sex: 'male',
        birthDate: '2005-07-05',
        address: { villageCode: '52.07.02' },
      }),
    ).toThrow(/villageCode/);
  });
});

describe('toFhirObservation', () => {
  const kinds = Object.keys(OBSERVATION_CODES) as ObservationKind[];

  it('every kind is valid FHIR with its LOINC/SNOMED code and UCUM unit', () => {
    const expected: Record<ObservationKind, [string, string, string]> = {
      body_weight: ['http://loinc.org', '29463-7', 'kg'],
      body_height: ['http://loinc.org', '8302-2', 'cm'],
      body_length: ['http://loinc.org', '8306-3', 'cm'],
      head_circumference: ['http://loinc.org', '9843-4', 'cm'],
      bmi: ['http://loinc.org', '39156-5', 'kg/m2'],
      waist_circumference: ['http://loinc.org', '8280-0', 'cm'],
      muac: ['http://snomed.info/sct', '284473002', 'cm'],
      blood_pressure: ['http://loinc.org', '85354-9', 'mm[Hg]'],
    };
    for (const kind of kinds) {
      const obs = toFhirObservation({
        kind,
        value: 12.3,
        systolic: 120,
        diastolic: 80,
        patientId: 'P02478375538',
        encounterId: '2823ed1d-3e3e-434e-9a5b-9c579d192fb0',
        practitionerId: 'N10000001',
        effective: new Date('2026-03-16T01:30:00Z'),
        localIdentifier: { organizationId: '10000004', value: 'obs-001' },
      });
      valid(Observation, obs);
      const [system, code, unit] = expected[kind];
      expect(obs.code.coding[0]).toMatchObject({ system, code });
      const q = kind === 'blood_pressure' ? obs.component?.[0]?.valueQuantity : obs.valueQuantity;
      expect(q).toMatchObject({ system: 'http://unitsofmeasure.org', code: unit, unit });
      expect(obs.effectiveDateTime).toBe('2026-03-16T09:30:00+08:00');
      expect(obs.identifier?.[0]?.system).toBe('http://sys-ids.kemkes.go.id/observation/10000004');
    }
  });

  it('blood pressure: systolic 8480-6 and diastolic 8462-4 components', () => {
    const bp = toFhirObservation({
      kind: 'blood_pressure',
      systolic: 142,
      diastolic: 91,
      patientId: 'P1',
      effective: '2026-03-16T09:00:00+08:00',
    });
    expect(bp.component?.map((c) => [c.code.coding[0]?.code, c.valueQuantity.value])).toEqual([
      ['8480-6', 142],
      ['8462-4', 91],
    ]);
    expect(bp.valueQuantity).toBeUndefined();
  });

  it('property: any weight and time give valid FHIR; bad input gives a ValidationError', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.double({ min: 0.01, max: 99, noNaN: true }),
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (kind, value, when) => {
          const obs = toFhirObservation({
            kind,
            value,
            systolic: 40 + value,
            diastolic: 20 + value,
            patientId: 'P1',
            effective: when,
          });
          return Observation.safeParse(obs).success && ele1Violations(obs).length === 0;
        },
      ),
      { numRuns: 2_000 },
    );
    expect(() =>
      toFhirObservation({
        kind: 'body_weight',
        value: 0,
        patientId: 'P1',
        effective: '2026-03-16T09:00:00+08:00',
      }),
    ).toThrow(/value/);
    expect(() =>
      toFhirObservation({
        kind: 'weight' as never,
        value: 3,
        patientId: 'P1',
        effective: '2026-03-16T09:00:00+08:00',
      }),
    ).toThrow(/kind/);
    expect(() =>
      toFhirObservation({
        kind: 'body_weight',
        value: 3,
        patientId: 'P 1',
        effective: '2026-03-16T09:00:00+08:00',
      }),
    ).toThrow(/patientId/);
    expect(() =>
      toFhirObservation({ kind: 'body_weight', value: 3, patientId: 'P1', effective: 'yesterday' }),
    ).toThrow(/effective/);
  });
});

describe('toFhirImmunization', () => {
  it('KFA vaccine code, dose number, reason, performer', () => {
    const imm = toFhirImmunization({
      patientId: 'P02478375538',
      vaccine: { kfaCode: 'VG139', display: 'BCG' },
      occurrence: '2026-02-10T09:00:00+08:00',
      doseNumber: 1,
      reasonCode: 'IM-WUS',
      lotNumber: 'B12345',
      practitionerId: 'N10000001',
      localIdentifier: { organizationId: '10000004', value: 'imm-1' },
    });
    valid(Immunization, imm);
    expect(imm.vaccineCode.coding[0]).toEqual({
      system: 'http://sys-ids.kemkes.go.id/kfa',
      code: 'VG139',
      display: 'BCG',
    });
    expect(imm.protocolApplied).toEqual([{ doseNumberPositiveInt: 1 }]);
    expect(() =>
      toFhirImmunization({
        ...imm,
        patientId: 'P1',
        vaccine: { kfaCode: 'VG139', display: 'BCG' },
        occurrence: '2026-02-10T09:00:00+08:00',
        doseNumber: 0,
      } as never),
    ).toThrow(/doseNumber/);
  });
});
