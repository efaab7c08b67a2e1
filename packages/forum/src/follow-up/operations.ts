import * as z from 'zod';
import {
  addWorkingDays,
  countWorkingDays,
  type DateInput,
  daysBetween,
  type HolidayCalendar,
  OpenGovError,
  parseWith,
  ValidationError,
} from '@opengov-id/core';
import { Actor } from '../session/schemas.js';
import { dateIn } from '../shared/dates.js';
import { Instant } from '../shared/schemas.js';
import {
  deriveFollowUpState,
  Evidence,
  FOLLOW_UP_CLASSES,
  FollowUp,
  type FollowUpClassTable,
  type FollowUpInput,
  FollowUpOutcome,
  type FollowUpStatus,
  type TimelineEntry,
  type TimelineEntryKind,
} from './schemas.js';

/**
 * A new follow-up: who owns it, what was committed, its deadline class, and when the
 * commitment was made.
 *
 * @example
 * ```ts
 * NewFollowUp.parse({ id: 'tl-1', aspirationId: 'asp-0001', ownerOrganizationId: 'ksb-pupr', commitment: 'Menambal jalan', classId: 'normatif', at: '2026-01-08T20:30:00+08:00' });
 * ```
 */
export const NewFollowUp = z.object({
  /** Unique id. */
  id: z.string().min(1),
  /** The aspiration. */
  aspirationId: z.string().min(1),
  /** Owner organization. */
  ownerOrganizationId: z.string().min(1),
  /** The commitment made. */
  commitment: z.string().min(1),
  /** Deadline class id in the class table. */
  classId: z.string().min(1),
  /** When the commitment was made; its date in the zone is the start date. */
  at: Instant,
  /** Who recorded it. */
  by: Actor.optional(),
  /** A note. */
  note: z.string().optional(),
});
/** A new follow-up; see {@link NewFollowUp}. */
export type NewFollowUp = z.input<typeof NewFollowUp>;

/** Options for {@link createFollowUp}. */
export interface CreateFollowUpOptions {
  /** Deadline classes. @defaultValue {@link FOLLOW_UP_CLASSES} */
  classes?: FollowUpClassTable;
  /** Working-day calendar. @defaultValue core's built-in calendar (SKB table, WITA) */
  calendar?: HolidayCalendar;
  /** Zone in which `at` becomes the start date. @defaultValue the calendar's zone, else WITA */
  timeZone?: string;
}

/**
 * Creates a follow-up with its due date: the start date (the day the commitment was made,
 * in the zone) plus the class's working days, by core's `addWorkingDays` (the start day is
 * not counted; weekends, libur nasional and cuti bersama are skipped).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for invalid input or an unknown `classId`.
 * @throws {@link @opengov-id/core!index.CalendarYearNotDecreedError} when the deadline runs into a year without a decree.
 * @example
 * ```ts
 * const f = createFollowUp({ id: 'tl-1', aspirationId: 'asp-0001', ownerOrganizationId: 'ksb-pupr', commitment: 'Menambal jalan Desa Goa', classId: 'normatif', at: '2026-03-16T20:00:00+08:00' });
 * f.dueDate; // => '2026-03-30' (Nyepi, Idulfitri and cuti bersama skipped)
 * f.status; // => 'open'
 * ```
 */
export function createFollowUp(input: NewFollowUp, options: CreateFollowUpOptions = {}): FollowUp {
  const data = parseWith(NewFollowUp, input, 'FollowUp');
  const classes = options.classes ?? FOLLOW_UP_CLASSES;
  const cls = classes.classes.find((c) => c.id === data.classId);
  if (!cls) {
    throw ValidationError.single(
      'classId',
      {
        id: `Kolom \`classId\` tidak ada dalam tabel kelas tindak lanjut (${classes.version}).`,
        en: `Field \`classId\` is not in the follow-up class table (${classes.version}).`,
      },
      'unknown_follow_up_class',
    );
  }
  const zone = options.timeZone ?? options.calendar?.zone;
  const startDate = dateIn(data.at, zone, 'at');
  const dueDate = options.calendar
    ? options.calendar.addWorkingDays(startDate, cls.workingDays)
    : addWorkingDays(startDate, cls.workingDays);
  const created: TimelineEntry = {
    at: data.at,
    kind: 'created',
    evidence: [],
    ...(data.note === undefined ? {} : { note: data.note }),
    ...(data.by === undefined ? {} : { by: data.by }),
  };
  return {
    id: data.id,
    aspirationId: data.aspirationId,
    ownerOrganizationId: data.ownerOrganizationId,
    commitment: data.commitment,
    classId: data.classId,
    startDate,
    dueDate,
    status: 'open',
    progress: 0,
    timeline: [created],
  };
}

const common = {
  /** When it happened. */
  at: Instant,
  /** A note. */
  note: z.string().optional(),
  /** Who recorded it. */
  by: Actor.optional(),
};

/**
 * An update to a follow-up: `progress` (optionally a percent and evidence), `evidence`,
 * `complete` (with an outcome), `cancel` (with a reason) or `reopen` (with a reason).
 *
 * @example
 * ```ts
 * FollowUpUpdate.parse({ kind: 'progress', at: '2026-01-12T10:00:00+08:00', progress: 40, note: 'Survei lokasi' });
 * ```
 */
export const FollowUpUpdate = z.discriminatedUnion('kind', [
  z.object({
    /** Progress report. */
    kind: z.literal('progress'),
    ...common,
    /** Percent done. */
    progress: z.int().min(0).max(100).optional(),
    /** Evidence. */
    evidence: z.array(Evidence).optional(),
  }),
  z.object({
    /** Evidence only. */
    kind: z.literal('evidence'),
    ...common,
    /** Evidence, at least one. */
    evidence: z.array(Evidence).min(1),
  }),
  z.object({
    /** Completion. */
    kind: z.literal('complete'),
    ...common,
    /** The outcome. */
    outcome: FollowUpOutcome,
    /** Evidence. */
    evidence: z.array(Evidence).optional(),
  }),
  z.object({
    /** Cancellation. */
    kind: z.literal('cancel'),
    ...common,
    /** Why. */
    note: z.string().min(1),
  }),
  z.object({
    /** Reopening. */
    kind: z.literal('reopen'),
    ...common,
    /** Why. */
    note: z.string().min(1),
    /** Percent done after reopening; defaults to the percent before it was closed. */
    progress: z.int().min(0).max(100).optional(),
  }),
]);
/** A follow-up update; see {@link FollowUpUpdate}. */
export type FollowUpUpdate = z.input<typeof FollowUpUpdate>;

const ENTRY_KIND: Record<z.output<typeof FollowUpUpdate>['kind'], TimelineEntryKind> = {
  progress: 'progress',
  evidence: 'evidence',
  complete: 'completed',
  cancel: 'cancelled',
  reopen: 'reopened',
};

const ALLOWED: Record<FollowUpStatus, ReadonlySet<string>> = {
  open: new Set(['progress', 'evidence', 'complete', 'cancel']),
  in_progress: new Set(['progress', 'evidence', 'complete', 'cancel']),
  completed: new Set(['evidence', 'reopen']),
  cancelled: new Set(['reopen']),
};

/**
 * An update that the follow-up's current status does not allow (progress on a completed
 * follow-up, reopening an open one, ...).
 *
 * @example
 * ```ts
 * declare const completed: FollowUp; // status 'completed'
 * try {
 *   applyFollowUpUpdate(completed, { kind: 'progress', at: '2026-02-01T09:00:00+08:00' });
 * } catch (error) {
 *   if (error instanceof InvalidFollowUpTransitionError) console.log(error.status, error.updateKind);
 * }
 * ```
 */
export class InvalidFollowUpTransitionError extends OpenGovError {
  override readonly name: string = 'InvalidFollowUpTransitionError';
  /** The follow-up's status. */
  readonly status: FollowUpStatus;
  /** The update that was refused. */
  readonly updateKind: string;

  constructor(status: FollowUpStatus, updateKind: string) {
    const messages = {
      id: `Pembaruan \`${updateKind}\` tidak dapat diterapkan pada tindak lanjut berstatus \`${status}\`.`,
      en: `Update \`${updateKind}\` cannot be applied to a follow-up with status \`${status}\`.`,
    };
    super(messages.en, { code: 'invalid_follow_up_transition', messages });
    this.status = status;
    this.updateKind = updateKind;
  }

  protected override details(): Record<string, unknown> {
    return { status: this.status, updateKind: this.updateKind };
  }
}

/**
 * Applies one update to a follow-up and returns the new follow-up (the input is not changed):
 * the entry is appended to the timeline and status, progress, closing time and outcome are
 * derived again. Entries at the same instant as the last one are allowed; earlier ones are not.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for an invalid follow-up or update, or
 * an update dated before the last timeline entry (`timeline_order`).
 * @throws {@link InvalidFollowUpTransitionError} when the status does not allow the update.
 * @example
 * ```ts
 * let f = createFollowUp({ id: 'tl-1', aspirationId: 'asp-1', ownerOrganizationId: 'ksb-pupr', commitment: 'Menambal jalan', classId: 'normatif', at: '2026-01-08T20:30:00+08:00' });
 * f = applyFollowUpUpdate(f, { kind: 'progress', at: '2026-01-12T10:00:00+08:00', progress: 40 });
 * f = applyFollowUpUpdate(f, { kind: 'complete', at: '2026-01-14T15:00:00+08:00', outcome: { result: 'resolved', summary: 'Sudah ditambal' } });
 * f.status; // => 'completed'
 * f.closedAt; // => '2026-01-14T15:00:00+08:00'
 * ```
 */
export function applyFollowUpUpdate(followUp: FollowUpInput, update: FollowUpUpdate): FollowUp {
  const current = parseWith(FollowUp, followUp, 'FollowUp');
  const change = parseWith(FollowUpUpdate, update, 'FollowUpUpdate');
  const last = current.timeline[current.timeline.length - 1];
  if (last && Date.parse(change.at) < Date.parse(last.at)) {
    throw ValidationError.single(
      'at',
      {
        id: 'Kolom `at` tidak boleh lebih awal dari entri terakhir linimasa tindak lanjut.',
        en: 'Field `at` must not be earlier than the last entry of the follow-up timeline.',
      },
      'timeline_order',
    );
  }
  if (!ALLOWED[current.status].has(change.kind))
    throw new InvalidFollowUpTransitionError(current.status, change.kind);
  const entry: TimelineEntry = {
    at: change.at,
    kind: ENTRY_KIND[change.kind],
    evidence: 'evidence' in change && change.evidence ? change.evidence : [],
    ...(change.note === undefined ? {} : { note: change.note }),
    ...(change.by === undefined ? {} : { by: change.by }),
    ...('progress' in change && change.progress !== undefined ? { progress: change.progress } : {}),
    ...(change.kind === 'complete' ? { outcome: change.outcome } : {}),
  };
  const timeline = [...current.timeline, entry];
  const state = deriveFollowUpState(timeline);
  const { outcome: _outcome, closedAt: _closedAt, ...rest } = current;
  return { ...rest, ...state, timeline };
}

/**
 * Whether an error from {@link applyFollowUpUpdate} is a conflict with the follow-up's current
 * state (an API answers it with 409) rather than bad input: a transition its status does not
 * allow, or an entry dated before the last one in its timeline (`timeline_order`).
 *
 * @example
 * ```ts
 * declare const completed: FollowUp; // status 'completed'
 * try {
 *   applyFollowUpUpdate(completed, { kind: 'progress', at: '2026-02-01T09:00:00+08:00' });
 * } catch (error) {
 *   if (isFollowUpConflict(error)) {
 *     const answer = Response.json({ code: error.code, message: error.messages }, { status: 409 });
 *   }
 * }
 * ```
 */
export function isFollowUpConflict(
  error: unknown,
): error is InvalidFollowUpTransitionError | ValidationError {
  return (
    error instanceof InvalidFollowUpTransitionError ||
    (error instanceof ValidationError && error.code === 'timeline_order')
  );
}

/** One overdue follow-up in {@link listOverdue}. */
export interface OverdueFollowUp {
  /** The follow-up. */
  readonly followUp: FollowUp;
  /** Calendar days past the due date. */
  readonly daysOverdue: number;
  /** Working days past the due date (0 when only a weekend or holiday has passed). */
  readonly workingDaysOverdue: number;
}

/** The overdue follow-ups of one organization in {@link listOverdue}. */
export interface OverdueByOrganization {
  /** The owner organization. */
  readonly organizationId: string;
  /** Its overdue follow-ups, most overdue first. */
  readonly followUps: readonly OverdueFollowUp[];
}

/** Options for {@link listOverdue}. */
export interface ListOverdueOptions {
  /** The day (or instant) to judge on; its date in the zone counts. */
  asOf: DateInput;
  /** Working-day calendar. @defaultValue core's built-in calendar */
  calendar?: HolidayCalendar;
  /** Zone for `asOf` when it is an instant. @defaultValue the calendar's zone, else WITA */
  timeZone?: string;
}

/**
 * Follow-ups past due, per owner organization: those still `open` or `in_progress` whose due
 * date lies before `asOf` (the due date itself is still on time). Organizations with the most
 * overdue follow-ups come first; within one, the most overdue first.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for an invalid follow-up or `asOf`.
 * @example
 * ```ts
 * declare const followUps: FollowUp[]; // every open follow-up
 * const overdue = listOverdue(followUps, { asOf: '2026-02-02' });
 * overdue[0]?.organizationId; // e.g. 'ksb-pupr'
 * overdue[0]?.followUps[0]?.workingDaysOverdue; // e.g. 3
 * ```
 */
export function listOverdue(
  followUps: readonly FollowUpInput[],
  options: ListOverdueOptions,
): OverdueByOrganization[] {
  const zone = options.timeZone ?? options.calendar?.zone;
  const asOf = dateIn(options.asOf, zone, 'asOf');
  const count = (from: string, to: string) =>
    options.calendar ? options.calendar.countWorkingDays(from, to) : countWorkingDays(from, to);
  const groups = new Map<string, OverdueFollowUp[]>();
  followUps.forEach((input, i) => {
    const followUp = parseWith(FollowUp, input, `followUps[${i}]`);
    if (followUp.status !== 'open' && followUp.status !== 'in_progress') return;
    if (followUp.dueDate >= asOf) return;
    const item: OverdueFollowUp = {
      followUp,
      daysOverdue: daysBetween(followUp.dueDate, asOf),
      workingDaysOverdue: count(followUp.dueDate, asOf),
    };
    const list = groups.get(followUp.ownerOrganizationId);
    if (list) list.push(item);
    else groups.set(followUp.ownerOrganizationId, [item]);
  });
  return [...groups]
    .map(([organizationId, items]) => ({
      organizationId,
      followUps: items.sort(
        (a, b) => b.daysOverdue - a.daysOverdue || a.followUp.id.localeCompare(b.followUp.id),
      ),
    }))
    .sort(
      (a, b) => b.followUps.length - a.followUps.length || a.organizationId.localeCompare(b.organizationId),
    );
}
