/**
 * `@opengov-id/forum/testing`: msw handlers for the forum contract and an in-memory forum API,
 * for testing apps built on `createForumClient`. Needs `msw` 2 (an optional peer dependency).
 *
 * @packageDocumentation
 */

import type { HttpHandler } from 'msw';
import type { ContractImplementation } from '@opengov-id/core';
import { createMswHandlers, type MswHandlersOptions } from '@opengov-id/core/testing';
import { forumContract } from '../contract/contract.js';

export {
  createForumTestStore,
  type ForumTestSeed,
  type ForumTestStore,
  type ForumTestStoreOptions,
} from './store.js';

/**
 * msw 2 handlers for the forum contract (core's `createMswHandlers`): requests are validated
 * against the contract (a 400 with bilingual issues naming the field), answers are checked
 * against the declared schemas (a wrong mock fails loudly).
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { ksbYasinanSeries } from '@opengov-id/forum';
 * import { createForumMswHandlers, createForumTestStore } from '@opengov-id/forum/testing';
 *
 * const store = createForumTestStore({ series: [ksbYasinanSeries()] });
 * const server = setupServer(...createForumMswHandlers(store.implementation, { baseUrl: 'https://forum.test/api/v1' }));
 * server.listen();
 * ```
 */
export function createForumMswHandlers(
  implementation: ContractImplementation<typeof forumContract>,
  options: MswHandlersOptions,
): HttpHandler[] {
  return createMswHandlers(forumContract, implementation, options);
}
