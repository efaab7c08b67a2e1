/**
 * `@opengov-id/satudata`: Satu Data Indonesia catalogues, metadata, quality and federation.
 *
 * @packageDocumentation
 */

export {} from './clients.js';
