import type { ModuleContext } from '../module.js';
import type { StoreTx } from '../store/types.js';

/**
 * `context.once` for a creating route: the first call answers 201 with the new record; a replay of
 * its idempotency key answers 200 with the body stored then, which is that same record.
 */
export function onceCreated<B>(
  context: ModuleContext,
  request: Request,
  idempotencyKey: string | undefined,
  work: (tx: StoreTx) => Promise<{ status: 201; body: B }>,
): Promise<{ status: 201; body: B } | { status: 200; body: B }> {
  return context.once(request, idempotencyKey, work) as Promise<
    { status: 201; body: B } | { status: 200; body: B }
  >;
}

/**
 * `context.once` for a changing route (a reschedule, a review): the first call answers 200 with the
 * changed record; a replay of its idempotency key answers 200 with the body stored then.
 */
export function onceChanged<B>(
  context: ModuleContext,
  request: Request,
  idempotencyKey: string | undefined,
  work: (tx: StoreTx) => Promise<{ status: 200; body: B }>,
): Promise<{ status: 200; body: B }> {
  return context.once(request, idempotencyKey, work) as Promise<{ status: 200; body: B }>;
}
