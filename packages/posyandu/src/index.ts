/**
 * `@opengov-id/posyandu`: the Sistem Informasi Posyandu foundation. This release: WHO growth
 * z-scores (0–19 years) computed exactly as WHO's `anthro` and `anthroplus` compute them. The WHO
 * tables live in `@opengov-id/posyandu/who/<table>` and are loaded on demand.
 *
 * @packageDocumentation
 */

export {
  type ComputeGrowthZScoresOptions,
  computeGrowthZScores,
  computeGrowthZScoresSync,
  defineLmsTable,
  GrowthInput,
  type GrowthTableId,
  type GrowthTableKey,
  GrowthTableMissingError,
  type GrowthTableSource,
  type GrowthTables,
  type GrowthZScore,
  type GrowthZScores,
  growthTableIds,
  type LmsColumns,
  type LmsTable,
  type LmsTableInit,
  loadGrowthTables,
  type MeasuredPosition,
  requiredGrowthTables,
  type Sex,
} from './growth/index.js';
export {
  type AnthropometricIndex,
  bmiIndexForAge,
  type CategoryRuleset,
  type ClassifyOptions,
  classifyGrowth,
  classifyZScore,
  completedMonths,
  defineCategoryRuleset,
  type GrowthCategories,
  type IndexCategories,
  type NutritionalCategory,
  type NutritionalStatus,
  PERMENKES_2_2020_CATEGORIES,
  type RulesetSource,
  type ZScoreBand,
} from './categories/index.js';
export {
  CHART_Z_LINES,
  type ChartIndicator,
  type ChartPoint,
  type GrowthChartOptions,
  KMS_BANDS,
  type KmsBand,
  type KmsBandSet,
  renderGrowthChart,
  renderGrowthChartSync,
} from './chart/index.js';
export {
  assessWeighings,
  computeSkdn,
  KBM_PERMENKES_155_2010,
  type KbmRow,
  type KbmTable,
  type MonitoringOptions,
  minimumWeightGainGrams,
  type ReferralReason,
  type SkdnChild,
  type SkdnCounts,
  type SkdnReport,
  skdnChildForMonth,
  skdnFromCounts,
  type Weighing,
  type WeighingAssessment,
  type WeighingStatus,
} from './monitoring/index.js';
export {
  classifyStratum,
  PERMENDAGRI_13_2024_SPM_FIELDS,
  type PosyanduMonth,
  type PosyanduStratum,
  type PosyanduYearFigures,
  type SpmField,
  STRATA_PEDOMAN_2011,
  type StrataCriterion,
  type StrataIndicator,
  type StrataIndicators,
  type StrataRuleset,
  type StratumResult,
  strataIndicatorsFromMonths,
} from './strata/index.js';
