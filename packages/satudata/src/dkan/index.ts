export {
  createDkanClient,
  type DataJsonReadResult,
  type DkanClient,
  type DkanClientOptions,
  type DkanSearchPage,
  type InvalidCatalogEntry,
  readDataJson,
} from './client.js';
export { type PortalProbe, type ProbePortalOptions, type ProbeStep, probePortal } from './probe.js';
export {
  DataJsonCatalogEnvelope,
  type DcatUsPublisher,
  DcatUsPublisherSchema,
  unwrapDkanReferences,
} from './schemas.js';
