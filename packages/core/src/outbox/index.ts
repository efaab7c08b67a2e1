export { OutboxStorageError, type OutboxStorageErrorCode } from './errors.js';
export { createIndexedDbStorage, type IndexedDbStorageOptions } from './indexeddb.js';
export { createMemoryStorage } from './memory.js';
export { classifySendError, createOutbox } from './outbox.js';
export type {
  Outbox,
  OutboxEnqueueOptions,
  OutboxEntry,
  OutboxEntryStatus,
  OutboxErrorClass,
  OutboxFailedInfo,
  OutboxFlushResult,
  OutboxOptions,
  OutboxRetryInfo,
  OutboxSend,
  OutboxSendContext,
  OutboxSentInfo,
  OutboxStorage,
} from './types.js';
