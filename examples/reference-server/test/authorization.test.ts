import type { Actor } from '@opengov-id/care';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountPath } from '../src/app.js';
import type { Role, ServerModule } from '../src/module.js';
import { CARE_COLLECTIONS, type StoredReport } from '../src/modules/care.js';
import { SAMPLE_ORGANIZATIONS } from '../src/sample.js';
import { DEFAULT_MODULES } from '../src/server.js';
import { engines } from './engines.js';
import { leaks, newReport, startTestServer, type TestServer } from './helpers.js';

const ROLES: readonly Role[] = ['public', 'reporter', 'officer', 'walidata', 'admin'];
const ADMIN: Actor = { role: 'admin', id: 'admin' };

/**
 * Valid requests for the routes we know, so a refused call would have changed something had the
 * gate let it through. A route without a sample (a module added later) is still in the matrix,
 * called with placeholder params and no body: the role check comes before validation.
 */
const SAMPLES: Record<string, Record<string, { params?: Record<string, string>; body?: unknown }>> = {
  care: {
    submitReport: { body: newReport() },
    getReport: { params: { id: 'NTB-2026-000001' } },
    getPublicReport: { params: { id: 'NTB-2026-000001' } },
    transitionReport: {
      params: { id: 'NTB-2026-000005' },
      body: { action: { type: 'tunda', reason: { code: 'lainnya' } }, actor: ADMIN },
    },
    addResponse: { params: { id: 'NTB-2026-000001' }, body: { text: 'Jawaban.', actor: ADMIN } },
    addFollowUp: { params: { id: 'NTB-2026-000001' }, body: { text: 'Tindak lanjut.', actor: ADMIN } },
    giveFeedback: {
      params: { id: 'NTB-2026-000001' },
      body: { satisfied: true, actor: { role: 'pelapor', id: 'warga' } },
    },
    submitIkmSurvey: { body: { answers: { U1: 4 } } },
  },
};

interface Case {
  readonly module: ServerModule;
  readonly operationId: string;
  readonly role: Role;
  readonly allowed: boolean;
}

const cases: Case[] = DEFAULT_MODULES.flatMap((module) =>
  Object.keys(module.contract.routes).flatMap((operationId) => {
    const access = (module.access as Record<string, readonly Role[]>)[operationId] ?? [];
    return ROLES.map((role) => ({ module, operationId, role, allowed: access.includes(role) }));
  }),
);

function request(module: ServerModule, operationId: string) {
  const route = module.contract.routes[operationId];
  if (!route) throw new Error(`no route ${operationId}`);
  const sample = SAMPLES[module.name]?.[operationId] ?? {};
  const path = mountPath(module.basePath, route.path).replace(/:([A-Za-z0-9_]+)/g, (_, name: string) =>
    encodeURIComponent(sample.params?.[name] ?? 'x'),
  );
  const body = route.method === 'GET' ? undefined : JSON.stringify(sample.body ?? {});
  return { method: route.method, path, ...(body === undefined ? {} : { body }) };
}

describe.each(engines)('authorization: $name', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine);
  });
  afterAll(async () => {
    await server.close();
  });

  it('covers every route of every mounted module, for every role', () => {
    const routes = DEFAULT_MODULES.reduce((n, m) => n + Object.keys(m.contract.routes).length, 0);
    expect(cases).toHaveLength(routes * ROLES.length);
    expect(cases.length).toBeGreaterThanOrEqual(11 * 5);
  });

  it.each(
    cases.map(
      (c) => [`${c.module.name}.${c.operationId}`, c.role, c.allowed ? 'allowed' : 'refused', c] as const,
    ),
  )('%s as %s: %s', async (_, role, __, c) => {
    const { method, path, body } = request(c.module, c.operationId);
    const writes = server.store.writes();
    const response = await server.fetch(path, { method, role, ...(body === undefined ? {} : { body }) });
    const answer = (await response.json().catch(() => null)) as { code?: string } | null;
    expect(answer?.code).not.toBe('route_not_found');
    if (c.allowed) {
      expect(response.status).toBeLessThan(500);
      expect(['token_required', 'forbidden', 'invalid_token']).not.toContain(answer?.code);
    } else {
      expect(response.status).toBe(role === 'public' ? 401 : 403);
      expect(answer?.code).toBe(role === 'public' ? 'token_required' : 'forbidden');
      expect(server.store.writes()).toBe(writes);
    }
  });

  it('answers an unknown or malformed token with 401, whatever the route', async () => {
    for (const authorization of [
      `Bearer ogp_${'0'.repeat(64)}`,
      'Bearer nope',
      'Basic YWRtaW46YWRtaW4=',
      'Bearer',
    ]) {
      const response = await server.fetch('/care/v1/public/reports', { headers: { authorization } });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ name: 'AuthError', code: 'invalid_token' });
    }
  });

  const stored = (id: string) =>
    server.store.transaction((tx) => tx.get<StoredReport>(CARE_COLLECTIONS.reports, id));

  it('an officer neither reads, lists nor acts on another OPD’s report, and nothing changes', async () => {
    const dikbudReport = 'NTB-2026-000003';
    const before = await stored(dikbudReport);
    expect(before?.assignedTo).toBe(SAMPLE_ORGANIZATIONS.dikbud.organizationId);
    const officer = server.care('officer');
    await expect(officer.getReport({ params: { id: dikbudReport } })).rejects.toMatchObject({ status: 404 });
    const listed = await officer.listReports({ query: { limit: 100 } });
    expect(listed.items.map((r) => r.id)).not.toContain(dikbudReport);
    const actor: Actor = { role: 'penghubung', id: 'petugas', organizationId: 'ksb-pupr' };
    const writes = server.store.writes();
    await expect(
      officer.addResponse({ params: { id: dikbudReport }, body: { text: 'Bukan urusan kami.', actor } }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      officer.transitionReport({
        params: { id: dikbudReport },
        body: { action: { type: 'kembalikan' }, actor },
      }),
    ).rejects.toMatchObject({ status: 404 });
    // Claiming the other OPD in the body does not help either.
    await expect(
      officer.addFollowUp({
        params: { id: dikbudReport },
        body: { text: 'Menyamar.', actor: { ...actor, organizationId: 'ksb-dikbud' } },
      }),
    ).rejects.toMatchObject({ status: 403 });
    expect(server.store.writes()).toBe(writes);
    expect(await stored(dikbudReport)).toEqual(before);
    // The other OPD's officer does see it.
    expect((await server.care('otherOfficer').getReport({ params: { id: dikbudReport } })).id).toBe(
      dikbudReport,
    );
  });

  it('a reporter reads and answers only their own reports', async () => {
    await expect(
      server.care('reporter').getReport({ params: { id: 'NTB-2026-000001' } }),
    ).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      server.care('reporter').giveFeedback({
        params: { id: 'NTB-2026-000001' },
        body: { satisfied: false, actor: { role: 'pelapor', id: 'warga' } },
      }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('never shows a rahasia or whistleblowing report publicly, nor an anonim reporter’s name', async () => {
    // A whistleblowing report filed and verified now, beside the seeded rahasia one.
    const wbs = await server.care('public').submitReport({
      body: newReport({
        type: 'dugaan_pelanggaran',
        classification: 'whistleblowing',
        title: 'Dugaan pungutan liar',
        reporter: { name: 'Saksi Contoh Rahasia' },
      }),
    });
    expect(wbs).toMatchObject({ anonim: true, rahasia: true });
    await server.care('admin').transitionReport({
      params: { id: wbs.id },
      body: {
        action: { type: 'verifikasi', assignTo: SAMPLE_ORGANIZATIONS.pupr, rahasia: false },
        actor: ADMIN,
      },
    });
    const hidden = ['NTB-2026-000004', wbs.id];
    const publicCare = server.care('public');
    for (const id of hidden)
      await expect(publicCare.getPublicReport({ params: { id } })).rejects.toMatchObject({ status: 404 });

    // Every public answer, gathered: the feed under every filter, each public report, the OpenAPI document.
    const texts: string[] = [];
    for (const query of [
      {},
      { status: ['diteruskan' as const] },
      { regionCode: '52.07' },
      { category: 'infrastruktur' },
    ]) {
      const feed = await publicCare.listPublicReports({ query: { ...query, limit: 100 } });
      texts.push(JSON.stringify(feed));
      for (const item of feed.items)
        texts.push(JSON.stringify(await publicCare.getPublicReport({ params: { id: item.id } })));
    }
    texts.push(await (await server.fetch('/openapi.json')).text());
    const all = texts.join('\n');
    for (const id of hidden) expect(all).not.toContain(id);
    expect(all).toContain('NTB-2026-000002'); // the anonim report is public …
    for (const name of ['Warga Contoh Dua', 'Saksi Contoh Rahasia']) expect(all).not.toContain(name); // … its reporter is not
    expect(all).toContain('Warga Contoh Satu'); // a named reporter stays named
  });

  it('leaks no personal data, token or stack trace in any error answer of this suite', () => {
    expect(server.errorBodies.length).toBeGreaterThan(20);
    for (const body of server.errorBodies) expect(leaks(body, Object.values(server.tokens))).toEqual([]);
  });
});
