import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { validate as validateOpenApi } from '@readme/openapi-parser';
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createToken, TOKENS } from '../src/auth.js';
import type { ModuleContext, ServerModule } from '../src/module.js';
import { careModule } from '../src/modules/care.js';
import { mergedOpenApi } from '../src/openapi.js';
import { DEFAULT_MODULES } from '../src/server.js';
import { createRateLimiter } from '../src/rate-limit.js';
import { engines } from './engines.js';
import { leaks, newReport, startTestServer, type TestServer } from './helpers.js';

const [sqlite] = engines;
if (!sqlite) throw new Error('no engine');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe.each(engines)('the app: $name', (engine) => {
  it('serves /health and one valid OpenAPI 3.1 document for every mounted module', async () => {
    server = await startTestServer(engine);
    expect(await (await server.fetch('/health')).json()).toEqual({ status: 'ok', engine: engine.name });
    const response = await server.fetch('/openapi.json');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = JSON.parse(await response.text()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const paths = Object.keys(doc.paths);
    expect(paths).toEqual(
      expect.arrayContaining(['/care/v1/reports', '/care/v1/reports/{id}', '/care/v1/public/reports/{id}']),
    );
    const operations = Object.values(doc.paths).flatMap((item) => Object.values(item));
    expect(operations).toHaveLength(
      DEFAULT_MODULES.reduce((n, module) => n + Object.keys(module.contract.routes).length, 0),
    );
    for (const item of Object.values(doc.paths)) expect(Object.keys(item).length).toBeGreaterThan(0);
    expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
    expect((await validateOpenApi(structuredClone(doc) as never)).valid).toBe(true);
    // Each operation says who may call it, from the module's access.
    const submit = doc.paths['/care/v1/reports']?.['post'] as unknown as {
      security: unknown[];
      'x-roles': string[];
    };
    expect(submit.security).toEqual([{}, { apiToken: [] }]);
    expect(submit['x-roles']).toEqual([...careModule.access.submitReport]);
    const act = doc.paths['/care/v1/reports/{id}/transitions']?.['post'] as unknown as {
      security: unknown[];
    };
    expect(act.security).toEqual([{ apiToken: [] }]);
  });

  it('answers unknown paths with a JSON 404, and sets security headers', async () => {
    server = await startTestServer(engine);
    const response = await server.fetch('/care/v1/nope/../../etc/passwd');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ name: 'NotFoundError', code: 'route_not_found' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBeNull();
    const authed = await server.fetch('/care/v1/reports', { role: 'admin' });
    expect(authed.status).toBe(200);
    expect(authed.headers.get('cache-control')).toBe('no-store');
    expect(authed.headers.get('x-frame-options')).toBe('DENY');
  });

  it('allows only the configured CORS origins', async () => {
    server = await startTestServer(engine, { cors: { origins: ['https://lapor.ksb.go.id'] } });
    const preflight = (origin: string) =>
      server!.fetch('/care/v1/reports', {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, idempotency-key, content-type',
        },
      });
    const allowed = await preflight('https://lapor.ksb.go.id');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://lapor.ksb.go.id');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('tokens', () => {
  it('stores only the SHA-256 of a token, never the token', async () => {
    server = await startTestServer(sqlite);
    const stored = await server.store.transaction((tx) => tx.list<Record<string, unknown>>(TOKENS));
    expect(stored.total).toBe(Object.keys(server.tokens).length);
    const all = JSON.stringify(stored.items);
    for (const token of Object.values(server.tokens)) {
      expect(all).not.toContain(token);
      expect(await server.store.transaction((tx) => tx.get(TOKENS, token))).toBeUndefined();
      expect(
        await server.store.transaction((tx) =>
          tx.get(TOKENS, createHash('sha256').update(token).digest('hex')),
        ),
      ).toBeDefined();
    }
  });

  it('mints a working token once, and refuses an officer token without an OPD', async () => {
    server = await startTestServer(sqlite);
    const token = await createToken(server.store, { role: 'walidata', name: 'Walidata Kedua (CONTOH)' });
    expect(
      (await server.fetch('/care/v1/public/reports', { headers: { authorization: `Bearer ${token}` } }))
        .status,
    ).toBe(200);
    expect(
      (await server.fetch('/care/v1/reports', { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(403);
    await expect(createToken(server.store, { role: 'officer', name: 'Tanpa OPD' })).rejects.toBeInstanceOf(
      TypeError,
    );
  });
});

describe('rate limit', () => {
  it('answers the limit+1th request of a token with 429 and Retry-After; other callers are unaffected', async () => {
    const LIMIT = 5;
    server = await startTestServer(sqlite, { rateLimit: { requestsPerMinute: LIMIT } });
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i += 1)
      statuses.push((await server.fetch('/care/v1/reports', { role: 'officer' })).status);
    expect(statuses).toEqual(Array(LIMIT).fill(200));
    const limited = await server.fetch('/care/v1/reports', { role: 'officer' });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await limited.json()).toMatchObject({ name: 'RateLimitError', code: 'rate_limited' });
    // A refused submission stores nothing.
    const writes = server.store.writes();
    const refused = await server.fetch('/care/v1/reports', {
      role: 'officer',
      method: 'POST',
      body: JSON.stringify(newReport()),
    });
    expect(refused.status).toBe(429);
    expect(server.store.writes()).toBe(writes);
    // Other tokens and public callers have their own budgets.
    expect((await server.fetch('/care/v1/reports', { role: 'admin' })).status).toBe(200);
    expect((await server.fetch('/care/v1/reports', { role: 'otherOfficer' })).status).toBe(200);
    expect((await server.fetch('/care/v1/public/reports')).status).toBe(200);
  });

  it('counts public callers per address, and bad tokens against the address', async () => {
    server = await startTestServer(sqlite, { rateLimit: { requestsPerMinute: 3 } });
    for (let i = 0; i < 3; i += 1) expect((await server.fetch('/care/v1/public/reports')).status).toBe(200);
    expect((await server.fetch('/care/v1/public/reports')).status).toBe(429);
    // Guessing tokens from the same address is refused too, before any lookup.
    const guess = await server.fetch('/care/v1/reports', {
      headers: { authorization: `Bearer ogp_${'1'.repeat(64)}` },
    });
    expect(guess.status).toBe(429);
    expect((await server.fetch('/care/v1/reports', { role: 'admin' })).status).toBe(200);
  });

  it('opens a new window when the old one has passed', () => {
    let t = 0;
    const limiter = createRateLimiter(2, () => t);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].map((d) => d.allowed)).toEqual([
      true,
      true,
      false,
    ]);
    t = 45_500;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    t = 60_000;
    expect(limiter.take('a').allowed).toBe(true);
  });
});

describe('errors', () => {
  it('answers a crash with a bare 500: no stack, no message, no personal data; the log is redacted', async () => {
    const NIK = '5207024507050001';
    const crashing = {
      ...careModule,
      implement: (context: ModuleContext) => ({
        ...careModule.implement(context),
        getIkmResults: () => {
          throw new Error(`database said: row for NIK ${NIK}, phone 081234567890 is locked`);
        },
      }),
    } as unknown as ServerModule;
    server = await startTestServer(sqlite, { modules: [crashing] });
    const response = await server.fetch('/care/v1/ikm/results');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ code: 'internal_error', messages: { id: expect.any(String) } });
    expect(text).not.toContain('database');
    expect(leaks(text, [NIK])).toEqual([]);
    // Logged for the operator, with the personal data scrubbed.
    expect(server.logs).toHaveLength(1);
    expect(JSON.stringify(server.logs)).toContain('database said');
    expect(JSON.stringify(server.logs)).not.toContain(NIK);
    expect(JSON.stringify(server.logs)).not.toContain('081234567890');
    // And it keeps serving.
    expect((await server.fetch('/care/v1/public/reports')).status).toBe(200);
  });

  it('answers an implementation that breaks its contract with a 500 and logs the violation', async () => {
    const drifting = {
      ...careModule,
      implement: (context: ModuleContext) => ({
        ...careModule.implement(context),
        getIkmResults: () => ({ overall: 'bagus', sample: null }),
      }),
    } as unknown as ServerModule;
    server = await startTestServer(sqlite, { modules: [drifting] });
    const response = await server.fetch('/care/v1/ikm/results');
    expect(response.status).toBe(500);
    expect(server.logs.map((l) => l['event'])).toEqual(['contract_violation']);
  });
});

describe('merged OpenAPI', () => {
  it('prefixes each module’s paths and keeps clashing component and operation names apart', () => {
    const Thing = z.object({ n: z.number() }).meta({ id: 'Thing' });
    const OtherThing = z.object({ s: z.string() }).meta({ id: 'Thing' });
    const make = (name: string, schema: z.ZodType) =>
      ({
        name,
        basePath: `/${name}/v1`,
        contract: { routes: { getThing: { method: 'GET', path: '/thing', responses: { 200: schema } } } },
        access: { getThing: ['public'] },
        implement: () => ({}),
      }) as unknown as ServerModule;
    const doc = mergedOpenApi([make('a', Thing), make('b', OtherThing)], { title: 't', version: '1' });
    expect(Object.keys(doc.paths)).toEqual(['/a/v1/thing', '/b/v1/thing']);
    expect(doc.paths['/a/v1/thing']?.get?.operationId).toBe('getThing');
    expect(doc.paths['/b/v1/thing']?.get?.operationId).toBe('b_getThing');
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Thing', 'b_Thing']));
    expect(JSON.stringify(doc.paths['/b/v1/thing'])).toContain('#/components/schemas/b_Thing');
  });
});

describe('npm run serve', () => {
  it('prints the URL and sample tokens, serves, and closes cleanly on SIGTERM', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--conditions=@opengov-id/source', '--import', 'tsx', main], {
      env: { ...process.env, PORT: '0', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /server: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (match?.[1] && out.includes('Ctrl-C')) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    expect(out).toMatch(/admin\s+ogp_[0-9a-f]{64}/);
    const token = /officer\s+(ogp_[0-9a-f]{64})/.exec(out)?.[1];
    const { bypass } = await import('msw');
    const listed = await fetch(
      bypass(`${url}/care/v1/reports`, { headers: { authorization: `Bearer ${token}` } }),
    );
    expect(listed.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
