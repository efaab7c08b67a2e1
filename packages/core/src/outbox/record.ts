import { OutboxStorageError } from './errors.js';
import type { OutboxEntry } from './types.js';

/** An idempotency key travels in an HTTP header: visible ASCII, bounded. */
export const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A deep copy through JSON: what a storage would hand back, never an object the caller still holds. */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Checks that a value read from storage is a whole entry; a storage that returns anything else
 * is corrupt, and saying so beats sending or dropping half an entry.
 */
export function checkEntry(value: unknown, where: string): OutboxEntry {
  const entry = value as Partial<Record<keyof OutboxEntry, unknown>> | null;
  const ok =
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.id === 'string' &&
    KEY_PATTERN.test(entry.id) &&
    Number.isSafeInteger(entry.seq) &&
    (entry.seq as number) >= 0 &&
    'payload' in entry &&
    entry.payload !== undefined &&
    typeof entry.createdAt === 'string' &&
    INSTANT.test(entry.createdAt) &&
    Number.isSafeInteger(entry.attempts) &&
    (entry.attempts as number) >= 0 &&
    (entry.status === 'pending' || entry.status === 'failed') &&
    (entry.lastError === undefined || (typeof entry.lastError === 'object' && entry.lastError !== null)) &&
    (entry.failedAt === undefined || (typeof entry.failedAt === 'string' && INSTANT.test(entry.failedAt)));
  if (!ok) throw corrupt(where);
  return value as OutboxEntry;
}

/** The error for a storage that holds something other than whole entries. */
export function corrupt(where: string): OutboxStorageError {
  return new OutboxStorageError('outbox_storage_corrupt', {
    id: `Entri outbox rusak di ${where}.`,
    en: `Corrupt outbox entry in ${where}.`,
  });
}
