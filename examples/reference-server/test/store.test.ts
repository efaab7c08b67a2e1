import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../src/store/migrations.js';
import { type ListQuery, type Store, StoreConflictError, StoreMissingError } from '../src/store/types.js';
import { engines } from './engines.js';

describe.each(engines)('store: $name', (engine) => {
  let store: Store;
  beforeEach(async () => {
    store = await engine.create();
  });
  afterEach(async () => {
    await store.close();
  });

  it('applies every migration once, in order', async () => {
    expect(await store.migrations()).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('inserts, reads, updates, and refuses a second record with the same id', async () => {
    await store.transaction((tx) => tx.insert('reports', 'R1', { status: 'baru', n: 1 }));
    expect(await store.transaction((tx) => tx.get('reports', 'R1'))).toEqual({ status: 'baru', n: 1 });
    expect(await store.transaction((tx) => tx.get('reports', 'R2'))).toBeUndefined();
    await store.transaction((tx) => tx.update('reports', 'R1', { status: 'selesai', n: 2 }));
    expect(await store.transaction((tx) => tx.get('reports', 'R1'))).toEqual({ status: 'selesai', n: 2 });
    await expect(store.transaction((tx) => tx.insert('reports', 'R1', {}))).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    await expect(store.transaction((tx) => tx.update('reports', 'nope', {}))).rejects.toBeInstanceOf(
      StoreMissingError,
    );
    // Same id in another collection is a different record.
    await store.transaction((tx) => tx.insert('children', 'R1', { name: 'x' }));
  });

  it('rolls back everything a failed transaction did', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.insert('reports', 'A', { n: 1 });
        await tx.nextSequence('reports');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.transaction((tx) => tx.count('reports'))).toBe(0);
    expect(await store.transaction((tx) => tx.nextSequence('reports'))).toBe(1);
  });

  it('filters by JSON fields, arrays, null, booleans and prefixes, and pages in insertion order', async () => {
    await store.transaction(async (tx) => {
      const rows = [
        { id: 'a', status: 'baru', public: true, location: { regionCode: '52.07.01.2001' } },
        { id: 'b', status: 'proses', public: false, location: { regionCode: '52.07.02.2001' } },
        { id: 'c', status: 'selesai', public: true, location: { regionCode: '52.01.01.2001' } },
        { id: 'd', status: 'baru', public: true, location: {} },
        { id: 'e', status: 'baru', public: true, location: { regionCode: '52.07%' } },
      ];
      for (const row of rows) await tx.insert('reports', row.id, row);
    });
    const ids = async (query: ListQuery) =>
      (await store.transaction((tx) => tx.list<{ id: string }>('reports', query))).items.map((r) => r.id);
    expect(await ids({ where: { status: 'baru' } })).toEqual(['a', 'd', 'e']);
    expect(await ids({ where: { status: ['proses', 'selesai'] } })).toEqual(['b', 'c']);
    expect(await ids({ where: { status: [] } })).toEqual([]);
    expect(await ids({ where: { public: false } })).toEqual(['b']);
    expect(await ids({ where: { 'location.regionCode': null } })).toEqual(['d']);
    expect(await ids({ prefix: { 'location.regionCode': '52.07' } })).toEqual(['a', 'b', 'e']);
    // A prefix is literal: % is not a wildcard.
    expect(await ids({ prefix: { 'location.regionCode': '52.07%' } })).toEqual(['e']);
    expect(await ids({ order: 'desc', limit: 2 })).toEqual(['e', 'd']);
    const page = await store.transaction((tx) =>
      tx.list('reports', { where: { status: 'baru' }, offset: 1, limit: 1 }),
    );
    expect(page.total).toBe(3);
    expect(page.items).toEqual([expect.objectContaining({ id: 'd' })]);
    expect(await store.transaction((tx) => tx.count('reports', { where: { public: true } }))).toBe(4);
  });

  it('never splices a field path or a value into SQL', async () => {
    await store.transaction((tx) => tx.insert('reports', 'x', { status: "baru'; DROP TABLE records; --" }));
    expect(
      await store.transaction((tx) =>
        tx.count('reports', { where: { status: "baru'; DROP TABLE records; --" } }),
      ),
    ).toBe(1);
    await expect(
      store.transaction((tx) => tx.list('reports', { where: { "status') = 1 OR ('1": 'x' } })),
    ).rejects.toThrow(TypeError);
    expect(await store.transaction((tx) => tx.count('reports'))).toBe(1);
  });

  it('counts sequences per name', async () => {
    const seen = await store.transaction(async (tx) => [
      await tx.nextSequence('a'),
      await tx.nextSequence('a'),
      await tx.nextSequence('b'),
    ]);
    expect(seen).toEqual([1, 2, 1]);
  });

  it('remembers one result per idempotency key and scope', async () => {
    await store.transaction((tx) => tx.remember('token-1', 'k', { status: 201, body: { id: 'R1' } }));
    expect(await store.transaction((tx) => tx.recall('token-1', 'k'))).toEqual({
      status: 201,
      body: { id: 'R1' },
    });
    expect(await store.transaction((tx) => tx.recall('token-2', 'k'))).toBeUndefined();
    await expect(
      store.transaction((tx) => tx.remember('token-1', 'k', { status: 201, body: {} })),
    ).rejects.toBeInstanceOf(StoreConflictError);
  });

  it('runs concurrent transactions without losing a write', async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.transaction(async (tx) => {
          const n = await tx.nextSequence('reports');
          await tx.insert('reports', `R${n}`, { i });
        }),
      ),
    );
    expect(await store.transaction((tx) => tx.count('reports'))).toBe(50);
    expect(await store.transaction((tx) => tx.nextSequence('reports'))).toBe(51);
  });
});
