import { createHttpClient, HttpError } from '@opengov-id/core';
import { createMswHandlers } from '@opengov-id/core/testing';
import {
  Aspiration,
  type AspirationInput,
  createForumClient,
  FollowUp,
  ForumSeries,
  ForumSession,
  forumContract,
} from '@opengov-id/forum';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import { createModuleContext } from '../src/context.js';
import type { Principal } from '../src/module.js';
import { FORUM_COLLECTIONS as C, forumModule } from '../src/modules/forum.js';
import type { Store } from '../src/store/types.js';
import { engines } from './engines.js';

const BASE_URL = 'https://forum.reference.test/v1';
// Saturday 28 November 2026, 10:00 WITA: the last sessions were the Thursdays 19 and 26 November.
const NOW = new Date('2026-11-28T02:00:00Z');
const HELD = ['yasinan-contoh-2026-11-19', 'yasinan-contoh-2026-11-26'];
const CONFIRMED = 'yasinan-contoh-2026-12-03';
const TENTATIVE = 'yasinan-contoh-2026-12-10';
const NIK = '5207024507050001';

const ADMIN: Principal = { role: 'admin', tokenId: 'tok-admin' };
const PUBLIC: Principal = { role: 'public' };
const CITIZEN: Principal = { role: 'reporter', tokenId: 'tok-warga' };
const PUPR: Principal = { role: 'officer', tokenId: 'tok-pupr', organizationId: 'ksb-pupr' };
const DINKES: Principal = { role: 'officer', tokenId: 'tok-dinkes', organizationId: 'ksb-dinkes' };
const CAMAT_TALIWANG: Principal = {
  role: 'officer',
  tokenId: 'tok-camat',
  organizationId: 'ksb-kec-taliwang',
};

const PEMKAB: Principal = { role: 'officer', tokenId: 'tok-pemkab', organizationId: 'pemkab-ksb' };

const forum = () => createForumClient(createHttpClient({ baseUrl: BASE_URL, maxRetries: 0 }));

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof HttpError ? error.status : error),
  );

const citizenAspiration = (overrides: Partial<AspirationInput> = {}): AspirationInput => ({
  id: 'asp-warga-1',
  seriesId: 'ksb-yasinan',
  sessionId: CONFIRMED,
  channel: 'forum',
  raisedAt: '2026-11-28T09:00:00+08:00',
  raisedBy: { kind: 'warga', name: 'Warga Uji', nik: NIK, areaCode: '52.07.03.2001' },
  kind: 'usulan',
  text: 'Pustu desa perlu tenaga bidan tetap.',
  sector: 'kesehatan',
  areaCode: '52.07.03.2001',
  status: 'diterima',
  ...overrides,
});

const newFollowUp = (overrides: Record<string, string> = {}) => ({
  id: 'tl-uji-1',
  aspirationId: 'asp-contoh-2',
  ownerOrganizationId: 'ksb-dinkes',
  commitment: 'Mengirim timbangan bayi',
  classId: 'ringan',
  at: '2026-11-28T09:00:00+08:00',
  ...overrides,
});

describe.each(engines)('forum module over $name', (engine) => {
  let store: Store;
  let caller: Principal;
  let clock: Date;
  const violations: unknown[] = [];
  const all = <T>(collection: string) =>
    store.transaction(async (tx) => (await tx.list<T>(collection)).items);
  const count = (collection: string) => store.transaction((tx) => tx.count(collection));

  beforeEach(async () => {
    store = await engine.create();
    await store.transaction((tx) => forumModule.seed?.(tx, NOW) ?? Promise.resolve());
    caller = ADMIN;
    clock = NOW;
    const context = createModuleContext({ store, now: () => clock, principal: () => caller });
    server.use(
      ...createMswHandlers(forumContract, forumModule.implement(context), {
        baseUrl: BASE_URL,
        onViolation: (error) => violations.push(error),
      }),
    );
  });
  afterEach(async () => {
    await store.close();
    expect(violations).toEqual([]);
    violations.length = 0;
  });

  describe('seed', () => {
    it("parses with the package's models and is marked as sample", async () => {
      const [series] = await all<ForumSeries>(C.series);
      expect(ForumSeries.parse(series).id).toBe('ksb-yasinan');
      const sessions = await all<ForumSession>(C.sessions);
      expect(sessions.map((s) => [s.id, s.status])).toEqual([
        [HELD[0], 'held'],
        [HELD[1], 'held'],
        [CONFIRMED, 'confirmed'],
        [TENTATIVE, 'tentative'],
      ]);
      for (const s of sessions) {
        expect(ForumSession.parse(s)).toEqual(s);
        expect(s.name).toMatch(/CONTOH/);
        // Malam Jumat: Thursday 19:00 WITA.
        expect(s.startsAt).toMatch(/T19:00:00\+08:00$/);
      }
      const aspirations = await all<Aspiration>(C.aspirations);
      expect(aspirations).toHaveLength(5);
      for (const a of aspirations) {
        expect(Aspiration.parse(a)).toEqual(a);
        expect(a.text).toMatch(/^CONTOH/);
        expect(a.raisedBy.nik).toBeUndefined();
      }
      const followUps = await all<FollowUp>(C.followUps);
      for (const f of followUps) expect(FollowUp.parse(f)).toEqual(f);
    });

    it('routes sample aspirations by the routing table and dates follow-ups in working days', async () => {
      const aspirations = new Map((await all<Aspiration>(C.aspirations)).map((a) => [a.id, a]));
      // Roads in a Taliwang desa: PUPR leads (no local level for the sector), the kantor camat is informed.
      expect(aspirations.get('asp-contoh-1')?.assignedOrganizationIds).toEqual([
        'ksb-pupr',
        'ksb-kec-taliwang',
      ]);
      // KTP-el: the kecamatan may act on adminduk, so the kantor camat leads.
      expect(aspirations.get('asp-contoh-3')?.assignedOrganizationIds).toEqual([
        'ksb-kec-taliwang',
        'ksb-disdukcapil',
      ]);
      // No sector: the fallback organization (Setda) with the area office informed.
      expect(aspirations.get('asp-contoh-5')?.assignedOrganizationIds).toEqual([
        'ksb-setda',
        'ksb-kec-taliwang',
      ]);
      const followUps = new Map((await all<FollowUp>(C.followUps)).map((f) => [f.id, f]));
      // Thu 19 Nov + 5 working days: 20, 23, 24, 25, 26 November.
      expect(followUps.get('tl-contoh-1')).toMatchObject({ dueDate: '2026-11-26', status: 'completed' });
      // + 14 working days: 20, 23–27, 30 Nov, 1–4, 7–9 December.
      expect(followUps.get('tl-contoh-2')).toMatchObject({ dueDate: '2026-12-09', status: 'in_progress' });
      // Thu 26 Nov + 2 working days: Friday 27, Monday 30.
      expect(followUps.get('tl-contoh-3')).toMatchObject({ dueDate: '2026-11-30', status: 'open' });
    });
  });

  describe('sessions and series', () => {
    it('shows published sessions to anyone and tentative ones to staff only', async () => {
      const client = forum();
      caller = PUBLIC;
      const published = await client.listSessions();
      expect(published.items.map((s) => s.id)).toEqual([...HELD, CONFIRMED]);
      expect(published.total).toBe(3);
      expect(await status(client.getSession({ params: { sessionId: TENTATIVE } }))).toBe(404);
      expect((await client.listSessions({ query: { status: 'tentative' } })).total).toBe(0);
      expect((await client.getSession({ params: { sessionId: CONFIRMED } })).agenda).toHaveLength(4);
      expect(
        (
          await client.listSessions({ query: { from: '2026-11-20', to: '2026-12-31', limit: 1, page: 2 } })
        ).items.map((s) => s.id),
      ).toEqual([CONFIRMED]);
      for (const who of [DINKES, ADMIN]) {
        caller = who;
        expect((await client.listSessions()).total).toBe(4);
        expect((await client.getSession({ params: { sessionId: TENTATIVE } })).status).toBe('tentative');
      }
      caller = PUBLIC;
      expect((await client.listSeries()).items.map((s) => s.id)).toEqual(['ksb-yasinan']);
      expect((await client.getSeries({ params: { seriesId: 'ksb-yasinan' } })).weekday).toBe(4);
      expect(await status(client.getSeries({ params: { seriesId: 'nope' } }))).toBe(404);
      expect(await status(client.getSession({ params: { sessionId: 'nope' } }))).toBe(404);
    });

    it('lets the admin replace agenda and attendance, refusing an agenda the model rejects', async () => {
      const client = forum();
      const agenda = [
        { position: 1, kind: 'opening' as const, title: 'Pembukaan' },
        { position: 2, kind: 'dialogue' as const, title: 'Dialog' },
      ];
      const updated = await client.putAgenda({ params: { sessionId: TENTATIVE }, body: agenda });
      expect(updated.agenda).toEqual(agenda);
      const attended = await client.putAttendance({
        params: { sessionId: HELD[1] as string },
        body: {
          officials: [{ role: 'bupati', organizationId: 'pemkab-ksb' }],
          citizens: [{ role: 'warga', count: 99 }],
        },
      });
      expect(attended.attendance?.citizens).toEqual([{ role: 'warga', count: 99 }]);
      expect((await client.getSession({ params: { sessionId: HELD[1] as string } })).attendance).toEqual(
        attended.attendance,
      );
      const twice = client.putAgenda({
        params: { sessionId: TENTATIVE },
        body: [...agenda, { ...agenda[0], title: 'Lagi' } as never],
      });
      await expect(twice).rejects.toMatchObject({ status: 400 });
      expect((await client.getSession({ params: { sessionId: TENTATIVE } })).agenda).toEqual(agenda);
      expect(await status(client.putAgenda({ params: { sessionId: 'nope' }, body: agenda }))).toBe(404);
      expect(await status(client.putAttendance({ params: { sessionId: 'nope' }, body: {} }))).toBe(404);
    });
  });

  describe('aspirations', () => {
    it('shows the public form to the public and to officers it is not assigned to, the full one otherwise', async () => {
      const client = forum();
      caller = PUBLIC;
      const shown = await client.getAspiration({ params: { aspirationId: 'asp-contoh-3' } });
      expect(shown.raisedBy).toEqual({ kind: 'warga', areaCode: '52.07.02.2001', anonymous: true });
      const listed = await client.listAspirations({ query: { sessionId: HELD[0] as string } });
      expect(listed.total).toBe(3);
      expect(JSON.stringify(listed)).not.toContain('Warga Contoh B');
      expect(listed.items.find((a) => a.id === 'asp-contoh-1')?.raisedBy.name).toBe('Warga Contoh A');
      caller = DINKES;
      expect(
        (await client.getAspiration({ params: { aspirationId: 'asp-contoh-3' } })).raisedBy.name,
      ).toBeUndefined();
      for (const who of [CAMAT_TALIWANG, ADMIN]) {
        caller = who;
        expect((await client.getAspiration({ params: { aspirationId: 'asp-contoh-3' } })).raisedBy.name).toBe(
          'Warga Contoh B',
        );
      }
      caller = PUBLIC;
      expect(
        (await client.listAspirations({ query: { organizationId: 'ksb-pupr' } })).items.map((a) => a.id),
      ).toEqual(['asp-contoh-1']);
      expect((await client.listAspirations({ query: { status: 'selesai', limit: 1 } })).total).toBe(2);
      expect(await status(client.getAspiration({ params: { aspirationId: 'nope' } }))).toBe(404);
    });

    it("takes a citizen's aspiration: NIK masked, routed, replayed once, never public", async () => {
      const client = forum();
      caller = CITIZEN;
      const created = await client.createAspiration({ body: citizenAspiration(), idempotencyKey: 'k-asp' });
      expect(created.raisedBy).toEqual({ kind: 'warga', name: 'Warga Uji', areaCode: '52.07.03.2001' });
      expect(created.assignedOrganizationIds).toEqual(['ksb-dinkes', 'ksb-kec-seteluk']);
      const replay = await client.createAspiration({ body: citizenAspiration(), idempotencyKey: 'k-asp' });
      expect(replay).toEqual(created);
      expect(await count(C.aspirations)).toBe(6);
      const stored = await store.transaction((tx) => tx.get<Aspiration>(C.aspirations, 'asp-warga-1'));
      expect(stored?.raisedBy.nik).toBe('520702******0001');
      expect(JSON.stringify(stored)).not.toContain(NIK);
      caller = DINKES;
      expect((await client.getAspiration({ params: { aspirationId: 'asp-warga-1' } })).raisedBy.nik).toBe(
        '520702******0001',
      );
      caller = PUBLIC;
      expect(
        (await client.getAspiration({ params: { aspirationId: 'asp-warga-1' } })).raisedBy.nik,
      ).toBeUndefined();
      // The same id under another key is a conflict, not a second record.
      caller = CITIZEN;
      const again = client.createAspiration({
        body: citizenAspiration({ text: 'Lain' }),
        idempotencyKey: 'k-2',
      });
      await expect(again).rejects.toMatchObject({ status: 409, body: { code: 'conflict' } });
      expect(await count(C.aspirations)).toBe(6);
    });

    it("refuses a citizen's aspiration that is not new, or names a session they cannot see", async () => {
      const client = forum();
      caller = CITIZEN;
      const refused = async (body: AspirationInput, field: string) => {
        const error = await client.createAspiration({ body }).catch((e: unknown) => e);
        expect((error as HttpError).status).toBe(400);
        expect(JSON.stringify((error as HttpError).body)).toContain(`body.${field}`);
      };
      await refused(citizenAspiration({ status: 'selesai' }), 'status');
      await refused(citizenAspiration({ assignedOrganizationIds: ['ksb-pupr'] }), 'assignedOrganizationIds');
      await refused(
        citizenAspiration({
          answers: [
            {
              id: 'x',
              responder: { name: 'Saya' },
              text: 'Sudah',
              at: '2026-11-28T09:30:00+08:00',
              inForum: true,
            },
          ],
        }),
        'answers',
      );
      await refused(citizenAspiration({ sessionId: 'nope' }), 'sessionId');
      await refused(citizenAspiration({ sessionId: TENTATIVE }), 'sessionId');
      await refused(citizenAspiration({ seriesId: 'nope' }), 'seriesId');
      expect(await count(C.aspirations)).toBe(5);
      // The secretariat (admin) may import a record mid-flow, assignment and all.
      caller = ADMIN;
      const imported = await client.createAspiration({
        body: citizenAspiration({
          sessionId: TENTATIVE,
          status: 'didisposisikan',
          assignedOrganizationIds: ['ksb-pupr'],
        }),
      });
      expect(imported.assignedOrganizationIds).toEqual(['ksb-pupr']);
    });

    it('lets an assigned officer answer, and no other', async () => {
      const client = forum();
      const answer = {
        id: 'ans-uji-1',
        responder: { organizationId: 'ksb-pupr' },
        text: 'Sudah diperiksa.',
        at: '2026-11-28T09:00:00+08:00',
        inForum: false,
      };
      caller = DINKES;
      expect(await status(client.addAnswer({ params: { aspirationId: 'asp-contoh-1' }, body: answer }))).toBe(
        404,
      );
      caller = PUPR;
      const answered = await client.addAnswer({ params: { aspirationId: 'asp-contoh-1' }, body: answer });
      expect(answered.answers.map((a) => a.id)).toEqual(['ans-contoh-1', 'ans-uji-1']);
      expect(await status(client.addAnswer({ params: { aspirationId: 'nope' }, body: answer }))).toBe(404);
      // An answer before the aspiration was raised breaks the model: 400, nothing stored.
      const early = client.addAnswer({
        params: { aspirationId: 'asp-contoh-1' },
        body: { ...answer, id: 'ans-uji-2', at: '2026-11-01T09:00:00+08:00' },
      });
      await expect(early).rejects.toMatchObject({ status: 400 });
      caller = ADMIN;
      expect((await client.getAspiration({ params: { aspirationId: 'asp-contoh-1' } })).answers).toHaveLength(
        2,
      );
    });
  });

  describe('follow-ups', () => {
    it('lets an officer create a follow-up for their own organization on an assigned aspiration, once', async () => {
      const client = forum();
      caller = DINKES;
      const created = await client.createFollowUp({ body: newFollowUp(), idempotencyKey: 'k-tl' });
      // Sat 28 Nov + 2 working days: Monday 30 November, Tuesday 1 December.
      expect(created).toMatchObject({ startDate: '2026-11-28', dueDate: '2026-12-01', status: 'open' });
      expect(await client.createFollowUp({ body: newFollowUp(), idempotencyKey: 'k-tl' })).toEqual(created);
      expect(await count(C.followUps)).toBe(4);
      const again = client.createFollowUp({
        body: newFollowUp({ commitment: 'lain' }),
        idempotencyKey: 'k-other',
      });
      await expect(again).rejects.toMatchObject({ status: 409 });
      // Not assigned to Dinkes: as if it did not exist.
      expect(
        await status(
          client.createFollowUp({ body: newFollowUp({ id: 'tl-x', aspirationId: 'asp-contoh-1' }) }),
        ),
      ).toBe(404);
      expect(
        await status(client.createFollowUp({ body: newFollowUp({ id: 'tl-x', aspirationId: 'nope' }) })),
      ).toBe(404);
      const foreign = await client
        .createFollowUp({ body: newFollowUp({ id: 'tl-x', ownerOrganizationId: 'ksb-pupr' }) })
        .catch((e: unknown) => e);
      expect((foreign as HttpError).status).toBe(400);
      expect(JSON.stringify((foreign as HttpError).body)).toContain('body.ownerOrganizationId');
      const badClass = client.createFollowUp({ body: newFollowUp({ id: 'tl-x', classId: 'kilat' }) });
      await expect(badClass).rejects.toMatchObject({ status: 400 });
      expect(await count(C.followUps)).toBe(4);
    });

    it('lets the owner update a follow-up, answering 409 for a transition its status forbids', async () => {
      const client = forum();
      caller = DINKES;
      const updated = await client.updateFollowUp({
        params: { followUpId: 'tl-contoh-2' },
        body: { kind: 'progress', at: '2026-11-28T09:00:00+08:00', progress: 70 },
      });
      expect(updated).toMatchObject({ progress: 70, status: 'in_progress' });
      caller = PUPR;
      const notTheirs = client.updateFollowUp({
        params: { followUpId: 'tl-contoh-2' },
        body: { kind: 'progress', at: '2026-11-28T09:30:00+08:00', progress: 90 },
      });
      expect(await status(notTheirs)).toBe(404);
      const done = client.updateFollowUp({
        params: { followUpId: 'tl-contoh-1' },
        body: { kind: 'progress', at: '2026-11-28T09:00:00+08:00' },
      });
      await expect(done).rejects.toMatchObject({
        status: 409,
        body: { code: 'invalid_follow_up_transition' },
      });
      const backwards = client.updateFollowUp({
        params: { followUpId: 'tl-contoh-1' },
        body: { kind: 'reopen', at: '2026-11-01T09:00:00+08:00', note: 'Salah tanggal' },
      });
      await expect(backwards).rejects.toMatchObject({ status: 409, body: { code: 'timeline_order' } });
      expect(
        await status(
          client.updateFollowUp({
            params: { followUpId: 'nope' },
            body: { kind: 'progress', at: '2026-11-28T09:00:00+08:00' },
          }),
        ),
      ).toBe(404);
      caller = ADMIN;
      const reopened = await client.updateFollowUp({
        params: { followUpId: 'tl-contoh-1' },
        body: { kind: 'reopen', at: '2026-11-28T09:00:00+08:00', note: 'Lubang muncul lagi' },
      });
      expect(reopened.status).not.toBe('completed');
      const stored = await store.transaction((tx) => tx.get<FollowUp>(C.followUps, 'tl-contoh-2'));
      expect(stored?.progress).toBe(70);
    });

    it('lists follow-ups to anyone, by organization and overdue as of a day', async () => {
      const client = forum();
      caller = PUBLIC;
      expect((await client.listFollowUps()).total).toBe(3);
      expect(
        (await client.listFollowUps({ query: { organizationId: 'ksb-distan' } })).items.map((f) => f.id),
      ).toEqual(['tl-contoh-3']);
      expect((await client.listFollowUps({ query: { status: 'completed' } })).items.map((f) => f.id)).toEqual(
        ['tl-contoh-1'],
      );
      expect((await client.listFollowUps({ query: { overdueAsOf: '2026-11-30' } })).total).toBe(0);
      expect(
        (await client.listFollowUps({ query: { overdueAsOf: '2026-12-01' } })).items.map((f) => f.id),
      ).toEqual(['tl-contoh-3']);
      const later = await client.listFollowUps({ query: { overdueAsOf: '2026-12-10' } });
      expect(later.items.map((f) => f.id).sort()).toEqual(['tl-contoh-2', 'tl-contoh-3']);
    });
  });

  describe('figures', () => {
    it('computes the accountability figures of the series from the stored records', async () => {
      const client = forum();
      caller = PUBLIC;
      const figures = await client.getFigures({
        query: { groupBy: 'all', asOf: '2026-11-28', seriesId: 'ksb-yasinan' },
      });
      expect(figures.rows).toHaveLength(1);
      expect(figures.rows[0]).toMatchObject({
        key: 'all',
        sessionsHeld: 2,
        raised: 5,
        answeredInForum: 2,
        followedUp: 3,
        // asp-contoh-1 (its follow-up completed) and asp-contoh-3 (resolved in the forum).
        completed: 2,
        // Only tl-contoh-1 was due by 28 November, and it was done on 23 November.
        withinDeadline: { due: 1, onTime: 1, share: 1 },
        attendanceByRole: { bupati: 2, kepala_opd: 4, camat: 2, warga: 300, agen_gotong_royong: 50 },
      });
      const other = await client.getFigures({
        query: { groupBy: 'all', asOf: '2026-11-28', seriesId: 'lain' },
      });
      expect(other.rows).toEqual([]);
      const bySession = await client.getFigures({ query: { groupBy: 'session', asOf: '2026-12-10' } });
      expect(bySession.rows.find((r) => r.key === HELD[0])?.withinDeadline).toEqual({
        due: 2,
        onTime: 1,
        share: 0.5,
      });
    });
  });

  describe('session administration', () => {
    const taliwangSession = {
      id: 'yasinan-taliwang-2026-12-10',
      seriesId: 'ksb-yasinan',
      level: 'kecamatan' as const,
      areaCode: '52.07.02',
      venue: { name: 'Aula Kantor Camat Taliwang (CONTOH)' },
      // Thursday 10 December 2026 (malam Jumat).
      date: '2026-12-10',
      startTime: '19:00',
      endTime: '22:00',
    };

    it('lets an officer schedule a session for their own office, once per key, with its history', async () => {
      const client = forum();
      caller = CAMAT_TALIWANG;
      const created = await client.createSession({ body: taliwangSession, idempotencyKey: 'k-s' });
      expect(created).toMatchObject({
        organizerId: 'ksb-kec-taliwang',
        startsAt: '2026-12-10T19:00:00+08:00',
        endsAt: '2026-12-10T22:00:00+08:00',
        status: 'confirmed',
        history: [
          {
            at: '2026-11-28T10:00:00+08:00',
            action: 'created',
            by: { role: 'officer', organizationId: 'ksb-kec-taliwang' },
          },
        ],
      });
      expect(await client.createSession({ body: taliwangSession, idempotencyKey: 'k-s' })).toEqual(created);
      expect(await count(C.sessions)).toBe(5);
      await expect(client.createSession({ body: taliwangSession })).rejects.toMatchObject({ status: 409 });
      const foreign = await client
        .createSession({ body: { ...taliwangSession, id: 'x', organizerId: 'ksb-pupr' } })
        .catch((e: unknown) => e);
      expect(foreign).toMatchObject({ status: 400 });
      expect(JSON.stringify((foreign as HttpError).body)).toContain('organizerId');
      const unknownSeries = client.createSession({ body: { ...taliwangSession, id: 'y', seriesId: 'lain' } });
      await expect(unknownSeries).rejects.toMatchObject({ status: 400 });
      expect(await count(C.sessions)).toBe(5);
      // The history names a role and an office, never the token.
      const stored = await store.transaction((tx) => tx.get<ForumSession>(C.sessions, created.id));
      expect(JSON.stringify(stored)).not.toContain('tok-');
    });

    it('lets only the organizing office or an admin reschedule and cancel, refusing held sessions with 409', async () => {
      const client = forum();
      caller = PUPR;
      const change = { date: '2026-12-03', startTime: '19:30', endTime: '22:00', reason: 'Gedung dipakai.' };
      expect(await status(client.rescheduleSession({ params: { sessionId: CONFIRMED }, body: change }))).toBe(
        404,
      );
      expect(
        await status(client.cancelSession({ params: { sessionId: CONFIRMED }, body: { reason: 'x' } })),
      ).toBe(404);
      caller = PEMKAB;
      const moved = await client.rescheduleSession({ params: { sessionId: CONFIRMED }, body: change });
      expect(moved.startsAt).toBe('2026-12-03T19:30:00+08:00');
      expect(moved.history?.at(-1)).toMatchObject({
        action: 'rescheduled',
        by: { role: 'officer', organizationId: 'pemkab-ksb' },
        reason: 'Gedung dipakai.',
        previous: { startsAt: '2026-12-03T19:00:00+08:00' },
      });
      const off = await client.cancelSession({
        params: { sessionId: CONFIRMED },
        body: { reason: 'Banjir (CONTOH).' },
        idempotencyKey: 'k-off',
      });
      expect(off.status).toBe('cancelled');
      // A replay answers the first result; a second cancellation is a conflict.
      expect(
        await client.cancelSession({
          params: { sessionId: CONFIRMED },
          body: { reason: 'Banjir (CONTOH).' },
          idempotencyKey: 'k-off',
        }),
      ).toEqual(off);
      await expect(
        client.cancelSession({ params: { sessionId: CONFIRMED }, body: { reason: 'lagi' } }),
      ).rejects.toMatchObject({ status: 409, body: { code: 'invalid_session_transition' } });
      // The public sees the cancellation and why.
      caller = PUBLIC;
      const shown = await client.getSession({ params: { sessionId: CONFIRMED } });
      expect(shown.history?.map((h) => [h.action, h.reason])).toEqual([
        ['rescheduled', 'Gedung dipakai.'],
        ['cancelled', 'Banjir (CONTOH).'],
      ]);
      caller = ADMIN;
      for (const sessionId of HELD) {
        await expect(
          client.rescheduleSession({ params: { sessionId }, body: { ...change, date: '2026-12-17' } }),
        ).rejects.toMatchObject({ status: 409 });
        await expect(
          client.cancelSession({ params: { sessionId }, body: { reason: 'x' } }),
        ).rejects.toMatchObject({ status: 409 });
      }
      expect(
        await status(client.cancelSession({ params: { sessionId: 'nope' }, body: { reason: 'x' } })),
      ).toBe(404);
    });
  });

  describe('session status', () => {
    it('confirms, postpones and marks held only for the organizing office or an admin, with 409 out of turn', async () => {
      const client = forum();
      caller = PUPR;
      expect(await status(client.confirmSession({ params: { sessionId: TENTATIVE }, body: {} }))).toBe(404);
      expect(
        await status(client.postponeSession({ params: { sessionId: CONFIRMED }, body: { reason: 'x' } })),
      ).toBe(404);
      expect(await status(client.markSessionHeld({ params: { sessionId: CONFIRMED }, body: {} }))).toBe(404);
      caller = PEMKAB;
      const confirmed = await client.confirmSession({
        params: { sessionId: TENTATIVE },
        body: { note: 'Undangan diedarkan (CONTOH).' },
        idempotencyKey: 'k-confirm',
      });
      expect(confirmed.status).toBe('confirmed');
      expect(
        await client.confirmSession({
          params: { sessionId: TENTATIVE },
          body: {},
          idempotencyKey: 'k-confirm',
        }),
      ).toEqual(confirmed);
      await expect(
        client.confirmSession({ params: { sessionId: TENTATIVE }, body: {} }),
      ).rejects.toMatchObject({
        status: 409,
        body: { code: 'invalid_session_transition' },
      });
      // Published once confirmed.
      caller = PUBLIC;
      expect((await client.getSession({ params: { sessionId: TENTATIVE } })).status).toBe('confirmed');

      // 3 December 2026, 19:00 WITA has not come yet (28 November).
      caller = PEMKAB;
      await expect(
        client.markSessionHeld({ params: { sessionId: CONFIRMED }, body: {} }),
      ).rejects.toMatchObject({
        status: 409,
        body: {
          code: 'session_not_started',
          message: {
            id: 'Sesi ini baru dimulai 2026-12-03 19:00 WITA, sehingga belum dapat ditandai terlaksana.',
          },
        },
      });
      const postponed = await client.postponeSession({
        params: { sessionId: CONFIRMED },
        body: { reason: `Bupati ke Mataram; info HP 0812-3456-7890 (CONTOH).` },
      });
      expect(postponed.status).toBe('postponed');
      expect(postponed.history?.at(-1)).toEqual({
        at: '2026-11-28T10:00:00+08:00',
        action: 'postponed',
        by: { role: 'officer', organizationId: 'pemkab-ksb' },
        reason: 'Bupati ke Mataram; info HP [PHONE] (CONTOH).',
      });
      for (const work of [
        () => client.confirmSession({ params: { sessionId: CONFIRMED }, body: {} }),
        () => client.markSessionHeld({ params: { sessionId: CONFIRMED }, body: {} }),
        () => client.postponeSession({ params: { sessionId: CONFIRMED }, body: { reason: 'lagi' } }),
      ])
        expect(await status(work())).toBe(409);
      // Back to confirmed only with a new date; then held once it has started.
      const moved = await client.rescheduleSession({
        params: { sessionId: CONFIRMED },
        body: { date: '2026-12-17', startTime: '19:00', endTime: '22:00', reason: 'Jadwal baru (CONTOH).' },
      });
      expect(moved.status).toBe('confirmed');
      clock = new Date('2026-12-17T12:00:00Z'); // 20:00 WITA
      const held = await client.markSessionHeld({ params: { sessionId: CONFIRMED }, body: {} });
      expect(held.history?.map((h) => h.action)).toEqual(['postponed', 'rescheduled', 'held']);
      caller = ADMIN;
      for (const sessionId of [...HELD, CONFIRMED])
        expect(await status(client.markSessionHeld({ params: { sessionId }, body: {} }))).toBe(409);
      expect(await status(client.confirmSession({ params: { sessionId: 'nope' }, body: {} }))).toBe(404);
      const stored = await store.transaction((tx) => tx.get<ForumSession>(C.sessions, CONFIRMED));
      expect(JSON.stringify(stored)).not.toMatch(/tok-|3456/);
    });

    it('counts only held sessions in the figures, whatever a postponed or cancelled one recorded', async () => {
      const client = forum();
      const asOf = { groupBy: 'all' as const, asOf: '2026-12-31', seriesId: 'ksb-yasinan' };
      const before = (await client.getFigures({ query: asOf })).rows[0];
      expect(before?.sessionsHeld).toBe(HELD.length);
      const attendance = { officials: [], citizens: [{ role: 'warga' as const, count: 500 }] };
      await client.confirmSession({ params: { sessionId: TENTATIVE }, body: {} });
      await client.postponeSession({ params: { sessionId: TENTATIVE }, body: { reason: 'Hujan (CONTOH).' } });
      await client.putAttendance({ params: { sessionId: TENTATIVE }, body: attendance });
      await client.cancelSession({ params: { sessionId: CONFIRMED }, body: { reason: 'Banjir (CONTOH).' } });
      await client.putAttendance({ params: { sessionId: CONFIRMED }, body: attendance });
      const after = (await client.getFigures({ query: asOf })).rows[0];
      expect(after?.sessionsHeld).toBe(HELD.length);
      expect(after?.attendanceByRole).toEqual(before?.attendanceByRole);
    });

    it('lets one of two confirmations sent at once win and answers the other 409 (row lock)', async () => {
      const client = forum();
      const results = await Promise.all([
        status(client.confirmSession({ params: { sessionId: TENTATIVE }, body: { note: 'satu' } })),
        status(client.confirmSession({ params: { sessionId: TENTATIVE }, body: { note: 'dua' } })),
      ]);
      expect(results.sort()).toEqual([409, 'ok']);
      const stored = await store.transaction((tx) => tx.get<ForumSession>(C.sessions, TENTATIVE));
      expect(stored?.history?.filter((h) => h.action === 'confirmed')).toHaveLength(1);
    });
  });

  describe('aspiration review', () => {
    it('lets an assigned officer verify and reroute, keeping the routing history in public', async () => {
      const client = forum();
      caller = DINKES;
      expect(
        await status(
          client.reviewAspiration({ params: { aspirationId: 'asp-contoh-5' }, body: { decision: 'verify' } }),
        ),
      ).toBe(404);
      caller = CAMAT_TALIWANG;
      const verified = await client.reviewAspiration({
        params: { aspirationId: 'asp-contoh-5' },
        body: { decision: 'verify' },
      });
      expect(verified.status).toBe('diverifikasi');
      const moved = await client.rerouteAspiration({
        params: { aspirationId: 'asp-contoh-5' },
        body: { toOrganizationId: 'ksb-dlh', reason: 'Sampah: urusan lingkungan hidup.' },
        idempotencyKey: 'k-r',
      });
      expect(moved.assignedOrganizationIds).toEqual(['ksb-setda', 'ksb-dlh']);
      // Handed over: a replay still answers the first result, a new call finds nothing of theirs.
      expect(
        await client.rerouteAspiration({
          params: { aspirationId: 'asp-contoh-5' },
          body: { toOrganizationId: 'ksb-dlh', reason: 'Sampah: urusan lingkungan hidup.' },
          idempotencyKey: 'k-r',
        }),
      ).toEqual(moved);
      expect(
        await status(
          client.rerouteAspiration({
            params: { aspirationId: 'asp-contoh-5' },
            body: { toOrganizationId: 'ksb-pupr', reason: 'x' },
          }),
        ),
      ).toBe(404);
      caller = PUBLIC;
      const shown = await client.getAspiration({ params: { aspirationId: 'asp-contoh-5' } });
      expect(shown.history).toEqual([
        {
          at: '2026-11-28T10:00:00+08:00',
          action: 'verified',
          by: { role: 'officer', organizationId: 'ksb-kec-taliwang' },
        },
        {
          at: '2026-11-28T10:00:00+08:00',
          action: 'rerouted',
          by: { role: 'officer', organizationId: 'ksb-kec-taliwang' },
          reason: 'Sampah: urusan lingkungan hidup.',
          fromOrganizationIds: ['ksb-setda', 'ksb-kec-taliwang'],
          toOrganizationIds: ['ksb-setda', 'ksb-dlh'],
        },
      ]);
    });

    it('lets an admin dispose of an aspiration, refusing closed ones with 409 and unknown duplicates with 400', async () => {
      const client = forum();
      caller = ADMIN;
      await expect(
        client.reviewAspiration({
          params: { aspirationId: 'asp-contoh-1' },
          body: { decision: 'dispose', reason: 'withdrawn' },
        }),
      ).rejects.toMatchObject({ status: 409, body: { code: 'invalid_aspiration_transition' } });
      const unknown = await client
        .reviewAspiration({
          params: { aspirationId: 'asp-contoh-5' },
          body: { decision: 'dispose', reason: 'duplicate', duplicateOf: 'nope' },
        })
        .catch((e: unknown) => e);
      expect(unknown).toMatchObject({ status: 400 });
      expect(JSON.stringify((unknown as HttpError).body)).toContain('body.duplicateOf');
      const disposed = await client.reviewAspiration({
        params: { aspirationId: 'asp-contoh-5' },
        body: { decision: 'dispose', reason: 'duplicate', duplicateOf: 'asp-contoh-1' },
      });
      expect(disposed).toMatchObject({
        status: 'ditolak',
        history: [{ action: 'disposed', by: { role: 'admin' } }],
      });
      expect(
        await status(
          client.rerouteAspiration({
            params: { aspirationId: 'asp-contoh-5' },
            body: { toOrganizationId: 'ksb-dlh', reason: 'x' },
          }),
        ),
      ).toBe(409);
    });

    it('keeps both of two reroutes sent at once (row lock)', async () => {
      const client = forum();
      caller = ADMIN;
      await Promise.all([
        client.rerouteAspiration({
          params: { aspirationId: 'asp-contoh-5' },
          body: { fromOrganizationId: 'ksb-setda', toOrganizationId: 'ksb-dinsos', reason: 'Sosial.' },
        }),
        client.rerouteAspiration({
          params: { aspirationId: 'asp-contoh-5' },
          body: { fromOrganizationId: 'ksb-kec-taliwang', toOrganizationId: 'ksb-dlh', reason: 'Sampah.' },
        }),
      ]);
      const stored = await store.transaction((tx) => tx.get<Aspiration>(C.aspirations, 'asp-contoh-5'));
      expect(stored?.assignedOrganizationIds).toEqual(['ksb-dinsos', 'ksb-dlh']);
      expect(stored?.history).toHaveLength(2);
    });
  });

  it('declares who may call each route', () => {
    expect(Object.keys(forumModule.access).sort()).toEqual(Object.keys(forumContract.routes).sort());
    expect(forumModule.access.putAgenda).toEqual(['admin']);
    expect(forumModule.access.putAttendance).toEqual(['admin']);
    expect(forumModule.access.createAspiration).toContain('reporter');
    for (const route of [
      'addAnswer',
      'createFollowUp',
      'updateFollowUp',
      'createSession',
      'rescheduleSession',
      'cancelSession',
      'confirmSession',
      'postponeSession',
      'markSessionHeld',
      'reviewAspiration',
      'rerouteAspiration',
    ] as const)
      expect(forumModule.access[route]).toEqual(['officer', 'admin']);
    for (const route of ['listSessions', 'getSession', 'getAspiration', 'getFigures'] as const)
      expect(forumModule.access[route]).toContain('public');
  });
});
