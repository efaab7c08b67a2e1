import {
  addDays,
  createHolidayCalendar,
  type HolidayCalendar,
  toLocalDate,
  toZonedIso,
  ValidationError,
  zonedDateTimeToInstant,
} from '@opengov-id/core';
import type { HistoryEntry, Report } from '../model/report.js';
import { isTerminal as isTerminalStatus } from '../lifecycle/machine.js';
import { DEFAULT_SLA_RULE_SETS, SLA_STAGES, type SlaRule, type SlaRuleSet, type SlaStage } from './rules.js';

/** Options of {@link dueDates} and {@link breaches}. */
export interface SlaOptions {
  /** Rule sets to apply. @defaultValue {@link DEFAULT_SLA_RULE_SETS} */
  ruleSets?: readonly SlaRuleSet[];
  /**
   * Working-day calendar (zone included). @defaultValue core's `createHolidayCalendar()`: WITA,
   * SKB holidays and cuti bersama, throwing `CalendarYearNotDecreedError` past the table.
   */
  calendar?: HolidayCalendar;
}

/**
 * One deadline of one report.
 *
 * @example
 * ```ts
 * declare const report: Report; // a stored report
 * const due: DueDate = dueDates(report)[0]!;
 * due.dueAt; // e.g. '2026-03-05T23:59:59.999+08:00'
 * ```
 */
export interface DueDate {
  /** The rule set's id. */
  readonly ruleSet: string;
  /** The stage. */
  readonly stage: SlaStage;
  /** The rule applied (source included). */
  readonly rule: SlaRule;
  /** When the clock started; `null` while the stage has not begun. */
  readonly startedAt: string | null;
  /** The last instant that still meets the deadline, in the calendar's zone; `null` before the start. */
  readonly dueAt: string | null;
  /** The due date (`YYYY-MM-DD`) for day units; `null` for hours or before the start. */
  readonly dueDate: string | null;
  /** When the clock stopped; `null` while it runs. */
  readonly completedAt: string | null;
  /** `pending` (not started), `running`, `met` or `late` (stopped after `dueAt`). */
  readonly state: 'pending' | 'running' | 'met' | 'late';
}

/**
 * A deadline passed: stopped late, or still running after `dueAt` at `now`.
 *
 * @example
 * ```ts
 * declare const report: Report; // a stored report
 * const [first]: SlaBreach[] = breaches(report, '2026-03-10T09:00:00+08:00');
 * first?.overdueMs;
 * ```
 */
export interface SlaBreach extends DueDate {
  /** How far past `dueAt`, in milliseconds (to `completedAt`, or to `now` while running). */
  readonly overdueMs: number;
  /** The rule's consequence, e.g. `auto_close`. */
  readonly onBreach: SlaRule['onBreach'] | undefined;
}

let defaultCalendar: HolidayCalendar | undefined;
function calendarOf(options: SlaOptions): HolidayCalendar {
  if (options.calendar) return options.calendar;
  defaultCalendar ??= createHolidayCalendar();
  return defaultCalendar;
}

const ms = (iso: string): number => Date.parse(iso);

function findStart(report: Report, stage: SlaStage): { at: string; index: number } | undefined {
  const def = SLA_STAGES[stage];
  if (def.startOn === 'received') return { at: report.receivedAt, index: -1 };
  const actions = def.startOn;
  const history = report.history;
  if (def.startAt === 'last') {
    for (let i = history.length - 1; i >= 0; i--)
      if (actions.includes((history[i] as HistoryEntry).action))
        return { at: (history[i] as HistoryEntry).at, index: i };
    return undefined;
  }
  const index = history.findIndex((h) => actions.includes(h.action));
  return index === -1 ? undefined : { at: (history[index] as HistoryEntry).at, index };
}

function findStop(report: Report, stage: SlaStage, after: number): string | undefined {
  const def = SLA_STAGES[stage];
  for (let i = after + 1; i < report.history.length; i++) {
    const h = report.history[i] as HistoryEntry;
    if (def.stopOn?.includes(h.action)) return h.at;
    if (def.stopByRoles?.includes(h.actor.role)) return h.at;
    if (def.stopOnFinal && isTerminalStatus(h.to)) return h.at;
  }
  return undefined;
}

function requireAmount(rule: SlaRule): number {
  if (!Number.isInteger(rule.amount) || rule.amount < 0)
    throw ValidationError.single(
      'rule.amount',
      {
        id: 'Kolom `rule.amount` harus bilangan bulat 0 atau lebih.',
        en: 'Field `rule.amount` must be a whole number, 0 or more.',
      },
      'invalid_sla_rule',
    );
  return rule.amount;
}

/** The deadline of a rule started at `start`: the last instant that still counts, and the due date for day units. */
function deadline(
  rule: SlaRule,
  start: string,
  calendar: HolidayCalendar,
): { dueAt: string; dueDate: string | null } {
  const amount = requireAmount(rule);
  if (rule.unit === 'jam')
    return { dueAt: toZonedIso(new Date(ms(start) + amount * 3_600_000), calendar.zone), dueDate: null };
  const startDate = toLocalDate(start, calendar.zone);
  const dueDate =
    rule.unit === 'hari_kerja' ? calendar.addWorkingDays(startDate, amount) : addDays(startDate, amount);
  // The last instant of the due date: just before the next local midnight.
  const nextMidnight = ms(zonedDateTimeToInstant(addDays(dueDate, 1), '00:00', calendar.zone));
  return { dueAt: toZonedIso(new Date(nextMidnight - 1), calendar.zone), dueDate };
}

/**
 * Every deadline of `report` under the rule sets: when each clock started, when it is due, and
 * whether it stopped in time. Hours are exact; days end at 23:59:59.999 of the due date in the
 * calendar's zone (WITA by default); working days skip weekends, libur nasional and cuti bersama.
 *
 * @throws `CalendarYearNotDecreedError` from core when a working-day count enters a year the
 *   calendar has no decree for (pass a calendar with `weekendFallback: true` to count anyway).
 * @example
 * ```ts
 * declare const report: Report; // received 2026-03-17T10:00:00+08:00
 * // Received Tuesday 17 March 2026: Nyepi (19th), Idulfitri (21st–22nd) and cuti bersama
 * // (18th, 20th, 23rd, 24th) leave 25, 26 and 27 March as the next three working days.
 * const verify = dueDates(report).find((d) => d.stage === 'verifikasi');
 * verify?.dueDate; // => '2026-03-27'
 * ```
 */
export function dueDates(report: Report, options: SlaOptions = {}): DueDate[] {
  const calendar = calendarOf(options);
  const out: DueDate[] = [];
  for (const set of options.ruleSets ?? DEFAULT_SLA_RULE_SETS) {
    for (const rule of set.rules) {
      if (rule.priority !== undefined && rule.priority !== report.priority) continue;
      const start = findStart(report, rule.stage);
      if (!start) {
        out.push({
          ruleSet: set.id,
          stage: rule.stage,
          rule,
          startedAt: null,
          dueAt: null,
          dueDate: null,
          completedAt: null,
          state: 'pending',
        });
        continue;
      }
      const { dueAt, dueDate } = deadline(rule, start.at, calendar);
      const completedAt = findStop(report, rule.stage, start.index) ?? null;
      const state = completedAt === null ? 'running' : ms(completedAt) > ms(dueAt) ? 'late' : 'met';
      out.push({
        ruleSet: set.id,
        stage: rule.stage,
        rule,
        startedAt: start.at,
        dueAt,
        dueDate,
        completedAt,
        state,
      });
    }
  }
  return out;
}

/**
 * The deadlines of `report` that are missed at `now`: stopped late, or still running after
 * their due instant.
 *
 * @throws `CalendarYearNotDecreedError` as {@link dueDates}.
 * @example
 * ```ts
 * declare const report: Report; // a stored report
 * const missed = breaches(report, '2026-04-01T09:00:00+08:00');
 * if (missed.some((b) => b.onBreach === 'auto_close')) transition(report, { type: 'tutup_otomatis' }, { role: 'sistem', id: 'sla-job' });
 * ```
 */
export function breaches(report: Report, now: string | Date, options: SlaOptions = {}): SlaBreach[] {
  const nowMs = typeof now === 'string' ? ms(now) : now.getTime();
  if (Number.isNaN(nowMs))
    throw ValidationError.single(
      'now',
      {
        id: 'Kolom `now` harus waktu ISO 8601 dengan zona waktu.',
        en: 'Field `now` must be an ISO 8601 instant with an offset.',
      },
      'invalid_instant',
    );
  const out: SlaBreach[] = [];
  for (const due of dueDates(report, options)) {
    if (due.dueAt === null) continue;
    const until = due.completedAt === null ? nowMs : ms(due.completedAt);
    const overdueMs = until - ms(due.dueAt);
    if (overdueMs > 0 && (due.completedAt !== null || due.state === 'running'))
      out.push({ ...due, overdueMs, onBreach: due.rule.onBreach });
  }
  return out;
}
