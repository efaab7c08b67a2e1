import * as z from 'zod';
import { type LocalizedMessage, OpenGovError, parseWith, ValidationError } from '@opengov-id/core';
import { auditActor, checkHistoryOrder, fieldError, publicReason } from '../shared/history.js';
import { ChangedBy } from '../shared/schemas.js';
import { Aspiration, type AspirationChange, type AspirationStatus, DisposalReason } from './schemas.js';

/**
 * A review of an aspiration by hand: `verify` it (checked, it goes on), or `dispose` of it
 * with a reason (a duplicate names the aspiration it repeats).
 *
 * @example
 * ```ts
 * AspirationReview.parse({ decision: 'verify' });
 * AspirationReview.parse({ decision: 'dispose', reason: 'duplicate', duplicateOf: 'asp-0001' });
 * ```
 */
export const AspirationReview = z
  .discriminatedUnion('decision', [
    z.strictObject({
      /** Checked and accepted. */
      decision: z.literal('verify'),
      /** A note. */
      note: z.string().trim().min(1).optional(),
    }),
    z.strictObject({
      /** Disposed of without a follow-up. */
      decision: z.literal('dispose'),
      /** Why. */
      reason: DisposalReason,
      /** More words on why. */
      note: z.string().trim().min(1).optional(),
      /** The aspiration this one repeats (required for `duplicate`). */
      duplicateOf: z.string().min(1).optional(),
    }),
  ])
  .check((ctx) => {
    const r = ctx.value;
    if (r.decision !== 'dispose') return;
    if (r.reason === 'duplicate' && r.duplicateOf === undefined)
      ctx.issues.push({
        code: 'custom',
        input: r,
        path: ['duplicateOf'],
        message: 'is required when the reason is duplicate.',
        params: { id: 'wajib diisi bila alasannya duplikat.' },
      });
    if (r.reason !== 'duplicate' && r.duplicateOf !== undefined)
      ctx.issues.push({
        code: 'custom',
        input: r,
        path: ['duplicateOf'],
        message: 'is only for the reason duplicate.',
        params: { id: 'hanya untuk alasan duplikat.' },
      });
  });
/** A review as written by a caller; see {@link AspirationReview}. */
export type AspirationReview = z.input<typeof AspirationReview>;

/**
 * A reroute of an aspiration to another office, with the reason. With `fromOrganizationId`,
 * that office's assignment is handed over (the others stay, in order); without it, the whole
 * assignment is replaced. An officer hands over their own office's assignment only.
 *
 * @example
 * ```ts
 * AspirationReroute.parse({ toOrganizationId: 'ksb-pupr', fromOrganizationId: 'ksb-kec-taliwang', reason: 'Jalan kabupaten: kewenangan Dinas PUPR.' });
 * ```
 */
export const AspirationReroute = z.strictObject({
  /** The office it goes to. */
  toOrganizationId: z.string().min(1),
  /** The office that hands it over; defaults to an officer's own office. */
  fromOrganizationId: z.string().min(1).optional(),
  /** Why. */
  reason: z.string().trim().min(1),
});
/** A reroute as written by a caller; see {@link AspirationReroute}. */
export type AspirationReroute = z.input<typeof AspirationReroute>;

/** What can be done to an aspiration by hand. */
export type AspirationAction = 'verify' | 'dispose' | 'reroute';

/**
 * The actions each aspiration status allows: verify only a received one; dispose of one not
 * yet followed up; reroute one still open; nothing once it is done, rejected or transferred.
 *
 * @example
 * ```ts
 * ASPIRATION_TRANSITIONS.diterima; // => ['verify', 'dispose', 'reroute']
 * ASPIRATION_TRANSITIONS.selesai; // => []
 * ```
 */
export const ASPIRATION_TRANSITIONS: Readonly<Record<AspirationStatus, readonly AspirationAction[]>> = {
  diterima: ['verify', 'dispose', 'reroute'],
  diverifikasi: ['dispose', 'reroute'],
  didisposisikan: ['dispose', 'reroute'],
  ditindaklanjuti: ['reroute'],
  selesai: [],
  ditolak: [],
  dialihkan: [],
};

const ACTION_LABELS: Readonly<Record<AspirationAction, LocalizedMessage>> = {
  verify: { id: 'diverifikasi', en: 'verified' },
  dispose: { id: 'ditolak', en: 'disposed of' },
  reroute: { id: 'dialihkan ke kantor lain', en: 'rerouted' },
};

/**
 * A verification, disposal or reroute that the aspiration's status does not allow (an API
 * answers 409).
 *
 * @example
 * ```ts
 * declare const done: Aspiration; // an aspiration already followed up (`ditindaklanjuti`)
 * try {
 *   reviewAspiration(done, { decision: 'verify' }, { by: { role: 'admin' }, at: '2026-01-09T08:00:00+08:00' });
 * } catch (error) {
 *   if (error instanceof InvalidAspirationTransitionError) console.log(error.status, error.action);
 * }
 * ```
 */
export class InvalidAspirationTransitionError extends OpenGovError {
  override readonly name: string = 'InvalidAspirationTransitionError';
  /** The aspiration's status. */
  readonly status: AspirationStatus;
  /** The action that was refused. */
  readonly action: AspirationAction;

  constructor(status: AspirationStatus, action: AspirationAction) {
    const messages = {
      id: `Aspirasi berstatus \`${status}\` tidak dapat ${ACTION_LABELS[action].id}.`,
      en: `An aspiration with status \`${status}\` cannot be ${ACTION_LABELS[action].en}.`,
    };
    super(messages.en, { code: 'invalid_aspiration_transition', messages });
    this.status = status;
    this.action = action;
  }

  protected override details(): Record<string, unknown> {
    return { status: this.status, action: this.action };
  }
}

/**
 * Whether an error from {@link reviewAspiration} or {@link rerouteAspiration} is a conflict
 * with the aspiration's current state (an API answers 409) rather than bad input.
 *
 * @example
 * ```ts
 * declare const done: Aspiration; // an aspiration already followed up
 * declare function answer(status: number, body: unknown): void; // your HTTP framework's reply
 * try {
 *   reviewAspiration(done, { decision: 'verify' }, { by: { role: 'admin' }, at: '2026-01-09T08:00:00+08:00' });
 * } catch (error) {
 *   if (isAspirationConflict(error)) answer(409, { code: error.code, message: error.messages });
 * }
 * ```
 */
export function isAspirationConflict(
  error: unknown,
): error is InvalidAspirationTransitionError | ValidationError {
  return (
    error instanceof InvalidAspirationTransitionError ||
    (error instanceof ValidationError && error.code === 'history_order')
  );
}

/**
 * Whether `actor` may verify, dispose of or reroute `aspiration`: an admin always; an officer
 * when it is assigned to their office.
 *
 * @example
 * ```ts
 * mayActOnAspiration({ role: 'officer', organizationId: 'ksb-pupr' }, { assignedOrganizationIds: ['ksb-pupr'] }); // => true
 * mayActOnAspiration({ role: 'officer', organizationId: 'ksb-dinkes' }, { assignedOrganizationIds: ['ksb-pupr'] }); // => false
 * ```
 */
export function mayActOnAspiration(
  actor: ChangedBy,
  aspiration: { readonly assignedOrganizationIds: readonly string[] },
): boolean {
  if (actor.role === 'admin') return true;
  return (
    actor.role === 'officer' &&
    actor.organizationId !== undefined &&
    aspiration.assignedOrganizationIds.includes(actor.organizationId)
  );
}

/** Who changes an aspiration, and when. */
export interface AspirationChangeContext {
  /** Who (role and organization only). */
  readonly by: ChangedBy;
  /** When, an ISO 8601 instant with an offset. */
  readonly at: string;
}

function start(aspiration: Aspiration, action: AspirationAction, context: AspirationChangeContext) {
  const current = parseWith(Aspiration, aspiration, 'Aspiration');
  const by = auditActor(parseWith(ChangedBy, context.by, 'ChangedBy'));
  checkHistoryOrder(current.history, context.at);
  if (!ASPIRATION_TRANSITIONS[current.status].includes(action))
    throw new InvalidAspirationTransitionError(current.status, action);
  return { current, by };
}

/**
 * Verifies an aspiration (`diterima` → `diverifikasi`) or disposes of it (→ `ditolak`) with a
 * reason, adding an entry to its history.
 *
 * @throws {@link InvalidAspirationTransitionError} when the status does not allow it.
 * @throws {@link @opengov-id/core!index.ValidationError} for an invalid review, a duplicate of
 * itself, or `at` before the last change (`history_order`).
 * @example
 * ```ts
 * declare const aspiration: Aspiration; // a stored aspiration, status `diterima`
 * const checked = reviewAspiration(aspiration, { decision: 'verify' }, { by: { role: 'officer', organizationId: 'ksb-pupr' }, at: '2026-01-09T08:00:00+08:00' });
 * checked.status; // => 'diverifikasi'
 * ```
 */
export function reviewAspiration(
  aspiration: Aspiration,
  review: AspirationReview,
  context: AspirationChangeContext,
): Aspiration {
  const data = parseWith(AspirationReview, review, 'AspirationReview');
  const { current, by } = start(aspiration, data.decision, context);
  let entry: AspirationChange;
  if (data.decision === 'verify') {
    entry = {
      at: context.at,
      action: 'verified',
      by,
      ...(data.note === undefined ? {} : { reason: publicReason(data.note) }),
    };
  } else {
    if (data.duplicateOf === current.id)
      throw fieldError(
        'duplicateOf',
        'tidak boleh merujuk aspirasi ini sendiri.',
        'must not name this aspiration itself.',
        'duplicate_of_itself',
      );
    entry = {
      at: context.at,
      action: 'disposed',
      by,
      disposal: data.reason,
      ...(data.note === undefined ? {} : { reason: publicReason(data.note) }),
      ...(data.duplicateOf === undefined ? {} : { duplicateOf: data.duplicateOf }),
    };
  }
  return {
    ...current,
    status: data.decision === 'verify' ? 'diverifikasi' : 'ditolak',
    history: [...(current.history ?? []), entry],
  };
}

/**
 * Reroutes an aspiration to another office: the assignment before and after and the reason go
 * into its history (the routing history; NIK, phone numbers and e-mails in the reason redacted). Its status does not change.
 *
 * @throws {@link InvalidAspirationTransitionError} when the status does not allow it.
 * @throws {@link @opengov-id/core!index.ValidationError} for an invalid reroute, an officer
 * handing over another office's assignment (`not_your_organization`), a `fromOrganizationId`
 * not assigned (`not_assigned`), a reroute that changes nothing (`already_assigned`), or `at`
 * before the last change (`history_order`).
 * @example
 * ```ts
 * declare const aspiration: Aspiration; // a stored aspiration assigned to the kecamatan
 * const moved = rerouteAspiration(
 *   aspiration,
 *   { toOrganizationId: 'ksb-pupr', reason: 'Jalan kabupaten: kewenangan Dinas PUPR.' },
 *   { by: { role: 'officer', organizationId: 'ksb-kec-taliwang' }, at: '2026-01-09T08:00:00+08:00' },
 * );
 * moved.assignedOrganizationIds; // e.g. ['ksb-pupr']
 * ```
 */
export function rerouteAspiration(
  aspiration: Aspiration,
  change: AspirationReroute,
  context: AspirationChangeContext,
): Aspiration {
  const data = parseWith(AspirationReroute, change, 'AspirationReroute');
  const { current, by } = start(aspiration, 'reroute', context);
  const from = data.fromOrganizationId ?? (by.role === 'admin' ? undefined : by.organizationId);
  if (by.role !== 'admin' && (from === undefined || from !== by.organizationId))
    throw fieldError(
      'fromOrganizationId',
      'harus kantor Anda sendiri.',
      'must be your own office.',
      'not_your_organization',
    );
  const before = current.assignedOrganizationIds;
  if (from !== undefined && !before.includes(from))
    throw fieldError(
      'fromOrganizationId',
      'tidak didisposisikan aspirasi ini.',
      'is not assigned this aspiration.',
      'not_assigned',
    );
  const after =
    from === undefined
      ? [data.toOrganizationId]
      : [...new Set(before.map((id) => (id === from ? data.toOrganizationId : id)))];
  if (after.length === before.length && after.every((id, i) => id === before[i]))
    throw fieldError(
      'toOrganizationId',
      'sudah didisposisikan seperti itu.',
      'is already assigned that way.',
      'already_assigned',
    );
  const entry: AspirationChange = {
    at: context.at,
    action: 'rerouted',
    by,
    reason: publicReason(data.reason),
    fromOrganizationIds: [...before],
    toOrganizationIds: after,
  };
  return { ...current, assignedOrganizationIds: after, history: [...(current.history ?? []), entry] };
}
