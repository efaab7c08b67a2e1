export {
  aspirationToSpeeches,
  eventToSession,
  type ForumPopoloData,
  type ForumPopoloDocument,
  type ForumPopoloImport,
  fromForumPopolo,
  type PopoloImportWarning,
  sessionToEvent,
  type ToForumPopoloOptions,
  toForumPopolo,
} from './convert.js';
export {
  EventIdentifier,
  OcdAgendaItem,
  OcdAttachment,
  OcdLink,
  OcdParticipant,
  PopoloEvent,
  PopoloEventDate,
  PopoloSpeech,
} from './schemas.js';
