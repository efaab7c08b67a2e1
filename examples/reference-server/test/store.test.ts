import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModuleContext } from '../src/context.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { type ListQuery, type Store, StoreConflictError, StoreMissingError } from '../src/store/types.js';
import { engines } from './engines.js';

describe.each(engines)('store: $name', (engine) => {
  let store: Store;
  // Unset when create() failed (no PostgreSQL): that test already failed with the reason.
  let opened: Store | undefined;
  beforeEach(async () => {
    opened = undefined;
    store = await engine.create();
    opened = store;
  });
  afterEach(async () => {
    await opened?.close();
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

  it('keeps JSON documents intact: nesting, arrays, numbers, booleans, null, unicode', async () => {
    const doc = {
      nested: { list: [1, 2.5, -3, 1e21], flags: [true, false, null] },
      text: 'Desa Maluk, Kec. Maluk — “kutipan” 😀',
      empty: {},
      zero: 0,
    };
    await store.transaction((tx) => tx.insert('reports', 'doc', doc));
    await store.transaction((tx) => tx.insert('lists', 'top', [1, 'a', { b: null }]));
    expect(await store.transaction((tx) => tx.get('reports', 'doc'))).toEqual(doc);
    expect(await store.transaction((tx) => tx.get('lists', 'top'))).toEqual([1, 'a', { b: null }]);
  });

  it('compares numbers as numbers and never a string with a number', async () => {
    await store.transaction(async (tx) => {
      await tx.insert('children', 'a', { n: 1, code: '1', score: 2.5 });
      await tx.insert('children', 'b', { n: 2, code: 2, score: -1 });
      await tx.insert('children', 'c', { n: 3, code: '3', score: 2.5 });
    });
    const ids = async (query: ListQuery) =>
      (await store.transaction((tx) => tx.list('children', query))).items.map((r) => (r as { n: number }).n);
    expect(await ids({ where: { n: 2 } })).toEqual([2]);
    expect(await ids({ where: { n: [1, 3] } })).toEqual([1, 3]);
    expect(await ids({ where: { score: 2.5 } })).toEqual([1, 3]);
    expect(await ids({ where: { code: '1' } })).toEqual([1]);
    expect(await ids({ where: { code: 2 } })).toEqual([2]);
    expect(await ids({ where: { code: '2' } })).toEqual([]);
    expect(await ids({ where: { code: 1 } })).toEqual([]);
    expect(await ids({ where: { code: ['3', 2] } })).toEqual([2, 3]);
  });

  it('keeps a transaction usable after a refused insert, and commits the rest', async () => {
    await store.transaction((tx) => tx.insert('reports', 'R1', { n: 1 }));
    const outcome = await store.transaction(async (tx) => {
      const refused = await tx.insert('reports', 'R1', { n: 2 }).then(
        () => false,
        (error: unknown) => error instanceof StoreConflictError,
      );
      await tx.insert('reports', 'R2', { n: 3 });
      return refused;
    });
    expect(outcome).toBe(true);
    expect(await store.transaction((tx) => tx.get('reports', 'R1'))).toEqual({ n: 1 });
    expect(await store.transaction((tx) => tx.get('reports', 'R2'))).toEqual({ n: 3 });
  });

  it('loses no update when concurrent transactions read for update and write back', async () => {
    await store.transaction((tx) => tx.insert('counters', 'c', { value: 0 }));
    await Promise.all(
      Array.from({ length: 30 }, () =>
        store.transaction(async (tx) => {
          const counter = await tx.get<{ value: number }>('counters', 'c', { forUpdate: true });
          // Give the other transactions every chance to interleave between read and write.
          await new Promise((resolve) => setTimeout(resolve, 1));
          await tx.update('counters', 'c', { value: (counter?.value ?? 0) + 1 });
        }),
      ),
    );
    expect(await store.transaction((tx) => tx.get('counters', 'c'))).toEqual({ value: 30 });
  });

  it('lets exactly one of two concurrent transactions remember the same key', async () => {
    const outcomes = await Promise.allSettled(
      [1, 2].map((i) =>
        store.transaction(async (tx) => {
          await tx.remember('token-1', 'k', { status: 201, body: { i } });
          // Still open while the other one tries the same key.
          await new Promise((resolve) => setTimeout(resolve, 20));
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toBeInstanceOf(StoreConflictError);
  });

  it('creates one record for many concurrent requests with one idempotency key', async () => {
    const context = createModuleContext({ store, principal: () => ({ role: 'reporter', tokenId: 't1' }) });
    const request = new Request('http://localhost/reports', { method: 'POST' });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        context.once(request, 'key-1', async (tx) => {
          const n = await tx.nextSequence('reports');
          await tx.insert('reports', `R${n}`, { n });
          return { status: 201, body: { id: `R${n}` } };
        }),
      ),
    );
    expect(await store.transaction((tx) => tx.count('reports'))).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a.body)))).toEqual(new Set(['{"id":"R1"}']));
  });
});
