export { KBM_PERMENKES_155_2010, type KbmRow, type KbmTable, minimumWeightGainGrams } from './kbm.js';
export {
  computeSkdn,
  type SkdnChild,
  type SkdnCounts,
  type SkdnReport,
  skdnChildForMonth,
  skdnFromCounts,
} from './skdn.js';
export {
  assessWeighings,
  type MonitoringOptions,
  type ReferralReason,
  type Weighing,
  type WeighingAssessment,
  type WeighingStatus,
} from './weighing.js';
