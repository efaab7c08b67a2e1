export { defineLmsTable, type LmsColumns, type LmsTableInit } from './define.js';
export { GrowthTableMissingError } from './errors.js';
export {
  type ComputeGrowthZScoresOptions,
  computeGrowthZScores,
  growthTableIds,
  loadGrowthTables,
} from './load.js';
export type { GrowthTableId, GrowthTableKey, GrowthTableSource, LmsTable } from './lms.js';
export { GrowthInput, type MeasuredPosition, type Sex } from './schema.js';
export {
  computeGrowthZScoresSync,
  type GrowthTables,
  type GrowthZScore,
  type GrowthZScores,
  requiredGrowthTables,
} from './zscores.js';
