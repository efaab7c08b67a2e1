import * as z from 'zod';
import { isValidNik, type LocalizedMessage, maskNik, RegionCode, regionCodeSchema } from '@opengov-id/core';
import { Actor } from '../session/schemas.js';
import { instantMs } from '../shared/dates.js';
import { ChangedBy, Instant } from '../shared/schemas.js';

const MASKED_NIK_RE = /^\d{6}\*{6}\d{4}$/;

/**
 * A NIK that is always stored masked: accepts a valid NIK (separators allowed) or an already
 * masked one (`520702******0001`) and outputs the masked form of core's `maskNik`. The birth
 * date digits never reach storage, logs or API responses. An invalid NIK is refused without
 * echoing it.
 *
 * @example
 * ```ts
 * MaskedNik.parse('5207024507050001'); // => '520702******0001'
 * MaskedNik.parse('520702******0001'); // => '520702******0001'
 * ```
 */
export const MaskedNik = z
  .string()
  .check((ctx) => {
    if (!MASKED_NIK_RE.test(ctx.value) && !isValidNik(ctx.value))
      ctx.issues.push({
        code: 'custom',
        input: '',
        message: 'must be a valid NIK (16 digits) or a masked NIK.',
        params: { id: 'harus NIK yang valid (16 digit) atau NIK yang disamarkan.' },
      });
  })
  .overwrite((value) => (MASKED_NIK_RE.test(value) ? value : maskNik(value)));
/** A masked NIK string; see {@link MaskedNik}. */
export type MaskedNik = z.output<typeof MaskedNik>;

/**
 * Kinds of aspiration raised in a forum.
 *
 * @example
 * ```ts
 * AspirationKind.parse('aduan');
 * ```
 */
export const AspirationKind = z.enum({
  /** A complaint about a service or a problem. */
  aduan: 'aduan',
  /** An aspiration: a wish or view. */
  aspirasi: 'aspirasi',
  /** A concrete proposal (e.g. for development planning). */
  usulan: 'usulan',
  /** A question. */
  pertanyaan: 'pertanyaan',
});
/** One of the {@link AspirationKind} values. */
export type AspirationKind = z.output<typeof AspirationKind>;

/**
 * Labels of each {@link AspirationKind} in Indonesian and English.
 *
 * @example
 * ```ts
 * ASPIRATION_KIND_LABELS.usulan.en; // => 'Proposal'
 * ```
 */
export const ASPIRATION_KIND_LABELS: Readonly<Record<AspirationKind, LocalizedMessage>> = {
  aduan: { id: 'Aduan', en: 'Complaint' },
  aspirasi: { id: 'Aspirasi', en: 'Aspiration' },
  usulan: { id: 'Usulan', en: 'Proposal' },
  pertanyaan: { id: 'Pertanyaan', en: 'Question' },
};

/**
 * The status of an aspiration, after SP4N-LAPOR!'s flow (received, verified, dispatched,
 * followed up, done) plus `ditolak` (rejected) and `dialihkan` (handed to another channel or
 * authority).
 *
 * @example
 * ```ts
 * AspirationStatus.parse('ditindaklanjuti');
 * ```
 */
export const AspirationStatus = z.enum({
  /** Received. */
  diterima: 'diterima',
  /** Verified. */
  diverifikasi: 'diverifikasi',
  /** Assigned to organizations. */
  didisposisikan: 'didisposisikan',
  /** Being followed up. */
  ditindaklanjuti: 'ditindaklanjuti',
  /** Done. */
  selesai: 'selesai',
  /** Rejected. */
  ditolak: 'ditolak',
  /** Handed to another channel or authority. */
  dialihkan: 'dialihkan',
});
/** One of the {@link AspirationStatus} values. */
export type AspirationStatus = z.output<typeof AspirationStatus>;

/**
 * Labels of each {@link AspirationStatus} in Indonesian and English.
 *
 * @example
 * ```ts
 * ASPIRATION_STATUS_LABELS.didisposisikan.en; // => 'Assigned'
 * ```
 */
export const ASPIRATION_STATUS_LABELS: Readonly<Record<AspirationStatus, LocalizedMessage>> = {
  diterima: { id: 'Diterima', en: 'Received' },
  diverifikasi: { id: 'Diverifikasi', en: 'Verified' },
  didisposisikan: { id: 'Didisposisikan', en: 'Assigned' },
  ditindaklanjuti: { id: 'Ditindaklanjuti', en: 'Being followed up' },
  selesai: { id: 'Selesai', en: 'Completed' },
  ditolak: { id: 'Ditolak', en: 'Rejected' },
  dialihkan: { id: 'Dialihkan', en: 'Transferred' },
};

/**
 * Where an aspiration came in.
 *
 * @example
 * ```ts
 * AspirationChannel.parse('forum');
 * ```
 */
export const AspirationChannel = z.enum({
  /** Raised at a forum session. */
  forum: 'forum',
  /** SP4N-LAPOR! (Perpres 76/2013). */
  sp4n_lapor: 'sp4n_lapor',
  /** NTB Care, the NTB province channel. */
  ntb_care: 'ntb_care',
  /** Through an Agen Gotong Royong. */
  agen_gotong_royong: 'agen_gotong_royong',
  /** In person at an office, by letter or phone. */
  langsung: 'langsung',
  /** Other. */
  lainnya: 'lainnya',
});
/** One of the {@link AspirationChannel} values. */
export type AspirationChannel = z.output<typeof AspirationChannel>;

/**
 * Who raises an aspiration: a citizen, a village (its government or BPD), a group, or an
 * official. Personal data is minimal: a name is optional, and a NIK is always masked.
 *
 * @example
 * ```ts
 * RaisedBy.parse({ kind: 'warga', name: 'Pak Ahmad', nik: '5207024507050001', areaCode: '52.07.02.2001' }).nik; // => '520702******0001'
 * ```
 */
export const RaisedBy = z.object({
  /** Who. */
  kind: z.enum({ warga: 'warga', desa: 'desa', kelompok: 'kelompok', pejabat: 'pejabat' }),
  /** A name to address them by (or the group's name). */
  name: z.string().min(1).optional(),
  /** NIK, always masked. */
  nik: MaskedNik.optional(),
  /** Where they live or what village speaks. */
  areaCode: regionCodeSchema({ level: ['kecamatan', 'desa_kelurahan'] }).optional(),
  /** Organization, for a village government or a group with a record. */
  organizationId: z.string().min(1).optional(),
  /** Person record, for an official. */
  personId: z.string().min(1).optional(),
  /** Asked not to be named in public outputs. */
  anonymous: z.boolean().optional(),
});
/** Who raised an aspiration; see {@link RaisedBy}. */
export type RaisedBy = z.output<typeof RaisedBy>;

/**
 * An answer to an aspiration, given in the forum or later.
 *
 * @example
 * ```ts
 * Answer.parse({ id: 'ans-1', responder: { postId: 'ksb-bupati' }, text: 'Akan ditinjau minggu depan.', at: '2026-01-08T20:15:00+08:00', inForum: true });
 * ```
 */
export const Answer = z.object({
  /** Unique id. */
  id: z.string().min(1),
  /** Who answered. */
  responder: Actor,
  /** The answer. */
  text: z.string().min(1),
  /** When. */
  at: Instant,
  /** Given in the forum session itself. */
  inForum: z.boolean(),
  /** A commitment made in the answer (becomes a follow-up). */
  commitment: z.string().min(1).optional(),
});
/** An answer; see {@link Answer}. */
export type Answer = z.output<typeof Answer>;

/**
 * The id of an aspiration in another system: SP4N-LAPOR!, NTB Care, a regency's own channel.
 *
 * @example
 * ```ts
 * ExternalRef.parse({ system: 'sp4n_lapor', id: '1234567' });
 * ```
 */
export const ExternalRef = z.object({
  /** The system: `'sp4n_lapor'`, `'ntb_care'` or another name. */
  system: z.string().min(1),
  /** The id there. */
  id: z.string().min(1),
  /** A link to it. */
  url: z.url().optional(),
});
/** An external reference; see {@link ExternalRef}. */
export type ExternalRef = z.output<typeof ExternalRef>;

/**
 * Why an aspiration was disposed of (status `ditolak`) without a follow-up.
 *
 * @example
 * ```ts
 * DisposalReason.parse('duplicate');
 * ```
 */
export const DisposalReason = z.enum({
  /** The same matter was already raised (name it in `duplicateOf`). */
  duplicate: 'duplicate',
  /** Not a matter for the regency (a national or private one). */
  out_of_scope: 'out_of_scope',
  /** Too vague to act on, and the raiser could not be asked. */
  not_actionable: 'not_actionable',
  /** Withdrawn by the raiser. */
  withdrawn: 'withdrawn',
});
/** One of the {@link DisposalReason} values. */
export type DisposalReason = z.output<typeof DisposalReason>;

/**
 * Labels of each {@link DisposalReason} in Indonesian and English.
 *
 * @example
 * ```ts
 * DISPOSAL_REASON_LABELS.out_of_scope.id; // => 'Bukan kewenangan daerah'
 * ```
 */
export const DISPOSAL_REASON_LABELS: Readonly<Record<DisposalReason, LocalizedMessage>> = {
  duplicate: { id: 'Duplikat', en: 'Duplicate' },
  out_of_scope: { id: 'Bukan kewenangan daerah', en: 'Out of scope' },
  not_actionable: { id: 'Tidak dapat ditindaklanjuti', en: 'Not actionable' },
  withdrawn: { id: 'Dicabut pelapor', en: 'Withdrawn' },
};

/**
 * What an office did to an aspiration by hand: verified it, disposed of it, or rerouted it.
 *
 * @example
 * ```ts
 * AspirationChangeAction.parse('rerouted');
 * ```
 */
export const AspirationChangeAction = z.enum({
  /** Checked and accepted. */
  verified: 'verified',
  /** Disposed of (status `ditolak`). */
  disposed: 'disposed',
  /** Moved to another office. */
  rerouted: 'rerouted',
});
/** One of the {@link AspirationChangeAction} values. */
export type AspirationChangeAction = z.output<typeof AspirationChangeAction>;

/**
 * One entry of an aspiration's change history: when, who (role and organization, never a
 * person's data), why, and for a reroute the assignment before and after (the routing history).
 *
 * @example
 * ```ts
 * AspirationChange.parse({
 *   at: '2026-01-09T10:00:00+08:00',
 *   action: 'rerouted',
 *   by: { role: 'officer', organizationId: 'ksb-kec-taliwang' },
 *   reason: 'Jalan kabupaten: kewenangan Dinas PUPR.',
 *   fromOrganizationIds: ['ksb-kec-taliwang'],
 *   toOrganizationIds: ['ksb-pupr'],
 * });
 * ```
 */
export const AspirationChange = z.object({
  /** When the change was made. */
  at: Instant,
  /** What was done. */
  action: AspirationChangeAction,
  /** Who made it. */
  by: ChangedBy,
  /** Why, in words. */
  reason: z.string().min(1).optional(),
  /** Why it was disposed of. */
  disposal: DisposalReason.optional(),
  /** The aspiration this one duplicates. */
  duplicateOf: z.string().min(1).optional(),
  /** Assigned organizations before a reroute. */
  fromOrganizationIds: z.array(z.string().min(1)).optional(),
  /** Assigned organizations after a reroute. */
  toOrganizationIds: z.array(z.string().min(1)).optional(),
});
/** An aspiration change; see {@link AspirationChange}. */
export type AspirationChange = z.output<typeof AspirationChange>;

/**
 * An aspiration (aduan, aspirasi, usulan or pertanyaan) raised in a session or elsewhere.
 *
 * Checked: `sessionId` is set when the channel is `forum`; an answer given in the forum needs
 * a session; answers are not before `raisedAt`; `resolvedAt` is only set on a `selesai` one.
 *
 * @example
 * ```ts
 * const aspiration = Aspiration.parse({
 *   id: 'asp-0001',
 *   sessionId: 'yasinan-2026-01-08',
 *   channel: 'forum',
 *   raisedAt: '2026-01-08T19:40:00+08:00',
 *   raisedBy: { kind: 'warga', name: 'Ibu Siti', areaCode: '52.07.01.2001' },
 *   kind: 'aduan',
 *   text: 'Jalan desa rusak sejak musim hujan.',
 *   sector: 'pekerjaan_umum_penataan_ruang',
 *   areaCode: '52.07.01.2001',
 *   status: 'diterima',
 * });
 * ```
 */
export const Aspiration = z
  .object({
    /** Unique id. */
    id: z.string().min(1),
    /** Series it belongs to. */
    seriesId: z.string().min(1).optional(),
    /** Session it was raised in. */
    sessionId: z.string().min(1).optional(),
    /** Channel. */
    channel: AspirationChannel,
    /** When it was raised. */
    raisedAt: Instant,
    /** Who raised it. */
    raisedBy: RaisedBy,
    /** Kind. */
    kind: AspirationKind,
    /** Short title. */
    title: z.string().min(1).optional(),
    /** What was said or written. */
    text: z.string().min(1),
    /** Sector (bidang) id in the sector taxonomy. */
    sector: z.string().min(1).optional(),
    /** Kemendagri code of the area concerned. */
    areaCode: RegionCode,
    /** Organizations it was assigned to, lead first. */
    assignedOrganizationIds: z.array(z.string().min(1)).default([]),
    /** Status. */
    status: AspirationStatus,
    /** Answers given. */
    answers: z.array(Answer).default([]),
    /** Ids in SP4N-LAPOR!, NTB Care or other systems. */
    externalRefs: z.array(ExternalRef).default([]),
    /** When it was resolved without a follow-up (status `selesai`). */
    resolvedAt: Instant.optional(),
    /** Verifications, disposals and reroutes made through the API, oldest first (the audit trail). */
    history: z.array(AspirationChange).optional(),
  })
  .check((ctx) => {
    const a = ctx.value;
    const issue = (path: PropertyKey[], en: string, id: string) =>
      ctx.issues.push({ code: 'custom', input: '', path, message: en, params: { id } });
    if (a.channel === 'forum' && a.sessionId === undefined)
      issue(['sessionId'], 'is required when the channel is forum.', 'wajib diisi bila kanal forum.');
    const raised = instantMs(a.raisedAt);
    a.answers.forEach((answer, i) => {
      if (answer.inForum && a.sessionId === undefined)
        issue(['answers', i, 'inForum'], 'needs a sessionId.', 'memerlukan sessionId.');
      if (instantMs(answer.at) < raised)
        issue(['answers', i, 'at'], 'must not be before raisedAt.', 'tidak boleh sebelum raisedAt.');
    });
    if (a.resolvedAt !== undefined && a.status !== 'selesai')
      issue(['resolvedAt'], 'is only set when status is selesai.', 'hanya diisi bila status selesai.');
    if (a.resolvedAt !== undefined && instantMs(a.resolvedAt) < raised)
      issue(['resolvedAt'], 'must not be before raisedAt.', 'tidak boleh sebelum raisedAt.');
  });
/** An aspiration as parsed; see {@link Aspiration}. */
export type Aspiration = z.output<typeof Aspiration>;
/** An aspiration as written by a caller; see {@link Aspiration}. */
export type AspirationInput = z.input<typeof Aspiration>;
