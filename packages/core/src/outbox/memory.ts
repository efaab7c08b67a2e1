import { OutboxStorageError } from './errors.js';
import type { OutboxEntry, OutboxStorage } from './types.js';

/**
 * An outbox storage in memory: for tests, and for apps that accept losing unsent entries when
 * the process ends. Entries are copied in and out as JSON, like a real storage would, so no
 * caller ever shares an object with it. Several outboxes created one after the other over the
 * same storage see the same entries (a restart, without the process dying).
 *
 * @example
 * ```ts
 * const storage = createMemoryStorage();
 * const outbox = createOutbox({ storage, send: async () => {} });
 * await outbox.enqueue({ text: 'Lampu jalan mati' });
 * ```
 */
export function createMemoryStorage(): OutboxStorage {
  const entries = new Map<string, string>();
  let closed = false;
  const open = (): void => {
    if (closed) {
      throw new OutboxStorageError('outbox_storage_closed', {
        id: 'Penyimpanan outbox sudah ditutup.',
        en: 'The outbox storage is closed.',
      });
    }
  };
  return {
    async load(): Promise<OutboxEntry[]> {
      open();
      return [...entries.values()].map((json) => JSON.parse(json) as OutboxEntry);
    },
    async put(entry: OutboxEntry): Promise<void> {
      open();
      entries.set(entry.id, JSON.stringify(entry));
    },
    async delete(id: string): Promise<void> {
      open();
      entries.delete(id);
    },
    async close(): Promise<void> {
      closed = true;
    },
  };
}
