import type { LocalizedMessage } from '@opengov-id/core';
import type { EnumValues } from './labels.js';

/**
 * The states of a report, after the SP4N-LAPOR! flow (verifikasi → disposisi → tindak lanjut →
 * tanggapan pelapor → selesai) and its admin actions A2 Tunda, A3 Bukan Wewenang, A4 Arsipkan,
 * plus NTB Care's rejection (hoaks, ujaran kebencian). The names are the SDK's; LAPOR! publishes
 * no official enum.
 *
 * @example
 * ```ts
 * REPORT_STATUSES.length; // => 9
 * ```
 */
export const REPORT_STATUSES = [
  'belum_terverifikasi',
  'diteruskan',
  'ditunda',
  'bukan_wewenang',
  'ditindaklanjuti',
  'menunggu_tanggapan',
  'selesai',
  'diarsipkan',
  'ditolak',
] as const;

/**
 * One of {@link REPORT_STATUSES}.
 *
 * @example
 * ```ts
 * const s: ReportStatusCode = 'ditindaklanjuti';
 * ```
 */
export type ReportStatusCode = (typeof REPORT_STATUSES)[number];

/** The {@link REPORT_STATUSES} codes as `z.enum` values, one doc comment per code. */
export const REPORT_STATUS_VALUES = {
  /** Received, not yet verified. */
  belum_terverifikasi: 'belum_terverifikasi',
  /** Verified and forwarded (disposisi). */
  diteruskan: 'diteruskan',
  /** Postponed (A2 Tunda). */
  ditunda: 'ditunda',
  /** Not our authority (A3 Bukan Wewenang). */
  bukan_wewenang: 'bukan_wewenang',
  /** In follow-up. */
  ditindaklanjuti: 'ditindaklanjuti',
  /** Waiting for the reporter's feedback. */
  menunggu_tanggapan: 'menunggu_tanggapan',
  /** Completed. */
  selesai: 'selesai',
  /** Archived (A4 Arsipkan). */
  diarsipkan: 'diarsipkan',
  /** Rejected (hoaks, ujaran kebencian). */
  ditolak: 'ditolak',
} as const satisfies EnumValues<ReportStatusCode>;

/**
 * Labels of the states.
 *
 * @example
 * ```ts
 * REPORT_STATUS_LABELS.menunggu_tanggapan.en; // => "Waiting for the reporter's feedback"
 * ```
 */
export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatusCode, LocalizedMessage>> = {
  belum_terverifikasi: { id: 'Diterima, belum diverifikasi', en: 'Received, not yet verified' },
  diteruskan: { id: 'Terverifikasi dan diteruskan', en: 'Verified and forwarded' },
  ditunda: { id: 'Ditunda', en: 'Postponed' },
  bukan_wewenang: { id: 'Bukan wewenang', en: 'Not our authority' },
  ditindaklanjuti: { id: 'Sedang ditindaklanjuti', en: 'In follow-up' },
  menunggu_tanggapan: { id: 'Menunggu tanggapan pelapor', en: "Waiting for the reporter's feedback" },
  selesai: { id: 'Selesai', en: 'Completed' },
  diarsipkan: { id: 'Diarsipkan', en: 'Archived' },
  ditolak: { id: 'Ditolak', en: 'Rejected' },
};

/**
 * What can be done to a report. The admin actions carry the LAPOR! codes in
 * {@link LAPOR_ADMIN_ACTIONS}.
 *
 * @example
 * ```ts
 * REPORT_ACTIONS.includes('verifikasi'); // => true
 * ```
 */
export const REPORT_ACTIONS = [
  'verifikasi',
  'tunda',
  'bukan_wewenang',
  'arsipkan',
  'tolak',
  'alihkan',
  'kembalikan',
  'tindak_lanjuti',
  'jawab',
  'tanggapi',
  'tutup_otomatis',
] as const;

/**
 * One of {@link REPORT_ACTIONS}.
 *
 * @example
 * ```ts
 * const a: ReportActionType = 'jawab';
 * ```
 */
export type ReportActionType = (typeof REPORT_ACTIONS)[number];

/** The {@link REPORT_ACTIONS} codes as `z.enum` values, one doc comment per code. */
export const REPORT_ACTION_VALUES = {
  /** Verify and forward. */
  verifikasi: 'verifikasi',
  /** Postpone. */
  tunda: 'tunda',
  /** Mark as not our authority. */
  bukan_wewenang: 'bukan_wewenang',
  /** Archive. */
  arsipkan: 'arsipkan',
  /** Reject. */
  tolak: 'tolak',
  /** Reassign to another agency. */
  alihkan: 'alihkan',
  /** Return to the admin. */
  kembalikan: 'kembalikan',
  /** Record a follow-up. */
  tindak_lanjuti: 'tindak_lanjuti',
  /** Answer the reporter. */
  jawab: 'jawab',
  /** Reporter's feedback. */
  tanggapi: 'tanggapi',
  /** Close automatically (no feedback in time). */
  tutup_otomatis: 'tutup_otomatis',
} as const satisfies EnumValues<ReportActionType>;

/**
 * Labels of the actions.
 *
 * @example
 * ```ts
 * REPORT_ACTION_LABELS.tutup_otomatis.en; // => 'Close automatically (no feedback in time)'
 * ```
 */
export const REPORT_ACTION_LABELS: Readonly<Record<ReportActionType, LocalizedMessage>> = {
  verifikasi: { id: 'Verifikasi dan teruskan (disposisi)', en: 'Verify and forward' },
  tunda: { id: 'Tunda', en: 'Postpone' },
  bukan_wewenang: { id: 'Bukan wewenang', en: 'Mark as not our authority' },
  arsipkan: { id: 'Arsipkan', en: 'Archive' },
  tolak: { id: 'Tolak', en: 'Reject' },
  alihkan: { id: 'Alihkan ke instansi lain', en: 'Reassign to another agency' },
  kembalikan: { id: 'Kembalikan ke admin (bukan wewenang instansi)', en: 'Return to the admin' },
  tindak_lanjuti: { id: 'Tindak lanjuti', en: 'Record a follow-up' },
  jawab: { id: 'Jawab pelapor', en: 'Answer the reporter' },
  tanggapi: { id: 'Tanggapan pelapor', en: "Reporter's feedback" },
  tutup_otomatis: { id: 'Tutup otomatis (tanpa tanggapan)', en: 'Close automatically (no feedback in time)' },
};

/**
 * Who acts on a report (roles of the LAPOR! Buku Panduan 2016): the reporter, an admin
 * (nasional or koordinator instansi: verifies and dispatches), an admin penghubung of the
 * assigned OPD (answers and follows up), or the system (timers).
 *
 * @example
 * ```ts
 * ACTOR_ROLES; // => ['pelapor', 'admin', 'penghubung', 'sistem']
 * ```
 */
export const ACTOR_ROLES = ['pelapor', 'admin', 'penghubung', 'sistem'] as const;

/**
 * One of {@link ACTOR_ROLES}.
 *
 * @example
 * ```ts
 * const role: ActorRole = 'penghubung';
 * ```
 */
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** The {@link ACTOR_ROLES} codes as `z.enum` values, one doc comment per code. */
export const ACTOR_ROLE_VALUES = {
  /** The reporter. */
  pelapor: 'pelapor',
  /** An admin (nasional or koordinator instansi): verifies and dispatches. */
  admin: 'admin',
  /** An admin penghubung of the assigned OPD: answers and follows up. */
  penghubung: 'penghubung',
  /** The system (timers). */
  sistem: 'sistem',
} as const satisfies EnumValues<ActorRole>;
