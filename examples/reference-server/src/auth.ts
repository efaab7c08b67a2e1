import type { Principal, Role } from './module.js';
import type { Store, StoreTx } from './store/types.js';

/** The collection API tokens live in, keyed by the SHA-256 of the token (never the token). */
export const TOKENS = 'tokens';

/** A role a token can carry (`public` is having no token). */
export type TokenRole = Exclude<Role, 'public'>;

/** What is stored for a token. */
export interface TokenRecord {
  /** A short public id for logs, histories and idempotency scopes. */
  readonly tokenId: string;
  readonly role: TokenRole;
  /** The OPD an officer works for. */
  readonly organizationId?: string;
  /** Who holds it: "Petugas Dinas PUPR KSB (CONTOH)". */
  readonly name: string;
  readonly createdAt: string;
}

/** What a new token is for. */
export interface NewToken {
  readonly role: TokenRole;
  readonly organizationId?: string;
  readonly name: string;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The SHA-256 of a token, hex (Web Crypto). Only this reaches the store. */
export async function hashToken(token: string): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))));
}

const TOKEN_PATTERN = /^ogp_[0-9a-f]{64}$/;

/**
 * Mints an API token and stores only its hash. The plain token is returned once, here; it cannot
 * be read back from the store.
 */
export async function createToken(store: Store | StoreTx, token: NewToken): Promise<string> {
  if (token.role === 'officer' && !token.organizationId)
    throw new TypeError('An officer token needs the organizationId of its OPD.');
  const plain = `ogp_${hex(crypto.getRandomValues(new Uint8Array(32)))}`;
  const record: TokenRecord = {
    tokenId: `tok_${hex(crypto.getRandomValues(new Uint8Array(6)))}`,
    role: token.role,
    ...(token.organizationId === undefined ? {} : { organizationId: token.organizationId }),
    name: token.name,
    createdAt: new Date().toISOString(),
  };
  const hash = await hashToken(plain);
  const insert = (tx: StoreTx) => tx.insert(TOKENS, hash, record);
  if ('transaction' in store) await store.transaction(insert);
  else await insert(store);
  return plain;
}

/** The principal a token stands for, or `undefined` when it is malformed or unknown. */
export async function resolveToken(store: Store, token: string): Promise<Principal | undefined> {
  // A malformed token is refused before it costs a hash and a query.
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const hash = await hashToken(token);
  const record = await store.transaction((tx) => tx.get<TokenRecord>(TOKENS, hash));
  if (!record) return undefined;
  return {
    role: record.role,
    tokenId: record.tokenId,
    name: record.name,
    ...(record.organizationId === undefined ? {} : { organizationId: record.organizationId }),
  };
}
