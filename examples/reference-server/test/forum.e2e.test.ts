import { createHttpClient, HttpError } from '@opengov-id/core';
import { type AspirationInput, createForumClient, type ForumClient } from '@opengov-id/forum';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORUM_COLLECTIONS as C } from '../src/modules/forum.js';
import { engines } from './engines.js';
import { NOW, startTestServer, type TestServer } from './helpers.js';

// The helpers' clock: Monday 2 March 2026, 09:00 WITA.
const TODAY = '2026-03-02';
const NIK = '5207024507050001';

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof HttpError ? error.status : error),
  );

describe.each(engines)('forum over HTTP: $name', (engine) => {
  let server: TestServer;
  const forum = (role?: Parameters<TestServer['http']>[1]): ForumClient =>
    createForumClient(createHttpClient(server.http('/forum/v1', role)));
  beforeEach(async () => {
    server = await startTestServer(engine);
  });
  afterEach(async () => {
    await server.close();
  });

  it('shows the public the series, the published sessions and the figures', async () => {
    const pub = forum();
    const { items: series } = await pub.listSeries();
    expect(series.map((s) => s.id)).toEqual(['ksb-yasinan']);
    const sessions = await pub.listSessions({ query: { seriesId: 'ksb-yasinan', limit: 100 } });
    expect(sessions.items.length).toBeGreaterThan(0);
    expect(sessions.items.every((s) => s.status !== 'tentative')).toBe(true);
    const starts = sessions.items.map((s) => s.startsAt);
    expect(starts).toEqual([...starts].sort());
    // Staff also see the secretariat's tentative draft.
    const staff = await forum('admin').listSessions({ query: { seriesId: 'ksb-yasinan', limit: 100 } });
    expect(staff.items.some((s) => s.status === 'tentative')).toBe(true);
    const tentative = staff.items.find((s) => s.status === 'tentative');
    expect(await status(pub.getSession({ params: { sessionId: String(tentative?.id) } }))).toBe(404);

    const figures = await pub.getFigures({ query: { groupBy: 'all', asOf: TODAY, seriesId: 'ksb-yasinan' } });
    expect(figures.rows[0]).toMatchObject({ key: 'all', sessionsHeld: 2, raised: 5 });
  });

  it('routes a citizen’s aspiration to the right office, which answers and follows up on its own assignment', async () => {
    const citizen = forum('reporter');
    const officer = forum('officer'); // Dinas PUPR
    const other = forum('otherOfficer'); // Dinas Pendidikan
    const sessions = await forum().listSessions({ query: { seriesId: 'ksb-yasinan', status: 'confirmed' } });
    const next = sessions.items[0];
    if (!next) throw new Error('no confirmed sample session');

    const body: AspirationInput = {
      id: 'asp-e2e-1',
      seriesId: 'ksb-yasinan',
      sessionId: next.id,
      channel: 'forum',
      raisedAt: '2026-03-02T08:00:00+08:00',
      raisedBy: { kind: 'warga', name: 'Warga Contoh Uji', nik: NIK, areaCode: '52.07.02.2001' },
      kind: 'aduan',
      text: 'CONTOH: jalan desa berlubang di depan sekolah.',
      sector: 'pekerjaan_umum_penataan_ruang',
      areaCode: '52.07.02.2001',
      status: 'diterima',
    };
    const key = crypto.randomUUID();
    const submitted = await citizen.createAspiration({ body, idempotencyKey: key });
    // Roads in a Taliwang desa: PUPR leads, the kantor camat is informed.
    expect(submitted.assignedOrganizationIds).toEqual(['ksb-pupr', 'ksb-kec-taliwang']);
    // The citizen gets the public form back: never a NIK.
    expect(JSON.stringify(submitted)).not.toContain(NIK);
    expect(await citizen.createAspiration({ body, idempotencyKey: key })).toEqual(submitted);
    expect(await server.store.transaction((tx) => tx.count(C.aspirations, { where: { id: body.id } }))).toBe(
      1,
    );
    // A citizen may not route their own aspiration.
    expect(
      await status(
        citizen.createAspiration({
          body: { ...body, id: 'asp-e2e-2', assignedOrganizationIds: ['ksb-dikbud'] },
        }),
      ),
    ).toBe(400);

    // The assigned office sees it in full; another office and the public see the public form only.
    expect((await officer.getAspiration({ params: { aspirationId: body.id } })).raisedBy.name).toBe(
      'Warga Contoh Uji',
    );
    expect(JSON.stringify(await forum().getAspiration({ params: { aspirationId: body.id } }))).not.toContain(
      NIK,
    );

    const answer = {
      id: 'ans-e2e-1',
      responder: { organizationId: 'ksb-pupr' },
      text: 'Tim PUPR meninjau lokasi pekan ini.',
      at: '2026-03-02T09:00:00+08:00',
      inForum: false,
      commitment: 'Menambal jalan',
    };
    expect(await status(other.addAnswer({ params: { aspirationId: body.id }, body: answer }))).toBe(404);
    const answered = await officer.addAnswer({ params: { aspirationId: body.id }, body: answer });
    expect(answered.answers.map((a) => a.id)).toEqual(['ans-e2e-1']);

    const followUp = {
      id: 'tl-e2e-1',
      aspirationId: body.id,
      ownerOrganizationId: 'ksb-pupr',
      commitment: 'Menambal jalan',
      classId: 'ringan',
      at: '2026-03-02T09:00:00+08:00',
    };
    expect(
      await status(other.createFollowUp({ body: { ...followUp, ownerOrganizationId: 'ksb-dikbud' } })),
    ).toBe(404);
    const created = await officer.createFollowUp({ body: followUp, idempotencyKey: key });
    expect(created).toMatchObject({ status: 'open', startDate: TODAY });
    const progressed = await officer.updateFollowUp({
      params: { followUpId: followUp.id },
      body: { kind: 'progress', at: '2026-03-02T10:00:00+08:00', progress: 50 },
    });
    expect(progressed).toMatchObject({ status: 'in_progress', progress: 50 });
    const seededOther = await forum().listFollowUps({ query: { organizationId: 'ksb-dinkes' } });
    const notTheirs = seededOther.items[0];
    if (!notTheirs) throw new Error('no sample follow-up of Dinas Kesehatan');
    expect(
      await status(
        officer.updateFollowUp({
          params: { followUpId: notTheirs.id },
          body: { kind: 'progress', at: '2026-03-02T10:00:00+08:00' },
        }),
      ),
    ).toBe(404);
    const done = await officer.updateFollowUp({
      params: { followUpId: followUp.id },
      body: {
        kind: 'complete',
        at: '2026-03-02T11:00:00+08:00',
        outcome: { result: 'resolved', summary: 'Jalan sudah ditambal.' },
      },
    });
    expect(done.status).toBe('completed');

    // The figures count it: one more raised, and followed up.
    const figures = await forum().getFigures({
      query: { groupBy: 'all', asOf: TODAY, seriesId: 'ksb-yasinan' },
    });
    expect(figures.rows[0]).toMatchObject({ raised: 6 });
    const bySession = await forum().getFigures({
      query: { groupBy: 'session', asOf: TODAY, seriesId: 'ksb-yasinan' },
    });
    expect(bySession.rows.find((r) => r.key === next.id)).toMatchObject({
      raised: 1,
      followedUp: 1,
      completed: 1,
    });
  });

  it('lets an office confirm, postpone and mark held its own sessions; only held ones count', async () => {
    await server.close();
    let clock = NOW;
    server = await startTestServer(engine, { now: () => clock });
    const officer = forum('officer'); // Dinas PUPR
    const figures = async () =>
      (await forum().getFigures({ query: { groupBy: 'all', asOf: '2026-03-31' } })).rows[0]?.sessionsHeld;
    const heldBefore = await figures();
    const oneOff = (id: string, date: string, status: 'tentative' | 'confirmed') =>
      officer.createSession({
        body: {
          id,
          name: 'Dialog jalan desa (CONTOH)',
          level: 'kecamatan',
          areaCode: '52.07.02',
          venue: { name: 'Aula Dinas PUPR (CONTOH)' },
          date,
          startTime: '19:00',
          endTime: '21:30',
          status,
        },
      });
    const draft = await oneOff('pupr-status-e2e', '2026-03-05', 'tentative');
    const sessionId = draft.id;
    expect(await status(forum().getSession({ params: { sessionId } }))).toBe(404);
    expect(await status(forum('otherOfficer').confirmSession({ params: { sessionId }, body: {} }))).toBe(404);
    expect(await status(forum('reporter').confirmSession({ params: { sessionId }, body: {} }))).toBe(403);
    const key = crypto.randomUUID();
    const confirmed = await officer.confirmSession({ params: { sessionId }, body: {}, idempotencyKey: key });
    expect(await officer.confirmSession({ params: { sessionId }, body: {}, idempotencyKey: key })).toEqual(
      confirmed,
    );
    expect((await forum().getSession({ params: { sessionId } })).status).toBe('confirmed');
    const early = await officer.markSessionHeld({ params: { sessionId }, body: {} }).catch((e: unknown) => e);
    expect(early).toMatchObject({ status: 409, body: { code: 'session_not_started' } });
    // Thursday 5 March 2026, 20:00 WITA: under way.
    clock = new Date('2026-03-05T12:00:00Z');
    const held = await forum('admin').markSessionHeld({
      params: { sessionId },
      body: { note: 'Terlaksana (CONTOH).' },
    });
    expect(held.history?.map((h) => [h.action, h.by])).toEqual([
      ['created', { role: 'officer', organizationId: 'ksb-pupr' }],
      ['confirmed', { role: 'officer', organizationId: 'ksb-pupr' }],
      ['held', { role: 'admin' }],
    ]);
    expect(await figures()).toBe((heldBefore ?? 0) + 1);

    const later = await oneOff('pupr-postponed-e2e', '2026-03-12', 'confirmed');
    const postponed = await officer.postponeSession({
      params: { sessionId: later.id },
      body: { reason: 'Jalan menuju aula longsor (CONTOH).' },
    });
    expect(postponed.status).toBe('postponed');
    expect((await forum().getSession({ params: { sessionId: later.id } })).history?.at(-1)).toMatchObject({
      action: 'postponed',
      reason: 'Jalan menuju aula longsor (CONTOH).',
    });
    clock = new Date('2026-03-12T13:00:00Z');
    expect(await status(officer.markSessionHeld({ params: { sessionId: later.id }, body: {} }))).toBe(409);
    expect(await figures()).toBe((heldBefore ?? 0) + 1);
    expect(JSON.stringify(postponed.history)).not.toMatch(/tok|Bearer/i);
  });

  it('lets an office schedule, move and cancel its own session, and verify and hand over its aspirations', async () => {
    const officer = forum('officer'); // Dinas PUPR
    const other = forum('otherOfficer'); // Dinas Pendidikan
    // A one-off session of Dinas PUPR: no series, times read in WITA.
    const session = await officer.createSession({
      body: {
        id: 'pupr-dialog-e2e',
        name: 'Dialog jalan desa (CONTOH)',
        level: 'kecamatan',
        areaCode: '52.07.02',
        venue: { name: 'Aula Dinas PUPR (CONTOH)' },
        date: '2026-03-12',
        startTime: '19:00',
        endTime: '21:30',
      },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(session).toMatchObject({
      organizerId: 'ksb-pupr',
      startsAt: '2026-03-12T19:00:00+08:00',
      endsAt: '2026-03-12T21:30:00+08:00',
    });
    expect(session.seriesId).toBeUndefined();
    const moveTo = {
      date: '2026-03-19',
      startTime: '19:00',
      endTime: '21:30',
      reason: 'Bertepatan dengan rapat DPRD.',
    };
    expect(await status(other.rescheduleSession({ params: { sessionId: session.id }, body: moveTo }))).toBe(
      404,
    );
    expect(
      await status(
        forum('reporter').cancelSession({ params: { sessionId: session.id }, body: { reason: 'x' } }),
      ),
    ).toBe(403);
    const moved = await officer.rescheduleSession({ params: { sessionId: session.id }, body: moveTo });
    expect(moved.startsAt).toBe('2026-03-19T19:00:00+08:00');
    const cancelled = await officer.cancelSession({
      params: { sessionId: session.id },
      body: { reason: 'Cuaca buruk (CONTOH).' },
    });
    expect(cancelled.status).toBe('cancelled');
    // The public reads the whole trail: who (role and office), when, why; never a token.
    const shown = await forum().getSession({ params: { sessionId: session.id } });
    expect(shown.history?.map((h) => [h.action, h.by])).toEqual([
      ['created', { role: 'officer', organizationId: 'ksb-pupr' }],
      ['rescheduled', { role: 'officer', organizationId: 'ksb-pupr' }],
      ['cancelled', { role: 'officer', organizationId: 'ksb-pupr' }],
    ]);
    expect(await status(officer.rescheduleSession({ params: { sessionId: session.id }, body: moveTo }))).toBe(
      409,
    );

    // A citizen's aspiration about a school road goes to PUPR; PUPR verifies it and hands it to Dikbud.
    const body: AspirationInput = {
      id: 'asp-e2e-admin',
      channel: 'langsung',
      raisedAt: '2026-03-02T08:00:00+08:00',
      raisedBy: { kind: 'warga', areaCode: '52.07.03.2001' },
      kind: 'aduan',
      text: 'CONTOH: pagar sekolah roboh.',
      sector: 'pekerjaan_umum_penataan_ruang',
      areaCode: '52.07.03.2001',
      status: 'diterima',
    };
    const submitted = await forum('reporter').createAspiration({ body });
    expect(submitted.assignedOrganizationIds[0]).toBe('ksb-pupr');
    expect(
      await status(
        other.reviewAspiration({ params: { aspirationId: body.id }, body: { decision: 'verify' } }),
      ),
    ).toBe(404);
    const verified = await officer.reviewAspiration({
      params: { aspirationId: body.id },
      body: { decision: 'verify' },
    });
    expect(verified.status).toBe('diverifikasi');
    const handed = await officer.rerouteAspiration({
      params: { aspirationId: body.id },
      body: { toOrganizationId: 'ksb-dikbud', reason: 'Pagar sekolah: urusan Dinas Pendidikan.' },
      idempotencyKey: crypto.randomUUID(),
    });
    expect(handed.assignedOrganizationIds[0]).toBe('ksb-dikbud');
    const disposed = await other.reviewAspiration({
      params: { aspirationId: body.id },
      body: {
        decision: 'dispose',
        reason: 'duplicate',
        duplicateOf: 'asp-contoh-1',
        note: 'Sudah dilaporkan.',
      },
    });
    expect(disposed.status).toBe('ditolak');
    expect(disposed.history?.map((h) => [h.action, h.by.organizationId])).toEqual([
      ['verified', 'ksb-pupr'],
      ['rerouted', 'ksb-pupr'],
      ['disposed', 'ksb-dikbud'],
    ]);
    expect(JSON.stringify(disposed.history)).not.toMatch(/tok|Bearer/i);
  });
});
