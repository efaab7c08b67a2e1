export {
  type ComplianceFinding,
  type ComplianceSeverity,
  checkSatuDataCompliance,
} from './compliance.js';
export {
  type CatalogQualityReport,
  dcatApViolations,
  MQA_DIMENSIONS,
  MQA_INDICATORS,
  MQA_MAX_POINTS,
  MQA_RATING_LABELS,
  type MqaDimension,
  type MqaIndicator,
  type MqaIndicatorResult,
  type MqaOptions,
  type MqaRating,
  type MqaScore,
  mqaRating,
  scoreCatalog,
  scoreMetadataQuality,
} from './mqa.js';
