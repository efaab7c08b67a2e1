import {
  isOpenGovError,
  type LocalizedMessage,
  OpenGovError,
  toZonedIso,
  ValidationError,
  validationErrorFromZod,
} from '@opengov-id/core';
import * as z from 'zod';

/**
 * Where a field record stands with the server: `pending` (saved on the device, not sent),
 * `syncing` (being sent), `synced` (the server has it), `failed` (the last attempt failed; retry),
 * `conflict` (the server refused it as conflicting; a kader must look at it).
 */
export type SyncStatus = 'pending' | 'syncing' | 'synced' | 'failed' | 'conflict';

/** Why the last sync attempt failed: an error code and its bilingual message, never personal data. */
export interface SyncFailure {
  /** Error code (`network_error`, `http_error`, …; `unknown` for a non-SDK error). */
  readonly code: string;
  /** The SDK error's message in Indonesian and English, already redacted; `null` otherwise. */
  readonly messages: LocalizedMessage | null;
}

/** Sync state of a field record. */
export interface SyncState {
  /** The status. */
  readonly status: SyncStatus;
  /** Attempts made for the current revision. */
  readonly attempts: number;
  /** When the last attempt started, or `null`. */
  readonly lastAttemptAt: string | null;
  /** The server's id once synced, or `null`. */
  readonly serverId: string | null;
  /** Why the last attempt failed, or `null`. */
  readonly failure: SyncFailure | null;
}

/**
 * A record a kader makes in the field, offline first: a local id made on the device, an
 * idempotency key per revision (so a retry after a lost response cannot create a second record on
 * the server), and its sync state. This is the record only; the queue that sends it (an outbox in
 * `@opengov-id/core`) does not exist yet.
 */
export interface FieldRecord<T> {
  /** Id made on the device (UUID v4); stays the same across edits and sync. */
  readonly localId: string;
  /** Revision, from 1; each edit adds one. */
  readonly revision: number;
  /** Idempotency key of this revision: `<localId>.<revision>`; send it as the `Idempotency-Key` header. */
  readonly idempotencyKey: string;
  /** What the record is (`weighing`, `immunization`, `screening`, `visit`, …). */
  readonly kind: string;
  /** The posyandu it belongs to. */
  readonly posyanduId: string;
  /** The kader who recorded it (an id, not a name). */
  readonly recordedBy: string | null;
  /** When it was created, ISO 8601 with offset. */
  readonly createdAt: string;
  /** When it was last changed. */
  readonly updatedAt: string;
  /** The data. */
  readonly payload: T;
  /** Where it stands with the server. */
  readonly sync: SyncState;
}

/** What {@link createFieldRecord} needs. */
export interface NewFieldRecord<T> {
  /** What the record is. */
  readonly kind: string;
  /** The posyandu it belongs to. */
  readonly posyanduId: string;
  /** The data. */
  readonly payload: T;
  /** The kader's id. */
  readonly recordedBy?: string | undefined;
}

/** Clock and id source, for tests and replays. */
export interface FieldRecordOptions {
  /** The current instant (default: now). */
  readonly now?: string | Date | undefined;
  /** A new local id (default: `crypto.randomUUID()`). */
  readonly newId?: (() => string) | undefined;
}

const SLUG = /^[a-z][a-z0-9_]{0,63}$/;
const KEY = /^[A-Za-z0-9._:-]{1,128}$/;

function invalid(field: string, id: string, en: string): never {
  throw ValidationError.single(
    field,
    { id: `Kolom \`${field}\` ${id}`, en: `Field \`${field}\` ${en}` },
    'invalid_field_record',
  );
}

const stamp = (now: FieldRecordOptions['now']): string => toZonedIso(now ?? new Date());

/**
 * Creates a field record on the device: a new local id, revision 1, its idempotency key, status
 * `pending`.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for a malformed kind, posyandu or kader id.
 * @example
 * ```ts
 * const record = createFieldRecord({
 *   kind: 'weighing',
 *   posyanduId: 'posyandu-melati-1',
 *   recordedBy: 'kader-07',
 *   payload: { childLocalId: 'c1', date: '2026-03-16', weightKg: 8.4 },
 * });
 * record.sync.status; // => 'pending'
 * ```
 */
export function createFieldRecord<T>(
  input: NewFieldRecord<T>,
  options: FieldRecordOptions = {},
): FieldRecord<T> {
  if (typeof input?.kind !== 'string' || !SLUG.test(input.kind))
    invalid(
      'kind',
      'harus snake_case (huruf kecil, angka, _).',
      'must be snake_case (lower-case letters, digits, _).',
    );
  if (typeof input.posyanduId !== 'string' || !KEY.test(input.posyanduId))
    invalid(
      'posyanduId',
      'harus id (huruf, angka, . _ : -, ≤ 128).',
      'must be an id (letters, digits, . _ : -, ≤ 128).',
    );
  if (
    input.recordedBy !== undefined &&
    (typeof input.recordedBy !== 'string' || !KEY.test(input.recordedBy))
  ) {
    invalid(
      'recordedBy',
      'harus id kader (huruf, angka, . _ : -, ≤ 128).',
      'must be a kader id (letters, digits, . _ : -, ≤ 128).',
    );
  }
  const localId = (options.newId ?? (() => globalThis.crypto.randomUUID()))();
  if (typeof localId !== 'string' || !KEY.test(localId) || localId.includes('.'))
    invalid('localId', 'harus id tanpa titik.', 'must be an id without dots.');
  const now = stamp(options.now);
  return {
    localId,
    revision: 1,
    idempotencyKey: `${localId}.1`,
    kind: input.kind,
    posyanduId: input.posyanduId,
    recordedBy: input.recordedBy ?? null,
    createdAt: now,
    updatedAt: now,
    payload: input.payload,
    sync: { status: 'pending', attempts: 0, lastAttemptAt: null, serverId: null, failure: null },
  };
}

/** A sync-status change that is not allowed from the record's current status. */
export class SyncTransitionError extends OpenGovError {
  override readonly name: string = 'SyncTransitionError';
  /** The status the record had. */
  readonly from: SyncStatus;
  /** The change that was asked for. */
  readonly to: SyncStatus;

  /**
   * @example
   * ```ts
   * new SyncTransitionError('synced', 'syncing').code; // => 'sync_transition'
   * ```
   */
  constructor(from: SyncStatus, to: SyncStatus) {
    const messages = {
      id: `Status sinkronisasi tidak dapat berubah dari \`${from}\` ke \`${to}\`.`,
      en: `Sync status cannot change from \`${from}\` to \`${to}\`.`,
    };
    super(messages.en, { code: 'sync_transition', messages });
    this.from = from;
    this.to = to;
  }

  protected override details(): Record<string, unknown> {
    return { from: this.from, to: this.to };
  }
}

const ALLOWED: { readonly [K in SyncStatus]: readonly SyncStatus[] } = {
  pending: ['syncing'],
  syncing: ['synced', 'failed', 'conflict'],
  failed: ['syncing'],
  synced: [],
  conflict: [],
};

function move<T>(
  record: FieldRecord<T>,
  to: SyncStatus,
  sync: Partial<SyncState>,
  now: string,
): FieldRecord<T> {
  if (!ALLOWED[record.sync.status].includes(to)) throw new SyncTransitionError(record.sync.status, to);
  return { ...record, updatedAt: now, sync: { ...record.sync, status: to, ...sync } };
}

/**
 * Marks a `pending` or `failed` record as being sent: one more attempt.
 *
 * @throws {@link SyncTransitionError} from any other status.
 * @example
 * ```ts
 * const record = createFieldRecord({ kind: 'weighing', posyanduId: 'posyandu-melati-1', recordedBy: 'kader-07', payload: { childLocalId: 'c1', date: '2026-03-16', weightKg: 8.4 } });
 * const sending = markSyncing(record);
 * // send sending.payload with header Idempotency-Key: sending.idempotencyKey
 * ```
 */
export function markSyncing<T>(record: FieldRecord<T>, options: FieldRecordOptions = {}): FieldRecord<T> {
  const now = stamp(options.now);
  return move(
    record,
    'syncing',
    { attempts: record.sync.attempts + 1, lastAttemptAt: now, failure: null },
    now,
  );
}

/**
 * Marks a `syncing` record as on the server, with the server's id.
 *
 * @throws {@link SyncTransitionError} unless the record is `syncing`;
 * {@link @opengov-id/core!index.ValidationError} for a malformed server id.
 * @example
 * ```ts
 * const record = createFieldRecord({ kind: 'weighing', posyanduId: 'posyandu-melati-1', recordedBy: 'kader-07', payload: { childLocalId: 'c1', date: '2026-03-16', weightKg: 8.4 } });
 * const done = markSynced(markSyncing(record), 'srv-4711');
 * done.sync.serverId; // => 'srv-4711'
 * ```
 */
export function markSynced<T>(
  record: FieldRecord<T>,
  serverId: string,
  options: FieldRecordOptions = {},
): FieldRecord<T> {
  if (typeof serverId !== 'string' || !KEY.test(serverId))
    invalid('serverId', 'harus id (≤ 128).', 'must be an id (≤ 128).');
  return move(record, 'synced', { serverId, failure: null }, stamp(options.now));
}

function failureOf(error: unknown): SyncFailure {
  // Only an SDK error's code and (already redacted) messages are kept: a raw error may hold personal data.
  return isOpenGovError(error)
    ? { code: error.code, messages: error.messages ?? null }
    : { code: 'unknown', messages: null };
}

/**
 * Marks a `syncing` record as failed (retry later with {@link markSyncing}), keeping only the
 * error's code and bilingual message, never its details.
 *
 * @throws {@link SyncTransitionError} unless the record is `syncing`.
 * @example
 * ```ts
 * const record = createFieldRecord({ kind: 'weighing', posyanduId: 'posyandu-melati-1', recordedBy: 'kader-07', payload: { childLocalId: 'c1', date: '2026-03-16', weightKg: 8.4 } });
 * const failed = markSyncFailed(markSyncing(record), new NetworkError('offline'));
 * failed.sync.failure?.code; // => 'network_error'
 * ```
 */
export function markSyncFailed<T>(
  record: FieldRecord<T>,
  error: unknown,
  options: FieldRecordOptions = {},
): FieldRecord<T> {
  return move(record, 'failed', { failure: failureOf(error) }, stamp(options.now));
}

/**
 * Marks a `syncing` record as refused by the server as conflicting (HTTP 409, say). It stays on the
 * device until a kader edits it ({@link reviseFieldRecord}), which makes a new revision to send.
 *
 * @throws {@link SyncTransitionError} unless the record is `syncing`.
 * @example
 * ```ts
 * const record = createFieldRecord({ kind: 'weighing', posyanduId: 'posyandu-melati-1', recordedBy: 'kader-07', payload: { childLocalId: 'c1', date: '2026-03-16', weightKg: 8.4 } });
 * declare const error: unknown; // the server's 409
 * const conflict = markSyncConflict(markSyncing(record), error);
 * ```
 */
export function markSyncConflict<T>(
  record: FieldRecord<T>,
  error: unknown,
  options: FieldRecordOptions = {},
): FieldRecord<T> {
  return move(record, 'conflict', { failure: failureOf(error) }, stamp(options.now));
}

/**
 * A new revision of a record with changed data: revision + 1, a new idempotency key, status
 * `pending`, attempts reset. Not while it is being sent: the revision on the wire must finish first.
 *
 * @throws {@link SyncTransitionError} when the record is `syncing`.
 * @example
 * ```ts
 * const record = createFieldRecord({ kind: 'weighing', posyanduId: 'posyandu-melati-1', recordedBy: 'kader-07', payload: { childLocalId: 'c1', date: '2026-03-16', weightKg: 8.4 } });
 * const fixed = reviseFieldRecord(record, { ...record.payload, weightKg: 8.5 });
 * fixed.idempotencyKey; // `${record.localId}.2`
 * ```
 */
export function reviseFieldRecord<T>(
  record: FieldRecord<T>,
  payload: T,
  options: FieldRecordOptions = {},
): FieldRecord<T> {
  if (record.sync.status === 'syncing') throw new SyncTransitionError('syncing', 'pending');
  const revision = record.revision + 1;
  return {
    ...record,
    revision,
    idempotencyKey: `${record.localId}.${revision}`,
    payload,
    updatedAt: stamp(options.now),
    sync: { ...record.sync, status: 'pending', attempts: 0, lastAttemptAt: null, failure: null },
  };
}

/**
 * Checks a record read back from device storage (IndexedDB, SQLite) and its payload, so a corrupt or
 * old-format row is refused instead of being sent.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} naming the malformed field.
 * @example
 * ```ts
 * declare const stored: string; // a record saved with JSON.stringify
 * const Weighing = z.object({ childLocalId: z.string(), date: z.string(), weightKg: z.number() });
 * const record = parseFieldRecord(JSON.parse(stored), Weighing);
 * ```
 */
export function parseFieldRecord<S extends z.ZodType>(value: unknown, payload: S): FieldRecord<z.output<S>> {
  let schema = schemas.get(payload);
  if (!schema) {
    schema = recordSchema(payload);
    schemas.set(payload, schema);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw validationErrorFromZod(result.error, { subject: 'FieldRecord' });
  return result.data as FieldRecord<z.output<S>>;
}

// One record schema per payload schema, built on first use.
const schemas = new WeakMap<z.ZodType, z.ZodType>();

function recordSchema(payload: z.ZodType): z.ZodType {
  const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$/);
  const key = z.string().regex(KEY);
  return z
    .strictObject({
      localId: key.refine((v) => !v.includes('.')),
      revision: z.number().int().min(1),
      idempotencyKey: key,
      kind: z.string().regex(SLUG),
      posyanduId: key,
      recordedBy: key.nullable(),
      createdAt: instant,
      updatedAt: instant,
      payload,
      sync: z.strictObject({
        status: z.enum(['pending', 'syncing', 'synced', 'failed', 'conflict']),
        attempts: z.number().int().min(0),
        lastAttemptAt: instant.nullable(),
        serverId: key.nullable(),
        failure: z
          .strictObject({
            code: z.string(),
            messages: z.strictObject({ id: z.string(), en: z.string() }).nullable(),
          })
          .nullable(),
      }),
    })
    .refine((r) => r.idempotencyKey === `${r.localId}.${r.revision}`, {
      path: ['idempotencyKey'],
      message: 'must be `<localId>.<revision>`.',
      params: { id: 'harus `<localId>.<revision>`.' },
    });
}
