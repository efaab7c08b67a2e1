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
// One definition of percentiles for the SDK: core's.
export { type PercentileMethod, percentile } from '@opengov-id/core';
