import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { delay, HttpResponse, http } from 'msw';
import * as z from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import { backoffDelay, parseRetryAfter } from '../src/http/retry.js';
import { VERSION } from '../src/http/version.js';
import {
  AuthError,
  createHttpClient,
  HTTP_DEFAULTS,
  type HttpAttemptInfo,
  HttpError,
  isOpenGovError,
  NetworkError,
  NotFoundError,
  type OpenGovError,
  RateLimitError,
  RequestAbortedError,
  ResponseShapeError,
  TimeoutError,
  ValidationError,
} from '../src/index.js';

const BASE = 'https://api.ntb.test/v1';
const NIK = '5207024507050001';
const PHONE = '081234567890';
const EMAIL = 'warga@example.com';
const TOKEN = 'sekret-token-abc123XYZ';

// Created at module scope, before msw's `server.listen()` runs in beforeAll (sdk-style P6).
const earlyClient = createHttpClient({ baseUrl: BASE, maxRetries: 0 });

/** A fast client for tests: 1 ms backoff steps. */
function client(extra: Partial<Parameters<typeof createHttpClient>[0]> = {}) {
  return createHttpClient({ baseUrl: BASE, backoff: { initialMs: 1, maxMs: 4 }, ...extra });
}

async function failure(promise: Promise<unknown>): Promise<OpenGovError> {
  try {
    await promise;
  } catch (error) {
    if (!isOpenGovError(error)) throw error;
    return error;
  }
  throw new Error('expected the request to fail');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('retries', () => {
  it('retries a GET through 503, 503 and returns the data of the third attempt', async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/datasets`, () =>
        ++attempts < 3 ? new HttpResponse(null, { status: 503 }) : HttpResponse.json({ count: 42 }),
      ),
    );
    await expect(client().request({ path: 'datasets' })).resolves.toEqual({ count: 42 });
    expect(attempts).toBe(3);
  });

  it('gives up after maxRetries and throws the last status', async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/datasets`, () => {
        attempts++;
        return new HttpResponse('bad gateway', { status: 502 });
      }),
    );
    const error = await failure(client({ maxRetries: 2 }).request({ path: 'datasets' }));
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(502);
    expect((error as HttpError).body).toBe('bad gateway');
    expect(attempts).toBe(3);
  });

  it('does not retry a POST without an idempotency key', async () => {
    let attempts = 0;
    server.use(
      http.post(`${BASE}/reports`, () => {
        attempts++;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    const error = await failure(client().request({ method: 'POST', path: 'reports', json: { a: 1 } }));
    expect(error).toBeInstanceOf(HttpError);
    expect(error).not.toBeInstanceOf(RateLimitError);
    expect((error as HttpError).status).toBe(503);
    expect(attempts).toBe(1);
  });

  it('retries a POST with an idempotency key, sending the same key on every attempt', async () => {
    const keys: Array<string | null> = [];
    const bodies: unknown[] = [];
    server.use(
      http.post(`${BASE}/reports`, async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        bodies.push(await request.json());
        return keys.length < 3
          ? new HttpResponse(null, { status: 503 })
          : HttpResponse.json({ id: 7 }, { status: 201 });
      }),
    );
    const key = crypto.randomUUID();
    const data = await client().request({
      method: 'POST',
      path: 'reports',
      json: { title: 'Jalan rusak' },
      idempotencyKey: key,
    });
    expect(data).toEqual({ id: 7 });
    expect(keys).toEqual([key, key, key]);
    expect(bodies).toEqual([{ title: 'Jalan rusak' }, { title: 'Jalan rusak' }, { title: 'Jalan rusak' }]);
  });

  it('retries PUT and DELETE, but not PATCH without a key', async () => {
    const seen: string[] = [];
    const flaky = (method: string) => {
      let n = 0;
      return () => {
        seen.push(method);
        return ++n < 2 ? new HttpResponse(null, { status: 500 }) : new HttpResponse(null, { status: 204 });
      };
    };
    server.use(
      http.put(`${BASE}/r/1`, flaky('PUT')),
      http.delete(`${BASE}/r/1`, flaky('DELETE')),
      http.patch(`${BASE}/r/1`, flaky('PATCH')),
    );
    const c = client();
    await c.request({ method: 'PUT', path: 'r/1', json: {}, responseType: 'none' });
    await c.request({ method: 'DELETE', path: 'r/1', responseType: 'none' });
    await expect(c.request({ method: 'PATCH', path: 'r/1', json: {} })).rejects.toBeInstanceOf(HttpError);
    expect(seen).toEqual(['PUT', 'PUT', 'DELETE', 'DELETE', 'PATCH']);
  });

  it('does not retry statuses that will not change (400, 404, 501)', async () => {
    for (const status of [400, 404, 501]) {
      let attempts = 0;
      server.use(
        http.get(`${BASE}/s${status}`, () => {
          attempts++;
          return new HttpResponse(null, { status });
        }),
      );
      await expect(client().request({ path: `s${status}` })).rejects.toMatchObject({ status });
      expect(attempts).toBe(1);
    }
  });

  it('maxRetries: 0 disables retries, per client and per request', async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/x`, () => {
        attempts++;
        return new HttpResponse(null, { status: 503 });
      }),
    );
    await expect(client({ maxRetries: 0 }).request({ path: 'x' })).rejects.toBeInstanceOf(HttpError);
    await expect(client().request({ path: 'x', maxRetries: 0 })).rejects.toBeInstanceOf(HttpError);
    expect(attempts).toBe(2);
  });

  it('honours Retry-After: 2 exactly (fake timers)', async () => {
    vi.useFakeTimers();
    let attempts = 0;
    server.use(
      http.get(`${BASE}/busy`, () =>
        ++attempts === 1
          ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '2' } })
          : HttpResponse.json({ ok: true }),
      ),
    );
    const pending = createHttpClient({ baseUrl: BASE }).request({ path: 'busy' });
    await vi.advanceTimersByTimeAsync(1999);
    expect(attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts).toBe(2);
    await expect(pending).resolves.toEqual({ ok: true });
  });

  it('honours Retry-After as an HTTP-date on 503 (fake timers)', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2025, 7, 17, 2, 0, 0));
    let attempts = 0;
    server.use(
      http.get(`${BASE}/maintenance`, () =>
        ++attempts === 1
          ? new HttpResponse(null, {
              status: 503,
              // RFC 9110 §10.2.3 IMF-fixdate, 3 s ahead of the fake clock.
              headers: { 'Retry-After': 'Sun, 17 Aug 2025 02:00:03 GMT' },
            })
          : HttpResponse.json({ ok: true }),
      ),
    );
    const pending = createHttpClient({ baseUrl: BASE }).request({ path: 'maintenance' });
    await vi.advanceTimersByTimeAsync(2999);
    expect(attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts).toBe(2);
    await expect(pending).resolves.toEqual({ ok: true });
  });

  it('shortens a Retry-After above maxRetryAfterMs to it; RateLimitError keeps the server value', async () => {
    vi.useFakeTimers();
    let attempts = 0;
    server.use(
      http.get(`${BASE}/busy`, () =>
        ++attempts === 1
          ? new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } })
          : HttpResponse.json({ ok: true }),
      ),
      http.get(
        `${BASE}/down`,
        () => new HttpResponse(null, { status: 503, headers: { 'Retry-After': '3600' } }),
      ),
    );
    const pending = createHttpClient({ baseUrl: BASE, maxRetryAfterMs: 1000 }).request({ path: 'busy' });
    await vi.advanceTimersByTimeAsync(999);
    expect(attempts).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts).toBe(2);
    await expect(pending).resolves.toEqual({ ok: true });

    attempts = 0;
    const error = await failure(client({ maxRetries: 0 }).request({ path: 'busy' }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect(attempts).toBe(1);
    // 503 is an outage, not a rate limit, whatever its Retry-After.
    const down = await failure(client({ maxRetries: 0 }).request({ path: 'down' }));
    expect(down).toBeInstanceOf(HttpError);
    expect(down).not.toBeInstanceOf(RateLimitError);
    expect(down).toMatchObject({ status: 503 });
  });

  it('falls back to backoff when Retry-After is malformed', async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/busy`, () =>
        ++attempts === 1
          ? new HttpResponse(null, { status: 503, headers: { 'Retry-After': 'soon' } })
          : HttpResponse.json({ ok: true }),
      ),
    );
    // ky's own parse would wait the whole maxRetryAfterMs (60 s) here.
    await expect(client().request({ path: 'busy' })).resolves.toEqual({ ok: true });
    expect(attempts).toBe(2);
  });

  it('retries a dropped connection for a GET, then throws NetworkError', async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/flaky`, () => {
        attempts++;
        return HttpResponse.error();
      }),
    );
    const error = await failure(client({ maxRetries: 2 }).request({ path: 'flaky' }));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.code).toBe('network_error');
    expect(attempts).toBe(3);
    // A sanitized stand-in, not the runtime's error object.
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).name).toBe('TypeError');
  });

  it('recovers when the connection drops once', async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/flaky`, () => (++attempts === 1 ? HttpResponse.error() : HttpResponse.json([1]))),
    );
    await expect(client().request({ path: 'flaky' })).resolves.toEqual([1]);
    expect(attempts).toBe(2);
  });
});

describe('timeouts and aborts', () => {
  it('ends a hung server in TimeoutError, retrying the timed-out GET once', async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/hang`, async () => {
        attempts++;
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const error = await failure(client({ timeoutMs: 50, maxRetries: 1 }).request({ path: 'hang' }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(50);
    expect(attempts).toBe(2);
  });

  it('times out a body that stalls after the headers', async () => {
    server.use(
      http.get(
        `${BASE}/stall`,
        () =>
          new HttpResponse(
            new ReadableStream({
              start(controller) {
                controller.enqueue(new TextEncoder().encode('{"partial":'));
              },
            }),
            { headers: { 'content-type': 'application/json' } },
          ),
      ),
    );
    const error = await failure(client({ timeoutMs: 50, maxRetries: 0 }).request({ path: 'stall' }));
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it('turns a caller abort into RequestAbortedError (name AbortError) without retrying', async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/slow`, async () => {
        attempts++;
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const controller = new AbortController();
    const pending = client({ maxRetries: 2 }).request({ path: 'slow', signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await failure(pending);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(error.name).toBe('AbortError');
    expect(error.code).toBe('aborted');
    expect(attempts).toBe(1);
  });

  it('does not send at all when the signal is already aborted, and stops waiting during backoff', async () => {
    let attempts = 0;
    server.use(
      http.get(`${BASE}/x`, () => {
        attempts++;
        return new HttpResponse(null, { status: 503, headers: { 'Retry-After': '30' } });
      }),
    );
    await expect(
      client().request({ path: 'x', signal: AbortSignal.abort(new Error('gone')) }),
    ).rejects.toBeInstanceOf(RequestAbortedError);
    expect(attempts).toBe(0);

    const controller = new AbortController();
    const pending = client().request({ path: 'x', signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(RequestAbortedError);
    expect(attempts).toBe(1);
  });
});

describe('error mapping', () => {
  it('404 is a NotFoundError carrying the x-request-id and the parsed body', async () => {
    server.use(
      http.get(`${BASE}/regions/99`, () =>
        HttpResponse.json(
          { error: 'no such region' },
          { status: 404, headers: { 'x-request-id': 'req-404-abc' } },
        ),
      ),
    );
    const error = await failure(client().request({ path: '/regions/99' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      code: 'not_found',
      requestId: 'req-404-abc',
      method: 'GET',
      url: `${BASE}/regions/99`,
      body: { error: 'no such region' },
    });
    expect(error.messages?.id).toContain('Tidak ditemukan');
    expect(error.toJSON()).toMatchObject({ requestId: 'req-404-abc', status: 404 });
  });

  it('falls back to x-correlation-id, request-id and cf-ray for the request id', async () => {
    const cases: Array<[string, string]> = [
      ['x-correlation-id', 'corr-1'],
      ['request-id', 'rid-2'],
      ['cf-ray', '8b1d2e3f4a5b6c7d-SIN'],
    ];
    for (const [header, value] of cases) {
      server.use(
        http.get(`${BASE}/e`, () => new HttpResponse(null, { status: 500, headers: { [header]: value } })),
      );
      const error = await failure(client({ maxRetries: 0 }).request({ path: 'e' }));
      expect((error as HttpError).requestId).toBe(value);
    }
  });

  it('401 and 403 are AuthErrors', async () => {
    server.use(
      http.get(`${BASE}/401`, () => new HttpResponse(null, { status: 401 })),
      http.get(`${BASE}/403`, () => HttpResponse.json({ message: 'forbidden' }, { status: 403 })),
    );
    const e401 = await failure(client().request({ path: '401' }));
    const e403 = await failure(client().request({ path: '403' }));
    expect(e401).toBeInstanceOf(AuthError);
    expect(e403).toBeInstanceOf(AuthError);
    expect(e401).toMatchObject({ status: 401, code: 'auth_error' });
    expect(e403).toMatchObject({ status: 403, body: { message: 'forbidden' } });
  });

  it('429 is a RateLimitError with retryAfterMs', async () => {
    server.use(
      http.get(`${BASE}/rl`, () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '7' } })),
    );
    const error = await failure(client({ maxRetries: 0 }).request({ path: 'rl' }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 7000, code: 'rate_limited' });
  });

  it('keeps a non-JSON error body as text, cut at 2 kB', async () => {
    const page = `<html><body>${'x'.repeat(5000)}</body></html>`;
    server.use(
      http.get(
        `${BASE}/boom`,
        () => new HttpResponse(page, { status: 500, headers: { 'content-type': 'text/html' } }),
      ),
    );
    const error = (await failure(client({ maxRetries: 0 }).request({ path: 'boom' }))) as HttpError;
    expect(typeof error.body).toBe('string');
    expect((error.body as string).length).toBeLessThanOrEqual(2049);
    expect(error.body as string).toMatch(/^<html><body>x+…$/);
  });

  it('a malformed JSON body is a ResponseShapeError', async () => {
    server.use(
      http.get(
        `${BASE}/bad`,
        () => new HttpResponse('{"count": 4', { headers: { 'content-type': 'application/json' } }),
      ),
    );
    const error = await failure(client().request({ path: 'bad' }));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error).toMatchObject({ status: 200, issues: [], code: 'response_shape' });
  });

  it('an HTML page where JSON was expected is a ResponseShapeError', async () => {
    server.use(
      http.get(`${BASE}/portal`, () =>
        HttpResponse.html('<!DOCTYPE html><html><body>Sedang dalam pemeliharaan</body></html>'),
      ),
    );
    const error = await failure(client().request({ path: 'portal' }));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error.message).toContain('HTML');
  });

  it('a body that does not fit the schema is a ResponseShapeError with field-level issues', async () => {
    server.use(
      http.get(`${BASE}/package_search`, () =>
        HttpResponse.json(
          { success: true, result: { count: 'many', results: [] } },
          { headers: { 'x-request-id': 'r1' } },
        ),
      ),
    );
    const Search = z.object({
      success: z.boolean(),
      result: z.object({ count: z.number(), results: z.array(z.unknown()) }),
    });
    const error = (await failure(
      client().request({ path: 'package_search', schema: Search }),
    )) as ResponseShapeError;
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect(error.requestId).toBe('r1');
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({
      field: 'result.count',
      code: 'invalid_type',
      path: ['result', 'count'],
    });
    expect(error.issues[0]?.message.id).toContain('`result.count`');
    expect(error.toJSON()).toMatchObject({ issues: [{ field: 'result.count', code: 'invalid_type' }] });
  });

  it('returns schema-parsed data, with transforms applied', async () => {
    server.use(http.get(`${BASE}/n`, () => HttpResponse.json({ n: '12' })));
    const data = await client().request({ path: 'n', schema: z.object({ n: z.coerce.number() }) });
    expect(data.n).toBe(12);
  });
});

describe('redaction', () => {
  const SECRET_TEXTS = [TOKEN, NIK, PHONE, EMAIL, '0812-3456-7890', encodeURIComponent(EMAIL)];

  function expectNothingSecret(error: OpenGovError): void {
    const texts = [
      error.message,
      String(error),
      JSON.stringify(error),
      JSON.stringify(error.toJSON()),
      JSON.stringify(error.messages),
      inspect(error, { depth: 10 }),
    ];
    for (const text of texts) for (const secret of SECRET_TEXTS) expect(text).not.toContain(secret);
  }

  it('keeps the token, NIK, phone and e-mail out of every error kind', async () => {
    // The server echoes everything back, as careless error pages do.
    const echo = async ({ request }: { request: Request }) => ({
      error: `invalid request for ${NIK}`,
      url: request.url,
      authorization: request.headers.get('authorization'),
      raw: request.headers.get('authorization')?.replace('Bearer ', ''),
      body: request.method === 'GET' ? null : await request.text(),
    });
    server.use(
      http.all(`${BASE}/penduduk/:nik/400`, async (info) =>
        HttpResponse.json(await echo(info), { status: 400 }),
      ),
      http.all(`${BASE}/penduduk/:nik/404`, async (info) =>
        HttpResponse.json(await echo(info), { status: 404 }),
      ),
      http.all(`${BASE}/penduduk/:nik/401`, async (info) =>
        HttpResponse.json(await echo(info), { status: 401 }),
      ),
      http.all(`${BASE}/penduduk/:nik/429`, async (info) =>
        HttpResponse.json(await echo(info), { status: 429 }),
      ),
      http.all(`${BASE}/penduduk/:nik/500`, async ({ request }) => {
        const text = `<pre>Error for ${request.url} ${request.headers.get('authorization')}</pre>`;
        return new HttpResponse(text, { status: 500 });
      }),
      http.all(`${BASE}/penduduk/:nik/shape`, async (info) => HttpResponse.json(await echo(info))),
      http.all(`${BASE}/penduduk/:nik/html`, () => HttpResponse.html(`<html>${NIK} ${PHONE}</html>`)),
      http.all(`${BASE}/penduduk/:nik/drop`, () => HttpResponse.error()),
      http.all(`${BASE}/penduduk/:nik/hang`, async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const c = client({ token: TOKEN, maxRetries: 0, timeoutMs: 50 });
    const kinds = ['400', '404', '401', '429', '500', 'shape', 'html', 'drop', 'hang'];
    const errors: OpenGovError[] = [];
    for (const kind of kinds) {
      for (const method of ['GET', 'POST'] as const) {
        const request = {
          method,
          path: `/penduduk/${NIK}/${kind}`,
          query: { nik: NIK, hp: PHONE, q: `${NIK} ${PHONE}`, email: EMAIL, note: ['a', PHONE] },
          ...(method === 'POST'
            ? { json: { nik: NIK, pelapor: { telepon: PHONE, kontak: `wa ${PHONE}` } } }
            : {}),
          ...(kind === 'shape' ? { schema: z.object({ authorization: z.number() }) } : {}),
        };
        errors.push(await failure(c.request(request)));
      }
    }
    expect(errors.map((e) => e.name)).toEqual(
      [
        'HttpError',
        'NotFoundError',
        'AuthError',
        'RateLimitError',
        'HttpError',
        'ResponseShapeError',
        'ResponseShapeError',
        'NetworkError',
        'TimeoutError',
      ].flatMap((name) => [name, name]),
    );
    for (const error of errors) expectNothingSecret(error);
    // The body was kept (redacted), not dropped: the test would pass trivially otherwise.
    const first = errors[0] as HttpError;
    expect(first.body).toMatchObject({ authorization: '[REDACTED]', raw: '[REDACTED]' });
    expect(first.url).toContain('/penduduk/');
  });

  it('rejects a token that cannot be a header value without quoting it', async () => {
    const error = await failure(client({ token: `${TOKEN}\nX-Evil: 1` }).request({ path: 'x' }));
    expect(error).toBeInstanceOf(ValidationError);
    expectNothingSecret(error);
  });
});

describe('request building', () => {
  it('a client created before msw was listening still goes through msw (fetch looked up per call)', async () => {
    server.use(http.get(`${BASE}/early`, () => HttpResponse.json({ intercepted: true })));
    await expect(earlyClient.request({ path: 'early' })).resolves.toEqual({ intercepted: true });
  });

  it('uses an injected fetch, also looked up per call', async () => {
    const seen: string[] = [];
    const fake: typeof fetch = async (input) => {
      seen.push(input instanceof Request ? input.url : String(input));
      return Response.json({ fake: true });
    };
    const c = createHttpClient({ baseUrl: BASE, fetch: fake });
    await expect(c.request({ path: 'anything' })).resolves.toEqual({ fake: true });
    expect(seen).toEqual([`${BASE}/anything`]);
  });

  it('joins paths to the base URL with or without slashes, and keeps absolute URLs', async () => {
    const urls: string[] = [];
    server.use(
      http.get('https://api.ntb.test/*', ({ request }) => {
        urls.push(request.url);
        return HttpResponse.json(null);
      }),
    );
    for (const baseUrl of [BASE, `${BASE}/`]) {
      for (const path of ['datasets', '/datasets', '//datasets']) {
        await createHttpClient({ baseUrl, maxRetries: 0 }).request({ path });
      }
    }
    await client().request({ path: 'https://api.ntb.test/other/x' });
    expect(urls).toEqual([...Array(6).fill(`${BASE}/datasets`), 'https://api.ntb.test/other/x']);
  });

  it('serializes queries: arrays repeat the key, undefined and null are left out', async () => {
    let search = '';
    server.use(
      http.get(`${BASE}/package_search`, ({ request }) => {
        search = new URL(request.url).search;
        return HttpResponse.json({});
      }),
    );
    await client().request({
      path: 'package_search?sort=name',
      query: { q: 'stunting gizi', rows: 10, include: true, fq: ['a:1', 'b:2'], skip: undefined, none: null },
    });
    expect(search).toBe('?sort=name&q=stunting+gizi&rows=10&include=true&fq=a%3A1&fq=b%3A2');
  });

  it('sends Bearer tokens, raw tokens (CKAN) and tokens from an async function', async () => {
    const auth: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/me`, ({ request }) => {
        auth.push(request.headers.get('authorization'));
        return HttpResponse.json({});
      }),
    );
    await client({ token: 'abc' }).request({ path: 'me' });
    await client({ token: 'ckan-key', authScheme: 'raw' }).request({ path: 'me' });
    let calls = 0;
    const refreshing = client({ token: async () => `t${++calls}` });
    await refreshing.request({ path: 'me' });
    await refreshing.request({ path: 'me' });
    await client({ token: () => undefined }).request({ path: 'me' });
    expect(auth).toEqual(['Bearer abc', 'ckan-key', 'Bearer t1', 'Bearer t2', null]);
  });

  it('an undefined token (an unset environment variable) sends no Authorization', async () => {
    const auth: Array<string | null> = [];
    server.use(
      http.get(`${BASE}/me`, ({ request }) => {
        auth.push(request.headers.get('authorization'));
        return HttpResponse.json({});
      }),
    );
    const unset: Record<string, string | undefined> = {};
    // Typed `string | undefined`, as `process.env['X']` is: it must compile without `!` or a function.
    await createHttpClient({ baseUrl: BASE, token: unset['OGP_TOKEN'] }).request({ path: 'me' });
    await client({ token: undefined, authScheme: 'raw' }).request({ path: 'me' });
    await client({ token: unset['OGP_TOKEN'] ?? 'fallback' }).request({ path: 'me' });
    expect(auth).toEqual([null, null, 'Bearer fallback']);
  });

  it('does not send the token to another origin', async () => {
    const auth: Array<string | null> = [];
    server.use(
      http.get('https://cdn.other.test/file.json', ({ request }) => {
        auth.push(request.headers.get('authorization'));
        return HttpResponse.json({});
      }),
    );
    await client({ token: TOKEN }).request({ path: 'https://cdn.other.test/file.json' });
    expect(auth).toEqual([null]);
  });

  it('sends the default User-Agent, headers, and JSON, form and urlencoded bodies', async () => {
    const seen: Array<{ ua: string | null; custom: string | null; type: string | null; body: string }> = [];
    server.use(
      http.post(`${BASE}/echo`, async ({ request }) => {
        seen.push({
          ua: request.headers.get('user-agent'),
          custom: request.headers.get('x-app'),
          type: request.headers.get('content-type'),
          body: await request.text(),
        });
        return HttpResponse.json({});
      }),
    );
    const c = client({ headers: { 'X-App': 'ksb-care' } });
    await c.request({ method: 'POST', path: 'echo', json: { a: 1 } });
    const form = new FormData();
    form.set('judul', 'Lampu jalan mati');
    await c.request({ method: 'POST', path: 'echo', body: form });
    await c.request({ method: 'POST', path: 'echo', body: new URLSearchParams({ id: 'x y' }) });
    expect(seen[0]).toEqual({
      ua: `@opengov-id/core/${VERSION}`,
      custom: 'ksb-care',
      type: 'application/json',
      body: '{"a":1}',
    });
    expect(seen[1]?.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen[1]?.body).toContain('Lampu jalan mati');
    expect(seen[2]).toMatchObject({
      type: 'application/x-www-form-urlencoded;charset=UTF-8',
      body: 'id=x+y',
    });
  });

  it('VERSION matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(VERSION).toBe(pkg.version);
    expect(HTTP_DEFAULTS.userAgent).toBe(`@opengov-id/core/${pkg.version}`);
  });

  it('responseType none (204), text, and send() with status, headers and request id', async () => {
    server.use(
      http.delete(`${BASE}/r/1`, () => new HttpResponse(null, { status: 204 })),
      http.get(`${BASE}/csv`, () => HttpResponse.text('a,b\n1,2', { headers: { 'x-request-id': 'csv-1' } })),
    );
    const c = client();
    await expect(c.request({ method: 'DELETE', path: 'r/1', responseType: 'none' })).resolves.toBeUndefined();
    await expect(c.request({ method: 'DELETE', path: 'r/1' })).resolves.toBeUndefined();
    const response = await c.send({ path: 'csv', responseType: 'text' });
    expect(response).toMatchObject({ status: 200, data: 'a,b\n1,2', requestId: 'csv-1' });
    expect(response.headers.get('content-type')).toContain('text/plain');
  });
});

describe('hooks', () => {
  it('receive redacted info for every attempt, retry and response; a throwing hook is ignored', async () => {
    const before: HttpAttemptInfo[] = [];
    const retries: Array<{ attempt: number; delayMs: number; reason: string }> = [];
    const after: Array<{ attempt: number; status: number; requestId: string | undefined }> = [];
    let attempts = 0;
    server.use(
      http.get(`${BASE}/penduduk`, () =>
        ++attempts === 1
          ? new HttpResponse(null, { status: 503, headers: { 'Retry-After': '0' } })
          : HttpResponse.json({}, { headers: { 'x-request-id': 'h-2' } }),
      ),
    );
    const c = client({
      token: TOKEN,
      headers: { 'x-api-key': 'another-secret-key' },
      hooks: {
        beforeRequest: (info) => {
          before.push(info);
          throw new Error('a broken logger');
        },
        beforeRetry: ({ attempt, delayMs, reason }) => retries.push({ attempt, delayMs, reason }),
        afterResponse: ({ attempt, status, requestId, durationMs }) => {
          expect(durationMs).toBeGreaterThanOrEqual(0);
          after.push({ attempt, status, requestId });
        },
      },
    });
    await c.request({ path: 'penduduk', query: { nik: NIK, q: PHONE } });
    expect(before.map((b) => b.attempt)).toEqual([1, 2]);
    expect(before[0]).toMatchObject({
      method: 'GET',
      headers: { authorization: '[REDACTED]', 'x-api-key': '[REDACTED]', accept: 'application/json' },
    });
    expect(before[0]?.url).toBe(`${BASE}/penduduk?nik=[REDACTED]&q=[PHONE]`);
    expect(JSON.stringify(before)).not.toContain(TOKEN);
    expect(retries).toEqual([{ attempt: 2, delayMs: 0, reason: 'HTTP 503' }]);
    expect(after).toEqual([
      { attempt: 1, status: 503, requestId: undefined },
      { attempt: 2, status: 200, requestId: 'h-2' },
    ]);
  });
});

describe('options', () => {
  it('rejects unknown client options and unknown request options with a ValidationError', async () => {
    const make = (options: unknown) => () =>
      createHttpClient(options as Parameters<typeof createHttpClient>[0]);
    expect(make({ baseUrl: BASE, timeout: 5000 })).toThrow(ValidationError);
    try {
      make({ baseUrl: BASE, timeout: 5000 })();
    } catch (error) {
      expect(error).toMatchObject({ code: 'unknown_option', issues: [{ field: 'timeout' }] });
      expect((error as ValidationError).messages?.id).toContain('tidak dikenal');
    }
    expect(make({ baseUrl: BASE, backoff: { initial: 1 } })).toThrow(/backoff\.initial/);
    expect(make({ baseUrl: BASE, hooks: { onError: () => {} } })).toThrow(/hooks\.onError/);
    const error = await failure(
      client().request({ path: 'x', params: { a: 1 } } as unknown as Parameters<
        ReturnType<typeof client>['request']
      >[0]),
    );
    expect(error).toMatchObject({ code: 'unknown_option', issues: [{ field: 'params' }] });
  });

  it('validates baseUrl and numeric options', () => {
    const bad: unknown[] = [
      {},
      { baseUrl: '' },
      { baseUrl: 'data.ntbprov.go.id' },
      { baseUrl: 'ftp://data.ntbprov.go.id' },
      { baseUrl: 'https://user:pass@data.ntbprov.go.id' },
      { baseUrl: BASE, timeoutMs: 0 },
      { baseUrl: BASE, timeoutMs: Number.NaN },
      { baseUrl: BASE, maxRetries: -1 },
      { baseUrl: BASE, maxRetries: 1.5 },
      { baseUrl: BASE, authScheme: 'Basic' },
      { baseUrl: BASE, token: 42 },
      { baseUrl: BASE, headers: { a: 1 } },
      null,
    ];
    for (const options of bad) {
      expect(() => createHttpClient(options as Parameters<typeof createHttpClient>[0])).toThrow(
        ValidationError,
      );
    }
    const c = createHttpClient({ baseUrl: 'https://data.ntbprov.go.id/api/3', token: TOKEN });
    expect(c.options).toMatchObject({
      baseUrl: 'https://data.ntbprov.go.id/api/3/',
      timeoutMs: 10_000,
      maxRetries: 2,
      backoff: { initialMs: 300, maxMs: 5_000 },
      maxRetryAfterMs: 60_000,
    });
    expect(JSON.stringify(c.options)).not.toContain(TOKEN);
  });

  it('rejects contradictory requests', async () => {
    const c = client();
    await expect(c.request({ path: 'x', json: {}, body: 'a', method: 'POST' })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(c.request({ path: 'x', json: { a: 1 } })).rejects.toBeInstanceOf(ValidationError);
    await expect(c.request({ path: 'x', method: 'TRACE' as 'GET' })).rejects.toBeInstanceOf(ValidationError);
    await expect(c.request({ path: 'x', idempotencyKey: '' })).rejects.toBeInstanceOf(ValidationError);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    for (const json of [cyclic, { n: 1n }, () => 1]) {
      await expect(c.request({ method: 'POST', path: 'x', json })).rejects.toMatchObject({
        name: 'ValidationError',
        issues: [{ field: 'json' }],
      });
    }
  });
});

describe('backoff and Retry-After parsing', () => {
  it('grows exponentially with equal jitter and is capped', () => {
    const low = () => 0;
    const high = () => 1;
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 300, 5000, low))).toEqual([150, 300, 600, 1200]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, 300, 5000, high))).toEqual([300, 600, 1200, 2400]);
    expect(backoffDelay(10, 300, 5000, high)).toBe(5000);
    expect(backoffDelay(10, 300, 5000, low)).toBe(2500);
  });

  it('reads delay-seconds and HTTP-dates (RFC 9110 §10.2.3), ignoring garbage', () => {
    const now = Date.UTC(2015, 9, 21, 7, 28, 0);
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('2030', now)).toBe(2_030_000);
  });
});

describe('random input', () => {
  it('any options or request yields a client, a result or an OpenGovError, never anything else', async () => {
    const fake: typeof fetch = async () => Response.json({ ok: true });
    fc.assert(
      fc.property(fc.anything(), (options) => {
        try {
          createHttpClient(options as Parameters<typeof createHttpClient>[0]);
        } catch (error) {
          expect(isOpenGovError(error)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
    const c = createHttpClient({ baseUrl: BASE, fetch: fake, maxRetries: 0 });
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'get', 'X'),
            path: fc.oneof(fc.string(), fc.webUrl(), fc.anything()),
            query: fc.oneof(
              fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.array(fc.string()))),
              fc.anything(),
            ),
            json: fc.anything(),
            headers: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.anything()),
            idempotencyKey: fc.anything(),
            responseType: fc.constantFrom('json', 'text', 'none', 'xml'),
            timeoutMs: fc.anything(),
          },
          { requiredKeys: ['path'] },
        ),
        async (request) => {
          try {
            await c.request(request as Parameters<typeof c.request>[0]);
          } catch (error) {
            expect(isOpenGovError(error)).toBe(true);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
