/**
 * `@opengov-id/satudata/testing`: msw handlers that emulate a CKAN portal over a seeded
 * catalogue, a `data.json` / DKAN 2 endpoint, so apps can be tested without
 * a live portal. Needs `msw` 2 (an optional peer dependency).
 *
 * @packageDocumentation
 */

export {
  naiveUtc,
  type SeedCatalogueOptions,
  type SeededCatalogue,
  type SeededDatastoreTable,
  type SeededOrganization,
  type SeededPackage,
  type SeededResource,
  seedCatalogue,
  seededRandom,
} from './catalogue.js';
export { type CkanPortalOptions, ckanPortalHandlers } from './ckan.js';
export { type DataJsonPortalOptions, dataJsonHandlers, toDataJsonDataset } from './datajson.js';
