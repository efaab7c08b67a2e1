import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  createIndexedDbStorage,
  createOutbox,
  NetworkError,
  type OutboxEntry,
  OutboxStorageError,
} from '../src/index.js';

const entry = (id: string, seq: number, extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id,
  seq,
  payload: { desa: '52.07.02.2001', beratKg: 9.4 },
  createdAt: '2026-03-02T01:15:00.000Z',
  attempts: 0,
  status: 'pending',
  ...extra,
});

describe('createIndexedDbStorage (fake-indexeddb)', () => {
  it('stores, replaces and deletes entries, and a new connection to the same database sees them', async () => {
    const indexedDB = new IDBFactory();
    const storage = createIndexedDbStorage({ dbName: 'posyandu-outbox', indexedDB });
    expect(await storage.load()).toEqual([]);
    await storage.put(entry('a', 0));
    await storage.put(entry('b', 1));
    await storage.put(
      entry('a', 0, {
        attempts: 2,
        lastError: { name: 'NetworkError', code: 'network_error', message: 'x' },
      }),
    );
    await storage.delete('b');
    await storage.delete('missing');
    await storage.close?.();
    await expect(storage.load()).rejects.toMatchObject({ code: 'outbox_storage_closed' });

    const reopened = createIndexedDbStorage({ dbName: 'posyandu-outbox', indexedDB });
    expect(await reopened.load()).toEqual([
      entry('a', 0, {
        attempts: 2,
        lastError: { name: 'NetworkError', code: 'network_error', message: 'x' },
      }),
    ]);
    // Another database name is another outbox.
    expect(await createIndexedDbStorage({ dbName: 'care-outbox', indexedDB }).load()).toEqual([]);
  });

  it('carries an outbox across a restart: pending entries, failed entries and order', async () => {
    const indexedDB = new IDBFactory();
    const first = createOutbox<{ n: number }>({
      storage: createIndexedDbStorage({ dbName: 'care', indexedDB }),
      autoFlush: false,
      send: async ({ n }) => {
        if (n === 1) throw new NetworkError('offline');
      },
    });
    for (let n = 0; n < 4; n++) await first.enqueue({ n });
    expect(await first.flush()).toMatchObject({ sent: 1, pending: 3 });

    const sent: number[] = [];
    const second = createOutbox<{ n: number }>({
      storage: createIndexedDbStorage({ dbName: 'care', indexedDB }),
      autoFlush: false,
      send: async ({ n }) => {
        sent.push(n);
      },
    });
    expect((await second.pending()).map((e) => [e.payload.n, e.attempts])).toEqual([
      [1, 1],
      [2, 0],
      [3, 0],
    ]);
    await second.flush();
    expect(sent).toEqual([1, 2, 3]);
    expect(await createIndexedDbStorage({ dbName: 'care', indexedDB }).load()).toEqual([]);
  });

  it('asks for strict durability on every write', async () => {
    const indexedDB = new IDBFactory();
    const storage = createIndexedDbStorage({ dbName: 'strict', indexedDB });
    await storage.load();
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await storage.put(entry('a', 0));
    await storage.delete('a');
    expect(transaction.mock.calls.map((call) => call[2])).toEqual([
      { durability: 'strict' },
      { durability: 'strict' },
    ]);
  });

  it('reports a record that is not an entry, and a missing IndexedDB, as OutboxStorageError', async () => {
    const indexedDB = new IDBFactory();
    const storage = createIndexedDbStorage({ dbName: 'broken', indexedDB });
    await storage.put({ ...entry('a', 0), status: 'sent' } as unknown as OutboxEntry);
    await expect(storage.load()).rejects.toMatchObject({ code: 'outbox_storage_corrupt' });
    expect(() => createIndexedDbStorage({ dbName: 'x' })).toThrow(OutboxStorageError);
    expect(() => createIndexedDbStorage({ dbName: '', indexedDB })).toThrow(OutboxStorageError);
  });

  it('closes its connection when another tab upgrades the database, and reopens at the new version', async () => {
    const indexedDB = new IDBFactory();
    const storage = createIndexedDbStorage({ dbName: 'tabs', indexedDB });
    await storage.put(entry('a', 0));
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tabs', 2);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(upgraded.version).toBe(2);
    upgraded.close();
    expect((await storage.load()).map((e) => e.id)).toEqual(['a']);
  });

  it('adds its store to an existing database of the same name that lacks it', async () => {
    const indexedDB = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('shared-app-db', 3);
      request.onupgradeneeded = () => request.result.createObjectStore('settings');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const storage = createIndexedDbStorage({ dbName: 'shared-app-db', indexedDB });
    await storage.put(entry('a', 0));
    expect((await storage.load()).map((e) => e.id)).toEqual(['a']);
    await storage.close?.();
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('shared-app-db');
      request.onsuccess = () => resolve(request.result);
    });
    expect([db.version, [...db.objectStoreNames].sort()]).toEqual([4, ['entries', 'settings']]);
    db.close();
  });
});
