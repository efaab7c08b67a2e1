import {
  createHolidayCalendar,
  type HolidayCalendar,
  toLocalDate,
  validationErrorFromZod,
} from '@opengov-id/core';
import * as z from 'zod';
import { type Assignment, Report } from '../model/report.js';
import { breaches } from '../sla/engine.js';
import type { SlaRuleSet } from '../sla/rules.js';
import { type PercentileMethod, percentile } from '@opengov-id/core';

/**
 * How {@link computePerformanceFigures} groups reports: per assigned organization (OPD), per
 * month of `receivedAt` in the calendar's zone (WITA by default), or per both.
 *
 * @example
 * ```ts
 * const groupBy: PerformanceGroupBy = 'organization_month';
 * ```
 */
export type PerformanceGroupBy = 'organization' | 'month' | 'organization_month';

/**
 * Options of {@link computePerformanceFigures}.
 *
 * @example
 * ```ts
 * const options: PerformanceFiguresOptions = { groupBy: 'organization', asOf: '2026-04-30T23:59:59+08:00' };
 * ```
 */
export interface PerformanceFiguresOptions {
  /** The grouping. */
  groupBy: PerformanceGroupBy;
  /**
   * The moment the figures describe (ISO 8601 with an offset, or a `Date`): reports received
   * later are left out, and events recorded later (history, responses, follow-ups, assignments,
   * feedback) are ignored, so a report for a past period can be reproduced.
   */
  asOf: string | Date;
  /**
   * Working-day calendar (zone included). @defaultValue core's `createHolidayCalendar()`: WITA,
   * SKB holidays and cuti bersama.
   */
  calendar?: HolidayCalendar;
  /** Percentile definition. @defaultValue `'linear'` (Hyndman & Fan type 7) */
  percentileMethod?: PercentileMethod;
  /** SLA rule sets for "completed within SLA". @defaultValue the SLA engine's defaults */
  ruleSets?: readonly SlaRuleSet[];
}

const isCalendar = (v: unknown): v is HolidayCalendar =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as HolidayCalendar).countWorkingDays === 'function' &&
  typeof (v as HolidayCalendar).zone === 'string';

const isRuleSet = (v: unknown): v is SlaRuleSet =>
  typeof v === 'object' && v !== null && Array.isArray((v as SlaRuleSet).rules);

/**
 * Schema of {@link PerformanceFiguresOptions}; {@link computePerformanceFigures} checks its
 * options with it.
 *
 * @example
 * ```ts
 * PerformanceFiguresOptionsSchema.parse({ groupBy: 'month', asOf: '2026-04-30T23:59:59+08:00' });
 * ```
 */
export const PerformanceFiguresOptionsSchema = z.strictObject({
  groupBy: z.enum({
    /** Per assigned organization. */
    organization: 'organization',
    /** Per month of `receivedAt` (`YYYY-MM` in the calendar's zone). */
    month: 'month',
    /** Per organization and month. */
    organization_month: 'organization_month',
  }),
  asOf: z.union([z.iso.datetime({ offset: true }), z.date().refine((d) => !Number.isNaN(d.getTime()))]),
  calendar: z.custom<HolidayCalendar>(isCalendar).optional(),
  percentileMethod: z
    .enum({
      /** Hyndman & Fan definition 7. */
      linear: 'linear',
      /** Hyndman & Fan definition 1. */
      nearest_rank: 'nearest_rank',
    })
    .optional(),
  ruleSets: z.array(z.custom<SlaRuleSet>(isRuleSet)).optional(),
});

/**
 * Median and 90th percentile of a duration in working days, over the reports that have it.
 *
 * @example
 * ```ts
 * const d: WorkingDayStats = { count: 4, median: 2.5, p90: 6.1 };
 * ```
 */
export interface WorkingDayStats {
  /** Reports with the duration. */
  readonly count: number;
  /** Median working days; `null` when `count` is 0. */
  readonly median: number | null;
  /** 90th-percentile working days; `null` when `count` is 0. */
  readonly p90: number | null;
}

/**
 * Reporter feedback of a group (the {@link Feedback} of each report).
 *
 * @example
 * ```ts
 * const s: SatisfactionFigures = { feedback: 4, satisfied: 3, satisfiedShare: 0.75, rated: 2, meanRating: 4.5 };
 * ```
 */
export interface SatisfactionFigures {
  /** Reports with feedback. */
  readonly feedback: number;
  /** Of those, feedback with `satisfied: true`. */
  readonly satisfied: number;
  /** `satisfied / feedback`; `null` without feedback. */
  readonly satisfiedShare: number | null;
  /** Feedback with a 1–5 `rating`. */
  readonly rated: number;
  /** Mean of the ratings; `null` without ratings. */
  readonly meanRating: number | null;
}

/**
 * The performance figures of one group of reports (or of all of them). See
 * {@link computePerformanceFigures} for the exact definitions.
 *
 * @example
 * ```ts
 * declare const reports: Report[]; // stored reports
 * const f: PerformanceFigures = computePerformanceFigures(reports, { groupBy: 'month', asOf: '2026-04-30T23:59:59+08:00' }).overall;
 * f.followUpRate;
 * ```
 */
export interface PerformanceFigures {
  /** Reports received (valid, received at or before `asOf`). */
  readonly received: number;
  /** Of those, reports assigned to an organization by `asOf`. */
  readonly assigned: number;
  /** Assigned reports with at least one follow-up or response by the assigned organization. */
  readonly followedUp: number;
  /** `followedUp / assigned`; `null` when nothing is assigned. */
  readonly followUpRate: number | null;
  /** Working days from receipt to the assigned organization's first follow-up or response. */
  readonly firstResponseDays: WorkingDayStats;
  /** Reports completed (`selesai`) by `asOf`. */
  readonly completed: number;
  /** Working days from receipt to completion. */
  readonly completionDays: WorkingDayStats;
  /** Completed reports with no SLA deadline missed at the moment of completion. */
  readonly completedWithinSla: number;
  /** `completedWithinSla / completed`; `null` when nothing is completed. */
  readonly withinSlaShare: number | null;
  /** Reporter feedback. */
  readonly satisfaction: SatisfactionFigures;
}

/**
 * One group's figures with its key.
 *
 * @example
 * ```ts
 * declare const reports: Report[]; // stored reports
 * const result = computePerformanceFigures(reports, { groupBy: 'organization_month', asOf: '2026-04-30T23:59:59+08:00' });
 * const row: PerformanceGroup = result.groups[0]!;
 * `${row.organizationName ?? 'belum didisposisi'} ${row.month ?? ''}: ${row.followUpRate}`;
 * ```
 */
export interface PerformanceGroup extends PerformanceFigures {
  /** A stable key: `organizationId`, `YYYY-MM`, or `organizationId|YYYY-MM` (`-` when unassigned). */
  readonly key: string;
  /** The assigned organization; `null` for unassigned reports or when grouping by month. */
  readonly organizationId: string | null;
  /** Its name as on the latest assignment; `null` as `organizationId`. */
  readonly organizationName: string | null;
  /** `YYYY-MM` of `receivedAt` in the calendar's zone; `null` when grouping by organization. */
  readonly month: string | null;
}

/**
 * The result of {@link computePerformanceFigures}.
 *
 * @example
 * ```ts
 * declare const reports: Report[]; // stored reports
 * const result: PerformanceFiguresResult = computePerformanceFigures(reports, { groupBy: 'organization', asOf: '2026-04-30T23:59:59+08:00' });
 * result.invalid.count;
 * ```
 */
export interface PerformanceFiguresResult {
  /** `asOf` as given, as an ISO instant (UTC). */
  readonly asOf: string;
  /** The grouping. */
  readonly groupBy: PerformanceGroupBy;
  /** The percentile definition used. */
  readonly percentileMethod: PercentileMethod;
  /** The calendar's zone (months and working days are read in it). */
  readonly zone: string;
  /** One row per group, sorted by key. */
  readonly groups: readonly PerformanceGroup[];
  /** All valid reports in scope together. */
  readonly overall: PerformanceFigures;
  /** Inputs that are not a valid {@link Report}: counted, with their positions (no content). */
  readonly invalid: { readonly count: number; readonly indexes: readonly number[] };
  /** Valid reports received after `asOf`, left out. */
  readonly afterAsOf: number;
}

interface Row {
  readonly organizationId: string | null;
  readonly organizationName: string | null;
  readonly month: string;
  readonly assigned: boolean;
  readonly followedUp: boolean;
  readonly firstResponseDays: number | null;
  readonly completionDays: number | null;
  readonly withinSla: boolean | null;
  readonly satisfied: boolean | null;
  readonly rating: number | null;
}

const FOLLOW_UP_ACTIONS: readonly string[] = ['tindak_lanjuti', 'jawab'];
const ms = (iso: string): number => Date.parse(iso);

let defaultCalendar: HolidayCalendar | undefined;
function defaultCalendarOf(): HolidayCalendar {
  defaultCalendar ??= createHolidayCalendar();
  return defaultCalendar;
}

/** The report as it stood at `asOfMs`: later events removed. */
function asOfView(report: Report, asOfMs: number): Report {
  const upTo = <T extends { at: string }>(list: readonly T[]) => list.filter((e) => ms(e.at) <= asOfMs);
  const view: Report = {
    ...report,
    history: upTo(report.history),
    responses: upTo(report.responses),
    followUps: upTo(report.followUps),
    assignments: report.assignments.filter((a) => ms(a.assignedAt) <= asOfMs),
  };
  if (report.feedback !== undefined && ms(report.feedback.at) > asOfMs) delete view.feedback;
  return view;
}

/** Instants of the follow-ups and responses attributed to the assigned organization. */
function followUpInstants(report: Report, assignment: Assignment): number[] {
  const org = assignment.organizationId;
  const since = ms(assignment.assignedAt);
  const out: number[] = [];
  for (const h of report.history)
    if (FOLLOW_UP_ACTIONS.includes(h.action) && h.actor.organizationId === org) out.push(ms(h.at));
  for (const r of report.responses)
    if (r.organizationId === undefined ? ms(r.at) >= since : r.organizationId === org) out.push(ms(r.at));
  for (const f of report.followUps) if (ms(f.at) >= since) out.push(ms(f.at));
  return out;
}

function rowOf(report: Report, calendar: HolidayCalendar, ruleSets: readonly SlaRuleSet[] | undefined): Row {
  const zone = calendar.zone;
  const receivedDate = toLocalDate(report.receivedAt, zone);
  // An event dated before receipt (clock skew, imported data) counts as the same day: never
  // negative, and no calendar lookup outside the reporting period.
  const days = (at: number) => {
    const date = toLocalDate(new Date(at), zone);
    return date <= receivedDate ? 0 : calendar.countWorkingDays(receivedDate, date);
  };
  const assignment = report.assignments.at(-1);
  const instants = assignment ? followUpInstants(report, assignment) : [];
  const first = instants.length > 0 ? Math.min(...instants) : null;
  const done = report.history.find((h) => h.to === 'selesai');
  let withinSla: boolean | null = null;
  if (done) {
    const slaOptions = ruleSets === undefined ? { calendar } : { calendar, ruleSets };
    withinSla = breaches(report, done.at, slaOptions).length === 0;
  }
  return {
    organizationId: assignment?.organizationId ?? null,
    organizationName: assignment?.organizationName ?? null,
    month: receivedDate.slice(0, 7),
    assigned: assignment !== undefined,
    followedUp: first !== null,
    firstResponseDays: first === null ? null : days(first),
    completionDays: done ? days(ms(done.at)) : null,
    withinSla,
    satisfied: report.feedback?.satisfied ?? null,
    rating: report.feedback?.rating ?? null,
  };
}

function stats(values: number[], method: PercentileMethod): WorkingDayStats {
  return {
    count: values.length,
    median: percentile(values, 0.5, method),
    p90: percentile(values, 0.9, method),
  };
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

function figuresOf(rows: readonly Row[], method: PercentileMethod): PerformanceFigures {
  const assigned = rows.filter((r) => r.assigned).length;
  const followedUp = rows.filter((r) => r.followedUp).length;
  const firstDays = rows.flatMap((r) => (r.firstResponseDays === null ? [] : [r.firstResponseDays]));
  const doneDays = rows.flatMap((r) => (r.completionDays === null ? [] : [r.completionDays]));
  const completedWithinSla = rows.filter((r) => r.withinSla === true).length;
  const feedback = rows.filter((r) => r.satisfied !== null);
  const satisfied = feedback.filter((r) => r.satisfied === true).length;
  const ratings = rows.flatMap((r) => (r.rating === null ? [] : [r.rating]));
  return {
    received: rows.length,
    assigned,
    followedUp,
    followUpRate: share(followedUp, assigned),
    firstResponseDays: stats(firstDays, method),
    completed: doneDays.length,
    completionDays: stats(doneDays, method),
    completedWithinSla,
    withinSlaShare: share(completedWithinSla, doneDays.length),
    satisfaction: {
      feedback: feedback.length,
      satisfied,
      satisfiedShare: share(satisfied, feedback.length),
      rated: ratings.length,
      meanRating: ratings.length === 0 ? null : ratings.reduce((a, b) => a + b, 0) / ratings.length,
    },
  };
}

/**
 * Performance figures of complaint handling, per OPD and per month, for OGP Local reporting on
 * commitment IDWNT0002 of West Nusa Tenggara (NTB Care; see
 * https://opengovpartnership.org/members/West-Nusa-Tenggara-Indonesia/commitments/IDWNT0002).
 *
 * Every input is parsed as a {@link Report}; one that does not parse is counted in
 * `invalid` (with its index), never dropped silently. Reports received after `asOf` are
 * counted in `afterAsOf` and left out; of the rest, only events recorded by `asOf` count.
 *
 * Definitions, per report:
 * - **Assigned organization**: the latest of `assignments` (disposisi); a report without one is
 *   grouped under `organizationId: null`.
 * - **Month**: `YYYY-MM` of `receivedAt` in the calendar's zone (WITA by default).
 * - **Follow-up by the assigned organization**: a `history` entry `tindak_lanjuti` or `jawab`
 *   whose actor's `organizationId` is the assigned one; a `responses` item whose
 *   `organizationId` is the assigned one, or that has none and was recorded at or after the
 *   latest assignment; a `followUps` item recorded at or after the latest assignment (the
 *   model has follow-ups recorded by the assigned organization). **Follow-up rate** =
 *   reports with at least one such event / assigned reports.
 * - **Time to first response**: working days from the local date of `receivedAt` to the local
 *   date of the earliest such event, counted by core's `countWorkingDays` (working days in
 *   (received, event], so the same day is 0 and a Saturday report answered Monday is 1).
 * - **Completion**: the first `history` entry whose `to` is `selesai` (reporter satisfied or
 *   closed automatically); **time to completion** counts working days the same way.
 * - **Completed within SLA**: a completed report for which {@link breaches} at the completion
 *   instant (with `calendar` and `ruleSets`) finds no missed deadline.
 * - **Satisfaction**: the report's {@link Feedback}: share `satisfied`, and the mean `rating`
 *   (1–5) where given.
 *
 * Median and 90th percentile use {@link percentile} (Hyndman & Fan type 7 by default).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} (`groupBy`, `asOf`, ... named) for bad options.
 * @throws `CalendarYearNotDecreedError` from core when a working-day count enters a year the
 *   calendar has no decree for (pass a calendar with `weekendFallback: true` to count anyway).
 * @example
 * ```ts
 * declare const reports: unknown[]; // rows from the database, checked here
 * const result = computePerformanceFigures(reports, {
 *   groupBy: 'organization_month',
 *   asOf: '2026-04-30T23:59:59+08:00',
 * });
 * for (const g of result.groups)
 *   console.log(g.organizationName, g.month, g.followUpRate, g.firstResponseDays.median, g.withinSlaShare);
 * result.invalid.count; // inputs that are not valid reports
 * ```
 */
export function computePerformanceFigures(
  reports: Iterable<unknown>,
  options: PerformanceFiguresOptions,
): PerformanceFiguresResult {
  const parsed = PerformanceFiguresOptionsSchema.safeParse(options);
  if (!parsed.success) throw validationErrorFromZod(parsed.error);
  const { groupBy, asOf, ruleSets } = parsed.data;
  const method: PercentileMethod = parsed.data.percentileMethod ?? 'linear';
  const calendar = parsed.data.calendar ?? defaultCalendarOf();
  const asOfMs = typeof asOf === 'string' ? ms(asOf) : asOf.getTime();

  const invalid: number[] = [];
  const rows: Row[] = [];
  let afterAsOf = 0;
  let index = 0;
  for (const input of reports) {
    const result = Report.safeParse(input);
    if (!result.success) invalid.push(index);
    else if (ms(result.data.receivedAt) > asOfMs) afterAsOf++;
    else rows.push(rowOf(asOfView(result.data, asOfMs), calendar, ruleSets));
    index++;
  }

  const buckets = new Map<string, Row[]>();
  for (const row of rows) {
    const org = row.organizationId ?? '-';
    const key = groupBy === 'organization' ? org : groupBy === 'month' ? row.month : `${org}|${row.month}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(row);
    else buckets.set(key, [row]);
  }
  const groups: PerformanceGroup[] = [...buckets]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, members]) => {
      const byOrg = groupBy !== 'month';
      // The name on the most recently received report, so a renamed OPD shows its current name.
      const latest = members.reduce((a, b) => (a.month >= b.month ? a : b));
      return {
        key,
        organizationId: byOrg ? latest.organizationId : null,
        organizationName: byOrg ? latest.organizationName : null,
        month: groupBy === 'organization' ? null : latest.month,
        ...figuresOf(members, method),
      };
    });

  return {
    asOf: new Date(asOfMs).toISOString(),
    groupBy,
    percentileMethod: method,
    zone: calendar.zone,
    groups,
    overall: figuresOf(rows, method),
    invalid: { count: invalid.length, indexes: invalid },
    afterAsOf,
  };
}
