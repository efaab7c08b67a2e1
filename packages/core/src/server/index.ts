/**
 * `@opengov-id/core/server`: serve a contract in production, on any router that speaks the
 * Fetch API (Hono, Deno, Bun, edge workers). No Node-only import and no msw.
 *
 * @packageDocumentation
 */

export { ContractHttpError, ContractViolationError } from '../contract/errors.js';
export type {
  ContractImplementation,
  RouteContext,
  RouteImplementation,
  RouteReply,
} from '../contract/types.js';
export {
  createRouteHandlers,
  type RouteHandler,
  type RouteHandlersOptions,
  type RouteParams,
} from './handlers.js';
