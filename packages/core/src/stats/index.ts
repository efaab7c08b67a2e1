export { type PercentileMethod, percentile, quantileOfSorted } from './percentile.js';
