import type { LocalizedMessage } from '@opengov-id/core';

/**
 * The roles of Perpres 39/2019: Produsen Data (the OPD that produces data), Walidata (checks and
 * disseminates; in NTB, Diskominfotik) and Pembina Data (sets standards and re-checks Data
 * Prioritas; for statistics, BPS).
 *
 * @example
 * ```ts
 * SATU_DATA_ROLES; // => ['produsen', 'walidata', 'pembina']
 * ```
 */
export const SATU_DATA_ROLES = ['produsen', 'walidata', 'pembina'] as const;
/** One of {@link SATU_DATA_ROLES}. */
export type SatuDataRole = (typeof SATU_DATA_ROLES)[number];

/**
 * Labels of the roles.
 *
 * @example
 * ```ts
 * ROLE_LABELS.pembina.id; // => 'Pembina Data'
 * ```
 */
export const ROLE_LABELS: Readonly<Record<SatuDataRole, LocalizedMessage>> = {
  produsen: { id: 'Produsen Data', en: 'Data producer' },
  walidata: { id: 'Walidata', en: 'Data custodian (walidata)' },
  pembina: { id: 'Pembina Data', en: 'Data supervisor (pembina data)' },
};

/**
 * States of a Daftar Data entry, following the stages of Perpres 39/2019: perencanaan (planned),
 * pengumpulan (submitted by the produsen), pemeriksaan (walidata, then the pembina for Data
 * Prioritas; rejects go back), penyebarluasan (published).
 *
 * @example
 * ```ts
 * WORKFLOW_STATES[0]; // => 'planned'
 * ```
 */
export const WORKFLOW_STATES = [
  'planned',
  'submitted',
  'returned',
  'pembina_review',
  'approved',
  'published',
] as const;
/** One of {@link WORKFLOW_STATES}. */
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

/**
 * Labels of the states.
 *
 * @example
 * ```ts
 * WORKFLOW_STATE_LABELS.returned.id; // => 'Dikembalikan'
 * ```
 */
export const WORKFLOW_STATE_LABELS: Readonly<Record<WorkflowState, LocalizedMessage>> = {
  planned: { id: 'Direncanakan', en: 'Planned' },
  submitted: { id: 'Diajukan', en: 'Submitted' },
  returned: { id: 'Dikembalikan', en: 'Returned' },
  pembina_review: { id: 'Diperiksa Pembina Data', en: 'Under review by the pembina data' },
  approved: { id: 'Disetujui', en: 'Approved' },
  published: { id: 'Dipublikasikan', en: 'Published' },
};

/**
 * The actions of the workflow.
 *
 * @example
 * ```ts
 * WORKFLOW_ACTIONS; // => ['submit', 'approve', 'return', 'publish']
 * ```
 */
export const WORKFLOW_ACTIONS = ['submit', 'approve', 'return', 'publish'] as const;
/** One of {@link WORKFLOW_ACTIONS}. */
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * Labels of the actions.
 *
 * @example
 * ```ts
 * WORKFLOW_ACTION_LABELS.return.id; // => 'Mengembalikan'
 * ```
 */
export const WORKFLOW_ACTION_LABELS: Readonly<Record<WorkflowAction, LocalizedMessage>> = {
  submit: { id: 'Mengajukan', en: 'Submit' },
  approve: { id: 'Menyetujui', en: 'Approve' },
  return: { id: 'Mengembalikan', en: 'Return' },
  publish: { id: 'Memublikasikan', en: 'Publish' },
};
