import fc from 'fast-check';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import {
  AuthError,
  classifySendError,
  createHttpClient,
  createMemoryStorage,
  createOutbox,
  HttpError,
  isOpenGovError,
  NetworkError,
  NotFoundError,
  type OutboxEntry,
  type OutboxOptions,
  type OutboxStorage,
  OutboxStorageError,
  RateLimitError,
  RequestAbortedError,
  ResponseShapeError,
  TimeoutError,
  ValidationError,
} from '../src/index.js';

const BASE = 'https://care.ksb.test/api/v1';
const NIK = '5207024507050001';
const PHONE = '081234567890';

/** `Promise.withResolvers`, which Node 20 lacks. */
function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** A small seeded PRNG (mulberry32), so the injected failures are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An in-test server that deduplicates by Idempotency-Key, as the reference server must: a
 * replayed key returns the original result and creates nothing.
 */
function dedupingServer(failureRate: number, seed = 7) {
  const random = prng(seed);
  const records = new Map<string, unknown>();
  const order: string[] = [];
  const stats = { requests: 0, duplicates: 0, injected: { status503: 0, dropped: 0, timeout: 0 } };
  const store = (key: string, body: unknown): void => {
    if (records.has(key)) stats.duplicates++;
    else {
      records.set(key, body);
      order.push(key);
    }
  };
  server.use(
    http.post(`${BASE}/records`, async ({ request }) => {
      stats.requests++;
      const key = request.headers.get('idempotency-key');
      if (!key) return HttpResponse.json({ error: 'missing key' }, { status: 400 });
      const body = await request.json();
      const r = random();
      if (r < failureRate / 3) {
        stats.injected.status503++;
        return new HttpResponse('busy', { status: 503 }); // nothing stored
      }
      if (r < (2 * failureRate) / 3) {
        stats.injected.dropped++;
        store(key, body); // committed, then the connection drops before the answer
        return HttpResponse.error();
      }
      if (r < failureRate) {
        stats.injected.timeout++;
        store(key, body); // committed, but the answer comes after the client gave up
        await delay(120);
        return HttpResponse.json({ id: key }, { status: 201 });
      }
      store(key, body);
      return HttpResponse.json({ id: key }, { status: 201 });
    }),
  );
  return { records, order, stats };
}

function httpSender(timeoutMs = 40): OutboxOptions<{ n: number }>['send'] {
  const client = createHttpClient({ baseUrl: BASE, maxRetries: 0, timeoutMs });
  return (payload, { idempotencyKey, signal }) =>
    client.request({ method: 'POST', path: 'records', json: payload, idempotencyKey, signal });
}

async function drain(outbox: { flush(): ReturnType<ReturnType<typeof createOutbox>['flush']> }) {
  for (let pass = 0; pass < 10_000; pass++) {
    if ((await outbox.flush()).pending === 0) return pass + 1;
  }
  throw new Error('the outbox did not drain');
}

describe('createOutbox: delivery through failures', () => {
  it('delivers 300 submissions through 30% injected 5xx, dropped connections and timeouts exactly once each', async () => {
    const { records, order, stats } = dedupingServer(0.3);
    let retries = 0;
    const outbox = createOutbox({
      storage: createMemoryStorage(),
      send: httpSender(),
      autoFlush: false,
      onRetry: () => retries++,
    });
    const keys: string[] = [];
    for (let n = 0; n < 300; n++) keys.push((await outbox.enqueue({ n })).id);
    await drain(outbox);

    expect(records.size).toBe(300);
    expect(new Set([...records.values()].map((body) => (body as { n: number }).n))).toEqual(
      new Set(keys.map((_, n) => n)),
    );
    // In order: the server first saw the keys in enqueue order.
    expect(order).toEqual(keys);
    expect(await outbox.pending()).toEqual([]);
    expect(await outbox.failed()).toEqual([]);
    // Every failed request was retried, and every commit whose answer was lost came back and was
    // deduplicated. (A late answer can still beat the client's timer on a loaded machine, so the
    // injected timeouts are counted as failures only where that cannot happen.)
    const { status503, dropped, timeout } = stats.injected;
    expect(retries).toBe(stats.requests - 300);
    expect(retries).toBeGreaterThanOrEqual(status503 + dropped);
    expect((status503 + dropped + timeout) / stats.requests).toBeCloseTo(0.3, 1);
    expect(Math.min(status503, dropped, timeout)).toBeGreaterThan(10);
    expect(stats.duplicates).toBeGreaterThanOrEqual(dropped);
    if (process.env['OUTBOX_FIGURES']) console.log(JSON.stringify({ retries, ...stats }));
  });

  it('retries on its own timer with backoff until everything is sent', async () => {
    const { records, stats } = dedupingServer(0.3, 11);
    let sent = 0;
    const retries: number[] = [];
    const all = deferred();
    const stop = new AbortController();
    const outbox = createOutbox({
      storage: createMemoryStorage(),
      send: httpSender(),
      backoff: { initialMs: 1, maxMs: 8 },
      signal: stop.signal,
      onSent: () => {
        if (++sent === 100) all.resolve();
      },
      onRetry: ({ delayMs }) => retries.push(delayMs),
    });
    for (let n = 0; n < 100; n++) await outbox.enqueue({ n });
    const first = await outbox.flush();
    await all.promise;
    stop.abort();
    expect(first.retryInMs).toBeTypeOf('number');
    expect(records.size).toBe(100);
    expect(retries.length).toBe(stats.requests - 100);
    expect(Math.max(...retries)).toBeLessThanOrEqual(8);
    expect(await outbox.pending()).toEqual([]);
  });
});

describe('createOutbox: permanent failures and the dead-letter list', () => {
  it('moves a 422 and a ValidationError to failed with redacted JSON, goes on, and retryFailed brings them back', async () => {
    let reject = true;
    const received: number[] = [];
    server.use(
      http.post(`${BASE}/records`, async ({ request }) => {
        const body = (await request.json()) as { n: number; note?: string };
        if (reject && body.n === 1) {
          return HttpResponse.json({ error: `bad phone ${PHONE} for NIK ${NIK}` }, { status: 422 });
        }
        received.push(body.n);
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const client = createHttpClient({ baseUrl: BASE, maxRetries: 0 });
    const failedInfo: unknown[] = [];
    const outbox = createOutbox<{ n: number; note?: string }>({
      storage: createMemoryStorage(),
      autoFlush: false,
      send: async (payload, { idempotencyKey }) => {
        if (reject && payload.n === 3) {
          throw ValidationError.single('note', { id: `Catatan ${NIK} salah`, en: `Note ${NIK} is wrong` });
        }
        return client.request({ method: 'POST', path: 'records', json: payload, idempotencyKey });
      },
      onFailed: (info) => failedInfo.push(info),
    });
    for (let n = 0; n < 5; n++) await outbox.enqueue({ n, note: `warga ${NIK}` });
    const result = await outbox.flush();
    expect(result).toEqual({ sent: 3, failed: 2, pending: 0, retryInMs: undefined });
    expect(received).toEqual([0, 2, 4]);

    const failed = await outbox.failed();
    expect(failed.map((e) => e.payload.n)).toEqual([1, 3]);
    expect(failed[0]?.status).toBe('failed');
    expect(failed[0]?.attempts).toBe(1);
    expect(failed[0]?.lastError).toMatchObject({ name: 'HttpError', code: 'http_error', status: 422 });
    expect(failed[1]?.lastError).toMatchObject({ name: 'ValidationError', code: 'custom' });
    expect(typeof failed[0]?.failedAt).toBe('string');
    // The dead letters keep their payload (the app's own data) but no error or event carries personal data.
    const exposed = JSON.stringify({ errors: failed.map((e) => e.lastError), failedInfo });
    expect(exposed).not.toContain(NIK);
    expect(exposed).not.toContain(PHONE);
    expect(failedInfo).toHaveLength(2);

    reject = false;
    expect(await outbox.retryFailed([failed[1]!.id])).toBe(1);
    expect((await outbox.pending()).map((e) => e.payload.n)).toEqual([3]);
    expect((await outbox.pending())[0]).not.toHaveProperty('lastError');
    expect(await outbox.retryFailed()).toBe(1);
    expect((await outbox.pending()).map((e) => [e.payload.n, e.attempts])).toEqual([
      [1, 0],
      [3, 0],
    ]);
    expect(await outbox.flush()).toMatchObject({ sent: 2, failed: 0, pending: 0 });
    expect(received).toEqual([0, 2, 4, 1, 3]);
    expect(await outbox.failed()).toEqual([]);
  });

  it('moves an entry to failed after maxAttempts transient failures', async () => {
    const outbox = createOutbox({
      storage: createMemoryStorage(),
      autoFlush: false,
      maxAttempts: 3,
      send: async () => {
        throw new NetworkError('offline');
      },
    });
    const { id } = await outbox.enqueue({ n: 1 });
    expect((await outbox.flush()).retryInMs).toBeTypeOf('number');
    expect((await outbox.pending())[0]).toMatchObject({
      id,
      attempts: 1,
      lastError: { code: 'network_error' },
    });
    await outbox.flush();
    expect(await outbox.flush()).toMatchObject({ sent: 0, failed: 1, pending: 0, retryInMs: undefined });
    expect((await outbox.failed())[0]).toMatchObject({ id, attempts: 3, status: 'failed' });
  });

  it('lets classify override the default', async () => {
    let calls = 0;
    const outbox = createOutbox({
      storage: createMemoryStorage(),
      autoFlush: false,
      classify: (error) => (error instanceof AuthError ? 'retry' : undefined),
      send: async () => {
        calls++;
        if (calls === 1) throw new AuthError('expired', { status: 401 });
      },
    });
    await outbox.enqueue('laporan');
    expect(await outbox.flush()).toMatchObject({ sent: 0, pending: 1 });
    expect(await outbox.flush()).toMatchObject({ sent: 1, pending: 0 });
  });
});

describe('classifySendError', () => {
  const http = (status: number) => new HttpError(`HTTP ${status}`, { status });
  it('retries what may succeed unchanged later (RFC 9110 408/425/429/5xx, IETF idempotency-key 409)', () => {
    for (const status of [408, 409, 425, 429, 500, 502, 503, 504])
      expect(classifySendError(http(status))).toBe('retry');
    expect(classifySendError(new NetworkError('down'))).toBe('retry');
    expect(classifySendError(new TimeoutError('slow', { timeoutMs: 10 }))).toBe('retry');
    expect(classifySendError(new RateLimitError('slow down', { status: 429, retryAfterMs: 5 }))).toBe(
      'retry',
    );
    expect(classifySendError(new RequestAbortedError('aborted'))).toBe('retry');
    expect(classifySendError(new TypeError('fetch failed'))).toBe('retry');
    expect(classifySendError(Object.assign(new Error('t'), { name: 'TimeoutError' }))).toBe('retry');
  });
  it('fails what a retry cannot cure', () => {
    for (const status of [400, 401, 403, 404, 410, 413, 422])
      expect(classifySendError(http(status))).toBe('fail');
    expect(classifySendError(new NotFoundError('gone', { status: 404 }))).toBe('fail');
    expect(classifySendError(ValidationError.single('x', { id: 'x', en: 'x' }))).toBe('fail');
    expect(classifySendError(new ResponseShapeError('drift'))).toBe('fail');
    expect(classifySendError(new RangeError('bug'))).toBe('fail');
    expect(classifySendError('a string')).toBe('fail');
  });
});

describe('createOutbox: rate limits, order and single flight', () => {
  it('waits at least the Retry-After of a 429', async () => {
    let first = true;
    server.use(
      http.post(`${BASE}/records`, () => {
        if (!first) return HttpResponse.json({}, { status: 201 });
        first = false;
        return new HttpResponse(null, { status: 429, headers: { 'retry-after': '7' } });
      }),
    );
    const outbox = createOutbox({ storage: createMemoryStorage(), send: httpSender(1000), autoFlush: false });
    await outbox.enqueue({ n: 0 });
    const result = await outbox.flush();
    expect(result.retryInMs).toBeGreaterThanOrEqual(7_000);
    expect((await outbox.pending())[0]?.lastError).toMatchObject({
      code: 'rate_limited',
      retryAfterMs: 7_000,
    });
    // An explicit flush does not wait for the timer: the network is back now.
    expect(await outbox.flush()).toMatchObject({ sent: 1, pending: 0 });
  });

  it('never has the same entry in flight twice, however many flushes run at once', async () => {
    const inFlight = new Set<string>();
    let concurrent = 0;
    let maxConcurrent = 0;
    const sends: string[] = [];
    const outbox = createOutbox<number>({
      storage: createMemoryStorage(),
      autoFlush: false,
      send: async (_payload, { idempotencyKey }) => {
        expect(inFlight.has(idempotencyKey)).toBe(false);
        inFlight.add(idempotencyKey);
        maxConcurrent = Math.max(maxConcurrent, ++concurrent);
        sends.push(idempotencyKey);
        await new Promise((resolve) => setTimeout(resolve, 1));
        concurrent--;
        inFlight.delete(idempotencyKey);
      },
    });
    const keys: string[] = [];
    for (let n = 0; n < 20; n++) keys.push((await outbox.enqueue(n)).id);
    const flushes = Array.from({ length: 25 }, () => outbox.flush());
    expect(new Set(flushes).size).toBe(1); // all joined the one pass
    const results = await Promise.all(flushes);
    expect(results[0]).toEqual({ sent: 20, failed: 0, pending: 0, retryInMs: undefined });
    expect(sends).toEqual(keys);
    expect(maxConcurrent).toBe(1);
  });

  it('sends entries enqueued while a pass runs, and a flush called after the pass ends starts a new one', async () => {
    const sent: number[] = [];
    let gate = deferred();
    const outbox = createOutbox<number>({
      storage: createMemoryStorage(),
      autoFlush: false,
      send: async (n) => {
        if (n === 0) await gate.promise;
        sent.push(n);
      },
    });
    await outbox.enqueue(0);
    const running = outbox.flush();
    await outbox.enqueue(1);
    gate.resolve();
    expect(await running).toMatchObject({ sent: 2, pending: 0 });
    gate = deferred();
    await outbox.enqueue(2);
    const next = outbox.flush();
    expect(next).not.toBe(running);
    expect(await next).toMatchObject({ sent: 1 });
    expect(sent).toEqual([0, 1, 2]);
  });

  it('flushes on the runtime online event', async () => {
    const events = new EventTarget();
    vi.stubGlobal('addEventListener', events.addEventListener.bind(events));
    vi.stubGlobal('removeEventListener', events.removeEventListener.bind(events));
    const sent = deferred<string>();
    const stop = new AbortController();
    const outbox = createOutbox({
      storage: createMemoryStorage(),
      signal: stop.signal,
      send: async () => {},
      onSent: ({ id }) => sent.resolve(id),
    });
    const { id } = await outbox.enqueue({ n: 1 });
    events.dispatchEvent(new Event('online'));
    expect(await sent.promise).toBe(id);
    stop.abort();
    await outbox.enqueue({ n: 2 });
    events.dispatchEvent(new Event('online')); // the listener is gone
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await outbox.pending()).toHaveLength(1);
  });
});

describe('createOutbox: stopping, keys, removal and restarts', () => {
  it('aborts the send in flight on stop, keeps the entry pending with no attempt counted, and refuses flush after', async () => {
    const stop = new AbortController();
    const started = deferred();
    const outbox = createOutbox({
      storage: createMemoryStorage(),
      signal: stop.signal,
      send: (_payload, { signal }) =>
        new Promise((_resolve, reject) => {
          started.resolve();
          signal.addEventListener('abort', () => reject(new RequestAbortedError('stopped')));
        }),
    });
    const { id } = await outbox.enqueue({ n: 1 });
    const pass = outbox.flush();
    await started.promise;
    stop.abort();
    expect(await pass).toEqual({ sent: 0, failed: 0, pending: 1, retryInMs: undefined });
    expect((await outbox.pending())[0]).toMatchObject({ id, attempts: 0 });
    expect((await outbox.pending())[0]).not.toHaveProperty('lastError');
    await expect(outbox.flush()).rejects.toBeInstanceOf(RequestAbortedError);
    // Handing over late still works: nothing is lost because the outbox stopped.
    await outbox.enqueue({ n: 2 });
    expect(await outbox.pending()).toHaveLength(2);
  });

  it('uses the given idempotency key, returns the existing entry for a key already queued, and removes by id', async () => {
    const keys: string[] = [];
    const outbox = createOutbox<{ n: number }>({
      storage: createMemoryStorage(),
      autoFlush: false,
      send: async (_p, { idempotencyKey }) => {
        keys.push(idempotencyKey);
      },
    });
    const a = await outbox.enqueue({ n: 1 }, { idempotencyKey: 'pengaduan-2026-0001' });
    const again = await outbox.enqueue({ n: 99 }, { idempotencyKey: 'pengaduan-2026-0001' });
    expect(again).toEqual(a);
    const b = await outbox.enqueue({ n: 2 });
    expect(b.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const c = await outbox.enqueue({ n: 3 });
    expect([a.seq, b.seq, c.seq]).toEqual([0, 1, 2]);
    expect(await outbox.remove(b.id)).toBe(true);
    expect(await outbox.remove(b.id)).toBe(false);
    await outbox.flush();
    expect(keys).toEqual(['pengaduan-2026-0001', c.id]);
  });

  it('generates UUID v4 keys with getRandomValues where randomUUID is missing (plain-http pages)', async () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (bytes: Uint8Array) => real.getRandomValues(bytes) });
    const outbox = createOutbox({ storage: createMemoryStorage(), send: async () => {} });
    const keys = new Set<string>();
    for (let n = 0; n < 50; n++) keys.add((await outbox.enqueue(n)).id);
    expect(keys.size).toBe(50);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('rejects bad keys, payloads that are not JSON and unknown options with a ValidationError', async () => {
    const outbox = createOutbox<unknown>({ storage: createMemoryStorage(), send: async () => {} });
    for (const key of ['', 'ada spasi', 'x'.repeat(256), 'kunci\n', 'é']) {
      await expect(outbox.enqueue(1, { idempotencyKey: key })).rejects.toBeInstanceOf(ValidationError);
    }
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    for (const payload of [undefined, 10n, cycle, () => 1]) {
      await expect(outbox.enqueue(payload)).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await outbox.pending()).toEqual([]);
    expect(() =>
      createOutbox({ storage: createMemoryStorage(), send: async () => {}, retries: 3 } as never),
    ).toThrow(ValidationError);
    expect(() => createOutbox({ storage: {} as OutboxStorage, send: async () => {} })).toThrow(
      ValidationError,
    );
    expect(() =>
      createOutbox({ storage: createMemoryStorage(), send: async () => {}, backoff: { initialMs: -1 } }),
    ).toThrow(ValidationError);
  });

  it('stores a JSON copy: later changes to the caller object do not reach the entry', async () => {
    const received: unknown[] = [];
    const outbox = createOutbox({
      storage: createMemoryStorage(),
      autoFlush: false,
      send: async (payload) => {
        received.push(payload);
      },
    });
    const report = { title: 'Banjir', at: new Date('2026-01-05T02:00:00Z') };
    await outbox.enqueue(report);
    report.title = 'changed';
    await outbox.flush();
    expect(received).toEqual([{ title: 'Banjir', at: '2026-01-05T02:00:00.000Z' }]);
  });

  it('resumes after a restart from the same storage, in order, with seq continuing', async () => {
    const storage = createMemoryStorage();
    const first = createOutbox<number>({ storage, autoFlush: false, send: async () => {} });
    for (let n = 0; n < 3; n++) await first.enqueue(n);
    const sent: number[] = [];
    const second = createOutbox<number>({
      storage,
      autoFlush: false,
      send: async (n) => {
        sent.push(n);
      },
    });
    expect((await second.enqueue(3)).seq).toBe(3);
    await second.flush();
    expect(sent).toEqual([0, 1, 2, 3]);
  });

  it('keeps the entry when the storage cannot delete it after a send, and re-sends it with the same key', async () => {
    const inner = createMemoryStorage();
    let failDelete = true;
    const storage: OutboxStorage = {
      load: () => inner.load(),
      put: (entry) => inner.put(entry),
      delete: async (id) => {
        if (failDelete)
          throw new OutboxStorageError('outbox_storage_failed', { id: 'disk penuh', en: 'disk full' });
        return inner.delete(id);
      },
    };
    const keys: string[] = [];
    const outbox = createOutbox({
      storage,
      autoFlush: false,
      send: async (_p, { idempotencyKey }) => {
        keys.push(idempotencyKey);
      },
    });
    const { id } = await outbox.enqueue({ n: 1 });
    await expect(outbox.flush()).rejects.toBeInstanceOf(OutboxStorageError);
    expect((await outbox.pending()).map((e) => e.id)).toEqual([id]);
    failDelete = false;
    expect(await outbox.flush()).toMatchObject({ sent: 1, pending: 0 });
    expect(keys).toEqual([id, id]);
    expect(await inner.load()).toEqual([]);
  });

  it('rejects enqueue when the storage cannot write, and keeps nothing half-added', async () => {
    const storage: OutboxStorage = {
      load: async () => [],
      put: async () => {
        throw new Error('quota exceeded');
      },
      delete: async () => {},
    };
    const outbox = createOutbox({ storage, send: async () => {} });
    await expect(outbox.enqueue({ n: 1 })).rejects.toThrow('quota exceeded');
    expect(await outbox.pending()).toEqual([]);
  });

  it('reports a storage that returns something other than entries, instead of skipping it', async () => {
    const entry: OutboxEntry = {
      id: 'a',
      seq: 0,
      payload: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      attempts: 0,
      status: 'pending',
    };
    for (const stored of [[{ ...entry, seq: -1 }], [{ ...entry, status: 'sent' }], [entry, entry], 'x']) {
      const outbox = createOutbox({
        storage: { ...createMemoryStorage(), load: async () => stored as never },
        send: async () => {},
      });
      const error = await outbox.pending().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutboxStorageError);
      expect((error as OutboxStorageError).code).toBe('outbox_storage_corrupt');
    }
  });

  it('survives callbacks that throw', async () => {
    const outbox = createOutbox({
      storage: createMemoryStorage(),
      autoFlush: false,
      send: async () => {},
      onSent: () => {
        throw new Error('broken logger');
      },
    });
    await outbox.enqueue(1);
    expect(await outbox.flush()).toMatchObject({ sent: 1 });
  });

  it('redacts ids that hold personal data in events', async () => {
    const ids: string[] = [];
    const outbox = createOutbox({
      storage: createMemoryStorage(),
      autoFlush: false,
      send: async () => {},
      onSent: ({ id }) => ids.push(id),
    });
    await outbox.enqueue(1, { idempotencyKey: `nik-${NIK}` });
    await outbox.flush();
    expect(ids).toEqual(['nik-[NIK/KK]']);
  });
});

describe('createMemoryStorage', () => {
  it('hands out copies, replaces by id, deletes quietly and refuses use after close', async () => {
    const storage = createMemoryStorage();
    const entry: OutboxEntry = {
      id: 'k1',
      seq: 0,
      payload: { list: [1] },
      createdAt: '2026-01-01T00:00:00.000Z',
      attempts: 0,
      status: 'pending',
    };
    await storage.put(entry);
    const [loaded] = await storage.load();
    expect(loaded).toEqual(entry);
    expect(loaded).not.toBe(entry);
    (loaded!.payload as { list: number[] }).list.push(2);
    expect((await storage.load())[0]).toEqual(entry);
    await storage.put({ ...entry, attempts: 2 });
    expect(await storage.load()).toEqual([{ ...entry, attempts: 2 }]);
    await storage.delete('k1');
    await storage.delete('k1');
    expect(await storage.load()).toEqual([]);
    await storage.close?.();
    await expect(storage.load()).rejects.toMatchObject({ code: 'outbox_storage_closed' });
  });
});

describe('createOutbox: property', () => {
  // 'crash' kills the process mid-send (after the server committed, with 'crash-committed').
  type Outcome = 'ok' | 'transient' | 'permanent' | 'lost' | 'crash' | 'crash-committed';
  type Op =
    | { op: 'enqueue'; key: number | undefined }
    | { op: 'flush'; outcomes: Outcome[] }
    | { op: 'remove'; pick: number }
    | { op: 'retryFailed' }
    | { op: 'restart' };
  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('enqueue' as const),
        key: fc.option(fc.nat(6), { nil: undefined }),
      }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        op: fc.constant('flush' as const),
        outcomes: fc.array(
          fc.constantFrom<Outcome>('ok', 'transient', 'permanent', 'lost', 'crash', 'crash-committed'),
          {
            maxLength: 6,
          },
        ),
      }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), pick: fc.nat() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('retryFailed' as const) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('restart' as const) }) },
  );

  it('never loses or duplicates an entry over random enqueue, flush, failure, remove, restart and crash sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 30 }), async (ops) => {
        const storage = createMemoryStorage();
        const server = new Set<string>(); // a deduplicating server: one record per key
        const violations: string[] = [];
        const confirmed = new Set<string>(); // send resolved for these keys
        const enqueued = new Set<string>();
        const removed = new Set<string>();
        let outcomes: Outcome[] = [];
        let crash = deferred();
        let crashed = false;
        const make = () =>
          createOutbox<{ key: string }>({
            storage,
            autoFlush: false,
            send: async (payload, { idempotencyKey }) => {
              // Checked outside: an assertion thrown here would be taken for a send error.
              if (payload.key !== idempotencyKey) violations.push(`payload of ${idempotencyKey}`);
              // Once confirmed, an entry is never sent again unless the app enqueues it anew.
              if (confirmed.has(idempotencyKey)) violations.push(`${idempotencyKey} sent after confirmation`);
              const outcome = outcomes.shift() ?? 'ok';
              if (outcome === 'crash' || outcome === 'crash-committed') {
                if (outcome === 'crash-committed') server.add(idempotencyKey);
                crashed = true;
                crash.resolve();
                return new Promise(() => {}); // this process is gone: the send never settles
              }
              if (outcome === 'transient') throw new NetworkError('offline');
              if (outcome === 'permanent') throw new HttpError('bad', { status: 422 });
              server.add(idempotencyKey);
              if (outcome === 'lost') throw new TimeoutError('answer lost', { timeoutMs: 1 });
              confirmed.add(idempotencyKey);
            },
          });
        let outbox = make();
        for (const step of ops) {
          if (step.op === 'enqueue') {
            const key = step.key === undefined ? crypto.randomUUID() : `k${step.key}`;
            const queued = [...(await outbox.pending()), ...(await outbox.failed())].some(
              (e) => e.id === key,
            );
            const entry = await outbox.enqueue({ key }, { idempotencyKey: key });
            expect(entry.id).toBe(key);
            if (!queued) {
              enqueued.add(key);
              removed.delete(key);
              confirmed.delete(key);
            }
          } else if (step.op === 'flush') {
            outcomes = [...step.outcomes];
            crash = deferred();
            crashed = false;
            await Promise.race([outbox.flush(), crash.promise]);
            // After a crash only the storage is left: a new outbox (a new process) takes over.
            if (crashed) outbox = make();
          } else if (step.op === 'remove') {
            const all = [...(await outbox.pending()), ...(await outbox.failed())];
            const victim = all[step.pick % Math.max(all.length, 1)];
            if (victim) {
              expect(await outbox.remove(victim.id)).toBe(true);
              removed.add(victim.id);
            }
          } else if (step.op === 'retryFailed') {
            await outbox.retryFailed();
          } else {
            outbox = make();
          }
          // Every entry is in exactly one place: confirmed, pending, failed, or removed by the app.
          const pending = (await outbox.pending()).map((e) => e.id);
          const failed = (await outbox.failed()).map((e) => e.id);
          const places = [...pending, ...failed, ...confirmed, ...removed];
          expect(places.length).toBe(new Set(places).size);
          expect(new Set(places)).toEqual(enqueued);
          for (const key of confirmed) expect(server.has(key)).toBe(true);
          expect(violations).toEqual([]);
          expect((await storage.load()).length).toBe(pending.length + failed.length);
        }
        // Once the network is good, everything not removed reaches the server.
        outcomes = [];
        await outbox.retryFailed();
        await outbox.flush();
        for (const key of enqueued)
          expect(removed.has(key) || (confirmed.has(key) && server.has(key))).toBe(true);
        expect(violations).toEqual([]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('answers random payloads and keys with an entry or a ValidationError, nothing else', async () => {
    const outbox = createOutbox<unknown>({
      storage: createMemoryStorage(),
      autoFlush: false,
      send: async () => {},
    });
    await fc.assert(
      fc.asyncProperty(
        fc.anything(),
        fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
        async (payload, key) => {
          try {
            const entry = await outbox.enqueue(payload, key === undefined ? {} : { idempotencyKey: key });
            expect(entry.status).toBe('pending');
            await outbox.remove(entry.id);
          } catch (error) {
            expect(isOpenGovError(error) && error instanceof ValidationError).toBe(true);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('createOutbox: errors that are not OpenGovErrors', () => {
  it('stores a wrapped, redacted JSON for errors that are not OpenGovErrors', async () => {
    const outbox = createOutbox({
      storage: createMemoryStorage(),
      autoFlush: false,
      send: async () => {
        throw new RangeError(`bug with ${PHONE}`);
      },
    });
    await outbox.enqueue(1);
    await outbox.flush();
    const [entry] = await outbox.failed();
    expect(entry?.lastError).toMatchObject({ name: 'OpenGovError', code: 'outbox_send_failed' });
    expect(entry?.lastError?.cause).toEqual({ name: 'RangeError', message: 'bug with [PHONE]' });
    expect(JSON.stringify(entry?.lastError)).not.toContain(PHONE);
  });
});
