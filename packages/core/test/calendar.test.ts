import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  addWorkingDays,
  CalendarYearNotDecreedError,
  countWorkingDays,
  createHolidayCalendar,
  dayOfWeek,
  daysBetween,
  HOLIDAY_TABLE,
  HOLIDAY_TABLE_VERSION,
  type HolidayEntry,
  HolidayYear,
  isLocalDate,
  isOpenGovError,
  isWorkingDay,
  LocalDate,
  LocalTime,
  OpenGovError,
  parseWith,
  TIME_ZONES,
  today,
  toLocalDate,
  toZonedIso,
  ValidationError,
  zonedDateTimeToInstant,
} from '../src/index.js';

/*
 * Dates exactly as listed in the research notes (shared/reference/forum-core.md §3), which
 * copy the SKB 3 Menteri lists. The built-in table must match them day for day.
 */
const SKB = {
  2024: {
    libur:
      '01-01 02-08 02-10 03-11 03-29 03-31 04-10 04-11 05-01 05-09 05-23 06-01 06-17 07-07 08-17 09-16 12-25',
    cuti: '02-09 03-12 04-08 04-09 04-12 04-15 05-10 05-24 06-18 12-26',
    keppres: '02-14 11-27',
  },
  2025: {
    libur:
      '01-01 01-27 01-29 03-29 03-31 04-01 04-18 04-20 05-01 05-12 05-29 06-01 06-06 06-27 08-17 09-05 12-25',
    cuti: '01-28 03-28 04-02 04-03 04-04 04-07 05-13 05-30 06-09 08-18 12-26',
    keppres: '',
  },
  2026: {
    libur:
      '01-01 01-16 02-17 03-19 03-21 03-22 04-03 04-05 05-01 05-14 05-27 05-31 06-01 06-16 08-17 08-25 12-25',
    cuti: '02-16 03-18 03-20 03-23 03-24 05-15 05-28 12-24',
    keppres: '',
  },
} as const;

const dates = (year: number, list: string) => (list ? list.split(' ').map((md) => `${year}-${md}`) : []);
const ofKind = (year: HolidayYear, kind: HolidayEntry['kind']) =>
  year.entries.filter((e) => e.kind === kind).map((e) => e.date);

// Weekday by the platform's own UTC calendar, independent of the SDK's day arithmetic.
const utcWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('holiday table', () => {
  it('matches the SKB lists day for day, with the expected counts', () => {
    expect(HOLIDAY_TABLE.map((y) => y.year)).toEqual([2024, 2025, 2026]);
    for (const year of HOLIDAY_TABLE) {
      const skb = SKB[year.year as keyof typeof SKB];
      expect(ofKind(year, 'libur_nasional')).toEqual(dates(year.year, skb.libur));
      expect(ofKind(year, 'cuti_bersama')).toEqual(dates(year.year, skb.cuti));
      expect(ofKind(year, 'keppres_khusus')).toEqual(dates(year.year, skb.keppres));
    }
    const count = (y: number, kind: HolidayEntry['kind']) =>
      ofKind(HOLIDAY_TABLE.find((t) => t.year === y)!, kind).length;
    expect([
      count(2024, 'libur_nasional'),
      count(2024, 'cuti_bersama'),
      count(2024, 'keppres_khusus'),
    ]).toEqual([17, 10, 2]);
    // 27 days in the original SKB, then 18 August added by SKB 933/2025, 1/2025, 3/2025.
    expect([count(2025, 'libur_nasional'), count(2025, 'cuti_bersama')]).toEqual([17, 11]);
    expect([count(2026, 'libur_nasional'), count(2026, 'cuti_bersama')]).toEqual([17, 8]);
  });

  it('cites the decrees exactly and carries sources and a version', () => {
    const [y2024, y2025, y2026] = HOLIDAY_TABLE;
    expect(y2024?.decrees).toContain('SKB 855/2023, 3/2023, 4/2023');
    expect(y2025?.decrees).toEqual(['SKB 1017/2024, 2/2024, 2/2024', 'SKB 933/2025, 1/2025, 3/2025']);
    expect(y2026?.decrees).toEqual(['SKB 1497/2025, 2/2025, 5/2025']);
    expect(y2025?.entries.find((e) => e.date === '2025-08-18')?.decree).toBe('SKB 933/2025, 1/2025, 3/2025');
    for (const year of HOLIDAY_TABLE) {
      expect(parseWith(HolidayYear, year)).toEqual(year);
      expect(year.sources?.length).toBeGreaterThan(0);
      for (const e of year.entries) expect(year.decrees).toContain(e.decree);
    }
    expect(HOLIDAY_TABLE_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names each day after its holiday, and each cuti bersama after the holiday it bridges', () => {
    const name = (date: string) =>
      HOLIDAY_TABLE.flatMap((y) => y.entries).find((e) => e.date === date)?.name.id ?? '';
    expect(name('2026-03-19')).toContain('Nyepi');
    expect(name('2026-03-21')).toContain('Idulfitri');
    expect(name('2026-03-20')).toMatch(/^Cuti Bersama .*Idulfitri/);
    expect(name('2026-03-18')).toMatch(/^Cuti Bersama .*Nyepi/);
    expect(name('2025-08-18')).toMatch(/^Cuti Bersama .*Kemerdekaan/);
    expect(name('2024-03-31')).toContain('Paskah');
    expect(name('2024-12-26')).toMatch(/^Cuti Bersama .*Natal/);
    for (const e of HOLIDAY_TABLE.flatMap((y) => y.entries)) expect(e.name.en.length).toBeGreaterThan(3);
  });

  it('never puts cuti bersama or a Keppres day on a weekend', () => {
    for (const e of HOLIDAY_TABLE.flatMap((y) => y.entries)) {
      if (e.kind !== 'libur_nasional') expect([0, 6]).not.toContain(utcWeekday(e.date));
    }
  });
});

describe('working days (default calendar)', () => {
  it('skips Nyepi, Idulfitri and their cuti bersama in March 2026', () => {
    expect(addWorkingDays('2026-03-16', 5)).toBe('2026-03-30');
    expect(countWorkingDays('2026-03-16', '2026-03-30')).toBe(5);
    for (const d of ['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24']) {
      expect(isWorkingDay(d)).toBe(false);
    }
    expect(isWorkingDay('2026-03-17')).toBe(true);
    expect(isWorkingDay('2026-03-25')).toBe(true);
    expect(addWorkingDays('2026-03-30', -5)).toBe('2026-03-16');
    expect(countWorkingDays('2026-03-30', '2026-03-16')).toBe(-5);
  });

  it('treats 18 August 2025 (cuti bersama added mid-year) and election days as days off', () => {
    expect(isWorkingDay('2025-08-18')).toBe(false);
    expect(isWorkingDay('2025-08-19')).toBe(true);
    expect(isWorkingDay('2024-02-14')).toBe(false);
    expect(isWorkingDay('2024-11-27')).toBe(false);
  });

  it('treats Saturday and Sunday as days off, and Monday to Friday as working otherwise', () => {
    expect(isWorkingDay('2026-03-14')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-15')).toBe(false); // Sunday
    expect(isWorkingDay('2026-03-13')).toBe(true); // Friday
    expect(addWorkingDays('2026-03-14', 1)).toBe('2026-03-16'); // from Saturday to Monday
    expect(addWorkingDays('2026-03-16', -1)).toBe('2026-03-13');
    expect(addWorkingDays('2026-03-14', -1)).toBe('2026-03-13');
  });

  it('returns the same date for n = 0, working day or not', () => {
    expect(addWorkingDays('2026-03-19', 0)).toBe('2026-03-19');
    expect(countWorkingDays('2026-03-19', '2026-03-19')).toBe(0);
  });

  it('reads instants in WITA', () => {
    // 16:30 UTC on Sunday 15 March is already Monday 16 March 00:30 WITA.
    expect(isWorkingDay('2026-03-15T16:30:00Z')).toBe(true);
    expect(createHolidayCalendar({ zone: 'WIB' }).isWorkingDay('2026-03-15T16:30:00Z')).toBe(false);
    expect(isWorkingDay(new Date('2026-03-15T16:30:00Z'))).toBe(true);
  });

  it('inverts: countWorkingDays(d, addWorkingDays(d, n)) === n', () => {
    const start = Date.UTC(2024, 0, 1);
    const end = Date.UTC(2026, 11, 31);
    const day = fc.integer({ min: 0, max: (end - start) / 86_400_000 }).map((i) => addDays('2024-01-01', i));
    const calendars = [
      createHolidayCalendar(),
      createHolidayCalendar({ cutiBersamaIsOff: false, saturdayWorking: true }),
    ];
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), fc.boolean(), fc.nat(1), (d, n, back, which) => {
        const calendar = calendars[which]!;
        const signed = back && n > 0 ? -n : n;
        let target: string;
        try {
          target = calendar.addWorkingDays(d, signed);
        } catch (error) {
          // Only a walk that leaves 2024–2026 may fail, and only with the typed error.
          expect(error).toBeInstanceOf(CalendarYearNotDecreedError);
          expect([2023, 2027]).toContain((error as CalendarYearNotDecreedError).year);
          return;
        }
        expect(calendar.countWorkingDays(d, target)).toBe(signed);
        if (n > 0) expect(calendar.isWorkingDay(target)).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it('agrees with a day-by-day recount using the platform weekday and the listed SKB dates', () => {
    const off = new Set(
      Object.entries(SKB).flatMap(([y, l]) =>
        [l.libur, l.cuti, l.keppres].flatMap((s) => dates(Number(y), s)),
      ),
    );
    const recount = (from: string, to: string) => {
      let n = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
        if (![0, 6].includes(utcWeekday(d)) && !off.has(d)) n++;
      }
      return n;
    };
    expect(countWorkingDays('2023-12-31', '2024-12-31')).toBe(recount('2023-12-31', '2024-12-31'));
    expect(countWorkingDays('2024-12-31', '2025-12-31')).toBe(recount('2024-12-31', '2025-12-31'));
    expect(countWorkingDays('2025-12-31', '2026-12-31')).toBe(recount('2025-12-31', '2026-12-31'));
  });

  it('gives the same answer as createHolidayCalendar() on every day of 2024–2026', () => {
    // The default functions read the table's dates directly; the calendar reads its entries.
    const calendar = createHolidayCalendar();
    for (let d = '2024-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      expect(isWorkingDay(d)).toBe(calendar.isWorkingDay(d));
    }
  });

  it('adds 60 working days quickly enough for per-request use', () => {
    const calendar = createHolidayCalendar();
    let d = '2024-01-02';
    for (let i = 0; i < 2_000; i++) d = calendar.addWorkingDays('2024-01-02', 60);
    expect(d).toBe(calendar.addWorkingDays('2024-01-02', 60));
  });
});

describe('undecreed years', () => {
  it('throws CalendarYearNotDecreedError for 2027, with a bilingual message and the year', () => {
    const error = (() => {
      try {
        isWorkingDay('2027-01-04');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CalendarYearNotDecreedError);
    expect(error).toBeInstanceOf(OpenGovError);
    const typed = error as CalendarYearNotDecreedError;
    expect(typed.code).toBe('calendar_year_not_decreed');
    expect(typed.year).toBe(2027);
    expect(typed.name).toBe('CalendarYearNotDecreedError');
    expect(typed.messages?.id).toContain('2027');
    expect(typed.toJSON()).toMatchObject({ code: 'calendar_year_not_decreed', year: 2027 });
    expect(() => addWorkingDays('2026-12-30', 5)).toThrow(CalendarYearNotDecreedError);
    expect(() => createHolidayCalendar().holidaysIn(2027)).toThrow(CalendarYearNotDecreedError);
  });

  it('falls back to Monday–Friday with weekendFallback', () => {
    const calendar = createHolidayCalendar({ weekendFallback: true });
    expect(calendar.isWorkingDay('2027-01-01')).toBe(true); // a Friday, no decree yet
    expect(calendar.isWorkingDay('2027-01-02')).toBe(false);
    expect(calendar.addWorkingDays('2026-12-30', 5)).toBe('2027-01-06');
    expect(calendar.holidaysIn(2027)).toEqual([]);
    // Decreed years keep their holidays.
    expect(calendar.isWorkingDay('2026-12-24')).toBe(false);
  });

  it('becomes decreed with addYear, leaving the original calendar unchanged', () => {
    const base = createHolidayCalendar();
    const y2027: HolidayYear = {
      year: 2027,
      decrees: ['SKB uji'],
      entries: [
        {
          date: '2027-01-01',
          name: { id: 'Tahun Baru 2027 Masehi', en: "New Year's Day 2027" },
          kind: 'libur_nasional',
          decree: 'SKB uji',
        },
      ],
    };
    const next = base.addYear(y2027);
    expect(next.decreedYears).toEqual([2024, 2025, 2026, 2027]);
    expect(next.isWorkingDay('2027-01-01')).toBe(false);
    expect(next.isWorkingDay('2027-01-04')).toBe(true);
    expect(next.yearInfo(2027)?.decrees).toEqual(['SKB uji']);
    expect(() => base.isWorkingDay('2027-01-04')).toThrow(CalendarYearNotDecreedError);
    expect(createHolidayCalendar({ years: [y2027] }).isWorkingDay('2027-01-01')).toBe(false);
    expect(() => base.addYear({ ...y2027, year: 2028 })).toThrow(ValidationError);
  });
});

describe('run-time patches', () => {
  const regional: HolidayEntry = {
    date: '2026-03-25',
    name: { id: 'Libur daerah uji', en: 'Test regional day off' },
    kind: 'libur_daerah',
    decree: 'Keputusan Bupati uji',
  };

  it('adds a regional holiday', () => {
    const base = createHolidayCalendar();
    const patched = base.addHoliday(regional);
    expect(patched.isWorkingDay('2026-03-25')).toBe(false);
    expect(patched.addWorkingDays('2026-03-16', 5)).toBe('2026-03-31');
    expect(patched.holidayOn('2026-03-25')).toEqual(regional);
    expect(patched.holidaysIn(2026)).toHaveLength(26);
    // Immutable: the original is unchanged.
    expect(base.isWorkingDay('2026-03-25')).toBe(true);
    expect(base.addWorkingDays('2026-03-16', 5)).toBe('2026-03-30');
    expect(createHolidayCalendar({ patches: { add: [regional] } }).isWorkingDay('2026-03-25')).toBe(false);
  });

  it('removes a holiday, by date or by kind', () => {
    const base = createHolidayCalendar();
    const removed = base.removeHoliday('2026-03-18');
    expect(removed.isWorkingDay('2026-03-18')).toBe(true);
    expect(removed.addWorkingDays('2026-03-16', 5)).toBe('2026-03-27');
    expect(removed.holidayOn('2026-03-18')).toBeUndefined();
    expect(base.removeHoliday('2026-03-18', 'libur_nasional').isWorkingDay('2026-03-18')).toBe(false);
    expect(
      createHolidayCalendar({ patches: { remove: [{ date: '2026-03-18' }] } }).isWorkingDay('2026-03-18'),
    ).toBe(true);
  });

  it('makes cuti bersama and Saturdays optional', () => {
    const privateSector = createHolidayCalendar({ cutiBersamaIsOff: false });
    expect(privateSector.isWorkingDay('2026-03-18')).toBe(true);
    expect(privateSector.isWorkingDay('2026-03-19')).toBe(false);
    expect(privateSector.holidayOn('2026-03-18')?.kind).toBe('cuti_bersama');
    const sixDay = createHolidayCalendar({ saturdayWorking: true });
    expect(sixDay.isWorkingDay('2026-03-14')).toBe(true);
    expect(sixDay.isWorkingDay('2026-03-21')).toBe(false); // Idulfitri on a Saturday
    expect(sixDay.isWorkingDay('2026-03-15')).toBe(false);
  });

  it('validates patch entries with bilingual messages', () => {
    const base = createHolidayCalendar();
    expect(() => base.addHoliday({ ...regional, date: '2026-02-30' })).toThrow(ValidationError);
    expect(() => base.addHoliday({ ...regional, kind: 'libur' as never })).toThrow(ValidationError);
    try {
      base.addHoliday({ ...regional, date: '2026-02-30' });
    } catch (error) {
      const issue = (error as ValidationError).issues[0];
      expect(issue?.field).toBe('date');
      expect(issue?.message.id).toContain('tanggal');
    }
  });

  it('finds the next working day', () => {
    const calendar = createHolidayCalendar();
    expect(calendar.nextWorkingDay('2026-03-17')).toBe('2026-03-25');
    expect(calendar.nextWorkingDay('2026-03-25', { includeSelf: true })).toBe('2026-03-25');
    expect(calendar.nextWorkingDay('2026-03-21', { includeSelf: true })).toBe('2026-03-25');
  });
});

describe('inputs', () => {
  it('rejects garbage with a typed error, never anything else', () => {
    expect(() => isWorkingDay('16-03-2026')).toThrow(ValidationError);
    expect(() => isWorkingDay('2026-02-29')).toThrow(ValidationError);
    expect(() => addWorkingDays('2026-03-16', 1.5)).toThrow(ValidationError);
    expect(() => createHolidayCalendar({ zone: 'Mars/Olympus' })).toThrow(ValidationError);
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.date({ noInvalidDate: false }), fc.anything()),
        fc.integer(),
        (input, n) => {
          try {
            const result = addWorkingDays(input as string, n % 30);
            expect(isLocalDate(result)).toBe(true);
          } catch (error) {
            expect(isOpenGovError(error)).toBe(true);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('never echoes the input in an error', () => {
    const nik = '5207024507050001';
    try {
      isWorkingDay(nik);
      expect.unreachable();
    } catch (error) {
      expect(JSON.stringify((error as ValidationError).toJSON())).not.toContain(nik);
      expect(String(error)).not.toContain(nik);
    }
  });
});

describe('date arithmetic', () => {
  it('works in whole UTC days whatever the host zone', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-16', '2026-03-30')).toBe(14);
    expect(dayOfWeek('2026-03-16')).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (i) => {
        const d = addDays('1970-01-01', i);
        expect(d).toBe(new Date(i * 86_400_000).toISOString().slice(0, 10));
        expect(dayOfWeek(d)).toBe(new Date(i * 86_400_000).getUTCDay());
        expect(daysBetween('1970-01-01', d)).toBe(i);
      }),
    );
  });

  it('validates LocalDate and LocalTime with bilingual messages', () => {
    expect(LocalDate.parse('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2026-13-01', '2026-3-1', '2026-03-16T00:00', '', '0000-01-01']) {
      expect(LocalDate.safeParse(bad).success).toBe(false);
    }
    try {
      parseWith(LocalDate, '2025-02-29');
    } catch (error) {
      expect((error as ValidationError).issues[0]?.message).toEqual({
        id: 'Kolom `(root)`: Harus tanggal yang valid dalam format YYYY-MM-DD.',
        en: 'Field `(root)`: Must be a real calendar date in YYYY-MM-DD format.',
      });
    }
    expect(LocalTime.parse('23:59')).toBe('23:59');
    for (const bad of ['24:00', '7:30', '07:60', '07:30:00'])
      expect(LocalTime.safeParse(bad).success).toBe(false);
  });
});

describe('time zones', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('maps WIB, WITA and WIT to their IANA names', () => {
    expect(TIME_ZONES).toEqual({ WIB: 'Asia/Jakarta', WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura' });
  });

  it('puts 16:30 UTC on 16 March 2026 on the 17th in WITA and still on the 16th in WIB', () => {
    const instant = '2026-03-16T16:30:00Z';
    expect(toLocalDate(instant)).toBe('2026-03-17');
    expect(toLocalDate(instant, 'WITA')).toBe('2026-03-17');
    expect(toLocalDate(instant, 'WIB')).toBe('2026-03-16');
    expect(toZonedIso(instant, 'WIB')).toBe('2026-03-16T23:30:00+07:00');
    expect(toZonedIso(instant)).toBe('2026-03-17T00:30:00+08:00');
    expect(toZonedIso(instant, 'WIT')).toBe('2026-03-17T01:30:00+09:00');
    expect(toZonedIso(new Date(instant), 'Asia/Makassar')).toBe('2026-03-17T00:30:00+08:00');
    expect(toZonedIso('2026-03-17T00:30:00.250+08:00', 'UTC')).toBe('2026-03-16T16:30:00.250+00:00');
  });

  it("gives today's date in the zone", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-16T16:30:00Z'));
    expect(today()).toBe('2026-03-17');
    expect(today('WIB')).toBe('2026-03-16');
    expect(createHolidayCalendar().today()).toBe('2026-03-17');
  });

  it('turns a local date and time into an instant with the zone offset', () => {
    expect(zonedDateTimeToInstant('2026-03-16', '08:00')).toBe('2026-03-16T08:00:00+08:00');
    expect(zonedDateTimeToInstant('2026-03-19', '19:30', 'WIB')).toBe('2026-03-19T19:30:00+07:00');
    expect(zonedDateTimeToInstant('2026-03-19', '00:15', 'WIT')).toBe('2026-03-19T00:15:00+09:00');
    expect(new Date(zonedDateTimeToInstant('2026-03-16', '08:00')).toISOString()).toBe(
      '2026-03-16T00:00:00.000Z',
    );
    expect(() => zonedDateTimeToInstant('2026-03-16', '8:00')).toThrow(ValidationError);
    expect(() => zonedDateTimeToInstant('2026-03-32', '08:00')).toThrow(ValidationError);
  });

  it('refuses instants without an offset and unknown zones', () => {
    expect(() => toLocalDate('2026-03-16T16:30:00')).toThrow(ValidationError);
    expect(() => toLocalDate(new Date(Number.NaN))).toThrow(ValidationError);
    expect(() => toLocalDate('2026-03-16T16:30:00Z', 'XYZ')).toThrow(ValidationError);
  });

  it('agrees with @date-fns/tz on random instants in all three zones', () => {
    const ms = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(
        ms,
        fc.constantFrom('WIB', 'WITA', 'WIT') as fc.Arbitrary<keyof typeof TIME_ZONES>,
        (t, zone) => {
          const oracle = new TZDate(t, TIME_ZONES[zone]).toISOString().replace(/\.000(?=[+-])/, '');
          expect(toZonedIso(new Date(t), zone)).toBe(oracle);
          const [date, clock] = [oracle.slice(0, 10), oracle.slice(11, 16)];
          const back = zonedDateTimeToInstant(date, clock, zone);
          expect(back).toBe(`${date}T${clock}:00${oracle.slice(-6)}`);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
