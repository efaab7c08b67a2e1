import { isOpenGovError, OpenGovError, type OpenGovErrorJSON } from '../errors/errors.js';
import { ValidationError } from '../errors/validation.js';
import { RequestAbortedError } from '../http/errors.js';
import { backoffDelay } from '../http/retry.js';
import { redact, redactText } from '../privacy/redact.js';
import { checkEntry, corrupt, jsonCopy, KEY_PATTERN } from './record.js';
import type {
  Outbox,
  OutboxEnqueueOptions,
  OutboxEntry,
  OutboxErrorClass,
  OutboxFlushResult,
  OutboxOptions,
} from './types.js';

// Statuses worth another try: the request may succeed unchanged later. 409 is what servers
// answer while a request with the same Idempotency-Key is still being processed
// (draft-ietf-httpapi-idempotency-key-header, section 2.7), 425 is "too early".
const TRANSIENT_STATUS = new Set([408, 409, 425, 429]);

/**
 * The default retry-or-fail decision of an outbox for an error thrown by `send`.
 *
 * - `'retry'`: {@link NetworkError}, {@link TimeoutError}, {@link RateLimitError}, an HTTP status of
 *   408, 409, 425, 429 or 500 and above, a {@link RequestAbortedError} the outbox did not cause, and
 *   the raw errors a hand-written `fetch` sender sees when the network is gone (`TypeError`, an
 *   `AbortError` or `TimeoutError` DOMException).
 * - `'fail'`: every other error: a {@link ValidationError}, a {@link ResponseShapeError}, any other 4xx
 *   ({@link AuthError}, {@link NotFoundError}, 400, 422, ...), and unknown errors (a bug in `send`
 *   is not cured by waiting). Failed entries wait in the dead-letter list, never dropped.
 *
 * @example
 * ```ts
 * declare const send: OutboxSend<unknown>; // posts one payload, see OutboxSend
 * // Keep retrying on 401 while the app refreshes its token in the background.
 * createOutbox({
 *   storage: createIndexedDbStorage({ dbName: 'care-outbox' }),
 *   send,
 *   classify: (error) => (error instanceof AuthError ? 'retry' : undefined),
 * });
 * classifySendError(new NetworkError('offline')); // 'retry'
 * ```
 */
export function classifySendError(error: unknown): OutboxErrorClass {
  if (isOpenGovError(error)) {
    if (['network_error', 'timeout', 'rate_limited', 'aborted'].includes(error.code)) return 'retry';
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && (TRANSIENT_STATUS.has(status) || status >= 500)) return 'retry';
    return 'fail';
  }
  if (error instanceof TypeError) return 'retry';
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError' ? 'retry' : 'fail';
}

/** The redacted JSON of any error: an OpenGovError's own `toJSON()`, anything else wrapped first. */
function errorJson(error: unknown): OpenGovErrorJSON {
  const known = isOpenGovError(error)
    ? error
    : new OpenGovError(`send failed: ${String((error as Error)?.message ?? error)}`, {
        code: 'outbox_send_failed',
        cause: error,
        messages: {
          id: `Pengiriman gagal: ${String((error as Error)?.message ?? error)}`,
          en: `send failed: ${String((error as Error)?.message ?? error)}`,
        },
      });
  return redact(known.toJSON());
}

/** `crypto.randomUUID` exists only in secure contexts; a kader's app on plain http still needs keys. */
function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 9562 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function invalid(field: string, id: string, en: string, code: string): ValidationError {
  return ValidationError.single(field, { id: `\`${field}\` ${id}.`, en: `\`${field}\` ${en}.` }, code);
}

function wholeOption(value: unknown, field: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (Number.isSafeInteger(value) && (value as number) >= min) return value as number;
  throw invalid(field, `harus bilangan bulat ≥ ${min}`, `must be a whole number ≥ ${min}`, 'invalid_option');
}

/**
 * Creates an offline outbox: submissions are stored durably first and sent later, in order,
 * each with its idempotency key, when the network allows.
 *
 * Delivery semantics:
 * - **Nothing lost.** `enqueue` resolves only after the storage has made the entry durable. An
 *   entry is removed only after `send` resolved; a crash at any point leaves it stored.
 * - **Nothing recorded twice.** Delivery is at-least-once: a crash or a lost response between
 *   the server's commit and the removal means the entry is sent again, with the same key. A
 *   server that deduplicates by `Idempotency-Key` then keeps exactly one record per entry.
 * - **In order.** One outbox sends one entry at a time, in `seq` order (enqueue order). A
 *   transient error stops the pass (later entries do not overtake); a permanent one moves the
 *   entry to the failed list and the pass goes on.
 * - **Single flight.** Concurrent `flush()` calls share the pass in progress, so the same entry is
 *   never in flight twice from one outbox. A call made while a pass runs is served by it (entries
 *   enqueued meanwhile are picked up before it ends).
 * - **Retry or fail** is decided by {@link classifySendError} (overridable with `classify`):
 *   network errors, timeouts, 408/409/425/429 and 5xx retry with exponential backoff and jitter
 *   (a {@link RateLimitError}'s `retryAfterMs` is waited out when longer); validation errors and
 *   other 4xx move the entry to the failed (dead-letter) list with the error's redacted `toJSON()`.
 *   Nothing is ever silently dropped: `remove(id)` is the only way out besides a successful send.
 * - **Auto flush** (`autoFlush`, default on): after a transient failure a timer flushes again after
 *   the backoff delay, and where the runtime fires `online` (browsers) the outbox flushes then. An
 *   explicit `flush()` does not wait for the timer. In Node the pending timer keeps the process
 *   alive until the outbox is stopped through `signal`.
 * - **Privacy.** Callbacks get ids, counts, delays and redacted error JSON, never payloads.
 *
 * The payload must be JSON (it is stored as JSON and `send` receives the stored copy).
 *
 * @example
 * ```ts
 * import { createHttpClient, createIndexedDbStorage, createOutbox } from '@opengov-id/core';
 *
 * const http = createHttpClient({ baseUrl: 'https://care.ksb.go.id/api/v1/' });
 * const outbox = createOutbox<{ title: string; desa: string }>({
 *   storage: createIndexedDbStorage({ dbName: 'ntb-care-outbox' }),
 *   send: (report, { idempotencyKey, signal }) =>
 *     http.request({ method: 'POST', path: 'complaints', json: report, idempotencyKey, signal }),
 *   onFailed: ({ id, error }) => console.warn('needs attention', id, error.messages?.id),
 * });
 *
 * await outbox.enqueue({ title: 'Jalan desa rusak', desa: '52.07.02.2001' });
 * const { sent, pending } = await outbox.flush();
 * ```
 */
export function createOutbox<T = unknown>(options: OutboxOptions<T>): Outbox<T> {
  const known = 'storage send backoff maxAttempts autoFlush classify onSent onRetry onFailed signal';
  for (const key of Object.keys(Object(options))) {
    if (!known.split(' ').includes(key)) {
      throw invalid(key, 'bukan opsi createOutbox', 'is not an option of createOutbox', 'unknown_option');
    }
  }
  const { storage, send, classify, signal, autoFlush = true } = options;
  if (
    typeof storage?.load !== 'function' ||
    typeof storage.put !== 'function' ||
    typeof storage.delete !== 'function'
  ) {
    throw invalid('storage', 'harus OutboxStorage', 'must be an OutboxStorage', 'invalid_option');
  }
  if (typeof send !== 'function')
    throw invalid('send', 'harus fungsi', 'must be a function', 'invalid_option');
  const backoff = Object(options.backoff ?? {}) as NonNullable<OutboxOptions<T>['backoff']>;
  const initialMs = wholeOption(backoff.initialMs, 'backoff.initialMs', 1_000, 0);
  const maxMs = wholeOption(backoff.maxMs, 'backoff.maxMs', 300_000, 0);
  const maxAttempts = wholeOption(options.maxAttempts, 'maxAttempts', Number.MAX_SAFE_INTEGER, 1);

  // The outbox's view of its storage, sorted by seq; records are replaced, never mutated.
  let list: OutboxEntry[] = [];
  const byId = new Map<string, OutboxEntry>();
  let nextSeq = 0;
  let loaded: Promise<void> | undefined;
  // Storage writes run one at a time, so the view and the storage change in the same order.
  let chain: Promise<unknown> = Promise.resolve();
  let flushing: Promise<OutboxFlushResult> | undefined;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = new AbortController();
  const stopped = (): boolean => stop.signal.aborted;

  function exclusive<R>(work: () => Promise<R>): Promise<R> {
    const result = chain.then(work);
    chain = result.catch(() => undefined);
    return result;
  }

  function ready(): Promise<void> {
    loaded ??= exclusive(async () => {
      const stored = await storage.load();
      if (!Array.isArray(stored)) throw corrupt('storage.load()');
      const entries = stored.map((entry, i) => checkEntry(entry, `storage.load()[${i}]`));
      entries.sort((a, b) => a.seq - b.seq);
      for (const entry of entries) {
        if (byId.has(entry.id)) throw corrupt('storage.load() (an id twice)');
        byId.set(entry.id, entry);
      }
      list = entries;
      nextSeq = entries.reduce((max, entry) => Math.max(max, entry.seq + 1), 0);
    }).catch((error) => {
      loaded = undefined; // a later call tries again
      throw error;
    });
    return loaded;
  }

  function replace(entry: OutboxEntry): void {
    const at = list.findIndex((e) => e.id === entry.id);
    if (at >= 0) list[at] = entry;
    else list.push(entry);
    byId.set(entry.id, entry);
  }

  function drop(id: string): void {
    const at = list.findIndex((e) => e.id === id);
    if (at >= 0) list.splice(at, 1);
    byId.delete(id);
  }

  const count = (status: OutboxEntry['status']): number => list.filter((e) => e.status === status).length;

  function notify<I>(callback: ((info: I) => void) | undefined, info: I): void {
    try {
      callback?.(info);
    } catch {}
  }

  function schedule(delayMs: number): void {
    if (!autoFlush || stopped()) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      flush().catch(() => undefined);
    }, delayMs);
  }

  function retryDelay(error: unknown): number {
    failures++;
    const step = backoffDelay(failures, initialMs, maxMs, Math.random);
    const asked = isOpenGovError(error) ? (error as { retryAfterMs?: unknown }).retryAfterMs : undefined;
    return typeof asked === 'number' ? Math.max(step, Math.min(asked, maxMs)) : step;
  }

  async function pass(): Promise<OutboxFlushResult> {
    let sent = 0;
    let failed = 0;
    const done = (retryInMs?: number): OutboxFlushResult => {
      flushing = undefined; // synchronously with the last look at the list: a later call starts a new pass
      return { sent, failed, pending: count('pending'), retryInMs };
    };
    try {
      await ready();
      for (;;) {
        const entry = list.find((e) => e.status === 'pending');
        if (!entry || stopped()) return done();
        const attempt = entry.attempts + 1;
        let error: unknown;
        let ok = false;
        try {
          await send(jsonCopy(entry.payload) as T, {
            idempotencyKey: entry.id,
            attempt,
            signal: stop.signal,
          });
          ok = true;
        } catch (caught) {
          error = caught;
        }
        // Removed by the app while in flight: whatever happened, it is no longer ours to track.
        if (byId.get(entry.id) !== entry) continue;
        if (ok) {
          // Removed only now: a crash before this line re-sends the entry with the same key.
          await exclusive(async () => {
            if (byId.get(entry.id) !== entry) return;
            await storage.delete(entry.id);
            drop(entry.id);
          });
          sent++;
          failures = 0;
          notify(options.onSent, { id: redactText(entry.id), attempts: attempt, pending: count('pending') });
          continue;
        }
        if (stopped()) return done();
        const verdict = classify?.(error) ?? classifySendError(error);
        const lastError = errorJson(error);
        if (verdict === 'fail' || attempt >= maxAttempts) {
          const moved = await exclusive(async () => {
            if (byId.get(entry.id) !== entry) return false;
            const next: OutboxEntry = {
              ...entry,
              attempts: attempt,
              status: 'failed',
              lastError,
              failedAt: new Date().toISOString(),
            };
            await storage.put(next);
            replace(next);
            return true;
          });
          if (moved) {
            failed++;
            notify(options.onFailed, { id: redactText(entry.id), attempts: attempt, error: lastError });
          }
          continue;
        }
        const delayMs = retryDelay(error);
        await exclusive(async () => {
          if (byId.get(entry.id) !== entry) return;
          const next: OutboxEntry = { ...entry, attempts: attempt, lastError };
          await storage.put(next);
          replace(next);
        });
        notify(options.onRetry, { id: redactText(entry.id), attempt, delayMs, error: lastError });
        schedule(delayMs);
        return done(delayMs);
      }
    } catch (error) {
      // The storage failed: the entry is still stored (and re-sent later, with the same key).
      flushing = undefined;
      if (!(isOpenGovError(error) && error.code === 'outbox_storage_corrupt')) schedule(retryDelay(error));
      throw error;
    }
  }

  function flush(): Promise<OutboxFlushResult> {
    if (stopped()) {
      return Promise.reject(
        new RequestAbortedError('Outbox stopped', {
          messages: { id: 'Outbox dihentikan', en: 'Outbox stopped' },
        }),
      );
    }
    clearTimeout(timer);
    timer = undefined;
    flushing ??= pass();
    return flushing;
  }

  const onOnline = (): void => {
    if (!stopped()) flush().catch(() => undefined);
  };
  const target = globalThis as { addEventListener?: unknown; removeEventListener?: unknown };
  const listens = autoFlush && typeof target.addEventListener === 'function';
  const halt = (): void => {
    stop.abort(signal?.reason);
    clearTimeout(timer);
    timer = undefined;
    if (listens) globalThis.removeEventListener('online', onOnline);
  };
  if (signal?.aborted) halt();
  else {
    signal?.addEventListener('abort', halt, { once: true });
    if (listens) globalThis.addEventListener('online', onOnline);
  }

  const copies = (status: OutboxEntry['status']) => async (): Promise<OutboxEntry<T>[]> => {
    await ready();
    return list.filter((e) => e.status === status).map((e) => jsonCopy(e) as OutboxEntry<T>);
  };

  return {
    async enqueue(payload: T, enqueueOptions: OutboxEnqueueOptions = {}): Promise<OutboxEntry<T>> {
      const key = Object(enqueueOptions).idempotencyKey ?? uuid();
      if (typeof key !== 'string' || !KEY_PATTERN.test(key)) {
        throw invalid(
          'idempotencyKey',
          'harus 1 sampai 255 karakter ASCII terlihat',
          'must be 1 to 255 visible ASCII characters',
          'invalid_idempotency_key',
        );
      }
      let json: string | undefined;
      try {
        json = JSON.stringify(payload);
      } catch {}
      if (json === undefined) {
        throw invalid(
          'payload',
          'harus dapat diubah ke JSON',
          'must be serializable to JSON',
          'invalid_payload',
        );
      }
      const stored = JSON.parse(json) as unknown;
      await ready();
      return exclusive(async () => {
        const existing = byId.get(key);
        if (existing) return jsonCopy(existing) as OutboxEntry<T>;
        const entry: OutboxEntry = {
          id: key,
          seq: nextSeq++,
          payload: stored,
          createdAt: new Date().toISOString(),
          attempts: 0,
          status: 'pending',
        };
        await storage.put(entry);
        replace(entry);
        return jsonCopy(entry) as OutboxEntry<T>;
      });
    },

    flush,
    pending: copies('pending'),
    failed: copies('failed'),

    async retryFailed(ids?: readonly string[]): Promise<number> {
      if (ids !== undefined && !(Array.isArray(ids) && ids.every((id) => typeof id === 'string'))) {
        throw invalid('ids', 'harus daftar teks', 'must be an array of strings', 'invalid_option');
      }
      await ready();
      return exclusive(async () => {
        let moved = 0;
        for (const entry of list.filter((e) => e.status === 'failed' && (!ids || ids.includes(e.id)))) {
          const { lastError: _error, failedAt: _at, ...rest } = entry;
          const next: OutboxEntry = { ...rest, status: 'pending', attempts: 0 };
          await storage.put(next);
          replace(next);
          moved++;
        }
        return moved;
      });
    },

    async remove(id: string): Promise<boolean> {
      await ready();
      return exclusive(async () => {
        if (!byId.has(id)) return false;
        await storage.delete(id);
        drop(id);
        return true;
      });
    },
  };
}
