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
