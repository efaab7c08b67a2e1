import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHolidayCalendar, isOpenGovError, ValidationError } from '@opengov-id/core';
import {
  applyFollowUpUpdate,
  createFollowUp,
  deriveFollowUpState,
  FOLLOW_UP_CLASSES,
  FollowUp,
  type FollowUpStatus,
  type FollowUpUpdate,
  InvalidFollowUpTransitionError,
  listOverdue,
} from '../src/index.js';

const base = {
  aspirationId: 'asp-0001',
  ownerOrganizationId: 'ksb-pupr',
  commitment: 'Menambal jalan Desa Goa',
};

describe('createFollowUp: due dates in working days by class', () => {
  it('counts working days after the day of the commitment, skipping SKB 2026 days off', () => {
    // Thursday 8 January 2026, 20:30 WITA. 14 working days: 9 Jan; 12–15 Jan (16 Jan is Isra
    // Mi'raj, SKB 1497/2025); 19–23 Jan; 26–29 Jan → 29 January.
    const f = createFollowUp({
      ...base,
      id: 'tl-1',
      classId: 'tidak_berkadar_pengawasan',
      at: '2026-01-08T20:30:00+08:00',
    });
    expect(f).toMatchObject({ startDate: '2026-01-08', dueDate: '2026-01-29', status: 'open', progress: 0 });
    expect(f.timeline).toEqual([{ at: '2026-01-08T20:30:00+08:00', kind: 'created', evidence: [] }]);
    // 16 March 2026 + 5 working days: 17 Mar; then 18 (cuti), 19 (Nyepi), 20 (cuti), 23–24 (cuti)
    // are off; 25, 26, 27, 30 → 30 March.
    expect(
      createFollowUp({ ...base, id: 'tl-2', classId: 'normatif', at: '2026-03-16T09:00:00+08:00' }).dueDate,
    ).toBe('2026-03-30');
    expect(FOLLOW_UP_CLASSES.classes.map((c) => [c.id, c.workingDays])).toEqual([
      ['ringan', 2],
      ['normatif', 5],
      ['tidak_berkadar_pengawasan', 14],
      ['berkadar_pengawasan', 60],
    ]);
  });

  it('takes the start date in the zone: 23:30 WIB on the 8th is already the 9th in WITA', () => {
    const f = createFollowUp({ ...base, id: 'tl-3', classId: 'ringan', at: '2026-01-08T23:30:00+07:00' });
    expect(f.startDate).toBe('2026-01-09');
    expect(
      createFollowUp(
        { ...base, id: 'tl-3', classId: 'ringan', at: '2026-01-08T23:30:00+07:00' },
        { timeZone: 'WIB' },
      ).startDate,
    ).toBe('2026-01-08');
  });

  it('uses a custom class table and calendar, and names an unknown class', () => {
    const classes = {
      version: 'sop-contoh',
      source: 'SOP contoh',
      classes: [{ id: 'cepat', label: { id: 'Cepat', en: 'Fast' }, workingDays: 1 }],
    };
    const calendar = createHolidayCalendar({
      patches: {
        add: [
          {
            date: '2026-01-09',
            name: { id: 'Libur daerah', en: 'Regional' },
            kind: 'libur_daerah',
            decree: 'contoh',
          },
        ],
      },
    });
    expect(
      createFollowUp(
        { ...base, id: 'x', classId: 'cepat', at: '2026-01-08T10:00:00+08:00' },
        { classes, calendar },
      ).dueDate,
    ).toBe('2026-01-12');
    try {
      createFollowUp({ ...base, id: 'x', classId: 'kilat', at: '2026-01-08T10:00:00+08:00' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]).toMatchObject({
        field: 'classId',
        code: 'unknown_follow_up_class',
      });
    }
  });
});

describe('applyFollowUpUpdate', () => {
  const start = () =>
    createFollowUp({ ...base, id: 'tl-1', classId: 'normatif', at: '2026-01-08T20:30:00+08:00' });

  it('keeps a dated timeline with evidence, derives status and progress, and closes with an outcome', () => {
    let f = start();
    f = applyFollowUpUpdate(f, {
      kind: 'progress',
      at: '2026-01-09T10:00:00+08:00',
      progress: 40,
      note: 'Survei lokasi',
      evidence: [{ url: 'https://example.go.id/foto/goa-1.jpg', mediaType: 'image/jpeg' }],
    });
    expect(f).toMatchObject({ status: 'in_progress', progress: 40 });
    f = applyFollowUpUpdate(f, {
      kind: 'complete',
      at: '2026-01-13T15:00:00+08:00',
      outcome: { result: 'resolved', summary: 'Jalan sudah ditambal' },
    });
    expect(f).toMatchObject({ status: 'completed', progress: 100, closedAt: '2026-01-13T15:00:00+08:00' });
    expect(f.outcome?.result).toBe('resolved');
    f = applyFollowUpUpdate(f, {
      kind: 'reopen',
      at: '2026-01-20T09:00:00+08:00',
      note: 'Lubang muncul lagi',
    });
    // Reopening restores the progress from before completion.
    expect(f).toMatchObject({ status: 'in_progress', progress: 40 });
    expect(f).not.toHaveProperty('closedAt');
    expect(f).not.toHaveProperty('outcome');
    expect(f.timeline.map((e) => e.kind)).toEqual(['created', 'progress', 'completed', 'reopened']);
    expect(FollowUp.safeParse(f).success).toBe(true);
  });

  it('refuses an update dated before the last entry, and a step the status does not allow', () => {
    const f = applyFollowUpUpdate(start(), {
      kind: 'cancel',
      at: '2026-01-09T10:00:00+08:00',
      note: 'Sudah ditangani desa',
    });
    expect(() =>
      applyFollowUpUpdate(f, { kind: 'reopen', at: '2026-01-09T09:59:59+08:00', note: 'x' }),
    ).toThrow(ValidationError);
    try {
      applyFollowUpUpdate(f, { kind: 'progress', at: '2026-01-10T10:00:00+08:00' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidFollowUpTransitionError);
      expect((error as InvalidFollowUpTransitionError).toJSON()).toMatchObject({
        code: 'invalid_follow_up_transition',
        status: 'cancelled',
        updateKind: 'progress',
      });
      expect((error as InvalidFollowUpTransitionError).messages?.id).toContain('tidak dapat diterapkan');
    }
  });

  it('refuses a stored follow-up whose status disagrees with its timeline', () => {
    const result = FollowUp.safeParse({ ...start(), status: 'completed' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('status');
    expect(() => deriveFollowUpState([])).not.toThrow();
    expect(() =>
      deriveFollowUpState([{ at: '2026-01-08T10:00:00+08:00', kind: 'progress', evidence: [] }]),
    ).toThrow(ValidationError);
  });

  // A model of the status machine, written independently of the implementation's table.
  const allowed = (status: FollowUpStatus, kind: FollowUpUpdate['kind']): boolean => {
    const closed = status === 'completed' || status === 'cancelled';
    if (kind === 'reopen') return closed;
    if (kind === 'evidence') return status !== 'cancelled';
    return !closed;
  };
  const T0 = Date.parse('2026-01-08T20:30:00+08:00');
  const update = fc.record({
    kind: fc.constantFrom('progress', 'evidence', 'complete', 'cancel', 'reopen' as const),
    // Mostly forward in time, sometimes backwards, sometimes the same instant.
    deltaMinutes: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: -600, max: 0 })),
    progress: fc.option(fc.integer({ min: -5, max: 105 }), { nil: undefined }),
    withEvidence: fc.boolean(),
  });

  it('random sequences of updates keep the timeline ordered and the status consistent (property)', () => {
    fc.assert(
      fc.property(fc.array(update, { maxLength: 12 }), (steps) => {
        let f = createFollowUp({ ...base, id: 'tl-p', classId: 'normatif', at: new Date(T0).toISOString() });
        let clock = T0;
        for (const step of steps) {
          const at = new Date(clock + step.deltaMinutes * 60_000).toISOString();
          const evidence = [{ url: 'https://example.go.id/bukti.jpg' }];
          const u = {
            kind: step.kind,
            at,
            ...(step.progress === undefined ? {} : { progress: step.progress }),
            ...(step.kind === 'evidence' || step.withEvidence ? { evidence } : {}),
            ...(step.kind === 'complete' ? { outcome: { result: 'resolved', summary: 'ok' } } : {}),
            ...(step.kind === 'cancel' || step.kind === 'reopen' ? { note: 'alasan' } : {}),
          } as FollowUpUpdate;
          const before = structuredClone(f);
          const badProgress =
            step.progress !== undefined &&
            (step.kind === 'progress' || step.kind === 'reopen') &&
            (step.progress < 0 || step.progress > 100);
          // What the model expects: bad input, then time order, then the status machine.
          const expected = badProgress
            ? 'invalid_input'
            : step.deltaMinutes < 0
              ? 'timeline_order'
              : allowed(f.status, step.kind)
                ? 'ok'
                : 'invalid_follow_up_transition';
          let got = 'ok';
          try {
            f = applyFollowUpUpdate(f, u);
            clock = Date.parse(at);
          } catch (error) {
            expect(isOpenGovError(error)).toBe(true);
            got =
              error instanceof InvalidFollowUpTransitionError
                ? error.code
                : error instanceof ValidationError && error.code === 'timeline_order'
                  ? 'timeline_order'
                  : error instanceof ValidationError
                    ? 'invalid_input'
                    : 'other';
            expect(f).toEqual(before);
          }
          expect(got).toBe(expected);
          const times = f.timeline.map((e) => Date.parse(e.at));
          expect(times).toEqual([...times].sort((a, b) => a - b));
          expect(f.timeline[0]?.kind).toBe('created');
          const closed = f.status === 'completed' || f.status === 'cancelled';
          expect(f.closedAt !== undefined).toBe(closed);
          expect(f.outcome !== undefined).toBe(f.status === 'completed');
          if (f.status === 'completed') expect(f.progress).toBe(100);
          expect(f.status).toBe(f.timeline.length === 1 ? 'open' : deriveFollowUpState(f.timeline).status);
          expect(FollowUp.safeParse(f).success).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('listOverdue', () => {
  const make = (id: string, org: string, at: string, classId = 'ringan') =>
    createFollowUp({ ...base, id, ownerOrganizationId: org, classId, at });

  it('lists open and in-progress follow-ups past their due date, per organization, most overdue first', () => {
    const a = make('a', 'ksb-pupr', '2026-01-05T09:00:00+08:00'); // due 7 Jan
    const b = make('b', 'ksb-pupr', '2026-01-12T09:00:00+08:00'); // due 14 Jan
    const c = make('c', 'ksb-dinkes', '2026-01-12T09:00:00+08:00'); // due 14 Jan
    const d = applyFollowUpUpdate(make('d', 'ksb-dinkes', '2026-01-05T09:00:00+08:00'), {
      kind: 'complete',
      at: '2026-01-20T09:00:00+08:00',
      outcome: { result: 'resolved', summary: 'ok' },
    }); // completed late: not overdue any more
    const e = make('e', 'ksb-dinsos', '2026-01-19T09:00:00+08:00'); // due 21 Jan: not yet
    const overdue = listOverdue([a, b, c, d, e], { asOf: '2026-01-19' });
    expect(overdue.map((g) => [g.organizationId, g.followUps.map((x) => x.followUp.id)])).toEqual([
      ['ksb-pupr', ['a', 'b']],
      ['ksb-dinkes', ['c']],
    ]);
    // 7 Jan → 19 Jan: 12 calendar days; working days 8, 9, 12–15 (16 is Isra Mi'raj), 19 = 7.
    expect(overdue[0]?.followUps[0]).toMatchObject({ daysOverdue: 12, workingDaysOverdue: 7 });
    // The due date itself is still on time.
    expect(listOverdue([b], { asOf: '2026-01-14' })).toEqual([]);
    // An instant is read in WITA: 16:30 UTC on the 14th is already the 15th.
    expect(listOverdue([b], { asOf: '2026-01-14T16:30:00Z' })).toHaveLength(1);
  });

  it('names a bad asOf', () => {
    try {
      listOverdue([], { asOf: '2026-13-01' });
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues[0]?.field).toBe('asOf');
    }
  });
});
