// Benchmarks of the reference server's storage engines, run by `npm run bench -- reference-server`
// (see bench/index.ts). PostgreSQL is DATABASE_URL, or a throwaway cluster started for the run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { BenchGroup } from '../../../bench/harness.js';
import { startPostgres } from '../../../scripts/postgres.mjs';
import { createPostgresStore } from '../src/store/postgres.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/types.js';

const WRITERS = 4;

const dir = mkdtempSync(join(tmpdir(), 'ogp-bench-'));
const sqlite = createSqliteStore({ path: join(dir, 'bench.sqlite') });

const given = process.env['DATABASE_URL'];
const throwaway = given ? undefined : await startPostgres();
const adminUrl = given ?? (throwaway as { url: string }).url;
const schema = `bench_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE SCHEMA ${schema}`);
const scoped = new URL(adminUrl);
scoped.searchParams.set('options', `-c search_path=${schema}`);
const postgres = await createPostgresStore({ url: scoped.href, poolSize: WRITERS });

const report = (i: number) => ({
  id: `R${i}`,
  status: 'baru',
  public: i % 3 !== 0,
  title: `Contoh laporan ${i} (sample)`,
  location: { regionCode: `52.07.0${i % 8}.2001` },
});

// The same 2 000 records in both, for reads.
for (const store of [sqlite, postgres]) {
  await store.transaction(async (tx) => {
    for (let i = 0; i < 2000; i += 1) await tx.insert('seeded', `R${i}`, report(i));
  });
}

let n = 0;
/** One op: WRITERS concurrent transactions, each inserting one record. */
const writers = (store: Store) => () =>
  Promise.all(
    Array.from({ length: WRITERS }, () => {
      n += 1;
      const i = n;
      return store.transaction((tx) => tx.insert('reports', `R${i}`, report(i)));
    }),
  );
let r = 0;
const readOne = (store: Store) => () => store.transaction((tx) => tx.get('seeded', `R${r++ % 2000}`));
const listPage = (store: Store) => () =>
  store.transaction((tx) =>
    tx.list('seeded', {
      where: { status: 'baru', public: true },
      prefix: { 'location.regionCode': '52.07.03' },
      limit: 20,
    }),
  );

const note = given
  ? 'SQLite file in WAL mode, synchronous=NORMAL; PostgreSQL at DATABASE_URL with its own settings'
  : 'SQLite file in WAL mode, synchronous=NORMAL; throwaway PostgreSQL on loopback with synchronous_commit=off, fsync=off';

export const groups: BenchGroup[] = [
  {
    name: `single-record insert transactions, ${WRITERS} concurrent writers (one op = ${WRITERS} transactions; inserts/s = ${WRITERS} 000 / ms per op)`,
    baselineNote: note,
    baseline: { name: 'sqlite engine', fn: writers(sqlite) },
    cases: [{ name: 'postgres engine', fn: writers(postgres) }],
  },
  {
    name: 'get by id in its own transaction (2 000 records)',
    baselineNote: note,
    baseline: { name: 'sqlite engine', fn: readOne(sqlite) },
    cases: [{ name: 'postgres engine', fn: readOne(postgres) }],
  },
  {
    name: 'list: two JSON equalities and a prefix, page of 20 with total (2 000 records, no JSON index)',
    baselineNote: note,
    baseline: { name: 'sqlite engine', fn: listPage(sqlite) },
    cases: [{ name: 'postgres engine', fn: listPage(postgres) }],
  },
];

/** Closes both stores and removes what the run created (bench/index.ts calls it after the groups). */
export async function teardown(): Promise<void> {
  await sqlite.close();
  await postgres.close();
  await admin.query(`DROP SCHEMA ${schema} CASCADE`);
  await admin.end();
  throwaway?.stop();
  rmSync(dir, { recursive: true, force: true });
}
