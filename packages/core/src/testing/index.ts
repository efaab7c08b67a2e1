/**
 * `@opengov-id/core/testing`: msw handlers derived from contracts, and error handlers, for
 * testing SDK clients and the apps built on them. Needs `msw` 2 (an optional peer dependency).
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
  createMswHandlers,
  type ErrorHandlerInit,
  type ErrorHandlerMethod,
  errorHandler,
  type MswHandlersOptions,
} from './msw.js';
