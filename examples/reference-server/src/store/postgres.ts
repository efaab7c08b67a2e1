import pg from 'pg';
import { MIGRATIONS } from './migrations.js';
import {
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

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions {
  /**
   * A connection URL: `postgres://user:password@host:5432/database`. Query parameters reach the
   * driver, e.g. `?options=-c%20search_path%3Dtenant_a` to keep the tables in one schema.
   */
  readonly url: string;
  /** Connections kept open; each transaction holds one while it runs. @defaultValue 10 */
  readonly poolSize?: number;
}

/** Serialization failure and deadlock: PostgreSQL rolled the transaction back; running it again may succeed. */
const RETRYABLE = new Set(['40001', '40P01']);
const UNIQUE_VIOLATION = '23505';
/** How many times a transaction runs at most when PostgreSQL keeps reporting a retryable failure. */
const MAX_ATTEMPTS = 5;
/** Held while migrating, so two servers starting on one database never migrate at once. */
const MIGRATION_LOCK = 7_006_771_039; // any constant of our own; bigint in SQL

const codeOf = (error: unknown) =>
  typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;

/**
 * A driver error without `detail` and `where`, which quote the offending key or JSON text (a
 * NIK, a phone number) and would reach any log that prints the error's properties.
 */
function withoutData(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError)) return error;
  return Object.assign(new Error(`PostgreSQL ${error.code ?? 'error'}: ${error.message}`), {
    code: error.code,
  });
}

// Splicing is safe: fieldPath admits identifiers and dots only.
const textPath = (path: string) => `'{${fieldPath(path).join(',')}}'`;

/**
 * Builds the filter. Equality compares JSON values (`data #> path = $n::jsonb`), so a string
 * never equals a number and `true` is a boolean, as in SQLite's json_extract. A null matches a
 * missing field or a JSON null (`#>>` gives SQL NULL for both); a null inside an array matches
 * nothing, as SQL's `IN` does in SQLite.
 */
function whereClause(collection: string, query: Pick<ListQuery, 'where' | 'prefix'>, params: unknown[]) {
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const sql = [`collection = ${bind(collection)}`];
  for (const [path, expected] of Object.entries(query.where ?? {})) {
    const p = textPath(path);
    if (expected === null) sql.push(`data #>> ${p} IS NULL`);
    else if (Array.isArray(expected)) {
      const list = (expected as readonly Scalar[]).filter((value) => value !== null);
      sql.push(
        list.length === 0
          ? 'FALSE'
          : `data #> ${p} IN (${list.map((value) => `${bind(JSON.stringify(value))}::jsonb`).join(', ')})`,
      );
    } else sql.push(`data #> ${p} = ${bind(JSON.stringify(expected))}::jsonb`);
  }
  for (const [path, prefix] of Object.entries(query.prefix ?? {})) {
    // starts_with instead of LIKE: a prefix may contain % or _.
    sql.push(`starts_with(data #>> ${textPath(path)}, ${bind(prefix)})`);
  }
  return sql.join(' AND ');
}

/** A transaction's operations on its one pooled connection; refuses work once the transaction ended. */
function transactionOn(client: pg.PoolClient, isOpen: () => boolean): StoreTx {
  const query = <R extends pg.QueryResultRow>(sql: string, params: unknown[]) => {
    if (!isOpen()) throw new Error('The transaction has ended; use the store inside `transaction` only.');
    return client.query<R>(sql, params);
  };
  const count = async (collection: string, q: Pick<ListQuery, 'where' | 'prefix'>) => {
    const params: unknown[] = [];
    const where = whereClause(collection, q, params);
    const { rows } = await query<{ n: string }>(`SELECT count(*) AS n FROM records WHERE ${where}`, params);
    return Number(rows[0]?.n ?? 0);
  };
  return {
    async get<T>(collection: string, id: string, options?: { forUpdate?: boolean }) {
      const lock = options?.forUpdate ? ' FOR UPDATE' : '';
      const { rows } = await query<{ data: T }>(
        `SELECT data FROM records WHERE collection = $1 AND id = $2${lock}`,
        [collection, id],
      );
      return rows[0]?.data;
    },
    async insert(collection, id, data) {
      // ON CONFLICT DO NOTHING instead of catching 23505: the transaction stays usable after a
      // conflict, exactly as in SQLite.
      const result = await query(
        `INSERT INTO records (collection, id, data, created_at, updated_at)
         VALUES ($1, $2, $3::jsonb, now(), now()) ON CONFLICT (collection, id) DO NOTHING`,
        [collection, id, JSON.stringify(data ?? null)],
      ).catch((error: unknown) => {
        if (codeOf(error) === UNIQUE_VIOLATION) throw new StoreConflictError(collection, id);
        throw error;
      });
      if (result.rowCount === 0) throw new StoreConflictError(collection, id);
    },
    async update(collection, id, data) {
      const result = await query(
        'UPDATE records SET data = $3::jsonb, updated_at = now() WHERE collection = $1 AND id = $2',
        [collection, id, JSON.stringify(data ?? null)],
      );
      if (result.rowCount === 0) throw new StoreMissingError(collection, id);
    },
    async list<T>(collection: string, q: ListQuery = {}): Promise<ListResult<T>> {
      const params: unknown[] = [];
      const where = whereClause(collection, q, params);
      const order = q.order === 'desc' ? 'DESC' : 'ASC';
      const limit = q.limit === undefined ? 'ALL' : `$${params.push(q.limit)}`;
      const offset = `$${params.push(q.offset ?? 0)}`;
      // The window count is taken before LIMIT: one round trip gives the page and the total.
      const { rows } = await query<{ data: T; total: string }>(
        `SELECT data, count(*) OVER () AS total FROM records WHERE ${where}
         ORDER BY seq ${order} LIMIT ${limit} OFFSET ${offset}`,
        params,
      );
      const first = rows[0];
      const total = first ? Number(first.total) : await count(collection, q);
      return { items: rows.map((row) => row.data), total };
    },
    count: (collection, q = {}) => count(collection, q),
    async nextSequence(name) {
      const { rows } = await query<{ value: string }>(
        `INSERT INTO sequences (name, value) VALUES ($1, 1)
         ON CONFLICT (name) DO UPDATE SET value = sequences.value + 1 RETURNING value`,
        [name],
      );
      return Number(rows[0]?.value);
    },
    async recall(scope, key) {
      const { rows } = await query<{ status: number; body: unknown }>(
        'SELECT status, body FROM idempotency_keys WHERE scope = $1 AND key = $2',
        [scope, key],
      );
      const row = rows[0];
      return row ? { status: row.status, body: row.body } : undefined;
    },
    async remember(scope, key, result: RememberedResult) {
      const inserted = await query(
        `INSERT INTO idempotency_keys (scope, key, status, body, created_at)
         VALUES ($1, $2, $3, $4::jsonb, now()) ON CONFLICT (scope, key) DO NOTHING`,
        [scope, key, result.status, JSON.stringify(result.body ?? null)],
      );
      if (inserted.rowCount === 0) throw new StoreConflictError(`idempotency:${scope}`, key);
    },
  };
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK]);
    try {
      await client.query(
        `CREATE TABLE IF NOT EXISTS schema_migrations (
           version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`,
      );
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      const applied = new Set(rows.map((row) => row.version));
      for (const migration of MIGRATIONS) {
        if (applied.has(migration.version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(migration.postgres);
          await client.query(
            'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())',
            [migration.version, migration.name],
          );
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK]);
    }
  } catch (error) {
    broken = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    // A connection that failed mid-way is discarded rather than handed to the next caller.
    client.release(broken);
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The engine for deployments that outgrow one machine: PostgreSQL through a pool of `pg`
 * connections, records as JSONB. Each transaction runs on one pooled connection at READ
 * COMMITTED; read-modify-write goes through `get(..., { forUpdate: true })`, which locks the
 * row. A serialization failure or deadlock runs the whole transaction again (at most
 * {@link MAX_ATTEMPTS} times), so `work` must do nothing outside `tx` that cannot be repeated.
 * Migrations run at start under an advisory lock.
 *
 * @example
 * ```ts
 * const store = await createPostgresStore({ url: process.env.DATABASE_URL ?? '' });
 * await store.transaction((tx) => tx.insert('reports', 'R1', { status: 'baru' }));
 * await store.close();
 * ```
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
  // An idle connection dropped by the server is removed by the pool; without a listener the
  // 'error' event would end the process.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw withoutData(error);
  }

  let closed = false;
  return {
    engine: 'postgres',
    async transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt += 1) {
        if (closed) throw new Error('The store is closed.');
        const client = await pool.connect();
        let open = true;
        let broken: Error | undefined;
        try {
          await client.query('BEGIN');
          const result = await work(transactionOn(client, () => open));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          try {
            await client.query('ROLLBACK');
          } catch (rollbackError) {
            broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
          }
          if (!RETRYABLE.has(codeOf(error) as string) || attempt >= MAX_ATTEMPTS) throw withoutData(error);
        } finally {
          open = false;
          client.release(broken);
        }
        // Jittered backoff so the transactions that collided do not collide again.
        await pause(Math.random() * 10 * attempt);
      }
    },
    async migrations() {
      const { rows } = await pool.query<{ version: number }>(
        'SELECT version FROM schema_migrations ORDER BY version',
      );
      return rows.map((row) => row.version);
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
