import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '@opengov-id/core';
import {
  type ForumSession,
  ForumSession as ForumSessionSchema,
  ksbYasinanSeries,
  toICalendar,
  upcomingSessions,
} from '../src/index.js';

const series = ksbYasinanSeries({
  rotation: { anchorDate: '2026-01-08', order: ['I', 'II', 'III', 'IV'] },
  holidayRule: 'move_earlier',
});
const GENERATED = '2026-03-01T00:00:00Z';

function parse(ics: string) {
  const root = new ICAL.Component(ICAL.parse(ics));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { root, events: root.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)) };
}

describe('toICalendar (RFC 5545)', () => {
  const sessions = upcomingSessions(series, { from: '2026-03-09', count: 4 });
  const ics = toICalendar(sessions, {
    calendarName: 'Forum YASINAN KSB',
    title: 'Forum YASINAN',
    generatedAt: GENERATED,
  });

  it('imports into ical.js with the right instants in TZID form', () => {
    const { root, events } = parse(ics);
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Forum YASINAN KSB');
    expect(events).toHaveLength(4);
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(
      sessions.map((s) => new Date(s.startsAt).toISOString()),
    );
    expect(events[0]?.startDate.zone?.tzid).toBe('Asia/Makassar');
    // 12 March 19:00 WITA = 11:00 UTC.
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2026-03-12T11:00:00.000Z');
    expect(events[0]?.summary).toBe('Forum YASINAN – Zona II (Brang Rea, Brang Ene)');
    // Nyepi (Thursday 19 March) moved earlier to Tuesday 17 March (18 March is cuti bersama).
    expect(events[1]?.startDate.toJSDate().toISOString()).toBe('2026-03-17T11:00:00.000Z');
    expect(events[1]?.description).toContain('Dipindah dari 2026-03-19 (Hari Suci Nyepi');
    expect(events[1]?.uid).toBe('ksb-yasinan-2026-03-19@forum.opengov-id');
    expect(events.map((e) => e.component.getFirstPropertyValue('status'))).toEqual([
      'TENTATIVE',
      'TENTATIVE',
      'TENTATIVE',
      'TENTATIVE',
    ]);
    expect(ics).toContain('DTSTART;TZID=Asia/Makassar:20260312T190000\r\n');
    expect(ics).toContain('TZOFFSETTO:+0800\r\nTZNAME:WITA');
    expect(ics).toContain('DTSTAMP:20260301T000000Z');
  });

  it('writes UTC times on request', () => {
    const utc = toICalendar(sessions, { timeFormat: 'utc', generatedAt: GENERATED });
    expect(utc).not.toContain('VTIMEZONE');
    expect(utc).toContain('DTSTART:20260312T110000Z\r\n');
    const { events } = parse(utc);
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe('2026-03-12T11:00:00.000Z');
    expect(events[0]?.startDate.zone?.tzid).toBe('UTC');
  });

  it('ends lines in CRLF, folds at 75 octets without splitting UTF-8, and escapes TEXT', () => {
    const stored: ForumSession = ForumSessionSchema.parse({
      id: 'yasinan-2026-01-08',
      seriesId: 'ksb-yasinan',
      name: 'Forum YASINAN; Zona I, “Seteluk & Poto Tano” — malam Jumat\\Kamis',
      level: 'zona',
      zoneId: 'I',
      startsAt: '2026-01-08T19:00:00+08:00',
      endsAt: '2026-01-08T22:00:00+08:00',
      status: 'cancelled',
      venue: {
        name: 'Aula Kantor Camat Seteluk',
        address: 'Jl. Raya Seteluk, Desa Seteluk Tengah, Kecamatan Seteluk, Kabupaten Sumbawa Barat',
      },
      agenda: Array.from({ length: 6 }, (_, i) => ({
        position: i + 1,
        kind: 'opd_report',
        title: `Paparan program ketahanan pangan, irigasi dan jalan usaha tani — bagian ${i + 1} ✓`,
      })),
    });
    const out = toICalendar([stored], { generatedAt: GENERATED });
    expect(out.endsWith('\r\n')).toBe(true);
    const lines = out.slice(0, -2).split('\r\n');
    for (const line of lines) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\n');
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    const unfolded = out.replace(/\r\n /g, '');
    expect(unfolded).toContain(
      'SUMMARY:Forum YASINAN\\; Zona I\\, “Seteluk & Poto Tano” — malam Jumat\\\\Kamis\r\n',
    );
    const { events } = parse(out);
    expect(events[0]?.summary).toBe(stored.name);
    expect(events[0]?.location).toBe(`${stored.venue?.name}, ${stored.venue?.address}`);
    expect(events[0]?.description).toBe(stored.agenda.map((a) => `${a.position}. ${a.title}`).join('\n'));
    expect(events[0]?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('marks skipped dates as cancelled events', () => {
    const skipping = upcomingSessions(ksbYasinanSeries(), {
      from: '2026-03-16',
      count: 1,
      includeSkipped: true,
    });
    const { events } = parse(toICalendar(skipping, { generatedAt: GENERATED }));
    expect(events.map((e) => e.component.getFirstPropertyValue('status'))).toEqual([
      'CANCELLED',
      'TENTATIVE',
    ]);
    expect(events[0]?.description).toContain('Ditiadakan: Hari Suci Nyepi');
  });

  it('refuses TZID output for a zone with daylight saving time', () => {
    expect(() =>
      toICalendar(upcomingSessions(series, { from: '2026-03-09', count: 1 }), {
        timeZone: 'Europe/Amsterdam',
      }),
    ).toThrow(ValidationError);
  });
});
