import { type LocalizedMessage, LocalDate, parseWith, RegionCode } from '@opengov-id/core';
import * as z from 'zod';

// Zod enum objects: the values of ACCESS_LEVELS and UPDATE_FREQUENCIES, each documented.
const ACCESS_LEVEL_ENUM = {
  /** Terbuka: public (DCAT-AP PUBLIC, DCAT-US public). */
  terbuka: 'terbuka',
  /** Terbatas: restricted (RESTRICTED, restricted public). */
  terbatas: 'terbatas',
  /** Dikecualikan: exempted, non-public (NON_PUBLIC, non-public). */
  dikecualikan: 'dikecualikan',
} as const;

const UPDATE_FREQUENCY_ENUM = {
  /** Harian (daily). */
  harian: 'harian',
  /** Mingguan (weekly). */
  mingguan: 'mingguan',
  /** Bulanan (monthly). */
  bulanan: 'bulanan',
  /** Triwulanan (quarterly). */
  triwulanan: 'triwulanan',
  /** Empat bulanan (three times a year). */
  empat_bulanan: 'empat_bulanan',
  /** Semesteran (semiannual). */
  semesteran: 'semesteran',
  /** Tahunan (annual). */
  tahunan: 'tahunan',
  /** Dua tahunan (biennial). */
  dua_tahunan: 'dua_tahunan',
  /** Tiga tahunan (triennial). */
  tiga_tahunan: 'tiga_tahunan',
  /** Lima tahunan (quinquennial). */
  lima_tahunan: 'lima_tahunan',
  /** Sepuluh tahunan (decennial). */
  sepuluh_tahunan: 'sepuluh_tahunan',
  /** Tidak tetap (irregular). */
  tidak_tetap: 'tidak_tetap',
  /** Sekali, tidak dimutakhirkan (once, never updated). */
  sekali: 'sekali',
} as const;

/**
 * A calendar date (`YYYY-MM-DD`) or an instant with an offset (`2024-05-01T08:00:00+08:00`),
 * the two forms DCAT allows for `dct:issued` / `dct:modified`.
 *
 * @example
 * ```ts
 * DateOrInstant.parse('2024-05-01'); // ok
 * DateOrInstant.parse('2024-05-01T00:00:00Z'); // ok
 * DateOrInstant.safeParse('2024-05-01T00:00:00').success; // => false (no offset)
 * ```
 */
export const DateOrInstant = z.union([LocalDate, z.iso.datetime({ offset: true })]);
/** A date or an instant with offset. */
export type DateOrInstant = z.output<typeof DateOrInstant>;

/**
 * The access level of a dataset (terbuka, terbatas, dikecualikan).
 *
 * @example
 * ```ts
 * AccessLevelSchema.parse('terbatas');
 * ```
 */
export const AccessLevelSchema = z.enum(ACCESS_LEVEL_ENUM);

/**
 * How often the dataset is updated (`harian` … `tahunan`, `tidak_tetap`, `sekali`).
 *
 * @example
 * ```ts
 * UpdateFrequencySchema.parse('tahunan');
 * ```
 */
export const UpdateFrequencySchema = z.enum(UPDATE_FREQUENCY_ENUM);

/**
 * An organization acting in Satu Data: Produsen Data, Walidata, Pembina Data, or a creator.
 *
 * @example
 * ```ts
 * Agent.parse({ id: 'diskominfotik-ntb', name: 'Diskominfotik Provinsi NTB' });
 * ```
 */
export const Agent = z.object({
  /** Stable identifier (CKAN organization name, IRI, or internal id). */
  id: z.string().min(1).optional(),
  /** Name as published. */
  name: z.string().min(1),
  /** Office e-mail (not a person's). */
  email: z.string().min(1).optional(),
  /** Home page. */
  url: z.string().min(1).optional(),
});
/** An organization acting in Satu Data. */
export type Agent = z.output<typeof Agent>;

/**
 * Whom to ask about the dataset (DCAT `dcat:contactPoint`, a vCard).
 *
 * @example
 * ```ts
 * ContactPoint.parse({ name: 'Bidang Statistik', email: 'statistik@ntbprov.go.id' });
 * ```
 */
export const ContactPoint = z.object({
  name: z.string().min(1).optional(),
  email: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
});
/** A contact point. */
export type ContactPoint = z.output<typeof ContactPoint>;

/**
 * A licence: its id (CKAN `license_id`), title and URL; at least one of the three.
 *
 * @example
 * ```ts
 * Licence.parse({ id: 'cc-by', url: 'https://creativecommons.org/licenses/by/4.0/' });
 * ```
 */
export const Licence = z
  .object({
    id: z.string().min(1).optional(),
    title: z.string().min(1).optional(),
    url: z.string().min(1).optional(),
  })
  .refine((l) => l.id !== undefined || l.title !== undefined || l.url !== undefined, {
    message: 'a licence needs an id, a title or a URL.',
    params: { id: 'lisensi memerlukan id, judul atau URL.' },
  });
/** A licence. */
export type Licence = z.output<typeof Licence>;

/**
 * Temporal coverage (cakupan waktu): the period the data describes.
 *
 * @example
 * ```ts
 * TemporalCoverage.parse({ start: '2020-01-01', end: '2024-12-31' });
 * ```
 */
export const TemporalCoverage = z
  .object({ start: DateOrInstant.optional(), end: DateOrInstant.optional() })
  .refine((t) => t.start !== undefined || t.end !== undefined, {
    message: 'give a start or an end.',
    params: { id: 'isi awal atau akhir periode.' },
  })
  .refine((t) => t.start === undefined || t.end === undefined || t.start.slice(0, 10) <= t.end.slice(0, 10), {
    message: 'the start must not be after the end.',
    params: { id: 'awal periode tidak boleh sesudah akhirnya.' },
  });
/** Temporal coverage. */
export type TemporalCoverage = z.output<typeof TemporalCoverage>;

/**
 * Spatial coverage (cakupan wilayah): Kemendagri region codes (dotted or bare in, dotted out),
 * and/or a location IRI (GeoNames, ...), and a label.
 *
 * @example
 * ```ts
 * SpatialCoverage.parse({ regionCodes: ['5207'] }).regionCodes; // => ['52.07']
 * ```
 */
export const SpatialCoverage = z
  .object({
    regionCodes: z.array(RegionCode).default([]),
    uri: z.string().min(1).optional(),
    label: z.string().min(1).optional(),
  })
  .refine((s) => s.regionCodes.length > 0 || s.uri !== undefined || s.label !== undefined, {
    message: 'give a region code, a location IRI or a label.',
    params: { id: 'isi kode wilayah, IRI lokasi atau nama wilayah.' },
  });
/** Spatial coverage. */
export type SpatialCoverage = z.output<typeof SpatialCoverage>;

/**
 * Standar Data (Perpres 39/2019 Ps. 4): konsep, definisi, klasifikasi, ukuran and satuan.
 *
 * @example
 * ```ts
 * StandarData.parse({ konsep: 'Penduduk', definisi: 'Orang yang berdomisili …', ukuran: 'Jumlah', satuan: 'Jiwa' });
 * ```
 */
export const StandarData = z.object({
  konsep: z.string().min(1).optional(),
  definisi: z.string().min(1).optional(),
  klasifikasi: z.string().min(1).optional(),
  ukuran: z.string().min(1).optional(),
  satuan: z.string().min(1).optional(),
});
/** Standar Data. */
export type StandarData = z.output<typeof StandarData>;

/**
 * Links to the BPS statistical metadata of the dataset (MS-Keg, MS-Var, MS-Ind ids or URLs).
 *
 * @example
 * ```ts
 * MetadataStatistikRef.parse({ kegiatan: 'mskeg-2025-0012', variabel: ['msvar-1'] });
 * ```
 */
export const MetadataStatistikRef = z.object({
  kegiatan: z.string().min(1).optional(),
  variabel: z.array(z.string().min(1)).optional(),
  indikator: z.array(z.string().min(1)).optional(),
});
/** Links to BPS statistical metadata. */
export type MetadataStatistikRef = z.output<typeof MetadataStatistikRef>;

/**
 * A Kode Referensi used by the dataset (Perpres 39/2019 Ps. 3 huruf d): the code list, e.g.
 * Kemendagri region codes or KBLI 2020, with the walidata that holds it.
 *
 * @example
 * ```ts
 * KodeReferensi.parse({ scheme: 'KBLI 2020', walidata: 'BPS' });
 * ```
 */
export const KodeReferensi = z.object({
  scheme: z.string().min(1),
  uri: z.string().min(1).optional(),
  walidata: z.string().min(1).optional(),
});
/** A Kode Referensi. */
export type KodeReferensi = z.output<typeof KodeReferensi>;

/**
 * A checksum of a distribution's file.
 *
 * @example
 * ```ts
 * Checksum.parse({ algorithm: 'sha256', value: 'ab12…' });
 * ```
 */
export const Checksum = z.object({ algorithm: z.string().min(1), value: z.string().min(1) });
/** A checksum. */
export type Checksum = z.output<typeof Checksum>;

/** Free string key/value pairs that a source carried and the model has no field for. */
const Extras = z.record(z.string(), z.string());

/**
 * One way to get the data (a file, an API): DCAT `dcat:Distribution`, CKAN resource.
 *
 * @example
 * ```ts
 * Distribution.parse({ accessUrl: 'https://data.ntbprov.go.id/dataset/x/resource.csv', format: 'CSV' });
 * ```
 */
export const Distribution = z.object({
  identifier: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  /** Where the data can be reached (DCAT-AP mandatory). */
  accessUrl: z.string().min(1),
  /** A direct download link. */
  downloadUrl: z.string().min(1).optional(),
  /** File type: an EU file-type code (`CSV`) where known, else the portal's text. */
  format: z.string().min(1).optional(),
  /** IANA media type (`text/csv`). */
  mediaType: z.string().min(1).optional(),
  byteSize: z.number().int().nonnegative().optional(),
  licence: Licence.optional(),
  rights: z.string().min(1).optional(),
  issued: DateOrInstant.optional(),
  modified: DateOrInstant.optional(),
  checksum: Checksum.optional(),
  /** Standards or schemas the file follows (e.g. a Table Schema URL). */
  conformsTo: z.array(z.string().min(1)).optional(),
  /** CKAN: the file is loaded into the DataStore. */
  datastoreActive: z.boolean().optional(),
  extras: Extras.optional(),
});
/** A distribution. */
export type Distribution = z.output<typeof Distribution>;
/** The input form of {@link Distribution}. */
export type DistributionInput = z.input<typeof Distribution>;

/**
 * A Satu Data dataset: what Perpres 39/2019 asks for (Standar Data, Metadata, Interoperabilitas,
 * Kode Referensi, Data Induk), the roles (Produsen Data, Walidata, Pembina Data), access level,
 * update frequency, temporal and spatial coverage, themes and licence, with its distributions.
 *
 * @example
 * ```ts
 * const dataset = Dataset.parse({
 *   identifier: 'jumlah-penduduk-ksb',
 *   title: 'Jumlah Penduduk Kabupaten Sumbawa Barat',
 *   description: 'Jumlah penduduk per kecamatan.',
 *   accessLevel: 'terbuka',
 *   produsenData: { id: 'disdukcapil-ksb', name: 'Disdukcapil KSB' },
 *   spatial: { regionCodes: ['52.07'] },
 *   distributions: [{ accessUrl: 'https://data.sumbawabaratkab.go.id/x.csv', format: 'CSV' }],
 * });
 * ```
 */
export const Dataset = z.object({
  /** Stable identifier (DCAT `dct:identifier`, CKAN `id`). */
  identifier: z.string().min(1),
  /** URL slug (CKAN `name`). */
  name: z.string().min(1).optional(),
  title: z.string().min(1),
  description: z.string(),
  keywords: z.array(z.string().min(1)).default([]),
  /** Theme IRIs or EU data-theme codes (`HEAL`). */
  themes: z.array(z.string().min(1)).default([]),
  /** The portal's own topics (CKAN groups, "Kesehatan"), free text. */
  topics: z.array(z.string().min(1)).default([]),
  accessLevel: AccessLevelSchema.optional(),
  /** Rights statement, e.g. why access is restricted. */
  rights: z.string().min(1).optional(),
  licence: Licence.optional(),
  /** Produsen Data: the perangkat daerah that produces the data (DCAT publisher). */
  produsenData: Agent.optional(),
  /** Walidata: checks and disseminates (in NTB, Diskominfotik). */
  walidata: Agent.optional(),
  /** Pembina Data: sets standards (BPS for statistics, BIG for geospatial). */
  pembinaData: Agent.optional(),
  /** Who made the data, when it is not the producing organization (CKAN `author`). */
  creator: Agent.optional(),
  contactPoint: ContactPoint.optional(),
  issued: DateOrInstant.optional(),
  modified: DateOrInstant.optional(),
  updateFrequency: UpdateFrequencySchema.optional(),
  temporal: TemporalCoverage.optional(),
  spatial: SpatialCoverage.optional(),
  landingPage: z.string().min(1).optional(),
  /** ISO 639-1 codes (`id`, `en`). */
  language: z.array(z.string().min(2)).optional(),
  version: z.string().min(1).optional(),
  conformsTo: z.array(z.string().min(1)).optional(),
  standarData: StandarData.optional(),
  metadataStatistik: MetadataStatistikRef.optional(),
  kodeReferensi: z.array(KodeReferensi).optional(),
  /** Part of the Data Induk agreed in the Forum Satu Data. */
  dataInduk: z.boolean().optional(),
  /** On the Data Prioritas list. */
  dataPrioritas: z.boolean().optional(),
  distributions: z.array(Distribution).default([]),
  extras: Extras.optional(),
});
/** A Satu Data dataset. */
export type Dataset = z.output<typeof Dataset>;
/** The input form of {@link Dataset} (arrays with defaults may be left out). */
export type DatasetInput = z.input<typeof Dataset>;

/**
 * A catalogue of datasets (DCAT `dcat:Catalog`): a Satu Data portal.
 *
 * @example
 * ```ts
 * Catalog.parse({
 *   title: 'Satu Data NTB',
 *   description: 'Portal Satu Data Provinsi Nusa Tenggara Barat',
 *   publisher: { name: 'Diskominfotik Provinsi NTB' },
 *   datasets: [],
 * });
 * ```
 */
export const Catalog = z.object({
  identifier: z.string().min(1).optional(),
  title: z.string().min(1),
  description: z.string().min(1),
  publisher: Agent,
  homepage: z.string().min(1).optional(),
  language: z.array(z.string().min(2)).optional(),
  licence: Licence.optional(),
  issued: DateOrInstant.optional(),
  modified: DateOrInstant.optional(),
  spatial: SpatialCoverage.optional(),
  themeTaxonomy: z.array(z.string().min(1)).optional(),
  datasets: z.array(Dataset).default([]),
});
/** A catalogue. */
export type Catalog = z.output<typeof Catalog>;
/** The input form of {@link Catalog}. */
export type CatalogInput = z.input<typeof Catalog>;

/**
 * Parses and validates a dataset, throwing a `ValidationError` whose messages (Indonesian and
 * English) name each wrong field.
 *
 * @example
 * ```ts
 * const dataset = parseDataset({ identifier: 'x', title: 'Judul', description: '' });
 * dataset.keywords; // => []
 * ```
 */
export function parseDataset(input: unknown): Dataset {
  return parseWith(Dataset, input, 'Dataset');
}

/**
 * Parses and validates a catalogue (see {@link parseDataset}).
 *
 * @example
 * ```ts
 * parseCatalog({ title: 'Satu Data KSB', description: '…', publisher: { name: 'Diskominfo KSB' } });
 * ```
 */
export function parseCatalog(input: unknown): Catalog {
  return parseWith(Catalog, input, 'Catalog');
}

/**
 * Indonesian and English labels of the dataset fields, for forms and reports.
 *
 * @example
 * ```ts
 * DATASET_FIELD_LABELS.produsenData.id; // => 'Produsen Data'
 * ```
 */
export const DATASET_FIELD_LABELS: Readonly<Record<keyof Dataset, LocalizedMessage>> = {
  identifier: { id: 'Pengenal', en: 'Identifier' },
  name: { id: 'Nama URL', en: 'URL name' },
  title: { id: 'Judul', en: 'Title' },
  description: { id: 'Deskripsi', en: 'Description' },
  keywords: { id: 'Kata kunci', en: 'Keywords' },
  themes: { id: 'Tema', en: 'Themes' },
  topics: { id: 'Topik', en: 'Topics' },
  accessLevel: { id: 'Tingkat akses', en: 'Access level' },
  rights: { id: 'Ketentuan hak akses', en: 'Rights' },
  licence: { id: 'Lisensi', en: 'Licence' },
  produsenData: { id: 'Produsen Data', en: 'Data producer' },
  walidata: { id: 'Walidata', en: 'Data custodian (walidata)' },
  pembinaData: { id: 'Pembina Data', en: 'Data supervisor (pembina data)' },
  creator: { id: 'Pembuat', en: 'Creator' },
  contactPoint: { id: 'Narahubung', en: 'Contact point' },
  issued: { id: 'Tanggal terbit', en: 'Date issued' },
  modified: { id: 'Tanggal pemutakhiran', en: 'Date modified' },
  updateFrequency: { id: 'Frekuensi pemutakhiran', en: 'Update frequency' },
  temporal: { id: 'Cakupan waktu', en: 'Temporal coverage' },
  spatial: { id: 'Cakupan wilayah', en: 'Spatial coverage' },
  landingPage: { id: 'Halaman dataset', en: 'Landing page' },
  language: { id: 'Bahasa', en: 'Language' },
  version: { id: 'Versi', en: 'Version' },
  conformsTo: { id: 'Standar yang diikuti', en: 'Conforms to' },
  standarData: { id: 'Standar Data', en: 'Data standard' },
  metadataStatistik: { id: 'Metadata statistik', en: 'Statistical metadata' },
  kodeReferensi: { id: 'Kode Referensi', en: 'Reference codes' },
  dataInduk: { id: 'Data Induk', en: 'Master data' },
  dataPrioritas: { id: 'Data Prioritas', en: 'Priority data' },
  distributions: { id: 'Distribusi', en: 'Distributions' },
  extras: { id: 'Atribut tambahan', en: 'Extra attributes' },
};

/**
 * Labels of the five Standar Data components (Perpres 39/2019 Ps. 4).
 *
 * @example
 * ```ts
 * STANDAR_DATA_LABELS.satuan.en; // => 'Unit'
 * ```
 */
export const STANDAR_DATA_LABELS: Readonly<Record<keyof StandarData, LocalizedMessage>> = {
  konsep: { id: 'Konsep', en: 'Concept' },
  definisi: { id: 'Definisi', en: 'Definition' },
  klasifikasi: { id: 'Klasifikasi', en: 'Classification' },
  ukuran: { id: 'Ukuran', en: 'Measure' },
  satuan: { id: 'Satuan', en: 'Unit' },
};
