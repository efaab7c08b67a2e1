// What only the PostgreSQL engine has to get right: several processes, several connections.
import { describe, expect, it } from 'vitest';
import { createStore } from '../src/store/index.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { createPostgresStore } from '../src/store/postgres.js';
import type { Store, StoreTx } from '../src/store/types.js';
import { createTestPostgresStore, createTestSchema } from './engines.js';

async function using<T>(store: Store, run: (store: Store) => Promise<T>): Promise<T> {
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

describe('postgres engine', () => {
  it('migrates once when several servers start on one empty database at the same moment', async () => {
    const schema = await createTestSchema();
    try {
      const stores = await Promise.all(
        Array.from({ length: 4 }, () => createPostgresStore({ url: schema.url, poolSize: 2 })),
      );
      for (const store of stores) {
        expect(await store.migrations()).toEqual(MIGRATIONS.map((m) => m.version));
        await store.close();
      }
      // A restart applies nothing new.
      await using(await createPostgresStore({ url: schema.url }), async (store) => {
        expect(await store.migrations()).toEqual(MIGRATIONS.map((m) => m.version));
      });
    } finally {
      await schema.drop();
    }
  });

  it('runs a transaction again when PostgreSQL breaks a deadlock by aborting it', async () => {
    await using(await createTestPostgresStore(), async (store) => {
      await store.transaction(async (tx) => {
        await tx.insert('counters', 'a', { value: 0 });
        await tx.insert('counters', 'b', { value: 0 });
      });
      // Both hold their first row before either asks for the second: a real deadlock, which
      // PostgreSQL detects (deadlock_timeout, 1 s) and resolves by aborting one of them (40P01).
      let holding = 0;
      let release: () => void = () => undefined;
      const bothHolding = new Promise<void>((resolve) => {
        release = resolve;
      });
      let runs = 0;
      const bump = (first: string, second: string) => (tx: StoreTx) =>
        (async () => {
          runs += 1;
          const one = await tx.get<{ value: number }>('counters', first, { forUpdate: true });
          holding += 1;
          if (holding === 2) release();
          await bothHolding;
          const two = await tx.get<{ value: number }>('counters', second, { forUpdate: true });
          await tx.update('counters', first, { value: (one?.value ?? 0) + 1 });
          await tx.update('counters', second, { value: (two?.value ?? 0) + 1 });
        })();
      await Promise.all([store.transaction(bump('a', 'b')), store.transaction(bump('b', 'a'))]);
      expect(runs).toBe(3);
      const values = await store.transaction(async (tx) => [
        await tx.get('counters', 'a'),
        await tx.get('counters', 'b'),
      ]);
      expect(values).toEqual([{ value: 2 }, { value: 2 }]);
    });
  });

  it('gives up after a bounded number of attempts, and never retries other errors', async () => {
    await using(await createTestPostgresStore(), async (store) => {
      let runs = 0;
      const serialization = Object.assign(new Error('could not serialize access'), { code: '40001' });
      await expect(
        store.transaction(async () => {
          runs += 1;
          throw serialization;
        }),
      ).rejects.toBe(serialization);
      expect(runs).toBeGreaterThan(1);
      expect(runs).toBeLessThanOrEqual(10);

      runs = 0;
      await expect(
        store.transaction(async () => {
          runs += 1;
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(runs).toBe(1);
    });
  });

  it('hands every connection back, whatever the transaction did', async () => {
    // One connection only: a transaction that kept it would make the next one wait forever.
    await using(await createTestPostgresStore({ poolSize: 1 }), async (store) => {
      for (let i = 0; i < 5; i += 1) {
        await expect(
          store.transaction(async (tx) => {
            await tx.insert('reports', `R${i}`, { i });
            throw new Error('work failed');
          }),
        ).rejects.toThrow('work failed');
        // A statement PostgreSQL refuses aborts the transaction on the server side.
        await expect(
          store.transaction((tx) => tx.insert('reports', 'bad', { text: 'a\u0000b' })),
        ).rejects.toThrow();
      }
      await store.transaction((tx) => tx.insert('reports', 'ok', { i: -1 }));
      expect(await store.transaction((tx) => tx.count('reports'))).toBe(1);
    });
  });

  it('keeps stored data out of the errors it throws', async () => {
    await using(await createTestPostgresStore(), async (store) => {
      // PostgreSQL's JSONB refuses U+0000, and its error quotes the JSON text it was given.
      const error = await store
        .transaction((tx) => tx.insert('reports', 'R1', { nik: '5207024507050001', text: 'a\u0000b' }))
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(Error);
      const seen = [String(error), JSON.stringify(error), JSON.stringify(Object.entries(error as object))];
      for (const text of seen) expect(text).not.toContain('5207024507050001');
      expect((error as { code?: string }).code).toBe('22P05');
    });
  });

  it('refuses a transaction handle used after its transaction ended', async () => {
    await using(await createTestPostgresStore(), async (store) => {
      let leaked: StoreTx | undefined;
      await store.transaction(async (tx) => {
        leaked = tx;
      });
      await expect(leaked?.get('reports', 'R1')).rejects.toThrow(/ended/);
    });
  });

  it('refuses work after close, and closes twice without harm', async () => {
    const store = await createTestPostgresStore();
    await store.close();
    await expect(store.transaction((tx) => tx.count('reports'))).rejects.toThrow(/closed/);
    await store.close();
  });

  it('fails to start with the driver error when the database cannot be reached', async () => {
    // Port 1 on loopback: privileged and unused, so the connection is refused at once.
    await expect(createPostgresStore({ url: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toThrow(
      /ECONNREFUSED/,
    );
  });
});

describe('createStore', () => {
  it('opens PostgreSQL for a postgres:// or postgresql:// URL and SQLite for anything else', async () => {
    await using(await createStore(':memory:'), async (store) => {
      expect(store.engine).toBe('sqlite');
    });
    for (const scheme of ['postgres:', 'postgresql:']) {
      await using(
        await createTestPostgresStore({
          open: (url) => createStore(url.replace(/^postgres(ql)?:/, scheme)),
        }),
        async (store) => {
          expect(store.engine).toBe('postgres');
          await store.transaction((tx) => tx.insert('reports', 'R1', { n: 1 }));
          expect(await store.transaction((tx) => tx.count('reports'))).toBe(1);
        },
      );
    }
  });
});
