/**
 * The fictional organizations the sample data and sample tokens use. Every name says CONTOH
 * (sample): nothing here describes a real office's caseload.
 */
export const SAMPLE_ORGANIZATIONS = {
  /** The OPD the sample officer works for. */
  pupr: {
    organizationId: 'ksb-pupr',
    organizationName: 'Dinas PUPR KSB (CONTOH)',
    kind: 'opd',
  },
  /** A second OPD, for the "another organization's report" cases. */
  dikbud: {
    organizationId: 'ksb-dikbud',
    organizationName: 'Dinas Pendidikan dan Kebudayaan KSB (CONTOH)',
    kind: 'opd',
  },
} as const;
