export { WorkflowPermissionError, WorkflowTransitionError } from './errors.js';
export {
  ROLE_LABELS,
  SATU_DATA_ROLES,
  type SatuDataRole,
  WORKFLOW_ACTION_LABELS,
  WORKFLOW_ACTIONS,
  WORKFLOW_STATE_LABELS,
  WORKFLOW_STATES,
  type WorkflowAction,
  type WorkflowState,
} from './states.js';
export {
  allowedActions,
  createDaftarDataEntry,
  DaftarDataEntry,
  type DaftarDataEntryInput,
  isReleaseOverdue,
  nextRelease,
  releaseSchedule,
  returnNotes,
  type TransitionInput,
  transition,
  type WorkflowActor,
  WorkflowEvent,
} from './workflow.js';
