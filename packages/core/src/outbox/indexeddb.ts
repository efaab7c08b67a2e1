import { OutboxStorageError } from './errors.js';
import { checkEntry, jsonCopy } from './record.js';
import type { OutboxEntry, OutboxStorage } from './types.js';

/**
 * Options for {@link createIndexedDbStorage}.
 *
 * @example
 * ```ts
 * const options: IndexedDbStorageOptions = { dbName: 'posyandu-outbox' };
 * ```
 */
export interface IndexedDbStorageOptions {
  /** The database name; one database per outbox (it holds a single object store, `entries`). */
  dbName: string;
  /** The IndexedDB factory to use. @defaultValue `globalThis.indexedDB` */
  indexedDB?: IDBFactory;
}

const STORE = 'entries';

function failed(cause: unknown): OutboxStorageError {
  return new OutboxStorageError(
    'outbox_storage_failed',
    { id: 'IndexedDB gagal menyimpan outbox.', en: 'IndexedDB failed to store the outbox.' },
    { cause },
  );
}

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * An outbox storage in IndexedDB, for browsers (and any runtime with `indexedDB`). Each
 * `put` and `delete` is its own read-write transaction with `durability: 'strict'`, and resolves
 * on the transaction's `complete` event: the change is on disk, not only in the browser's
 * memory. A transaction either commits whole or not at all, so no entry is ever half-written.
 *
 * The database is opened on first use, at whatever version it has (a database of that name
 * without the `entries` store gets it in the next version), and closed when another tab needs
 * to upgrade it; it is reopened on the next call. Several tabs may open the same database; each outbox then sends
 * what it loaded, and a server that deduplicates by idempotency key keeps one record per entry.
 * For one sender at a time, create the outbox in one tab (or a shared or service worker).
 *
 * @example
 * ```ts
 * const http = createHttpClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1/' });
 * const outbox = createOutbox({
 *   storage: createIndexedDbStorage({ dbName: 'posyandu-outbox' }),
 *   send: (visit, { idempotencyKey, signal }) =>
 *     http.request({ method: 'POST', path: 'visits', json: visit, idempotencyKey, signal }),
 * });
 * ```
 */
export function createIndexedDbStorage(options: IndexedDbStorageOptions): OutboxStorage {
  const { dbName } = Object(options) as IndexedDbStorageOptions;
  const factory = options?.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (typeof dbName !== 'string' || dbName === '') {
    throw new OutboxStorageError('outbox_storage_failed', {
      id: 'Opsi `dbName` harus teks yang tidak kosong.',
      en: 'Option `dbName` must be a non-empty string.',
    });
  }
  if (!factory) {
    throw new OutboxStorageError('outbox_storage_failed', {
      id: 'IndexedDB tidak tersedia di runtime ini.',
      en: 'IndexedDB is not available in this runtime.',
    });
  }
  let db: Promise<IDBDatabase> | undefined;
  let closed = false;

  // Opens the current version (whatever another tab or app release upgraded it to); when the
  // database exists without our store, one version up creates it.
  function connect(version: number | undefined): Promise<IDBDatabase> {
    return new Promise<IDBDatabase>((resolve, reject) => {
      const request = version === undefined ? factory!.open(dbName) : factory!.open(dbName, version);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) {
          request.result.createObjectStore(STORE, { keyPath: 'id' });
        }
      };
      request.onsuccess = () => {
        const opened = request.result;
        if (!opened.objectStoreNames.contains(STORE)) {
          opened.close();
          resolve(connect(opened.version + 1));
          return;
        }
        // Let another tab upgrade: close now, reopen on the next call.
        opened.onversionchange = () => {
          opened.close();
          db = undefined;
        };
        resolve(opened);
      };
      request.onerror = () => reject(request.error);
    });
  }

  function open(): Promise<IDBDatabase> {
    if (closed) {
      return Promise.reject(
        new OutboxStorageError('outbox_storage_closed', {
          id: 'Penyimpanan outbox sudah ditutup.',
          en: 'The outbox storage is closed.',
        }),
      );
    }
    db ??= connect(undefined).catch((error) => {
      db = undefined;
      throw failed(error);
    });
    return db;
  }

  async function write(change: (store: IDBObjectStore) => void): Promise<void> {
    const database = await open();
    try {
      const tx = database.transaction(STORE, 'readwrite', { durability: 'strict' });
      const done = committed(tx);
      change(tx.objectStore(STORE));
      await done;
    } catch (error) {
      throw failed(error);
    }
  }

  return {
    async load(): Promise<OutboxEntry[]> {
      const database = await open();
      let all: unknown[];
      try {
        all = await settle(database.transaction(STORE, 'readonly').objectStore(STORE).getAll());
      } catch (error) {
        throw failed(error);
      }
      return all.map((entry) => checkEntry(entry, `IndexedDB ${STORE}`));
    },
    put(entry: OutboxEntry): Promise<void> {
      const value = jsonCopy(entry);
      return write((store) => store.put(value));
    },
    delete(id: string): Promise<void> {
      return write((store) => store.delete(id));
    },
    async close(): Promise<void> {
      closed = true;
      const database = await db?.catch(() => undefined);
      database?.close();
      db = undefined;
    },
  };
}
