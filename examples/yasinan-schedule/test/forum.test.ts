import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHolidayCalendar, dayOfWeek } from '@opengov-id/core';
import { toICalendar } from '@opengov-id/forum';
import { describe, expect, it } from 'vitest';
import { type ForumResult, runForum } from '../src/forum.js';
import { SAMPLE_ASPIRATIONS } from '../src/samples.js';

const run = (over: Partial<Parameters<typeof runForum>[0]> = {}): Promise<ForumResult> =>
  runForum({
    from: '2026-03-01',
    count: 8,
    asOf: '2026-02-27',
    generatedAt: '2026-02-27T08:00:00+08:00',
    ...over,
  });

describe('the schedule', () => {
  it('gives the Thursdays of March and April 2026 in zone order, moving Nyepi earlier', async () => {
    const { upcoming } = await run();
    expect(upcoming.map((s) => [s.date, s.zoneId])).toEqual([
      ['2026-03-05', 'I'],
      ['2026-03-12', 'II'],
      // 19 March is Nyepi and 18 March cuti bersama (SKB 1497/2025, 2/2025, 5/2025): Tuesday 17th.
      ['2026-03-17', 'III'],
      ['2026-03-26', 'IV'],
      ['2026-04-02', 'I'],
      ['2026-04-09', 'II'],
      ['2026-04-16', 'III'],
      ['2026-04-23', 'IV'],
    ]);
    const calendar = createHolidayCalendar();
    for (const s of upcoming) {
      expect(dayOfWeek(s.regularDate), s.regularDate).toBe(4); // Thursday: malam Jumat
      expect(s.startsAt).toBe(`${s.date}T19:00:00+08:00`);
      expect(calendar.isWorkingDay(s.date) || s.date === s.regularDate, s.date).toBe(true);
    }
    const moved = upcoming[2];
    expect(moved).toMatchObject({
      regularDate: '2026-03-19',
      adjustment: 'moved',
      holiday: { kind: 'libur_nasional' },
    });
    expect(calendar.holidayOn('2026-03-18')?.kind).toBe('cuti_bersama');
    // The zone of a date does not depend on where the listing starts.
    const later = await run({ from: '2026-03-13', count: 1 });
    expect(later.upcoming[0]).toMatchObject({ date: '2026-03-17', zoneId: 'III' });
  });

  it('records the two January sessions as the schedule gives them', async () => {
    const { held } = await run();
    expect(held.map((s) => [s.id, s.zoneId, s.startsAt])).toEqual([
      ['yasinan-2026-01-08', 'I', '2026-01-08T19:00:00+08:00'],
      ['yasinan-2026-01-15', 'II', '2026-01-15T19:00:00+08:00'],
    ]);
  });
});

describe('routing', () => {
  it('sends each aspiration to the office the sample table names, with the informed ones after', async () => {
    const { routed } = await run();
    const lead = Object.fromEntries(
      routed.map((r) => [r.aspiration.id, [r.route.leadOrganizationId, r.route.level]]),
    );
    expect(lead).toEqual({
      // Roads and health are kabupaten matters: the desa and kecamatan escalate.
      'asp-2026-001': ['ksb-pupr', 'kabupaten'],
      // KTP-el: the kecamatan may act, Mantar has no desa office in the table.
      'asp-2026-002': ['ksb-kec-poto-tano', 'kecamatan'],
      // Desa matters: Kiantar's own office.
      'asp-2026-003': ['ksb-desa-kiantar', 'desa'],
      // No sector: the fallback organization.
      'asp-2026-004': ['ksb-setda', 'kabupaten'],
      'asp-2026-005': ['ksb-pupr', 'kabupaten'],
      'asp-2026-006': ['ksb-dinkes', 'kabupaten'],
      'asp-2026-007': ['ksb-distan', 'kabupaten'],
      // Social assistance may be handled by the desa, and Kalimantong has an office.
      'asp-2026-008': ['ksb-desa-kalimantong', 'desa'],
    });
    const fallback = routed.find((r) => r.aspiration.id === 'asp-2026-004')?.route;
    expect(fallback).toMatchObject({
      kind: 'fallback',
      fallback: { reason: 'no_sector', organizationId: 'ksb-setda' },
    });
    const ktp = routed.find((r) => r.aspiration.id === 'asp-2026-002');
    expect(ktp?.aspiration.assignedOrganizationIds).toEqual(['ksb-kec-poto-tano', 'ksb-disdukcapil']);
    expect(routed.every((r) => r.aspiration.assignedOrganizationIds[0] === r.route.leadOrganizationId)).toBe(
      true,
    );
  });
});

describe('follow-ups', () => {
  it('sets due dates in working days on the SKB calendar and lists the overdue ones', async () => {
    const { followUps, overdue } = await run();
    expect(followUps.map((f) => [f.id, f.dueDate, f.status])).toEqual([
      // 14 hari kerja from Thu 8 Jan; Fri 16 Jan is Isra Mikraj.
      ['tl-001', '2026-01-29', 'completed'],
      // 2 hari kerja from Thu 8 Jan: Fri 9, Mon 12.
      ['tl-002', '2026-01-12', 'completed'],
      // 5 hari kerja from Thu 15 Jan: 16 is a holiday, so 19–23.
      ['tl-005', '2026-01-23', 'in_progress'],
      ['tl-006', '2026-01-23', 'completed'],
      // 14 hari kerja from Saturday 17 Jan: 19 Jan – 5 Feb.
      ['tl-007', '2026-02-05', 'in_progress'],
      ['tl-008', '2026-01-23', 'completed'],
    ]);
    const late = overdue.flatMap((o) => o.followUps.map((f) => [f.followUp.id, f.workingDaysOverdue]));
    // To 27 Feb: tl-005 loses 26 Jan – 27 Feb less 16 (cuti bersama Imlek) and 17 Feb (Imlek) = 23;
    // tl-007 6 Feb – 27 Feb = 14.
    expect(late.sort()).toEqual([
      ['tl-005', 23],
      ['tl-007', 14],
    ]);
  });
});

describe('accountability figures (IDWSB0007)', () => {
  it('equals the figures counted by hand from the sample', async () => {
    const { figures } = await run();
    // Raised and answered in the forum, counted straight from the sample.
    for (const [zone, session] of [
      ['I', 0],
      ['II', 1],
    ] as const) {
      const mine = SAMPLE_ASPIRATIONS.filter((a) => a.session === session);
      const row = figures.zone.find((r) => r.key === zone);
      expect(row?.raised).toBe(mine.length);
      expect(row?.answeredInForum).toBe(mine.filter((a) => a.answers?.some((x) => x.inForum)).length);
    }
    // Working days from raising to completion (after the day raised, up to the completion day):
    // Zona I: 001 8→27 Jan = 12 (16 Jan off), 002 8→13 Jan = 3, 003 resolved that evening = 0.
    // Zona II: 006 15→22 Jan = 4 (16 Jan off), 008 15→30 Jan = 10; 005 and 007 still open.
    // p90 by R type 7: [0, 3, 12] → 3 + 0.8 × 9 = 10.2; [4, 10] → 4 + 0.9 × 6 = 9.4; [0, 3, 4, 10, 12] → 10 + 0.6 × 2 = 11.2.
    // Within deadline: 001 on time, 002 late (13 > 12 Jan); 006 on time, 008 late, 005 and 007 past due.
    const byKey = Object.fromEntries([...figures.zone, ...figures.all].map((r) => [r.key, r]));
    expect(byKey['I']).toMatchObject({
      sessionsHeld: 1,
      raised: 4,
      answeredInForum: 4,
      followedUp: 2,
      completed: 3,
      workingDaysToCompletion: { count: 3, median: 3, p90: 10.2 },
      withinDeadline: { due: 2, onTime: 1, share: 0.5 },
    });
    expect(byKey['II']).toMatchObject({
      sessionsHeld: 1,
      raised: 4,
      answeredInForum: 3,
      followedUp: 4,
      completed: 2,
      withinDeadline: { due: 4, onTime: 1, share: 0.25 },
    });
    expect(byKey['II']?.workingDaysToCompletion.median).toBe(7);
    expect(byKey['II']?.workingDaysToCompletion.p90).toBeCloseTo(9.4, 10);
    expect(byKey['all']).toMatchObject({
      sessionsHeld: 2,
      raised: 8,
      answeredInForum: 7,
      followedUp: 6,
      completed: 5,
    });
    expect(byKey['all']?.workingDaysToCompletion.median).toBe(4);
    expect(byKey['all']?.workingDaysToCompletion.p90).toBeCloseTo(11.2, 10);
    expect(byKey['all']?.withinDeadline).toEqual({ due: 6, onTime: 2, share: 2 / 6 });
    expect(byKey['all']?.attendanceByRole).toMatchObject({
      bupati: 2,
      camat: 2,
      warga: 255,
      agen_gotong_royong: 63,
    });
  });
});

/** Unfolds RFC 5545 content lines (a CRLF followed by a space or tab continues the line). */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('the iCalendar file', () => {
  it('keeps the RFC 5545 essentials and one event per session', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'yasinan-'));
    try {
      const { icsPath, upcoming } = await run({ outDir });
      const text = await readFile(icsPath ?? '', 'utf8');
      // Every physical line ends in CRLF and is at most 75 octets without it (section 3.1).
      expect(text.endsWith('\r\n')).toBe(true);
      const physical = text.slice(0, -2).split('\r\n');
      expect(physical.every((l) => !l.includes('\n') && Buffer.byteLength(l, 'utf8') <= 75)).toBe(true);
      expect(physical.some((l) => l.startsWith(' '))).toBe(true); // the long DESCRIPTION was folded

      const lines = unfold(text.slice(0, -2));
      expect(lines[0]).toBe('BEGIN:VCALENDAR');
      expect(lines.at(-1)).toBe('END:VCALENDAR');
      expect(lines).toContain('VERSION:2.0');
      expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
      // Components nest properly.
      const stack: string[] = [];
      for (const l of lines) {
        if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
        if (l.startsWith('END:')) expect(stack.pop()).toBe(l.slice(4));
      }
      expect(stack).toEqual([]);
      expect(lines).toContain('TZID:Asia/Makassar');
      expect(lines).toContain('TZOFFSETTO:+0800');

      const events = text
        .split('BEGIN:VEVENT')
        .slice(1)
        .map((e) => unfold(e.split('END:VEVENT')[0] ?? ''));
      expect(events).toHaveLength(upcoming.length);
      const uids = new Set<string>();
      events.forEach((event, i) => {
        const prop = (name: string) =>
          event.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
        const uid = prop('UID');
        expect(uid).toBeDefined();
        uids.add(uid ?? '');
        expect(prop('DTSTAMP')).toBe('DTSTAMP:20260227T000000Z');
        const start = prop('DTSTART') ?? '';
        // A local time with TZID, or UTC with Z.
        expect(start).toMatch(/^DTSTART(;TZID=Asia\/Makassar:\d{8}T\d{6}|:\d{8}T\d{6}Z)$/);
        const s = upcoming[i];
        expect(start).toBe(`DTSTART;TZID=Asia/Makassar:${s?.date.replaceAll('-', '')}T190000`);
      });
      expect(uids.size).toBe(events.length);
      const nyepi = events[2]?.find((l) => l.startsWith('DESCRIPTION:'));
      expect(nyepi).toContain('Dipindah dari 2026-03-19 (Hari Suci Nyepi');
      expect(events[0]?.find((l) => l.startsWith('SUMMARY:'))).toBe(
        'SUMMARY:Forum YASINAN – Zona I (Seteluk\\, Poto Tano)',
      );
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });

  it('writes UTC times when asked for a client without VTIMEZONE support', async () => {
    const { upcoming } = await run({ count: 1 });
    const ics = toICalendar(upcoming, { timeFormat: 'utc', generatedAt: '2026-02-27T08:00:00+08:00' });
    // 19:00 WITA is 11:00 UTC.
    expect(unfold(ics)).toContain('DTSTART:20260305T110000Z');
    expect(ics).not.toContain('BEGIN:VTIMEZONE');
  });
});
