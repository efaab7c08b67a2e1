export {
  ASPIRATION_KIND_LABELS,
  ASPIRATION_STATUS_LABELS,
  Answer,
  Aspiration,
  AspirationChannel,
  type AspirationInput,
  AspirationKind,
  AspirationStatus,
  ExternalRef,
  MaskedNik,
  RaisedBy,
} from './schemas.js';
export { toPublicAspiration } from './public.js';
export { findSector, Sector, SectorGroup, SectorTaxonomy, URUSAN_SECTORS } from './sectors.js';
