import * as z from 'zod';
import { AttendeeRole } from '../session/schemas.js';
import type { FigureRow, Figures } from './figures.js';

/**
 * The groupings of {@link computeFigures}, as a schema (for API queries).
 *
 * @example
 * ```ts
 * FiguresGroupBySchema.parse('zone');
 * ```
 */
export const FiguresGroupBySchema = z.enum({
  /** Per session. */
  session: 'session',
  /** Per zone. */
  zone: 'zone',
  /** Per organization. */
  organization: 'organization',
  /** Per month (`YYYY-MM` in the zone). */
  month: 'month',
  /** One row for everything. */
  all: 'all',
});

/**
 * The percentile definitions of {@link percentile}, as a schema (for API queries).
 *
 * @example
 * ```ts
 * PercentileMethodSchema.parse('nearest_rank');
 * ```
 */
export const PercentileMethodSchema = z.enum({
  /** Hyndman & Fan definition 7. */
  linear: 'linear',
  /** Hyndman & Fan definition 1. */
  nearest_rank: 'nearest_rank',
});

/**
 * Schema of one {@link FigureRow}, for APIs that serve figures.
 *
 * @example
 * ```ts
 * declare const records: ForumRecords<Aspiration, FollowUp, ForumSession>; // from your database
 * const figures = computeFigures(records, { groupBy: 'month', asOf: '2026-06-30' });
 * FigureRowSchema.parse(figures.rows[0]);
 * ```
 */
export const FigureRowSchema: z.ZodType<FigureRow> = z.object({
  /** Group key. */
  key: z.string(),
  /** Held sessions. */
  sessionsHeld: z.int().min(0),
  /** Aspirations raised. */
  raised: z.int().min(0),
  /** Answered in the forum. */
  answeredInForum: z.int().min(0),
  /** With a follow-up. */
  followedUp: z.int().min(0),
  /** Completed. */
  completed: z.int().min(0),
  /** Working days to completion. */
  workingDaysToCompletion: z.object({
    count: z.int().min(0),
    median: z.number().nullable(),
    p90: z.number().nullable(),
  }),
  /** Within deadline. */
  withinDeadline: z.object({
    due: z.int().min(0),
    onTime: z.int().min(0),
    share: z.number().min(0).max(1).nullable(),
  }),
  /** Attendance by role. */
  attendanceByRole: z.partialRecord(AttendeeRole, z.int().min(0)),
});

/**
 * Schema of {@link Figures}, for APIs that serve figures.
 *
 * @example
 * ```ts
 * declare const records: ForumRecords<Aspiration, FollowUp, ForumSession>; // from your database
 * FiguresSchema.parse(computeFigures(records, { groupBy: 'month', asOf: '2026-06-30' }));
 * ```
 */
export const FiguresSchema: z.ZodType<Figures> = z.object({
  /** Grouping. */
  groupBy: FiguresGroupBySchema,
  /** The day of the figures. */
  asOf: z.iso.date(),
  /** Percentile definition. */
  percentileMethod: PercentileMethodSchema,
  /** Rows. */
  rows: z.array(FigureRowSchema),
  /** Ungrouped aspirations. */
  ungrouped: z.int().min(0),
});
