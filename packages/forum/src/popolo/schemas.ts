import * as z from 'zod';
import { LocalDate } from '@opengov-id/core';
import { SourceLink } from '../shared/schemas.js';

const EVENT_DATE_RE =
  /^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$/;

/**
 * A Popolo event date: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a date-time with `Z` or an offset
 * (the pattern of Popolo's `event.json` schema).
 *
 * @example
 * ```ts
 * PopoloEventDate.parse('2026-01-08T19:00:00+08:00');
 * PopoloEventDate.parse('2011-06-02');
 * ```
 */
export const PopoloEventDate = z.string().regex(EVENT_DATE_RE);

/**
 * An issued identifier of an event; Popolo's own example gives none a scheme, so it is optional.
 *
 * @example
 * ```ts
 * EventIdentifier.parse({ identifier: '1' });
 * ```
 */
export const EventIdentifier = z.object({
  /** The identifier. */
  identifier: z.string().min(1),
  /** The scheme. */
  scheme: z.string().min(1).optional(),
});

/**
 * A link of an Open Civic Data document or media item: a URL and its media type.
 *
 * @example
 * ```ts
 * OcdLink.parse({ url: 'https://example.go.id/n.pdf', mediaType: 'application/pdf' });
 * ```
 */
export const OcdLink = z.object({
  /** URL. */
  url: z.url(),
  /** Media type (OCD `media_type`). */
  mediaType: z.string().optional(),
});

/**
 * An Open Civic Data event document or media item (`documents[]`, `media[]`).
 *
 * @example
 * ```ts
 * OcdAttachment.parse({ note: 'Notulen', links: [{ url: 'https://example.go.id/n.pdf' }] });
 * ```
 */
export const OcdAttachment = z.object({
  /** What it is. */
  note: z.string(),
  /** Its date. */
  date: LocalDate.optional(),
  /** Files. */
  links: z.array(OcdLink),
});

/**
 * An Open Civic Data event participant.
 *
 * @example
 * ```ts
 * OcdParticipant.parse({ name: 'Bupati Sumbawa Barat', entityType: 'person', note: 'bupati' });
 * ```
 */
export const OcdParticipant = z.object({
  /** Name. */
  name: z.string().min(1),
  /** `person` or `organization`. */
  entityType: z.enum({ person: 'person', organization: 'organization' }),
  /** Id of the person or organization. */
  entityId: z.string().min(1).optional(),
  /** Role or note. */
  note: z.string().optional(),
});

/**
 * An Open Civic Data event agenda item.
 *
 * @example
 * ```ts
 * OcdAgendaItem.parse({ description: 'Dialog', order: '3', classification: ['dialogue'] });
 * ```
 */
export const OcdAgendaItem = z.object({
  /** What the item is. */
  description: z.string(),
  /** Its order (a string in OCD). */
  order: z.string().optional(),
  /** Classifications. */
  classification: z.array(z.string()).optional(),
  /** Subjects. */
  subjects: z.array(z.string()).optional(),
  /** Notes. */
  notes: z.array(z.string()).optional(),
  /** People and organizations involved. */
  relatedEntities: z
    .array(
      z.object({
        entityType: z.string(),
        name: z.string(),
        entityId: z.string().optional(),
        note: z.string().optional(),
      }),
    )
    .optional(),
  /** Anything else, as OCD `extras`. */
  extras: z.record(z.string(), z.unknown()).optional(),
});

/**
 * A Popolo `event`, in camelCase, with the Open Civic Data event fields Popolo lacks
 * (`allDay`, `agenda`, `participants`, `documents`, `media`, `extras`). Every field is optional
 * except `id`, as in both specifications; a `location` is Popolo's string.
 *
 * @example
 * ```ts
 * PopoloEvent.parse({ id: 'parliament-41-session-1', name: '1st Session', startDate: '2011-06-02', identifiers: [{ identifier: '1' }] });
 * ```
 */
export const PopoloEvent = z.object({
  /** Unique id. */
  id: z.string().min(1),
  /** Name. */
  name: z.string().optional(),
  /** Description. */
  description: z.string().optional(),
  /** Start. */
  startDate: PopoloEventDate.optional(),
  /** End. */
  endDate: PopoloEventDate.optional(),
  /** Location, as text. */
  location: z.string().optional(),
  /** Status (Popolo: cancelled, confirmed, tentative, postponed, rescheduled; OCD adds passed). */
  status: z.string().optional(),
  /** Identifiers. */
  identifiers: z.array(EventIdentifier).optional(),
  /** Category. */
  classification: z.string().optional(),
  /** Organizing organization. */
  organizationId: z.string().optional(),
  /** People attending (ids, optionally names). */
  attendees: z.array(z.object({ id: z.string().min(1), name: z.string().optional() })).optional(),
  /** Id of the event this one is part of. */
  parentId: z.string().optional(),
  /** When created. */
  createdAt: z.string().optional(),
  /** When last changed. */
  updatedAt: z.string().optional(),
  /** Sources. */
  sources: z.array(SourceLink).optional(),
  /** OCD: lasts the whole day. */
  allDay: z.boolean().optional(),
  /** OCD: agenda. */
  agenda: z.array(OcdAgendaItem).optional(),
  /** OCD: participants. */
  participants: z.array(OcdParticipant).optional(),
  /** OCD: documents. */
  documents: z.array(OcdAttachment).optional(),
  /** OCD: media. */
  media: z.array(OcdAttachment).optional(),
  /** OCD: anything else. */
  extras: z.record(z.string(), z.unknown()).optional(),
});
/** A Popolo/OCD event; see {@link PopoloEvent}. */
export type PopoloEvent = z.output<typeof PopoloEvent>;

/**
 * A Popolo `speech`, in camelCase: a question, an answer or another part of a transcript, plus
 * an `extras` object (as OCD records have) for what Popolo has no field for.
 *
 * @example
 * ```ts
 * PopoloSpeech.parse({ creatorId: 'noel-kinsella', type: 'speech', text: 'On Tuesday, ...', date: '2014-03-25T17:00:00Z', position: 42 });
 * ```
 */
export const PopoloSpeech = z.object({
  /** Unique id. */
  id: z.string().optional(),
  /** Person speaking. */
  creatorId: z.string().optional(),
  /** Speaker's role while speaking. */
  role: z.string().optional(),
  /** Text identifying the speaker. */
  attributionText: z.string().optional(),
  /** Person spoken to. */
  audienceId: z.string().optional(),
  /** Transcript. */
  text: z.string().optional(),
  /** Audio recording. */
  audio: z.url().optional(),
  /** Video recording. */
  video: z.url().optional(),
  /** When spoken. */
  date: z.iso.datetime({ offset: true }).optional(),
  /** Title. */
  title: z.string().optional(),
  /** `speech`, `question`, `answer`, `scene`, `narrative`, `summary`, `other`. */
  type: z.string().optional(),
  /** Position in the transcript. */
  position: z.int().optional(),
  /** Event it was spoken at. */
  eventId: z.string().optional(),
  /** When created. */
  createdAt: z.string().optional(),
  /** When last changed. */
  updatedAt: z.string().optional(),
  /** Sources. */
  sources: z.array(SourceLink).optional(),
  /** Anything else. */
  extras: z.record(z.string(), z.unknown()).optional(),
});
/** A Popolo speech; see {@link PopoloSpeech}. */
export type PopoloSpeech = z.output<typeof PopoloSpeech>;
