export {
  type FormatRegionCodeOptions,
  formatRegionCode,
  isRegionCode,
  type ParseRegionCodeOptions,
  parentRegionCode,
  parseRegionCode,
  REGION_LEVELS,
  type RegencyKind,
  type RegionCodeInfo,
  type RegionCodeStyle,
  type RegionLevel,
  regionLevel,
  tryParseRegionCode,
  type VillageKind,
} from './code.js';
export { REGION_DATASET, type RegionDataset } from './dataset.js';
export {
  InvalidRegionCodeError,
  type InvalidRegionCodeErrorOptions,
  type InvalidRegionCodeReason,
  ProvinceNotLoadedError,
} from './errors.js';
export { REGENCY_KIND_LABELS, REGION_LEVEL_LABELS, VILLAGE_KIND_LABELS } from './labels.js';
export {
  clearRegisteredRegions,
  getRegion,
  isProvinceLoaded,
  listChildren,
  listProvinces,
  loadProvince,
  type Region,
  registerRegions,
} from './lookup.js';
export { RegionCode, type RegionCodeSchemaOptions, regionCodeSchema } from './schema.js';
