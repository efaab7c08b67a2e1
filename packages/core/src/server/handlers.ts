import type { ContractViolationError } from '../contract/errors.js';
import { implementedRoutes, serveRoute } from '../contract/serve.js';
import type { Contract, ContractImplementation, ContractMethod } from '../contract/types.js';

/**
 * Options of {@link createRouteHandlers}.
 *
 * @example
 * ```ts
 * const options: RouteHandlersOptions = { onViolation: (error) => console.error(redact(error.toJSON())) };
 * ```
 */
export interface RouteHandlersOptions {
  /**
   * Called with every answer of the implementation that breaks the contract (a wrong shape, an
   * undeclared status), before it is answered as a 500. Log it: it is a bug in the server.
   */
  onViolation?: (error: ContractViolationError) => void;
}

/**
 * The path parameters a router matched, by name, as strings (repeated ones as arrays).
 *
 * @example
 * ```ts
 * const params: RouteParams = { id: 'NTB-2026-000001' };
 * ```
 */
export type RouteParams = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * One implemented route of a contract, ready to mount on any router that speaks the Fetch API
 * (Hono, itty-router, Deno.serve, Bun.serve, a Cloudflare Worker, a Next.js route handler).
 *
 * @example
 * ```ts
 * import { Hono } from 'hono';
 * import { careContract } from '@opengov-id/care';
 *
 * declare const implementation: ContractImplementation<typeof careContract>; // your routes
 * const app = new Hono();
 * for (const route of createRouteHandlers(careContract, implementation)) {
 *   app.on(route.method, `/care/v1${route.path}`, (c) => route.handle(c.req.raw, c.req.param()));
 * }
 * ```
 */
export interface RouteHandler {
  /** The route's key in the contract (the client method name, OpenAPI `operationId`). */
  readonly operationId: string;
  readonly method: ContractMethod;
  /** The contract's express-style path, relative to where the API is mounted: `/reports/:id`. */
  readonly path: string;
  /**
   * Answers one request whose path matched {@link RouteHandler.path}: validates params, query,
   * headers and body (400 with a bilingual `ValidationError` body naming the field), calls the
   * implementation, checks its answer against the route's schemas, and gives a Fetch `Response`.
   * Errors the implementation throws other than `ContractHttpError` and `ValidationError`
   * propagate (the router's error handler answers them).
   */
  handle(request: Request, params: RouteParams): Promise<Response>;
}

/**
 * Serves a contract in production: one framework-agnostic handler per implemented route,
 * with the same request validation, `Idempotency-Key` pass-through and response checks as the
 * msw handlers of `@opengov-id/core/testing`, so a server and its tests speak exactly the
 * contract the typed client and the OpenAPI document come from.
 *
 * The implementation returns a success body, or `{ status, body }` for a specific declared
 * status, or throws a `ContractHttpError` for a declared error status. Routes left out of the
 * implementation get no handler (the router answers them 404).
 *
 * @throws {@link @opengov-id/core!index.ContractDefinitionError} when the implementation names
 * a route the contract lacks or gives something other than a function.
 * @example
 * ```ts
 * import { Hono } from 'hono';
 * import { ContractHttpError } from '@opengov-id/core';
 * import { createRouteHandlers } from '@opengov-id/core/server';
 * import { careContract, type Report } from '@opengov-id/care';
 *
 * const store = new Map<string, Report>(); // your database
 * const app = new Hono();
 * const routes = createRouteHandlers(careContract, {
 *   getReport: async ({ params }) =>
 *     store.get(params.id) ??
 *     Promise.reject(new ContractHttpError(404, { code: 'not_found', message: { id: 'Tidak ada.', en: 'Not found.' } })),
 * });
 * for (const route of routes) {
 *   app.on(route.method, `/care/v1${route.path}`, (c) => route.handle(c.req.raw, c.req.param()));
 * }
 * ```
 */
export function createRouteHandlers<C extends Contract>(
  contract: C,
  implementation: ContractImplementation<C>,
  options: RouteHandlersOptions = {},
): RouteHandler[] {
  return implementedRoutes(contract, implementation).map(({ compiled, implement }) => ({
    operationId: compiled.operationId,
    method: compiled.route.method,
    path: compiled.route.path,
    handle: (request: Request, params: RouteParams) =>
      serveRoute(compiled, implement, request, params, options),
  }));
}
