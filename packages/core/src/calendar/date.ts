import { ValidationError, type ValidationErrorOptions } from '../errors/validation.js';

/*
 * Calendar dates are 'YYYY-MM-DD' strings. Arithmetic runs on day numbers (days since
 * 1970-01-01 in the proleptic Gregorian calendar), never on local-time Date parts, so the
 * host's time zone can never shift a date.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

/** Day number of 0001-01-01 and 9999-12-31: the range a 4-digit year can spell. */
export const MIN_DAY = -719_162;
export const MAX_DAY = 2_932_896;

// Howard Hinnant's days_from_civil / civil_from_days: exact integer arithmetic for any year.
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function civilFromDays(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number of a valid 'YYYY-MM-DD' string, or `undefined`. */
export function parseDayNumber(value: string): number | undefined {
  const m = DATE_RE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of a day number. */
export function formatDayNumber(dayNumber: number): string {
  const [y, m, d] = civilFromDays(dayNumber);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** The year a day number falls in. */
export function yearOfDay(dayNumber: number): number {
  return civilFromDays(dayNumber)[0];
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** A {@link ValidationError} on one field, its message opening with the field's name in both languages. */
export function fieldError(
  field: string,
  id: string,
  en: string,
  code: string,
  options?: ValidationErrorOptions,
): ValidationError {
  return ValidationError.single(
    field,
    { id: `Kolom \`${field}\` ${id}`, en: `Field \`${field}\` ${en}` },
    code,
    options,
  );
}

/** `field` is not a real `YYYY-MM-DD` date. */
export function invalidDate(field: string, code = 'invalid_date'): ValidationError {
  return fieldError(
    field,
    'harus tanggal yang valid dalam format YYYY-MM-DD.',
    'must be a real calendar date in YYYY-MM-DD format.',
    code,
  );
}

/** Day number of a 'YYYY-MM-DD' argument, or a {@link ValidationError} naming `field`. */
export function requireDayNumber(value: unknown, field: string): number {
  const dn = typeof value === 'string' ? parseDayNumber(value) : undefined;
  if (dn === undefined) throw invalidDate(field);
  return dn;
}

/** Minutes since midnight of a valid 'HH:mm' string, or `undefined`. */
export function parseMinutes(value: string): number | undefined {
  const m = TIME_RE.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

export function requireDayInRange(dayNumber: number, field: string): number {
  if (dayNumber < MIN_DAY || dayNumber > MAX_DAY) {
    throw fieldError(
      field,
      'berada di luar rentang tanggal 0001-01-01 sampai 9999-12-31.',
      'falls outside the date range 0001-01-01 to 9999-12-31.',
      'date_out_of_range',
    );
  }
  return dayNumber;
}

function requireInteger(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw fieldError(field, 'harus bilangan bulat.', 'must be an integer.', 'invalid_type');
  }
  return value;
}

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD` (years 0001–9999).
 *
 * @example
 * ```ts
 * isLocalDate('2024-02-29'); // => true
 * isLocalDate('2025-02-29'); // => false (2025 is not a leap year)
 * isLocalDate('16/03/2026'); // => false
 * ```
 */
export function isLocalDate(value: unknown): value is string {
  return typeof value === 'string' && parseDayNumber(value) !== undefined;
}

/**
 * True when `value` is a wall-clock time written `HH:mm` (00:00–23:59).
 *
 * @example
 * ```ts
 * isLocalTime('07:30'); // => true
 * isLocalTime('24:00'); // => false
 * ```
 */
export function isLocalTime(value: unknown): value is string {
  return typeof value === 'string' && parseMinutes(value) !== undefined;
}

/**
 * Adds `days` calendar days (negative to go back) to a `YYYY-MM-DD` date, in whole UTC days.
 *
 * @throws {@link ValidationError} when `date` is not a real date, `days` is not an integer,
 * or the result leaves the years 0001–9999.
 * @example
 * ```ts
 * addDays('2024-02-28', 1); // => '2024-02-29'
 * addDays('2026-01-01', -1); // => '2025-12-31'
 * ```
 */
export function addDays(date: string, days: number): string {
  const dn = requireDayNumber(date, 'date') + requireInteger(days, 'days');
  return formatDayNumber(requireDayInRange(dn, 'days'));
}

/**
 * Calendar days from `from` to `to` (`to − from`), negative when `to` is earlier.
 *
 * @throws {@link ValidationError} when either argument is not a real `YYYY-MM-DD` date.
 * @example
 * ```ts
 * daysBetween('2026-03-16', '2026-03-30'); // => 14
 * daysBetween('2026-03-30', '2026-03-16'); // => -14
 * ```
 */
export function daysBetween(from: string, to: string): number {
  return requireDayNumber(to, 'to') - requireDayNumber(from, 'from');
}

/**
 * Day of the week of a `YYYY-MM-DD` date: 0 = Sunday (Minggu) … 6 = Saturday (Sabtu),
 * the numbering of `Date.prototype.getUTCDay`.
 *
 * @throws {@link ValidationError} when `date` is not a real date.
 * @example
 * ```ts
 * dayOfWeek('2026-03-16'); // => 1 (Monday, Senin)
 * ```
 */
export function dayOfWeek(date: string): number {
  return weekdayOfDay(requireDayNumber(date, 'date'));
}

export { requireInteger };
