export {
  type ImmunizationInput,
  type ObservationInput,
  type PatientInput,
  toFhirImmunization,
  toFhirObservation,
  toFhirPatient,
} from './build.js';
export {
  BLOOD_PRESSURE_COMPONENTS,
  OBSERVATION_CODES,
  type ObservationCode,
  type ObservationKind,
  SATUSEHAT_SYSTEMS,
} from './codes.js';
export type {
  FhirAddress,
  FhirCodeableConcept,
  FhirCoding,
  FhirExtension,
  FhirIdentifier,
  FhirImmunization,
  FhirObservation,
  FhirPatient,
  FhirQuantity,
  FhirReference,
} from './types.js';
