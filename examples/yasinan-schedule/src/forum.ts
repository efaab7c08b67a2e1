// The forum's year in one pass: schedule, routing, follow-ups, figures and the calendar feed,
// all by @opengov-id/forum; this file only wires the sample records through it.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Aspiration,
  applyFollowUpUpdate,
  computeFigures,
  createFollowUp,
  type FiguresGroupBy,
  type FigureRow,
  type FollowUp,
  type ForumSessionInput,
  KSB_ZONES,
  ksbYasinanSeries,
  listOverdue,
  type OverdueByOrganization,
  type RouteResult,
  RoutingTable,
  routeAspiration,
  type ScheduledSession,
  toICalendar,
  upcomingSessions,
} from '@opengov-id/forum';
import { type RaisedAspiration, SAMPLE_ASPIRATIONS, SAMPLE_COMMITMENTS, SAMPLE_ROUTING } from './samples.js';

/** KSB's series: zones I → II → III → IV from 8 January 2026, Thursday 19:00 WITA; a day off moves the session earlier. */
export const SERIES = ksbYasinanSeries({
  rotation: { anchorDate: '2026-01-08', order: ['I', 'II', 'III', 'IV'] },
  holidayRule: 'move_earlier',
});

/** Options of {@link runForum}. */
export interface ForumOptions {
  /** Schedule from this date (`YYYY-MM-DD`, WITA). */
  from: string;
  /** How many upcoming sessions. */
  count: number;
  /** The day the figures and overdue list are judged on. */
  asOf: string;
  /** Where the `.ics` goes; nothing is written without it. */
  outDir?: string;
  /** `DTSTAMP` of the feed. @defaultValue now */
  generatedAt?: string;
}

/** One aspiration with the route the table gave it. */
export interface RoutedAspiration {
  readonly aspiration: Aspiration;
  readonly route: RouteResult;
}

/** What {@link runForum} computed. */
export interface ForumResult {
  readonly upcoming: readonly ScheduledSession[];
  /** The two sample sessions held in January (from the same schedule). */
  readonly held: readonly ForumSessionInput[];
  readonly routed: readonly RoutedAspiration[];
  readonly followUps: readonly FollowUp[];
  readonly overdue: readonly OverdueByOrganization[];
  readonly figures: Readonly<Record<'zone' | 'all', readonly FigureRow[]>>;
  readonly ics: string;
  readonly icsPath: string | undefined;
}

/** The sessions held in January, as the secretariat would record them: the schedule's first two, with a head count. */
export function heldSessions(): ForumSessionInput[] {
  return upcomingSessions(SERIES, { from: '2026-01-08', count: 2 }).map((s, i) => ({
    id: `yasinan-${s.date}`,
    seriesId: s.seriesId,
    name: `Forum YASINAN ${s.zoneName ?? ''}`.trim(),
    level: s.level,
    ...(s.zoneId === undefined ? {} : { zoneId: s.zoneId }),
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    status: 'held',
    attendance: {
      officials: [
        { role: 'bupati', organizationId: 'pemkab-ksb', postId: 'ksb-bupati' },
        { role: 'kepala_opd', organizationId: 'ksb-pupr' },
        { role: 'kepala_opd', organizationId: 'ksb-dinkes' },
        { role: 'camat', organizationId: i === 0 ? 'ksb-kec-poto-tano' : 'ksb-kec-brang-ene' },
      ],
      citizens: [
        { role: 'warga', count: i === 0 ? 140 : 115 },
        { role: 'agen_gotong_royong', count: i === 0 ? 35 : 28 },
      ],
    },
  }));
}

const TABLE = RoutingTable.parse(SAMPLE_ROUTING);

/** Routes an aspiration with the table and records the disposition on it. */
export function routeAndAssign(raised: RaisedAspiration, sessionId: string): RoutedAspiration {
  const { session: _, ...fields } = raised;
  const route = routeAspiration(raised, TABLE);
  const aspiration = Aspiration.parse({
    ...fields,
    sessionId,
    assignedOrganizationIds: route.organizationIds,
  });
  return { aspiration, route };
}

/**
 * The schedule from `from`, the January sessions with their aspirations routed, the follow-ups
 * with deadlines in working days and their timelines, the overdue list and the figures as of
 * `asOf`, and the iCalendar feed of the upcoming sessions.
 */
export async function runForum(options: ForumOptions): Promise<ForumResult> {
  const upcoming = upcomingSessions(SERIES, { from: options.from, count: options.count });
  const held = heldSessions();
  const routed = SAMPLE_ASPIRATIONS.map((a) => routeAndAssign(a, held[a.session]?.id ?? ''));
  const leadOf = new Map(routed.map((r) => [r.aspiration.id, r.route.leadOrganizationId]));

  const followUps = SAMPLE_COMMITMENTS.map((c) => {
    let followUp = createFollowUp({
      id: `tl-${c.aspirationId.slice(-3)}`,
      aspirationId: c.aspirationId,
      ownerOrganizationId: leadOf.get(c.aspirationId) ?? SAMPLE_ROUTING.fallbackOrganizationId,
      commitment: c.commitment,
      classId: c.classId,
      at: c.at,
    });
    for (const update of c.updates) followUp = applyFollowUpUpdate(followUp, update);
    return followUp;
  });

  const overdue = listOverdue(followUps, { asOf: options.asOf });
  const input = { aspirations: routed.map((r) => r.aspiration), followUps, sessions: held };
  const figuresBy = (groupBy: FiguresGroupBy) =>
    computeFigures(input, { groupBy, asOf: options.asOf, zones: KSB_ZONES }).rows;

  const ics = toICalendar(upcoming, {
    calendarName: 'Forum YASINAN KSB',
    title: 'Forum YASINAN',
    uidDomain: 'yasinan.ksb.sample.test',
    ...(options.generatedAt === undefined ? {} : { generatedAt: options.generatedAt }),
  });
  let icsPath: string | undefined;
  if (options.outDir !== undefined) {
    await mkdir(options.outDir, { recursive: true });
    icsPath = join(options.outDir, 'forum-yasinan-ksb.ics');
    await writeFile(icsPath, ics, 'utf8');
  }
  return {
    upcoming,
    held,
    routed,
    followUps,
    overdue,
    figures: { zone: figuresBy('zone'), all: figuresBy('all') },
    ics,
    icsPath,
  };
}

const WIDTHS = [5, 8, 6, 9, 9, 9, 6, 6, 10] as const;
const line = (cells: readonly string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(WIDTHS[i] ?? 0) : c.padStart(WIDTHS[i] ?? 0))).join(' ');

/** The header of {@link figureLine}'s table. */
export const FIGURE_HEADER = line([
  'group',
  'sessions',
  'raised',
  'answered',
  'followed',
  'completed',
  'median',
  'p90',
  'on time',
]);

/** A figure row as one line of a fixed-width table (days are hari kerja). */
export function figureLine(row: FigureRow): string {
  const { workingDaysToCompletion: days, withinDeadline: deadline } = row;
  const num = (n: number | null) => (n === null ? '-' : String(Math.round(n * 100) / 100));
  const share = deadline.share === null ? '' : ` ${Math.round(deadline.share * 100)}%`;
  return line([
    row.key,
    String(row.sessionsHeld),
    String(row.raised),
    String(row.answeredInForum),
    String(row.followedUp),
    String(row.completed),
    num(days.median),
    num(days.p90),
    `${deadline.onTime}/${deadline.due}${share}`,
  ]);
}
