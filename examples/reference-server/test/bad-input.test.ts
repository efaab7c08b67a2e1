import type { Report } from '@opengov-id/care';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKENS } from '../src/auth.js';
import { CARE_COLLECTIONS } from '../src/modules/care.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { engines } from './engines.js';
import { leaks, newReport, startTestServer, type TestServer } from './helpers.js';

const LIMIT = 64 * 1024;

const INJECTIONS = {
  sql: "'; DROP TABLE records; --",
  sqlOr: `x" OR 1=1; DELETE FROM records WHERE "a"="a`,
  html: '<script>alert(document.cookie)</script>',
  htmlAttr: '"><img src=x onerror=alert(1)>',
  traversal: '../../../../etc/passwd',
  traversalEncoded: '..%2F..%2F..%2Fetc%2Fpasswd',
  jsonPath: "$.status') OR json_extract(data, '$.x",
  unicode: 'Laporan \u202e\u200b ✓ 🚧 ʻokina',
} as const;
const NUL = 'jalan\u0000rusak';
const LONG = 'a'.repeat(20_000);

type Problem = {
  name: string;
  code: string;
  messages?: { id: string; en: string };
  issues: Array<{ field: string; code: string; message: { id: string; en: string } }>;
};

/** Sets a dotted path in a copy of an object (array indices as numbers). */
function withField(base: unknown, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= /^\d+$/.test(keys[keys.indexOf(key) + 1] ?? '') ? [] : {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1) as string] = value;
  return copy;
}

const read = (report: unknown, path: string) =>
  path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], report);

// A submission that fills every text field care accepts, so each can carry a hostile string.
const FULL = newReport({
  subcategory: 'jalan_rusak',
  reporter: {
    userId: 'akun-1',
    name: 'Warga Contoh',
    nik: '5207024507050001',
    phone: '081234567890',
    email: 'a@example.id',
  },
  attachments: [
    {
      id: 'lampiran-1',
      kind: 'image',
      mimeType: 'image/jpeg',
      sizeBytes: 1000,
      url: 'https://example.id/a.jpg',
    },
  ],
  externalRefs: {
    laporTrackingId: '1916449',
    open311RequestId: 'sr-1',
    other: [{ system: 'wa', id: 'pesan-1' }],
  },
  provenance: {
    platform: 'facebook',
    postId: 'post-1',
    handle: 'warga.contoh',
    url: 'https://facebook.com/post-1',
    capturedAt: '2026-03-01T08:00:00+08:00',
  },
});

/** Free text: stored and answered exactly as sent (bounded ones refuse what exceeds their bound). */
const FREE_TEXT = {
  title: 200,
  description: 4000,
  'location.address': 500,
  'reporter.userId': undefined,
  'reporter.name': 200,
  'attachments.0.id': undefined,
  'externalRefs.open311RequestId': undefined,
  'externalRefs.other.0.system': undefined,
  'externalRefs.other.0.id': undefined,
  'provenance.postId': undefined,
  'provenance.handle': undefined,
} as const;
/** Formatted: codes, enums, identifiers, dates, URLs: anything hostile is refused, naming the field. */
const FORMATTED = [
  'type',
  'classification',
  'channel',
  'category',
  'subcategory',
  'priority',
  'location.regionCode',
  'reporter.nik',
  'reporter.phone',
  'reporter.email',
  'attachments.0.kind',
  'attachments.0.mimeType',
  'attachments.0.url',
  'receivedAt',
  'externalRefs.laporTrackingId',
  'provenance.platform',
  'provenance.url',
  'provenance.capturedAt',
] as const;

describe.each(engines)('bad input: $name', (engine) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(engine, { bodyLimitBytes: LIMIT });
  });
  afterAll(async () => {
    await server.close();
  });

  const submitRaw = (body: string | ReadableStream, headers: Record<string, string> = {}) =>
    server.fetch('/care/v1/reports', {
      role: 'reporter',
      method: 'POST',
      headers,
      body,
      ...(typeof body === 'string' ? {} : { duplex: 'half' }),
    } as RequestInit);
  const submit = (body: unknown) => submitRaw(JSON.stringify(body));
  const countAll = () =>
    server.store.transaction(async (tx) => [
      await tx.count(CARE_COLLECTIONS.reports),
      await tx.count(TOKENS),
    ]);

  /** Core names fields the way zod paths read: `body.attachments[0].id`. */
  const fieldName = (path: string) => `body.${path}`.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

  /** A refusal: the status, a bilingual message naming `field`, nothing written, and the server still serving. */
  async function expectRefused(
    response: Response,
    status: number,
    field: string | undefined,
    writes: number,
  ) {
    expect(response.status).toBe(status);
    const problem = (await response.json()) as Problem;
    expect(problem.name).toBe('ValidationError');
    const issue = field === undefined ? problem.issues[0] : problem.issues.find((i) => i.field === field);
    expect(issue, `an issue naming ${field} in ${JSON.stringify(problem.issues)}`).toBeDefined();
    expect(issue?.message.id).toMatch(/\S/);
    expect(issue?.message.en).toMatch(/\S/);
    expect(issue?.message.id).not.toBe(issue?.message.en);
    expect(server.store.writes()).toBe(writes);
    const good = await submit(newReport());
    expect(good.status).toBe(201);
  }

  it('a full, ordinary submission is accepted (the baseline of the cases below)', async () => {
    expect((await submit(FULL)).status).toBe(201);
  });

  it.each([
    ['truncated', '{"title": "Jalan'],
    ['not JSON', 'title=Jalan rusak'],
    ['a trailing comma', '{"title": "Jalan rusak",}'],
    ['empty object braces only', '{'],
  ])('refuses malformed JSON (%s) with 400 invalid_json, storing nothing', async (_, text) => {
    const writes = server.store.writes();
    const response = await submitRaw(text);
    expect(response.status).toBe(400);
    expect(((await response.clone().json()) as Problem).code).toBe('invalid_json');
    await expectRefused(response, 400, 'body', writes);
  });

  it.each([
    ['title', 123],
    ['anonim', 'yes'],
    ['location', 'Taliwang'],
    ['location.coordinates', { lat: 'utara', lon: 116 }],
    ['attachments', { id: 'x' }],
    ['reporter.name', ['Warga']],
    ['priority', null],
  ])('refuses a wrong type in %s with 400 naming it', async (field, value) => {
    const writes = server.store.writes();
    const response = await submit(withField(newReport(), field, value));
    const expected = field === 'location.coordinates' ? 'body.location.coordinates.lat' : fieldName(field);
    await expectRefused(response, 400, expected, writes);
  });

  it('refuses a body over the limit with 413, with or without Content-Length', async () => {
    const big = JSON.stringify(newReport({ description: 'x'.repeat(LIMIT) }));
    let writes = server.store.writes();
    await expectRefused(await submitRaw(big), 413, 'body', writes);
    // Chunked, no Content-Length: counted as it streams.
    const chunks = [big.slice(0, 1000), big.slice(1000)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    writes = server.store.writes();
    await expectRefused(await submitRaw(stream), 413, 'body', writes);
  });

  it.each([
    ['at the top', { ...newReport(), status: 'selesai' }, 'body'],
    ['inside location', withField(newReport(), 'location.kecamatan', 'Taliwang'), 'body.location'],
    ['inside an attachment', withField(FULL, 'attachments.0.path', '/etc/passwd'), 'body.attachments[0]'],
  ])('refuses an unknown field %s with 400 naming where', async (_, body, field) => {
    const writes = server.store.writes();
    await expectRefused(await submit(body), 400, field, writes);
  });

  describe('hostile strings in every text field', () => {
    const free = Object.entries(FREE_TEXT).flatMap(([field, max]) =>
      Object.entries(INJECTIONS).map(([kind, payload]) => [field, kind, payload, max] as const),
    );
    it.each(free)('free text %s carries %s verbatim, byte for byte', async (field, _, payload) => {
      // Below a field's minimum length, pad it; the padding is part of what must come back.
      const value = payload.length < 12 ? `${payload} (laporan)` : payload;
      const response = await submit(withField(FULL, field, value));
      expect(response.status).toBe(201);
      const text = await response.text();
      const report = JSON.parse(text) as Report;
      expect(read(report, field)).toBe(value);
      // Read back through the store and the API: the same bytes.
      const again = await server.care('admin').getReport({ params: { id: report.id } });
      expect(read(again, field)).toBe(value);
    });

    it.each(Object.entries(FREE_TEXT).filter(([, max]) => max !== undefined))(
      'free text %s longer than its bound (%i) is refused, naming it',
      async (field) => {
        const writes = server.store.writes();
        await expectRefused(await submit(withField(FULL, field, LONG)), 400, fieldName(field), writes);
      },
    );

    it.each(Object.keys(FREE_TEXT).filter((f) => FREE_TEXT[f as keyof typeof FREE_TEXT] === undefined))(
      'free text %s without a bound stores a 20,000-character string whole',
      async (field) => {
        const response = await submit(withField(FULL, field, LONG));
        expect(response.status).toBe(201);
        expect(read(await response.json(), field)).toBe(LONG);
      },
    );

    it.each(Object.keys(FREE_TEXT))('a NUL character in %s is refused, naming it', async (field) => {
      const writes = server.store.writes();
      const response = await submit(withField(FULL, field, NUL));
      const problem = (await response.clone().json()) as Problem;
      expect(problem.code).toBe('nul_character');
      await expectRefused(response, 400, fieldName(field), writes);
    });

    const formatted = FORMATTED.flatMap((field) =>
      [...Object.entries(INJECTIONS), ['nul', NUL] as const, ['long', LONG] as const].map(
        ([kind, payload]) => [field, kind, payload] as const,
      ),
    );
    it.each(formatted)('formatted %s refuses %s with 400 naming it', async (field, _, payload) => {
      const writes = server.store.writes();
      await expectRefused(await submit(withField(FULL, field, payload)), 400, fieldName(field), writes);
    });
  });

  it('hostile strings had no effect on SQL: tables, migrations and counts intact', async () => {
    const [reports, tokens] = await countAll();
    expect(tokens).toBe(Object.keys(server.tokens).length);
    expect(reports).toBeGreaterThan(50);
    expect(await server.store.migrations()).toEqual(MIGRATIONS.map((m) => m.version));
    // A filter value that looks like SQL or a JSON path is only a value.
    const admin = server.care('admin');
    for (const value of [INJECTIONS.sql, INJECTIONS.sqlOr, INJECTIONS.jsonPath, "52' OR '1'='1"]) {
      expect((await admin.listReports({ query: { regionCode: value } })).total).toBe(0);
      expect((await admin.listReports({ query: { category: value } })).total).toBe(0);
    }
    expect((await admin.listReports({ query: { limit: 1 } })).total).toBe(reports);
    for (const id of [INJECTIONS.traversal, INJECTIONS.sql, '%00', '..'])
      expect(
        (await server.fetch(`/care/v1/reports/${encodeURIComponent(id)}`, { role: 'admin' })).status,
      ).toBe(404);
    expect(await countAll()).toEqual([reports, tokens]);
  });

  it('an HTML payload comes back as JSON, never as HTML', async () => {
    const response = await submit(withField(FULL, 'title', INJECTIONS.html));
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('leaks no personal data, token or stack trace in any error answer of this suite', () => {
    expect(server.errorBodies.length).toBeGreaterThan(100);
    for (const body of server.errorBodies) expect(leaks(body, Object.values(server.tokens))).toEqual([]);
  });
});
