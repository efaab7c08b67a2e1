import { parseWith } from '../errors/zod.js';
import { HOLIDAY_TABLE, HOLIDAY_TABLE_VERSION, TABLE_DAYS } from './data/index.js';
import {
  daysFromCivil,
  formatDayNumber,
  parseDayNumber,
  requireDayInRange,
  requireDayNumber,
  requireInteger,
  weekdayOfDay,
  yearOfDay,
} from './date.js';
import { CalendarYearNotDecreedError } from './errors.js';
import { HolidayEntry, type HolidayKind, HolidayYear } from './holidays.js';
import { type InstantInput, resolveTimeZone, TIME_ZONES, type TimeZoneInput, toLocalDate } from './zone.js';

/**
 * A date argument: a `YYYY-MM-DD` string, or an instant (a `Date`, or an ISO 8601 string
 * with an offset) that is first turned into its date in the calendar's zone.
 */
export type DateInput = string | Date;

/** Which entries {@link HolidayCalendar.removeHoliday} and `patches.remove` take out. */
export type HolidayRemoval =
  | string
  | {
      /** `YYYY-MM-DD`. */
      readonly date: string;
      /** Only entries of this kind; all kinds when left out. */
      readonly kind?: HolidayKind;
    };

/** Run-time changes applied on top of the table: `add` first, then `remove`. */
export interface HolidayPatches {
  /** Extra days off (a regional holiday, a new Keppres). */
  add?: readonly HolidayEntry[];
  /** Days to take out: a date removes every entry on it; `{ date, kind }` only that kind. */
  remove?: readonly HolidayRemoval[];
}

/** Options for {@link createHolidayCalendar}. */
export interface HolidayCalendarOptions {
  /** Zone used to turn instants into dates. @defaultValue `'WITA'` */
  zone?: TimeZoneInput;
  /**
   * Whole years to use instead of the built-in ones with the same `year`, or in addition
   * (a year listed here counts as decreed).
   */
  years?: readonly HolidayYear[];
  /** Entries to add and remove after `years` are applied. */
  patches?: HolidayPatches;
  /**
   * Treat a year without a decree as Monday–Friday (plus Saturday with `saturdayWorking`)
   * minus any entries it has, instead of throwing {@link CalendarYearNotDecreedError}.
   * @defaultValue false
   */
  weekendFallback?: boolean;
  /** Cuti bersama are days off, as they are for ASN. Set `false` for private employers. @defaultValue true */
  cutiBersamaIsOff?: boolean;
  /** Saturday is a working day (six-day services, schools). @defaultValue false */
  saturdayWorking?: boolean;
}

/** Options for {@link HolidayCalendar.nextWorkingDay}. */
export interface NextWorkingDayOptions {
  /** Return `date` itself when it is a working day. @defaultValue false */
  includeSelf?: boolean;
}

/**
 * A working-day calendar built by {@link createHolidayCalendar}. It is immutable: `addHoliday`,
 * `removeHoliday` and `addYear` return a new calendar and leave this one unchanged, so a
 * calendar shared across modules can never change under them.
 *
 * Working days follow Perpres 21/2023 (hari kerja instansi pemerintah): Monday to Friday,
 * minus national holidays, special Keppres days, regional days off and, unless
 * `cutiBersamaIsOff` is false, cuti bersama.
 */
export interface HolidayCalendar {
  /** {@link HOLIDAY_TABLE_VERSION} of the built-in table this calendar started from. */
  readonly tableVersion: string;
  /** The IANA zone that instants are read in. */
  readonly zone: string;
  /** Years that have a decree in this calendar, ascending. */
  readonly decreedYears: readonly number[];
  /**
   * True when `date` is a working day.
   * @throws {@link CalendarYearNotDecreedError} when its year has no decree (without `weekendFallback`).
   * @throws {@link ValidationError} when `date` is not a date.
   */
  isWorkingDay(date: DateInput): boolean;
  /**
   * The `n`-th working day after `date` (`n > 0`) or before it (`n < 0`); `date` itself is
   * never counted, so from a Saturday `+1` is the next working day. `n = 0` returns `date`
   * unchanged (use {@link HolidayCalendar.nextWorkingDay} to roll a date forward).
   * Always `countWorkingDays(date, addWorkingDays(date, n)) === n`.
   * @throws {@link CalendarYearNotDecreedError} when the walk enters a year without a decree.
   */
  addWorkingDays(date: DateInput, n: number): string;
  /**
   * Working days stepped on when walking from `from` to `to`, not counting `from`: the
   * working days in (`from`, `to`] when `to` is later, minus those in [`to`, `from`) when it
   * is earlier, 0 when equal.
   * @throws {@link CalendarYearNotDecreedError} when the range touches a year without a decree.
   */
  countWorkingDays(from: DateInput, to: DateInput): number;
  /** The first working day after `date` (or `date` itself with `includeSelf`). */
  nextWorkingDay(date: DateInput, options?: NextWorkingDayOptions): string;
  /**
   * A new array of every entry of `year`, sorted by date (cuti bersama included whatever `cutiBersamaIsOff`
   * says). `[]` for an undecreed year with `weekendFallback`.
   * @throws {@link CalendarYearNotDecreedError} for an undecreed year without `weekendFallback`.
   */
  holidaysIn(year: number): HolidayEntry[];
  /**
   * The entry on `date`, or `undefined`. When several share the date, the one that weighs
   * most: libur nasional, then Keppres, regional, cuti bersama.
   */
  holidayOn(date: DateInput): HolidayEntry | undefined;
  /** The decrees, sources and entries of a decreed year, or `undefined`. */
  yearInfo(year: number): HolidayYear | undefined;
  /** Today's date in the calendar's zone. */
  today(): string;
  /** A new calendar with `entry` added (validated). */
  addHoliday(entry: HolidayEntry): HolidayCalendar;
  /** A new calendar without the entries on `date` (of `kind` only, when given). */
  removeHoliday(date: string, kind?: HolidayKind): HolidayCalendar;
  /** A new calendar where `year` (validated) replaces any year with the same number and counts as decreed. */
  addYear(year: HolidayYear): HolidayCalendar;
}

const PRIORITY: Record<HolidayKind, number> = {
  libur_nasional: 0,
  keppres_khusus: 1,
  libur_daerah: 2,
  cuti_bersama: 3,
};

/** What the working-day questions need: days off, decreed years and the options. */
interface Rules {
  readonly zone: string;
  readonly off: ReadonlySet<number>;
  readonly decreed: ReadonlySet<number>;
  readonly weekendFallback: boolean;
  readonly saturdayWorking: boolean;
}

// A string without a time part is a calendar date; anything else is an instant.
function toDay(rules: Rules, input: unknown, field: string): number {
  return requireDayNumber(
    typeof input === 'string' && !input.includes('T')
      ? input
      : toLocalDate(input as InstantInput, rules.zone),
    field,
  );
}

function requireDecreed(rules: Rules, year: number): void {
  if (!rules.weekendFallback && !rules.decreed.has(year)) throw new CalendarYearNotDecreedError(year);
}

function working(rules: Rules, dn: number): boolean {
  requireDecreed(rules, yearOfDay(dn));
  if (rules.off.has(dn)) return false;
  const weekday = weekdayOfDay(dn);
  return weekday !== 0 && (weekday !== 6 || rules.saturdayWorking);
}

const step = (dn: number, by: number): number => requireDayInRange(dn + by, 'date');

function addWorking(rules: Rules, date: DateInput, n: number): string {
  let dn = toDay(rules, date, 'date');
  let left = requireInteger(n, 'n');
  const by = left < 0 ? -1 : 1;
  while (left !== 0) {
    dn = step(dn, by);
    if (working(rules, dn)) left -= by;
  }
  return formatDayNumber(dn);
}

function countWorking(rules: Rules, from: DateInput, to: DateInput): number {
  const a = toDay(rules, from, 'from');
  const b = toDay(rules, to, 'to');
  let count = 0;
  if (b >= a) {
    for (let dn = a + 1; dn <= b; dn++) if (working(rules, dn)) count++;
  } else {
    for (let dn = b; dn < a; dn++) if (working(rules, dn)) count--;
  }
  return count;
}

interface State {
  readonly years: ReadonlyMap<number, HolidayYear>;
  /** Entries of every year, decreed or not, in insertion order. */
  readonly entries: readonly HolidayEntry[];
  readonly zone: string;
  readonly weekendFallback: boolean;
  readonly cutiBersamaIsOff: boolean;
  readonly saturdayWorking: boolean;
}

const dayOf = (entry: HolidayEntry): number => parseDayNumber(entry.date) ?? Number.NaN;

function matches(entry: HolidayEntry, removal: HolidayRemoval): boolean {
  return typeof removal === 'string'
    ? entry.date === removal
    : entry.date === removal.date && (removal.kind === undefined || entry.kind === removal.kind);
}

function withYear(state: State, year: HolidayYear): State {
  const years = new Map(state.years).set(year.year, year);
  const entries = state.entries.filter((e) => yearOfDay(dayOf(e)) !== year.year).concat(year.entries);
  return { ...state, years, entries };
}

function build(state: State): HolidayCalendar {
  // Indexed once per calendar so that walking a day costs a Set lookup, not a re-parse.
  const byDay = new Map<number, HolidayEntry[]>();
  const off = new Set<number>();
  for (const entry of state.entries) {
    const dn = dayOf(entry);
    const list = byDay.get(dn);
    if (list) list.push(entry);
    else byDay.set(dn, [entry]);
    if (entry.kind !== 'cuti_bersama' || state.cutiBersamaIsOff) off.add(dn);
  }
  for (const list of byDay.values()) list.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
  const decreedYears = [...state.years.keys()].sort((a, b) => a - b);
  const rules: Rules = { ...state, off, decreed: new Set(decreedYears) };

  const calendar: HolidayCalendar = {
    tableVersion: HOLIDAY_TABLE_VERSION,
    zone: state.zone,
    decreedYears,
    isWorkingDay: (date) => working(rules, toDay(rules, date, 'date')),
    addWorkingDays: (date, n) => addWorking(rules, date, n),
    countWorkingDays: (from, to) => countWorking(rules, from, to),
    nextWorkingDay(date, options = {}) {
      let dn = toDay(rules, date, 'date');
      if (!options.includeSelf) dn = step(dn, 1);
      while (!working(rules, dn)) dn = step(dn, 1);
      return formatDayNumber(dn);
    },
    holidaysIn(year) {
      requireDecreed(rules, requireInteger(year, 'year'));
      return state.entries
        .filter((e) => yearOfDay(dayOf(e)) === year)
        .sort((a, b) => dayOf(a) - dayOf(b) || PRIORITY[a.kind] - PRIORITY[b.kind]);
    },
    holidayOn: (date) => byDay.get(toDay(rules, date, 'date'))?.[0],
    yearInfo(year) {
      const info = state.years.get(year);
      return info && { ...info, entries: calendar.holidaysIn(year) };
    },
    today: () => toLocalDate(new Date(), state.zone),
    addHoliday: (entry) =>
      build({ ...state, entries: [...state.entries, parseWith(HolidayEntry, entry, 'HolidayEntry')] }),
    removeHoliday: (date, kind) => {
      requireDayNumber(date, 'date');
      const removal: HolidayRemoval = kind === undefined ? date : { date, kind };
      return build({ ...state, entries: state.entries.filter((e) => !matches(e, removal)) });
    },
    addYear: (year) => build(withYear(state, parseWith(HolidayYear, year, 'HolidayYear'))),
  };
  return calendar;
}

/**
 * Creates a working-day calendar from the built-in {@link HOLIDAY_TABLE} (2024–2026), with
 * your own years and patches on top. Working days are Monday to Friday (Perpres 21/2023)
 * minus libur nasional, Keppres days off, regional days off and cuti bersama.
 *
 * @throws {@link ValidationError} when an option, a year or a patch entry is malformed.
 * @example
 * ```ts
 * declare const y2027: HolidayYear; // the 2027 SKB, once published
 * const ksb = createHolidayCalendar({
 *   patches: {
 *     add: [{ date: '2026-11-20', name: { id: 'Hari Jadi KSB', en: 'KSB anniversary' }, kind: 'libur_daerah', decree: 'Keputusan Bupati ...' }],
 *   },
 * });
 * ksb.addWorkingDays('2026-03-16', 5); // => '2026-03-30' (18–24 March are Nyepi, Idulfitri and cuti bersama)
 * ksb.countWorkingDays('2026-03-16', '2026-03-30'); // => 5
 * const next = ksb.addYear(y2027); // a new calendar; ksb is unchanged
 * ```
 */
export function createHolidayCalendar(options: HolidayCalendarOptions = {}): HolidayCalendar {
  let state: State = {
    years: new Map(HOLIDAY_TABLE.map((y) => [y.year, y])),
    entries: HOLIDAY_TABLE.flatMap((y) => y.entries),
    zone: resolveTimeZone(options.zone),
    weekendFallback: options.weekendFallback === true,
    cutiBersamaIsOff: options.cutiBersamaIsOff !== false,
    saturdayWorking: options.saturdayWorking === true,
  };
  for (const year of options.years ?? [])
    state = withYear(state, parseWith(HolidayYear, year, 'HolidayYear'));
  const add = (options.patches?.add ?? []).map((e) => parseWith(HolidayEntry, e, 'HolidayEntry'));
  const remove = options.patches?.remove ?? [];
  for (const removal of remove)
    requireDayNumber(typeof removal === 'string' ? removal : removal.date, 'date');
  const entries = [...state.entries, ...add].filter((e) => !remove.some((r) => matches(e, r)));
  return build({ ...state, entries });
}

let defaults: Rules | undefined;

// The rules of `createHolidayCalendar()` (WITA, every kind of day off, Saturday off), built on
// first use from the table's dates alone: importing costs nothing, and no entries are built.
function defaultRules(): Rules {
  if (!defaults) {
    const off = new Set<number>();
    for (const [year, days] of TABLE_DAYS) {
      for (const md of days.split(' '))
        off.add(daysFromCivil(year, Number(md.slice(0, 2)), Number(md.slice(3))));
    }
    defaults = {
      zone: TIME_ZONES.WITA,
      off,
      decreed: new Set(TABLE_DAYS.map(([year]) => year)),
      weekendFallback: false,
      saturdayWorking: false,
    };
  }
  return defaults;
}

/**
 * True when `date` is a working day in the default calendar (built-in table, WITA, cuti
 * bersama off, Saturday off). For patches or other options use {@link createHolidayCalendar}.
 *
 * @throws {@link CalendarYearNotDecreedError} for a year the table has no decree for.
 * @example
 * ```ts
 * isWorkingDay('2025-08-18'); // => false (cuti bersama, SKB 933/2025, 1/2025, 3/2025)
 * isWorkingDay('2026-03-25'); // => true
 * ```
 */
export function isWorkingDay(date: DateInput): boolean {
  const rules = defaultRules();
  return working(rules, toDay(rules, date, 'date'));
}

/**
 * The `n`-th working day after (or, for negative `n`, before) `date` in the default calendar;
 * see {@link HolidayCalendar.addWorkingDays}.
 *
 * @throws {@link CalendarYearNotDecreedError} when the walk enters a year without a decree.
 * @example
 * ```ts
 * addWorkingDays('2026-03-16', 5); // => '2026-03-30'
 * addWorkingDays('2026-03-30', -5); // => '2026-03-16'
 * ```
 */
export function addWorkingDays(date: DateInput, n: number): string {
  return addWorking(defaultRules(), date, n);
}

/**
 * Working days from `from` to `to` in the default calendar, not counting `from`;
 * see {@link HolidayCalendar.countWorkingDays}.
 *
 * @throws {@link CalendarYearNotDecreedError} when the range touches a year without a decree.
 * @example
 * ```ts
 * countWorkingDays('2026-03-16', '2026-03-30'); // => 5
 * ```
 */
export function countWorkingDays(from: DateInput, to: DateInput): number {
  return countWorking(defaultRules(), from, to);
}
