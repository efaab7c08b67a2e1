// Read-modify-write under concurrency: many requests changing one record at the same moment.
// PostgreSQL runs each at READ COMMITTED, so a module that reads a record and writes it back
// without `get(..., { forUpdate: true })` loses all but one of the changes; SQLite runs
// transactions one after another. Every change must be in the final record, on both engines.
import { createHttpClient, HttpError } from '@opengov-id/core';
import { createForumClient } from '@opengov-id/forum';
import { createPosyanduClient } from '@opengov-id/posyandu/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORUM_COLLECTIONS } from '../src/modules/forum.js';
import { POSYANDU_COLLECTIONS } from '../src/modules/posyandu.js';
import { SAMPLE_ORGANIZATIONS } from '../src/sample.js';
import { engines } from './engines.js';
import { newReport, startTestServer, type TestServer } from './helpers.js';

const N = 20;
const AT = '2026-03-02T09:00:00+08:00';
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok' as const,
    (error: unknown) => (error instanceof HttpError ? error.status : error),
  );

describe.each(engines)('concurrent changes to one record: $name', (engine) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer(engine);
  });
  afterEach(async () => {
    await server.close();
  });
  const forum = (role: 'officer' | 'admin') =>
    createForumClient(createHttpClient(server.http('/forum/v1', role)));

  it(`keeps all ${N} follow-ups an officer adds to one complaint at once`, async () => {
    const { id } = await server.care('reporter').submitReport({ body: newReport() });
    await server.care('admin').transitionReport({
      params: { id },
      body: {
        action: { type: 'verifikasi', assignTo: SAMPLE_ORGANIZATIONS.pupr },
        actor: { role: 'admin', id: 'admin' },
      },
    });
    const officer = server.care('officer');
    const actor = { role: 'penghubung', id: 'petugas', organizationId: 'ksb-pupr' } as const;
    await Promise.all(
      Array.from({ length: N }, (_, i) =>
        officer.addFollowUp({ params: { id }, body: { text: `Tindak lanjut ${i + 1}`, actor } }),
      ),
    );
    const report = await server.care('admin').getReport({ params: { id } });
    expect(report.followUps.map((f) => f.text).sort()).toEqual(
      Array.from({ length: N }, (_, i) => `Tindak lanjut ${i + 1}`).sort(),
    );
    expect(report.history.filter((h) => h.action === 'tindak_lanjuti')).toHaveLength(N);
  });

  it(`keeps all ${N} answers an office gives one aspiration at once`, async () => {
    const officer = forum('officer');
    await Promise.all(
      Array.from({ length: N }, (_, i) =>
        officer.addAnswer({
          params: { aspirationId: 'asp-contoh-1' },
          body: {
            id: `ans-c-${i}`,
            responder: { organizationId: 'ksb-pupr' },
            text: `Jawaban ${i}`,
            at: AT,
            inForum: false,
          },
        }),
      ),
    );
    const stored = await server.store.transaction((tx) =>
      tx.get<{ answers: { id: string }[] }>(FORUM_COLLECTIONS.aspirations, 'asp-contoh-1'),
    );
    const ids = stored?.answers.map((a) => a.id) ?? [];
    for (let i = 0; i < N; i++) expect(ids).toContain(`ans-c-${i}`);
  });

  it('keeps a session’s agenda and attendance when both are recorded at once', async () => {
    const admin = forum('admin');
    const sessions = await admin.listSessions({ query: { seriesId: 'ksb-yasinan', status: 'confirmed' } });
    const session = sessions.items[0];
    if (!session) throw new Error('no confirmed sample session');
    const agenda = [{ position: 1, kind: 'opening' as const, title: 'Pembukaan (uji serentak)' }];
    const attendance = { officials: [], citizens: [{ role: 'warga' as const, count: 123 }] };
    await Promise.all([
      ...Array.from({ length: N / 2 }, () =>
        admin.putAgenda({ params: { sessionId: session.id }, body: agenda }),
      ),
      ...Array.from({ length: N / 2 }, () =>
        admin.putAttendance({ params: { sessionId: session.id }, body: attendance }),
      ),
    ]);
    const stored = await admin.getSession({ params: { sessionId: session.id } });
    expect(stored.agenda).toEqual(agenda);
    expect(stored.attendance).toMatchObject(attendance);
  });

  it(`keeps all ${N} visits of one child recorded at once, and one weighing a month`, async () => {
    const kader = createPosyanduClient(server.http('/posyandu/v1', 'kader'));
    const household = await kader.createHousehold({
      params: { posyanduId: 'psy-contoh-melati' },
      body: { dusun: 'Dusun Contoh Satu' },
    });
    const child = await kader.createPerson({
      params: { householdId: household.id },
      body: { name: 'Anak Contoh Serentak', sex: 'male', birthDate: '2024-05-20', role: 'anak' },
    });
    const visit = (date: string, weightKg: number) =>
      kader.createVisit({
        body: {
          personId: child.id,
          posyanduId: 'psy-contoh-melati',
          date,
          service: 'kia',
          measurements: { weightKg },
        },
      });
    // One weighing in each of the 20 months from June 2024, all sent at once.
    const months = Array.from({ length: N }, (_, i) => {
      const m = 5 + i; // June 2024 is month index 5
      return `${2024 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-10`;
    });
    const sent = await Promise.all(months.map((date, i) => outcome(visit(date, 7 + i * 0.2))));
    expect(sent).toEqual(months.map(() => 'ok'));
    // Five weighings of the same month at once: the KMS rule lets exactly one in.
    const same = await Promise.all(
      Array.from({ length: 5 }, (_, i) => outcome(visit(`2026-02-${String(10 + i)}`, 11 + i * 0.1))),
    );
    expect(same.filter((s) => s === 'ok')).toHaveLength(1);
    expect(same.filter((s) => s === 409)).toHaveLength(4);
    const visits = await kader.listVisits({ params: { personId: child.id }, query: { limit: 100 } });
    expect(visits.total).toBe(N + 1);
  });

  it(`keeps all ${N} corrections of one weighing sent at once in its history, none lost`, async () => {
    const kader = createPosyanduClient(server.http('/posyandu/v1', 'kader'));
    const puskesmas = createPosyanduClient(server.http('/posyandu/v1', 'puskesmas'));
    const household = await kader.createHousehold({
      params: { posyanduId: 'psy-contoh-melati' },
      body: { dusun: 'Dusun Contoh Satu' },
    });
    const child = await kader.createPerson({
      params: { householdId: household.id },
      body: { name: 'Anak Contoh Koreksi', sex: 'female', birthDate: '2025-06-20', role: 'anak' },
    });
    const visit = await kader.createVisit({
      body: {
        personId: child.id,
        posyanduId: 'psy-contoh-melati',
        date: '2026-02-10',
        service: 'kia',
        measurements: { weightKg: 7 },
      },
    });
    // Kader and Puskesmas correcting the same weighing at the same moment, each to another value.
    const weights = Array.from({ length: N }, (_, i) => 7.05 + i * 0.05);
    const sent = await Promise.all(
      weights.map((weightKg, i) =>
        outcome(
          (i % 2 ? puskesmas : kader).correctMeasurement({
            params: { visitId: visit.id },
            body: { measurements: { weightKg }, reason: `Koreksi ${i + 1}` },
          }),
        ),
      ),
    );
    expect(sent).toEqual(weights.map(() => 'ok'));
    const stored = await server.store.transaction((tx) =>
      tx.get<{
        measurements: { weightKg: number };
        revisions: { reason: string; previous: { weightKg: number } }[];
      }>(POSYANDU_COLLECTIONS.visits, visit.id),
    );
    expect(stored?.revisions.map((r) => r.reason).sort()).toEqual(
      weights.map((_, i) => `Koreksi ${i + 1}`).sort(),
    );
    // One chain: each correction replaced the value the one before it wrote, the first the original.
    const chain = [
      ...(stored?.revisions.map((r) => r.previous.weightKg) ?? []),
      stored?.measurements.weightKg,
    ];
    expect([...chain].sort()).toEqual([7, ...weights].sort());
  });

  it('registers a NIK once when it is sent for ten people in ten households at once', async () => {
    const kader = createPosyanduClient(server.http('/posyandu/v1', 'kader'));
    const nik = '5207024507200001'; // a sample NIK, valid in shape only
    const households = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        kader.createHousehold({
          params: { posyanduId: 'psy-contoh-melati' },
          body: { dusun: `Dusun Contoh ${i + 1}` },
        }),
      ),
    );
    const sent = await Promise.all(
      households.map((household) =>
        outcome(
          kader.createPerson({
            params: { householdId: household.id },
            body: { name: 'Anak Contoh Satu NIK', sex: 'female', birthDate: '2020-07-05', role: 'anak', nik },
          }),
        ),
      ),
    );
    expect(sent.filter((s) => s === 'ok')).toHaveLength(1);
    expect(sent.filter((s) => s === 409)).toHaveLength(9);
    const stored = await server.store.transaction((tx) =>
      tx.count(POSYANDU_COLLECTIONS.people, { where: { nik } }),
    );
    expect(stored).toBe(1);
  });

  it('stores one monthly report when a posyandu’s first report is sent several times at once', async () => {
    const kader = createPosyanduClient(server.http('/posyandu/v1', 'kader'));
    const body = {
      opened: true,
      kaderOnDuty: 5,
      skdn: { S: 30, K: 28, D: 25, N: 20, T: 3, O: 1, B: 1, BGM: 0 },
    };
    const sent = await Promise.all(
      Array.from({ length: 10 }, () =>
        outcome(
          kader.submitMonthlyReport({ params: { posyanduId: 'psy-contoh-melati', month: '2026-03' }, body }),
        ),
      ),
    );
    expect(sent).toEqual(Array.from({ length: 10 }, () => 'ok'));
    const stored = await server.store.transaction((tx) =>
      tx.count(POSYANDU_COLLECTIONS.reports, {
        where: { posyanduId: 'psy-contoh-melati', month: '2026-03' },
      }),
    );
    expect(stored).toBe(1);
  });
});
