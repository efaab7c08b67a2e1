/**
 * Versioned schema migrations, one list for both engines so their versions never drift apart.
 * Each engine records what it applied in `schema_migrations` and applies the rest at start,
 * in order, each in its own transaction. Never edit a released migration: add the next one.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sqlite: string;
  readonly postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, sequences and idempotency keys',
    sqlite: `
      CREATE TABLE records (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        collection TEXT NOT NULL,
        id TEXT NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (collection, id)
      );
      CREATE TABLE sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
      CREATE TABLE idempotency_keys (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (scope, key)
      );`,
    postgres: `
      CREATE TABLE records (
        seq BIGSERIAL PRIMARY KEY,
        collection TEXT NOT NULL,
        id TEXT NOT NULL,
        data JSONB NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        UNIQUE (collection, id)
      );
      CREATE TABLE sequences (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
      CREATE TABLE idempotency_keys (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        status INTEGER NOT NULL,
        body JSONB NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (scope, key)
      );`,
  },
  {
    version: 2,
    name: 'collection listing index',
    sqlite: 'CREATE INDEX records_collection_seq ON records (collection, seq);',
    postgres: 'CREATE INDEX records_collection_seq ON records (collection, seq);',
  },
  {
    // The posyandu module refuses a NIK registered twice (409), but two registrations of one NIK
    // sent at once could both pass its check on PostgreSQL; the index makes the second insert a
    // conflict, and the retried transaction then sees the first and answers 409.
    version: 3,
    name: 'one posyandu person per NIK',
    sqlite: `CREATE UNIQUE INDEX records_posyandu_people_nik ON records (json_extract(data, '$.nik'))
      WHERE collection = 'posyandu.people' AND json_extract(data, '$.nik') IS NOT NULL;`,
    postgres: `CREATE UNIQUE INDEX records_posyandu_people_nik ON records ((data ->> 'nik'))
      WHERE collection = 'posyandu.people' AND (data ->> 'nik') IS NOT NULL;`,
  },
];
