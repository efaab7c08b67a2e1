import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CalendarYearNotDecreedError,
  createHolidayCalendar,
  getRegion,
  listChildren,
  loadProvince,
  ValidationError,
} from '@opengov-id/core';
import {
  ForumSeries,
  type ForumSeriesInput,
  KSB_ZONES,
  ksbYasinanSeries,
  type ScheduledSession,
  upcomingSessions,
} from '../src/index.js';

const ROTATION = { anchorDate: '2026-01-08', order: ['I', 'II', 'III', 'IV'] };
const rotating = (overrides: Partial<ForumSeriesInput> = {}) =>
  ksbYasinanSeries({ rotation: ROTATION, ...overrides });

/** Every regular date of 2026 (53 Thursdays: 2026 starts and ends on a Thursday). */
const year2026 = (series: ForumSeriesInput): ScheduledSession[] =>
  // From Monday 29 December 2025, so a 1 January session moved earlier is still returned.
  upcomingSessions(series, { from: '2025-12-29', until: '2026-12-31', includeSkipped: true }).filter(
    (s) => s.regularDate >= '2026-01-01',
  );

// SKB 3 Menteri 1497/2025, 2/2025, 5/2025 (via core's table): the Thursdays of 2026 that are a
// libur nasional (1 Jan Tahun Baru, 19 Mar Nyepi, 14 May Kenaikan) or cuti bersama (28 May
// Iduladha, 24 Dec Natal).
const THURSDAY_DAYS_OFF_2026 = ['2026-01-01', '2026-03-19', '2026-05-14', '2026-05-28', '2026-12-24'];

describe('KSB zones (Keputusan Bupati 414.2/58/DPMD/X/2018)', () => {
  beforeAll(() => loadProvince('52'));

  it('names real kecamatan of Kabupaten Sumbawa Barat, each in exactly one zone', () => {
    const names = KSB_ZONES.zones.map((zone) => zone.kecamatanCodes.map((code) => getRegion(code)?.name));
    // The decree's grouping: I Seteluk + Poto Tano; II Brang Rea + Brang Ene; III Taliwang; IV Jereweh + Maluk + Sekongkang.
    expect(names).toEqual([
      ['Seteluk', 'Poto Tano'],
      ['Brang Rea', 'Brang Ene'],
      ['Taliwang'],
      ['Jereweh', 'Maluk', 'Sekongkang'],
    ]);
    const all = KSB_ZONES.zones.flatMap((zone) => zone.kecamatanCodes).sort();
    expect(all).toEqual(
      listChildren('52.07')
        .map((k) => k.code)
        .sort(),
    );
    expect(all).toHaveLength(8);
  });

  it('refuses zones outside the regency, overlapping zones and rotations naming unknown zones', () => {
    const bad = (overrides: Partial<ForumSeriesInput>) => {
      const result = ForumSeries.safeParse({ ...rotating(), ...overrides });
      expect(result.success).toBe(false);
      return result.error?.issues.map((i) => i.path.join('.'));
    };
    expect(
      bad({ zones: { ...KSB_ZONES, zones: [{ id: 'I', name: 'x', kecamatanCodes: ['52.04.01'] }] } }),
    ).toContain('zones.zones.0.kecamatanCodes.0');
    expect(
      bad({
        zones: {
          ...KSB_ZONES,
          zones: [
            { id: 'I', name: 'a', kecamatanCodes: ['52.07.01'] },
            { id: 'II', name: 'b', kecamatanCodes: ['52.07.01'] },
          ],
        },
      }),
    ).toContain('zones.zones.1.kecamatanCodes.0');
    expect(bad({ rotation: { anchorDate: '2026-01-08', order: ['I', 'V'] } })).toContain('rotation.order.1');
    // 2026-01-09 is a Friday, not the series' Thursday.
    expect(bad({ rotation: { anchorDate: '2026-01-09', order: ['I'] } })).toContain('rotation.anchorDate');
    expect(() =>
      ksbYasinanSeries({ regularLevel: 'zona', rotation: undefined, hostAreaCode: undefined }),
    ).toThrow(ValidationError);
  });
});

describe('upcomingSessions: malam Jumat in WITA', () => {
  it('starts on the Thursday evening, 19:00 WITA, as an instant with the +08:00 offset', () => {
    const [first] = upcomingSessions(rotating(), { from: '2026-01-05', count: 1 });
    expect(first).toMatchObject({
      regularDate: '2026-01-08',
      date: '2026-01-08',
      startsAt: '2026-01-08T19:00:00+08:00',
      endsAt: '2026-01-08T22:00:00+08:00',
      level: 'zona',
      zoneId: 'I',
      areaCodes: ['52.07.03', '52.07.06'],
      adjustment: 'none',
    });
    // 19:00 WITA is 11:00 UTC.
    expect(Date.parse(first!.startsAt)).toBe(Date.UTC(2026, 0, 8, 11, 0));
  });

  it('does the arithmetic in the series zone: the same series in WIB starts at +07:00', () => {
    const [first] = upcomingSessions(rotating({ timeZone: 'WIB' }), { from: '2026-01-05', count: 1 });
    expect(first?.startsAt).toBe('2026-01-08T19:00:00+07:00');
  });

  it('reads an instant `from` in the series zone: a session that has started is not upcoming', () => {
    // 2026-01-08T12:00Z is 20:00 WITA on Thursday: that evening's session began an hour ago.
    const [next] = upcomingSessions(rotating(), { from: '2026-01-08T12:00:00Z', count: 1 });
    expect(next?.date).toBe('2026-01-15');
    // 10:59 UTC is 18:59 WITA: still upcoming.
    const [same] = upcomingSessions(rotating(), { from: '2026-01-08T10:59:00Z', count: 1 });
    expect(same?.date).toBe('2026-01-08');
  });

  it('defaults to a kabupaten-level series hosted in Taliwang', () => {
    const [first] = upcomingSessions(ksbYasinanSeries(), { from: '2026-06-01', count: 1 });
    expect(first).toMatchObject({ level: 'kabupaten', areaCodes: ['52.07.02'], date: '2026-06-04' });
    expect(first).not.toHaveProperty('zoneId');
  });
});

describe('upcomingSessions: days off in 2026 follow the series rule', () => {
  it('skip: exactly the Thursdays that are libur nasional or cuti bersama are skipped', () => {
    const all = year2026(rotating({ holidayRule: 'skip' }));
    expect(all).toHaveLength(53);
    const skipped = all.filter((s) => s.adjustment === 'skipped');
    expect(skipped.map((s) => s.regularDate)).toEqual(THURSDAY_DAYS_OFF_2026);
    expect(skipped.map((s) => s.holiday?.kind)).toEqual([
      'libur_nasional',
      'libur_nasional',
      'libur_nasional',
      'cuti_bersama',
      'cuti_bersama',
    ]);
    // Without includeSkipped, they are left out and the count is of held sessions.
    const held = upcomingSessions(rotating(), { from: '2026-01-01', count: 48 });
    expect(held.at(-1)?.date).toBe('2026-12-31');
    expect(held.every((s) => s.adjustment === 'none')).toBe(true);
  });

  it('move_earlier: to the nearest earlier working day (18 Mar is cuti bersama, so Nyepi moves to the 17th)', () => {
    const moved = year2026(rotating({ holidayRule: 'move_earlier' })).filter((s) => s.adjustment === 'moved');
    expect(moved.map((s) => [s.regularDate, s.date])).toEqual([
      ['2026-01-01', '2025-12-31'],
      ['2026-03-19', '2026-03-17'],
      ['2026-05-14', '2026-05-13'],
      ['2026-05-28', '2026-05-26'],
      ['2026-12-24', '2026-12-23'],
    ]);
    expect(moved[1]?.startsAt).toBe('2026-03-17T19:00:00+08:00');
  });

  it('move_later: to the nearest later working day (Nyepi and the Idulfitri leave push it to 25 Mar)', () => {
    const moved = year2026(rotating({ holidayRule: 'move_later' })).filter((s) => s.adjustment === 'moved');
    expect(moved.map((s) => [s.regularDate, s.date])).toEqual([
      ['2026-01-01', '2026-01-02'],
      ['2026-03-19', '2026-03-25'],
      ['2026-05-14', '2026-05-18'],
      ['2026-05-28', '2026-05-29'],
      ['2026-12-24', '2026-12-28'],
    ]);
  });

  it('a move that finds no working day before the neighbouring regular date becomes a skip', () => {
    // A regional week off (libur daerah) Friday 20 to Wednesday 25 March, after Nyepi.
    const calendar = createHolidayCalendar({
      patches: {
        add: ['2026-03-25'].map((date) => ({
          date,
          name: { id: 'Libur daerah', en: 'Regional day off' },
          kind: 'libur_daerah' as const,
          decree: 'Keputusan Bupati (contoh)',
        })),
      },
    });
    const [session] = upcomingSessions(rotating({ holidayRule: 'move_later' }), {
      from: '2026-03-19',
      count: 1,
      calendar,
      includeSkipped: true,
    });
    expect(session).toMatchObject({ regularDate: '2026-03-19', adjustment: 'skipped' });
  });

  it('hold: the session stays on the day off and says so', () => {
    const [held] = upcomingSessions(rotating({ holidayRule: 'hold' }), { from: '2026-03-19', count: 1 });
    expect(held).toMatchObject({ date: '2026-03-19', adjustment: 'held_on_holiday' });
    expect(held?.holiday?.name.id).toContain('Nyepi');
  });

  it('cuti bersama can be ignored by the series (includeCutiBersama: false)', () => {
    const skipped = year2026(rotating({ includeCutiBersama: false })).filter(
      (s) => s.adjustment === 'skipped',
    );
    expect(skipped.map((s) => s.regularDate)).toEqual(['2026-01-01', '2026-03-19', '2026-05-14']);
  });

  it('a regional day off added to the calendar is honoured', () => {
    const calendar = createHolidayCalendar({
      patches: {
        add: [
          {
            date: '2026-11-19',
            name: { id: 'Hari Jadi KSB (contoh)', en: 'KSB anniversary (example)' },
            kind: 'libur_daerah',
            decree: 'Keputusan Bupati (contoh)',
          },
        ],
      },
    });
    const [s] = upcomingSessions(rotating(), { from: '2026-11-16', count: 1, calendar });
    expect(s?.date).toBe('2026-11-26');
  });
});

describe('upcomingSessions: zone rotation over a year', () => {
  it('per_session: each held session goes to the next zone; 48 held sessions give 12 per zone', () => {
    const held = year2026(rotating()).filter((s) => s.adjustment !== 'skipped');
    expect(held).toHaveLength(48);
    held.forEach((s, i) => {
      expect(s.zoneId).toBe(ROTATION.order[i % 4]);
    });
    const perZone = new Map<string, number>();
    for (const s of held) perZone.set(s.zoneId ?? '', (perZone.get(s.zoneId ?? '') ?? 0) + 1);
    expect([...perZone]).toEqual([
      ['I', 12],
      ['II', 12],
      ['III', 12],
      ['IV', 12],
    ]);
    // After Nyepi is skipped, Zona III keeps its turn on 26 March.
    expect(held.find((s) => s.date === '2026-03-26')?.zoneId).toBe('III');
  });

  it('per_week: the zone follows the week number; a skipped week loses its turn', () => {
    const all = year2026(rotating({ rotation: { ...ROTATION, advance: 'per_week' } }));
    all.forEach((s, i) => {
      // 2026-01-01 is one week before the anchor, so its week index is -1 → zone IV.
      expect(s.zoneId).toBe(ROTATION.order[(i + 3) % 4]);
    });
    expect(all.find((s) => s.regularDate === '2026-03-26')?.zoneId).toBe('IV');
  });

  it('gives the same zone to the same date whatever `from` is', () => {
    const reference = new Map(year2026(rotating()).map((s) => [s.regularDate, s.zoneId]));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 8 }), (offset, count) => {
        const from = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        for (const s of upcomingSessions(rotating(), { from, count, includeSkipped: true }))
          if (reference.has(s.regularDate)) expect(s.zoneId).toBe(reference.get(s.regularDate));
      }),
      { numRuns: 200 },
    );
  });

  it('counts turns backwards from the anchor as well (four held sessions before it: IV is the one just before)', () => {
    const late = rotating({ rotation: { ...ROTATION, anchorDate: '2026-07-02' } });
    const sessions = upcomingSessions(late, { from: '2026-06-01', count: 6 });
    expect(sessions.map((s) => [s.date, s.zoneId])).toEqual([
      ['2026-06-04', 'I'],
      ['2026-06-11', 'II'],
      ['2026-06-18', 'III'],
      ['2026-06-25', 'IV'],
      ['2026-07-02', 'I'],
      ['2026-07-09', 'II'],
    ]);
  });
});

describe('upcomingSessions: bounds and errors', () => {
  it('respects startDate and endDate of the series', () => {
    const s = rotating({ startDate: '2026-02-01', endDate: '2026-02-28' });
    const sessions = upcomingSessions(s, { from: '2026-01-01', count: 10 });
    expect(sessions.map((x) => x.date)).toEqual(['2026-02-05', '2026-02-12', '2026-02-19', '2026-02-26']);
  });

  it('says a year is not decreed instead of guessing, unless the calendar allows a fallback', () => {
    expect(() => upcomingSessions(rotating(), { from: '2026-12-20', count: 3 })).toThrow(
      CalendarYearNotDecreedError,
    );
    const calendar = createHolidayCalendar({ weekendFallback: true });
    const sessions = upcomingSessions(rotating(), { from: '2026-12-20', count: 3, calendar });
    expect(sessions.map((s) => s.date)).toEqual(['2026-12-31', '2027-01-07', '2027-01-14']);
  });

  it('refuses a bad count, a bad from and a bad series with bilingual errors naming the field', () => {
    const fieldOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        const issue = (error as ValidationError).issues[0];
        expect(issue?.message.id).toBeTruthy();
        return issue?.field;
      }
      throw new Error('expected a ValidationError');
    };
    expect(fieldOf(() => upcomingSessions(rotating(), { from: '2026-01-01', count: 0 }))).toBe('count');
    expect(fieldOf(() => upcomingSessions(rotating(), { from: '2026-02-30', count: 1 }))).toBe('from');
    expect(fieldOf(() => upcomingSessions(rotating(), { from: '2026-01-08T19:00:00', count: 1 }))).toBe(
      'from',
    );
    expect(
      fieldOf(() =>
        upcomingSessions({ ...rotating(), timeZone: 'Mars/Olympus' }, { from: '2026-01-01', count: 1 }),
      ),
    ).toBe('timeZone');
  });
});
