import * as z from 'zod';
import { AttendeeRole } from '../session/schemas.js';

/**
 * Schema of one {@link FigureRow}, for APIs that serve figures.
 *
 * @example
 * ```ts
 * FigureRowSchema.parse(figures.rows[0]);
 * ```
 */
export const FigureRowSchema = z.object({
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
 * FiguresSchema.parse(computeFigures(data, { groupBy: 'month', asOf: '2026-06-30' }));
 * ```
 */
export const FiguresSchema = z.object({
  /** Grouping. */
  groupBy: z.enum(['session', 'zone', 'organization', 'month', 'all']),
  /** The day of the figures. */
  asOf: z.iso.date(),
  /** Percentile definition. */
  percentileMethod: z.enum(['linear', 'nearest_rank']),
  /** Rows. */
  rows: z.array(FigureRowSchema),
  /** Ungrouped aspirations. */
  ungrouped: z.int().min(0),
});
