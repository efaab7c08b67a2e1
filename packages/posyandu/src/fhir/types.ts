/** FHIR R4 `Coding`. */
export interface FhirCoding {
  /** Code system URI. */
  readonly system: string;
  /** Code in the system. */
  readonly code: string;
  /** Display text. */
  readonly display?: string;
}

/** FHIR R4 `CodeableConcept`. */
export interface FhirCodeableConcept {
  /** Codings. */
  readonly coding: readonly FhirCoding[];
  /** Plain-text form. */
  readonly text?: string;
}

/** FHIR R4 `Reference`. */
export interface FhirReference {
  /** Relative reference, `Patient/P02478375538`. */
  readonly reference: string;
  /** Display text. */
  readonly display?: string;
}

/** FHIR R4 `Identifier`. */
export interface FhirIdentifier {
  /** `official` or `usual`. */
  readonly use?: 'official' | 'usual' | 'secondary';
  /** Identifier system URI. */
  readonly system: string;
  /** The identifier. */
  readonly value: string;
}

/** FHIR R4 `Quantity` with a UCUM unit. */
export interface FhirQuantity {
  /** The number. */
  readonly value: number;
  /** Human unit. */
  readonly unit: string;
  /** `http://unitsofmeasure.org`. */
  readonly system: 'http://unitsofmeasure.org';
  /** UCUM code. */
  readonly code: string;
}

/** FHIR R4 `Extension` (with a code value or nested extensions). */
export interface FhirExtension {
  /** Extension URL (or a sub-extension name). */
  readonly url: string;
  /** A code value. */
  readonly valueCode?: string;
  /** Nested extensions. */
  readonly extension?: readonly FhirExtension[];
}

/** FHIR R4 `Address` as SATUSEHAT takes it. */
export interface FhirAddress {
  /** `home`. */
  readonly use: 'home';
  /** Street lines. */
  readonly line?: readonly string[];
  /** Country `ID`. */
  readonly country: 'ID';
  /** SATUSEHAT administrativeCode extension. */
  readonly extension: readonly FhirExtension[];
}

/** FHIR R4 `Patient` as this SDK builds it for SATUSEHAT. */
export interface FhirPatient {
  /** Always `Patient`. */
  readonly resourceType: 'Patient';
  /** NIK, mother's NIK or IHS number. */
  readonly identifier: readonly FhirIdentifier[];
  /** Whether the record is in use. */
  readonly active: true;
  /** Name. */
  readonly name: readonly { readonly use: 'official'; readonly text: string }[];
  /** Administrative gender. */
  readonly gender: 'male' | 'female';
  /** Date of birth. */
  readonly birthDate: string;
  /** Address with administrativeCode. */
  readonly address?: readonly FhirAddress[];
  /** Birth order for a newborn (0 = singleton). */
  readonly multipleBirthInteger?: number;
}

/** FHIR R4 `Observation` as this SDK builds it. */
export interface FhirObservation {
  /** Always `Observation`. */
  readonly resourceType: 'Observation';
  /** Local business identifier (sys-ids). */
  readonly identifier?: readonly FhirIdentifier[];
  /** Always `final`. */
  readonly status: 'final';
  /** `vital-signs` or `exam`. */
  readonly category: readonly FhirCodeableConcept[];
  /** LOINC (or SNOMED CT) code of what was measured. */
  readonly code: FhirCodeableConcept;
  /** The patient. */
  readonly subject: FhirReference;
  /** The visit. */
  readonly encounter?: FhirReference;
  /** Who measured. */
  readonly performer?: readonly FhirReference[];
  /** When, ISO 8601 with offset. */
  readonly effectiveDateTime: string;
  /** The measurement (not for the blood-pressure panel). */
  readonly valueQuantity?: FhirQuantity;
  /** Systolic and diastolic, for the blood-pressure panel. */
  readonly component?: readonly {
    readonly code: FhirCodeableConcept;
    readonly valueQuantity: FhirQuantity;
  }[];
}

/** FHIR R4 `Immunization` as this SDK builds it. */
export interface FhirImmunization {
  /** Always `Immunization`. */
  readonly resourceType: 'Immunization';
  /** Local business identifier (sys-ids). */
  readonly identifier?: readonly FhirIdentifier[];
  /** Always `completed`. */
  readonly status: 'completed';
  /** KFA vaccine code. */
  readonly vaccineCode: FhirCodeableConcept;
  /** The patient. */
  readonly patient: FhirReference;
  /** The visit. */
  readonly encounter?: FhirReference;
  /** When given. */
  readonly occurrenceDateTime: string;
  /** Whether recorded from the primary source. */
  readonly primarySource: boolean;
  /** Batch. */
  readonly lotNumber?: string;
  /** Who gave it. */
  readonly performer?: readonly { readonly actor: FhirReference }[];
  /** Reason (SATUSEHAT immunisation reason code). */
  readonly reasonCode?: readonly FhirCodeableConcept[];
  /** Dose number. */
  readonly protocolApplied: readonly { readonly doseNumberPositiveInt: number }[];
}
