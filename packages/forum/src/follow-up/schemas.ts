import * as z from 'zod';
import { type LocalizedMessage, LocalDate, ValidationError } from '@opengov-id/core';
import { Actor } from '../session/schemas.js';
import { Instant } from '../shared/schemas.js';

/**
 * One deadline class of follow-ups: how many working days (hari kerja) the owner has.
 *
 * @example
 * ```ts
 * FollowUpClass.parse({ id: 'normatif', label: { id: 'Normatif', en: 'Normative' }, workingDays: 5 });
 * ```
 */
export const FollowUpClass = z.object({
  /** Stable id. */
  id: z.string().min(1),
  /** Label in Indonesian and English. */
  label: z.object({ id: z.string().min(1), en: z.string().min(1) }),
  /** Working days from the start date to the due date. */
  workingDays: z.int().min(1).max(365),
});
/** A deadline class; see {@link FollowUpClass}. */
export type FollowUpClass = z.output<typeof FollowUpClass>;

/**
 * A table of deadline classes with its source and version; replace it with your regency's SOP.
 *
 * @example
 * ```ts
 * FollowUpClassTable.parse({ version: 'sop-ksb-2026', source: 'Perbup ...', classes: [{ id: 'cepat', label: { id: 'Cepat', en: 'Fast' }, workingDays: 3 }] });
 * ```
 */
export const FollowUpClassTable = z.object({
  /** Version tag. */
  version: z.string().min(1),
  /** Source: SOP, regulation or publisher. */
  source: z.string().min(1),
  /** Where the source can be read. */
  sourceUrl: z.url().optional(),
  /** The classes; ids unique. */
  classes: z.array(FollowUpClass).min(1),
});
/** A deadline class table; see {@link FollowUpClassTable}. */
export type FollowUpClassTable = z.output<typeof FollowUpClassTable>;

/**
 * Default deadline classes, in hari kerja: light 2, normative 5, without supervisory content
 * 14, needing inspection 60: the classes of complaint-handling SOPs published on SIPPN
 * (Sistem Informasi Pelayanan Publik, KemenPAN-RB), e.g.
 * https://sippn.menpan.go.id/pelayanan-publik/8304801/kelurahan-paria/pelayanan-surat-pengantar-skck.
 *
 * @example
 * ```ts
 * FOLLOW_UP_CLASSES.classes.map((c) => c.workingDays); // => [2, 5, 14, 60]
 * ```
 */
export const FOLLOW_UP_CLASSES: FollowUpClassTable = {
  version: 'sippn-sop-pengaduan',
  source: 'SOP pengelolaan pengaduan pada SIPPN (KemenPAN-RB)',
  sourceUrl:
    'https://sippn.menpan.go.id/pelayanan-publik/8304801/kelurahan-paria/pelayanan-surat-pengantar-skck',
  classes: [
    { id: 'ringan', label: { id: 'Ringan', en: 'Light' }, workingDays: 2 },
    { id: 'normatif', label: { id: 'Normatif', en: 'Normative' }, workingDays: 5 },
    {
      id: 'tidak_berkadar_pengawasan',
      label: { id: 'Tidak berkadar pengawasan', en: 'Without supervisory content' },
      workingDays: 14,
    },
    {
      id: 'berkadar_pengawasan',
      label: { id: 'Berkadar pengawasan (perlu pemeriksaan)', en: 'Needs inspection' },
      workingDays: 60,
    },
  ],
};

/**
 * The status of a follow-up: `open` until the first progress, `in_progress`, then
 * `completed` or `cancelled`; a closed one can be reopened (back to `in_progress`).
 *
 * @example
 * ```ts
 * FollowUpStatus.parse('in_progress');
 * ```
 */
export const FollowUpStatus = z.enum({
  /** Created, no progress yet. */
  open: 'open',
  /** Work under way. */
  in_progress: 'in_progress',
  /** Done, with an outcome. */
  completed: 'completed',
  /** Dropped, with a reason. */
  cancelled: 'cancelled',
});
/** One of the {@link FollowUpStatus} values. */
export type FollowUpStatus = z.output<typeof FollowUpStatus>;

/**
 * Labels of each {@link FollowUpStatus} in Indonesian and English.
 *
 * @example
 * ```ts
 * FOLLOW_UP_STATUS_LABELS.completed.id; // => 'Selesai'
 * ```
 */
export const FOLLOW_UP_STATUS_LABELS: Readonly<Record<FollowUpStatus, LocalizedMessage>> = {
  open: { id: 'Belum ditindaklanjuti', en: 'Open' },
  in_progress: { id: 'Sedang ditindaklanjuti', en: 'In progress' },
  completed: { id: 'Selesai', en: 'Completed' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
};

/**
 * The outcome of a completed follow-up.
 *
 * @example
 * ```ts
 * FollowUpOutcome.parse({ result: 'resolved', summary: 'Jalan sudah ditambal.' });
 * ```
 */
export const FollowUpOutcome = z.object({
  /** How it ended. */
  result: z.enum({
    /** Resolved. */
    resolved: 'resolved',
    /** Partly resolved. */
    partially_resolved: 'partially_resolved',
    /** Cannot be resolved (e.g. outside the regency's authority or budget). */
    not_resolvable: 'not_resolvable',
    /** Handed to another authority. */
    transferred: 'transferred',
  }),
  /** What was done. */
  summary: z.string().min(1),
});
/** An outcome; see {@link FollowUpOutcome}. */
export type FollowUpOutcome = z.output<typeof FollowUpOutcome>;

/**
 * Evidence of progress: a photo, a document, a letter.
 *
 * @example
 * ```ts
 * Evidence.parse({ url: 'https://example.go.id/foto/jalan-goa.jpg', mediaType: 'image/jpeg', note: 'Setelah perbaikan' });
 * ```
 */
export const Evidence = z.object({
  /** Where it is. */
  url: z.url(),
  /** IANA media type. */
  mediaType: z.string().min(1).optional(),
  /** What it shows. */
  note: z.string().optional(),
});
/** Evidence; see {@link Evidence}. */
export type Evidence = z.output<typeof Evidence>;

/**
 * Kinds of timeline entry.
 *
 * @example
 * ```ts
 * TimelineEntryKind.parse('progress');
 * ```
 */
export const TimelineEntryKind = z.enum({
  /** The follow-up was created. */
  created: 'created',
  /** Progress was reported. */
  progress: 'progress',
  /** Evidence was added. */
  evidence: 'evidence',
  /** It was completed. */
  completed: 'completed',
  /** It was cancelled. */
  cancelled: 'cancelled',
  /** It was reopened. */
  reopened: 'reopened',
});
/** One of the {@link TimelineEntryKind} values. */
export type TimelineEntryKind = z.output<typeof TimelineEntryKind>;

/**
 * One dated entry of a follow-up's timeline.
 *
 * @example
 * ```ts
 * TimelineEntry.parse({ at: '2026-01-12T10:00:00+08:00', kind: 'progress', progress: 40, note: 'Survei lokasi' });
 * ```
 */
export const TimelineEntry = z.object({
  /** When. */
  at: Instant,
  /** What happened. */
  kind: TimelineEntryKind,
  /** A note. */
  note: z.string().optional(),
  /** Progress in percent after this entry. */
  progress: z.int().min(0).max(100).optional(),
  /** Evidence attached. */
  evidence: z.array(Evidence).default([]),
  /** The outcome (on `completed`). */
  outcome: FollowUpOutcome.optional(),
  /** Who recorded it. */
  by: Actor.optional(),
});
/** A timeline entry; see {@link TimelineEntry}. */
export type TimelineEntry = z.output<typeof TimelineEntry>;

/**
 * A follow-up (tindak lanjut): the owner organization, the commitment made, the deadline in
 * working days by class, a dated timeline with evidence, and the outcome.
 *
 * `status`, `progress`, `closedAt` and `outcome` are derived from the timeline (see
 * {@link deriveFollowUpState}); the schema refuses a record where they disagree, or where the
 * timeline is out of order.
 *
 * @example
 * ```ts
 * const followUp = createFollowUp({ id: 'tl-1', aspirationId: 'asp-0001', ownerOrganizationId: 'ksb-pupr', commitment: 'Menambal jalan Desa Goa', classId: 'tidak_berkadar_pengawasan', at: '2026-01-08T20:30:00+08:00' });
 * FollowUp.parse(followUp).dueDate; // => '2026-01-29' (16 January is Isra Mi'raj)
 * ```
 */
export const FollowUp = z
  .object({
    /** Unique id. */
    id: z.string().min(1),
    /** The aspiration followed up. */
    aspirationId: z.string().min(1),
    /** Organization that owns it. */
    ownerOrganizationId: z.string().min(1),
    /** The commitment made. */
    commitment: z.string().min(1),
    /** Deadline class id. */
    classId: z.string().min(1),
    /** The day work starts counting from (the day the commitment was made). */
    startDate: LocalDate,
    /** Due date: `startDate` plus the class's working days. */
    dueDate: LocalDate,
    /** Status (derived from the timeline). */
    status: FollowUpStatus,
    /** Progress in percent (derived). */
    progress: z.int().min(0).max(100),
    /** Timeline, oldest first; starts with `created`. */
    timeline: z.array(TimelineEntry).min(1),
    /** Outcome (derived; only when completed). */
    outcome: FollowUpOutcome.optional(),
    /** When it was closed (derived; only when completed or cancelled). */
    closedAt: Instant.optional(),
  })
  .check((ctx) => {
    const f = ctx.value;
    const issue = (path: PropertyKey[], en: string, id: string) =>
      ctx.issues.push({ code: 'custom', input: '', path, message: en, params: { id } });
    if (f.dueDate < f.startDate)
      issue(['dueDate'], 'must not be before startDate.', 'tidak boleh sebelum startDate.');
    let derived: FollowUpState;
    try {
      derived = deriveFollowUpState(f.timeline);
    } catch (error) {
      const field = error instanceof ValidationError ? (error.issues[0]?.field ?? '') : '';
      const at = Number(/\[(\d+)\]/.exec(field)?.[1] ?? 0);
      issue(
        ['timeline', at],
        'is not a valid step of the timeline.',
        'bukan langkah yang sah dalam linimasa.',
      );
      return;
    }
    if (derived.status !== f.status)
      issue(['status'], 'does not match the timeline.', 'tidak sesuai dengan linimasa.');
    if (derived.progress !== f.progress)
      issue(['progress'], 'does not match the timeline.', 'tidak sesuai dengan linimasa.');
    if (derived.closedAt !== f.closedAt)
      issue(['closedAt'], 'does not match the timeline.', 'tidak sesuai dengan linimasa.');
    if ((derived.outcome === undefined) !== (f.outcome === undefined))
      issue(['outcome'], 'does not match the timeline.', 'tidak sesuai dengan linimasa.');
  });
/** A follow-up as parsed; see {@link FollowUp}. */
export type FollowUp = z.output<typeof FollowUp>;
/** A follow-up as written by a caller; see {@link FollowUp}. */
export type FollowUpInput = z.input<typeof FollowUp>;

/** The state of a follow-up that its timeline determines; see {@link deriveFollowUpState}. */
export interface FollowUpState {
  /** Status. */
  readonly status: FollowUpStatus;
  /** Progress in percent. */
  readonly progress: number;
  /** When it was closed, while closed. */
  readonly closedAt?: string;
  /** Outcome, while completed. */
  readonly outcome?: FollowUpOutcome;
}

const STEP_MESSAGES = {
  order: {
    id: 'Entri linimasa harus berurutan waktu (tidak boleh lebih awal dari entri sebelumnya).',
    en: 'Timeline entries must be in time order (none earlier than the one before).',
  },
  first: {
    id: 'Linimasa harus diawali satu entri `created`, dan hanya satu.',
    en: 'A timeline must start with one `created` entry, and have only one.',
  },
  transition: {
    id: 'Langkah ini tidak sah pada status tindak lanjut saat itu.',
    en: 'This step is not allowed in the follow-up status at that point.',
  },
} as const;

function stepError(index: number, reason: keyof typeof STEP_MESSAGES): ValidationError {
  return ValidationError.single(`timeline[${index}]`, STEP_MESSAGES[reason], `timeline_${reason}`);
}

/**
 * The state a timeline leads to, folding its entries in order: `created` opens (progress 0);
 * `progress` moves to `in_progress` and sets the percent when given; `evidence` changes
 * nothing; `completed` closes with progress 100 and the outcome; `cancelled` closes; `reopened`
 * goes back to `in_progress` with the progress from before the close (or the entry's).
 *
 * @throws {@link @opengov-id/core!index.ValidationError} (`timeline_order`, `timeline_first`,
 * `timeline_transition`) naming the entry, when the timeline is out of order or a step is not allowed.
 * @example
 * ```ts
 * deriveFollowUpState([
 *   { at: '2026-01-08T20:30:00+08:00', kind: 'created', evidence: [] },
 *   { at: '2026-01-12T10:00:00+08:00', kind: 'progress', progress: 40, evidence: [] },
 * ]); // => { status: 'in_progress', progress: 40 }
 * ```
 */
export function deriveFollowUpState(timeline: readonly TimelineEntry[]): FollowUpState {
  let status: FollowUpStatus = 'open';
  let progress = 0;
  let beforeClose = 0;
  let closedAt: string | undefined;
  let outcome: FollowUpOutcome | undefined;
  let last = Number.NEGATIVE_INFINITY;
  timeline.forEach((entry, i) => {
    const at = Date.parse(entry.at);
    if (!(at >= last)) throw stepError(i, 'order');
    last = at;
    if ((i === 0) !== (entry.kind === 'created')) throw stepError(i, 'first');
    const closed = status === 'completed' || status === 'cancelled';
    switch (entry.kind) {
      case 'created':
        break;
      case 'progress':
        if (closed) throw stepError(i, 'transition');
        status = 'in_progress';
        progress = entry.progress ?? progress;
        break;
      case 'evidence':
        if (status === 'cancelled') throw stepError(i, 'transition');
        break;
      case 'completed':
        if (closed || entry.outcome === undefined) throw stepError(i, 'transition');
        beforeClose = progress;
        status = 'completed';
        progress = 100;
        closedAt = entry.at;
        outcome = entry.outcome;
        break;
      case 'cancelled':
        if (closed) throw stepError(i, 'transition');
        beforeClose = progress;
        status = 'cancelled';
        closedAt = entry.at;
        break;
      case 'reopened':
        if (!closed) throw stepError(i, 'transition');
        status = 'in_progress';
        progress = entry.progress ?? beforeClose;
        closedAt = undefined;
        outcome = undefined;
        break;
    }
  });
  return {
    status,
    progress,
    ...(closedAt === undefined ? {} : { closedAt }),
    ...(outcome === undefined ? {} : { outcome }),
  };
}
