import { compileErrors, validate as validateOpenApi } from '@readme/openapi-parser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, NotFoundError, ValidationError } from '@opengov-id/core';
import { server } from '../../../scripts/msw.server.js';
import {
  type AspirationInput,
  createForumClient,
  type ForumClient,
  type ForumSessionInput,
  forumContract,
  forumOpenApi,
  ksbYasinanSeries,
  toComplaintDraft,
} from '../src/index.js';
import { createForumMswHandlers, createForumTestStore, type ForumTestStore } from '../src/testing/index.js';

const BASE_URL = 'https://forum.test/api/v1';
const NIK = '5207024507050001';

const session: ForumSessionInput = {
  id: 's-08',
  seriesId: 'ksb-yasinan',
  level: 'kabupaten',
  areaCode: '52.07',
  startsAt: '2026-01-08T19:00:00+08:00',
  status: 'confirmed',
};
const aspiration: AspirationInput = {
  id: 'asp-1',
  seriesId: 'ksb-yasinan',
  sessionId: 's-08',
  channel: 'forum',
  raisedAt: '2026-01-08T19:40:00+08:00',
  raisedBy: { kind: 'warga', name: 'Ibu Siti', nik: NIK },
  kind: 'aduan',
  text: 'Pustu di desa sering tutup.',
  sector: 'kesehatan',
  areaCode: '52.07.03.2001',
  assignedOrganizationIds: ['ksb-dinkes'],
  status: 'didisposisikan',
};

let store: ForumTestStore;
let forum: ForumClient;

beforeEach(() => {
  store = createForumTestStore({ series: [ksbYasinanSeries()], sessions: [session] });
  server.use(...createForumMswHandlers(store.implementation, { baseUrl: BASE_URL }));
  forum = createForumClient(createHttpClient({ baseUrl: BASE_URL, maxRetries: 0 }));
});

describe('createForumClient against the msw handlers of ./testing', () => {
  it('records an aspiration (NIK masked on the wire), answers it, follows it up and reports figures', async () => {
    const created = await forum.createAspiration({ body: aspiration });
    expect(created.raisedBy.nik).toBe('520702******0001');
    expect(JSON.stringify([...store.aspirations.values()])).not.toContain(NIK);

    const answered = await forum.addAnswer({
      params: { aspirationId: 'asp-1' },
      body: {
        id: 'ans-1',
        responder: { postId: 'ksb-bupati' },
        text: 'Dinkes meninjau.',
        at: '2026-01-08T20:00:00+08:00',
        inForum: true,
      },
    });
    expect(answered.answers).toHaveLength(1);

    const followUp = await forum.createFollowUp({
      body: {
        id: 'tl-1',
        aspirationId: 'asp-1',
        ownerOrganizationId: 'ksb-dinkes',
        commitment: 'Jadwal pustu',
        classId: 'normatif',
        at: '2026-01-08T21:00:00+08:00',
      },
    });
    // 5 working days after Thursday 8 January 2026 (16 January is Isra Mi'raj): 15 January.
    expect(followUp.dueDate).toBe('2026-01-15');

    const overdue = await forum.listFollowUps({ query: { overdueAsOf: '2026-01-19' } });
    expect(overdue.items.map((f) => f.id)).toEqual(['tl-1']);

    const done = await forum.updateFollowUp({
      params: { followUpId: 'tl-1' },
      body: {
        kind: 'complete',
        at: '2026-01-14T10:00:00+08:00',
        outcome: { result: 'resolved', summary: 'Pustu buka setiap hari kerja.' },
      },
    });
    expect(done.status).toBe('completed');

    const figures = await forum.getFigures({ query: { groupBy: 'session', asOf: '2026-01-31' } });
    // 8 Jan → 14 Jan: 9, 12, 13, 14 = 4 working days.
    expect(figures.rows[0]).toMatchObject({
      key: 's-08',
      raised: 1,
      answeredInForum: 1,
      completed: 1,
      workingDaysToCompletion: { median: 4, p90: 4 },
      withinDeadline: { due: 1, onTime: 1, share: 1 },
    });
  });

  it('answers 409 for a follow-up transition the status forbids, and 404 for unknown records', async () => {
    await forum.createAspiration({ body: aspiration });
    await forum.createFollowUp({
      body: {
        id: 'tl-1',
        aspirationId: 'asp-1',
        ownerOrganizationId: 'ksb-dinkes',
        commitment: 'x',
        classId: 'ringan',
        at: '2026-01-08T21:00:00+08:00',
      },
    });
    const sameId = await forum
      .createFollowUp({
        body: {
          id: 'tl-1',
          aspirationId: 'asp-1',
          ownerOrganizationId: 'ksb-pupr',
          commitment: 'y',
          classId: 'ringan',
          at: '2026-01-08T21:05:00+08:00',
        },
      })
      .catch((e: unknown) => e);
    expect((sameId as HttpError).status).toBe(409);
    expect(store.followUps.get('tl-1')?.ownerOrganizationId).toBe('ksb-dinkes');
    await forum.updateFollowUp({
      params: { followUpId: 'tl-1' },
      body: { kind: 'cancel', at: '2026-01-09T08:00:00+08:00', note: 'Selesai di desa' },
    });
    const conflict = await forum
      .updateFollowUp({
        params: { followUpId: 'tl-1' },
        body: { kind: 'progress', at: '2026-01-10T08:00:00+08:00' },
      })
      .catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(HttpError);
    expect((conflict as HttpError).status).toBe(409);
    expect((conflict as HttpError).body).toMatchObject({ code: 'invalid_follow_up_transition' });
    await expect(forum.getSession({ params: { sessionId: 'nope' } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      forum.createFollowUp({
        body: {
          id: 'tl-2',
          aspirationId: 'missing',
          ownerOrganizationId: 'o',
          commitment: 'x',
          classId: 'ringan',
          at: '2026-01-08T21:00:00+08:00',
        },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('validates requests before sending them, naming the field', async () => {
    const error = await forum
      .createAspiration({ body: { ...aspiration, areaCode: '99.99.99.9999x' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.field).toBe('body.areaCode');
  });

  it('sets agenda and attendance, lists sessions and series', async () => {
    const updated = await forum.putAgenda({
      params: { sessionId: 's-08' },
      body: [{ position: 1, kind: 'opening', title: 'Pembukaan' }],
    });
    expect(updated.agenda).toHaveLength(1);
    const withAttendance = await forum.putAttendance({
      params: { sessionId: 's-08' },
      body: {
        officials: [{ role: 'bupati', organizationId: 'pemkab-ksb' }],
        citizens: [{ role: 'warga', count: 200 }],
      },
    });
    expect(withAttendance.attendance?.citizens[0]?.count).toBe(200);
    expect((await forum.listSessions({ query: { from: '2026-01-01', status: 'confirmed' } })).total).toBe(1);
    expect((await forum.getSeries({ params: { seriesId: 'ksb-yasinan' } })).weekday).toBe(4);
    expect((await forum.listSeries()).items).toHaveLength(1);
  });
});

describe('forumOpenApi', () => {
  it('is a valid OpenAPI 3.1 document with one operation per route', async () => {
    const document = forumOpenApi({ servers: ['https://forum.sumbawabaratkab.go.id/api/v1'] });
    const result = await validateOpenApi(structuredClone(document) as never);
    expect(result.valid ? [] : compileErrors(result)).toEqual([]);
    const operationIds = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(operationIds.sort()).toEqual(Object.keys(forumContract.routes).sort());
  });
});

describe('toComplaintDraft (forwarding to a complaint system)', () => {
  it('keeps the whole history in time order and drops the NIK', () => {
    const draft = toComplaintDraft(
      {
        ...aspiration,
        answers: [
          {
            id: 'ans-1',
            responder: { postId: 'ksb-bupati' },
            text: 'Dinkes meninjau.',
            at: '2026-01-08T20:00:00+08:00',
            inForum: true,
          },
        ],
        externalRefs: [{ system: 'sp4n_lapor', id: '1234567' }],
      },
      {
        followUps: [
          {
            id: 'tl-1',
            aspirationId: 'asp-1',
            ownerOrganizationId: 'ksb-dinkes',
            commitment: 'Jadwal pustu',
            classId: 'normatif',
            startDate: '2026-01-08',
            dueDate: '2026-01-15',
            status: 'in_progress',
            progress: 50,
            timeline: [
              { at: '2026-01-08T21:00:00+08:00', kind: 'created' },
              {
                at: '2026-01-12T09:00:00+08:00',
                kind: 'progress',
                progress: 50,
                note: 'Survei',
                evidence: [{ url: 'https://example.go.id/foto.jpg' }],
              },
            ],
          },
          {
            ...{
              id: 'other',
              aspirationId: 'asp-9',
              ownerOrganizationId: 'x',
              commitment: 'y',
              classId: 'ringan',
              startDate: '2026-01-08',
              dueDate: '2026-01-12',
              status: 'open',
              progress: 0,
              timeline: [{ at: '2026-01-08T21:00:00+08:00', kind: 'created' }],
            },
          },
        ],
      },
    );
    expect(draft.history.map((h) => [h.kind, h.at])).toEqual([
      ['raised', '2026-01-08T19:40:00+08:00'],
      ['answered_in_forum', '2026-01-08T20:00:00+08:00'],
      ['follow_up_created', '2026-01-08T21:00:00+08:00'],
      ['follow_up_progress', '2026-01-12T09:00:00+08:00'],
    ]);
    expect(draft.history[3]).toMatchObject({
      text: 'Survei',
      organizationId: 'ksb-dinkes',
      evidenceUrls: ['https://example.go.id/foto.jpg'],
    });
    expect(draft).toMatchObject({
      source: { system: 'forum', aspirationId: 'asp-1', sessionId: 's-08', seriesId: 'ksb-yasinan' },
      title: 'Pustu di desa sering tutup.',
      category: 'kesehatan',
      regionCode: '52.07.03.2001',
      reporter: { kind: 'warga', name: 'Ibu Siti', anonymous: false },
      externalRefs: [{ system: 'sp4n_lapor', id: '1234567' }],
    });
    expect(JSON.stringify(draft)).not.toContain('520702');
    const anonymous = toComplaintDraft({
      ...aspiration,
      raisedBy: { kind: 'warga', name: 'Ibu Siti', anonymous: true },
      text: 'kata '.repeat(60),
    });
    expect(anonymous.reporter).toEqual({ kind: 'warga', anonymous: true });
    expect(anonymous.title.length).toBeLessThanOrEqual(120);
    expect(anonymous.title.endsWith('…')).toBe(true);
  });
});
