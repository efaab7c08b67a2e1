import { OpenGovError, toZonedIso, ValidationError } from '@opengov-id/core';
import type {
  Actor,
  Assignment,
  Feedback,
  HistoryEntry,
  Report,
  ReportResponse,
  StatusReason,
} from '../model/report.js';
import { isWhistleblowing } from '../model/report.js';
import type { LaporClassificationCode } from '../model/labels.js';
import {
  type ActorRole,
  REPORT_ACTION_LABELS,
  REPORT_STATUS_LABELS,
  type ReportActionType,
  type ReportStatusCode,
} from '../model/status.js';

/**
 * Reasons an admin archives a report (LAPOR! v3 manual, A4 Arsipkan).
 *
 * @example
 * ```ts
 * ARCHIVE_REASONS.kesalahan_format.en; // => 'Wrong format'
 * ```
 */
export const ARCHIVE_REASONS = {
  kesalahan_format: { id: 'Kesalahan format', en: 'Wrong format' },
  masukan_terlalu_umum: { id: 'Masukan terlalu umum', en: 'Too general' },
  tidak_relevan: { id: 'Tidak relevan dengan kinerja pemerintah', en: 'Not about government performance' },
  duplikat: { id: 'Duplikat laporan lain', en: 'Duplicate of another report' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const;

/**
 * Reasons NTB Care rejects a report (Lombok Post 2019: unclear substance, hoax, hate speech,
 * abusive language).
 *
 * @example
 * ```ts
 * REJECT_REASONS.hoaks.id; // => 'Hoaks'
 * ```
 */
export const REJECT_REASONS = {
  substansi_tidak_jelas: { id: 'Substansi tidak jelas', en: 'Unclear substance' },
  hoaks: { id: 'Hoaks', en: 'Hoax' },
  ujaran_kebencian: { id: 'Ujaran kebencian', en: 'Hate speech' },
  kata_kasar: { id: 'Kata-kata kasar', en: 'Abusive language' },
  lainnya: { id: 'Lainnya', en: 'Other' },
} as const;

/**
 * An action on a report, with what it carries.
 *
 * @example
 * ```ts
 * const action: ReportAction = { type: 'verifikasi', assignTo: { organizationId: 'dinas-pupr-ksb', organizationName: 'Dinas PUPR KSB', kind: 'opd' } };
 * ```
 */
export type ReportAction =
  | {
      type: 'verifikasi';
      /** Where the report is dispatched. */
      assignTo: Omit<Assignment, 'assignedAt' | 'assignedBy'>;
      /** The classification the admin settles on. */
      classification?: LaporClassificationCode;
      /** The admin may impose anonymity or confidentiality while verifying. */
      anonim?: boolean;
      rahasia?: boolean;
    }
  | { type: 'tunda'; reason?: StatusReason }
  | { type: 'bukan_wewenang'; reason?: StatusReason }
  | { type: 'arsipkan'; reason: StatusReason }
  | { type: 'tolak'; reason: StatusReason }
  | { type: 'alihkan'; assignTo: Omit<Assignment, 'assignedAt' | 'assignedBy'> }
  | { type: 'kembalikan'; reason?: StatusReason }
  | { type: 'tindak_lanjuti'; followUp: { id?: string; text: string; public?: boolean } }
  | { type: 'jawab'; response: { id?: string; text: string; public?: boolean; organizationId?: string } }
  | { type: 'tanggapi'; feedback: Omit<Feedback, 'at'> }
  | { type: 'tutup_otomatis' };

interface Move {
  readonly to: ReportStatusCode | ((report: Report, action: ReportAction) => ReportStatusCode);
  readonly roles: readonly ActorRole[];
}

const ADMIN: readonly ActorRole[] = ['admin'];
const OFFICER: readonly ActorRole[] = ['penghubung', 'admin'];

/**
 * The lifecycle as data: for each state, the actions allowed and who may take them. Terminal
 * states (`selesai`, `bukan_wewenang`, `diarsipkan`, `ditolak`) allow nothing.
 */
const MACHINE: Readonly<Record<ReportStatusCode, Partial<Record<ReportActionType, Move>>>> = {
  belum_terverifikasi: {
    verifikasi: { to: 'diteruskan', roles: ADMIN },
    tunda: { to: 'ditunda', roles: ADMIN },
    bukan_wewenang: { to: 'bukan_wewenang', roles: ADMIN },
    arsipkan: { to: 'diarsipkan', roles: ADMIN },
    tolak: { to: 'ditolak', roles: ADMIN },
  },
  ditunda: {
    verifikasi: { to: 'diteruskan', roles: ADMIN },
    bukan_wewenang: { to: 'bukan_wewenang', roles: ADMIN },
    arsipkan: { to: 'diarsipkan', roles: ADMIN },
    tolak: { to: 'ditolak', roles: ADMIN },
  },
  diteruskan: {
    tindak_lanjuti: { to: 'ditindaklanjuti', roles: OFFICER },
    jawab: { to: 'menunggu_tanggapan', roles: OFFICER },
    alihkan: { to: 'diteruskan', roles: ADMIN },
    kembalikan: { to: 'belum_terverifikasi', roles: OFFICER },
  },
  ditindaklanjuti: {
    tindak_lanjuti: { to: 'ditindaklanjuti', roles: OFFICER },
    jawab: { to: 'menunggu_tanggapan', roles: OFFICER },
    alihkan: { to: 'diteruskan', roles: ADMIN },
  },
  menunggu_tanggapan: {
    tanggapi: {
      to: (_report, action) =>
        action.type === 'tanggapi' && !action.feedback.satisfied ? 'ditindaklanjuti' : 'selesai',
      roles: ['pelapor'],
    },
    tutup_otomatis: { to: 'selesai', roles: ['sistem'] },
  },
  selesai: {},
  bukan_wewenang: {},
  diarsipkan: {},
  ditolak: {},
};

/**
 * The actions allowed from `status`, in the order of {@link REPORT_ACTIONS}.
 *
 * @example
 * ```ts
 * allowedActions('menunggu_tanggapan'); // => ['tanggapi', 'tutup_otomatis']
 * allowedActions('selesai'); // => []
 * ```
 */
export function allowedActions(status: ReportStatusCode): ReportActionType[] {
  return Object.keys(MACHINE[status] ?? {}) as ReportActionType[];
}

/**
 * The roles that may take `action` from `status` (empty when the move is illegal).
 *
 * @example
 * ```ts
 * rolesFor('belum_terverifikasi', 'verifikasi'); // => ['admin']
 * ```
 */
export function rolesFor(status: ReportStatusCode, action: ReportActionType): readonly ActorRole[] {
  return MACHINE[status]?.[action]?.roles ?? [];
}

/**
 * The state `action` leads to from `status`, or `undefined` when it is not allowed. For
 * `tanggapi` the result depends on the feedback (satisfied → `selesai`, not → `ditindaklanjuti`);
 * this gives the satisfied case.
 *
 * @example
 * ```ts
 * nextStatus('belum_terverifikasi', 'verifikasi'); // => 'diteruskan'
 * ```
 */
export function nextStatus(status: ReportStatusCode, action: ReportActionType): ReportStatusCode | undefined {
  const move = MACHINE[status]?.[action];
  if (!move) return undefined;
  return typeof move.to === 'string' ? move.to : 'selesai';
}

/**
 * States that allow no further action.
 *
 * @example
 * ```ts
 * isTerminal('ditolak'); // => true
 * ```
 */
export function isTerminal(status: ReportStatusCode): boolean {
  return allowedActions(status).length === 0;
}

/**
 * An action that the report's current state does not allow. Names the allowed ones.
 *
 * @example
 * ```ts
 * declare const report: Report; // a stored report
 * const system = { role: 'sistem', id: 'sla-job' } as const;
 * try { transition(report, { type: 'tutup_otomatis' }, system); } catch (e) {
 *   if (e instanceof IllegalTransitionError) console.log(e.allowed); // ['verifikasi', 'tunda', ...]
 * }
 * ```
 */
export class IllegalTransitionError extends OpenGovError {
  override readonly name: string = 'IllegalTransitionError';
  /** The report's state. */
  readonly from: ReportStatusCode;
  /** The refused action. */
  readonly action: string;
  /** The actions that state allows. */
  readonly allowed: readonly ReportActionType[];

  constructor(from: ReportStatusCode, action: string, allowed: readonly ReportActionType[]) {
    const label = REPORT_STATUS_LABELS[from];
    const listId = allowed.length ? allowed.join(', ') : 'tidak ada (status akhir)';
    const listEn = allowed.length ? allowed.join(', ') : 'none (final state)';
    super(`Action "${action}" is not allowed from "${from}". Allowed: ${listEn}.`, {
      code: 'illegal_transition',
      messages: {
        id: `Tindakan "${action}" tidak diizinkan dari status "${from}" (${label.id}). Yang diizinkan: ${listId}.`,
        en: `Action "${action}" is not allowed from "${from}" (${label.en}). Allowed: ${listEn}.`,
      },
    });
    this.from = from;
    this.action = action;
    this.allowed = allowed;
  }

  protected override details(): Record<string, unknown> {
    return { from: this.from, action: this.action, allowed: this.allowed };
  }
}

/**
 * The action is allowed from this state, but not for this actor's role (or, for an officer,
 * not for an organization the report is assigned to).
 *
 * @example
 * ```ts
 * declare const error: unknown; // caught from transition()
 * if (error instanceof TransitionForbiddenError) console.log(error.roles); // ['admin']
 * ```
 */
export class TransitionForbiddenError extends OpenGovError {
  override readonly name: string = 'TransitionForbiddenError';
  /** The refused action. */
  readonly action: ReportActionType;
  /** The roles that may take it. */
  readonly roles: readonly ActorRole[];

  constructor(action: ReportActionType, role: string, roles: readonly ActorRole[], why?: 'organization') {
    const text =
      why === 'organization'
        ? {
            id: `Tindakan "${action}" hanya untuk instansi yang menerima disposisi laporan ini.`,
            en: `Action "${action}" is only for the organization this report is assigned to.`,
          }
        : {
            id: `Peran "${role}" tidak boleh melakukan "${action}"; hanya: ${roles.join(', ')}.`,
            en: `Role "${role}" may not take "${action}"; only: ${roles.join(', ')}.`,
          };
    super(text.en, { code: 'transition_forbidden', messages: text });
    this.action = action;
    this.roles = roles;
  }

  protected override details(): Record<string, unknown> {
    return { action: this.action, roles: this.roles };
  }
}

/** Options of {@link transition}. */
export interface TransitionOptions {
  /** When it happened (ISO 8601 with offset, or a Date). @defaultValue now */
  at?: string | Date;
  /** Makes ids for responses and follow-ups. @defaultValue `crypto.randomUUID()` */
  newId?: () => string;
}

function requireReason(action: ReportAction, field: string): void {
  if ((action.type === 'arsipkan' || action.type === 'tolak') && !action.reason?.code)
    throw ValidationError.single(
      field,
      {
        id: `Kolom \`${field}\` wajib diisi untuk "${action.type}".`,
        en: `Field \`${field}\` is required for "${action.type}".`,
      },
      'reason_required',
    );
}

/**
 * Applies `action` by `actor` to `report` and returns a new report (the input is not changed),
 * with the new state, the history entry, and what the action carries (assignment, response,
 * follow-up, feedback, reason) recorded.
 *
 * Rules: only the moves of the state machine (see {@link allowedActions}); admin actions by an
 * `admin`, answers and follow-ups by a `penghubung` of an assigned organization (or an admin),
 * feedback by the `pelapor`, auto-close by the `sistem`. Archiving and rejecting need a reason.
 * A whistleblowing report stays `anonim` and `rahasia` whatever the admin sets.
 *
 * @throws {@link IllegalTransitionError} naming the allowed actions.
 * @throws {@link TransitionForbiddenError} when the role or organization may not act.
 * @throws {@link @opengov-id/core!index.ValidationError} when a reason is missing.
 * @example
 * ```ts
 * declare const report: Report; // a new report, belum_terverifikasi
 * const admin = { role: 'admin', id: 'admin-ntb' } as const;
 * const forwarded = transition(report, {
 *   type: 'verifikasi',
 *   assignTo: { organizationId: 'dinas-pupr-ksb', organizationName: 'Dinas PUPR KSB', kind: 'opd' },
 * }, admin, { at: '2026-03-02T10:00:00+08:00' });
 * forwarded.status; // => 'diteruskan'
 * ```
 */
export function transition(
  report: Report,
  action: ReportAction,
  actor: Actor,
  options: TransitionOptions = {},
): Report {
  const from = report.status;
  const move = MACHINE[from]?.[action.type];
  if (!move) throw new IllegalTransitionError(from, String(action?.type), allowedActions(from));
  if (!move.roles.includes(actor.role))
    throw new TransitionForbiddenError(action.type, actor.role, move.roles);
  if (actor.role === 'penghubung') {
    const current = report.assignments.at(-1)?.organizationId;
    if (current === undefined || actor.organizationId !== current)
      throw new TransitionForbiddenError(action.type, actor.role, move.roles, 'organization');
  }
  requireReason(action, 'reason');
  const at = toZonedIso(options.at ?? new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const to = typeof move.to === 'string' ? move.to : move.to(report, action);

  const next: Report = { ...report, status: to, updatedAt: at };
  const entry: HistoryEntry = { at, action: action.type, actor, from, to };
  switch (action.type) {
    case 'verifikasi':
    case 'alihkan': {
      next.assignments = [
        ...report.assignments,
        { ...action.assignTo, assignedAt: at, assignedBy: actor.id },
      ];
      if (action.type === 'verifikasi') {
        if (action.classification) next.classification = action.classification;
        if (action.anonim) next.anonim = true;
        if (action.rahasia) next.rahasia = true;
      }
      break;
    }
    case 'tunda':
    case 'bukan_wewenang':
    case 'arsipkan':
    case 'tolak':
    case 'kembalikan':
      if (action.reason) {
        next.statusReason = action.reason;
        entry.reason = action.reason;
      }
      break;
    case 'tindak_lanjuti':
      next.followUps = [
        ...report.followUps,
        {
          id: action.followUp.id || newId(),
          at,
          by: actor.id,
          text: action.followUp.text,
          public: action.followUp.public ?? true,
        },
      ];
      break;
    case 'jawab': {
      const response: ReportResponse = {
        id: action.response.id || newId(),
        at,
        by: actor.id,
        text: action.response.text,
        public: action.response.public ?? true,
      };
      const organizationId = action.response.organizationId ?? actor.organizationId;
      if (organizationId !== undefined) response.organizationId = organizationId;
      next.responses = [...report.responses, response];
      break;
    }
    case 'tanggapi':
      next.feedback = { ...action.feedback, at };
      break;
    case 'tutup_otomatis':
      break;
  }
  if (isWhistleblowing(next)) {
    next.anonim = true;
    next.rahasia = true;
  }
  next.history = [...report.history, entry];
  return next;
}

/**
 * Labels for an action, for menus.
 *
 * @example
 * ```ts
 * actionLabel('tunda').id; // => 'Tunda'
 * ```
 */
export function actionLabel(action: ReportActionType): { id: string; en: string } {
  return REPORT_ACTION_LABELS[action];
}
