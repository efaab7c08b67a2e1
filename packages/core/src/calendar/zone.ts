import type { ValidationError } from '../errors/validation.js';
import {
  DAY_MS,
  daysFromCivil,
  fieldError,
  formatDayNumber,
  MAX_DAY,
  MIN_DAY,
  pad,
  parseMinutes,
  requireDayInRange,
  requireDayNumber,
} from './date.js';

/**
 * Indonesia's three time zones (Keppres 41/1987) and their IANA names. None observes
 * daylight saving time.
 *
 * @example
 * ```ts
 * TIME_ZONES.WITA; // => 'Asia/Makassar' (NTB, Bali, Sulawesi, Kalimantan Selatan/Timur/Utara)
 * ```
 */
export const TIME_ZONES = {
  /** Waktu Indonesia Barat, UTC+07:00. */
  WIB: 'Asia/Jakarta',
  /** Waktu Indonesia Tengah, UTC+08:00: the SDK's default (NTB). */
  WITA: 'Asia/Makassar',
  /** Waktu Indonesia Timur, UTC+09:00. */
  WIT: 'Asia/Jayapura',
} as const;

/** One of Indonesia's zone abbreviations: `'WIB'`, `'WITA'` or `'WIT'`. */
export type IndonesianTimeZone = keyof typeof TIME_ZONES;

/**
 * A time zone argument: an Indonesian abbreviation (`'WITA'`) or any IANA name
 * (`'Asia/Makassar'`, `'UTC'`). Defaults to `'WITA'` everywhere.
 */
export type TimeZoneInput = IndonesianTimeZone | (string & {});

/** An instant: a `Date`, or an ISO 8601 date-time string that carries `Z` or an offset. */
export type InstantInput = string | Date;

const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,9}))?)?(?:Z|([+-])([01]\d|2[0-3]):?([0-5]\d))$/;

// WIB, WITA and WIT have kept these offsets, without DST, since 1 January 1964 (tz database:
// Asia/Jakarta left +07:30 and Asia/Jayapura +09:30 then), so no Intl formatter is needed.
const FIXED_SINCE = Date.UTC(1964, 0, 1);
const FIXED_ZONES: readonly string[] = [TIME_ZONES.WIB, TIME_ZONES.WITA, TIME_ZONES.WIT];

const formatters = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

/** The IANA name behind a zone argument, not validated yet. */
function zoneName(zone: TimeZoneInput | undefined): string {
  return zone === undefined
    ? TIME_ZONES.WITA
    : Object.hasOwn(TIME_ZONES, zone)
      ? TIME_ZONES[zone as IndonesianTimeZone]
      : zone;
}

/** The formatter of an IANA name, validated once and cached: the path for zones outside Indonesia. */
function zoneFormatter(name: string): Intl.DateTimeFormat {
  let formatter = formatters.get(name);
  if (!formatter) {
    try {
      if (typeof name !== 'string' || name === '') throw new RangeError('empty time zone');
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: name,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch (cause) {
      throw fieldError(
        'zone',
        'harus WIB, WITA, WIT atau nama zona waktu IANA (mis. Asia/Makassar).',
        'must be WIB, WITA, WIT or an IANA time zone name (e.g. Asia/Makassar).',
        'invalid_time_zone',
        { cause },
      );
    }
    formatters.set(name, formatter);
  }
  return formatter;
}

/** The validated IANA name of a zone argument. */
function checkedZone(zone: TimeZoneInput | undefined): string {
  const name = zoneName(zone);
  if (!FIXED_ZONES.includes(name)) zoneFormatter(name);
  return name;
}

/**
 * The IANA name of a zone argument (`'WITA'` → `'Asia/Makassar'`), validated.
 *
 * @throws {@link ValidationError} (`invalid_time_zone`) for an unknown zone.
 * @example
 * ```ts
 * resolveTimeZone('WIT'); // => 'Asia/Jayapura'
 * resolveTimeZone(); // => 'Asia/Makassar'
 * ```
 */
export function resolveTimeZone(zone?: TimeZoneInput): string {
  const name = zoneName(zone);
  return FIXED_ZONES.includes(name) ? name : zoneFormatter(name).resolvedOptions().timeZone;
}

function invalidInstant(): ValidationError {
  return fieldError(
    'instant',
    'harus Date yang valid atau tanggal-waktu ISO 8601 dengan zona (mis. 2026-03-16T08:00:00+08:00).',
    'must be a valid Date or an ISO 8601 date-time with an offset (e.g. 2026-03-16T08:00:00+08:00).',
    'invalid_instant',
  );
}

/** Epoch milliseconds of an instant; strings without an offset are refused (they are ambiguous). */
export function instantToMs(instant: unknown): number {
  let ms: number;
  if (instant instanceof Date) {
    ms = instant.getTime();
    if (Number.isNaN(ms)) throw invalidInstant();
  } else {
    const m = typeof instant === 'string' ? INSTANT_RE.exec(instant) : null;
    if (!m) throw invalidInstant();
    const dn = requireDayNumber(`${m[1]}-${m[2]}-${m[3]}`, 'instant');
    const fraction = Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000);
    const offsetMinutes = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : 0;
    ms =
      dn * DAY_MS +
      Number(m[4]) * 3_600_000 +
      Number(m[5]) * 60_000 +
      Number(m[6] ?? 0) * 1000 +
      fraction -
      offsetMinutes * 60_000;
  }
  // One day of margin on each side keeps every zone's wall clock inside years 0001–9999.
  const day = Math.floor(ms / DAY_MS);
  requireDayInRange(day <= MIN_DAY || day >= MAX_DAY ? MIN_DAY - 1 : day, 'instant');
  return ms;
}

/** The UTC offset of a validated zone at `ms`, in whole minutes. */
function offsetAt(name: string, ms: number): number {
  const fixed = FIXED_ZONES.indexOf(name);
  if (fixed >= 0 && ms >= FIXED_SINCE) return (7 + fixed) * 60;
  const wall: Record<string, number> = {};
  for (const part of zoneFormatter(name).formatToParts(ms)) {
    if (part.type !== 'literal') wall[part.type] = Number(part.value);
  }
  const wallMs =
    daysFromCivil(wall['year'] ?? 0, wall['month'] ?? 0, wall['day'] ?? 0) * DAY_MS +
    (wall['hour'] ?? 0) * 3_600_000 +
    (wall['minute'] ?? 0) * 60_000 +
    (wall['second'] ?? 0) * 1000;
  return Math.round((wallMs - (ms - (((ms % 1000) + 1000) % 1000))) / 60_000);
}

function formatZoned(ms: number, offset: number): string {
  const wallMs = ms + offset * 60_000;
  const dn = requireDayInRange(Math.floor(wallMs / DAY_MS), 'instant');
  const inDay = wallMs - dn * DAY_MS;
  const millis = inDay % 1000;
  const abs = Math.abs(offset);
  return (
    `${formatDayNumber(dn)}T${pad(Math.floor(inDay / 3_600_000))}:${pad(Math.floor(inDay / 60_000) % 60)}` +
    `:${pad(Math.floor(inDay / 1000) % 60)}${millis ? `.${pad(millis, 3)}` : ''}` +
    `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in a zone.
 *
 * @param instant - a `Date` or an ISO 8601 string with `Z` or an offset.
 * @param zone - `'WIB'`, `'WITA'` (default), `'WIT'` or an IANA name.
 * @throws {@link ValidationError} (`invalid_instant`, `invalid_time_zone`).
 * @example
 * ```ts
 * toLocalDate('2026-03-16T16:30:00Z'); // => '2026-03-17' (00:30 WITA)
 * toLocalDate('2026-03-16T16:30:00Z', 'WIB'); // => '2026-03-16' (23:30 WIB)
 * ```
 */
export function toLocalDate(instant: InstantInput, zone?: TimeZoneInput): string {
  const name = checkedZone(zone);
  const ms = instantToMs(instant);
  return formatDayNumber(
    requireDayInRange(Math.floor((ms + offsetAt(name, ms) * 60_000) / DAY_MS), 'instant'),
  );
}

/**
 * An instant as ISO 8601 in a zone's wall-clock time with that zone's offset
 * (milliseconds only when non-zero).
 *
 * @throws {@link ValidationError} (`invalid_instant`, `invalid_time_zone`).
 * @example
 * ```ts
 * toZonedIso('2026-03-16T00:00:00Z'); // => '2026-03-16T08:00:00+08:00'
 * toZonedIso(new Date('2026-03-16T00:00:00Z'), 'WIT'); // => '2026-03-16T09:00:00+09:00'
 * ```
 */
export function toZonedIso(instant: InstantInput, zone?: TimeZoneInput): string {
  const name = checkedZone(zone);
  const ms = instantToMs(instant);
  return formatZoned(ms, offsetAt(name, ms));
}

/**
 * Today's date (`YYYY-MM-DD`) in a zone, by the host clock.
 *
 * @example
 * ```ts
 * today(); // e.g. '2026-03-17' in WITA while it is still the 16th in WIB
 * today('WIB');
 * ```
 */
export function today(zone?: TimeZoneInput): string {
  return toLocalDate(new Date(), zone);
}

/**
 * The instant at which a zone's wall clock shows `date` `time`, as ISO 8601 with the zone's
 * offset. Use it to store a local schedule ("Kamis malam, 19:30 WITA") as an instant.
 *
 * @param date - `YYYY-MM-DD`.
 * @param time - `HH:mm`, 24-hour.
 * @throws {@link ValidationError} (`invalid_date`, `invalid_time`, `invalid_time_zone`).
 * @example
 * ```ts
 * zonedDateTimeToInstant('2026-03-19', '19:30'); // => '2026-03-19T19:30:00+08:00'
 * zonedDateTimeToInstant('2026-03-19', '19:30', 'WIB'); // => '2026-03-19T19:30:00+07:00'
 * ```
 */
export function zonedDateTimeToInstant(date: string, time: string, zone?: TimeZoneInput): string {
  const name = checkedZone(zone);
  const dn = requireDayNumber(date, 'date');
  const minutes = typeof time === 'string' ? parseMinutes(time) : undefined;
  if (minutes === undefined) {
    throw fieldError(
      'time',
      'harus jam yang valid dalam format HH:mm (00:00–23:59).',
      'must be a valid time in HH:mm format (00:00–23:59).',
      'invalid_time',
    );
  }
  const wallMs = dn * DAY_MS + minutes * 60_000;
  // Guess with the offset at the wall time read as UTC, then correct once (enough without DST).
  let offset = offsetAt(name, wallMs);
  const corrected = offsetAt(name, wallMs - offset * 60_000);
  if (corrected !== offset) offset = corrected;
  return formatZoned(wallMs - offset * 60_000, offset);
}
