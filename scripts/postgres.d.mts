/** How to install PostgreSQL or point the tests at one. */
export declare const INSTALL_HINT: string;
/** PostgreSQL cannot be started here; the message says why and how to fix it. */
export declare class PostgresUnavailableError extends Error {}
/** The directory holding initdb, pg_ctl and postgres, or undefined when none is installed. */
export declare function findPostgresBin(): string | undefined;
/** A throwaway cluster: its URL, and `stop()` (synchronous, idempotent) that removes it. */
export declare function startPostgres(options?: {
  quiet?: boolean;
}): Promise<{ url: string; stop: () => void }>;
