export {
  type CompletionTimes,
  computeFigures,
  type DeadlineShare,
  type FigureRow,
  type Figures,
  type FiguresGroupBy,
  type FiguresInput,
  type FiguresOptions,
} from './figures.js';
export { type ForumRecords, figuresInputForSeries, type SeriesMember } from './select.js';
// One definition of percentiles for the SDK: core's.
export { type PercentileMethod, percentile } from '@opengov-id/core';
export { FigureRowSchema, FiguresGroupBySchema, FiguresSchema, PercentileMethodSchema } from './schema.js';
