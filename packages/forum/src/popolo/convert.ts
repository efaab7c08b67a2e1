import {
  fromPopolo,
  type Membership,
  type Organization,
  OrganizationClassification,
  type Person,
  type Post,
  parseWith,
  toPopolo,
  ValidationError,
} from '@opengov-id/core';
import { Aspiration, type AspirationInput } from '../aspiration/schemas.js';
import { type Actor, ForumSession, type ForumSessionInput } from '../session/schemas.js';
import { PopoloEvent, PopoloSpeech } from './schemas.js';

/** Records to export with {@link toForumPopolo}. */
export interface ForumPopoloData {
  /** Sessions, exported as events. */
  readonly sessions?: readonly ForumSessionInput[];
  /** Aspirations, exported as question speeches, with their answers as answer speeches. */
  readonly aspirations?: readonly AspirationInput[];
  /** People (officials), through core's Popolo mapping. */
  readonly persons?: readonly Person[];
  /** Organizations. */
  readonly organizations?: readonly Organization[];
  /** Posts. */
  readonly posts?: readonly Post[];
  /** Memberships. */
  readonly memberships?: readonly Membership[];
}

/** Options for {@link toForumPopolo}. */
export interface ToForumPopoloOptions {
  /** Popolo `organization_id` of every event (the organizer, e.g. `'pemkab-ksb'`). */
  organizerId?: string;
  /**
   * Keep citizens' masked NIK and people's NIK/No. KK/NPWP identifiers. Only for closed, lawful
   * exchange, never for publication. @defaultValue false
   */
  keepPersonalIdentifiers?: boolean;
}

/** A Popolo JSON document (snake_case), as {@link toForumPopolo} writes it. */
export interface ForumPopoloDocument {
  /** Popolo persons (core's `toPopolo('person', ...)`). */
  persons: Record<string, unknown>[];
  /** Popolo organizations. */
  organizations: Record<string, unknown>[];
  /** Popolo posts. */
  posts: Record<string, unknown>[];
  /** Popolo memberships. */
  memberships: Record<string, unknown>[];
  /** Popolo events with Open Civic Data fields. */
  events: Record<string, unknown>[];
  /** Popolo speeches (`question` and `answer`). */
  speeches: Record<string, unknown>[];
}

/** Something {@link fromForumPopolo} changed or left out, with where. */
export interface PopoloImportWarning {
  /** Where, e.g. `organizations[0].classification`. */
  readonly path: string;
  /** What: `classification_mapped` (an unknown organization classification read as `other`). */
  readonly code: 'classification_mapped';
  /** The value found. */
  readonly found: string;
}

/** What {@link fromForumPopolo} read. */
export interface ForumPopoloImport {
  /** Events that carry our forum extras, as sessions. */
  readonly sessions: ForumSession[];
  /** Question speeches that carry our extras, as aspirations, with their answers. */
  readonly aspirations: Aspiration[];
  /** Other events, as generic Popolo/OCD events. */
  readonly events: PopoloEvent[];
  /** Other speeches. */
  readonly speeches: PopoloSpeech[];
  /** People. */
  readonly persons: Person[];
  /** Organizations. */
  readonly organizations: Organization[];
  /** Posts. */
  readonly posts: Post[];
  /** Memberships. */
  readonly memberships: Membership[];
  /** What was changed on the way in. */
  readonly warnings: readonly PopoloImportWarning[];
}

const snake = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (key: string): string => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

// Popolo's nulls mean "unknown": they become absent keys.
function rekey(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rekey(item, rename));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null || item === undefined || key === '__proto__') continue;
    out[rename(key)] = rekey(item, rename);
  }
  return out;
}

const defined = <T extends Record<string, unknown>>(record: T): T => {
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record;
};

/**
 * A session as a Popolo event with Open Civic Data fields: times as `start_date`/`end_date`,
 * the venue name as `location`, `held` as OCD's `passed`, the agenda as OCD `agenda` (each item
 * also kept whole in its `extras`), officials as `participants` and `attendees`, documents and
 * media as OCD's, and everything else in `extras.forum`. Returned in camelCase; see
 * {@link toForumPopolo} for the JSON.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for an invalid session.
 * @example
 * ```ts
 * declare const session: ForumSession; // a held session
 * const event = sessionToEvent(session, { organizerId: 'pemkab-ksb' });
 * event.status; // 'passed' for a held session
 * ```
 */
export function sessionToEvent(
  sessionInput: ForumSessionInput,
  options: { organizerId?: string; names?: ReadonlyMap<string, string> } = {},
): PopoloEvent {
  const s = parseWith(ForumSession, sessionInput, 'ForumSession');
  const nameOf = (id: string) => options.names?.get(id) ?? id;
  const actorEntity = (a: Actor) => {
    const id = a.personId ?? a.organizationId ?? a.postId;
    return defined({
      entityType: a.personId ? 'person' : 'organization',
      name: a.name ?? (id === undefined ? '' : nameOf(id)),
      entityId: id,
    });
  };
  const { id, name, startsAt, endsAt, status, agenda, documents, media, sources, parentId, ...forum } = s;
  const officials = s.attendance?.officials ?? [];
  return PopoloEvent.parse(
    defined({
      id,
      name,
      startDate: startsAt,
      endDate: endsAt,
      location: s.venue?.name,
      status: status === 'held' ? 'passed' : status,
      classification: 'forum',
      organizationId: options.organizerId ?? s.organizerId,
      parentId,
      attendees: officials.flatMap((o) =>
        o.personId ? [defined({ id: o.personId, name: options.names?.get(o.personId) })] : [],
      ),
      sources,
      allDay: false,
      agenda: agenda.map((item) =>
        defined({
          description: item.title,
          order: String(item.position),
          classification: [item.kind],
          subjects: item.sector === undefined ? [] : [item.sector],
          notes: item.description === undefined ? [] : [item.description],
          relatedEntities: item.presenter ? [actorEntity(item.presenter)] : [],
          extras: { agendaItem: item },
        }),
      ),
      participants: officials.map((o) =>
        defined({
          name: nameOf(o.personId ?? o.organizationId),
          entityType: o.personId ? ('person' as const) : ('organization' as const),
          entityId: o.personId ?? o.organizationId,
          note: o.role,
        }),
      ),
      documents,
      media,
      extras: { forum },
    }),
  );
}

const POPOLO_STATUS_TO_SESSION: Record<string, ForumSession['status']> = {
  passed: 'held',
  held: 'held',
  confirmed: 'confirmed',
  tentative: 'tentative',
  postponed: 'postponed',
  rescheduled: 'postponed',
  cancelled: 'cancelled',
};

/**
 * Reads back a session from an event written by {@link sessionToEvent}.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when the event has no `extras.forum`
 * or does not make a valid session.
 * @example
 * ```ts
 * declare const session: ForumSession;
 * eventToSession(sessionToEvent(session)); // equals ForumSession.parse(session)
 * ```
 */
export function eventToSession(eventInput: unknown): ForumSession {
  const event = parseWith(PopoloEvent, eventInput, 'PopoloEvent');
  const forum = event.extras?.['forum'];
  if (typeof forum !== 'object' || forum === null) {
    throw ValidationError.single(
      'extras.forum',
      {
        id: 'Kolom `extras.forum` wajib ada untuk membaca acara sebagai sesi forum.',
        en: 'Field `extras.forum` is required to read an event as a forum session.',
      },
      'not_a_forum_event',
    );
  }
  return parseWith(
    ForumSession,
    defined({
      ...(forum as Record<string, unknown>),
      id: event.id,
      name: event.name,
      startsAt: event.startDate,
      endsAt: event.endDate,
      status:
        event.status === undefined ? undefined : (POPOLO_STATUS_TO_SESSION[event.status] ?? event.status),
      parentId: event.parentId,
      sources: event.sources,
      agenda: (event.agenda ?? []).map((item) => item.extras?.['agendaItem']),
      documents: event.documents,
      media: event.media,
    }),
    'ForumSession',
  );
}

/**
 * An aspiration as Popolo speeches: one `question` (the aspiration) and one `answer` per answer,
 * with what Popolo has no field for in `extras` (`extras.aspiration`, `extras.answer`). A
 * citizen's masked NIK is dropped unless `keepPersonalIdentifiers`; an anonymous citizen's name
 * is dropped always. Returned in camelCase.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for an invalid aspiration.
 * @example
 * ```ts
 * declare const aspiration: Aspiration; // raised, then answered twice
 * const [question, ...answers] = aspirationToSpeeches(aspiration);
 * question?.type; // => 'question'
 * ```
 */
export function aspirationToSpeeches(
  aspirationInput: AspirationInput,
  options: { keepPersonalIdentifiers?: boolean } = {},
): PopoloSpeech[] {
  const a = parseWith(Aspiration, aspirationInput, 'Aspiration');
  const { nik, name, ...who } = a.raisedBy;
  const raisedBy = defined({
    ...who,
    name: a.raisedBy.anonymous ? undefined : name,
    nik: options.keepPersonalIdentifiers ? nik : undefined,
  });
  const { id, raisedAt, text, title, sessionId, answers, ...rest } = a;
  const question = PopoloSpeech.parse(
    defined({
      id,
      type: 'question',
      creatorId: a.raisedBy.personId,
      attributionText: raisedBy.name,
      text,
      title,
      date: raisedAt,
      eventId: sessionId,
      extras: { aspiration: { ...rest, raisedBy } },
    }),
  );
  return [
    question,
    ...answers.map((answer) =>
      PopoloSpeech.parse(
        defined({
          id: answer.id,
          type: 'answer',
          creatorId: answer.responder.personId,
          role: answer.responder.postId,
          attributionText: answer.responder.name,
          text: answer.text,
          date: answer.at,
          eventId: answer.inForum ? sessionId : undefined,
          extras: {
            answer: defined({
              answerTo: id,
              inForum: answer.inForum,
              responder: answer.responder,
              commitment: answer.commitment,
            }),
          },
        }),
      ),
    ),
  ];
}

/**
 * Exports sessions, aspirations and the officials around them as one Popolo JSON document
 * (snake_case keys): `events` (sessions, with Open Civic Data agenda, participants, documents
 * and media), `speeches` (questions and answers), and `persons`, `organizations`, `posts`,
 * `memberships` through core's `toPopolo`. {@link fromForumPopolo} reads it back with every
 * mapped field kept (personal identifiers excepted, see the options).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for an invalid record.
 * @example
 * ```ts
 * declare const sessions: ForumSession[]; // from your database
 * declare const aspirations: Aspiration[];
 * declare const persons: Person[];
 * declare const organizations: Organization[];
 * const doc = toForumPopolo({ sessions, aspirations, persons, organizations }, { organizerId: 'pemkab-ksb' });
 * JSON.stringify(doc); // publish it
 * ```
 */
export function toForumPopolo(
  data: ForumPopoloData,
  options: ToForumPopoloOptions = {},
): ForumPopoloDocument {
  const keep = options.keepPersonalIdentifiers === true;
  const names = new Map<string, string>();
  for (const p of data.persons ?? []) names.set(p.id, p.name);
  for (const o of data.organizations ?? []) names.set(o.id, o.name);
  const eventOptions = {
    names,
    ...(options.organizerId === undefined ? {} : { organizerId: options.organizerId }),
  };
  return {
    persons: (data.persons ?? []).map((p) => toPopolo('person', p, { keepPersonalIdentifiers: keep })),
    organizations: (data.organizations ?? []).map((o) => toPopolo('organization', o)),
    posts: (data.posts ?? []).map((p) => toPopolo('post', p)),
    memberships: (data.memberships ?? []).map((m) => toPopolo('membership', m)),
    events: (data.sessions ?? []).map(
      (s) => rekey(sessionToEvent(s, eventOptions), snake) as Record<string, unknown>,
    ),
    speeches: (data.aspirations ?? []).flatMap((a) =>
      aspirationToSpeeches(a, { keepPersonalIdentifiers: keep }).map(
        (speech) => rekey(speech, snake) as Record<string, unknown>,
      ),
    ),
  };
}

const KNOWN_CLASSIFICATIONS: ReadonlySet<string> = new Set(OrganizationClassification.options);

function list(json: Record<string, unknown>, key: string): unknown[] {
  const value = json[key];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw ValidationError.single(
      key,
      { id: `Kolom \`${key}\` harus berupa daftar.`, en: `Field \`${key}\` must be an array.` },
      'invalid_type',
    );
  return value;
}

/**
 * Reads a Popolo JSON document: `events` with our `extras.forum` become sessions and other
 * events stay generic {@link PopoloEvent}s; `question` speeches with `extras.aspiration` become
 * aspirations and `answer` speeches with `extras.answer` are attached to them; other speeches
 * stay {@link PopoloSpeech}es; `persons`, `organizations`, `posts` and `memberships` go through
 * core's `fromPopolo`. An organization classification outside core's list is read as `other`
 * with a warning. Reads the Popolo specification's own examples.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when a record does not fit, naming it
 * (`events[2]`, `speeches[0]`), or when an answer points at an aspiration that is not there.
 * @example
 * ```ts
 * declare const published: string; // a document written by toForumPopolo
 * const back = fromForumPopolo(JSON.parse(published));
 * back.sessions.length; back.aspirations[0]?.answers;
 * ```
 */
export function fromForumPopolo(document: unknown): ForumPopoloImport {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    throw ValidationError.single(
      '(root)',
      { id: 'Dokumen Popolo harus berupa objek.', en: 'A Popolo document must be an object.' },
      'invalid_type',
    );
  const json = document as Record<string, unknown>;
  const warnings: PopoloImportWarning[] = [];
  const sessions: ForumSession[] = [];
  const events: PopoloEvent[] = [];
  list(json, 'events').forEach((raw, i) => {
    const event = parseWith(PopoloEvent, rekey(raw, camel), `events[${i}]`);
    if (event.extras?.['forum'] !== undefined) sessions.push(eventToSession(event));
    else events.push(event);
  });

  const aspirations = new Map<string, Record<string, unknown>>();
  const answers: Array<{ to: string; answer: Record<string, unknown>; index: number }> = [];
  const speeches: PopoloSpeech[] = [];
  list(json, 'speeches').forEach((raw, i) => {
    const speech = parseWith(PopoloSpeech, rekey(raw, camel), `speeches[${i}]`);
    const ours = speech.extras?.['aspiration'];
    const answer = speech.extras?.['answer'] as Record<string, unknown> | undefined;
    if (speech.type === 'question' && typeof ours === 'object' && ours !== null && speech.id !== undefined) {
      aspirations.set(
        speech.id,
        defined({
          ...(ours as Record<string, unknown>),
          id: speech.id,
          raisedAt: speech.date,
          text: speech.text,
          title: speech.title,
          sessionId: speech.eventId,
          answers: [],
        }),
      );
    } else if (speech.type === 'answer' && typeof answer?.['answerTo'] === 'string') {
      const { answerTo, ...rest } = answer;
      answers.push({
        to: answerTo as string,
        index: i,
        answer: defined({ ...rest, id: speech.id, text: speech.text, at: speech.date }),
      });
    } else {
      speeches.push(speech);
    }
  });
  for (const { to, answer, index } of answers) {
    const target = aspirations.get(to);
    if (!target)
      throw ValidationError.single(
        `speeches[${index}].extras.answer_to`,
        {
          id: 'Jawaban merujuk aspirasi yang tidak ada dalam dokumen.',
          en: 'The answer refers to an aspiration that is not in the document.',
        },
        'unknown_aspiration',
      );
    (target['answers'] as unknown[]).push(answer);
  }

  const organizations = list(json, 'organizations').map((raw, i) => {
    const record = raw as Record<string, unknown>;
    const found = record?.['classification'];
    if (typeof found === 'string' && !KNOWN_CLASSIFICATIONS.has(found)) {
      warnings.push({ path: `organizations[${i}].classification`, code: 'classification_mapped', found });
      return fromPopolo('organization', { ...record, classification: 'other' });
    }
    return fromPopolo('organization', raw);
  });
  return {
    sessions,
    aspirations: [...aspirations.values()].map((a, i) => parseWith(Aspiration, a, `aspirations[${i}]`)),
    events,
    speeches,
    persons: list(json, 'persons').map((p) => fromPopolo('person', p)),
    organizations,
    posts: list(json, 'posts').map((p) => fromPopolo('post', p)),
    memberships: list(json, 'memberships').map((m) => fromPopolo('membership', m)),
    warnings,
  };
}
