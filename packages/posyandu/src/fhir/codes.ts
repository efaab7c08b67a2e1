import type { FhirCoding } from './types.js';

/**
 * SATUSEHAT identifier and extension URIs (SATUSEHAT Master Patient Index; seen verbatim across
 * client implementations, reference §7).
 *
 * @example
 * ```ts
 * `${SATUSEHAT_SYSTEMS.nik}|3171...`; // search: GET /Patient?identifier=https://fhir.kemkes.go.id/id/nik|{NIK}
 * ```
 */
export const SATUSEHAT_SYSTEMS = {
  nik: 'https://fhir.kemkes.go.id/id/nik',
  nikIbu: 'https://fhir.kemkes.go.id/id/nik-ibu',
  ihsNumber: 'https://fhir.kemkes.go.id/id/ihs-number',
  kk: 'https://fhir.kemkes.go.id/id/kk',
  paspor: 'https://fhir.kemkes.go.id/id/paspor',
  administrativeCode: 'https://fhir.kemkes.go.id/r4/StructureDefinition/administrativeCode',
  kfa: 'http://sys-ids.kemkes.go.id/kfa',
  immunizationReason: 'http://terminology.kemkes.go.id/CodeSystem/immunization-reason',
  sysIds: 'http://sys-ids.kemkes.go.id',
} as const;

/** What an Observation built by {@link toFhirObservation} measures. */
export type ObservationKind =
  | 'body_weight'
  | 'body_height'
  | 'body_length'
  | 'head_circumference'
  | 'bmi'
  | 'waist_circumference'
  | 'muac'
  | 'blood_pressure';

/** Code, UCUM unit and FHIR category of one observation kind. */
export interface ObservationCode {
  /** LOINC or SNOMED CT coding. */
  readonly coding: FhirCoding;
  /** UCUM unit code (`kg`, `cm`, `kg/m2`, `mm[Hg]`). */
  readonly ucum: string;
  /** FHIR observation category. */
  readonly category: 'vital-signs' | 'exam';
}

const loinc = (code: string, display: string): FhirCoding => ({ system: 'http://loinc.org', code, display });

/**
 * LOINC codes and UCUM units per observation (reference §7): body weight 29463-7 (kg), body height
 * 8302-2 (cm), recumbent length 8306-3 (cm), head circumference 9843-4 (cm), BMI 39156-5 (kg/m2),
 * waist 8280-0 (cm), blood-pressure panel 85354-9 with systolic 8480-6 and diastolic 8462-4
 * (mm[Hg]); MUAC by SNOMED CT 284473002 (cm), as no LOINC code is used for it in SATUSEHAT IGs.
 *
 * @example
 * ```ts
 * OBSERVATION_CODES.body_weight.coding.code; // => '29463-7'
 * ```
 */
export const OBSERVATION_CODES: { readonly [K in ObservationKind]: ObservationCode } = {
  body_weight: {
    coding: /* @__PURE__ */ loinc('29463-7', 'Body weight'),
    ucum: 'kg',
    category: 'vital-signs',
  },
  body_height: {
    coding: /* @__PURE__ */ loinc('8302-2', 'Body height'),
    ucum: 'cm',
    category: 'vital-signs',
  },
  body_length: {
    coding: /* @__PURE__ */ loinc('8306-3', 'Body height --lying'),
    ucum: 'cm',
    category: 'vital-signs',
  },
  head_circumference: {
    coding: /* @__PURE__ */ loinc('9843-4', 'Head Occipital-frontal circumference'),
    ucum: 'cm',
    category: 'vital-signs',
  },
  bmi: {
    coding: /* @__PURE__ */ loinc('39156-5', 'Body mass index (BMI) [Ratio]'),
    ucum: 'kg/m2',
    category: 'vital-signs',
  },
  waist_circumference: {
    coding: /* @__PURE__ */ loinc('8280-0', 'Waist Circumference at umbilicus by Tape measure'),
    ucum: 'cm',
    category: 'exam',
  },
  muac: {
    coding: { system: 'http://snomed.info/sct', code: '284473002', display: 'Mid upper arm circumference' },
    ucum: 'cm',
    category: 'exam',
  },
  blood_pressure: {
    coding: /* @__PURE__ */ loinc('85354-9', 'Blood pressure panel with all children optional'),
    ucum: 'mm[Hg]',
    category: 'vital-signs',
  },
};

/**
 * LOINC codings of the blood-pressure panel's components.
 *
 * @example
 * ```ts
 * BLOOD_PRESSURE_COMPONENTS.systolic.code; // => '8480-6'
 * ```
 */
export const BLOOD_PRESSURE_COMPONENTS = {
  systolic: /* @__PURE__ */ loinc('8480-6', 'Systolic blood pressure'),
  diastolic: /* @__PURE__ */ loinc('8462-4', 'Diastolic blood pressure'),
} as const;
