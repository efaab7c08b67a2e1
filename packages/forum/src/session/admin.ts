import * as z from 'zod';
import {
  LocalDate,
  type LocalizedMessage,
  LocalTime,
  OpenGovError,
  parseWith,
  regionCodeSchema,
  ValidationError,
  zonedDateTimeToInstant,
} from '@opengov-id/core';
import { ForumLevel, type ForumSeries } from '../series/schemas.js';
import { auditActor, checkHistoryOrder, fieldError, publicReason } from '../shared/history.js';
import { ChangedBy } from '../shared/schemas.js';
import { Actor, ForumSession, type SessionChange, type SessionStatus, Venue } from './schemas.js';

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
  /** Unique id. */
  id: z.string().min(1),
  /** The series; absent for a one-off session. */
  seriesId: z.string().min(1).optional(),
  /** The organizing office; defaults to an officer's own office, else the series' organizer. */
  organizerId: z.string().min(1).optional(),
  /** Name, e.g. `'Forum YASINAN Kecamatan Seteluk'`. */
  name: z.string().min(1).optional(),
  /** Level. */
  level: ForumLevel,
  /** Zone id, for a zone-level session. */
  zoneId: z.string().min(1).optional(),
  /** Kemendagri code of the area served. */
  areaCode: regionCodeSchema({ level: ['kabupaten_kota', 'kecamatan', 'desa_kelurahan'] }).optional(),
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

/** What can be done to a scheduled session. */
export type SessionAction = 'reschedule' | 'cancel';

/**
 * The actions each session status allows: a session that was held or cancelled is final.
 *
 * @example
 * ```ts
 * SESSION_TRANSITIONS.held; // => []
 * SESSION_TRANSITIONS.postponed; // => ['reschedule', 'cancel']
 * ```
 */
export const SESSION_TRANSITIONS: Readonly<Record<SessionStatus, readonly SessionAction[]>> = {
  tentative: ['reschedule', 'cancel'],
  confirmed: ['reschedule', 'cancel'],
  postponed: ['reschedule', 'cancel'],
  cancelled: [],
  held: [],
};

const ACTION_LABELS: Readonly<Record<SessionAction, LocalizedMessage>> = {
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

/**
 * Whether an error from {@link rescheduleSession} or {@link cancelSession} is a conflict with
 * the session's current state (an API answers 409) rather than bad input: a status that
 * forbids the action, or a change dated before the last one in its history.
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
export function isSessionConflict(error: unknown): error is InvalidSessionTransitionError | ValidationError {
  return (
    error instanceof InvalidSessionTransitionError ||
    (error instanceof ValidationError && error.code === 'history_order')
  );
}

/**
 * Whether `actor` may reschedule or cancel `session`: an admin always; an officer when the
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
