import { createPostgresStore } from './postgres.js';
import { createSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export { type Migration, MIGRATIONS } from './migrations.js';
export { createPostgresStore, type PostgresStoreOptions } from './postgres.js';
export { createSqliteStore, type SqliteStoreOptions } from './sqlite.js';
export {
  FIELD_PATH,
  fieldPath,
  type ListQuery,
  type ListResult,
  type RememberedResult,
  type Scalar,
  type Store,
  StoreConflictError,
  StoreMissingError,
  type StoreTx,
} from './types.js';

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/**
 * Opens the engine a database setting names: a `postgres://` or `postgresql://` URL is
 * PostgreSQL, anything else a SQLite file path (`:memory:` for a throwaway store).
 *
 * @example
 * ```ts
 * const store = await createStore(process.env.DATABASE_URL ?? 'data/server.sqlite');
 * ```
 */
export async function createStore(database: string): Promise<Store> {
  if (POSTGRES_URL.test(database)) return createPostgresStore({ url: database });
  return createSqliteStore({ path: database });
}
