export {
  addWorkingDays,
  countWorkingDays,
  createHolidayCalendar,
  type DateInput,
  type HolidayCalendar,
  type HolidayCalendarOptions,
  type HolidayPatches,
  type HolidayRemoval,
  isWorkingDay,
  type NextWorkingDayOptions,
} from './calendar.js';
export {
  HOLIDAY_TABLE,
  HOLIDAY_TABLE_VERSION,
  HOLIDAYS_2024,
  HOLIDAYS_2025,
  HOLIDAYS_2026,
} from './data/index.js';
export { addDays, dayOfWeek, daysBetween, isLocalDate, isLocalTime } from './date.js';
export { CalendarYearNotDecreedError } from './errors.js';
export { HOLIDAY_KIND_LABELS, HolidayEntry, HolidayKind, HolidayYear } from './holidays.js';
export { LocalDate, LocalTime } from './schemas.js';
export {
  type IndonesianTimeZone,
  type InstantInput,
  resolveTimeZone,
  TIME_ZONES,
  type TimeZoneInput,
  today,
  toLocalDate,
  toZonedIso,
  zonedDateTimeToInstant,
} from './zone.js';
