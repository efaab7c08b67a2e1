import {
  type Actor as CareActor,
  type FollowUp as CareFollowUp,
  type HistoryEntry as CareHistoryEntry,
  type LaporClassificationCode,
  Report,
  type ReportInput,
  type ReportResponse,
  type ReportTypeCode,
} from '@opengov-id/care';
import { parseWith } from '@opengov-id/core';
import {
  Aspiration,
  type AspirationChange,
  type AspirationInput,
  type AspirationKind,
} from '../aspiration/schemas.js';
import { publicReason } from '../shared/history.js';
import { FollowUp, type FollowUpInput, type TimelineEntry } from '../follow-up/schemas.js';
import type { Actor } from '../session/schemas.js';

/**
 * How each aspiration kind becomes a care report: NTB Care report type and SP4N-LAPOR!
 * classification. A question asks for information (LAPOR! `permintaan_informasi`); a proposal is
 * an aspiration.
 *
 * @example
 * ```ts
 * ASPIRATION_KIND_TO_REPORT.aduan; // => { type: 'layanan_publik', classification: 'pengaduan' }
 * ```
 */
export const ASPIRATION_KIND_TO_REPORT: Readonly<
  Record<AspirationKind, { readonly type: ReportTypeCode; readonly classification: LaporClassificationCode }>
> = {
  aduan: { type: 'layanan_publik', classification: 'pengaduan' },
  aspirasi: { type: 'aspirasi', classification: 'aspirasi' },
  usulan: { type: 'aspirasi', classification: 'aspirasi' },
  pertanyaan: { type: 'aspirasi', classification: 'permintaan_informasi' },
};

/** Options for {@link aspirationToReport}. */
export interface AspirationToReportOptions {
  /** The care report id. @defaultValue `FORUM-<aspiration id>` */
  id?: string;
  /** Follow-ups of the aspiration (those of other aspirations are ignored). */
  followUps?: readonly FollowUpInput[];
  /**
   * Care category code: a fixed code, or a function of the aspiration's sector (care's taxonomy
   * differs from the forum's sector list). @defaultValue `'lainnya'`
   */
  category?: string | ((sector: string | undefined) => string);
  /** Care subcategory code. */
  subcategory?: string;
  /** Hide the reporter (care `anonim`). @defaultValue the aspiration's `raisedBy.anonymous` */
  anonim?: boolean;
  /** Keep the whole report from the public (care `rahasia`). @defaultValue false */
  rahasia?: boolean;
  /**
   * Forward as a whistleblowing report (type `dugaan_pelanggaran`, class `whistleblowing`):
   * care then forces `anonim` and `rahasia`, and the reporter's name is dropped.
   */
  whistleblowing?: boolean;
  /** When care received it. @defaultValue the aspiration's `raisedAt` (deadlines run from then) */
  receivedAt?: string;
  /** Longest title; a longer text is cut at a word. @defaultValue 120 */
  titleMaxLength?: number;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function actorId(actor: Actor | undefined, fallback: string): string {
  return actor?.postId ?? actor?.personId ?? actor?.organizationId ?? actor?.name ?? fallback;
}

/** Care's `StatusReason.note` limit. */
const NOTE_MAX = 1000;

/**
 * A forum reroute as care's `alihkan` step: who as a role and office (care's actor id is the
 * forum role, never a person), and the offices before and after with the reason in the note.
 */
function rerouteStep(change: AspirationChange): { at: string; actor: CareActor; note: string } {
  const { by } = change;
  const actor: CareActor = {
    role: by.role === 'admin' ? 'admin' : 'penghubung',
    id: `forum:${by.role}`,
    ...(by.organizationId === undefined ? {} : { organizationId: by.organizationId }),
  };
  const route = `${(change.fromOrganizationIds ?? []).join(', ')} → ${(change.toOrganizationIds ?? []).join(', ')}`;
  const note = change.reason === undefined ? route : `${route}: ${publicReason(change.reason)}`;
  return { at: change.at, actor, note: note.length > NOTE_MAX ? `${note.slice(0, NOTE_MAX - 1)}…` : note };
}

const STEP_TEXT: Readonly<Record<TimelineEntry['kind'], string>> = {
  created: 'Tindak lanjut dibuat',
  progress: 'Kemajuan tindak lanjut',
  evidence: 'Bukti ditambahkan',
  completed: 'Tindak lanjut selesai',
  cancelled: 'Tindak lanjut dibatalkan',
  reopened: 'Tindak lanjut dibuka kembali',
};

function stepText(entry: TimelineEntry, commitment: string): string {
  const base =
    entry.kind === 'created'
      ? commitment
      : (entry.outcome?.summary ??
        entry.note ??
        (entry.progress === undefined
          ? STEP_TEXT[entry.kind]
          : `${STEP_TEXT[entry.kind]}: ${entry.progress}%`));
  const evidence = entry.evidence.map((e) => e.url);
  return evidence.length > 0 ? `${base}\nBukti: ${evidence.join(', ')}` : base;
}

/**
 * Forwards a forum aspiration to `@opengov-id/care` as a {@link @opengov-id/care!index.Report},
 * parsed with care's `Report` schema (valid by construction).
 *
 * - type and classification from {@link ASPIRATION_KIND_TO_REPORT} (or whistleblowing), channel
 *   `forum`, location from the aspiration's area code, category `'lainnya'` unless mapped;
 * - reporter: the name only, and only when not anonymous; the NIK (stored masked in the forum)
 *   is never copied;
 * - history kept: every answer becomes a care response, every follow-up timeline step a care
 *   follow-up (evidence links in its text), and each one a history entry (`jawab` or
 *   `tindak_lanjuti`), oldest first. These steps happened before care: they do not move care's
 *   state, so the report arrives `belum_terverifikasi` with no disposisi, and care's admin
 *   verifies and assigns it with `transition` as for any new report;
 * - routing history kept: every reroute in the aspiration's audit `history` becomes an `alihkan`
 *   entry (same `belum_terverifikasi` → `belum_terverifikasi`) whose actor is the forum role
 *   (`id: 'forum:officer'`, care role `penghubung`; `admin` stays `admin`) and the office that
 *   acted, with `reason.code: 'forum_reroute'` and a note naming the offices before and after
 *   and the reason (NIK, phone numbers and e-mails redacted). A forum verification or disposal
 *   is not carried: care's `verifikasi` and `tolak` would start and stop its own SLA clocks, and
 *   care has no neutral entry for a review made elsewhere (the `forum` reference leads back to
 *   it). Like a care `alihkan`, a forum reroute by an office stops care's first-response clock;
 * - external references: the aspiration (`system: 'forum'`), its session (`forum_session`: the
 *   complaint's origin), its series (`forum_series`), and its own references (an `sp4n_lapor`
 *   numeric id becomes `laporTrackingId`).
 *
 * Pure: nothing is sent.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} for an invalid aspiration or follow-up,
 * or when the result is not a valid care report (e.g. a text under 10 characters).
 * @example
 * ```ts
 * declare const aspiration: Aspiration; // answered in the forum, then followed up
 * declare const followUps: FollowUp[];
 * const report = aspirationToReport(aspiration, { followUps });
 * report.channel; // => 'forum'
 * report.history.map((h) => h.action); // ['jawab', 'alihkan', 'tindak_lanjuti', ...]
 * ```
 */
export function aspirationToReport(
  aspirationInput: AspirationInput,
  options: AspirationToReportOptions = {},
): Report {
  const a = parseWith(Aspiration, aspirationInput, 'Aspiration');
  const followUps = (options.followUps ?? [])
    .map((f, i) => parseWith(FollowUp, f, `followUps[${i}]`))
    .filter((f) => f.aspirationId === a.id);

  type Step = { at: string; order: number; actor: CareActor } & (
    | { kind: 'jawab'; response: ReportResponse }
    | { kind: 'tindak_lanjuti'; followUp: CareFollowUp }
    | { kind: 'alihkan'; note: string }
  );
  const steps: Step[] = [];
  for (const change of a.history ?? [])
    if (change.action === 'rerouted')
      steps.push({ ...rerouteStep(change), order: steps.length, kind: 'alihkan' });
  for (const answer of a.answers) {
    const organizationId = answer.responder.organizationId;
    const actor: CareActor = {
      role: 'penghubung',
      id: actorId(answer.responder, 'forum'),
      ...(organizationId ? { organizationId } : {}),
    };
    steps.push({
      at: answer.at,
      order: steps.length,
      actor,
      kind: 'jawab',
      response: {
        id: answer.id,
        at: answer.at,
        by: actor.id,
        ...(organizationId ? { organizationId } : {}),
        text: answer.text,
        public: true,
      },
    });
  }
  for (const f of followUps)
    f.timeline.forEach((entry, i) => {
      const actor: CareActor = {
        role: 'penghubung',
        id: actorId(entry.by, f.ownerOrganizationId),
        organizationId: f.ownerOrganizationId,
      };
      steps.push({
        at: entry.at,
        order: steps.length,
        actor,
        kind: 'tindak_lanjuti',
        followUp: {
          id: `${f.id}#${i}`,
          at: entry.at,
          by: actor.id,
          text: stepText(entry, f.commitment),
          public: true,
        },
      });
    });
  steps.sort((x, y) => Date.parse(x.at) - Date.parse(y.at) || x.order - y.order);

  const mapped = options.whistleblowing
    ? ({ type: 'dugaan_pelanggaran', classification: 'whistleblowing' } as const)
    : ASPIRATION_KIND_TO_REPORT[a.kind];
  const anonim = options.whistleblowing === true || (options.anonim ?? a.raisedBy.anonymous === true);
  const rahasia = options.whistleblowing === true || options.rahasia === true;
  const category =
    typeof options.category === 'function' ? options.category(a.sector) : (options.category ?? 'lainnya');
  const title = a.title !== undefined && a.title.trim().length >= 5 ? a.title : a.text;

  const lapor = a.externalRefs.find((r) => r.system === 'sp4n_lapor' && /^\d{1,12}$/.test(r.id));
  const other = [
    { system: 'forum', id: a.id },
    ...(a.sessionId ? [{ system: 'forum_session', id: a.sessionId }] : []),
    ...(a.seriesId ? [{ system: 'forum_series', id: a.seriesId }] : []),
    ...a.externalRefs.filter((r) => r !== lapor).map((r) => ({ system: r.system, id: r.id })),
  ];
  const history: CareHistoryEntry[] = steps.map((s) => ({
    at: s.at,
    action: s.kind,
    actor: s.actor,
    from: 'belum_terverifikasi',
    to: 'belum_terverifikasi',
    ...(s.kind === 'alihkan' ? { reason: { code: 'forum_reroute', note: s.note } } : {}),
  }));
  const updatedAt = steps.at(-1)?.at;

  const input: ReportInput = {
    id: options.id ?? `FORUM-${a.id}`,
    type: mapped.type,
    classification: mapped.classification,
    channel: 'forum',
    title: shorten(title, options.titleMaxLength ?? 120),
    description: a.text,
    category,
    ...(options.subcategory ? { subcategory: options.subcategory } : {}),
    location: { regionCode: a.areaCode },
    reporter: a.raisedBy.name && !anonim ? { name: a.raisedBy.name } : {},
    anonim,
    rahasia,
    status: 'belum_terverifikasi',
    receivedAt: options.receivedAt ?? a.raisedAt,
    ...(updatedAt ? { updatedAt } : {}),
    responses: steps.flatMap((s) => (s.kind === 'jawab' ? [s.response] : [])),
    followUps: steps.flatMap((s) => (s.kind === 'tindak_lanjuti' ? [s.followUp] : [])),
    history,
    externalRefs: { ...(lapor ? { laporTrackingId: lapor.id } : {}), other },
  };
  return parseWith(Report, input, 'Report');
}
