import type { OpenGovErrorJSON } from '../errors/errors.js';

/**
 * Where an entry stands: `pending` entries are sent by `flush()`; `failed` entries met a
 * permanent error and wait in the dead-letter list until `retryFailed()` or `remove()`.
 *
 * @example
 * ```ts
 * const outbox = createOutbox({ storage: createMemoryStorage(), send: async () => {} });
 * const waiting = (await outbox.pending()).filter((e) => e.status === 'pending').length;
 * ```
 */
export type OutboxEntryStatus = 'pending' | 'failed';

/**
 * One submission kept by an outbox, exactly as a storage adapter stores it (plain JSON).
 *
 * @example
 * ```ts
 * const entry: OutboxEntry<{ text: string }> = {
 *   id: '0d9f1c7e-5b1a-4b8e-9d51-2f7c6a1e0b3d',
 *   seq: 0,
 *   payload: { text: 'Jalan desa rusak' },
 *   createdAt: '2026-03-02T01:15:00.000Z',
 *   attempts: 0,
 *   status: 'pending',
 * };
 * ```
 */
export interface OutboxEntry<T = unknown> {
  /** The idempotency key, sent with every attempt; also the entry's id, unique in its outbox. */
  readonly id: string;
  /** Position in the outbox: entries are sent in ascending `seq`, the order they were enqueued in. */
  readonly seq: number;
  /** The submission, as JSON (it went through `JSON.stringify` when it was enqueued). */
  readonly payload: T;
  /** When it was enqueued, an ISO 8601 instant in UTC (`...Z`). */
  readonly createdAt: string;
  /** Attempts that ended in an error. An attempt cut short by a crash is not counted. */
  readonly attempts: number;
  /** `pending` or `failed` (dead letter). */
  readonly status: OutboxEntryStatus;
  /** The last error, as its redacted `toJSON()`: why a failed entry failed, or why the last retry was needed. */
  readonly lastError?: OpenGovErrorJSON;
  /** When the entry moved to the failed list, an ISO 8601 instant in UTC. */
  readonly failedAt?: string;
}

/**
 * The small async interface every outbox storage implements; write your own to keep entries in
 * SQLite, AsyncStorage, OPFS or anything else.
 *
 * Contract:
 * - `put` inserts or replaces the entry with the same `id`; `delete` removes it and does nothing
 *   when it is missing. When either promise resolves, the change is durable: it survives the
 *   process being killed (and, where the medium allows, a power cut). When it rejects, the
 *   previous state must still be intact: never a half-written entry.
 * - `load` returns every stored entry, in any order (the outbox sorts by `seq`).
 * - Entries are plain JSON; store them as given and return equal copies, never shared objects.
 * - One outbox at a time per storage location: the outbox keeps its own view of the entries.
 *   `close` releases what `load` or `put` acquired (a file lock, a database connection).
 *
 * @example
 * ```ts
 * // A storage over localStorage: small, synchronous underneath, durable once setItem returns.
 * function createLocalStorage(prefix: string): OutboxStorage {
 *   return {
 *     async load() {
 *       return Object.keys(localStorage)
 *         .filter((key) => key.startsWith(prefix))
 *         .map((key) => JSON.parse(localStorage.getItem(key)!) as OutboxEntry);
 *     },
 *     async put(entry) {
 *       localStorage.setItem(prefix + entry.id, JSON.stringify(entry));
 *     },
 *     async delete(id) {
 *       localStorage.removeItem(prefix + id);
 *     },
 *   };
 * }
 * ```
 */
export interface OutboxStorage {
  /** Every stored entry, in any order. */
  load(): Promise<OutboxEntry[]>;
  /** Inserts or replaces the entry with `entry.id`; durable when the promise resolves. */
  put(entry: OutboxEntry): Promise<void>;
  /** Removes the entry with `id` (no error when missing); durable when the promise resolves. */
  delete(id: string): Promise<void>;
  /** Releases locks and connections. Further calls reject. */
  close?(): Promise<void>;
}

/**
 * What `send` receives besides the payload.
 *
 * @example
 * ```ts
 * import type { NewReport as Report } from '@opengov-id/care';
 *
 * const http = createHttpClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1/' });
 * const send: OutboxSend<Report> = (report, { idempotencyKey, attempt, signal }) => {
 *   if (attempt > 1) console.info('retrying', idempotencyKey);
 *   return http.request({ method: 'POST', path: 'reports', json: report, idempotencyKey, signal });
 * };
 * ```
 */
export interface OutboxSendContext {
  /**
   * The entry's idempotency key. Send it to the server (`Idempotency-Key`, or `idempotencyKey` of
   * {@link createHttpClient}'s requests): it is what makes a re-sent entry harmless.
   */
  readonly idempotencyKey: string;
  /** 1 for the first attempt, 2 for the first retry, ... (from the entry's stored `attempts`). */
  readonly attempt: number;
  /** Aborted when the outbox is stopped; pass it on so a stopped outbox does not wait on the network. */
  readonly signal: AbortSignal;
}

/**
 * Sends one submission. Resolve only once the server has accepted it: the entry is removed
 * from storage after the promise resolves, never before.
 *
 * @example
 * ```ts
 * // Without the SDK's HTTP client: a plain fetch, with the key in the header the server reads.
 * const send: OutboxSend<Report> = async (report, { idempotencyKey, signal }) => {
 *   const response = await fetch('https://care.example.go.id/api/v1/reports', {
 *     method: 'POST',
 *     headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
 *     body: JSON.stringify(report),
 *     signal,
 *   });
 *   if (!response.ok) throw new HttpError(`HTTP ${response.status}`, { status: response.status });
 * };
 * ```
 */
export type OutboxSend<T> = (payload: T, context: OutboxSendContext) => Promise<unknown>;

/**
 * How the outbox treats a send error: try again later, or move the entry to the failed list.
 *
 * @example
 * ```ts
 * const verdict: OutboxErrorClass = classifySendError(new NetworkError('offline')); // 'retry'
 * ```
 */
export type OutboxErrorClass = 'retry' | 'fail';

/**
 * Told to `onSent` when an entry was accepted by the server and removed from storage.
 *
 * @example
 * ```ts
 * declare const send: OutboxSend<unknown>; // posts one payload, see OutboxSend
 * createOutbox({ storage: createMemoryStorage(), send, onSent: ({ pending }) => console.info(`${pending} waiting`) });
 * ```
 */
export interface OutboxSentInfo {
  /** The entry's id (its idempotency key), redacted. */
  readonly id: string;
  /** How many attempts it took, this one included. */
  readonly attempts: number;
  /** Entries still pending after this one. */
  readonly pending: number;
}

/**
 * Told to `onRetry` when an attempt failed with a transient error and the entry stays pending.
 *
 * @example
 * ```ts
 * declare const send: OutboxSend<unknown>; // posts one payload, see OutboxSend
 * createOutbox({
 *   storage: createMemoryStorage(),
 *   send,
 *   onRetry: ({ attempt, delayMs, error }) => console.info('outbox retry', { attempt, delayMs, code: error.code }),
 * });
 * ```
 */
export interface OutboxRetryInfo {
  /** The entry's id (its idempotency key), redacted. */
  readonly id: string;
  /** The number of the attempt that failed. */
  readonly attempt: number;
  /** How long until the outbox tries again on its own (with `autoFlush`), in milliseconds. */
  readonly delayMs: number;
  /** The error, redacted. */
  readonly error: OpenGovErrorJSON;
}

/**
 * Told to `onFailed` when an entry moved to the failed (dead-letter) list.
 *
 * @example
 * ```ts
 * declare const send: OutboxSend<unknown>; // posts one payload, see OutboxSend
 * createOutbox({
 *   storage: createMemoryStorage(),
 *   send,
 *   onFailed: ({ id, error }) => console.warn(id, error.messages?.id ?? error.message),
 * });
 * ```
 */
export interface OutboxFailedInfo {
  /** The entry's id (its idempotency key), redacted. */
  readonly id: string;
  /** Attempts made, this one included. */
  readonly attempts: number;
  /** The error, redacted. */
  readonly error: OpenGovErrorJSON;
}

/**
 * Options for {@link createOutbox}.
 *
 * @example
 * ```ts
 * import type { NewReport as Report } from '@opengov-id/care';
 *
 * const http = createHttpClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1/' });
 * const appShutdown = new AbortController();
 * const options: OutboxOptions<Report> = {
 *   storage: createIndexedDbStorage({ dbName: 'care-outbox' }),
 *   send: (report, { idempotencyKey, signal }) =>
 *     http.request({ method: 'POST', path: 'reports', json: report, idempotencyKey, signal }),
 *   backoff: { initialMs: 2_000, maxMs: 600_000 },
 *   signal: appShutdown.signal,
 * };
 * ```
 */
export interface OutboxOptions<T> {
  /** Where entries are kept: {@link createMemoryStorage}, {@link createIndexedDbStorage}, `createFileStorage` from `@opengov-id/core/node`, or your own. */
  storage: OutboxStorage;
  /** Sends one submission; see {@link OutboxSend}. */
  send: OutboxSend<T>;
  /**
   * Backoff between automatic retries, exponential with equal jitter: the n-th consecutive failure
   * waits between half and all of `min(maxMs, initialMs * 2^(n-1))`.
   * @defaultValue `{ initialMs: 1000, maxMs: 300000 }`
   */
  backoff?: { initialMs?: number; maxMs?: number };
  /**
   * Attempts after which an entry that keeps failing with transient errors moves to the failed list.
   * @defaultValue unlimited: an offline kader may be out of signal for days
   */
  maxAttempts?: number;
  /**
   * Flush on the runtime's `online` event (browsers, where `globalThis.addEventListener` exists) and
   * on a retry timer after a transient failure. Without it, only explicit `flush()` calls send.
   * @defaultValue true
   */
  autoFlush?: boolean;
  /**
   * Overrides {@link classifySendError} for some errors: return `'retry'` or `'fail'`, or
   * `undefined` to keep the default.
   */
  classify?: (error: unknown) => OutboxErrorClass | undefined;
  /** Called after each entry the server accepted. A callback that throws is ignored. */
  onSent?: (info: OutboxSentInfo) => void;
  /** Called after each transient failure. A callback that throws is ignored. */
  onRetry?: (info: OutboxRetryInfo) => void;
  /** Called when an entry moves to the failed list. A callback that throws is ignored. */
  onFailed?: (info: OutboxFailedInfo) => void;
  /**
   * Stops the outbox: the send in flight is aborted (its entry stays pending, no attempt counted),
   * timers and the `online` listener are removed, and `flush()` rejects from then on. `enqueue`,
   * `remove`, `retryFailed` and the reads keep working, so nothing handed over late is lost.
   */
  signal?: AbortSignal;
}

/**
 * Options for {@link Outbox.enqueue}.
 *
 * @example
 * ```ts
 * declare const send: OutboxSend<{ id: string; title: string }>; // posts one form
 * const outbox = createOutbox({ storage: createMemoryStorage(), send });
 * const form = { id: 'f-17', title: 'Lampu jalan padam' };
 * // A key derived from the form's own id: enqueueing the same form twice keeps one entry.
 * await outbox.enqueue(form, { idempotencyKey: `laporan-${form.id}` });
 * ```
 */
export interface OutboxEnqueueOptions {
  /**
   * The idempotency key, 1 to 255 visible ASCII characters (it travels in an HTTP header).
   * Defaults to a random UUID v4 (`crypto.randomUUID()`, or `crypto.getRandomValues` outside secure
   * contexts). A key already in the outbox returns that entry unchanged.
   */
  idempotencyKey?: string;
}

/**
 * What one `flush()` pass did.
 *
 * @example
 * ```ts
 * const outbox = createOutbox({ storage: createMemoryStorage(), send: async () => {} });
 * const { sent, failed, pending, retryInMs } = await outbox.flush();
 * if (retryInMs !== undefined) console.info(`offline; next try in ${Math.round(retryInMs / 1000)} s`);
 * ```
 */
export interface OutboxFlushResult {
  /** Entries accepted by the server and removed. */
  readonly sent: number;
  /** Entries moved to the failed list. */
  readonly failed: number;
  /** Entries still pending when the pass ended. */
  readonly pending: number;
  /**
   * Set when the pass stopped on a transient error: the delay before the next automatic attempt
   * (scheduled only with `autoFlush`), in milliseconds.
   */
  readonly retryInMs: number | undefined;
}

/**
 * A durable queue of submissions, sent in order with at-least-once delivery that the
 * idempotency key turns into exactly-once records on a server that deduplicates.
 *
 * @example
 * ```ts
 * import type { NewReport as Report } from '@opengov-id/care';
 *
 * declare const send: OutboxSend<Report>; // posts one report
 * declare const report: Report;
 * const outbox: Outbox<Report> = createOutbox({ storage: createIndexedDbStorage({ dbName: 'care-outbox' }), send });
 * await outbox.enqueue(report);
 * await outbox.flush();
 * for (const entry of await outbox.failed()) console.warn(entry.id, entry.lastError?.code);
 * ```
 */
export interface Outbox<T> {
  /** Stores a submission durably and resolves with its entry; see {@link createOutbox}. */
  enqueue(payload: T, options?: OutboxEnqueueOptions): Promise<OutboxEntry<T>>;
  /** Sends pending entries in order until none is left or a transient error stops the pass. */
  flush(): Promise<OutboxFlushResult>;
  /** The pending entries, in sending order (copies). */
  pending(): Promise<OutboxEntry<T>[]>;
  /** The failed (dead-letter) entries, in `seq` order (copies). */
  failed(): Promise<OutboxEntry<T>[]>;
  /**
   * Moves failed entries (all, or those with the given ids) back to pending, attempts reset, at
   * their original place in the order. Resolves with how many moved. Does not flush by itself.
   */
  retryFailed(ids?: readonly string[]): Promise<number>;
  /** Deletes an entry, pending or failed. Resolves with whether it existed. */
  remove(id: string): Promise<boolean>;
}
