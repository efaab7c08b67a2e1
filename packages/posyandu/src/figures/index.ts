export {
  type AreaNutritionFigures,
  aggregateNutritionFigures,
  type NutritionArea,
  type NutritionChild,
  type NutritionFigures,
  type NutritionFiguresOptions,
  type NutritionShare,
} from './nutrition.js';
export {
  type CellRow,
  DEFAULT_SMALL_CELL_THRESHOLD,
  type PublishedCount,
  type SuppressedTable,
  suppressSmallCells,
} from './suppress.js';
export {
  nutritionFiguresFromVisits,
  type RegisterPerson,
  type RegisterVisit,
  skdnFromVisits,
  type VisitGrowth,
  visitGrowth,
} from './visits.js';
