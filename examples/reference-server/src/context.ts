import type { ModuleContext, Principal } from './module.js';
import { type Store, StoreConflictError, type StoreTx } from './store/types.js';

const PUBLIC: Principal = { role: 'public' };

/** The principal of each request being served, set by the token middleware. */
const principals = new WeakMap<Request, Principal>();

/** Records who made a request (the token middleware calls this before the route runs). */
export function setPrincipal(request: Request, principal: Principal): void {
  principals.set(request, principal);
}

/** Who made a request: the principal the middleware recorded, or a public caller. */
export function principalOf(request: Request): Principal {
  return principals.get(request) ?? PUBLIC;
}

/** Options of {@link createModuleContext}. */
export interface ModuleContextOptions {
  readonly store: Store;
  readonly now?: () => Date;
  /** How a request's caller is found. @defaultValue {@link principalOf} */
  readonly principal?: (request: Request) => Principal;
}

// A concurrent request with the same key may win the race; running again then finds its answer.
const CONFLICT_RETRIES = 3;

const isStatusReply = (value: unknown): value is { status: number; body: unknown } =>
  typeof value === 'object' && value !== null && 'status' in value && 'body' in value;

/** The context every module's implementation is built with. */
export function createModuleContext(options: ModuleContextOptions): ModuleContext {
  const { store } = options;
  const principal = options.principal ?? principalOf;
  return {
    store,
    now: options.now ?? (() => new Date()),
    principal,
    async once(request, idempotencyKey, work) {
      if (idempotencyKey === undefined) {
        // Without a key, a conflict is a concurrent writer's insert of the same record (a first
        // monthly report, an aspiration id): running again sees it, and answers as for a second call.
        for (let attempt = 0; ; attempt += 1) {
          try {
            return await store.transaction(work);
          } catch (error) {
            if (error instanceof StoreConflictError && attempt < CONFLICT_RETRIES) continue;
            throw error;
          }
        }
      }
      // Keys are per caller: another caller's key never reveals or replays someone else's answer.
      const scope = principal(request).tokenId ?? 'public';
      for (let attempt = 0; ; attempt += 1) {
        try {
          return await store.transaction(async (tx: StoreTx) => {
            const prior = await tx.recall(scope, idempotencyKey);
            if (prior) return { status: 200 as const, body: prior.body };
            const result = await work(tx);
            const reply = isStatusReply(result) ? result : { status: 200, body: result };
            await tx.remember(scope, idempotencyKey, { status: reply.status, body: reply.body });
            return result;
          });
        } catch (error) {
          if (error instanceof StoreConflictError && attempt < CONFLICT_RETRIES) continue;
          throw error;
        }
      }
    },
  };
}
