export {
  type HarvestOptions,
  type HarvestPortal,
  type HarvestPortalStatus,
  type HarvestProgress,
  type HarvestRecord,
  type HarvestRecordBase,
  type HarvestReport,
  type HarvestRun,
  harvest,
} from './harvest.js';
