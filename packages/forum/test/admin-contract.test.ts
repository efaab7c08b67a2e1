import { beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, ValidationError } from '@opengov-id/core';
import { server } from '../../../scripts/msw.server.js';
import {
  type AspirationInput,
  type ChangedBy,
  createForumClient,
  type ForumClient,
  type ForumSessionInput,
  forumOpenApi,
  ksbYasinanSeries,
} from '../src/index.js';
import { createForumMswHandlers, createForumTestStore, type ForumTestStore } from '../src/testing/index.js';

const BASE_URL = 'https://forum-admin.test/api/v1';
// Tuesday 20 January 2026, 09:00 WITA.
const NOW = new Date('2026-01-20T01:00:00Z');
const SETELUK: ChangedBy = { role: 'officer', organizationId: 'ksb-kec-seteluk' };
const PUPR: ChangedBy = { role: 'officer', organizationId: 'ksb-pupr' };

const held: ForumSessionInput = {
  id: 's-held',
  seriesId: 'ksb-yasinan',
  organizerId: 'ksb-kec-seteluk',
  level: 'kabupaten',
  areaCode: '52.07',
  startsAt: '2026-01-08T19:00:00+08:00',
  status: 'held',
};
const aspiration: AspirationInput = {
  id: 'asp-1',
  seriesId: 'ksb-yasinan',
  sessionId: 's-held',
  channel: 'forum',
  raisedAt: '2026-01-08T19:40:00+08:00',
  raisedBy: { kind: 'warga', name: 'Ibu Siti' },
  kind: 'aduan',
  text: 'Jalan dusun rusak.',
  areaCode: '52.07.02.2001',
  assignedOrganizationIds: ['ksb-kec-taliwang', 'ksb-dpmd'],
  status: 'diterima',
};

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof HttpError ? error.status : error),
  );

let store: ForumTestStore;
let caller: ChangedBy;
let forum: ForumClient;

beforeEach(() => {
  caller = SETELUK;
  store = createForumTestStore(
    { series: [ksbYasinanSeries()], sessions: [held], aspirations: [aspiration] },
    { now: () => NOW, actor: () => caller },
  );
  server.use(...createForumMswHandlers(store.implementation, { baseUrl: BASE_URL }));
  forum = createForumClient(createHttpClient({ baseUrl: BASE_URL, maxRetries: 0 }));
});

describe('session administration through createForumClient and the testing kit', () => {
  it('schedules, reschedules and cancels a session, keeping who, when and why', async () => {
    const body = {
      id: 's-seteluk',
      seriesId: 'ksb-yasinan',
      level: 'kecamatan' as const,
      areaCode: '52.07.03',
      venue: { name: 'Aula Kantor Camat Seteluk' },
      date: '2026-02-05',
      startTime: '19:00',
      endTime: '22:00',
    };
    const created = await forum.createSession({ body, idempotencyKey: 'k-create' });
    expect(created).toMatchObject({
      organizerId: 'ksb-kec-seteluk',
      startsAt: '2026-02-05T19:00:00+08:00',
      status: 'confirmed',
      history: [{ at: '2026-01-20T09:00:00+08:00', action: 'created', by: SETELUK }],
    });
    // A retry with the same key answers the first record; another id clash is a 409.
    expect(await forum.createSession({ body, idempotencyKey: 'k-create' })).toEqual(created);
    expect(await status(forum.createSession({ body, idempotencyKey: 'k-other' }))).toBe(409);

    const moved = await forum.rescheduleSession({
      params: { sessionId: 's-seteluk' },
      body: { date: '2026-02-12', startTime: '19:30', endTime: '22:00', reason: 'Aula dipakai.' },
      idempotencyKey: 'k-move',
    });
    expect(moved.startsAt).toBe('2026-02-12T19:30:00+08:00');
    expect(moved.history?.[1]).toMatchObject({
      action: 'rescheduled',
      reason: 'Aula dipakai.',
      previous: { startsAt: '2026-02-05T19:00:00+08:00' },
    });
    // The replay does not move it twice.
    const replay = await forum.rescheduleSession({
      params: { sessionId: 's-seteluk' },
      body: { date: '2026-02-12', startTime: '19:30', endTime: '22:00', reason: 'Aula dipakai.' },
      idempotencyKey: 'k-move',
    });
    expect(replay.history).toHaveLength(2);

    const off = await forum.cancelSession({
      params: { sessionId: 's-seteluk' },
      body: { reason: 'Banjir.' },
    });
    expect(off.status).toBe('cancelled');
    expect(store.sessions.get('s-seteluk')?.history?.map((h) => h.action)).toEqual([
      'created',
      'rescheduled',
      'cancelled',
    ]);
    expect(
      await status(forum.cancelSession({ params: { sessionId: 's-seteluk' }, body: { reason: 'x' } })),
    ).toBe(409);
  });

  it('answers 409 for a held session, 404 for another office or an unknown one, 400 for a loose body', async () => {
    const change = { date: '2026-02-12', startTime: '19:00', endTime: '22:00', reason: 'Jadwal baru.' };
    const refused = await forum
      .rescheduleSession({ params: { sessionId: 's-held' }, body: change })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({
      status: 409,
      body: {
        code: 'invalid_session_transition',
        message: {
          id: 'Sesi ini sudah terlaksana, sehingga tidak dapat dijadwalkan ulang.',
          en: 'This session already took place, so it cannot be rescheduled.',
        },
      },
    });
    caller = PUPR;
    expect(
      await status(forum.cancelSession({ params: { sessionId: 's-held' }, body: { reason: 'x' } })),
    ).toBe(404);
    expect(
      await status(forum.cancelSession({ params: { sessionId: 's-none' }, body: { reason: 'x' } })),
    ).toBe(404);
    // Strict bodies: the client refuses an unknown field before sending it.
    const loose = { reason: 'x', by: 'Pak Camat' } as { reason: string };
    await expect(
      forum.cancelSession({ params: { sessionId: 's-held' }, body: loose }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('session status through createForumClient and the testing kit', () => {
  it('confirms a draft, postpones it, reschedules it and marks it held once it has started', async () => {
    let clock = NOW;
    const kit = createForumTestStore(
      { series: [ksbYasinanSeries()] },
      { now: () => clock, actor: () => SETELUK },
    );
    server.use(...createForumMswHandlers(kit.implementation, { baseUrl: BASE_URL }));
    const draft = await forum.createSession({
      body: {
        id: 's-draft',
        seriesId: 'ksb-yasinan',
        level: 'kecamatan',
        areaCode: '52.07.03',
        venue: { name: 'Aula Kantor Camat Seteluk' },
        date: '2026-02-05',
        startTime: '19:00',
        endTime: '22:00',
        status: 'tentative',
      },
    });
    const sessionId = draft.id;
    const confirmed = await forum.confirmSession({ params: { sessionId }, body: {}, idempotencyKey: 'k-c' });
    expect(confirmed.status).toBe('confirmed');
    // The replay answers the first result, not a 409 for confirming twice.
    expect(await forum.confirmSession({ params: { sessionId }, body: {}, idempotencyKey: 'k-c' })).toEqual(
      confirmed,
    );
    expect(await status(forum.confirmSession({ params: { sessionId }, body: {} }))).toBe(409);
    // Not started yet (20 January): a 409 naming the start in WITA.
    const early = await forum.markSessionHeld({ params: { sessionId }, body: {} }).catch((e: unknown) => e);
    expect(early).toMatchObject({
      status: 409,
      body: {
        code: 'session_not_started',
        message: { en: 'This session starts at 2026-02-05 19:00 WITA, so it cannot be marked as held yet.' },
      },
    });
    const postponed = await forum.postponeSession({
      params: { sessionId },
      body: { reason: 'Hujan lebat.' },
    });
    expect(postponed.history?.at(-1)).toEqual({
      at: '2026-01-20T09:00:00+08:00',
      action: 'postponed',
      by: SETELUK,
      reason: 'Hujan lebat.',
    });
    expect(await status(forum.markSessionHeld({ params: { sessionId }, body: {} }))).toBe(409);
    await forum.rescheduleSession({
      params: { sessionId },
      body: { date: '2026-02-12', startTime: '19:00', endTime: '22:00', reason: 'Jadwal baru.' },
    });
    // 12 February 2026, 19:30 WITA.
    clock = new Date('2026-02-12T11:30:00Z');
    const held = await forum.markSessionHeld({ params: { sessionId }, body: { note: 'Terlaksana.' } });
    expect(held.status).toBe('held');
    expect(kit.sessions.get(sessionId)?.history?.map((h) => h.action)).toEqual([
      'created',
      'confirmed',
      'postponed',
      'rescheduled',
      'held',
    ]);
    const figures = await forum.getFigures({ query: { groupBy: 'all', asOf: '2026-02-28' } });
    expect(figures.rows[0]?.sessionsHeld).toBe(1);
    // A postponement needs its reason: the client refuses an empty one before sending it.
    await expect(
      forum.postponeSession({ params: { sessionId }, body: { reason: '' } }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('answers 404 to an officer of another office', async () => {
    caller = PUPR;
    expect(await status(forum.markSessionHeld({ params: { sessionId: 's-held' }, body: {} }))).toBe(404);
    caller = SETELUK;
    expect(await status(forum.markSessionHeld({ params: { sessionId: 's-held' }, body: {} }))).toBe(409);
  });
});

describe('aspiration review through createForumClient and the testing kit', () => {
  it('verifies, reroutes and disposes of an aspiration, keeping the routing history', async () => {
    caller = { role: 'officer', organizationId: 'ksb-kec-taliwang' };
    const verified = await forum.reviewAspiration({
      params: { aspirationId: 'asp-1' },
      body: { decision: 'verify' },
      idempotencyKey: 'k-verify',
    });
    expect(verified.status).toBe('diverifikasi');
    // A replay answers the first result instead of a 409.
    expect(
      await forum.reviewAspiration({
        params: { aspirationId: 'asp-1' },
        body: { decision: 'verify' },
        idempotencyKey: 'k-verify',
      }),
    ).toEqual(verified);
    expect(
      await status(
        forum.reviewAspiration({ params: { aspirationId: 'asp-1' }, body: { decision: 'verify' } }),
      ),
    ).toBe(409);

    const moved = await forum.rerouteAspiration({
      params: { aspirationId: 'asp-1' },
      body: { toOrganizationId: 'ksb-pupr', reason: 'Jalan kabupaten.' },
    });
    expect(moved.assignedOrganizationIds).toEqual(['ksb-pupr', 'ksb-dpmd']);
    // Taliwang handed it over: it is no longer theirs to act on.
    expect(
      await status(
        forum.reviewAspiration({
          params: { aspirationId: 'asp-1' },
          body: { decision: 'dispose', reason: 'out_of_scope' },
        }),
      ),
    ).toBe(404);

    caller = PUPR;
    const disposed = await forum.reviewAspiration({
      params: { aspirationId: 'asp-1' },
      body: { decision: 'dispose', reason: 'out_of_scope', note: 'Jalan nasional: Balai Jalan.' },
    });
    expect(disposed.status).toBe('ditolak');
    expect(disposed.history?.map((h) => [h.action, h.by.organizationId])).toEqual([
      ['verified', 'ksb-kec-taliwang'],
      ['rerouted', 'ksb-kec-taliwang'],
      ['disposed', 'ksb-pupr'],
    ]);
    expect(
      await status(
        forum.rerouteAspiration({
          params: { aspirationId: 'asp-1' },
          body: { toOrganizationId: 'ksb-setda', reason: 'x' },
        }),
      ),
    ).toBe(409);
  });

  it('answers 400 naming the field for a duplicate of an unknown aspiration', async () => {
    caller = { role: 'admin' };
    const error = await forum
      .reviewAspiration({
        params: { aspirationId: 'asp-1' },
        body: { decision: 'dispose', reason: 'duplicate', duplicateOf: 'asp-none' },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 400, body: { issues: [{ field: 'body.duplicateOf' }] } });
  });
});

describe('forumOpenApi', () => {
  it('documents the new routes with strict bodies and their declared statuses', () => {
    const doc = forumOpenApi();
    expect(doc.paths['/sessions']?.post?.operationId).toBe('createSession');
    const reschedule = doc.paths['/sessions/{sessionId}/reschedule']?.post;
    expect(reschedule?.operationId).toBe('rescheduleSession');
    expect(Object.keys(reschedule?.responses ?? {}).sort()).toEqual(['200', '400', '404', '409']);
    expect(doc.paths['/sessions/{sessionId}/cancel']?.post?.operationId).toBe('cancelSession');
    expect(doc.paths['/sessions/{sessionId}/confirm']?.post?.operationId).toBe('confirmSession');
    expect(doc.paths['/sessions/{sessionId}/postpone']?.post?.operationId).toBe('postponeSession');
    const held = doc.paths['/sessions/{sessionId}/held']?.post;
    expect(held?.operationId).toBe('markSessionHeld');
    expect(Object.keys(held?.responses ?? {}).sort()).toEqual(['200', '400', '404', '409']);
    expect(doc.paths['/aspirations/{aspirationId}/review']?.post?.operationId).toBe('reviewAspiration');
    expect(doc.paths['/aspirations/{aspirationId}/reroute']?.post?.operationId).toBe('rerouteAspiration');
    const json = JSON.stringify(doc.paths['/sessions/{sessionId}/cancel']);
    expect(json).toContain('"additionalProperties":false');
  });
});
