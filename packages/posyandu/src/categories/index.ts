export { completedMonths } from './age.js';
export {
  bmiIndexForAge,
  type ClassifyOptions,
  classifyGrowth,
  classifyZScore,
  type GrowthCategories,
  type NutritionalCategory,
} from './classify.js';
export { defineCategoryRuleset } from './define.js';
export { PERMENKES_2_2020_CATEGORIES } from './permenkes-2-2020.js';
export type {
  AnthropometricIndex,
  CategoryRuleset,
  IndexCategories,
  NutritionalStatus,
  RulesetSource,
  ZScoreBand,
} from './types.js';
