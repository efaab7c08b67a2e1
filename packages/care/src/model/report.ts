import { Nik, RegionCode } from '@opengov-id/core';
import * as z from 'zod';
import {
  ASSIGNEE_KIND_VALUES,
  CHANNEL_VALUES,
  type EnumValues,
  LAPOR_CLASSIFICATION_VALUES,
  PRIORITY_VALUES,
  REPORT_TYPE_VALUES,
} from './labels.js';
import { ACTOR_ROLE_VALUES, REPORT_ACTION_VALUES, REPORT_STATUS_VALUES } from './status.js';

const label = (id: string, en: string) => `${id} · ${en}`;
const Instant = z.iso.datetime({ offset: true });
const Code = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/);

/**
 * Report type, see {@link REPORT_TYPES}.
 *
 * @example
 * ```ts
 * ReportType.parse('aspirasi');
 * ```
 */
export const ReportType = z.enum(REPORT_TYPE_VALUES).describe(label('Jenis laporan', 'Report type'));

/**
 * LAPOR! classification, see {@link LAPOR_CLASSIFICATIONS}.
 *
 * @example
 * ```ts
 * LaporClassification.parse('pengaduan');
 * ```
 */
export const LaporClassification = z
  .enum(LAPOR_CLASSIFICATION_VALUES)
  .describe(label('Klasifikasi SP4N-LAPOR!', 'SP4N-LAPOR! classification'));

/**
 * Intake channel, see {@link CHANNELS}.
 *
 * @example
 * ```ts
 * Channel.parse('sms');
 * ```
 */
export const Channel = z.enum(CHANNEL_VALUES).describe(label('Kanal masuk', 'Intake channel'));

/**
 * Priority, see {@link PRIORITIES}.
 *
 * @example
 * ```ts
 * Priority.parse('mendesak');
 * ```
 */
export const Priority = z.enum(PRIORITY_VALUES).describe(label('Prioritas', 'Priority'));

/**
 * Report state, see {@link REPORT_STATUSES}.
 *
 * @example
 * ```ts
 * ReportStatus.parse('selesai');
 * ```
 */
export const ReportStatus = z.enum(REPORT_STATUS_VALUES).describe(label('Status laporan', 'Report status'));

/**
 * WGS84 coordinates.
 *
 * @example
 * ```ts
 * Coordinates.parse({ lat: -8.7389, lon: 116.8264 });
 * ```
 */
export const Coordinates = z
  .object({
    lat: z.number().min(-90).max(90).describe(label('Lintang', 'Latitude')),
    lon: z.number().min(-180).max(180).describe(label('Bujur', 'Longitude')),
  })
  .describe(label('Koordinat', 'Coordinates'));

/**
 * Where the problem is: a Kemendagri region code (any level, canonical dotted form from core's
 * {@link @opengov-id/core!index.RegionCode}), an address, optional coordinates. At least one of
 * them must be present.
 *
 * @example
 * ```ts
 * Location.parse({ regionCode: '5207022001', address: 'Jl. Undru, Taliwang' }); // regionCode '52.07.02.2001'
 * ```
 */
export const Location = z
  .object({
    regionCode: RegionCode.optional().describe(label('Kode wilayah Kemendagri', 'Kemendagri region code')),
    address: z.string().trim().min(1).max(500).optional().describe(label('Alamat', 'Address')),
    coordinates: Coordinates.optional(),
  })
  .refine((l) => l.regionCode !== undefined || l.address !== undefined || l.coordinates !== undefined, {
    message: 'needs a region code, an address or coordinates.',
    params: { id: 'perlu kode wilayah, alamat, atau koordinat.' },
  })
  .describe(label('Lokasi', 'Location'));

/**
 * Kinds of attachment.
 *
 * @example
 * ```ts
 * ATTACHMENT_KINDS.includes('image'); // => true
 * ```
 */
export const ATTACHMENT_KINDS = ['image', 'video', 'audio', 'document'] as const;

/**
 * One of {@link ATTACHMENT_KINDS}.
 *
 * @example
 * ```ts
 * const kind: AttachmentKind = 'image';
 * ```
 */
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

const ATTACHMENT_KIND_VALUES = {
  /** A photo. */
  image: 'image',
  /** A video. */
  video: 'video',
  /** An audio recording. */
  audio: 'audio',
  /** A document (PDF and the like). */
  document: 'document',
} as const satisfies EnumValues<AttachmentKind>;

/**
 * Allowed media types and the largest size per attachment kind, and how many files a report
 * may carry, as data with its source. Override with {@link reportSchema}'s `attachmentLimits`.
 *
 * @example
 * ```ts
 * const limits: AttachmentLimits = { ...ATTACHMENT_LIMITS, maxFiles: 3 };
 * ```
 */
export interface AttachmentLimits {
  /** Where the numbers come from. */
  readonly source: string;
  /** Version of the table. */
  readonly version: string;
  /** Most files on one report. */
  readonly maxFiles: number;
  /** Per kind: allowed media types and the largest size in bytes. */
  readonly kinds: Readonly<
    Record<AttachmentKind, { readonly mimeTypes: readonly string[]; readonly maxBytes: number }>
  >;
}

/**
 * Default attachment limits. Project-defined (neither NTB Care nor LAPOR! publish limits); sized
 * for photos from phones (NTB Care asks for a photo with every report) and short clips.
 *
 * @example
 * ```ts
 * ATTACHMENT_LIMITS.kinds.image.maxBytes; // => 10485760
 * ```
 */
export const ATTACHMENT_LIMITS: AttachmentLimits = {
  source: 'Project-defined (OGP Local SDK)',
  version: '2026.1',
  maxFiles: 5,
  kinds: {
    image: { mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/heic'], maxBytes: 10 * 1024 * 1024 },
    video: { mimeTypes: ['video/mp4', 'video/quicktime', 'video/3gpp'], maxBytes: 50 * 1024 * 1024 },
    audio: { mimeTypes: ['audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/amr'], maxBytes: 10 * 1024 * 1024 },
    document: { mimeTypes: ['application/pdf'], maxBytes: 10 * 1024 * 1024 },
  },
};

function attachmentSchema(limits: AttachmentLimits) {
  return z
    .object({
      id: z.string().min(1),
      kind: z.enum(ATTACHMENT_KIND_VALUES).describe(label('Jenis lampiran', 'Attachment kind')),
      mimeType: z.string().min(1).describe(label('Tipe media', 'Media type')),
      sizeBytes: z.number().int().min(1).describe(label('Ukuran (byte)', 'Size (bytes)')),
      url: z.url().optional(),
      /** Shown on public pages: photos can identify a reporter (the JAKI leak), so default no. */
      public: z.boolean().default(false).describe(label('Tampil publik', 'Shown publicly')),
    })
    .superRefine((a, ctx) => {
      const rule = limits.kinds[a.kind];
      if (!rule.mimeTypes.includes(a.mimeType.toLowerCase()))
        ctx.addIssue({
          code: 'custom',
          path: ['mimeType'],
          message: `must be one of ${rule.mimeTypes.join(', ')} for ${a.kind}.`,
          params: { id: `harus salah satu dari ${rule.mimeTypes.join(', ')} untuk ${a.kind}.` },
        });
      if (a.sizeBytes > rule.maxBytes)
        ctx.addIssue({
          code: 'custom',
          path: ['sizeBytes'],
          message: `must be at most ${rule.maxBytes} bytes for ${a.kind}.`,
          params: { id: `paling besar ${rule.maxBytes} byte untuk ${a.kind}.` },
        });
    });
}

/**
 * One attachment under the default {@link ATTACHMENT_LIMITS}.
 *
 * @example
 * ```ts
 * Attachment.parse({ id: 'f1', kind: 'image', mimeType: 'image/jpeg', sizeBytes: 240_000 });
 * ```
 */
export const Attachment = /* @__PURE__ */ attachmentSchema(ATTACHMENT_LIMITS);

/**
 * The reporter's identity. Personal data (UU 27/2022): never in logs or errors, and hidden by
 * every public serializer when the report is `anonim` or `rahasia`.
 *
 * @example
 * ```ts
 * Reporter.parse({ name: 'Baiq Nurul', phone: '081234567890' });
 * ```
 */
export const Reporter = z
  .object({
    userId: z.string().min(1).optional().describe(label('ID akun', 'Account id')),
    name: z.string().trim().min(1).max(200).optional().describe(label('Nama', 'Name')),
    nik: Nik.optional().describe(label('NIK', 'National identity number (NIK)')),
    phone: z
      .string()
      .regex(/^\+?[0-9 ()-]{6,20}$/)
      .optional()
      .describe(label('Nomor telepon', 'Phone number')),
    email: z.email().optional().describe(label('Surel', 'E-mail')),
  })
  .describe(label('Identitas pelapor', 'Reporter identity'));

/**
 * Who did something to a report.
 *
 * @example
 * ```ts
 * Actor.parse({ role: 'admin', id: 'admin-ntb-1' });
 * ```
 */
export const Actor = z
  .object({
    role: z.enum(ACTOR_ROLE_VALUES).describe(label('Peran', 'Role')),
    id: z.string().min(1).describe(label('ID pengguna', 'User id')),
    organizationId: z.string().min(1).optional().describe(label('Instansi', 'Organization')),
  })
  .describe(label('Pelaku', 'Actor'));

/**
 * An assignment (disposisi) of a report to an organization.
 *
 * @example
 * ```ts
 * Assignment.parse({ organizationId: 'dinas-pupr-ksb', organizationName: 'Dinas PUPR KSB', kind: 'opd', assignedAt: '2026-03-02T09:00:00+08:00', assignedBy: 'admin-1' });
 * ```
 */
export const Assignment = z
  .object({
    organizationId: z.string().min(1),
    organizationName: z.string().min(1).describe(label('Nama instansi', 'Organization name')),
    kind: z.enum(ASSIGNEE_KIND_VALUES).describe(label('Jenis instansi', 'Organization kind')),
    assignedAt: Instant,
    assignedBy: z.string().min(1),
  })
  .describe(label('Disposisi', 'Assignment'));

/**
 * An answer posted to the reporter by the assigned organization.
 *
 * @example
 * ```ts
 * ReportResponse.parse({ id: 'r1', at: '2026-03-03T10:00:00+08:00', by: 'penghubung-pupr', organizationId: 'dinas-pupr-ksb', text: 'Perbaikan dijadwalkan pekan depan.' });
 * ```
 */
export const ReportResponse = z
  .object({
    id: z.string().min(1),
    at: Instant,
    by: z.string().min(1),
    organizationId: z.string().min(1).optional(),
    text: z.string().trim().min(1).max(4000).describe(label('Isi jawaban', 'Answer')),
    public: z.boolean().default(true).describe(label('Tampil publik', 'Shown publicly')),
  })
  .describe(label('Jawaban', 'Response'));

/**
 * A follow-up (tindak lanjut) recorded by the assigned organization.
 *
 * @example
 * ```ts
 * FollowUp.parse({ id: 't1', at: '2026-03-04T10:00:00+08:00', by: 'penghubung-pupr', text: 'Tim turun ke lokasi.' });
 * ```
 */
export const FollowUp = z
  .object({
    id: z.string().min(1),
    at: Instant,
    by: z.string().min(1),
    text: z.string().trim().min(1).max(4000).describe(label('Tindak lanjut', 'Follow-up')),
    public: z.boolean().default(true),
  })
  .describe(label('Tindak lanjut', 'Follow-up'));

/**
 * The reporter's feedback on the answer.
 *
 * @example
 * ```ts
 * Feedback.parse({ at: '2026-03-05T08:00:00+08:00', satisfied: true, rating: 5 });
 * ```
 */
export const Feedback = z
  .object({
    at: Instant,
    satisfied: z.boolean().describe(label('Puas', 'Satisfied')),
    rating: z.number().int().min(1).max(5).optional().describe(label('Nilai 1–5', 'Rating 1–5')),
    comment: z.string().trim().max(2000).optional(),
  })
  .describe(label('Tanggapan pelapor', 'Reporter feedback'));

/**
 * Why a report was archived or rejected: a reason code from {@link ARCHIVE_REASONS} or
 * {@link REJECT_REASONS}, with an optional note.
 *
 * @example
 * ```ts
 * StatusReason.parse({ code: 'hoaks', note: 'Foto lama dari 2019.' });
 * ```
 */
export const StatusReason = z
  .object({
    code: Code,
    note: z.string().trim().max(1000).optional(),
  })
  .describe(label('Alasan', 'Reason'));

/**
 * One step in a report's history.
 *
 * @example
 * ```ts
 * HistoryEntry.parse({ at: '2026-03-02T09:00:00+08:00', action: 'verifikasi', actor: { role: 'admin', id: 'a1' }, from: 'belum_terverifikasi', to: 'diteruskan' });
 * ```
 */
export const HistoryEntry = z.object({
  at: Instant,
  action: z.enum(REPORT_ACTION_VALUES),
  actor: Actor,
  from: ReportStatus,
  to: ReportStatus,
  reason: StatusReason.optional(),
});

/**
 * References to the same report in other systems: the SP4N-LAPOR! tracking id (e.g. `1916449`),
 * an Open311 service request id, others.
 *
 * @example
 * ```ts
 * ExternalRefs.parse({ laporTrackingId: '1916449' });
 * ```
 */
export const ExternalRefs = z
  .object({
    laporTrackingId: z
      .string()
      .regex(/^\d{1,12}$/)
      .optional()
      .describe(label('Nomor tracking SP4N-LAPOR!', 'SP4N-LAPOR! tracking id')),
    open311RequestId: z.string().min(1).optional(),
    other: z.array(z.object({ system: z.string().min(1), id: z.string().min(1) })).optional(),
  })
  .describe(label('Rujukan eksternal', 'External references'));

/**
 * Where a report drafted from social media came from.
 *
 * @example
 * ```ts
 * Provenance.parse({ platform: 'facebook', postId: '123_456', handle: 'warga.ksb', url: 'https://facebook.com/123_456', capturedAt: '2026-03-01T08:00:00+08:00' });
 * ```
 */
export const Provenance = z.object({
  platform: z.enum({
    /** X/Twitter. */
    twitter: 'twitter',
    /** Facebook. */
    facebook: 'facebook',
    /** Instagram. */
    instagram: 'instagram',
    /** SMS. */
    sms: 'sms',
  }),
  postId: z.string().min(1),
  handle: z.string().min(1).optional(),
  url: z.url().optional(),
  capturedAt: Instant,
});

/** Options of {@link reportSchema}. */
export interface ReportSchemaOptions {
  /** Attachment limits; {@link ATTACHMENT_LIMITS} by default. */
  attachmentLimits?: AttachmentLimits;
}

/**
 * True for a whistleblowing report: type `dugaan_pelanggaran` or LAPOR! class `whistleblowing`.
 *
 * @example
 * ```ts
 * isWhistleblowing({ type: 'dugaan_pelanggaran', classification: 'pengaduan' }); // => true
 * ```
 */
export function isWhistleblowing(report: { type: string; classification: string }): boolean {
  return report.type === 'dugaan_pelanggaran' || report.classification === 'whistleblowing';
}

/**
 * The plain object schema under {@link reportSchema}, without the whistleblowing rule, for
 * deriving request shapes (`.omit`, `.extend`). Validate whole reports with {@link Report}.
 *
 * @example
 * ```ts
 * const Draft = reportObject().pick({ title: true, description: true });
 * ```
 */
export function reportObject(options: ReportSchemaOptions = {}) {
  const limits = options.attachmentLimits ?? ATTACHMENT_LIMITS;
  return z.object({
    id: z.string().min(1).describe(label('Nomor laporan', 'Report id')),
    type: ReportType,
    classification: LaporClassification,
    channel: Channel,
    title: z.string().trim().min(5).max(200).describe(label('Judul', 'Title')),
    description: z.string().trim().min(10).max(4000).describe(label('Isi laporan', 'Description')),
    category: Code.describe(label('Kategori', 'Category')),
    subcategory: Code.optional().describe(label('Subkategori', 'Subcategory')),
    priority: Priority.default('biasa'),
    location: Location,
    attachments: z.array(attachmentSchema(limits)).max(limits.maxFiles).default([]),
    reporter: Reporter.default({}),
    anonim: z
      .boolean()
      .default(false)
      .describe(label('Anonim (pelapor disembunyikan)', 'Anonymous (reporter hidden)')),
    rahasia: z
      .boolean()
      .default(false)
      .describe(label('Rahasia (laporan tidak publik)', 'Confidential (report hidden)')),
    status: ReportStatus.default('belum_terverifikasi'),
    statusReason: StatusReason.optional(),
    receivedAt: Instant.describe(label('Diterima pada', 'Received at')),
    updatedAt: Instant.optional(),
    assignments: z.array(Assignment).default([]),
    responses: z.array(ReportResponse).default([]),
    followUps: z.array(FollowUp).default([]),
    feedback: Feedback.optional(),
    history: z.array(HistoryEntry).default([]),
    externalRefs: ExternalRefs.default({}),
    provenance: Provenance.optional(),
  });
}

/**
 * Builds the {@link Report} schema with your own attachment limits. Whatever the input says, a
 * whistleblowing report comes out both `anonim` and `rahasia` (NTB Care WBS: the reporter's
 * identity is never shown and handling is not published).
 *
 * @example
 * ```ts
 * const KsbReport = reportSchema({ attachmentLimits: { ...ATTACHMENT_LIMITS, maxFiles: 3 } });
 * ```
 */
export function reportSchema(options: ReportSchemaOptions = {}) {
  return reportObject(options)
    .overwrite((report) =>
      isWhistleblowing(report) && !(report.anonim && report.rahasia)
        ? { ...report, anonim: true, rahasia: true }
        : report,
    )
    .describe(label('Laporan', 'Report'));
}

/**
 * A report (aduan, aspirasi, informasi, WBS or IKM poll) with its lifecycle, under the default
 * limits. See {@link reportSchema}.
 *
 * @example
 * ```ts
 * const report = Report.parse({
 *   id: 'NTB-2026-000123', type: 'layanan_publik', classification: 'pengaduan', channel: 'app',
 *   title: 'Lampu jalan padam', description: 'Lampu jalan di depan SDN 1 Taliwang padam seminggu.',
 *   category: 'infrastruktur', subcategory: 'penerangan_jalan',
 *   location: { regionCode: '52.07.02.2001' }, receivedAt: '2026-03-02T08:15:00+08:00',
 * });
 * report.status; // => 'belum_terverifikasi'
 * ```
 */
export const Report = /* @__PURE__ */ reportSchema();

/**
 * A parsed report (the output of {@link Report}).
 *
 * @example
 * ```ts
 * function title(report: Report): string { return report.title; }
 * ```
 */
export type Report = z.output<typeof Report>;

/**
 * What {@link Report} accepts (defaults optional).
 *
 * @example
 * ```ts
 * const input: ReportInput = { id: 'R1', type: 'aspirasi', classification: 'aspirasi', channel: 'web', title: 'Taman kota', description: 'Mohon tambah taman bermain anak.', category: 'lainnya', location: { address: 'Taliwang' }, receivedAt: '2026-03-02T08:00:00+08:00' };
 * ```
 */
export type ReportInput = z.input<typeof Report>;

/** Types of the parts, for signatures. */
export type Actor = z.output<typeof Actor>;
/** An assignment (disposisi). */
export type Assignment = z.output<typeof Assignment>;
/** An answer to the reporter. */
export type ReportResponse = z.output<typeof ReportResponse>;
/** A follow-up (tindak lanjut). */
export type FollowUp = z.output<typeof FollowUp>;
/** The reporter's feedback. */
export type Feedback = z.output<typeof Feedback>;
/** A reason for archiving or rejecting. */
export type StatusReason = z.output<typeof StatusReason>;
/** One history step. */
export type HistoryEntry = z.output<typeof HistoryEntry>;
/** A report's location. */
export type Location = z.output<typeof Location>;
/** A reporter's identity. */
export type Reporter = z.output<typeof Reporter>;
/** An attachment. */
export type Attachment = z.output<typeof Attachment>;
/** Social-media or SMS provenance. */
export type Provenance = z.output<typeof Provenance>;
/** References in other systems. */
export type ExternalRefs = z.output<typeof ExternalRefs>;
