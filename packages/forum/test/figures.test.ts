import { describe, expect, it } from 'vitest';
import { ValidationError } from '@opengov-id/core';
import {
  type AspirationInput,
  applyFollowUpUpdate,
  computeFigures,
  createFollowUp,
  type FollowUp,
  type ForumSessionInput,
  KSB_ZONES,
  percentile,
} from '../src/index.js';

describe('percentile (Hyndman & Fan 1996)', () => {
  it('matches the textbook values of definitions 7 and 1', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    // R: quantile(1:10, c(.5, .9)) → 5.5, 9.1 (type 7); quantile(1:10, c(.5, .9), type = 1) → 5, 9.
    expect(percentile(xs, 0.5)).toBe(5.5);
    expect(percentile(xs, 0.9)).toBeCloseTo(9.1, 12);
    expect(percentile(xs, 0.5, 'nearest_rank')).toBe(5);
    expect(percentile(xs, 0.9, 'nearest_rank')).toBe(9);
    // Unsorted input, one value, the extremes, empty.
    expect(percentile([15, 20, 35, 40, 50], 0.4)).toBe(29);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 1)).toBe(10);
    expect(percentile([], 0.5)).toBeNull();
    expect(() => percentile(xs, 1.5)).toThrow(ValidationError);
    expect(() => percentile([1, Number.NaN], 0.5)).toThrow(ValidationError);
  });
});

// A worked example: two zone sessions in January 2026 (SKB 2026: Friday 16 January is Isra
// Mi'raj). Working days after Thursday 8 January: 9 Jan = 1, 12 = 2, 13 = 3, 14 = 4, 15 = 5,
// 19 = 6, 20 = 7, 21 = 8, 22 = 9, 23 = 10. After Thursday 15 January: 19 = 1, 20 = 2, 21 = 3,
// 22 = 4, 23 = 5, 26 = 6, 27 = 7.
const sessions: ForumSessionInput[] = [
  {
    id: 's-08',
    seriesId: 'ksb-yasinan',
    level: 'zona',
    zoneId: 'I',
    startsAt: '2026-01-08T19:00:00+08:00',
    status: 'held',
    attendance: {
      officials: [
        { role: 'bupati', organizationId: 'pemkab-ksb' },
        { role: 'camat', organizationId: 'ksb-kec-seteluk' },
        { role: 'camat', organizationId: 'ksb-kec-poto-tano' },
      ],
      citizens: [{ role: 'warga', count: 100 }],
    },
  },
  {
    id: 's-15',
    seriesId: 'ksb-yasinan',
    level: 'zona',
    zoneId: 'II',
    startsAt: '2026-01-15T19:00:00+08:00',
    status: 'held',
    attendance: {
      officials: [
        { role: 'bupati', organizationId: 'pemkab-ksb' },
        { role: 'kepala_opd', organizationId: 'ksb-dinkes' },
        { role: 'kepala_opd', organizationId: 'ksb-pupr' },
        { role: 'kepala_opd', organizationId: 'ksb-dinsos' },
      ],
      citizens: [
        { role: 'warga', count: 80 },
        { role: 'agen_gotong_royong', count: 20 },
      ],
    },
  },
  {
    id: 's-22',
    seriesId: 'ksb-yasinan',
    level: 'zona',
    zoneId: 'III',
    startsAt: '2026-01-22T19:00:00+08:00',
    status: 'cancelled',
  },
];

const aspirations: AspirationInput[] = [];
const followUps: FollowUp[] = [];

function add(
  id: string,
  session: 's-08' | 's-15',
  opts: { completeOn?: string; open?: boolean; answered?: boolean; resolvedAt?: string; org: string },
) {
  const day = session === 's-08' ? '2026-01-08' : '2026-01-15';
  aspirations.push({
    id,
    sessionId: session,
    channel: 'forum',
    raisedAt: `${day}T19:30:00+08:00`,
    raisedBy: { kind: 'warga' },
    kind: 'aduan',
    text: 'Aduan contoh.',
    areaCode: session === 's-08' ? '52.07.03' : '52.07.05',
    assignedOrganizationIds: [opts.org],
    status: opts.resolvedAt ? 'selesai' : 'ditindaklanjuti',
    ...(opts.resolvedAt ? { resolvedAt: opts.resolvedAt } : {}),
    answers: opts.answered
      ? [
          {
            id: `${id}-ans`,
            responder: { postId: 'ksb-bupati' },
            text: 'Dijawab.',
            at: `${day}T20:00:00+08:00`,
            inForum: true,
          },
        ]
      : [],
  });
  if (opts.completeOn === undefined && !opts.open) return;
  let f = createFollowUp({
    id: `${id}-tl`,
    aspirationId: id,
    ownerOrganizationId: opts.org,
    commitment: 'Ditindaklanjuti.',
    classId: 'normatif',
    at: `${day}T21:00:00+08:00`,
  });
  if (opts.completeOn)
    f = applyFollowUpUpdate(f, {
      kind: 'complete',
      at: `${opts.completeOn}T14:00:00+08:00`,
      outcome: { result: 'resolved', summary: 'Selesai.' },
    });
  followUps.push(f);
}

// Session of 8 Jan (zone I): completed after 1, 2, 3, 5, 8 and 10 working days (due 15 Jan:
// four on time), one still open (due 15 Jan, late by the 31st), one answered only.
add('a1', 's-08', { completeOn: '2026-01-09', answered: true, org: 'ksb-pupr' });
add('a2', 's-08', { completeOn: '2026-01-12', answered: true, org: 'ksb-pupr' });
add('a3', 's-08', { completeOn: '2026-01-13', org: 'ksb-pupr' });
add('a4', 's-08', { completeOn: '2026-01-15', org: 'ksb-pupr' });
add('a5', 's-08', { completeOn: '2026-01-21', org: 'ksb-pupr' });
add('a6', 's-08', { completeOn: '2026-01-23', org: 'ksb-pupr' });
add('a7', 's-08', { open: true, org: 'ksb-pupr' });
add('a8', 's-08', { answered: true, org: 'ksb-pupr' });
// Session of 15 Jan (zone II): one resolved on the spot (0 working days), then 2, 4, 6 and 7
// working days (due 22 Jan: two on time).
add('b0', 's-15', { resolvedAt: '2026-01-15T21:00:00+08:00', answered: true, org: 'ksb-dinkes' });
add('b1', 's-15', { completeOn: '2026-01-20', answered: true, org: 'ksb-dinkes' });
add('b2', 's-15', { completeOn: '2026-01-22', org: 'ksb-dinkes' });
add('b3', 's-15', { completeOn: '2026-01-26', org: 'ksb-dinkes' });
add('b4', 's-15', { completeOn: '2026-01-27', org: 'ksb-dinkes' });

const data = { aspirations, followUps, sessions };
const asOf = '2026-01-31';

describe('computeFigures: worked example with known medians and percentiles', () => {
  it('per session', () => {
    const { rows, ungrouped } = computeFigures(data, { groupBy: 'session', asOf });
    expect(ungrouped).toBe(0);
    expect(rows.map((r) => r.key)).toEqual(['s-08', 's-15', 's-22']);
    const [a, b, c] = rows;
    // Zone I: days [1, 2, 3, 5, 8, 10]. Median (3 + 5) / 2 = 4; p90: h = 5 × 0.9 = 4.5 → 8 + 0.5 × (10 − 8) = 9.
    expect(a).toMatchObject({
      sessionsHeld: 1,
      raised: 8,
      answeredInForum: 3,
      followedUp: 7,
      completed: 6,
      workingDaysToCompletion: { count: 6, median: 4, p90: 9 },
      withinDeadline: { due: 7, onTime: 4 },
      attendanceByRole: { bupati: 1, camat: 2, warga: 100 },
    });
    expect(a?.withinDeadline.share).toBeCloseTo(4 / 7, 12);
    // Zone II: days [0, 2, 4, 6, 7]. Median 4; p90: h = 4 × 0.9 = 3.6 → 6 + 0.6 × (7 − 6) = 6.6.
    expect(b).toMatchObject({
      raised: 5,
      answeredInForum: 2,
      followedUp: 4,
      completed: 5,
      workingDaysToCompletion: { count: 5, median: 4 },
      withinDeadline: { due: 4, onTime: 2, share: 0.5 },
      attendanceByRole: { bupati: 1, kepala_opd: 3, warga: 80, agen_gotong_royong: 20 },
    });
    expect(b?.workingDaysToCompletion.p90).toBeCloseTo(6.6, 12);
    // A cancelled session appears with nothing held.
    expect(c).toMatchObject({
      sessionsHeld: 0,
      raised: 0,
      workingDaysToCompletion: { count: 0, median: null, p90: null },
    });
    expect(c?.withinDeadline.share).toBeNull();
  });

  it('for the whole month, with both percentile definitions', () => {
    // All days: [0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 10]. Linear: median x₅ = 4, p90 h = 10 × 0.9 = 9 → 8.
    const linear = computeFigures(data, { groupBy: 'month', asOf });
    expect(linear.rows).toHaveLength(1);
    expect(linear.rows[0]).toMatchObject({
      key: '2026-01',
      sessionsHeld: 2,
      raised: 13,
      completed: 11,
      workingDaysToCompletion: { count: 11, median: 4, p90: 8 },
      withinDeadline: { due: 11, onTime: 6 },
    });
    // Nearest rank: median ⌈5.5⌉ = 6th value = 4; p90 ⌈9.9⌉ = 10th value = 8.
    const nearest = computeFigures(data, { groupBy: 'all', asOf, percentileMethod: 'nearest_rank' });
    expect(nearest.rows[0]?.workingDaysToCompletion).toEqual({ count: 11, median: 4, p90: 8 });
    // Nearest rank on session 15 Jan: [0, 2, 4, 6, 7] → median ⌈2.5⌉ = 3rd = 4, p90 ⌈4.5⌉ = 5th = 7.
    const perSession = computeFigures(data, { groupBy: 'session', asOf, percentileMethod: 'nearest_rank' });
    expect(perSession.rows[1]?.workingDaysToCompletion).toEqual({ count: 5, median: 4, p90: 7 });
  });

  it('per zone and per organization', () => {
    const zones = computeFigures(data, { groupBy: 'zone', asOf });
    expect(zones.rows.map((r) => [r.key, r.raised, r.completed])).toEqual([
      ['I', 8, 6],
      ['II', 5, 5],
      ['III', 0, 0],
    ]);
    const orgs = computeFigures(data, { groupBy: 'organization', asOf });
    const pupr = orgs.rows.find((r) => r.key === 'ksb-pupr');
    const dinkes = orgs.rows.find((r) => r.key === 'ksb-dinkes');
    expect(pupr).toMatchObject({
      raised: 8,
      completed: 6,
      withinDeadline: { due: 7, onTime: 4 },
      attendanceByRole: { kepala_opd: 1 },
    });
    expect(dinkes).toMatchObject({ raised: 5, completed: 5, workingDaysToCompletion: { median: 4 } });
    expect(orgs.rows.find((r) => r.key === 'pemkab-ksb')?.attendanceByRole).toEqual({ bupati: 2 });
  });

  it('places aspirations raised outside a session by the zone of their kecamatan', () => {
    const outside: AspirationInput = {
      id: 'x1',
      channel: 'sp4n_lapor',
      raisedAt: '2026-01-20T10:00:00+08:00',
      raisedBy: { kind: 'warga' },
      kind: 'aduan',
      text: 'Lewat LAPOR!',
      areaCode: '52.07.08.2001', // Maluk: zone IV
      status: 'diterima',
    };
    const withZones = computeFigures(
      { ...data, aspirations: [...aspirations, outside] },
      { groupBy: 'zone', asOf, zones: KSB_ZONES },
    );
    expect(withZones.rows.find((r) => r.key === 'IV')?.raised).toBe(1);
    const without = computeFigures(
      { ...data, aspirations: [...aspirations, outside] },
      { groupBy: 'zone', asOf },
    );
    expect(without.ungrouped).toBe(1);
  });

  it('validates records unless told they are trusted, and gives the same figures either way', () => {
    expect(() => computeFigures({ aspirations: [{ id: 'bad' } as never] }, { groupBy: 'all', asOf })).toThrow(
      ValidationError,
    );
    const trusted = computeFigures(data, { groupBy: 'session', asOf, validate: false });
    expect(trusted).toEqual(computeFigures(data, { groupBy: 'session', asOf }));
  });
});
