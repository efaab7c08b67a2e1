import type { Actor, Report } from '@opengov-id/care';
import { HttpError, NotFoundError } from '@opengov-id/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CARE_COLLECTIONS } from '../src/modules/care.js';
import { SAMPLE_ORGANIZATIONS } from '../src/sample.js';
import { engines } from './engines.js';
import { leaks, newReport, startTestServer, type TestServer } from './helpers.js';

const ADMIN: Actor = { role: 'admin', id: 'admin' };
const PUPR_OFFICER: Actor = { role: 'penghubung', id: 'petugas', organizationId: 'ksb-pupr' };
const REPORTER: Actor = { role: 'pelapor', id: 'warga' };
const NIK = '5207024507050001';
const PHONE = '081234567890';
const EMAIL = 'warga.contoh@example.id';

describe.each(engines)('care over HTTP: $name', (engine) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer(engine);
  });
  afterEach(async () => {
    await server.close();
  });

  const countReports = () => server.store.transaction((tx) => tx.count(CARE_COLLECTIONS.reports));

  it('submits a report without a key (201), and a keyed replay returns the same report (200), one record', async () => {
    const reporter = server.care('reporter');
    const before = await countReports();
    const plain = await reporter.submitReport({ body: newReport() });
    expect(plain).toMatchObject({
      status: 'belum_terverifikasi',
      priority: 'biasa',
      receivedAt: '2026-03-02T09:00:00+08:00',
    });
    expect(plain.id).toMatch(/^NTB-2026-\d{6}$/);

    const key = crypto.randomUUID();
    const send = () =>
      server.fetch('/care/v1/reports', {
        role: 'reporter',
        method: 'POST',
        headers: { 'idempotency-key': key },
        body: JSON.stringify(newReport({ title: 'Laporan dengan kunci' })),
      });
    const first = await send();
    expect(first.status).toBe(201);
    const firstReport = (await first.json()) as Report;
    const replay = await send();
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(firstReport);
    // Through the typed client as well: the same key, the same report.
    expect(
      await reporter.submitReport({
        body: newReport({ title: 'Laporan dengan kunci' }),
        idempotencyKey: key,
      }),
    ).toEqual(firstReport);
    expect(await countReports()).toBe(before + 2);
  });

  it('binds a public caller’s key to the body: a different body under the same key is not the first report', async () => {
    const publicCare = server.care('public');
    const key = crypto.randomUUID();
    const mine = await publicCare.submitReport({
      body: newReport({ reporter: { name: 'Warga Pertama', nik: NIK, phone: PHONE } }),
      idempotencyKey: key,
    });
    const again = await publicCare.submitReport({
      body: newReport({ reporter: { name: 'Warga Pertama', nik: NIK, phone: PHONE } }),
      idempotencyKey: key,
    });
    expect(again).toEqual(mine);
    const guess = await publicCare.submitReport({ body: newReport(), idempotencyKey: key });
    expect(guess.id).not.toBe(mine.id);
    expect(JSON.stringify(guess)).not.toContain(NIK);
  });

  it('lets a staff member backdate a receipt, but not a reporter', async () => {
    const at = '2026-02-27T10:00:00+08:00';
    expect(
      (await server.care('reporter').submitReport({ body: newReport({ receivedAt: at }) })).receivedAt,
    ).toBe('2026-03-02T09:00:00+08:00');
    expect(
      (await server.care('admin').submitReport({ body: newReport({ receivedAt: at }) })).receivedAt,
    ).toBe(at);
  });

  it('walks a report through verification, follow-up, an answer and the reporter’s feedback', async () => {
    const submitted = await server.care('reporter').submitReport({ body: newReport() });
    const admin = server.care('admin');
    const officer = server.care('officer');
    expect(await admin.getReport({ params: { id: submitted.id } })).toEqual(submitted);
    await expect(officer.getReport({ params: { id: submitted.id } })).rejects.toBeInstanceOf(NotFoundError);

    const forwarded = await admin.transitionReport({
      params: { id: submitted.id },
      body: { action: { type: 'verifikasi', assignTo: SAMPLE_ORGANIZATIONS.pupr }, actor: ADMIN },
    });
    expect(forwarded.status).toBe('diteruskan');
    // The recorded actor comes from the token, not from the body's id.
    expect(forwarded.history.at(-1)?.actor).toMatchObject({ role: 'admin' });
    expect(forwarded.history.at(-1)?.actor.id).toMatch(/^tok_/);

    expect((await officer.getReport({ params: { id: submitted.id } })).status).toBe('diteruskan');
    const followed = await officer.addFollowUp({
      params: { id: submitted.id },
      body: { text: 'Tim survei turun ke lokasi.', actor: PUPR_OFFICER },
    });
    expect(followed.status).toBe('ditindaklanjuti');
    expect(followed.followUps.map((f) => f.text)).toEqual(['Tim survei turun ke lokasi.']);

    const key = crypto.randomUUID();
    const answered = await officer.addResponse({
      params: { id: submitted.id },
      body: { text: 'Perbaikan dijadwalkan pekan depan.', actor: PUPR_OFFICER },
      idempotencyKey: key,
    });
    expect(answered.status).toBe('menunggu_tanggapan');
    expect(answered.responses[0]).toMatchObject({ organizationId: 'ksb-pupr', public: true });
    // A replayed answer is the first answer, not a second one.
    const replayed = await officer.addResponse({
      params: { id: submitted.id },
      body: { text: 'Perbaikan dijadwalkan pekan depan.', actor: PUPR_OFFICER },
      idempotencyKey: key,
    });
    expect(replayed.responses).toHaveLength(1);

    const done = await server.care('reporter').giveFeedback({
      params: { id: submitted.id },
      body: { satisfied: true, rating: 5, comment: 'Terima kasih', actor: REPORTER },
    });
    expect(done.status).toBe('selesai');
    expect(done.feedback).toMatchObject({ satisfied: true, rating: 5 });
    expect(done.history.map((h) => h.action)).toEqual(['verifikasi', 'tindak_lanjuti', 'jawab', 'tanggapi']);
    // Stored as answered.
    expect(await admin.getReport({ params: { id: submitted.id } })).toEqual(done);

    // The finished report is on the public feed, without the reporter's contact details.
    const pub = await server.care('public').getPublicReport({ params: { id: submitted.id } });
    expect(pub).toMatchObject({
      status: 'selesai',
      label: 'selesai',
      feedback: { satisfied: true, rating: 5 },
    });
  });

  it('answers an illegal move with 409 naming the allowed actions, and changes nothing', async () => {
    const submitted = await server.care('reporter').submitReport({ body: newReport() });
    const error = await server
      .care('admin')
      .transitionReport({
        params: { id: submitted.id },
        body: { action: { type: 'jawab', response: { text: 'x' } }, actor: ADMIN },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      status: 409,
      body: {
        code: 'illegal_transition',
        allowed: ['verifikasi', 'tunda', 'bukan_wewenang', 'arsipkan', 'tolak'],
      },
    });
    expect((await server.care('admin').getReport({ params: { id: submitted.id } })).history).toEqual([]);
  });

  it('refuses an actor that does not match the token (403), whatever the body claims', async () => {
    const submitted = await server.care('reporter').submitReport({ body: newReport() });
    await server.care('admin').transitionReport({
      params: { id: submitted.id },
      body: { action: { type: 'verifikasi', assignTo: SAMPLE_ORGANIZATIONS.pupr }, actor: ADMIN },
    });
    // An officer claiming to be an admin, or to work for another OPD.
    for (const actor of [ADMIN, { ...PUPR_OFFICER, organizationId: 'ksb-dikbud' }])
      await expect(
        server
          .care('officer')
          .addResponse({ params: { id: submitted.id }, body: { text: 'Selesai.', actor } }),
      ).rejects.toMatchObject({ status: 403, body: { code: 'actor_mismatch' } });
  });

  it('lists with filters, pages, and each caller sees only their rows', async () => {
    const admin = server.care('admin');
    const seeded = await admin.listReports({ query: { limit: 100 } });
    expect(seeded.total).toBe(5);
    const mine = await server.care('reporter').submitReport({
      body: newReport({ category: 'kesehatan', priority: 'mendesak', location: { regionCode: '52.07.03' } }),
    });
    expect((await admin.listReports({ query: { category: 'kesehatan' } })).items.map((r) => r.id)).toEqual([
      mine.id,
    ]);
    expect((await admin.listReports({ query: { priority: 'mendesak' } })).total).toBe(1);
    expect((await admin.listReports({ query: { regionCode: '52.07.03' } })).total).toBe(2);
    expect((await admin.listReports({ query: { regionCode: '52.07' } })).total).toBe(6);
    expect((await admin.listReports({ query: { regionCode: '52.01' } })).total).toBe(0);
    expect((await admin.listReports({ query: { status: ['diteruskan'] } })).total).toBe(4);
    expect(
      (await admin.listReports({ query: { status: ['belum_terverifikasi', 'diteruskan'] } })).total,
    ).toBe(6);
    expect((await admin.listReports({ query: { channel: 'app' } })).items.map((r) => r.id)).toEqual([
      mine.id,
    ]);
    const page2 = await admin.listReports({ query: { page: 2, limit: 4 } });
    expect([page2.page, page2.total, page2.items.length]).toEqual([2, 6, 2]);

    const officer = await server.care('officer').listReports({ query: { limit: 100 } });
    expect(officer.total).toBe(3);
    expect(officer.items.every((r) => r.assignments.at(-1)?.organizationId === 'ksb-pupr')).toBe(true);
    const other = await server.care('otherOfficer').listReports({ query: { limit: 100 } });
    expect(other.items.map((r) => r.assignments.at(-1)?.organizationId)).toEqual(['ksb-dikbud']);
    const own = await server.care('reporter').listReports({});
    expect(own.items.map((r) => r.id)).toEqual([mine.id]);
  });

  it('collects IKM survey answers and computes the index (PermenPAN-RB 14/2017)', async () => {
    const publicCare = server.care('public');
    const key = crypto.randomUUID();
    const answers = { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 3 } as const;
    const first = await publicCare.submitIkmSurvey({
      body: { unit: 'Disdukcapil', answers },
      idempotencyKey: key,
    });
    expect(
      await publicCare.submitIkmSurvey({ body: { unit: 'Disdukcapil', answers }, idempotencyKey: key }),
    ).toEqual(first);
    expect(await server.store.transaction((tx) => tx.count(CARE_COLLECTIONS.ikm))).toBe(1);
    const results = await publicCare.getIkmResults({ query: { unit: 'Disdukcapil', population: 100 } });
    // Mean NRR 31/9 = 3.444… × 25 = 86.11, mutu B (76.61–88.30 in PermenPAN-RB 14/2017).
    expect(results.overall).toMatchObject({ respondents: 1, ikmRounded: 86.11, mutu: 'B' });
    expect(results.sample).toEqual({ population: 100, required: 80, actual: 1, shortfall: 79 });
    expect(await publicCare.getIkmResults({ query: { unit: 'Dinas lain' } })).toEqual({
      overall: null,
      sample: null,
    });
    await expect(
      publicCare.submitIkmSurvey({ body: { answers: { U10: 4 } as never } }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('keeps a reporter’s contact details off the public feed and out of every error', async () => {
    const submitted = await server.care('public').submitReport({
      body: newReport({
        description: `Hubungi saya di ${PHONE} atau ${EMAIL}, NIK ${NIK}.`,
        reporter: { name: 'Baiq Contoh Rahayu', nik: NIK, phone: PHONE, email: EMAIL },
      }),
    });
    await server.care('admin').transitionReport({
      params: { id: submitted.id },
      body: { action: { type: 'verifikasi', assignTo: SAMPLE_ORGANIZATIONS.pupr }, actor: ADMIN },
    });
    const feed = JSON.stringify(await server.care('public').listPublicReports({ query: { limit: 100 } }));
    expect(feed).toContain(submitted.id);
    for (const secret of [NIK, PHONE, EMAIL]) expect(feed).not.toContain(secret);
    for (const body of server.errorBodies)
      expect(leaks(body, [NIK, PHONE, EMAIL, ...Object.values(server.tokens)])).toEqual([]);
  });
});
