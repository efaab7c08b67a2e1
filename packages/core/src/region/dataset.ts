/** Where a region table comes from, which version it is, and under which licence. */
export interface RegionDataset {
  /** Stable version id; changes whenever the code list does. */
  readonly id: string;
  /** The regulation the codes and names are taken from. */
  readonly source: string;
  /** SPDX id of the data licence (the SDK code itself is MIT). */
  readonly licence: string;
  /** The attribution the licence asks for. */
  readonly attribution: string;
  /** The package and exact version the tables were generated from. */
  readonly generatedFrom: string;
}

/**
 * The dataset behind `getRegion`, `listChildren` and `loadProvince`: Kepmendagri
 * No. 300.2.2-2138 Tahun 2025, taken from idn-area-data 4.0.1 (data under ODbL 1.0).
 *
 * @example
 * ```ts
 * const record = { desa: '52.07.02.2001', regionDataset: REGION_DATASET.id };
 * ```
 */
export const REGION_DATASET: RegionDataset = {
  id: 'kepmendagri-300.2.2-2138-2025',
  source:
    'Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025 tentang Pemberian dan Pemutakhiran Kode, Data Wilayah Administrasi Pemerintahan, dan Pulau',
  licence: 'ODbL-1.0',
  attribution:
    'Region codes and names from idn-area-data (https://github.com/fityannugroho/idn-area-data) by Fityan Nugroho and contributors, made available under the Open Database License 1.0.',
  generatedFrom: 'idn-area-data@4.0.1',
};
