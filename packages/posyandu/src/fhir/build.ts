import { isLocalDate, isValidNik, parseRegionCode, toZonedIso, ValidationError } from '@opengov-id/core';
import type { Sex } from '../growth/schema.js';
import {
  BLOOD_PRESSURE_COMPONENTS,
  OBSERVATION_CODES,
  type ObservationKind,
  SATUSEHAT_SYSTEMS,
} from './codes.js';
import type {
  FhirExtension,
  FhirIdentifier,
  FhirImmunization,
  FhirObservation,
  FhirPatient,
  FhirQuantity,
} from './types.js';

function invalid(field: string, id: string, en: string): never {
  throw ValidationError.single(
    field,
    { id: `Kolom \`${field}\` ${id}`, en: `Field \`${field}\` ${en}` },
    'invalid_fhir_input',
  );
}

// FHIR id: [A-Za-z0-9\-\.]{1,64}; SATUSEHAT ids (P…, N…, organisation numbers, UUIDs) fit it.
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const requireId = (value: unknown, field: string): string => {
  if (typeof value !== 'string' || !FHIR_ID.test(value))
    invalid(
      field,
      'harus id FHIR (huruf, angka, - atau ., ≤ 64).',
      'must be a FHIR id (letters, digits, - or ., ≤ 64).',
    );
  return value;
};
const optionalId = (value: unknown, field: string): string | undefined =>
  value === undefined ? undefined : requireId(value, field);

function requireNik(value: unknown, field: string): string {
  if (typeof value !== 'string' || !isValidNik(value))
    invalid(field, 'harus NIK yang sah (16 digit).', 'must be a valid NIK (16 digits).');
  return value.replace(/\D/g, '');
}

function dateTime(value: unknown, field: string): string {
  try {
    return toZonedIso(value as string);
  } catch {
    invalid(field, 'harus waktu ISO 8601 atau Date.', 'must be an ISO 8601 instant or a Date.');
  }
}

/** What {@link toFhirPatient} needs. Give `nik`, or for a newborn without one `motherNik`. */
export interface PatientInput {
  /** The person's NIK. */
  readonly nik?: string | undefined;
  /** The mother's NIK, for a newborn without a NIK of its own. */
  readonly motherNik?: string | undefined;
  /** SATUSEHAT IHS number, once known. */
  readonly ihsNumber?: string | undefined;
  /** Full name (a newborn may be "Bayi Ny. …"). */
  readonly name: string;
  /** Sex. */
  readonly sex: Sex;
  /** Date of birth `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** Birth order for a newborn registered with the mother's NIK (0 = singleton). */
  readonly multipleBirth?: number | undefined;
  /** Address: the desa/kelurahan code (Kemendagri, 10 digits, dotted or not), RT, RW and street. */
  readonly address?:
    | {
        readonly villageCode: string;
        readonly rt?: string | undefined;
        readonly rw?: string | undefined;
        readonly line?: string | undefined;
      }
    | undefined;
}

/**
 * A SATUSEHAT FHIR R4 `Patient`: identifiers NIK (`https://fhir.kemkes.go.id/id/nik`) or, for a
 * newborn, the mother's NIK (`…/nik-ibu`) with `multipleBirthInteger`, plus the IHS number when
 * known; address with the `administrativeCode` extension (province, city, district, village,
 * rt, rw) from the desa code.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} naming the field (never its value).
 * @example
 * ```ts
 * const patient = toFhirPatient({
 *   nik: '5207024507050001',
 *   name: 'Siti Aminah',
 *   sex: 'female',
 *   birthDate: '2005-07-05',
 *   address: { villageCode: '52.07.02.2001', rt: '001', rw: '002' },
 * });
 * patient.identifier[0]?.system; // => 'https://fhir.kemkes.go.id/id/nik'
 * ```
 */
export function toFhirPatient(input: PatientInput): FhirPatient {
  const identifier: FhirIdentifier[] = [];
  if (input?.nik !== undefined)
    identifier.push({ use: 'official', system: SATUSEHAT_SYSTEMS.nik, value: requireNik(input.nik, 'nik') });
  else if (input?.motherNik !== undefined) {
    identifier.push({
      use: 'official',
      system: SATUSEHAT_SYSTEMS.nikIbu,
      value: requireNik(input.motherNik, 'motherNik'),
    });
  } else
    invalid(
      'nik',
      'wajib diisi (atau motherNik untuk bayi baru lahir).',
      'is required (or motherNik for a newborn).',
    );
  if (input.ihsNumber !== undefined)
    identifier.push({
      use: 'official',
      system: SATUSEHAT_SYSTEMS.ihsNumber,
      value: requireId(input.ihsNumber, 'ihsNumber'),
    });
  if (typeof input.name !== 'string' || input.name.trim() === '' || input.name.length > 200)
    invalid('name', 'wajib diisi (≤ 200 karakter).', 'is required (≤ 200 characters).');
  if (input.sex !== 'male' && input.sex !== 'female')
    invalid('sex', "harus 'male' atau 'female'.", "must be 'male' or 'female'.");
  if (!isLocalDate(input.birthDate)) {
    invalid('birthDate', 'harus tanggal YYYY-MM-DD.', 'must be a YYYY-MM-DD date.');
  }
  const patient: { -readonly [K in keyof FhirPatient]: FhirPatient[K] } = {
    resourceType: 'Patient',
    identifier,
    active: true,
    name: [{ use: 'official', text: input.name.trim() }],
    gender: input.sex,
    birthDate: input.birthDate,
  };
  if (input.address !== undefined) {
    const region = (() => {
      try {
        return parseRegionCode(input.address.villageCode, { field: 'address.villageCode' });
      } catch {
        return invalid(
          'address.villageCode',
          'harus kode desa/kelurahan Kemendagri.',
          'must be a Kemendagri desa/kelurahan code.',
        );
      }
    })();
    if (region.level !== 'desa_kelurahan')
      invalid(
        'address.villageCode',
        'harus kode desa/kelurahan (10 digit).',
        'must be a desa/kelurahan code (10 digits).',
      );
    const bare = region.bare;
    const sub: FhirExtension[] = [
      { url: 'province', valueCode: bare.slice(0, 2) },
      { url: 'city', valueCode: bare.slice(0, 4) },
      { url: 'district', valueCode: bare.slice(0, 6) },
      { url: 'village', valueCode: bare },
    ];
    for (const key of ['rt', 'rw'] as const) {
      const v = input.address[key];
      if (v === undefined) continue;
      if (typeof v !== 'string' || !/^\d{1,3}$/.test(v))
        invalid(`address.${key}`, 'harus 1–3 digit.', 'must be 1–3 digits.');
      sub.push({ url: key, valueCode: v });
    }
    const line = input.address.line;
    if (line !== undefined && (typeof line !== 'string' || line.trim() === ''))
      invalid('address.line', 'tidak boleh kosong.', 'must not be empty.');
    patient.address = [
      {
        use: 'home',
        ...(line === undefined ? {} : { line: [line.trim()] }),
        country: 'ID',
        extension: [{ url: SATUSEHAT_SYSTEMS.administrativeCode, extension: sub }],
      },
    ];
  }
  if (input.multipleBirth !== undefined) {
    if (!Number.isInteger(input.multipleBirth) || input.multipleBirth < 0 || input.multipleBirth > 9)
      invalid('multipleBirth', 'harus bilangan bulat 0–9.', 'must be a whole number 0–9.');
    patient.multipleBirthInteger = input.multipleBirth;
  }
  return patient;
}

/** What {@link toFhirObservation} needs. */
export interface ObservationInput {
  /** What was measured. */
  readonly kind: ObservationKind;
  /** The value in the kind's unit (kg, cm, kg/m2); not for `blood_pressure`. */
  readonly value?: number | undefined;
  /** Systolic mmHg, for `blood_pressure`. */
  readonly systolic?: number | undefined;
  /** Diastolic mmHg, for `blood_pressure`. */
  readonly diastolic?: number | undefined;
  /** The patient's SATUSEHAT id (IHS number). */
  readonly patientId: string;
  /** When measured: ISO 8601 instant or Date (written with the WITA offset by default). */
  readonly effective: string | Date;
  /** The SATUSEHAT Encounter id. */
  readonly encounterId?: string | undefined;
  /** The practitioner's SATUSEHAT id. */
  readonly practitionerId?: string | undefined;
  /** Organisation id and the record's local id, for the `sys-ids` business identifier. */
  readonly localIdentifier?: { readonly organizationId: string; readonly value: string } | undefined;
}

const quantity = (value: unknown, field: string, ucum: string, max: number): FhirQuantity => {
  if (typeof value !== 'number' || !(value > 0 && value <= max))
    invalid(field, `harus angka > 0 dan ≤ ${max}.`, `must be a number > 0 and ≤ ${max}.`);
  return { value, unit: ucum, system: 'http://unitsofmeasure.org', code: ucum };
};

const MAX: { readonly [K in ObservationKind]: number } = {
  body_weight: 500,
  body_height: 300,
  body_length: 300,
  head_circumference: 100,
  bmi: 200,
  waist_circumference: 300,
  muac: 100,
  blood_pressure: 400,
};

/**
 * A FHIR R4 `Observation` for one measurement, status `final`, coded by LOINC (MUAC by SNOMED CT)
 * with a UCUM `valueQuantity`, or for blood pressure the panel with systolic and diastolic
 * components. Raw measures only: z-scores have no SATUSEHAT profile yet.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} naming the field.
 * @example
 * ```ts
 * const obs = toFhirObservation({
 *   kind: 'body_weight',
 *   value: 8.4,
 *   patientId: 'P02478375538',
 *   effective: '2026-03-16T09:30:00+08:00',
 * });
 * obs.code.coding[0]?.code; // => '29463-7'
 * ```
 */
export function toFhirObservation(input: ObservationInput): FhirObservation {
  const kind = input?.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(OBSERVATION_CODES, kind))
    invalid('kind', 'bukan jenis observasi yang dikenal.', 'is not a known observation kind.');
  const code = OBSERVATION_CODES[kind];
  const obs: { -readonly [K in keyof FhirObservation]: FhirObservation[K] } = {
    resourceType: 'Observation',
    status: 'final',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/observation-category',
            code: code.category,
            display: code.category === 'vital-signs' ? 'Vital Signs' : 'Exam',
          },
        ],
      },
    ],
    code: { coding: [code.coding], ...(code.coding.display ? { text: code.coding.display } : {}) },
    subject: { reference: `Patient/${requireId(input.patientId, 'patientId')}` },
    effectiveDateTime: dateTime(input.effective, 'effective'),
  };
  const local = input.localIdentifier;
  if (local !== undefined) {
    const org = requireId(local?.organizationId, 'localIdentifier.organizationId');
    if (typeof local.value !== 'string' || local.value === '' || local.value.length > 128)
      invalid('localIdentifier.value', 'wajib diisi (≤ 128 karakter).', 'is required (≤ 128 characters).');
    obs.identifier = [{ system: `${SATUSEHAT_SYSTEMS.sysIds}/observation/${org}`, value: local.value }];
  }
  const encounter = optionalId(input.encounterId, 'encounterId');
  if (encounter) obs.encounter = { reference: `Encounter/${encounter}` };
  const practitioner = optionalId(input.practitionerId, 'practitionerId');
  if (practitioner) obs.performer = [{ reference: `Practitioner/${practitioner}` }];
  if (kind === 'blood_pressure') {
    obs.component = [
      {
        code: { coding: [BLOOD_PRESSURE_COMPONENTS.systolic] },
        valueQuantity: quantity(input.systolic, 'systolic', 'mm[Hg]', MAX.blood_pressure),
      },
      {
        code: { coding: [BLOOD_PRESSURE_COMPONENTS.diastolic] },
        valueQuantity: quantity(input.diastolic, 'diastolic', 'mm[Hg]', MAX.blood_pressure),
      },
    ];
  } else obs.valueQuantity = quantity(input.value, 'value', code.ucum, MAX[kind]);
  return obs;
}

/** What {@link toFhirImmunization} needs. */
export interface ImmunizationInput {
  /** The patient's SATUSEHAT id. */
  readonly patientId: string;
  /** KFA vaccine code (`VG139`) and its display name. */
  readonly vaccine: { readonly kfaCode: string; readonly display: string };
  /** When given: ISO 8601 instant or Date. */
  readonly occurrence: string | Date;
  /** Dose number (1 for HB-0 and single doses). */
  readonly doseNumber: number;
  /** SATUSEHAT immunisation reason code (`IM-WUS`, …), when the programme requires one. */
  readonly reasonCode?: string | undefined;
  /** Batch number. */
  readonly lotNumber?: string | undefined;
  /** The Encounter id. */
  readonly encounterId?: string | undefined;
  /** The practitioner's SATUSEHAT id. */
  readonly practitionerId?: string | undefined;
  /** Organisation id and local id, for the `sys-ids` business identifier. */
  readonly localIdentifier?: { readonly organizationId: string; readonly value: string } | undefined;
}

/**
 * A FHIR R4 `Immunization` (status `completed`, primary source) with the KFA vaccine code and the
 * dose number in `protocolApplied`.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} naming the field.
 * @example
 * ```ts
 * toFhirImmunization({
 *   patientId: 'P02478375538',
 *   vaccine: { kfaCode: 'VG139', display: 'BCG' },
 *   occurrence: '2026-02-10T09:00:00+08:00',
 *   doseNumber: 1,
 * }).vaccineCode.coding[0]?.system; // => 'http://sys-ids.kemkes.go.id/kfa'
 * ```
 */
export function toFhirImmunization(input: ImmunizationInput): FhirImmunization {
  const vaccine = input?.vaccine;
  if (typeof vaccine?.kfaCode !== 'string' || !/^[A-Za-z0-9.-]{1,32}$/.test(vaccine.kfaCode))
    invalid('vaccine.kfaCode', 'harus kode KFA.', 'must be a KFA code.');
  if (typeof vaccine.display !== 'string' || vaccine.display.trim() === '')
    invalid('vaccine.display', 'wajib diisi.', 'is required.');
  if (!Number.isInteger(input.doseNumber) || input.doseNumber < 1 || input.doseNumber > 20)
    invalid('doseNumber', 'harus bilangan bulat 1–20.', 'must be a whole number 1–20.');
  const imm: { -readonly [K in keyof FhirImmunization]: FhirImmunization[K] } = {
    resourceType: 'Immunization',
    status: 'completed',
    vaccineCode: {
      coding: [{ system: SATUSEHAT_SYSTEMS.kfa, code: vaccine.kfaCode, display: vaccine.display.trim() }],
    },
    patient: { reference: `Patient/${requireId(input.patientId, 'patientId')}` },
    occurrenceDateTime: dateTime(input.occurrence, 'occurrence'),
    primarySource: true,
    protocolApplied: [{ doseNumberPositiveInt: input.doseNumber }],
  };
  const local = input.localIdentifier;
  if (local !== undefined) {
    const org = requireId(local?.organizationId, 'localIdentifier.organizationId');
    if (typeof local.value !== 'string' || local.value === '' || local.value.length > 128)
      invalid('localIdentifier.value', 'wajib diisi (≤ 128 karakter).', 'is required (≤ 128 characters).');
    imm.identifier = [{ system: `${SATUSEHAT_SYSTEMS.sysIds}/immunization/${org}`, value: local.value }];
  }
  const encounter = optionalId(input.encounterId, 'encounterId');
  if (encounter) imm.encounter = { reference: `Encounter/${encounter}` };
  const practitioner = optionalId(input.practitionerId, 'practitionerId');
  if (practitioner) imm.performer = [{ actor: { reference: `Practitioner/${practitioner}` } }];
  if (input.lotNumber !== undefined) {
    if (typeof input.lotNumber !== 'string' || input.lotNumber.trim() === '')
      invalid('lotNumber', 'tidak boleh kosong.', 'must not be empty.');
    imm.lotNumber = input.lotNumber.trim();
  }
  if (input.reasonCode !== undefined) {
    if (typeof input.reasonCode !== 'string' || !/^[A-Za-z0-9-]{1,32}$/.test(input.reasonCode))
      invalid('reasonCode', 'harus kode alasan imunisasi.', 'must be an immunisation reason code.');
    imm.reasonCode = [{ coding: [{ system: SATUSEHAT_SYSTEMS.immunizationReason, code: input.reasonCode }] }];
  }
  return imm;
}
