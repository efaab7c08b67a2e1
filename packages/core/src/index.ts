/**
 * `@opengov-id/core`: the shared primitives of the OGP Local SDK.
 *
 * @packageDocumentation
 */

export {
  AuthError,
  HttpError,
  type HttpErrorInit,
  isOpenGovError,
  type LocalizedMessage,
  NetworkError,
  NotFoundError,
  OpenGovError,
  type OpenGovErrorCode,
  type OpenGovErrorJSON,
  type OpenGovErrorOptions,
  RateLimitError,
  TimeoutError,
} from './errors/errors.js';
export {
  describeIssue,
  formatPath,
  parseWith,
  ResponseShapeError,
  ValidationError,
  type ValidationErrorOptions,
  type ValidationIssue,
} from './errors/validation.js';
export { maskNik, maskPhone } from './privacy/mask.js';
export { REDACTED, redact, redactText } from './privacy/redact.js';
export type {
  HttpAttemptInfo,
  HttpClient,
  HttpClientOptions,
  HttpHooks,
  HttpMethod,
  HttpRequest,
  HttpResponse,
  QueryValue,
} from './http/types.js';
export {
  clearRegisteredRegions,
  type FormatRegionCodeOptions,
  formatRegionCode,
  getRegion,
  InvalidRegionCodeError,
  type InvalidRegionCodeErrorOptions,
  type InvalidRegionCodeReason,
  isProvinceLoaded,
  isRegionCode,
  listChildren,
  listProvinces,
  loadProvince,
  type ParseRegionCodeOptions,
  ProvinceNotLoadedError,
  parentRegionCode,
  parseRegionCode,
  REGENCY_KIND_LABELS,
  REGION_DATASET,
  REGION_LEVEL_LABELS,
  REGION_LEVELS,
  type RegencyKind,
  type Region,
  RegionCode,
  type RegionCodeInfo,
  type RegionCodeSchemaOptions,
  type RegionCodeStyle,
  type RegionDataset,
  type RegionLevel,
  regionCodeSchema,
  regionLevel,
  registerRegions,
  tryParseRegionCode,
  VILLAGE_KIND_LABELS,
  type VillageKind,
} from './region/index.js';
export {
  type DecodedNik,
  type DecodedNoKk,
  type DecodeNikOptions,
  type DecodeNoKkOptions,
  decodeNik,
  decodeNoKk,
  type IdNumberErrorReason,
  InvalidNikError,
  InvalidNoKkError,
  isValidNik,
  isValidNoKk,
  Nik,
  type NikWarning,
  NoKk,
} from './nik/index.js';
export { createHttpClient, HTTP_DEFAULTS, RequestAbortedError } from './http/index.js';
export {
  type CursorPaginatorOptions,
  cursorPaginator,
  MAX_TO_ARRAY_LIMIT,
  type OffsetPaginatorOptions,
  offsetPaginator,
  type PagePaginatorOptions,
  type Paginated,
  type PaginateOptions,
  pagePaginator,
  paginate,
  type ToArrayOptions,
} from './pagination/index.js';
