import pg from 'pg';
import { inject } from 'vitest';
import { createPostgresStore } from '../src/store/postgres.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/types.js';

/** An engine the shared suites run against: a fresh, empty store per call. */
export interface EngineUnderTest {
  readonly name: 'sqlite' | 'postgres';
  create(): Promise<Store>;
}

/** The PostgreSQL the globalSetup (test/postgres.setup.ts) provided; throws its reason when there is none. */
export function postgresUrl(): string {
  const provided = inject('postgres');
  if (provided && 'url' in provided) return provided.url;
  throw new Error(
    provided?.unavailable ??
      'No PostgreSQL for the tests: DATABASE_URL is not set and test/postgres.setup.ts did not run. Install PostgreSQL (Debian/Ubuntu: apt-get install postgresql) or set DATABASE_URL.',
  );
}

let schemas = 0;

async function onAdmin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh empty schema, and a URL whose connections use it (search_path); `drop()` removes it. */
export async function createTestSchema(): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = postgresUrl();
  schemas += 1;
  const schema = `test_${process.pid}_${schemas}_${Math.random().toString(36).slice(2, 8)}`;
  await onAdmin(url, `CREATE SCHEMA ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return { url: scoped.href, drop: () => onAdmin(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`) };
}

/**
 * A fresh PostgreSQL store in its own schema, so suites running in parallel never see each
 * other's records; the schema is dropped at close. `open` opens the store another way
 * (`createStore`, several at once).
 */
export async function createTestPostgresStore(
  options: { poolSize?: number; open?: (url: string) => Promise<Store> } = {},
): Promise<Store> {
  const schema = await createTestSchema();
  let store: Store;
  try {
    store = options.open
      ? await options.open(schema.url)
      : await createPostgresStore({ url: schema.url, poolSize: options.poolSize ?? 4 });
  } catch (error) {
    await schema.drop();
    throw error;
  }
  return {
    engine: store.engine,
    transaction: (work) => store.transaction(work),
    migrations: () => store.migrations(),
    async close() {
      await store.close();
      await schema.drop();
    },
  };
}

/** The engines every storage and end-to-end suite runs against. */
export const engines: EngineUnderTest[] = [
  { name: 'sqlite', create: async () => createSqliteStore({ path: ':memory:' }) },
  { name: 'postgres', create: () => createTestPostgresStore() },
];
