import Database from 'better-sqlite3';
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

/** Options of {@link createSqliteStore}. */
export interface SqliteStoreOptions {
  /** A file path, or `:memory:`. */
  readonly path: string;
}

type Row = { data: string };
type SqlValue = string | number | null;

const jsonPath = (path: string) => `$.${fieldPath(path).join('.')}`;

// SQLite's JSON functions give true/false as 1/0; bind the same.
const bindable = (value: Scalar): SqlValue => (typeof value === 'boolean' ? (value ? 1 : 0) : value);

function whereClause(collection: string, query: Pick<ListQuery, 'where' | 'prefix'>) {
  const sql = ['collection = ?'];
  const values: SqlValue[] = [collection];
  for (const [path, expected] of Object.entries(query.where ?? {})) {
    const field = `json_extract(data, '${jsonPath(path)}')`;
    if (expected === null) sql.push(`${field} IS NULL`);
    else if (Array.isArray(expected)) {
      const list = expected as readonly Scalar[];
      if (list.length === 0) sql.push('0');
      else {
        sql.push(`${field} IN (${list.map(() => '?').join(', ')})`);
        values.push(...list.map(bindable));
      }
    } else {
      sql.push(`${field} = ?`);
      values.push(bindable(expected as Scalar));
    }
  }
  for (const [path, prefix] of Object.entries(query.prefix ?? {})) {
    // substr instead of LIKE: a prefix may contain % or _.
    sql.push(`substr(json_extract(data, '${jsonPath(path)}'), 1, ?) = ?`);
    values.push(prefix.length, prefix);
  }
  return { sql: sql.join(' AND '), values };
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Error && (error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY';

const isUniqueOrPrimary = (error: unknown) =>
  isUniqueViolation(error) ||
  (error instanceof Error && (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE');

/**
 * The embedded engine: one SQLite file (or memory) through better-sqlite3, in WAL mode.
 * better-sqlite3 is synchronous and one connection serves everything, so transactions are run
 * one after another through a queue: an `await` inside one never lets another interleave.
 */
export function createSqliteStore(options: SqliteStoreOptions): Store {
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  migrate(db);

  const now = () => new Date().toISOString();
  const tx: StoreTx = {
    async get<T>(collection: string, id: string) {
      const row = db
        .prepare('SELECT data FROM records WHERE collection = ? AND id = ?')
        .get(collection, id) as Row | undefined;
      return row ? (JSON.parse(row.data) as T) : undefined;
    },
    async insert(collection, id, data) {
      const at = now();
      try {
        db.prepare(
          'INSERT INTO records (collection, id, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
        ).run(collection, id, JSON.stringify(data), at, at);
      } catch (error) {
        if (isUniqueOrPrimary(error)) throw new StoreConflictError(collection, id, { cause: error });
        throw error;
      }
    },
    async update(collection, id, data) {
      const result = db
        .prepare('UPDATE records SET data = ?, updated_at = ? WHERE collection = ? AND id = ?')
        .run(JSON.stringify(data), now(), collection, id);
      if (result.changes === 0) throw new StoreMissingError(collection, id);
    },
    async list<T>(collection: string, query: ListQuery = {}): Promise<ListResult<T>> {
      const where = whereClause(collection, query);
      const total = (
        db.prepare(`SELECT count(*) AS n FROM records WHERE ${where.sql}`).get(...where.values) as {
          n: number;
        }
      ).n;
      const order = query.order === 'desc' ? 'DESC' : 'ASC';
      const rows = db
        .prepare(`SELECT data FROM records WHERE ${where.sql} ORDER BY seq ${order} LIMIT ? OFFSET ?`)
        .all(...where.values, query.limit ?? -1, query.offset ?? 0) as Row[];
      return { items: rows.map((row) => JSON.parse(row.data) as T), total };
    },
    async count(collection, query = {}) {
      const where = whereClause(collection, query);
      return (
        db.prepare(`SELECT count(*) AS n FROM records WHERE ${where.sql}`).get(...where.values) as {
          n: number;
        }
      ).n;
    },
    async nextSequence(name) {
      const row = db
        .prepare(
          'INSERT INTO sequences (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value',
        )
        .get(name) as { value: number };
      return row.value;
    },
    async recall(scope, key) {
      const row = db
        .prepare('SELECT status, body FROM idempotency_keys WHERE scope = ? AND key = ?')
        .get(scope, key) as { status: number; body: string } | undefined;
      return row ? { status: row.status, body: JSON.parse(row.body) as unknown } : undefined;
    },
    async remember(scope, key, result: RememberedResult) {
      try {
        db.prepare(
          'INSERT INTO idempotency_keys (scope, key, status, body, created_at) VALUES (?, ?, ?, ?, ?)',
        ).run(scope, key, result.status, JSON.stringify(result.body ?? null), now());
      } catch (error) {
        if (isUniqueOrPrimary(error))
          throw new StoreConflictError(`idempotency:${scope}`, key, { cause: error });
        throw error;
      }
    },
  };

  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  return {
    engine: 'sqlite',
    transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T> {
      const run = async () => {
        if (closed) throw new Error('The store is closed.');
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await work(tx);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      };
      const next = queue.then(run, run);
      queue = next.catch(() => undefined);
      return next;
    },
    async migrations() {
      return (
        db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]
      ).map((row) => row.version);
    },
    async close() {
      await queue;
      closed = true;
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (row) => row.version,
    ),
  );
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    })();
  }
}
