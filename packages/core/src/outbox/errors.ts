import { OpenGovError, type OpenGovErrorOptions } from '../errors/errors.js';

/**
 * Why an outbox storage could not do its work: `outbox_storage_corrupt` (a stored entry is not a
 * valid entry), `outbox_locked` (another process holds the storage), `outbox_storage_closed`
 * (used after `close()`), `outbox_storage_failed` (the medium itself failed: disk full, quota,
 * permissions).
 *
 * @example
 * ```ts
 * const retryable = (code: OutboxStorageErrorCode) => code === 'outbox_locked' || code === 'outbox_storage_failed';
 * ```
 */
export type OutboxStorageErrorCode =
  | 'outbox_storage_corrupt'
  | 'outbox_locked'
  | 'outbox_storage_closed'
  | 'outbox_storage_failed';

/**
 * An outbox storage failed. Nothing was lost: a write that rejects leaves the previous state
 * intact, and a corrupt entry is reported, never skipped.
 *
 * @example
 * ```ts
 * const outbox = createOutbox({ storage: createIndexedDbStorage({ dbName: 'care-outbox' }), send: async () => {} });
 * try {
 *   await outbox.pending();
 * } catch (error) {
 *   if (error instanceof OutboxStorageError && error.code === 'outbox_locked') {
 *     console.error('Another copy of the app is sending this outbox.');
 *   }
 * }
 * ```
 */
export class OutboxStorageError extends OpenGovError {
  override readonly name: string = 'OutboxStorageError';
  declare readonly code: OutboxStorageErrorCode;
  constructor(
    code: OutboxStorageErrorCode,
    messages: { id: string; en: string },
    options: Omit<OpenGovErrorOptions, 'code' | 'messages'> = {},
  ) {
    super(messages.en, { ...options, code, messages });
  }
}
