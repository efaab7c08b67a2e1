export {
  ASPIRATION_KIND_LABELS,
  ASPIRATION_STATUS_LABELS,
  Answer,
  Aspiration,
  AspirationChange,
  AspirationChangeAction,
  DISPOSAL_REASON_LABELS,
  DisposalReason,
  AspirationChannel,
  type AspirationInput,
  AspirationKind,
  AspirationStatus,
  ExternalRef,
  MaskedNik,
  RaisedBy,
} from './schemas.js';
export { toPublicAspiration } from './public.js';
export {
  ASPIRATION_TRANSITIONS,
  type AspirationAction,
  type AspirationChangeContext,
  AspirationReroute,
  AspirationReview,
  InvalidAspirationTransitionError,
  isAspirationConflict,
  mayActOnAspiration,
  rerouteAspiration,
  reviewAspiration,
} from './review.js';
export { findSector, Sector, SectorGroup, SectorTaxonomy, URUSAN_SECTORS } from './sectors.js';
