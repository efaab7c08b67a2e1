import type { LocalizedMessage } from '@opengov-id/core';
import type { ReportActionType, ReportStatusCode } from '../model/status.js';

/**
 * FixMyStreet's extended Open311 statuses (mySociety "Open311 FMS – Complete Spec").
 *
 * @example
 * ```ts
 * FMS_STATUSES.includes('not_councils_responsibility'); // => true
 * ```
 */
export const FMS_STATUSES = [
  'unchanged',
  'open',
  'closed',
  'fixed',
  'in_progress',
  'planned',
  'action_scheduled',
  'investigating',
  'duplicate',
  'not_councils_responsibility',
  'no_further_action',
  'internal_referral',
  'cancelled',
  'reopen',
  'for_triage',
] as const;

/**
 * One of {@link FMS_STATUSES}.
 *
 * @example
 * ```ts
 * const s: FmsStatus = 'in_progress';
 * ```
 */
export type FmsStatus = (typeof FMS_STATUSES)[number];

/**
 * NTB Care's public status labels (Antara, 12 Feb 2019: disetujui / diproses / ditolak / selesai).
 *
 * @example
 * ```ts
 * NTB_CARE_LABELS.disetujui.en; // => 'Approved'
 * ```
 */
export const NTB_CARE_LABELS = {
  disetujui: { id: 'Disetujui', en: 'Approved' },
  diproses: { id: 'Diproses', en: 'In process' },
  ditolak: { id: 'Ditolak', en: 'Rejected' },
  selesai: { id: 'Selesai', en: 'Completed' },
} as const satisfies Record<string, LocalizedMessage>;

/**
 * One of NTB Care's public labels.
 *
 * @example
 * ```ts
 * const label: NtbCareLabel = 'diproses';
 * ```
 */
export type NtbCareLabel = keyof typeof NTB_CARE_LABELS;

/**
 * SP4N-LAPOR! admin actions (LAPOR! v3 admin manual): A1 Verifikasi (dispose or "Kelola"),
 * A2 Tunda, A3 Bukan Wewenang, A4 Arsipkan.
 *
 * @example
 * ```ts
 * LAPOR_ADMIN_ACTIONS.tunda; // => { code: 'A2', id: 'Tunda', en: 'Postpone' }
 * ```
 */
export const LAPOR_ADMIN_ACTIONS: Readonly<
  Partial<Record<ReportActionType, { readonly code: 'A1' | 'A2' | 'A3' | 'A4' } & LocalizedMessage>>
> = {
  verifikasi: { code: 'A1', id: 'Verifikasi (disposisi)', en: 'Verify (dispose)' },
  alihkan: { code: 'A1', id: 'Verifikasi (disposisi ulang)', en: 'Verify (re-dispose)' },
  tunda: { code: 'A2', id: 'Tunda', en: 'Postpone' },
  bukan_wewenang: { code: 'A3', id: 'Bukan Wewenang', en: 'Not our authority' },
  arsipkan: { code: 'A4', id: 'Arsipkan', en: 'Archive' },
  tolak: { code: 'A4', id: 'Arsipkan (ditolak)', en: 'Archive (rejected)' },
};

/**
 * How one state shows in the other systems.
 *
 * @example
 * ```ts
 * const m: StatusMapping = STATUS_MAPPINGS.selesai;
 * ```
 */
export interface StatusMapping {
  /** The LAPOR! admin action that puts a report in this state, when it is one. */
  readonly laporAdminAction: 'A1' | 'A2' | 'A3' | 'A4' | null;
  /** Open311 GeoReport v2 `status`. */
  readonly open311: 'open' | 'closed';
  /** FixMyStreet's extended status. */
  readonly fixMyStreet: FmsStatus;
  /** NTB Care's public label; `null` while the report is not yet public (awaiting approval). */
  readonly ntbCare: NtbCareLabel | null;
}

/**
 * Every state mapped to the LAPOR! admin action, Open311 open/closed, FixMyStreet's extended
 * status and NTB Care's public label. A report is public on NTB Care only once approved, so
 * `belum_terverifikasi` and `ditunda` have no public label.
 *
 * @example
 * ```ts
 * STATUS_MAPPINGS.ditindaklanjuti; // => { laporAdminAction: null, open311: 'open', fixMyStreet: 'in_progress', ntbCare: 'diproses' }
 * ```
 */
export const STATUS_MAPPINGS: Readonly<Record<ReportStatusCode, StatusMapping>> = {
  belum_terverifikasi: { laporAdminAction: null, open311: 'open', fixMyStreet: 'for_triage', ntbCare: null },
  diteruskan: { laporAdminAction: 'A1', open311: 'open', fixMyStreet: 'investigating', ntbCare: 'disetujui' },
  ditunda: { laporAdminAction: 'A2', open311: 'open', fixMyStreet: 'for_triage', ntbCare: null },
  bukan_wewenang: {
    laporAdminAction: 'A3',
    open311: 'closed',
    fixMyStreet: 'not_councils_responsibility',
    ntbCare: 'ditolak',
  },
  ditindaklanjuti: {
    laporAdminAction: null,
    open311: 'open',
    fixMyStreet: 'in_progress',
    ntbCare: 'diproses',
  },
  menunggu_tanggapan: {
    laporAdminAction: null,
    open311: 'open',
    fixMyStreet: 'action_scheduled',
    ntbCare: 'diproses',
  },
  selesai: { laporAdminAction: null, open311: 'closed', fixMyStreet: 'fixed', ntbCare: 'selesai' },
  diarsipkan: {
    laporAdminAction: 'A4',
    open311: 'closed',
    fixMyStreet: 'no_further_action',
    ntbCare: 'ditolak',
  },
  ditolak: { laporAdminAction: 'A4', open311: 'closed', fixMyStreet: 'cancelled', ntbCare: 'ditolak' },
};

/**
 * The state a FixMyStreet status update means here, or `undefined` for `unchanged`.
 * Matching ignores case and treats spaces like underscores (FMS sends `IN_PROGRESS`, `Fixed`,
 * `in progress`).
 *
 * @example
 * ```ts
 * fromFmsStatus('FIXED'); // => 'selesai'
 * fromFmsStatus('unchanged'); // => undefined
 * ```
 */
export function fromFmsStatus(status: string): ReportStatusCode | undefined {
  const s = status
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  switch (s) {
    case 'fixed':
    case 'closed':
      return 'selesai';
    case 'in_progress':
    case 'planned':
    case 'action_scheduled':
    case 'open':
    case 'reopen':
      return 'ditindaklanjuti';
    case 'investigating':
    case 'internal_referral':
      return 'diteruskan';
    case 'for_triage':
      return 'belum_terverifikasi';
    case 'not_councils_responsibility':
      return 'bukan_wewenang';
    case 'no_further_action':
    case 'duplicate':
      return 'diarsipkan';
    case 'cancelled':
      return 'ditolak';
    default:
      return undefined;
  }
}

/**
 * The NTB Care public label of a state (`null` before approval).
 *
 * @example
 * ```ts
 * ntbCareLabel('menunggu_tanggapan'); // => 'diproses'
 * ```
 */
export function ntbCareLabel(status: ReportStatusCode): NtbCareLabel | null {
  return STATUS_MAPPINGS[status].ntbCare;
}
