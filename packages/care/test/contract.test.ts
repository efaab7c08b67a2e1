import { validate as validateOpenApi } from '@readme/openapi-parser';
import { createHttpClient, NotFoundError } from '@opengov-id/core';
import { describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import { careOpenApi, createCareClient } from '../src/index.js';
import { type CareFault, createCareMswHandlers, createInMemoryCareStore } from '../src/testing/index.js';
import { admin, PUPR, pupr, reporter } from './helpers.js';

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
      ]),
    );
    const result = await validateOpenApi(structuredClone(doc) as never);
    expect(result.valid).toBe(true);
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
