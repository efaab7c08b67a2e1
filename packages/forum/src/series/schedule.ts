import {
  addDays,
  createHolidayCalendar,
  type DateInput,
  daysBetween,
  dayOfWeek,
  type HolidayCalendar,
  type HolidayEntry,
  parseWith,
  toZonedIso,
  ValidationError,
  zonedDateTimeToInstant,
} from '@opengov-id/core';
import { dateIn, isDateOnly } from '../shared/dates.js';
import { type ForumLevel, ForumSeries, type ForumSeriesInput } from './schemas.js';

/**
 * What the series' holiday rule did to a regular date:
 * `none` (an ordinary date), `moved`, `skipped`, or `held_on_holiday` (rule `hold`).
 */
export type ScheduleAdjustment = 'none' | 'moved' | 'skipped' | 'held_on_holiday';

/** One upcoming session computed by {@link upcomingSessions}. */
export interface ScheduledSession {
  /** The series it belongs to. */
  readonly seriesId: string;
  /** The regular date (the series' weekday; for malam Jumat, the Thursday). */
  readonly regularDate: string;
  /** The date it is held on: `regularDate`, or the date it moved to. */
  readonly date: string;
  /** Start as an instant in the series' zone, e.g. `'2026-01-08T19:00:00+08:00'`. */
  readonly startsAt: string;
  /** End as an instant in the series' zone. */
  readonly endsAt: string;
  /** The level of the session. */
  readonly level: ForumLevel;
  /** The zone whose turn it is (zone-level series only). */
  readonly zoneId?: string;
  /** That zone's name. */
  readonly zoneName?: string;
  /** Kemendagri codes of the area it serves: the zone's kecamatan, or the host area. */
  readonly areaCodes: readonly string[];
  /** What the holiday rule did. */
  readonly adjustment: ScheduleAdjustment;
  /** The day off on the regular date, when there is one. */
  readonly holiday?: HolidayEntry;
}

/** Options for {@link upcomingSessions}. */
export interface UpcomingSessionsOptions {
  /**
   * Start of the search: a `YYYY-MM-DD` date (sessions on or after that date in the series'
   * zone) or an instant (sessions starting at or after it).
   */
  from: DateInput;
  /**
   * How many sessions to return (held ones; skipped ones never count), 1–1000. Optional when
   * `until` is given (then at most 1000).
   */
  count?: number;
  /** Last date (inclusive, in the series' zone) to return sessions for. */
  until?: DateInput;
  /**
   * The working-day calendar (holidays, cuti bersama, regional days off). Defaults to core's
   * built-in SKB table in the series' zone; a year without a decree throws
   * `CalendarYearNotDecreedError` unless the calendar has `weekendFallback`.
   */
  calendar?: HolidayCalendar;
  /** Also return skipped regular dates (`adjustment: 'skipped'`), without counting them. @defaultValue false */
  includeSkipped?: boolean;
}

const MAX_COUNT = 1000;

/**
 * The next sessions of a series from a date: regular dates on the series' weekday (malam Jumat
 * means the Thursday's date, with an evening start), days off handled by the series'
 * `holidayRule`, zone-level sessions rotating among zones, all date arithmetic on calendar
 * dates in the series' time zone and every start an instant with that zone's offset.
 *
 * Rotation is counted from `rotation.anchorDate`, so the same date gets the same zone whatever
 * `from` is. With `advance: 'per_session'` the count walks the calendar from the anchor, so the
 * calendar must cover the years in between.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for an invalid series, `from` or `count`.
 * @throws {@link @opengov-id/core!index.CalendarYearNotDecreedError} when a date falls in a year the calendar has no decree for.
 * @example
 * ```ts
 * const series = ksbYasinanSeries({ rotation: { anchorDate: '2026-01-08', order: ['I', 'II', 'III', 'IV'] } });
 * const first = upcomingSessions(series, { from: '2026-03-16', count: 1 })[0]!;
 * first.regularDate; // => '2026-03-26' (the 19th, Nyepi, is skipped by the default rule)
 * first.date; // => '2026-03-26'
 * first.startsAt; // => '2026-03-26T19:00:00+08:00'
 * ```
 */
export function upcomingSessions(
  seriesInput: ForumSeriesInput,
  options: UpcomingSessionsOptions,
): ScheduledSession[] {
  const series = parseWith(ForumSeries, seriesInput, 'ForumSeries');
  const count = options?.count ?? (options?.until === undefined ? undefined : MAX_COUNT);
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_COUNT) {
    throw ValidationError.single(
      'count',
      {
        id: `Kolom \`count\` harus bilangan bulat 1–${MAX_COUNT}.`,
        en: `Field \`count\` must be an integer from 1 to ${MAX_COUNT}.`,
      },
      'invalid_count',
    );
  }
  const zone = series.timeZone;
  const calendar = options.calendar ?? createHolidayCalendar({ zone });
  const from = options.from;
  const fromDate = dateIn(from, zone, 'from');
  const until = options.until === undefined ? undefined : dateIn(options.until, zone, 'until');
  // A regular date up to six days after `until` may move back into range.
  const lastRegular =
    until === undefined ? undefined : series.holidayRule === 'move_earlier' ? addDays(until, 6) : until;
  const fromMs = isDateOnly(from) ? Number.NEGATIVE_INFINITY : Date.parse(toZonedIso(from, zone));

  const blocking = (date: string): HolidayEntry | undefined => {
    // isWorkingDay throws for a year without a decree; holidayOn alone would stay silent.
    calendar.isWorkingDay(date);
    const entry = calendar.holidayOn(date);
    if (!entry || (entry.kind === 'cuti_bersama' && !series.includeCutiBersama)) return undefined;
    return entry;
  };
  const active = (regular: string): boolean =>
    (series.startDate === undefined || regular >= series.startDate) &&
    (series.endDate === undefined || regular <= series.endDate);

  type Resolved = { date: string; adjustment: ScheduleAdjustment; holiday?: HolidayEntry };
  const resolve = (regular: string): Resolved => {
    const holiday = blocking(regular);
    if (!holiday) return { date: regular, adjustment: 'none' };
    const rule = series.holidayRule;
    if (rule === 'hold') return { date: regular, adjustment: 'held_on_holiday', holiday };
    if (rule === 'move_earlier' || rule === 'move_later') {
      const step = rule === 'move_earlier' ? -1 : 1;
      for (let i = 1; i <= 6; i++) {
        const candidate = addDays(regular, step * i);
        if (calendar.isWorkingDay(candidate) && !blocking(candidate))
          return { date: candidate, adjustment: 'moved', holiday };
      }
    }
    return { date: regular, adjustment: 'skipped', holiday };
  };

  const rotation = series.regularLevel === 'zona' ? series.rotation : undefined;
  const zones = new Map((series.zones?.zones ?? []).map((z) => [z.id, z]));
  // Turns used before the current regular date (per_session), signed relative to the anchor.
  let turn = 0;
  // A week back: a session moved later from the previous regular date may still be ahead.
  const lookBack = addDays(fromDate, -7);
  const begin = series.startDate !== undefined && series.startDate > lookBack ? series.startDate : lookBack;
  const first = firstOnOrAfter(begin, series.weekday);
  if (rotation && rotation.advance === 'per_session') {
    const anchor = rotation.anchorDate;
    if (first >= anchor) {
      for (let r = anchor; r < first; r = addDays(r, 7))
        if (active(r) && resolve(r).adjustment !== 'skipped') turn++;
    } else {
      for (let r = first; r < anchor; r = addDays(r, 7))
        if (active(r) && resolve(r).adjustment !== 'skipped') turn--;
    }
  }

  const out: ScheduledSession[] = [];
  let held = 0;
  const maxWeeks = count * 8 + 520;
  for (
    let week = 0, regular = first;
    held < count && week < maxWeeks;
    week++, regular = addDays(regular, 7)
  ) {
    if (series.endDate !== undefined && regular > series.endDate) break;
    if (lastRegular !== undefined && regular > lastRegular) break;
    if (!active(regular)) continue;
    const resolved = resolve(regular);
    let zoneId: string | undefined;
    if (rotation) {
      const index = rotation.advance === 'per_week' ? daysBetween(rotation.anchorDate, regular) / 7 : turn;
      const n = rotation.order.length;
      zoneId = rotation.order[((index % n) + n) % n];
    }
    const skipped = resolved.adjustment === 'skipped';
    if (!skipped) turn++;
    const startsAt = zonedDateTimeToInstant(resolved.date, series.startTime, zone);
    if (resolved.date < fromDate || Date.parse(startsAt) < fromMs) continue;
    if (until !== undefined && resolved.date > until) continue;
    if (skipped && !options.includeSkipped) continue;
    const zoneInfo = zoneId === undefined ? undefined : zones.get(zoneId);
    out.push({
      seriesId: series.id,
      regularDate: regular,
      date: resolved.date,
      startsAt,
      endsAt: toZonedIso(new Date(Date.parse(startsAt) + series.durationMinutes * 60_000), zone),
      level: series.regularLevel,
      ...(zoneInfo ? { zoneId: zoneInfo.id, zoneName: zoneInfo.name } : {}),
      areaCodes: zoneInfo ? zoneInfo.kecamatanCodes : [series.hostAreaCode ?? series.regencyCode],
      adjustment: resolved.adjustment,
      ...(resolved.holiday ? { holiday: resolved.holiday } : {}),
    });
    if (!skipped) held++;
  }
  return out;
}

/** The first date on or after `date` that falls on `weekday` (0 = Sunday). */
function firstOnOrAfter(date: string, weekday: number): string {
  return addDays(date, (weekday - dayOfWeek(date) + 7) % 7);
}
