import type { LocalizedMessage } from '@opengov-id/core';
import { DATASET_FIELD_LABELS, type Dataset, STANDAR_DATA_LABELS } from '../dataset/schemas.js';
import { FILE_TYPES, normalizeFormat } from '../dataset/vocabularies.js';

/** How serious a compliance finding is. */
export type ComplianceSeverity = 'error' | 'warning' | 'info';

/** One thing Satu Data rules require that the dataset lacks or gets wrong. */
export interface ComplianceFinding {
  readonly severity: ComplianceSeverity;
  /** The dataset field concerned (`standarData.satuan`, `distributions`). */
  readonly field: string;
  /** A stable rule code (`standar_data_missing`, ...). */
  readonly rule: string;
  /** What is wrong and what to do, in Indonesian and English. */
  readonly message: LocalizedMessage;
  /** The legal or standard basis. */
  readonly basis: string;
}

const PERPRES = 'Perpres 39/2019 tentang Satu Data Indonesia';

/**
 * Checks a dataset against what Perpres 39/2019 (Satu Data Indonesia), UU 14/2008 (KIP) and the
 * BPS metadata standard require, and returns every finding with severity, field and a message in
 * both languages. An empty list means nothing is missing. Errors block publication in the
 * workflow sense (the walidata should return the data); warnings and info do not.
 *
 * @example
 * ```ts
 * declare const dataset: Dataset;
 * for (const f of checkSatuDataCompliance(dataset)) console.log(f.severity, f.field, f.message.id);
 * ```
 */
export function checkSatuDataCompliance(dataset: Dataset): ComplianceFinding[] {
  const out: ComplianceFinding[] = [];
  const add = (
    severity: ComplianceSeverity,
    field: string,
    rule: string,
    message: LocalizedMessage,
    basis: string,
  ) => out.push({ severity, field, rule, message, basis });
  const missing = (
    field: keyof Dataset,
    severity: ComplianceSeverity,
    basis: string,
    why?: LocalizedMessage,
  ) => {
    const label = DATASET_FIELD_LABELS[field];
    add(
      severity,
      field,
      `${field}_missing`,
      {
        id: `${label.id} belum diisi.${why ? ` ${why.id}` : ''}`,
        en: `${label.en} is missing.${why ? ` ${why.en}` : ''}`,
      },
      basis,
    );
  };

  // (a) Standar Data: every component (Ps. 4).
  for (const key of Object.keys(STANDAR_DATA_LABELS) as Array<keyof typeof STANDAR_DATA_LABELS>) {
    if (!dataset.standarData?.[key]) {
      const label = STANDAR_DATA_LABELS[key];
      add(
        'error',
        `standarData.${key}`,
        'standar_data_missing',
        {
          id: `Standar Data: ${label.id.toLowerCase()} belum diisi.`,
          en: `Data standard: the ${label.en.toLowerCase()} is missing.`,
        },
        `${PERPRES}, Ps. 3 huruf a dan Ps. 4 (konsep, definisi, klasifikasi, ukuran, satuan)`,
      );
    }
  }

  // (b) Metadata: the structure the Pembina sets; these are what portals and SDI harvesting need.
  const metadataBasis = `${PERPRES}, Ps. 3 huruf b (Metadata)`;
  if (dataset.description.trim() === '') missing('description', 'error', metadataBasis);
  if (!dataset.produsenData) missing('produsenData', 'error', metadataBasis);
  if (!dataset.walidata) {
    missing('walidata', 'warning', `${PERPRES} (tugas Walidata: memeriksa dan menyebarluaskan data)`);
  }
  if (!dataset.accessLevel) {
    missing('accessLevel', 'error', 'UU 14/2008 (KIP) Ps. 17; klasifikasi akses portal Satu Data', {
      id: 'Pilih terbuka, terbatas atau dikecualikan.',
      en: 'Choose terbuka, terbatas or dikecualikan.',
    });
  }
  if (!dataset.updateFrequency) missing('updateFrequency', 'warning', metadataBasis);
  if (!dataset.temporal) missing('temporal', 'warning', metadataBasis);
  if (!dataset.spatial) missing('spatial', 'warning', metadataBasis);
  if (!dataset.modified && !dataset.issued) missing('modified', 'warning', metadataBasis);
  if (!dataset.contactPoint) missing('contactPoint', 'info', metadataBasis);
  if (!dataset.licence) missing('licence', 'info', metadataBasis);

  // (c) Interoperabilitas: an open, machine-readable distribution.
  const interopBasis = `${PERPRES}, Ps. 3 huruf c (Interoperabilitas: format terbuka yang dapat dibaca mesin)`;
  if (dataset.distributions.length === 0) {
    add(
      dataset.accessLevel === 'dikecualikan' ? 'info' : 'error',
      'distributions',
      'distribution_missing',
      { id: 'Belum ada distribusi (berkas atau API).', en: 'There is no distribution (file or API).' },
      interopBasis,
    );
  } else {
    const machineReadable = dataset.distributions.some((d) => {
      const code = d.format
        ? normalizeFormat(d.format)
        : d.mediaType
          ? normalizeFormat(d.mediaType)
          : undefined;
      const row = code ? FILE_TYPES.rows.find((f) => f.code === code) : undefined;
      return row?.machineReadable === true;
    });
    if (!machineReadable) {
      add(
        'error',
        'distributions',
        'not_machine_readable',
        {
          id: 'Tidak ada distribusi dalam format yang dapat dibaca mesin (misalnya CSV, JSON, XLSX).',
          en: 'No distribution is in a machine-readable format (e.g. CSV, JSON, XLSX).',
        },
        interopBasis,
      );
    }
  }

  // (d) Kode Referensi: region codes from Kemendagri.
  if (dataset.spatial && dataset.spatial.regionCodes.length === 0) {
    add(
      'warning',
      'spatial.regionCodes',
      'region_code_missing',
      {
        id: 'Cakupan wilayah belum memakai kode wilayah Kemendagri.',
        en: 'The spatial coverage does not use Kemendagri region codes.',
      },
      `${PERPRES}, Ps. 3 huruf d (Kode Referensi)`,
    );
  }

  // Access: exempted information may not be published for download.
  if (dataset.accessLevel === 'dikecualikan' && dataset.distributions.some((d) => d.downloadUrl)) {
    add(
      'error',
      'distributions',
      'exempted_data_downloadable',
      {
        id: 'Data yang dikecualikan tidak boleh tersedia untuk diunduh publik.',
        en: 'Exempted (non-public) data must not be offered for public download.',
      },
      'UU 14/2008 (KIP) Ps. 17',
    );
  }
  if ((dataset.accessLevel === 'terbatas' || dataset.accessLevel === 'dikecualikan') && !dataset.rights) {
    missing('rights', 'warning', 'UU 14/2008 (KIP) Ps. 17; DCAT-US 1.1 `rights` when not public', {
      id: 'Jelaskan dasar pembatasan akses.',
      en: 'State why access is restricted.',
    });
  }

  // Data Prioritas is re-checked by the Pembina Data.
  if (dataset.dataPrioritas && !dataset.pembinaData) {
    missing('pembinaData', 'warning', `${PERPRES} (Pembina Data memeriksa ulang Data Prioritas)`);
  }
  // Statistical data should point to its BPS metadata (MS-Keg/MS-Var).
  if (dataset.standarData && !dataset.metadataStatistik) {
    missing('metadataStatistik', 'info', 'Peraturan BPS 5/2020 (Metadata Statistik: MS-Keg, MS-Var, MS-Ind)');
  }
  return out;
}
