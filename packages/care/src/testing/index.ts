/**
 * `@opengov-id/care/testing`: an in-memory care server behind msw handlers derived from the
 * care contract, with optional fault injection (5xx, dropped connections, timeouts) for
 * testing apps built on `createCareClient`. Needs `msw` 2 (an optional peer dependency).
 *
 * @packageDocumentation
 */

export {
  type CareFault,
  type CareFaultOptions,
  type CareMswOptions,
  type CareStore,
  type CareStoreOptions,
  createCareMswHandlers,
  createInMemoryCareStore,
} from './store.js';
