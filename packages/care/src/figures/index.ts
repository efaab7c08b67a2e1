export {
  computePerformanceFigures,
  type PerformanceFigures,
  type PerformanceFiguresOptions,
  PerformanceFiguresOptionsSchema,
  type PerformanceFiguresResult,
  type PerformanceGroup,
  type PerformanceGroupBy,
  type SatisfactionFigures,
  type WorkingDayStats,
} from './figures.js';
export { type PercentileMethod, percentile } from './percentile.js';
