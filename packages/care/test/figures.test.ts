// Performance figures (IDWNT0002) on a hand-worked example over the real 2026 calendar.
//
// 2026 days off used below (SKB 3 Menteri, core's table): 16 Feb cuti bersama Imlek, 17 Feb
// Imlek; 18 Mar cuti bersama, 19 Mar Nyepi, 20 Mar cuti bersama, 21–22 Mar Idulfitri, 23–24 Mar
// cuti bersama; 3 Apr Wafat Yesus Kristus. Working days are counted in (received, event].
import { createHolidayCalendar, isOpenGovError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  computePerformanceFigures,
  LAPOR_RULES,
  type PerformanceFiguresResult,
  type PerformanceGroup,
  percentile,
  REPORT_ACTIONS,
  REPORT_STATUSES,
  type Report,
  type ReportActionType,
  type ReportStatusCode,
} from '../src/index.js';
import { sampleReport } from './helpers.js';

const A = { organizationId: 'dinas-pupr-ksb', organizationName: 'Dinas PUPR KSB', kind: 'opd' } as const;
const B = { organizationId: 'dikbud-ksb', organizationName: 'Dikbud KSB', kind: 'opd' } as const;
const admin: Actor = { role: 'admin', id: 'admin-ntb' };
const penghubungA: Actor = { role: 'penghubung', id: 'penghubung-pupr', organizationId: A.organizationId };
const penghubungB: Actor = { role: 'penghubung', id: 'penghubung-dikbud', organizationId: B.organizationId };
const pelapor: Actor = { role: 'pelapor', id: 'warga-1' };

const at = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;
const step = (
  date: string,
  action: ReportActionType,
  actor: Actor,
  from: ReportStatusCode,
  to: ReportStatusCode,
) => ({
  at: at(date, '10:00'),
  action,
  actor,
  from,
  to,
});

interface Case {
  id: string;
  org: typeof A | typeof B;
  received: string;
  verified: string;
  followUp?: string; // tindak_lanjuti by the OPD
  answer?: string; // jawab by the OPD
  feedback?: { date: string; satisfied: boolean; rating?: number };
}

function build(c: Case): Report {
  const who = c.org === A ? penghubungA : penghubungB;
  const history = [step(c.verified, 'verifikasi', admin, 'belum_terverifikasi', 'diteruskan')];
  if (c.followUp) history.push(step(c.followUp, 'tindak_lanjuti', who, 'diteruskan', 'ditindaklanjuti'));
  if (c.answer)
    history.push(
      step(c.answer, 'jawab', who, c.followUp ? 'ditindaklanjuti' : 'diteruskan', 'menunggu_tanggapan'),
    );
  if (c.feedback)
    history.push(
      step(
        c.feedback.date,
        'tanggapi',
        pelapor,
        'menunggu_tanggapan',
        c.feedback.satisfied ? 'selesai' : 'ditindaklanjuti',
      ),
    );
  return sampleReport({
    id: c.id,
    receivedAt: at(c.received),
    assignments: [{ ...c.org, assignedAt: at(c.verified, '10:00'), assignedBy: admin.id }],
    history,
    ...(c.followUp
      ? {
          followUps: [
            { id: `${c.id}-t`, at: at(c.followUp, '10:00'), by: who.id, text: 'Tim turun ke lokasi.' },
          ],
        }
      : {}),
    ...(c.answer
      ? {
          responses: [
            {
              id: `${c.id}-r`,
              at: at(c.answer, '10:00'),
              by: who.id,
              organizationId: c.org.organizationId,
              text: 'Sudah diperbaiki.',
            },
          ],
        }
      : {}),
    ...(c.feedback
      ? {
          feedback: {
            at: at(c.feedback.date, '10:00'),
            satisfied: c.feedback.satisfied,
            ...(c.feedback.rating === undefined ? {} : { rating: c.feedback.rating }),
          },
        }
      : {}),
  });
}

// First response = first follow-up/answer by the OPD; completion = tanggapi satisfied (→ selesai).
// SLA = LAPOR_RULES: verifikasi 3 hari kerja, tindak lanjut 5 hari, tanggapan pelapor 10 hari.
const CASES: Case[] = [
  // A, Feb. Mon 2 Feb → answer Wed 4 (3, 4 = 2 wd), selesai Thu 5 (3 wd). All stages met.
  {
    id: 'R1',
    org: A,
    received: '2026-02-02',
    verified: '2026-02-03',
    answer: '2026-02-04',
    feedback: { date: '2026-02-05', satisfied: true, rating: 5 },
  },
  // A, Feb. Fri 13 Feb → answer Mon 23: 18, 19, 20, 23 = 4 wd (16 cuti bersama, 17 Imlek). Not satisfied: not completed.
  {
    id: 'R2',
    org: A,
    received: '2026-02-13',
    verified: '2026-02-18',
    answer: '2026-02-23',
    feedback: { date: '2026-02-24', satisfied: false, rating: 2 },
  },
  // A, Mar. Tue 17 Mar → follow-up Tue 31: 25, 26, 27, 30, 31 = 5 wd; selesai Thu 2 Apr: + 1, 2 Apr = 7 wd.
  // Tindak lanjut started 25 Mar, due 30 Mar (5 days), stopped 31 Mar: late, so not within SLA.
  {
    id: 'R3',
    org: A,
    received: '2026-03-17',
    verified: '2026-03-25',
    followUp: '2026-03-31',
    answer: '2026-04-01',
    feedback: { date: '2026-04-02', satisfied: true, rating: 4 },
  },
  // A, Mar. Mon 16 Mar → answer Tue 17 (1 wd); selesai Wed 25: 17, 25 = 2 wd. Tanggapan due 27 Mar: met.
  {
    id: 'R4',
    org: A,
    received: '2026-03-16',
    verified: '2026-03-16',
    answer: '2026-03-17',
    feedback: { date: '2026-03-25', satisfied: true, rating: 3 },
  },
  // B, Feb. Assigned, never followed up.
  { id: 'R5', org: B, received: '2026-02-04', verified: '2026-02-05' },
  // B, Feb. Mon 9 Feb → follow-up Thu 12 (10, 11, 12 = 3 wd); selesai Fri 20: 10–13, 18–20 = 7 wd. No rating.
  {
    id: 'R6',
    org: B,
    received: '2026-02-09',
    verified: '2026-02-09',
    followUp: '2026-02-12',
    answer: '2026-02-19',
    feedback: { date: '2026-02-20', satisfied: true },
  },
  // B, Mar. Received on Nyepi, Thu 19 Mar → answer Thu 26: 25, 26 = 2 wd; selesai Fri 27 = 3 wd.
  // Verifikasi due 27 Mar (25, 26, 27), done 25: met.
  {
    id: 'R7',
    org: B,
    received: '2026-03-19',
    verified: '2026-03-25',
    answer: '2026-03-26',
    feedback: { date: '2026-03-27', satisfied: true, rating: 5 },
  },
  // B, Mar. Mon 30 Mar → answer Mon 6 Apr: 31, 1, 2, 6 = 4 wd (3 Apr Good Friday). Not satisfied.
  {
    id: 'R8',
    org: B,
    received: '2026-03-30',
    verified: '2026-03-30',
    answer: '2026-04-06',
    feedback: { date: '2026-04-07', satisfied: false, rating: 1 },
  },
];
const REPORTS = CASES.map(build);
const ASOF = '2026-04-30T23:59:59+08:00';
const OPTIONS = { asOf: ASOF, ruleSets: [LAPOR_RULES] } as const;

const group = (result: PerformanceFiguresResult, key: string): PerformanceGroup => {
  const g = result.groups.find((x) => x.key === key);
  if (!g) throw new Error(`no group ${key}`);
  return g;
};

describe('computePerformanceFigures: the hand-worked example', () => {
  const byOrg = computePerformanceFigures(REPORTS, { ...OPTIONS, groupBy: 'organization' });

  it('groups per OPD and counts received, follow-ups and completion', () => {
    expect(byOrg.groups.map((g) => g.key)).toEqual(['dikbud-ksb', 'dinas-pupr-ksb']);
    const a = group(byOrg, 'dinas-pupr-ksb');
    expect(a).toMatchObject({
      organizationName: 'Dinas PUPR KSB',
      month: null,
      received: 4,
      assigned: 4,
      followedUp: 4,
      followUpRate: 1,
    });
    const b = group(byOrg, 'dikbud-ksb');
    expect(b).toMatchObject({ received: 4, assigned: 4, followedUp: 3, followUpRate: 0.75 }); // R5 never followed up
  });

  it('has the medians and 90th percentiles worked by hand (type 7)', () => {
    const a = group(byOrg, 'dinas-pupr-ksb');
    // First response [1, 2, 4, 5]: median (2 + 4) / 2 = 3; p90 h = 3 × 0.9 = 2.7 → 4 + 0.7 × (5 − 4) = 4.7.
    expect(a.firstResponseDays.count).toBe(4);
    expect(a.firstResponseDays.median).toBe(3);
    expect(a.firstResponseDays.p90).toBeCloseTo(4.7, 10);
    // Completion [2, 3, 7] (R2 not completed): median 3; p90 h = 2 × 0.9 = 1.8 → 3 + 0.8 × 4 = 6.2.
    expect(a.completionDays).toMatchObject({ count: 3, median: 3 });
    expect(a.completionDays.p90).toBeCloseTo(6.2, 10);
    const b = group(byOrg, 'dikbud-ksb');
    // First response [2, 3, 4]: median 3; p90 h = 1.8 → 3 + 0.8 × 1 = 3.8.
    expect(b.firstResponseDays.median).toBe(3);
    expect(b.firstResponseDays.p90).toBeCloseTo(3.8, 10);
    // Completion [3, 7]: median 5; p90 h = 0.9 → 3 + 0.9 × 4 = 6.6.
    expect(b.completionDays.median).toBe(5);
    expect(b.completionDays.p90).toBeCloseTo(6.6, 10);
  });

  it('shares within SLA and satisfaction as worked by hand', () => {
    const a = group(byOrg, 'dinas-pupr-ksb');
    // R1 and R4 met every deadline; R3's tindak lanjut was late.
    expect(a).toMatchObject({ completed: 3, completedWithinSla: 2 });
    expect(a.withinSlaShare).toBeCloseTo(2 / 3, 12);
    // Feedback: R1 ✓5, R2 ✗2, R3 ✓4, R4 ✓3.
    expect(a.satisfaction).toEqual({
      feedback: 4,
      satisfied: 3,
      satisfiedShare: 0.75,
      rated: 4,
      meanRating: 3.5,
    });
    const b = group(byOrg, 'dikbud-ksb');
    expect(b).toMatchObject({ completed: 2, completedWithinSla: 2, withinSlaShare: 1 });
    // Feedback: R6 ✓ (no rating), R7 ✓5, R8 ✗1.
    expect(b.satisfaction.satisfiedShare).toBeCloseTo(2 / 3, 12);
    expect(b.satisfaction).toMatchObject({ feedback: 3, satisfied: 2, rated: 2, meanRating: 3 });
  });

  it('groups per month of receipt in WITA and per OPD and month', () => {
    const byMonth = computePerformanceFigures(REPORTS, { ...OPTIONS, groupBy: 'month' });
    expect(byMonth.groups.map((g) => g.key)).toEqual(['2026-02', '2026-03']);
    const mar = group(byMonth, '2026-03');
    expect(mar).toMatchObject({
      organizationId: null,
      month: '2026-03',
      received: 4,
      followedUp: 4,
      completed: 3,
    });
    // March completion [2 (R4), 3 (R7), 7 (R3)]: median 3, p90 6.2.
    expect(mar.completionDays.median).toBe(3);
    expect(mar.completionDays.p90).toBeCloseTo(6.2, 10);
    // February first response [2 (R1), 4 (R2), 3 (R6)]: median 3.
    expect(group(byMonth, '2026-02').firstResponseDays.median).toBe(3);

    const both = computePerformanceFigures(REPORTS, { ...OPTIONS, groupBy: 'organization_month' });
    expect(both.groups.map((g) => g.key)).toEqual([
      'dikbud-ksb|2026-02',
      'dikbud-ksb|2026-03',
      'dinas-pupr-ksb|2026-02',
      'dinas-pupr-ksb|2026-03',
    ]);
    // B in March: first response [2 (R7), 4 (R8)] → median 3, p90 2 + 0.9 × 2 = 3.8.
    const bMar = group(both, 'dikbud-ksb|2026-03');
    expect(bMar.firstResponseDays.median).toBe(3);
    expect(bMar.firstResponseDays.p90).toBeCloseTo(3.8, 10);
    expect(both.overall).toEqual(byOrg.overall);
  });

  it('reads the month in WITA: 23:30 WIB on 31 January is 1 February', () => {
    const late = sampleReport({ id: 'R9', receivedAt: '2026-01-31T23:30:00+07:00' });
    const result = computePerformanceFigures([late], { asOf: ASOF, groupBy: 'month' });
    expect(result.groups[0]?.month).toBe('2026-02');
    expect(result.groups[0]?.assigned).toBe(0);
    expect(result.groups[0]?.followUpRate).toBeNull();
  });

  it('uses the nearest-rank definition when asked', () => {
    const result = computePerformanceFigures(REPORTS, {
      ...OPTIONS,
      groupBy: 'organization',
      percentileMethod: 'nearest_rank',
    });
    // [1, 2, 4, 5]: ⌈4 × 0.5⌉ = 2nd → 2; ⌈4 × 0.9⌉ = 4th → 5.
    expect(group(result, 'dinas-pupr-ksb').firstResponseDays).toEqual({ count: 4, median: 2, p90: 5 });
    expect(result.percentileMethod).toBe('nearest_rank');
  });

  it('ignores what happened after asOf and reports received later', () => {
    const result = computePerformanceFigures(REPORTS, {
      ...OPTIONS,
      groupBy: 'organization',
      asOf: '2026-03-31T23:59:59+08:00',
    });
    const a = group(result, 'dinas-pupr-ksb');
    // R3's follow-up (31 Mar) counts; its selesai (2 Apr) does not yet.
    expect(a).toMatchObject({ followedUp: 4, completed: 2 });
    // R8's only answer is on 6 Apr.
    expect(group(result, 'dikbud-ksb').followedUp).toBe(2);
    const early = computePerformanceFigures(REPORTS, {
      ...OPTIONS,
      groupBy: 'month',
      asOf: '2026-02-28T23:59:59+08:00',
    });
    expect(early.afterAsOf).toBe(4);
    expect(early.overall.received).toBe(4);
  });

  it('counts inputs that are not reports as invalid, by position, without their content', () => {
    const broken = { ...REPORTS[0], receivedAt: 'kemarin', reporter: { phone: '081234567890' } };
    const result = computePerformanceFigures([REPORTS[0], broken, null, REPORTS[1]], {
      ...OPTIONS,
      groupBy: 'organization',
    });
    expect(result.invalid).toEqual({ count: 2, indexes: [1, 2] });
    expect(result.overall.received).toBe(2);
    expect(JSON.stringify(result)).not.toContain('081234567890');
  });

  it('does not count a follow-up by another OPD, nor one from before the latest disposisi', () => {
    // Reassigned (alihkan) from A to B after A answered: B has not followed up yet.
    const moved = sampleReport({
      id: 'R10',
      receivedAt: at('2026-02-02'),
      assignments: [
        { ...A, assignedAt: at('2026-02-03', '10:00'), assignedBy: admin.id },
        { ...B, assignedAt: at('2026-02-05', '10:00'), assignedBy: admin.id },
      ],
      history: [step('2026-02-04', 'jawab', penghubungA, 'diteruskan', 'menunggu_tanggapan')],
      responses: [
        {
          id: 'x',
          at: at('2026-02-04', '10:00'),
          by: penghubungA.id,
          organizationId: A.organizationId,
          text: 'Jawaban A.',
        },
      ],
      followUps: [{ id: 'y', at: at('2026-02-04', '11:00'), by: penghubungA.id, text: 'Catatan A.' }],
    });
    const result = computePerformanceFigures([moved], { ...OPTIONS, groupBy: 'organization' });
    expect(result.groups).toHaveLength(1);
    expect(result.groups[0]).toMatchObject({
      organizationId: 'dikbud-ksb',
      assigned: 1,
      followedUp: 0,
      followUpRate: 0,
    });
  });
});

describe('computePerformanceFigures: options', () => {
  it.each([
    [{ groupBy: 'opd', asOf: ASOF }, 'groupBy'],
    [{ groupBy: 'month', asOf: '2026-04-30' }, 'asOf'],
    [{ groupBy: 'month' }, 'asOf'],
    [{ groupBy: 'month', asOf: ASOF, percentileMethod: 'type6' }, 'percentileMethod'],
    [{ groupBy: 'month', asOf: ASOF, calendar: {} }, 'calendar'],
    [{ groupBy: 'month', asOf: ASOF, extra: 1 }, '(root)'],
  ])('rejects %j naming the field, in both languages', (options, field) => {
    let error: unknown;
    try {
      computePerformanceFigures(REPORTS, options as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issue = (error as ValidationError).issues[0];
    expect(issue?.field).toBe(field);
    expect(issue?.message.id.length).toBeGreaterThan(0);
    expect(issue?.message.en.length).toBeGreaterThan(0);
    expect(issue?.message.id).not.toBe(issue?.message.en);
  });

  it('takes a Date and a calendar of its own (WIB)', () => {
    const wib = createHolidayCalendar({ zone: 'Asia/Jakarta' });
    const result = computePerformanceFigures(REPORTS, {
      groupBy: 'month',
      asOf: new Date(ASOF),
      calendar: wib,
    });
    expect(result.zone).toBe('Asia/Jakarta');
    expect(result.asOf).toBe('2026-04-30T15:59:59.000Z');
  });

  it('percentile matches the forum definition (type 7) on the textbook list', () => {
    const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(ten, 0.5)).toBe(5.5);
    expect(percentile(ten, 0.9)).toBeCloseTo(9.1, 12);
    expect(percentile(ten, 0.9, 'nearest_rank')).toBe(9);
    expect(percentile([], 0.5)).toBeNull();
    expect(() => percentile(ten, 1.5)).toThrow(ValidationError);
  });
});

describe('computePerformanceFigures: property', () => {
  const ORGS = [
    A,
    B,
    { organizationId: 'inspektorat-ntb', organizationName: 'Inspektorat NTB', kind: 'inspektorat' },
  ] as const;
  const START = Date.parse('2024-01-01T00:00:00+08:00');
  const SPAN = Date.parse('2026-10-01T00:00:00+08:00') - START;
  const iso = (t: number) => new Date(t).toISOString().replace('Z', '+00:00');
  const event = (base: number) =>
    fc.integer({ min: -2 * 86_400_000, max: 60 * 86_400_000 }).map((d) => iso(base + d));

  const reportArb = fc.integer({ min: 0, max: SPAN }).chain((offset) => {
    const base = START + offset;
    const actor = fc.record({
      role: fc.constantFrom('admin', 'penghubung', 'pelapor', 'sistem'),
      id: fc.constantFrom('u1', 'u2'),
      organizationId: fc.constantFrom(...ORGS.map((o) => o.organizationId)),
    });
    return fc.record({
      receivedAt: fc.constant(iso(base)),
      priority: fc.constantFrom('mendesak', 'penting', 'biasa'),
      assignments: fc.array(
        fc
          .record({ org: fc.constantFrom(...ORGS), at: event(base) })
          .map(({ org, at: assignedAt }) => ({ ...org, assignedAt, assignedBy: 'a' })),
        { maxLength: 2 },
      ),
      history: fc.array(
        fc.record({
          at: event(base),
          action: fc.constantFrom(...REPORT_ACTIONS),
          actor,
          from: fc.constantFrom(...REPORT_STATUSES),
          to: fc.constantFrom(...REPORT_STATUSES),
        }),
        { maxLength: 6 },
      ),
      responses: fc.array(
        fc.record(
          {
            id: fc.constant('r'),
            at: event(base),
            by: fc.constant('u1'),
            organizationId: fc.option(fc.constantFrom(...ORGS.map((o) => o.organizationId)), {
              nil: undefined,
            }),
            text: fc.constant('Jawaban.'),
          },
          { requiredKeys: ['id', 'at', 'by', 'text'] },
        ),
        { maxLength: 2 },
      ),
      followUps: fc.array(
        fc.record({
          id: fc.constant('f'),
          at: event(base),
          by: fc.constant('u2'),
          text: fc.constant('Tindak lanjut.'),
        }),
        { maxLength: 2 },
      ),
      feedback: fc.option(
        fc.record(
          {
            at: event(base),
            satisfied: fc.boolean(),
            rating: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
          },
          { requiredKeys: ['at', 'satisfied'] },
        ),
        { nil: undefined },
      ),
    });
  });
  const input = fc.oneof(
    { weight: 9, arbitrary: reportArb.map((r) => ({ ...sampleReport(), ...r })) },
    { weight: 1, arbitrary: fc.anything() },
  );
  const inUnit = (x: number | null) => x === null || (x >= 0 && x <= 1);

  it('never throws on random reports; shares stay in [0, 1] and counts add up', () => {
    fc.assert(
      fc.property(
        fc.array(input, { maxLength: 8 }),
        fc.constantFrom('organization', 'month', 'organization_month' as const),
        fc.constantFrom('linear', 'nearest_rank' as const),
        (reports, groupBy, percentileMethod) => {
          let result: PerformanceFiguresResult;
          try {
            result = computePerformanceFigures(reports, {
              groupBy,
              asOf: '2026-12-31T23:59:59+08:00',
              percentileMethod,
            });
          } catch (e) {
            expect(isOpenGovError(e)).toBe(true);
            throw e;
          }
          expect(result.overall.received + result.invalid.count + result.afterAsOf).toBe(reports.length);
          expect(result.groups.reduce((n, g) => n + g.received, 0)).toBe(result.overall.received);
          for (const f of [result.overall, ...result.groups]) {
            expect(inUnit(f.followUpRate)).toBe(true);
            expect(inUnit(f.withinSlaShare)).toBe(true);
            expect(inUnit(f.satisfaction.satisfiedShare)).toBe(true);
            expect(f.followedUp).toBeLessThanOrEqual(f.assigned);
            expect(f.completedWithinSla).toBeLessThanOrEqual(f.completed);
            for (const d of [f.firstResponseDays, f.completionDays])
              if (d.count > 0) expect(d.p90).toBeGreaterThanOrEqual(d.median as number);
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
