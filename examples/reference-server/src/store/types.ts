/**
 * The one storage interface of the reference server. Records are JSON documents in named
 * collections (reports, children, sessions, ...), so the domain models stay the packages' zod
 * models and both engines (SQLite and PostgreSQL) need only a handful of tables. Everything a
 * request does happens inside one `transaction`, which commits whole or not at all.
 */

/** A value a `where` filter compares a JSON field with. */
export type Scalar = string | number | boolean | null;

/**
 * Which records of a collection to list. Field names are dotted paths into the JSON document
 * (`status`, `location.regionCode`); they must match {@link FIELD_PATH} (they are spliced into
 * SQL as JSON paths, values are always bound parameters).
 */
export interface ListQuery {
  /** Field equals the value, or is one of the values of an array (`IN`). `null` matches a missing field. */
  readonly where?: Readonly<Record<string, Scalar | readonly Scalar[]>>;
  /** Field (a string) starts with the prefix: `{ 'location.regionCode': '52.07' }`. */
  readonly prefix?: Readonly<Record<string, string>>;
  /** By insertion order. @defaultValue 'asc' */
  readonly order?: 'asc' | 'desc';
  readonly offset?: number;
  /** @defaultValue no limit */
  readonly limit?: number;
}

/** One page of a collection and the number of records matching the query. */
export interface ListResult<T> {
  readonly items: T[];
  readonly total: number;
}

/** The answer first given for an idempotency key, replayed when the key comes again. */
export interface RememberedResult {
  readonly status: number;
  readonly body: unknown;
}

/** What a transaction can do. Collections and ids are plain strings; data is any JSON value. */
export interface StoreTx {
  /** The record, or undefined. `forUpdate` locks the row until the transaction ends (PostgreSQL). */
  get<T>(collection: string, id: string, options?: { forUpdate?: boolean }): Promise<T | undefined>;
  /** Adds a record; a second record with the same collection and id throws {@link StoreConflictError}. */
  insert(collection: string, id: string, data: unknown): Promise<void>;
  /** Replaces a record's data; throws {@link StoreMissingError} when there is none. */
  update(collection: string, id: string, data: unknown): Promise<void>;
  list<T>(collection: string, query?: ListQuery): Promise<ListResult<T>>;
  count(collection: string, query?: Pick<ListQuery, 'where' | 'prefix'>): Promise<number>;
  /** The next number of a named sequence, starting at 1 (report numbers). */
  nextSequence(name: string): Promise<number>;
  /** The result remembered for an idempotency key in a scope (a token, a route), if any. */
  recall(scope: string, key: string): Promise<RememberedResult | undefined>;
  /** Remembers a result; a key already remembered throws {@link StoreConflictError}. */
  remember(scope: string, key: string, result: RememberedResult): Promise<void>;
}

/** A storage engine. */
export interface Store {
  readonly engine: 'sqlite' | 'postgres';
  /**
   * Runs `work` in one transaction. A {@link StoreConflictError} from a concurrent writer (the
   * same idempotency key twice at once) rolls it back; the caller may run it again.
   */
  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;
  /** The migrations applied, in order (version numbers). */
  migrations(): Promise<number[]>;
  close(): Promise<void>;
}

/** A dotted path of identifiers: `status`, `location.regionCode`. */
export const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Splits a field path after checking it, so no caller string reaches SQL unchecked. */
export function fieldPath(path: string): string[] {
  if (!FIELD_PATH.test(path)) throw new TypeError(`Not a field path: ${JSON.stringify(path)}`);
  return path.split('.');
}

/** Two writers claimed the same unique key (a record id, an idempotency key). */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';
  constructor(
    readonly collection: string,
    readonly id: string,
    options?: { cause?: unknown },
  ) {
    super(`${collection}/${id} already exists`, options);
  }
}

/** An update of a record that does not exist. */
export class StoreMissingError extends Error {
  override readonly name = 'StoreMissingError';
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`${collection}/${id} does not exist`);
  }
}
