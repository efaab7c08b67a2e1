import type { LocalizedMessage } from '@opengov-id/core';

/**
 * A value object for `z.enum({ ... })`: every code once, as key and value. The object form lets
 * each key carry the doc comment TypeDoc shows on the inferred enum type; `satisfies` keeps it
 * in step with the code list.
 */
export type EnumValues<T extends string> = { readonly [K in T]: K };

/**
 * The five kinds of report a citizen files on NTB Care. The list is project-defined (no public
 * NTB Care document names it); `dugaan_pelanggaran` is NTB Care's whistleblowing system (WBS,
 * added 2019: penyalahgunaan wewenang, korupsi, gratifikasi, pungli).
 *
 * @example
 * ```ts
 * REPORT_TYPES.includes('aspirasi'); // => true
 * ```
 */
export const REPORT_TYPES = [
  'layanan_publik',
  'dugaan_pelanggaran',
  'aspirasi',
  'informasi_strategis',
  'polling_ikm',
] as const;

/**
 * One of {@link REPORT_TYPES}.
 *
 * @example
 * ```ts
 * const type: ReportTypeCode = 'layanan_publik';
 * ```
 */
export type ReportTypeCode = (typeof REPORT_TYPES)[number];

/** The {@link REPORT_TYPES} codes as `z.enum` values, one doc comment per code. */
export const REPORT_TYPE_VALUES = {
  /** Public-service complaint (aduan layanan publik). */
  layanan_publik: 'layanan_publik',
  /** Alleged violation, the whistleblowing system (aduan dugaan pelanggaran). */
  dugaan_pelanggaran: 'dugaan_pelanggaran',
  /** Public aspiration (aspirasi masyarakat). */
  aspirasi: 'aspirasi',
  /** Strategic information (informasi strategis). */
  informasi_strategis: 'informasi_strategis',
  /** Public satisfaction (IKM) poll. */
  polling_ikm: 'polling_ikm',
} as const satisfies EnumValues<ReportTypeCode>;

/**
 * Indonesian and English labels of each report type.
 *
 * @example
 * ```ts
 * REPORT_TYPE_LABELS.dugaan_pelanggaran.en; // => 'Alleged violation (whistleblowing)'
 * ```
 */
export const REPORT_TYPE_LABELS: Readonly<Record<ReportTypeCode, LocalizedMessage>> = {
  layanan_publik: { id: 'Aduan layanan publik', en: 'Public-service complaint' },
  dugaan_pelanggaran: { id: 'Aduan dugaan pelanggaran', en: 'Alleged violation (whistleblowing)' },
  aspirasi: { id: 'Aspirasi masyarakat', en: 'Public aspiration' },
  informasi_strategis: { id: 'Informasi strategis', en: 'Strategic information' },
  polling_ikm: { id: 'Polling Indeks Kepuasan Masyarakat', en: 'Public satisfaction (IKM) poll' },
};

/**
 * The SP4N-LAPOR! classification an admin sets while verifying (LAPOR! v3 admin manual:
 * aspirasi, pengaduan, permintaan informasi, whistle blowing system).
 *
 * @example
 * ```ts
 * LAPOR_CLASSIFICATIONS[0]; // => 'pengaduan'
 * ```
 */
export const LAPOR_CLASSIFICATIONS = [
  'pengaduan',
  'aspirasi',
  'permintaan_informasi',
  'whistleblowing',
] as const;

/**
 * One of {@link LAPOR_CLASSIFICATIONS}.
 *
 * @example
 * ```ts
 * const c: LaporClassificationCode = 'whistleblowing';
 * ```
 */
export type LaporClassificationCode = (typeof LAPOR_CLASSIFICATIONS)[number];

/** The {@link LAPOR_CLASSIFICATIONS} codes as `z.enum` values, one doc comment per code. */
export const LAPOR_CLASSIFICATION_VALUES = {
  /** Complaint (pengaduan). */
  pengaduan: 'pengaduan',
  /** Aspiration (aspirasi). */
  aspirasi: 'aspirasi',
  /** Information request (permintaan informasi). */
  permintaan_informasi: 'permintaan_informasi',
  /** Whistleblowing system (WBS). */
  whistleblowing: 'whistleblowing',
} as const satisfies EnumValues<LaporClassificationCode>;

/**
 * Labels of the LAPOR! classifications.
 *
 * @example
 * ```ts
 * LAPOR_CLASSIFICATION_LABELS.permintaan_informasi.id; // => 'Permintaan informasi'
 * ```
 */
export const LAPOR_CLASSIFICATION_LABELS: Readonly<Record<LaporClassificationCode, LocalizedMessage>> = {
  pengaduan: { id: 'Pengaduan', en: 'Complaint' },
  aspirasi: { id: 'Aspirasi', en: 'Aspiration' },
  permintaan_informasi: { id: 'Permintaan informasi', en: 'Information request' },
  whistleblowing: { id: 'Whistle blowing system', en: 'Whistleblowing' },
};

/**
 * The LAPOR! classification a report type starts with; the admin may change it while
 * verifying. Project-defined: informasi strategis and the IKM poll are inputs to government,
 * which LAPOR! files as aspirasi.
 *
 * @example
 * ```ts
 * DEFAULT_CLASSIFICATION.dugaan_pelanggaran; // => 'whistleblowing'
 * ```
 */
export const DEFAULT_CLASSIFICATION: Readonly<Record<ReportTypeCode, LaporClassificationCode>> = {
  layanan_publik: 'pengaduan',
  dugaan_pelanggaran: 'whistleblowing',
  aspirasi: 'aspirasi',
  informasi_strategis: 'aspirasi',
  polling_ikm: 'aspirasi',
};

/**
 * Where a report came in. `lapor_sync` is a report pulled from SP4N-LAPOR!, `forum` an offline
 * meeting (musrenbang, reses) typed in by an officer.
 *
 * @example
 * ```ts
 * CHANNELS.includes('sms'); // => true
 * ```
 */
export const CHANNELS = [
  'app',
  'web',
  'sms',
  'twitter',
  'facebook',
  'instagram',
  'lapor_sync',
  'forum',
] as const;

/**
 * One of {@link CHANNELS}.
 *
 * @example
 * ```ts
 * const channel: ChannelCode = 'facebook';
 * ```
 */
export type ChannelCode = (typeof CHANNELS)[number];

/** The {@link CHANNELS} codes as `z.enum` values, one doc comment per code. */
export const CHANNEL_VALUES = {
  /** Mobile app. */
  app: 'app',
  /** Website. */
  web: 'web',
  /** SMS. */
  sms: 'sms',
  /** X/Twitter. */
  twitter: 'twitter',
  /** Facebook. */
  facebook: 'facebook',
  /** Instagram. */
  instagram: 'instagram',
  /** Synchronised from SP4N-LAPOR!. */
  lapor_sync: 'lapor_sync',
  /** In-person forum (musrenbang, reses) typed in by an officer. */
  forum: 'forum',
} as const satisfies EnumValues<ChannelCode>;

/**
 * Labels of the intake channels.
 *
 * @example
 * ```ts
 * CHANNEL_LABELS.lapor_sync.en; // => 'Synchronised from SP4N-LAPOR!'
 * ```
 */
export const CHANNEL_LABELS: Readonly<Record<ChannelCode, LocalizedMessage>> = {
  app: { id: 'Aplikasi', en: 'Mobile app' },
  web: { id: 'Situs web', en: 'Website' },
  sms: { id: 'SMS', en: 'SMS' },
  twitter: { id: 'X/Twitter', en: 'X/Twitter' },
  facebook: { id: 'Facebook', en: 'Facebook' },
  instagram: { id: 'Instagram', en: 'Instagram' },
  lapor_sync: { id: 'Sinkronisasi SP4N-LAPOR!', en: 'Synchronised from SP4N-LAPOR!' },
  forum: { id: 'Forum tatap muka', en: 'In-person forum' },
};

/**
 * NTB Care priorities (lombokjournal, Oct 2018: mendesak answered within 1 hour, penting
 * 1×24 hours, biasa 2×24 hours; see {@link NTB_CARE_PRIORITY_RULES}).
 *
 * @example
 * ```ts
 * PRIORITIES; // => ['mendesak', 'penting', 'biasa']
 * ```
 */
export const PRIORITIES = ['mendesak', 'penting', 'biasa'] as const;

/**
 * One of {@link PRIORITIES}.
 *
 * @example
 * ```ts
 * const p: PriorityCode = 'penting';
 * ```
 */
export type PriorityCode = (typeof PRIORITIES)[number];

/** The {@link PRIORITIES} codes as `z.enum` values, one doc comment per code. */
export const PRIORITY_VALUES = {
  /** Urgent (mendesak). */
  mendesak: 'mendesak',
  /** Important (penting). */
  penting: 'penting',
  /** Normal (biasa). */
  biasa: 'biasa',
} as const satisfies EnumValues<PriorityCode>;

/**
 * Labels of the priorities.
 *
 * @example
 * ```ts
 * PRIORITY_LABELS.mendesak.en; // => 'Urgent'
 * ```
 */
export const PRIORITY_LABELS: Readonly<Record<PriorityCode, LocalizedMessage>> = {
  mendesak: { id: 'Mendesak', en: 'Urgent' },
  penting: { id: 'Penting', en: 'Important' },
  biasa: { id: 'Biasa', en: 'Normal' },
};

/**
 * Kinds of organization a report is assigned to: an OPD (perangkat daerah), the Inspektorat
 * (whistleblowing goes there or to APH), an instansi vertikal (BPN, Polres, Kemenag, ...), or
 * another body.
 *
 * @example
 * ```ts
 * ASSIGNEE_KINDS.includes('inspektorat'); // => true
 * ```
 */
export const ASSIGNEE_KINDS = ['opd', 'inspektorat', 'instansi_vertikal', 'aph', 'lainnya'] as const;

/**
 * One of {@link ASSIGNEE_KINDS}.
 *
 * @example
 * ```ts
 * const kind: AssigneeKind = 'opd';
 * ```
 */
export type AssigneeKind = (typeof ASSIGNEE_KINDS)[number];

/** The {@link ASSIGNEE_KINDS} codes as `z.enum` values, one doc comment per code. */
export const ASSIGNEE_KIND_VALUES = {
  /** Regional government agency (OPD, perangkat daerah). */
  opd: 'opd',
  /** Inspectorate (Inspektorat). */
  inspektorat: 'inspektorat',
  /** Central-government field office (instansi vertikal). */
  instansi_vertikal: 'instansi_vertikal',
  /** Law enforcement (aparat penegak hukum). */
  aph: 'aph',
  /** Another body (lainnya). */
  lainnya: 'lainnya',
} as const satisfies EnumValues<AssigneeKind>;

/**
 * Labels of the assignee kinds.
 *
 * @example
 * ```ts
 * ASSIGNEE_KIND_LABELS.aph.id; // => 'Aparat penegak hukum'
 * ```
 */
export const ASSIGNEE_KIND_LABELS: Readonly<Record<AssigneeKind, LocalizedMessage>> = {
  opd: { id: 'Organisasi perangkat daerah', en: 'Regional government agency (OPD)' },
  inspektorat: { id: 'Inspektorat', en: 'Inspectorate' },
  instansi_vertikal: { id: 'Instansi vertikal', en: 'Central-government field office' },
  aph: { id: 'Aparat penegak hukum', en: 'Law enforcement' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};
