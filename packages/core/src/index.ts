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
  addDays,
  addWorkingDays,
  CalendarYearNotDecreedError,
  countWorkingDays,
  createHolidayCalendar,
  type DateInput,
  dayOfWeek,
  daysBetween,
  HOLIDAY_KIND_LABELS,
  HOLIDAY_TABLE,
  HOLIDAY_TABLE_VERSION,
  HOLIDAYS_2024,
  HOLIDAYS_2025,
  HOLIDAYS_2026,
  type HolidayCalendar,
  type HolidayCalendarOptions,
  HolidayEntry,
  HolidayKind,
  type HolidayPatches,
  type HolidayRemoval,
  HolidayYear,
  type IndonesianTimeZone,
  type InstantInput,
  isLocalDate,
  isLocalTime,
  isWorkingDay,
  LocalDate,
  LocalTime,
  type NextWorkingDayOptions,
  resolveTimeZone,
  TIME_ZONES,
  type TimeZoneInput,
  today,
  toLocalDate,
  toZonedIso,
  zonedDateTimeToInstant,
} from './calendar/index.js';
