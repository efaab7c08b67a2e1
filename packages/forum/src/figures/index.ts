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
export { type PercentileMethod, percentile } from './percentile.js';
export { FigureRowSchema, FiguresGroupBySchema, FiguresSchema, PercentileMethodSchema } from './schema.js';
