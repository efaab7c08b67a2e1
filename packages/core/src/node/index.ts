/**
 * `@opengov-id/core/node`: what only Node can do. A separate entry point, so browser and edge
 * bundles never see a `node:` import.
 *
 * @packageDocumentation
 */

export { createFileStorage } from './file-storage.js';
