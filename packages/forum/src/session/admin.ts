import * as z from 'zod';
import {
  LocalDate,
  type LocalizedMessage,
  LocalTime,
  OpenGovError,
  parseWith,
  resolveTimeZone,
  ValidationError,
  toZonedIso,
  zonedDateTimeToInstant,
} from '@opengov-id/core';
import type { ForumSeries } from '../series/schemas.js';
import { auditActor, checkHistoryOrder, fieldError, publicReason } from '../shared/history.js';
import { ChangedBy } from '../shared/schemas.js';
import {
  Actor,
  ForumSession,
  SESSION_IDENTITY,
  type SessionChange,
  type SessionStatus,
  Venue,
} from './schemas.js';

/** WITA: the zone of one-off sessions, which have no series to take one from. */
const DEFAULT_ZONE = 'Asia/Makassar';

/**
 * A session scheduled through the API: a session of a series or a one-off one, at a level,
 * zone or area, a place, and a date with start and end times read in the series' time zone
 * (WITA for a one-off session).
 *
 * @example
 * ```ts
 * NewSession.parse({ id: 'yasinan-2026-02-05', seriesId: 'ksb-yasinan', level: 'kecamatan', areaCode: '52.07.03', venue: { name: 'Aula Kantor Camat Seteluk' }, date: '2026-02-05', startTime: '19:00', endTime: '22:00' });
 * ```
 */
export const NewSession = z.strictObject({
  ...SESSION_IDENTITY,
  /** Where. */
  venue: Venue,
  /** The local date (malam Jumat: the Thursday's date). */
  date: LocalDate,
  /** Local start time, `HH:mm`. */
  startTime: LocalTime,
  /** Local end time, `HH:mm`, after the start on the same date. */
  endTime: LocalTime,
  /** `confirmed` publishes it at once; `tentative` keeps it a draft for staff. @defaultValue `'confirmed'` */
  status: z.enum({ tentative: 'tentative', confirmed: 'confirmed' }).default('confirmed'),
  /** Chair. */
  chair: Actor.optional(),
});
/** A new session as written by a caller; see {@link NewSession}. */
export type NewSession = z.input<typeof NewSession>;

/**
 * A new date, start and end time and, optionally, place for a session, with the reason.
 *
 * @example
 * ```ts
 * SessionReschedule.parse({ date: '2026-01-15', startTime: '19:30', endTime: '22:00', reason: 'Gedung dipakai untuk vaksinasi.' });
 * ```
 */
export const SessionReschedule = z.strictObject({
  /** The new local date. */
  date: LocalDate,
  /** The new local start time, `HH:mm`. */
  startTime: LocalTime,
  /** The new local end time, `HH:mm`, after the start. */
  endTime: LocalTime,
  /** The new place; the old one is kept when absent. */
  venue: Venue.optional(),
  /** Why it moves. */
  reason: z.string().trim().min(1),
});
/** A reschedule as written by a caller; see {@link SessionReschedule}. */
export type SessionReschedule = z.input<typeof SessionReschedule>;

/**
 * The reason a session is called off.
 *
 * @example
 * ```ts
 * SessionCancellation.parse({ reason: 'Banjir di Kecamatan Seteluk.' });
 * ```
 */
export const SessionCancellation = z.strictObject({
  /** Why it is cancelled. */
  reason: z.string().trim().min(1),
});
/** A cancellation as written by a caller; see {@link SessionCancellation}. */
export type SessionCancellation = z.input<typeof SessionCancellation>;

/**
 * The confirmation of a tentative session (it is then published), with an optional note.
 *
 * @example
 * ```ts
 * SessionConfirmation.parse({ note: 'Undangan sudah diedarkan.' });
 * ```
 */
export const SessionConfirmation = z.strictObject({
  /** A note for the history. */
  note: z.string().trim().min(1).optional(),
});
/** A confirmation as written by a caller; see {@link SessionConfirmation}. */
export type SessionConfirmation = z.input<typeof SessionConfirmation>;

/**
 * The reason a confirmed session is put off to a date not yet set.
 *
 * @example
 * ```ts
 * SessionPostponement.parse({ reason: 'Bupati dipanggil ke Mataram.' });
 * ```
 */
export const SessionPostponement = z.strictObject({
  /** Why it is put off. */
  reason: z.string().trim().min(1),
});
/** A postponement as written by a caller; see {@link SessionPostponement}. */
export type SessionPostponement = z.input<typeof SessionPostponement>;

/**
 * The record that a confirmed session took place, with an optional note.
 *
 * @example
 * ```ts
 * SessionHeld.parse({ note: 'Dihadiri 180 warga.' });
 * ```
 */
export const SessionHeld = z.strictObject({
  /** A note for the history. */
  note: z.string().trim().min(1).optional(),
});
/** A held record as written by a caller; see {@link SessionHeld}. */
export type SessionHeld = z.input<typeof SessionHeld>;

/** What can be done to a scheduled session. */
export type SessionAction = 'confirm' | 'postpone' | 'mark_held' | 'reschedule' | 'cancel';

/**
 * The actions each session status allows: a tentative session is confirmed; a confirmed one is
 * postponed or recorded as held; a postponed one becomes confirmed again only by a reschedule
 * (it needs a new date); a session that was held or cancelled is final.
 *
 * @example
 * ```ts
 * SESSION_TRANSITIONS.held; // => []
 * SESSION_TRANSITIONS.postponed; // => ['reschedule', 'cancel']
 * ```
 */
export const SESSION_TRANSITIONS: Readonly<Record<SessionStatus, readonly SessionAction[]>> = {
  tentative: ['confirm', 'reschedule', 'cancel'],
  confirmed: ['postpone', 'mark_held', 'reschedule', 'cancel'],
  postponed: ['reschedule', 'cancel'],
  cancelled: [],
  held: [],
};

const ACTION_LABELS: Readonly<Record<SessionAction, LocalizedMessage>> = {
  confirm: { id: 'dikonfirmasi', en: 'confirmed' },
  postpone: { id: 'ditunda', en: 'postponed' },
  mark_held: { id: 'ditandai terlaksana', en: 'marked as held' },
  reschedule: { id: 'dijadwalkan ulang', en: 'rescheduled' },
  cancel: { id: 'dibatalkan', en: 'cancelled' },
};

/**
 * A reschedule or a cancellation that the session's status does not allow: it was already
 * held or cancelled (an API answers 409).
 *
 * @example
 * ```ts
 * declare const held: ForumSession; // a session that already took place
 * try {
 *   cancelSession(held, { reason: 'Hujan' }, { by: { role: 'admin' }, at: '2026-01-09T08:00:00+08:00' });
 * } catch (error) {
 *   if (error instanceof InvalidSessionTransitionError) console.log(error.status, error.action);
 * }
 * ```
 */
export class InvalidSessionTransitionError extends OpenGovError {
  override readonly name: string = 'InvalidSessionTransitionError';
  /** The session's status. */
  readonly status: SessionStatus;
  /** The action that was refused. */
  readonly action: SessionAction;

  constructor(status: SessionStatus, action: SessionAction) {
    const why =
      status === 'held'
        ? { id: 'sudah terlaksana', en: 'already took place' }
        : { id: `berstatus \`${status}\``, en: `is \`${status}\`` };
    const messages = {
      id: `Sesi ini ${why.id}, sehingga tidak dapat ${ACTION_LABELS[action].id}.`,
      en: `This session ${why.en}, so it cannot be ${ACTION_LABELS[action].en}.`,
    };
    super(messages.en, { code: 'invalid_session_transition', messages });
    this.status = status;
    this.action = action;
  }

  protected override details(): Record<string, unknown> {
    return { status: this.status, action: this.action };
  }
}

const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/**
 * A session recorded as held before its start (an API answers 409): it has not taken place yet.
 *
 * @example
 * ```ts
 * declare const session: ForumSession; // a confirmed session starting 2026-02-05 19:00 WITA
 * try {
 *   markSessionHeld(session, {}, { by: { role: 'admin' }, at: '2026-02-05T18:00:00+08:00' });
 * } catch (error) {
 *   if (error instanceof SessionNotStartedError) console.log(error.startsAt);
 * }
 * ```
 */
export class SessionNotStartedError extends OpenGovError {
  override readonly name: string = 'SessionNotStartedError';
  /** The session's start, in the session's zone. */
  readonly startsAt: string;

  constructor(startsAt: string, zone: string) {
    const local = toZonedIso(startsAt, zone);
    const when = `${local.slice(0, 10)} ${local.slice(11, 16)} ${ZONE_ABBREVIATIONS[zone] ?? zone}`;
    const messages = {
      id: `Sesi ini baru dimulai ${when}, sehingga belum dapat ditandai terlaksana.`,
      en: `This session starts at ${when}, so it cannot be marked as held yet.`,
    };
    super(messages.en, { code: 'session_not_started', messages });
    this.startsAt = local;
  }

  protected override details(): Record<string, unknown> {
    return { startsAt: this.startsAt };
  }
}

/**
 * Whether an error from a session change ({@link confirmSession}, {@link postponeSession},
 * {@link markSessionHeld}, {@link rescheduleSession}, {@link cancelSession}) is a conflict with
 * the session's current state (an API answers 409) rather than bad input: a status that
 * forbids the action, a session marked held before its start, or a change dated before the
 * last one in its history.
 *
 * @example
 * ```ts
 * declare const held: ForumSession; // a session that already took place
 * declare function answer(status: number, body: unknown): void; // your HTTP framework's reply
 * try {
 *   cancelSession(held, { reason: 'Hujan' }, { by: { role: 'admin' }, at: '2026-01-09T08:00:00+08:00' });
 * } catch (error) {
 *   if (isSessionConflict(error)) answer(409, { code: error.code, message: error.messages });
 * }
 * ```
 */
export function isSessionConflict(
  error: unknown,
): error is InvalidSessionTransitionError | SessionNotStartedError | ValidationError {
  return (
    error instanceof InvalidSessionTransitionError ||
    error instanceof SessionNotStartedError ||
    (error instanceof ValidationError && error.code === 'history_order')
  );
}

/**
 * Whether `actor` may confirm, postpone, mark held, reschedule or cancel `session`: an admin always; an officer when the
 * session's organizing office is theirs.
 *
 * @example
 * ```ts
 * mayManageSession({ role: 'officer', organizationId: 'ksb-kec-seteluk' }, { organizerId: 'ksb-kec-seteluk' }); // => true
 * mayManageSession({ role: 'officer', organizationId: 'ksb-pupr' }, { organizerId: 'ksb-kec-seteluk' }); // => false
 * ```
 */
export function mayManageSession(
  actor: ChangedBy,
  session: { readonly organizerId?: string | undefined },
): boolean {
  if (actor.role === 'admin') return true;
  return (
    actor.role === 'officer' &&
    actor.organizationId !== undefined &&
    actor.organizationId === session.organizerId
  );
}

/** Who changes a session, and when. */
export interface SessionChangeContext {
  /** Who (role and organization only). */
  readonly by: ChangedBy;
  /** When, an ISO 8601 instant with an offset. */
  readonly at: string;
}

/** What {@link createSession} needs beyond the new session. */
export interface CreateSessionContext extends SessionChangeContext {
  /** The series named by `seriesId` (its levels, zones, regency, time zone and organizer). */
  readonly series?: ForumSeries | undefined;
}

function instants(
  change: { date: string; startTime: string; endTime: string },
  zone: string,
): { startsAt: string; endsAt: string } {
  if (change.endTime <= change.startTime)
    throw fieldError('endTime', 'harus setelah startTime.', 'must be after startTime.', 'invalid_end_time');
  return {
    startsAt: zonedDateTimeToInstant(change.date, change.startTime, zone),
    endsAt: zonedDateTimeToInstant(change.date, change.endTime, zone),
  };
}

function organizerOf(input: z.output<typeof NewSession>, context: CreateSessionContext): string {
  const { by, series } = context;
  if (by.role !== 'admin') {
    const own = by.organizationId;
    if (own === undefined || (input.organizerId ?? own) !== own)
      throw fieldError(
        'organizerId',
        'harus kantor Anda sendiri.',
        'must be your own office.',
        'not_your_organization',
      );
    return own;
  }
  const organizer = input.organizerId ?? series?.organizerId ?? by.organizationId;
  if (organizer === undefined)
    throw fieldError(
      'organizerId',
      'wajib diisi bila seri tidak memiliki penyelenggara.',
      'is required when the series has no organizer.',
      'organizer_required',
    );
  return organizer;
}

/**
 * Schedules a session: checks it against its series (level, zone, area inside the regency),
 * reads the date and times in the series' time zone (WITA for a one-off session), sets the
 * organizing office (an officer schedules for their own office only) and starts the change
 * history with a `created` entry.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for invalid input, an unknown
 * series, a level, zone or area the series does not have, an end not after the start, or an
 * officer naming another office.
 * @example
 * ```ts
 * const session = createSession(
 *   { id: 'yasinan-2026-02-05', seriesId: 'ksb-yasinan', level: 'kecamatan', areaCode: '52.07.03', venue: { name: 'Aula Kantor Camat Seteluk' }, date: '2026-02-05', startTime: '19:00', endTime: '22:00' },
 *   { series: ksbYasinanSeries(), by: { role: 'officer', organizationId: 'ksb-kec-seteluk' }, at: '2026-01-20T09:00:00+08:00' },
 * );
 * session.startsAt; // => '2026-02-05T19:00:00+08:00'
 * session.organizerId; // => 'ksb-kec-seteluk'
 * ```
 */
export function createSession(input: NewSession, context: CreateSessionContext): ForumSession {
  const data = parseWith(NewSession, input, 'NewSession');
  const by = auditActor(parseWith(ChangedBy, context.by, 'ChangedBy'));
  const { series } = context;
  if (data.seriesId !== undefined && series?.id !== data.seriesId)
    throw fieldError(
      'seriesId',
      'tidak merujuk seri yang ada.',
      'does not name an existing series.',
      'unknown_series',
    );
  if (series) {
    if (!series.levels.includes(data.level))
      throw fieldError('level', 'bukan tingkat seri ini.', 'is not a level of the series.', 'unknown_level');
    if (data.zoneId !== undefined && !series.zones?.zones.some((z) => z.id === data.zoneId))
      throw fieldError('zoneId', 'bukan zona seri ini.', 'is not a zone of the series.', 'unknown_zone');
    if (data.areaCode !== undefined && !`${data.areaCode}.`.startsWith(`${series.regencyCode}.`))
      throw fieldError(
        'areaCode',
        'harus berada di dalam kabupaten seri.',
        "must lie inside the series' regency.",
        'area_outside_regency',
      );
  }
  const organizerId = organizerOf(data, { ...context, by });
  const { date, startTime, endTime, status, ...rest } = data;
  const created: SessionChange = { at: context.at, action: 'created', by };
  return parseWith(
    ForumSession,
    {
      ...rest,
      organizerId,
      ...instants({ date, startTime, endTime }, series?.timeZone ?? DEFAULT_ZONE),
      status,
      history: [created],
    },
    'ForumSession',
  );
}

function checkAllowed(session: ForumSession, action: SessionAction, at: string): void {
  checkHistoryOrder(session.history, at);
  if (!SESSION_TRANSITIONS[session.status].includes(action))
    throw new InvalidSessionTransitionError(session.status, action);
}

/** What {@link rescheduleSession} needs beyond the change. */
export interface RescheduleSessionContext extends SessionChangeContext {
  /** The zone the date and times are read in: the series' one. @defaultValue `'Asia/Makassar'` (WITA) */
  readonly timeZone?: string | undefined;
}

/**
 * Moves a session to a new date, time and (optionally) place, keeping the old ones and the
 * reason (NIK, phone numbers and e-mails redacted: the history is public) in its history. A postponed session becomes confirmed again; a tentative one stays a
 * draft. The new start must lie after the moment of the change.
 *
 * @throws {@link InvalidSessionTransitionError} when the session was held or cancelled.
 * @throws {@link @opengov-id/core!index.ValidationError} for invalid input, a new start not
 * after `at`, or `at` before the last change (`history_order`).
 * @example
 * ```ts
 * declare const session: ForumSession; // a confirmed session from the store
 * const moved = rescheduleSession(
 *   session,
 *   { date: '2026-02-12', startTime: '19:30', endTime: '22:00', reason: 'Bertepatan dengan Isra Mikraj.' },
 *   { by: { role: 'admin' }, at: '2026-02-01T09:00:00+08:00' },
 * );
 * moved.history?.at(-1)?.previous?.startsAt; // the old start
 * ```
 */
export function rescheduleSession(
  session: ForumSession,
  change: SessionReschedule,
  context: RescheduleSessionContext,
): ForumSession {
  const current = parseWith(ForumSession, session, 'ForumSession');
  const data = parseWith(SessionReschedule, change, 'SessionReschedule');
  const by = auditActor(parseWith(ChangedBy, context.by, 'ChangedBy'));
  checkAllowed(current, 'reschedule', context.at);
  const times = instants(data, context.timeZone ?? DEFAULT_ZONE);
  if (Date.parse(times.startsAt) <= Date.parse(context.at))
    throw fieldError(
      'date',
      'harus jadwal yang belum lewat.',
      'must give a start that has not passed yet.',
      'start_in_past',
    );
  const entry: SessionChange = {
    at: context.at,
    action: 'rescheduled',
    by,
    reason: publicReason(data.reason),
    previous: {
      startsAt: current.startsAt,
      ...(current.endsAt === undefined ? {} : { endsAt: current.endsAt }),
      ...(current.venue === undefined ? {} : { venue: current.venue }),
    },
  };
  return parseWith(
    ForumSession,
    {
      ...current,
      ...times,
      ...(data.venue === undefined ? {} : { venue: data.venue }),
      status: current.status === 'postponed' ? 'confirmed' : current.status,
      history: [...(current.history ?? []), entry],
    },
    'ForumSession',
  );
}

/**
 * Cancels a session that has not taken place, keeping the reason in its history (NIK, phone
 * numbers and e-mails redacted: the history is public).
 *
 * @throws {@link InvalidSessionTransitionError} when the session was held or already cancelled.
 * @throws {@link @opengov-id/core!index.ValidationError} for invalid input or `at` before the
 * last change (`history_order`).
 * @example
 * ```ts
 * declare const session: ForumSession; // a confirmed session from the store
 * const off = cancelSession(session, { reason: 'Banjir di Kecamatan Seteluk.' }, { by: { role: 'admin' }, at: '2026-02-04T07:00:00+08:00' });
 * off.status; // => 'cancelled'
 * ```
 */
export function cancelSession(
  session: ForumSession,
  change: SessionCancellation,
  context: SessionChangeContext,
): ForumSession {
  const current = parseWith(ForumSession, session, 'ForumSession');
  const data = parseWith(SessionCancellation, change, 'SessionCancellation');
  const by = auditActor(parseWith(ChangedBy, context.by, 'ChangedBy'));
  checkAllowed(current, 'cancel', context.at);
  const entry: SessionChange = { at: context.at, action: 'cancelled', by, reason: publicReason(data.reason) };
  return { ...current, status: 'cancelled', history: [...(current.history ?? []), entry] };
}

/** Appends a status change to a checked session's history. */
function changeStatus(
  session: ForumSession,
  action: SessionAction,
  status: SessionStatus,
  context: SessionChangeContext,
  reason: string | undefined,
): ForumSession {
  const current = parseWith(ForumSession, session, 'ForumSession');
  const by = auditActor(parseWith(ChangedBy, context.by, 'ChangedBy'));
  checkAllowed(current, action, context.at);
  const entry: SessionChange = {
    at: context.at,
    action: status === 'confirmed' ? 'confirmed' : status === 'postponed' ? 'postponed' : 'held',
    by,
    ...(reason === undefined ? {} : { reason: publicReason(reason) }),
  };
  return { ...current, status, history: [...(current.history ?? []), entry] };
}

/**
 * Confirms a tentative session (`tentative` → `confirmed`): it is then published. The note, if
 * any, goes into its history (NIK, phone numbers and e-mails redacted: the history is public).
 *
 * @throws {@link InvalidSessionTransitionError} when the session is not tentative.
 * @throws {@link @opengov-id/core!index.ValidationError} for invalid input or `at` before the
 * last change (`history_order`).
 * @example
 * ```ts
 * declare const draft: ForumSession; // a tentative session from the store
 * const published = confirmSession(draft, {}, { by: { role: 'officer', organizationId: 'ksb-kec-seteluk' }, at: '2026-01-22T09:00:00+08:00' });
 * published.status; // => 'confirmed'
 * ```
 */
export function confirmSession(
  session: ForumSession,
  change: SessionConfirmation,
  context: SessionChangeContext,
): ForumSession {
  const data = parseWith(SessionConfirmation, change, 'SessionConfirmation');
  return changeStatus(session, 'confirm', 'confirmed', context, data.note);
}

/**
 * Postpones a confirmed session to a date not yet set (`confirmed` → `postponed`), keeping the
 * reason in its history (NIK, phone numbers and e-mails redacted). It becomes confirmed again
 * only through {@link rescheduleSession}, with its new date.
 *
 * @throws {@link InvalidSessionTransitionError} when the session is not confirmed.
 * @throws {@link @opengov-id/core!index.ValidationError} for a missing reason or `at` before the
 * last change (`history_order`).
 * @example
 * ```ts
 * declare const session: ForumSession; // a confirmed session from the store
 * const off = postponeSession(session, { reason: 'Bupati dipanggil ke Mataram.' }, { by: { role: 'admin' }, at: '2026-02-04T07:00:00+08:00' });
 * off.status; // => 'postponed'
 * ```
 */
export function postponeSession(
  session: ForumSession,
  change: SessionPostponement,
  context: SessionChangeContext,
): ForumSession {
  const data = parseWith(SessionPostponement, change, 'SessionPostponement');
  return changeStatus(session, 'postpone', 'postponed', context, data.reason);
}

/** What {@link markSessionHeld} needs beyond the record. */
export interface SessionHeldContext extends SessionChangeContext {
  /** The session's zone, to name its start in a refusal: the series' one. @defaultValue `'Asia/Makassar'` (WITA) */
  readonly timeZone?: string | undefined;
}

/**
 * Records that a confirmed session took place (`confirmed` → `held`, final), once its start
 * has passed. Only a held session counts in the accountability figures ({@link computeFigures}).
 * The start is an instant with its offset, so the check does not depend on the host's zone; a
 * refusal names the start in the session's zone (WITA unless `timeZone` says otherwise).
 *
 * @throws {@link InvalidSessionTransitionError} when the session is not confirmed.
 * @throws {@link SessionNotStartedError} when `at` is before the session's start.
 * @throws {@link @opengov-id/core!index.ValidationError} for invalid input or `at` before the
 * last change (`history_order`).
 * @example
 * ```ts
 * declare const session: ForumSession; // a confirmed session that started at 19:00 WITA
 * const held = markSessionHeld(session, { note: 'Dihadiri 180 warga.' }, { by: { role: 'admin' }, at: '2026-02-05T22:30:00+08:00' });
 * held.status; // => 'held'
 * ```
 */
export function markSessionHeld(
  session: ForumSession,
  change: SessionHeld,
  context: SessionHeldContext,
): ForumSession {
  const data = parseWith(SessionHeld, change, 'SessionHeld');
  const held = changeStatus(session, 'mark_held', 'held', context, data.note);
  if (Date.parse(context.at) < Date.parse(held.startsAt))
    throw new SessionNotStartedError(held.startsAt, resolveTimeZone(context.timeZone ?? DEFAULT_ZONE));
  return held;
}
