import { describe, expect, it } from 'vitest';
import { ValidationError } from '@opengov-id/core';
import {
  Aspiration,
  applyFollowUpUpdate,
  computeFigures,
  createFollowUp,
  figuresInputForSeries,
  isFollowUpConflict,
  toPublicAspiration,
} from '../src/index.js';

const aspiration = (overrides: Record<string, unknown> = {}) =>
  Aspiration.parse({
    id: 'asp-1',
    sessionId: 'yas-1',
    channel: 'forum',
    raisedAt: '2026-01-08T19:40:00+08:00',
    raisedBy: {
      kind: 'warga',
      name: 'Ibu Contoh',
      nik: '5207024507050001',
      personId: 'person-1',
      areaCode: '52.07.02.2001',
    },
    kind: 'aduan',
    text: 'Jalan desa rusak.',
    areaCode: '52.07.02.2001',
    status: 'diterima',
    ...overrides,
  });

describe('toPublicAspiration', () => {
  it('drops the (masked) NIK always and keeps a named raiser named', () => {
    const shown = toPublicAspiration(aspiration());
    expect(shown.raisedBy).toEqual({
      kind: 'warga',
      name: 'Ibu Contoh',
      personId: 'person-1',
      areaCode: '52.07.02.2001',
    });
    expect(JSON.stringify(shown)).not.toMatch(/520702\*+0001|5207024507050001/);
  });

  it('drops name, person and organization of an anonymous raiser, and keeps the record otherwise', () => {
    const a = aspiration({
      raisedBy: { kind: 'kelompok', name: 'Kelompok Tani Contoh', organizationId: 'kt-1', anonymous: true },
      answers: [
        {
          id: 'ans-1',
          responder: { organizationId: 'ksb-pupr' },
          text: 'Ditinjau.',
          at: '2026-01-08T20:00:00+08:00',
          inForum: true,
        },
      ],
    });
    const shown = toPublicAspiration(a);
    expect(shown.raisedBy).toEqual({ kind: 'kelompok', anonymous: true });
    expect({ ...shown, raisedBy: a.raisedBy }).toEqual(a);
    expect(Aspiration.parse(shown)).toEqual(shown);
  });
});

describe('figuresInputForSeries', () => {
  const sessions = [
    { id: 'yas-1', seriesId: 'ksb-yasinan' },
    { id: 'other-1', seriesId: 'other' },
  ];
  const aspirations = [
    { id: 'a1', sessionId: 'yas-1' },
    { id: 'a2', seriesId: 'ksb-yasinan' },
    { id: 'a3', sessionId: 'other-1' },
    { id: 'a4' },
  ];
  const followUps = [{ aspirationId: 'a1' }, { aspirationId: 'a3' }, { aspirationId: 'a2' }];

  it('chooses the series, its sessions, the aspirations raised in them or naming it, and their follow-ups', () => {
    const chosen = figuresInputForSeries({ aspirations, followUps, sessions }, 'ksb-yasinan');
    expect(chosen.sessions.map((s) => s.id)).toEqual(['yas-1']);
    expect(chosen.aspirations.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(chosen.followUps.map((f) => f.aspirationId)).toEqual(['a1', 'a2']);
  });

  it('chooses everything without a series, and feeds computeFigures', () => {
    const all = figuresInputForSeries({ aspirations, followUps, sessions }, undefined);
    expect(all.aspirations).toHaveLength(4);
    expect(all.followUps).toHaveLength(3);
    const a = aspiration();
    const figures = computeFigures(
      figuresInputForSeries({ aspirations: [a], followUps: [], sessions: [] }, 'x'),
      {
        groupBy: 'all',
        asOf: '2026-02-01',
      },
    );
    expect(figures.rows).toEqual([]);
  });
});

describe('isFollowUpConflict', () => {
  const f = createFollowUp({
    id: 'tl-1',
    aspirationId: 'asp-1',
    ownerOrganizationId: 'ksb-pupr',
    commitment: 'Menambal jalan',
    classId: 'normatif',
    at: '2026-01-08T20:30:00+08:00',
  });
  const caught = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      return error;
    }
    throw new Error('expected a throw');
  };

  it('is true for a refused transition and an entry before the timeline, false for bad input', () => {
    expect(
      isFollowUpConflict(
        caught(() => applyFollowUpUpdate(f, { kind: 'reopen', at: '2026-01-09T09:00:00+08:00', note: 'x' })),
      ),
    ).toBe(true);
    expect(
      isFollowUpConflict(
        caught(() => applyFollowUpUpdate(f, { kind: 'progress', at: '2026-01-07T09:00:00+08:00' })),
      ),
    ).toBe(true);
    const bad = caught(() => applyFollowUpUpdate(f, { kind: 'progress', at: 'kemarin' } as never));
    expect(bad).toBeInstanceOf(ValidationError);
    expect(isFollowUpConflict(bad)).toBe(false);
    expect(isFollowUpConflict(new Error('x'))).toBe(false);
  });
});
