export { type ChartIndicator, KMS_BANDS, type KmsBand, type KmsBandSet } from './bands.js';
export {
  CHART_Z_LINES,
  type ChartPoint,
  type GrowthChartOptions,
  renderGrowthChart,
  renderGrowthChartSync,
} from './render.js';
