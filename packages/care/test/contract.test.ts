import { validate as validateOpenApi } from '@readme/openapi-parser';
import { createHttpClient, NotFoundError } from '@opengov-id/core';
import { describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import { careOpenApi, createCareClient, PublicReportBody } from '../src/index.js';
import { type CareFault, createCareMswHandlers, createInMemoryCareStore } from '../src/testing/index.js';
import { admin, EMAIL, NAME, NIK, PHONE, PUPR, pupr, reporter } from './helpers.js';

const BASE = 'https://care.test/api/v1';
const newReport = (i: number) => ({
  type: 'layanan_publik' as const,
  classification: 'pengaduan' as const,
  channel: 'app' as const,
  title: `Laporan nomor ${i}`,
  description: `Isi laporan warga nomor ${i}, jalan rusak.`,
  category: 'infrastruktur',
  location: { regionCode: '52.07.02' },
  receivedAt: '2026-03-02T08:00:00+08:00',
});

describe('care client against the contract handlers', () => {
  it('submits, reads, lists and walks a report through its lifecycle', async () => {
    const store = createInMemoryCareStore({ now: () => new Date('2026-03-02T01:00:00Z') });
    server.use(...createCareMswHandlers({ baseUrl: BASE, store }));
    const care = createCareClient({ baseUrl: BASE });
    const report = await care.submitReport({ body: newReport(1) });
    expect(report).toMatchObject({ id: 'NTB-2026-000001', status: 'belum_terverifikasi', priority: 'biasa' });
    expect(await care.getReport({ params: { id: report.id } })).toEqual(report);
    await care.transitionReport({
      params: { id: report.id },
      body: { action: { type: 'verifikasi', assignTo: PUPR }, actor: admin },
    });
    await care.addFollowUp({ params: { id: report.id }, body: { text: 'Tim survei turun.', actor: pupr } });
    await care.addResponse({ params: { id: report.id }, body: { text: 'Sudah diperbaiki.', actor: pupr } });
    const done = await care.giveFeedback({
      params: { id: report.id },
      body: { satisfied: true, rating: 5, actor: reporter },
    });
    expect(done.status).toBe('selesai');
    expect(done.history.map((h) => h.action)).toEqual(['verifikasi', 'tindak_lanjuti', 'jawab', 'tanggapi']);
    const page = await care.listReports({ query: { status: ['selesai'], regionCode: '52.07' } });
    expect(page.total).toBe(1);
  });

  it('answers an illegal move with 409 naming the allowed actions, and 404 for a missing report', async () => {
    server.use(...createCareMswHandlers({ baseUrl: BASE }));
    const care = createCareClient({ baseUrl: BASE });
    const report = await care.submitReport({ body: newReport(2) });
    await expect(
      care.transitionReport({
        params: { id: report.id },
        body: { action: { type: 'tutup_otomatis' }, actor: admin },
      }),
    ).rejects.toMatchObject({
      status: 409,
      body: {
        code: 'illegal_transition',
        allowed: ['verifikasi', 'tunda', 'bukan_wewenang', 'arsipkan', 'tolak'],
      },
    });
    await expect(care.getReport({ params: { id: 'NTB-0' } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('collects IKM survey responses and computes results', async () => {
    server.use(...createCareMswHandlers({ baseUrl: BASE }));
    const care = createCareClient({ baseUrl: BASE });
    await care.submitIkmSurvey({
      body: {
        unit: 'Disdukcapil',
        answers: { U1: 4, U2: 3, U3: 3, U4: 4, U5: 3, U6: 4, U7: 4, U8: 3, U9: 3 },
      },
    });
    const results = await care.getIkmResults({ query: { unit: 'Disdukcapil', population: 100 } });
    expect(results.overall?.ikmRounded).toBe(86.11);
    expect(results.sample).toEqual({ population: 100, required: 80, actual: 1, shortfall: 79 });
  });

  it('emits a valid OpenAPI 3.1 document', async () => {
    const doc = careOpenApi({ version: '1.0.0' });
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/reports',
        '/reports/{id}',
        '/reports/{id}/transitions',
        '/ikm/responses',
        '/ikm/results',
        '/public/reports',
        '/public/reports/{id}',
      ]),
    );
    const result = await validateOpenApi(structuredClone(doc) as never);
    expect(result.valid).toBe(true);
  });
});

describe('public reports', () => {
  it('lists and shows only publishable reports, with no rahasia report and no anonim reporter', async () => {
    const store = createInMemoryCareStore({ now: () => new Date('2026-03-02T01:00:00Z') });
    server.use(...createCareMswHandlers({ baseUrl: BASE, store }));
    const care = createCareClient({ baseUrl: BASE });
    const identity = { name: NAME, nik: NIK, phone: PHONE, email: EMAIL };
    const submit = (overrides: Record<string, unknown>) =>
      care.submitReport({
        body: {
          ...newReport(0),
          description: `Jalan rusak, hubungi ${NAME} di ${PHONE}.`,
          reporter: identity,
          ...overrides,
        },
      });
    const open = await submit({ title: 'Laporan terbuka' });
    const anonim = await submit({ title: 'Laporan anonim', anonim: true });
    const rahasia = await submit({ title: 'Laporan rahasia', rahasia: true });
    const wbs = await submit({
      title: 'Dugaan pungli',
      type: 'dugaan_pelanggaran',
      classification: 'whistleblowing',
    });
    const unapproved = await submit({ title: 'Belum diverifikasi' });
    for (const report of [open, anonim, rahasia, wbs])
      await care.transitionReport({
        params: { id: report.id },
        body: { action: { type: 'verifikasi', assignTo: PUPR }, actor: admin },
      });

    const feed = await care.listPublicReports({ query: { regionCode: '52.07' } });
    expect(feed.items.map((r) => r.id)).toEqual([open.id, anonim.id]);
    expect(feed.total).toBe(2);
    for (const item of feed.items) expect(PublicReportBody.parse(item)).toEqual(item);
    const wire = JSON.stringify(feed);
    for (const secret of [NIK, PHONE, EMAIL]) expect(wire).not.toContain(secret);
    expect(feed.items[0]?.reporterName).toBe(NAME);
    const anonimPublic = await care.getPublicReport({ params: { id: anonim.id } });
    expect(anonimPublic.reporterName).toBeNull();
    expect(JSON.stringify(anonimPublic)).not.toMatch(/Baiq|Nurul|Hidayati/);
    for (const hidden of [rahasia, wbs, unapproved])
      await expect(care.getPublicReport({ params: { id: hidden.id } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(care.getPublicReport({ params: { id: 'NTB-0' } })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('request bodies refuse unknown fields', () => {
  const post = (path: string, body: unknown) =>
    fetch(`${BASE}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it.each([
    ['top level', { ...newReport(1), isAdmin: true }, 'body', 'isAdmin'],
    [
      'inside location',
      { ...newReport(1), location: { regionCode: '52.07', sql: 'x' } },
      'body.location',
      'sql',
    ],
    ['inside reporter', { ...newReport(1), reporter: { name: 'A', role: 'admin' } }, 'body.reporter', 'role'],
  ])(
    'a submission with an unknown field %s is a 400 naming it, and stores nothing',
    async (_, body, field, key) => {
      const store = createInMemoryCareStore();
      server.use(...createCareMswHandlers({ baseUrl: BASE, store }));
      const response = await post('/reports', body);
      expect(response.status).toBe(400);
      const problem = (await response.json()) as {
        issues: Array<{ field: string; code: string; message: { id: string; en: string } }>;
      };
      const issue = problem.issues.find((i) => i.code === 'unrecognized_keys');
      expect(issue?.field).toBe(field);
      expect(issue?.message.id).toContain(`\`${key}\``);
      expect(issue?.message.en).toContain(`\`${key}\``);
      expect(store.reports.size).toBe(0);
    },
  );

  it('an action with an unknown field is refused, and the report is unchanged', async () => {
    const store = createInMemoryCareStore();
    server.use(...createCareMswHandlers({ baseUrl: BASE, store }));
    const report = await createCareClient({ baseUrl: BASE }).submitReport({ body: newReport(1) });
    const response = await post(`/reports/${report.id}/transitions`, {
      action: { type: 'tunda', force: true },
      actor: admin,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      issues: [
        {
          field: 'body.action',
          code: 'unrecognized_keys',
          message: { en: expect.stringContaining('`force`') },
        },
      ],
    });
    expect(store.reports.get(report.id)?.status).toBe('belum_terverifikasi');
  });

  it('the OpenAPI document says so (additionalProperties: false)', () => {
    const doc = careOpenApi();
    const body = doc.paths['/reports']?.post?.requestBody as unknown as {
      content: {
        'application/json': {
          schema: {
            additionalProperties?: unknown;
            properties: Record<string, { additionalProperties?: unknown }>;
          };
        };
      };
    };
    const schema = body.content['application/json'].schema;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties['location']?.additionalProperties).toBe(false);
  });
});

describe('fault injection: 1,000 submissions, 30% failures', () => {
  it('ends with exactly 1,000 reports, none duplicated, none lost', async () => {
    const store = createInMemoryCareStore();
    const injected = new Map<CareFault, number>();
    server.use(
      ...createCareMswHandlers({
        baseUrl: BASE,
        store,
        faults: {
          rate: 0.3,
          seed: 20260302,
          stallMs: 150,
          onFault: (f) => injected.set(f, (injected.get(f) ?? 0) + 1),
        },
      }),
    );
    const care = createCareClient({
      http: createHttpClient({
        baseUrl: BASE,
        timeoutMs: 60,
        maxRetries: 3,
        backoff: { initialMs: 1, maxMs: 4 },
      }),
    });
    const submissions = Array.from({ length: 1_000 }, (_, i) => ({
      key: crypto.randomUUID(),
      body: newReport(i),
    }));
    const received = new Map<string, string>();
    let resends = 0;
    // An outbox: a submission that still fails after the client's retries is resent with the same key.
    const send = async (s: (typeof submissions)[number]) => {
      for (;;) {
        try {
          const report = await care.submitReport({ body: s.body, idempotencyKey: s.key });
          received.set(s.key, report.id);
          return;
        } catch {
          resends++;
        }
      }
    };
    const queue = [...submissions];
    await Promise.all(
      Array.from({ length: 25 }, async () => {
        for (let s = queue.shift(); s; s = queue.shift()) await send(s);
      }),
    );

    expect(store.reports.size).toBe(1_000);
    expect(received.size).toBe(1_000);
    expect(new Set(received.values()).size).toBe(1_000);
    const titles = [...store.reports.values()].map((r) => r.title).sort();
    expect(titles).toEqual(submissions.map((s) => s.body.title).sort());
    for (const s of submissions)
      expect(store.reports.get(received.get(s.key) as string)?.title).toBe(s.body.title);
    // Every kind of fault happened, about 30% of all attempts.
    expect([...injected.keys()].sort()).toEqual([
      'drop_after',
      'drop_before',
      'error_after',
      'error_before',
      'stall_after',
    ]);
    const faults = [...injected.values()].reduce((a, b) => a + b, 0);
    expect(faults).toBeGreaterThan(300);
    // The HTTP client's own retries (same key) absorbed nearly all of them; the outbox resent the rest.
    expect(resends).toBeLessThan(100);
  });
});
