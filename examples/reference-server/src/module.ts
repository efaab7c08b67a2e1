import type { Contract, ContractImplementation } from '@opengov-id/core';
import type { Store, StoreTx } from './store/types.js';

/**
 * Who may call a route. `public` is anyone without a token; every other role needs an API
 * token. An `officer` works for one OPD (organization) and sees only what is assigned to it;
 * a `walidata` curates the data catalogue; an `admin` may do everything.
 */
export type Role = 'public' | 'reporter' | 'officer' | 'walidata' | 'admin';

/** The caller of a request, as the token middleware resolved it. */
export interface Principal {
  readonly role: Role;
  /** The token's id (never the token itself); absent for public callers. */
  readonly tokenId?: string;
  /** The OPD an officer works for, a Popolo organization id. */
  readonly organizationId?: string;
  /** A display name for actors in histories. */
  readonly name?: string;
}

/** What a module's implementation gets from the server. */
export interface ModuleContext {
  readonly store: Store;
  /** The clock (tests and the demo pin it). */
  readonly now: () => Date;
  /** The caller of a request being served. */
  principal(request: Request): Principal;
  /**
   * Runs `work` in one transaction, at most once per idempotency key and caller: a key seen
   * before returns the first answer (as `{ status: 200, body }`) and does nothing else. A
   * transaction that lost a race for a unique key (a concurrent insert of the same record or key)
   * runs again, with or without a key, and then sees the winner's record.
   */
  once<T>(
    request: Request,
    idempotencyKey: string | undefined,
    work: (tx: StoreTx) => Promise<T>,
  ): Promise<T | { status: 200; body: unknown }>;
}

/**
 * One API mounted on the server: a package's contract, who may call each route, and the
 * implementation over the store. The server derives routing, validation, the OpenAPI document
 * and the role check from this; row-level rules (an officer's own assignments, `rahasia`
 * reports) live in the implementation.
 */
export interface ServerModule<C extends Contract = Contract> {
  /** A short name: `care`, `posyandu`, `forum`. */
  readonly name: string;
  /** Where the contract's paths are mounted: `/care/v1`. */
  readonly basePath: string;
  readonly contract: C;
  /** The roles allowed on each route (checked before the implementation runs). */
  readonly access: { readonly [K in keyof C['routes']]: readonly Role[] };
  implement(context: ModuleContext): ContractImplementation<C>;
  /** Adds the module's sample records to a fresh store (clearly marked as sample). */
  seed?(tx: StoreTx, now: Date): Promise<void>;
}

/** Every role, for routes anyone may call. */
export const ANYONE: readonly Role[] = ['public', 'reporter', 'officer', 'walidata', 'admin'];
/** Every caller with a token. */
export const SIGNED_IN: readonly Role[] = ['reporter', 'officer', 'walidata', 'admin'];
/** Staff who act on records. */
export const STAFF: readonly Role[] = ['officer', 'admin'];
