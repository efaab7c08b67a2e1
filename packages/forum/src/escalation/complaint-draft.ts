import { parseWith } from '@opengov-id/core';
import {
  Aspiration,
  type AspirationInput,
  DISPOSAL_REASON_LABELS,
  type DisposalReason,
  type ExternalRef,
} from '../aspiration/schemas.js';
import { publicReason } from '../shared/history.js';
import { FollowUp, type FollowUpInput } from '../follow-up/schemas.js';
import type { Actor } from '../session/schemas.js';

/** One dated step of an aspiration's history, carried into a complaint. */
export interface ComplaintHistoryEntry {
  /** When. */
  readonly at: string;
  /**
   * What happened: raised, answered (in the forum or later), verified, disposed of or rerouted
   * by an office, or a follow-up timeline step.
   */
  readonly kind:
    | 'raised'
    | 'answered_in_forum'
    | 'answered'
    | 'verified'
    | 'disposed'
    | 'rerouted'
    | 'follow_up_created'
    | 'follow_up_progress'
    | 'follow_up_evidence'
    | 'follow_up_completed'
    | 'follow_up_cancelled'
    | 'follow_up_reopened';
  /**
   * The text: the aspiration, the answer, the commitment or the note; for a review or reroute
   * the reason (NIK, phone numbers and e-mails redacted).
   */
  readonly text: string;
  /** Who acted, when known (for a review or reroute, only the acting office). */
  readonly actor?: Actor;
  /** The acting role of a review or reroute (`'officer'`, `'admin'`): never a person. */
  readonly role?: string;
  /** The follow-up, for follow-up steps. */
  readonly followUpId?: string;
  /** The owner organization of a follow-up step, or the acting office of a review or reroute. */
  readonly organizationId?: string;
  /** Why it was disposed of, for `disposed`. */
  readonly disposal?: DisposalReason;
  /** The aspiration it repeats, for a `duplicate` disposal. */
  readonly duplicateOf?: string;
  /** Offices assigned before, for `rerouted`. */
  readonly fromOrganizationIds?: readonly string[];
  /** Offices assigned after, for `rerouted`. */
  readonly toOrganizationIds?: readonly string[];
  /** Evidence links, for follow-up steps. */
  readonly evidenceUrls?: readonly string[];
}

/**
 * A complaint draft made from a forum aspiration: the plain shape that a complaint system
 * (NTB Care, SP4N-LAPOR!; for `@opengov-id/care` see {@link aspirationToReport}) takes as a new report, with the
 * aspiration's whole history (raising, answers, verification, disposal and reroutes, follow-up
 * timelines) kept in time order, and the session it was raised in as its origin (`source`).
 * Personal data: the citizen's name only when not anonymous; never the NIK; a review or reroute
 * names only the acting role and office, and its reason is redacted.
 */
export interface ComplaintDraft {
  /** Where it came from. */
  readonly source: {
    readonly system: 'forum';
    readonly aspirationId: string;
    readonly sessionId?: string;
    readonly seriesId?: string;
  };
  /** Title: the aspiration's title, or the start of its text. */
  readonly title: string;
  /** The aspiration's text. */
  readonly description: string;
  /** Kind of the aspiration (aduan, aspirasi, usulan, pertanyaan). */
  readonly kind: string;
  /** Sector id, used as the complaint category. */
  readonly category?: string;
  /** Kemendagri code of the area. */
  readonly regionCode: string;
  /** Who raised it, minimally. */
  readonly reporter: { readonly kind: string; readonly name?: string; readonly anonymous: boolean };
  /** Organizations it is assigned to now. */
  readonly assignedOrganizationIds: readonly string[];
  /**
   * Every office it was routed through, in the order it reached them: the first assignment, then
   * each reroute's new offices (from its audit `history`); the current assignment when it was
   * never rerouted.
   */
  readonly routedThroughOrganizationIds: readonly string[];
  /** Ids elsewhere (a complaint system adds its own id here when it files the draft). */
  readonly externalRefs: readonly ExternalRef[];
  /** When it was first raised. */
  readonly raisedAt: string;
  /** Its history, oldest first. */
  readonly history: readonly ComplaintHistoryEntry[];
}

/** Options for {@link toComplaintDraft}. */
export interface ComplaintDraftOptions {
  /** Follow-ups of the aspiration (others are ignored). */
  followUps?: readonly FollowUpInput[];
  /** Longest title; a longer text is cut at a word. @defaultValue 120 */
  titleMaxLength?: number;
}

const FOLLOW_UP_KIND = {
  created: 'follow_up_created',
  progress: 'follow_up_progress',
  evidence: 'follow_up_evidence',
  completed: 'follow_up_completed',
  cancelled: 'follow_up_cancelled',
  reopened: 'follow_up_reopened',
} as const;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Turns an aspiration into a complaint draft to forward to a complaint system, keeping its
 * history: when it was raised, every answer, every verification, disposal and reroute of its
 * audit `history` (role and office only, reason redacted, offices before and after), and every
 * follow-up timeline entry (with owner and evidence), in time order. The session it was raised
 * in is the draft's origin (`source.sessionId`), and `routedThroughOrganizationIds` lists every
 * office it passed through. Pure: nothing is sent. For `@opengov-id/care` use
 * {@link aspirationToReport}, which gives a care `Report`; this plain draft suits other systems.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for an invalid aspiration or follow-up.
 * @example
 * ```ts
 * declare const aspiration: Aspiration; // answered in the forum, then followed up
 * declare const followUps: FollowUp[];
 * const draft = toComplaintDraft(aspiration, { followUps });
 * draft.history.map((h) => h.kind); // ['raised', 'answered_in_forum', 'follow_up_created', 'follow_up_progress']
 * ```
 */
export function toComplaintDraft(
  aspirationInput: AspirationInput,
  options: ComplaintDraftOptions = {},
): ComplaintDraft {
  const a = parseWith(Aspiration, aspirationInput, 'Aspiration');
  const followUps = (options.followUps ?? [])
    .map((f, i) => parseWith(FollowUp, f, `followUps[${i}]`))
    .filter((f) => f.aspirationId === a.id);
  const history: Array<ComplaintHistoryEntry & { order: number }> = [];
  let order = 0;
  const push = (entry: ComplaintHistoryEntry) => history.push({ ...entry, order: order++ });
  push({
    at: a.raisedAt,
    kind: 'raised',
    text: a.text,
    ...(a.raisedBy.personId ? { actor: { personId: a.raisedBy.personId } } : {}),
  });
  for (const answer of a.answers)
    push({
      at: answer.at,
      kind: answer.inForum ? 'answered_in_forum' : 'answered',
      text: answer.text,
      actor: answer.responder,
    });
  const routed: string[] = [];
  const reach = (ids: readonly string[]) => {
    for (const id of ids) if (!routed.includes(id)) routed.push(id);
  };
  for (const change of a.history ?? []) {
    const office = change.by.organizationId;
    const reason = change.reason === undefined ? undefined : publicReason(change.reason);
    const common = {
      at: change.at,
      role: change.by.role,
      ...(office === undefined ? {} : { actor: { organizationId: office }, organizationId: office }),
    };
    if (change.action === 'rerouted') {
      reach(change.fromOrganizationIds ?? []);
      reach(change.toOrganizationIds ?? []);
      push({
        ...common,
        kind: 'rerouted',
        text: reason ?? '',
        ...(change.fromOrganizationIds ? { fromOrganizationIds: change.fromOrganizationIds } : {}),
        ...(change.toOrganizationIds ? { toOrganizationIds: change.toOrganizationIds } : {}),
      });
    } else if (change.action === 'disposed') {
      push({
        ...common,
        kind: 'disposed',
        text: reason ?? (change.disposal ? DISPOSAL_REASON_LABELS[change.disposal].id : ''),
        ...(change.disposal ? { disposal: change.disposal } : {}),
        ...(change.duplicateOf ? { duplicateOf: change.duplicateOf } : {}),
      });
    } else push({ ...common, kind: 'verified', text: reason ?? '' });
  }
  reach(a.assignedOrganizationIds);
  for (const f of followUps) {
    for (const entry of f.timeline) {
      push({
        at: entry.at,
        kind: FOLLOW_UP_KIND[entry.kind],
        text: entry.kind === 'created' ? f.commitment : (entry.outcome?.summary ?? entry.note ?? ''),
        followUpId: f.id,
        organizationId: f.ownerOrganizationId,
        ...(entry.by ? { actor: entry.by } : {}),
        ...(entry.evidence.length > 0 ? { evidenceUrls: entry.evidence.map((e) => e.url) } : {}),
      });
    }
  }
  history.sort((x, y) => Date.parse(x.at) - Date.parse(y.at) || x.order - y.order);
  const anonymous = a.raisedBy.anonymous === true;
  return {
    source: {
      system: 'forum',
      aspirationId: a.id,
      ...(a.sessionId ? { sessionId: a.sessionId } : {}),
      ...(a.seriesId ? { seriesId: a.seriesId } : {}),
    },
    title: a.title ?? shorten(a.text, options.titleMaxLength ?? 120),
    description: a.text,
    kind: a.kind,
    ...(a.sector ? { category: a.sector } : {}),
    regionCode: a.areaCode,
    reporter: {
      kind: a.raisedBy.kind,
      ...(a.raisedBy.name && !anonymous ? { name: a.raisedBy.name } : {}),
      anonymous,
    },
    assignedOrganizationIds: a.assignedOrganizationIds,
    routedThroughOrganizationIds: routed,
    externalRefs: a.externalRefs,
    raisedAt: a.raisedAt,
    history: history.map(({ order: _order, ...entry }) => entry),
  };
}
