import { addDays, LocalDate, parseWith, toLocalDate, ValidationError } from '@opengov-id/core';
import * as z from 'zod';
import { Dataset, UpdateFrequencySchema } from '../dataset/schemas.js';
import type { UpdateFrequency } from '../dataset/vocabularies.js';
import { WorkflowPermissionError, WorkflowTransitionError } from './errors.js';
import { type SatuDataRole, WORKFLOW_ACTIONS, type WorkflowAction, type WorkflowState } from './states.js';

const Instant = z.iso.datetime({ offset: true });

// Zod enum objects: the values of WORKFLOW_STATES, WORKFLOW_ACTIONS and SATU_DATA_ROLES, documented.
const STATE_ENUM = {
  /** Direncanakan (in the Daftar Data). */
  planned: 'planned',
  /** Diajukan by the Produsen Data. */
  submitted: 'submitted',
  /** Dikembalikan with notes. */
  returned: 'returned',
  /** Diperiksa Pembina Data (Data Prioritas). */
  pembina_review: 'pembina_review',
  /** Disetujui by the Walidata (and Pembina). */
  approved: 'approved',
  /** Dipublikasikan on the portal. */
  published: 'published',
} as const;

const ACTION_ENUM = {
  /** Mengajukan (produsen). */
  submit: 'submit',
  /** Menyetujui (walidata, pembina). */
  approve: 'approve',
  /** Mengembalikan with notes (walidata, pembina). */
  return: 'return',
  /** Memublikasikan (walidata). */
  publish: 'publish',
} as const;

const ROLE_ENUM = {
  /** Produsen Data. */
  produsen: 'produsen',
  /** Walidata. */
  walidata: 'walidata',
  /** Pembina Data. */
  pembina: 'pembina',
} as const;

/**
 * One step in an entry's history: who did what, when, from which state to which, with notes.
 *
 * @example
 * ```ts
 * declare const entry: DaftarDataEntry; // just returned by the walidata
 * entry.history.at(-1); // => { action: 'return', from: 'submitted', to: 'returned', role: 'walidata', at: '…', notes: 'Satuan belum diisi.' }
 * ```
 */
export const WorkflowEvent = z.object({
  action: z.enum(ACTION_ENUM),
  from: z.enum(STATE_ENUM),
  to: z.enum(STATE_ENUM),
  role: z.enum(ROLE_ENUM),
  organizationId: z.string().min(1).optional(),
  at: Instant,
  notes: z.string().min(1).optional(),
});
/** One step in an entry's history. */
export type WorkflowEvent = z.output<typeof WorkflowEvent>;

/**
 * An entry of the Daftar Data (the planned list of data for a year), with its workflow state,
 * whether it is Data Prioritas, its jadwal rilis and its history.
 *
 * @example
 * ```ts
 * const entry = DaftarDataEntry.parse({ id: 'dd-2025-001', title: 'Jumlah Penduduk', produsenId: 'disdukcapil-ksb' });
 * entry.state; // => 'planned'
 * ```
 */
export const DaftarDataEntry = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** The Produsen Data organization id that owns the entry. */
  produsenId: z.string().min(1),
  dataPrioritas: z.boolean().default(false),
  updateFrequency: UpdateFrequencySchema.optional(),
  /** Planned release dates (jadwal rilis), ascending. */
  jadwalRilis: z.array(LocalDate).default([]),
  state: z.enum(STATE_ENUM).default('planned'),
  /** The dataset last submitted for this entry. */
  dataset: Dataset.optional(),
  history: z.array(WorkflowEvent).default([]),
});
/** An entry of the Daftar Data. */
export type DaftarDataEntry = z.output<typeof DaftarDataEntry>;
/** The input form of {@link DaftarDataEntry}. */
export type DaftarDataEntryInput = z.input<typeof DaftarDataEntry>;

/** Who takes an action. */
export interface WorkflowActor {
  /** The actor's Satu Data role. */
  role: SatuDataRole;
  /** The actor's organization id; a produsen may only act on its own entries. */
  organizationId?: string;
}

/** Everything {@link transition} needs besides the entry and the action. */
export interface TransitionInput {
  actor: WorkflowActor;
  /** When it happens: an ISO 8601 instant with offset. */
  at: string;
  /** Required when returning: what the produsen must fix. */
  notes?: string;
  /** Required when submitting: the dataset with its metadata. */
  dataset?: unknown;
}

interface Rule {
  readonly role: SatuDataRole;
  readonly from: readonly WorkflowState[];
  readonly to: (entry: DaftarDataEntry) => WorkflowState;
}

// The transition table. Perpres 39/2019: the produsen sends data with metadata to the walidata;
// the walidata checks it against the SDI principles and returns what fails; the pembina re-checks
// Data Prioritas; the walidata disseminates (satudata.md §4, "Stages").
const RULES: Readonly<Record<WorkflowAction, readonly Rule[]>> = {
  submit: [{ role: 'produsen', from: ['planned', 'returned', 'published'], to: () => 'submitted' }],
  approve: [
    { role: 'walidata', from: ['submitted'], to: (e) => (e.dataPrioritas ? 'pembina_review' : 'approved') },
    { role: 'pembina', from: ['pembina_review'], to: () => 'approved' },
  ],
  return: [
    { role: 'walidata', from: ['submitted'], to: () => 'returned' },
    { role: 'pembina', from: ['pembina_review'], to: () => 'returned' },
  ],
  publish: [{ role: 'walidata', from: ['approved'], to: () => 'published' }],
};

/**
 * Creates a Daftar Data entry in the `planned` state, validating the input.
 *
 * @example
 * ```ts
 * const entry = createDaftarDataEntry({
 *   id: 'dd-2025-001',
 *   title: 'Angka Kematian Bayi',
 *   produsenId: 'dinkes-ntb',
 *   dataPrioritas: true,
 *   jadwalRilis: ['2025-03-31'],
 * });
 * ```
 */
export function createDaftarDataEntry(input: DaftarDataEntryInput): DaftarDataEntry {
  return parseWith(DaftarDataEntry, { ...input, state: 'planned', history: [] }, 'DaftarDataEntry');
}

/**
 * The actions `role` may take on `entry` now.
 *
 * @example
 * ```ts
 * declare const entry: DaftarDataEntry; // submitted
 * allowedActions(entry, 'walidata'); // => ['approve', 'return'] when submitted
 * ```
 */
export function allowedActions(entry: DaftarDataEntry, role: SatuDataRole): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) =>
    RULES[action].some((r) => r.role === role && r.from.includes(entry.state)),
  );
}

/**
 * Applies one workflow action and returns the new entry (the input is not changed). Throws
 * {@link WorkflowTransitionError} when the action is not possible from the current state,
 * {@link WorkflowPermissionError} when the actor's role or organization may not take it, and a
 * `ValidationError` when a return has no notes or a submission carries no valid dataset.
 *
 * @example
 * ```ts
 * declare const entry: DaftarDataEntry; // planned
 * declare const dataset: Dataset; // its metadata
 * const at = '2025-03-20T10:00:00+08:00';
 * let e = transition(entry, 'submit', { actor: { role: 'produsen', organizationId: 'dinkes-ntb' }, at, dataset });
 * e = transition(e, 'return', { actor: { role: 'walidata' }, at, notes: 'Satuan belum diisi.' });
 * e.state; // => 'returned'
 * ```
 */
export function transition(
  entry: DaftarDataEntry,
  action: WorkflowAction,
  input: TransitionInput,
): DaftarDataEntry {
  const { actor } = input;
  const rules = RULES[action];
  const fromState = rules.filter((r) => r.from.includes(entry.state));
  if (fromState.length === 0) throw new WorkflowTransitionError(entry.state, action);
  const rule = fromState.find((r) => r.role === actor.role);
  if (!rule) throw new WorkflowPermissionError(actor.role, action, 'role');
  if (actor.role === 'produsen' && actor.organizationId !== entry.produsenId) {
    throw new WorkflowPermissionError(actor.role, action, 'organization');
  }
  if (!Instant.safeParse(input.at).success) {
    throw ValidationError.single(
      'at',
      {
        id: 'Kolom `at` harus berupa waktu ISO 8601 dengan zona waktu.',
        en: 'Field `at` must be an ISO 8601 instant with an offset.',
      },
      'invalid_format',
    );
  }
  const notes = input.notes?.trim();
  if (action === 'return' && !notes) {
    throw ValidationError.single(
      'notes',
      {
        id: 'Catatan wajib diisi saat mengembalikan data kepada Produsen Data.',
        en: 'Notes are required when returning a dataset to its producer.',
      },
      'notes_required',
    );
  }
  let dataset = entry.dataset;
  if (action === 'submit') {
    if (input.dataset === undefined) {
      throw ValidationError.single(
        'dataset',
        {
          id: 'Produsen Data wajib menyerahkan data beserta metadatanya.',
          en: 'A producer must submit the dataset with its metadata.',
        },
        'dataset_required',
      );
    }
    dataset = parseWith(Dataset, input.dataset, 'Dataset');
  }
  const to = rule.to(entry);
  const event: WorkflowEvent = { action, from: entry.state, to, role: actor.role, at: input.at };
  if (actor.organizationId !== undefined) event.organizationId = actor.organizationId;
  if (notes) event.notes = notes;
  const next: DaftarDataEntry = { ...entry, state: to, history: [...entry.history, event] };
  if (dataset !== undefined) next.dataset = dataset;
  return next;
}

/**
 * The notes of the last return, when the entry is `returned`: what the produsen must fix.
 *
 * @example
 * ```ts
 * declare const entry: DaftarDataEntry; // just returned by the walidata
 * returnNotes(entry); // => 'Satuan belum diisi.'
 * ```
 */
export function returnNotes(entry: DaftarDataEntry): string | undefined {
  if (entry.state !== 'returned') return undefined;
  for (let i = entry.history.length - 1; i >= 0; i--) {
    const event = entry.history[i];
    if (event?.action === 'return') return event.notes;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Jadwal rilis
// ---------------------------------------------------------------------------------------------

const STEP: Readonly<Record<UpdateFrequency, { days?: number; months?: number } | undefined>> = {
  harian: { days: 1 },
  mingguan: { days: 7 },
  bulanan: { months: 1 },
  triwulanan: { months: 3 },
  empat_bulanan: { months: 4 },
  semesteran: { months: 6 },
  tahunan: { months: 12 },
  dua_tahunan: { months: 24 },
  tiga_tahunan: { months: 36 },
  lima_tahunan: { months: 60 },
  sepuluh_tahunan: { months: 120 },
  tidak_tetap: undefined,
  sekali: undefined,
};

function addMonthsClamped(first: string, months: number): string {
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7)) - 1 + months;
  const day = Number(first.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = (m % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const d = Math.min(day, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The release dates (jadwal rilis) of a dataset updated at `frequency`, from `first` up to and
 * including `until`. Monthly steps keep the day of month, clamped to the month's end (31 Jan →
 * 28/29 Feb → 31 Mar). Irregular and one-off data have only the first date.
 *
 * @example
 * ```ts
 * releaseSchedule('triwulanan', '2025-03-31', '2025-12-31');
 * // => ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']
 * ```
 */
export function releaseSchedule(frequency: UpdateFrequency, first: string, until: string): string[] {
  const f = parseWith(LocalDate, first, 'first');
  const u = parseWith(LocalDate, until, 'until');
  const step = STEP[frequency];
  if (f > u) return [];
  if (!step) return [f];
  const out: string[] = [];
  for (let i = 0; ; i++) {
    const date =
      step.days !== undefined ? addDays(f, step.days * i) : addMonthsClamped(f, (step.months ?? 0) * i);
    if (date > u) break;
    out.push(date);
  }
  return out;
}

/**
 * The next planned release of an entry on or after `today` (`YYYY-MM-DD`), if any.
 *
 * @example
 * ```ts
 * declare const entry: DaftarDataEntry; // quarterly, jadwalRilis from 2025-03-31
 * nextRelease(entry, '2025-04-01'); // => '2025-06-30'
 * ```
 */
export function nextRelease(entry: DaftarDataEntry, today: string): string | undefined {
  return entry.jadwalRilis.find((d) => d >= today);
}

/**
 * True when a planned release date has passed (before `today`) with no publication on or after
 * it. Publication dates are read in `timeZone` (default `Asia/Makassar`, WITA).
 *
 * @example
 * ```ts
 * declare const entry: DaftarDataEntry;
 * isReleaseOverdue(entry, '2025-04-15'); // => true if 2025-03-31 was not published
 * ```
 */
export function isReleaseOverdue(entry: DaftarDataEntry, today: string, timeZone = 'Asia/Makassar'): boolean {
  const due = entry.jadwalRilis.filter((d) => d < today);
  const lastDue = due.at(-1);
  if (lastDue === undefined) return false;
  const lastPublished = entry.history
    .filter((e) => e.action === 'publish')
    .map((e) => toLocalDate(e.at, timeZone))
    .sort()
    .at(-1);
  return lastPublished === undefined || lastPublished < lastDue;
}
