export {
  classifyStratum,
  type PosyanduMonth,
  type PosyanduYearFigures,
  type StrataIndicators,
  type StratumResult,
  strataIndicatorsFromMonths,
} from './classify.js';
export {
  PERMENDAGRI_13_2024_SPM_FIELDS,
  type PosyanduStratum,
  type SpmField,
  STRATA_PEDOMAN_2011,
  type StrataCriterion,
  type StrataIndicator,
  type StrataRuleset,
} from './ruleset.js';
