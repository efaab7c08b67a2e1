import {
  createHolidayCalendar,
  type DateInput,
  type HolidayCalendar,
  parseWith,
  toLocalDate,
} from '@opengov-id/core';
import { Aspiration, type AspirationInput } from '../aspiration/schemas.js';
import { FollowUp, type FollowUpInput } from '../follow-up/schemas.js';
import type { ZoneTable } from '../series/schemas.js';
import { type AttendeeRole, ForumSession, type ForumSessionInput } from '../session/schemas.js';
import { dateIn } from '../shared/dates.js';
import { type PercentileMethod, quantileOfSorted } from '@opengov-id/core';

/** What {@link computeFigures} groups by. */
export type FiguresGroupBy = 'session' | 'zone' | 'organization' | 'month' | 'all';

/** The records {@link computeFigures} reads. */
export interface FiguresInput {
  /** Aspirations. */
  readonly aspirations: readonly AspirationInput[];
  /** Their follow-ups. */
  readonly followUps?: readonly FollowUpInput[];
  /** Sessions (for zones and attendance). */
  readonly sessions?: readonly ForumSessionInput[];
}

/** Options for {@link computeFigures}. */
export interface FiguresOptions {
  /** The grouping. */
  groupBy: FiguresGroupBy;
  /** The day figures are computed on: open follow-ups due before it count as late. */
  asOf: DateInput;
  /** Working-day calendar. @defaultValue core's built-in calendar in `timeZone` */
  calendar?: HolidayCalendar;
  /** Zone for dates and months. @defaultValue the calendar's zone, else `'Asia/Makassar'` (WITA) */
  timeZone?: string;
  /** Percentile definition. @defaultValue `'linear'` (Hyndman & Fan 7) */
  percentileMethod?: PercentileMethod;
  /** Zones, to place aspirations raised outside a zone session by their area. */
  zones?: ZoneTable;
  /**
   * Validate every record with its schema first. Turn off only for records that came out of
   * this package's own schemas (a database written through them). @defaultValue true
   */
  validate?: boolean;
}

/** Working days from raising to completion, over the completed aspirations of a group. */
export interface CompletionTimes {
  /** How many completed aspirations were measured. */
  readonly count: number;
  /** Median working days, or `null` when none was completed. */
  readonly median: number | null;
  /** 90th percentile of working days, or `null`. */
  readonly p90: number | null;
}

/** Follow-ups that were due, and how many were completed by their due date. */
export interface DeadlineShare {
  /** Follow-ups completed, plus open ones whose due date has passed (cancelled ones excluded). */
  readonly due: number;
  /** Of those, completed on or before the due date. */
  readonly onTime: number;
  /** `onTime / due`, or `null` when nothing was due. */
  readonly share: number | null;
}

/** The accountability figures of one group. */
export interface FigureRow {
  /** Session id, zone id, organization id, `YYYY-MM`, or `'all'`. */
  readonly key: string;
  /** Held sessions in the group. */
  readonly sessionsHeld: number;
  /** Aspirations raised. */
  readonly raised: number;
  /** Aspirations answered in the forum itself. */
  readonly answeredInForum: number;
  /** Aspirations with at least one follow-up. */
  readonly followedUp: number;
  /** Aspirations completed: every non-cancelled follow-up completed (at least one), or resolved without one. */
  readonly completed: number;
  /** Working days from raising to completion. */
  readonly workingDaysToCompletion: CompletionTimes;
  /** Follow-ups completed within their deadline. */
  readonly withinDeadline: DeadlineShare;
  /** Head count by role over the group's sessions (by organization: that organization's officials). */
  readonly attendanceByRole: Readonly<Partial<Record<AttendeeRole, number>>>;
}

/** The result of {@link computeFigures}. */
export interface Figures {
  /** The grouping. */
  readonly groupBy: FiguresGroupBy;
  /** The day figures were computed on. */
  readonly asOf: string;
  /** The percentile definition used. */
  readonly percentileMethod: PercentileMethod;
  /** One row per group, sorted by key. */
  readonly rows: readonly FigureRow[];
  /** Aspirations that fit no group (no session for `session`, no zone for `zone`, no organization). */
  readonly ungrouped: number;
}

interface Acc {
  sessionsHeld: number;
  raised: number;
  answeredInForum: number;
  followedUp: number;
  completed: number;
  days: number[];
  due: number;
  onTime: number;
  attendance: Partial<Record<AttendeeRole, number>>;
}

const newAcc = (): Acc => ({
  sessionsHeld: 0,
  raised: 0,
  answeredInForum: 0,
  followedUp: 0,
  completed: 0,
  days: [],
  due: 0,
  onTime: 0,
  attendance: {},
});

/**
 * Accountability figures for OGP commitment IDWSB0007 (Forum YASINAN), per session, zone,
 * organization or month: aspirations raised, answered in the forum, followed up and completed;
 * median and 90th-percentile working days from raising to completion; the share of follow-ups
 * completed within their deadline; attendance by role.
 *
 * Definitions:
 * - working days to completion: core's `countWorkingDays(raisedDate, completionDate)` (working
 *   days after the day it was raised, up to and including the completion day), dates in the zone;
 * - completion date: the last `closedAt` of its completed follow-ups (cancelled ones ignored), or
 *   `resolvedAt` for one resolved without a follow-up;
 * - by organization: an aspiration counts for every assigned organization and follow-up owner,
 *   and its follow-up, completion and deadline figures use that organization's follow-ups only;
 * - percentiles: see {@link PercentileMethod}.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for an invalid record or option.
 * @example
 * ```ts
 * declare const records: ForumRecords<Aspiration, FollowUp, ForumSession>; // from your database
 * const figures = computeFigures(records, { groupBy: 'month', asOf: '2026-06-30' });
 * figures.rows[0]; // { key: '2026-01', raised: 42, answeredInForum: 30, completed: 25, workingDaysToCompletion: { median: 6, p90: 14.2, ... }, ... }
 * ```
 */
export function computeFigures(input: FiguresInput, options: FiguresOptions): Figures {
  const validate = options.validate !== false;
  const zone = options.timeZone ?? options.calendar?.zone ?? 'Asia/Makassar';
  const calendar = options.calendar ?? createHolidayCalendar({ zone });
  const method = options.percentileMethod ?? 'linear';
  const asOf = dateIn(options.asOf, zone, 'asOf');
  const aspirations = input.aspirations.map((a, i) =>
    validate ? parseWith(Aspiration, a, `aspirations[${i}]`) : (a as Aspiration),
  );
  const followUps = (input.followUps ?? []).map((f, i) =>
    validate ? parseWith(FollowUp, f, `followUps[${i}]`) : (f as FollowUp),
  );
  const sessions = (input.sessions ?? []).map((s, i) =>
    validate ? parseWith(ForumSession, s, `sessions[${i}]`) : (s as ForumSession),
  );

  const byAspiration = new Map<string, FollowUp[]>();
  for (const f of followUps) {
    const list = byAspiration.get(f.aspirationId);
    if (list) list.push(f);
    else byAspiration.set(f.aspirationId, [f]);
  }
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  const zoneOfKecamatan = new Map<string, string>();
  for (const z of options.zones?.zones ?? []) for (const k of z.kecamatanCodes) zoneOfKecamatan.set(k, z.id);

  // Core converts WIB/WITA/WIT with fixed offsets (no Intl call), and counts working days on a
  // pre-indexed holiday set: no local caches needed here.
  const localDate = (instant: string): string => toLocalDate(instant, zone);
  const workingDays = (from: string, to: string): number => calendar.countWorkingDays(from, to);

  const groups = new Map<string, Acc>();
  const acc = (key: string): Acc => {
    let a = groups.get(key);
    if (!a) {
      a = newAcc();
      groups.set(key, a);
    }
    return a;
  };

  const keysOfSession = (s: ForumSession): string[] => {
    switch (options.groupBy) {
      case 'session':
        return [s.id];
      case 'zone':
        return s.zoneId === undefined ? [] : [s.zoneId];
      case 'month':
        return [localDate(s.startsAt).slice(0, 7)];
      case 'all':
        return ['all'];
      case 'organization':
        return [];
    }
  };
  for (const s of sessions) {
    const keys = keysOfSession(s);
    if (options.groupBy === 'organization') {
      if (s.status !== 'held') continue;
      for (const o of s.attendance?.officials ?? []) {
        const a = acc(o.organizationId);
        a.attendance[o.role] = (a.attendance[o.role] ?? 0) + 1;
      }
      continue;
    }
    for (const key of keys) {
      const a = acc(key);
      if (s.status !== 'held') continue;
      a.sessionsHeld++;
      for (const o of s.attendance?.officials ?? []) a.attendance[o.role] = (a.attendance[o.role] ?? 0) + 1;
      for (const c of s.attendance?.citizens ?? [])
        a.attendance[c.role] = (a.attendance[c.role] ?? 0) + c.count;
    }
  }

  const tally = (
    key: string,
    asp: Aspiration,
    own: readonly FollowUp[],
    answered: boolean,
    raisedDate: string,
  ) => {
    const a = acc(key);
    a.raised++;
    if (answered) a.answeredInForum++;
    if (own.length > 0) a.followedUp++;
    let completedAt: string | undefined;
    let live = 0;
    let allCompleted = true;
    for (const f of own) {
      if (f.status === 'cancelled') continue;
      live++;
      if (f.status !== 'completed') allCompleted = false;
      else if (completedAt === undefined || Date.parse(f.closedAt!) > Date.parse(completedAt))
        completedAt = f.closedAt;
    }
    if (live === 0 || !allCompleted) completedAt = undefined;
    if (own.length === 0 && asp.status === 'selesai' && asp.resolvedAt !== undefined)
      completedAt = asp.resolvedAt;
    if (completedAt !== undefined) {
      a.completed++;
      a.days.push(workingDays(raisedDate, localDate(completedAt)));
    }
    for (const f of own) {
      if (f.status === 'cancelled') continue;
      if (f.status === 'completed') {
        a.due++;
        if (localDate(f.closedAt!) <= f.dueDate) a.onTime++;
      } else if (f.dueDate < asOf) {
        a.due++;
      }
    }
  };

  let ungrouped = 0;
  for (const asp of aspirations) {
    const all = byAspiration.get(asp.id) ?? [];
    const answered = asp.answers.some((x) => x.inForum);
    const raisedDate = localDate(asp.raisedAt);
    let keys: string[];
    switch (options.groupBy) {
      case 'session':
        keys = asp.sessionId === undefined ? [] : [asp.sessionId];
        break;
      case 'zone': {
        const session = asp.sessionId === undefined ? undefined : sessionById.get(asp.sessionId);
        const zoneId = session?.zoneId ?? zoneOfKecamatan.get(asp.areaCode.split('.').slice(0, 3).join('.'));
        keys = zoneId === undefined ? [] : [zoneId];
        break;
      }
      case 'month':
        keys = [raisedDate.slice(0, 7)];
        break;
      case 'all':
        keys = ['all'];
        break;
      case 'organization': {
        const orgs = new Set([...asp.assignedOrganizationIds, ...all.map((f) => f.ownerOrganizationId)]);
        if (orgs.size === 0) ungrouped++;
        for (const org of orgs)
          tally(
            org,
            asp,
            all.filter((f) => f.ownerOrganizationId === org),
            answered,
            raisedDate,
          );
        continue;
      }
    }
    if (keys.length === 0) ungrouped++;
    for (const key of keys) tally(key, asp, all, answered, raisedDate);
  }

  const rows: FigureRow[] = [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, a]) => {
      const sorted = a.days.sort((x, y) => x - y);
      return {
        key,
        sessionsHeld: a.sessionsHeld,
        raised: a.raised,
        answeredInForum: a.answeredInForum,
        followedUp: a.followedUp,
        completed: a.completed,
        workingDaysToCompletion: {
          count: sorted.length,
          median: sorted.length === 0 ? null : quantileOfSorted(sorted, 0.5, method),
          p90: sorted.length === 0 ? null : quantileOfSorted(sorted, 0.9, method),
        },
        withinDeadline: { due: a.due, onTime: a.onTime, share: a.due === 0 ? null : a.onTime / a.due },
        attendanceByRole: a.attendance,
      };
    });
  return { groupBy: options.groupBy, asOf, percentileMethod: method, rows, ungrouped };
}
