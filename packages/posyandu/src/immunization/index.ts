export {
  type Antigen,
  type DoseAvailability,
  type ImmunizationSchedule,
  KEMENKES_IMMUNIZATION_SCHEDULE,
  type ScheduledDose,
} from './schedule.js';
export {
  basicImmunizationDoseIds,
  type DoseState,
  type DoseStatus,
  type GivenDose,
  type ImmunizationRecord,
  type ImmunizationStatus,
  type ImmunizationStatusOptions,
  immunizationStatus,
} from './status.js';
