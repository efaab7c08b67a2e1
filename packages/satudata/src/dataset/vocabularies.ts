import type { LocalizedMessage } from '@opengov-id/core';

/**
 * A reference table: data with its source and version, so a portal can see where a code came
 * from and replace or extend the table at run time.
 */
export interface ReferenceTable<Row> {
  /** Who publishes the list (regulation number or publisher). */
  readonly source: string;
  /** Version or date of the list. */
  readonly version: string;
  /** The rows. */
  readonly rows: readonly Row[];
}

// ---------------------------------------------------------------------------------------------
// Access level (tingkat akses)
// ---------------------------------------------------------------------------------------------

/**
 * The three access levels of Satu Data portals. UU 14/2008 (KIP) sets public information against
 * "informasi yang dikecualikan" (Ps. 17); portals label them Terbuka / Terbatas / Dikecualikan.
 *
 * @example
 * ```ts
 * ACCESS_LEVELS.includes('terbuka'); // => true
 * ```
 */
export const ACCESS_LEVELS = ['terbuka', 'terbatas', 'dikecualikan'] as const;

/** One of {@link ACCESS_LEVELS}. */
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** How one access level is written in each catalogue standard. */
export interface AccessLevelMapping {
  /** Indonesian and English label. */
  readonly label: LocalizedMessage;
  /** The EU access-right authority IRI used by DCAT-AP. */
  readonly dcatAp: string;
  /** The DCAT-US 1.1 `accessLevel` value. */
  readonly dcatUs: 'public' | 'restricted public' | 'non-public';
}

const ACCESS_RIGHT = 'http://publications.europa.eu/resource/authority/access-right/';

/**
 * Access level → DCAT-AP `dct:accessRights` and DCAT-US `accessLevel`, as proposed in the
 * research notes (satudata.md §4: Terbuka→PUBLIC/public, Terbatas→RESTRICTED/restricted public,
 * Dikecualikan→NON_PUBLIC/non-public).
 *
 * @example
 * ```ts
 * ACCESS_LEVEL_MAPPING.terbatas.dcatUs; // => 'restricted public'
 * ```
 */
export const ACCESS_LEVEL_MAPPING: Readonly<Record<AccessLevel, AccessLevelMapping>> = {
  terbuka: { label: { id: 'Terbuka', en: 'Public' }, dcatAp: `${ACCESS_RIGHT}PUBLIC`, dcatUs: 'public' },
  terbatas: {
    label: { id: 'Terbatas', en: 'Restricted' },
    dcatAp: `${ACCESS_RIGHT}RESTRICTED`,
    dcatUs: 'restricted public',
  },
  dikecualikan: {
    label: { id: 'Dikecualikan', en: 'Non-public (exempted)' },
    dcatAp: `${ACCESS_RIGHT}NON_PUBLIC`,
    dcatUs: 'non-public',
  },
};

/**
 * Reads an access level from a label, a DCAT-AP IRI or a DCAT-US value; `undefined` when unknown.
 *
 * @example
 * ```ts
 * parseAccessLevel('Tertutup'); // => 'dikecualikan'
 * parseAccessLevel('http://publications.europa.eu/resource/authority/access-right/PUBLIC'); // => 'terbuka'
 * parseAccessLevel('restricted public'); // => 'terbatas'
 * ```
 */
export function parseAccessLevel(value: string): AccessLevel | undefined {
  const v = value.trim();
  for (const level of ACCESS_LEVELS) {
    const m = ACCESS_LEVEL_MAPPING[level];
    if (v === level || v === m.dcatAp || v === m.dcatUs) return level;
  }
  const lower = v.toLowerCase();
  if (lower === 'terbuka' || lower === 'publik' || lower === 'public' || lower === 'ya') return 'terbuka';
  if (lower === 'terbatas' || lower === 'restricted') return 'terbatas';
  // Portals also say "Tertutup" for the exempted class (satudata.md §4).
  if (lower === 'dikecualikan' || lower === 'tertutup' || lower === 'non_public' || lower === 'tidak') {
    return 'dikecualikan';
  }
  if (lower.endsWith('/public')) return 'terbuka';
  if (lower.endsWith('/restricted')) return 'terbatas';
  if (lower.endsWith('/non_public')) return 'dikecualikan';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Update frequency (frekuensi pemutakhiran)
// ---------------------------------------------------------------------------------------------

/** One update frequency with its labels and its codes in each standard. */
export interface UpdateFrequencyEntry {
  /** Indonesian and English label. */
  readonly label: LocalizedMessage;
  /** EU frequency authority code (DCAT-AP `dct:accrualPeriodicity`). */
  readonly eu: string;
  /** DCAT-US 1.1 `accrualPeriodicity` (ISO 8601 repeating duration); absent when POD has none. */
  readonly dcatUs?: string;
  /** The INDAH MS-Keg `frekuensi_penyelanggara` value, when there is one. */
  readonly bps?: string;
}

/**
 * Update frequencies, keyed by the Indonesian term. Sources: the EU Publications Office
 * "frequency" authority table; DCAT-US 1.1 `accrualPeriodicity` list (project-open-data v1.1
 * schema.md); INDAH v2 MS-Keg `frekuensi_penyelanggara` enum (BPS; as sent by a Kutai Timur
 * integration, satudata.md §2).
 *
 * @example
 * ```ts
 * UPDATE_FREQUENCIES.table.tahunan.dcatUs; // => 'R/P1Y'
 * ```
 */
export const UPDATE_FREQUENCIES = {
  source:
    'EU Publications Office authority table "frequency"; project-open-data v1.1 accrualPeriodicity; BPS INDAH v2 MS-Keg frekuensi_penyelanggara',
  version: '2024-06 (EU frequency) / POD v1.1 / INDAH v2',
  table: {
    harian: { label: { id: 'Harian', en: 'Daily' }, eu: 'DAILY', dcatUs: 'R/P1D', bps: 'HARIAN' },
    mingguan: { label: { id: 'Mingguan', en: 'Weekly' }, eu: 'WEEKLY', dcatUs: 'R/P1W', bps: 'MINGGUAN' },
    bulanan: { label: { id: 'Bulanan', en: 'Monthly' }, eu: 'MONTHLY', dcatUs: 'R/P1M', bps: 'BULANAN' },
    triwulanan: {
      label: { id: 'Triwulanan', en: 'Quarterly' },
      eu: 'QUARTERLY',
      dcatUs: 'R/P3M',
      bps: 'TRIWULANAN',
    },
    empat_bulanan: {
      label: { id: 'Empat bulanan', en: 'Three times a year' },
      eu: 'ANNUAL_3',
      dcatUs: 'R/P4M',
      bps: 'EMPAT_BULANAN',
    },
    semesteran: {
      label: { id: 'Semesteran', en: 'Semiannual' },
      eu: 'ANNUAL_2',
      dcatUs: 'R/P6M',
      bps: 'SEMESTERAN',
    },
    tahunan: { label: { id: 'Tahunan', en: 'Annual' }, eu: 'ANNUAL', dcatUs: 'R/P1Y', bps: 'TAHUNAN' },
    dua_tahunan: {
      label: { id: 'Dua tahunan', en: 'Biennial' },
      eu: 'BIENNIAL',
      dcatUs: 'R/P2Y',
      bps: 'LEBIH_DARI_DUA_TAHUNAN',
    },
    tiga_tahunan: { label: { id: 'Tiga tahunan', en: 'Triennial' }, eu: 'TRIENNIAL', dcatUs: 'R/P3Y' },
    lima_tahunan: { label: { id: 'Lima tahunan', en: 'Quinquennial' }, eu: 'QUINQUENNIAL', dcatUs: 'R/P5Y' },
    sepuluh_tahunan: { label: { id: 'Sepuluh tahunan', en: 'Decennial' }, eu: 'DECENNIAL', dcatUs: 'R/P10Y' },
    tidak_tetap: { label: { id: 'Tidak tetap', en: 'Irregular' }, eu: 'IRREG', dcatUs: 'irregular' },
    sekali: { label: { id: 'Sekali (tidak dimutakhirkan)', en: 'Once (never updated)' }, eu: 'NEVER' },
  },
} as const satisfies { source: string; version: string; table: Record<string, UpdateFrequencyEntry> };

/** A key of {@link UPDATE_FREQUENCIES}: `harian`, `bulanan`, `tahunan`, ... */
export type UpdateFrequency = keyof typeof UPDATE_FREQUENCIES.table;

/** Every update frequency key, in order from most to least frequent. */
export const UPDATE_FREQUENCY_KEYS = Object.keys(UPDATE_FREQUENCIES.table) as [
  UpdateFrequency,
  ...UpdateFrequency[],
];

/** Base IRI of the EU frequency authority table. */
export const EU_FREQUENCY_BASE = 'http://publications.europa.eu/resource/authority/frequency/';

/**
 * Reads an update frequency from its key, label, EU code or IRI, DCAT-US value or BPS code.
 *
 * @example
 * ```ts
 * parseUpdateFrequency('R/P1Y'); // => 'tahunan'
 * parseUpdateFrequency('http://publications.europa.eu/resource/authority/frequency/MONTHLY'); // => 'bulanan'
 * parseUpdateFrequency('Triwulanan'); // => 'triwulanan'
 * ```
 */
export function parseUpdateFrequency(value: string): UpdateFrequency | undefined {
  const v = value.trim();
  const code = v.startsWith(EU_FREQUENCY_BASE) ? v.slice(EU_FREQUENCY_BASE.length) : v;
  const lower = v.toLowerCase();
  for (const key of UPDATE_FREQUENCY_KEYS) {
    const e: UpdateFrequencyEntry = UPDATE_FREQUENCIES.table[key];
    if (
      key === lower ||
      e.eu === code ||
      e.dcatUs === v ||
      e.bps === v ||
      e.label.id.toLowerCase() === lower ||
      e.label.en.toLowerCase() === lower
    ) {
      return key;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Data themes
// ---------------------------------------------------------------------------------------------

/** Base IRI of the EU data-theme authority table (DCAT-AP `dcat:theme`). */
export const EU_DATA_THEME_BASE = 'http://publications.europa.eu/resource/authority/data-theme/';

/**
 * The 13 EU data themes (DCAT-AP `dcat:theme` vocabulary) with Indonesian labels.
 * Source: EU Publications Office authority table "data-theme".
 *
 * @example
 * ```ts
 * DATA_THEMES.rows.find((t) => t.code === 'HEAL')?.label.id; // => 'Kesehatan'
 * ```
 */
export const DATA_THEMES: ReferenceTable<{ code: string; label: LocalizedMessage }> = {
  source: 'EU Publications Office authority table "data-theme"',
  version: '2022-01',
  rows: [
    {
      code: 'AGRI',
      label: {
        id: 'Pertanian, perikanan, kehutanan dan pangan',
        en: 'Agriculture, fisheries, forestry and food',
      },
    },
    { code: 'ECON', label: { id: 'Ekonomi dan keuangan', en: 'Economy and finance' } },
    {
      code: 'EDUC',
      label: { id: 'Pendidikan, kebudayaan dan olahraga', en: 'Education, culture and sport' },
    },
    { code: 'ENER', label: { id: 'Energi', en: 'Energy' } },
    { code: 'ENVI', label: { id: 'Lingkungan hidup', en: 'Environment' } },
    { code: 'GOVE', label: { id: 'Pemerintahan dan sektor publik', en: 'Government and public sector' } },
    { code: 'HEAL', label: { id: 'Kesehatan', en: 'Health' } },
    { code: 'INTR', label: { id: 'Isu internasional', en: 'International issues' } },
    {
      code: 'JUST',
      label: {
        id: 'Hukum, sistem peradilan dan keamanan publik',
        en: 'Justice, legal system and public safety',
      },
    },
    { code: 'REGI', label: { id: 'Wilayah dan kota', en: 'Regions and cities' } },
    { code: 'SOCI', label: { id: 'Kependudukan dan masyarakat', en: 'Population and society' } },
    { code: 'TECH', label: { id: 'Sains dan teknologi', en: 'Science and technology' } },
    { code: 'TRAN', label: { id: 'Transportasi', en: 'Transport' } },
  ],
};

/**
 * The IRI of a theme: an EU data-theme code becomes its authority IRI; an IRI stays as it is;
 * anything else is not a theme IRI (`undefined`).
 *
 * @example
 * ```ts
 * themeIri('HEAL'); // => 'http://publications.europa.eu/resource/authority/data-theme/HEAL'
 * ```
 */
export function themeIri(theme: string): string | undefined {
  if (DATA_THEMES.rows.some((t) => t.code === theme)) return `${EU_DATA_THEME_BASE}${theme}`;
  return isIri(theme) ? theme : undefined;
}

/**
 * The short form of a theme IRI: EU data-theme IRIs become their code, other IRIs stay.
 *
 * @example
 * ```ts
 * themeCode('http://publications.europa.eu/resource/authority/data-theme/EDUC'); // => 'EDUC'
 * ```
 */
export function themeCode(iri: string): string {
  if (iri.startsWith(EU_DATA_THEME_BASE)) {
    const code = iri.slice(EU_DATA_THEME_BASE.length);
    if (DATA_THEMES.rows.some((t) => t.code === code)) return code;
  }
  return iri;
}

/**
 * True for an absolute IRI (`scheme:` followed by something), such as `https://…`, `mailto:…`, `urn:…`.
 *
 * @example
 * ```ts
 * isIri('https://data.ntbprov.go.id'); // => true
 * isIri('Kesehatan'); // => false
 * ```
 */
export function isIri(value: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$/.test(value) && !/^[a-zA-Z]:\\/.test(value);
}

// ---------------------------------------------------------------------------------------------
// Licences
// ---------------------------------------------------------------------------------------------

/** One licence known to the SDK. */
export interface LicenceEntry {
  /** CKAN `license_id` values that mean this licence. */
  readonly ckanIds: readonly string[];
  /** Title. */
  readonly title: string;
  /** The canonical URL (the one emitted in DCAT-US `license`). */
  readonly url: string;
  /** EU licence authority IRI, when the EU table has it. */
  readonly eu?: string;
  /** Open by the Open Definition. */
  readonly open: boolean;
}

const EU_LICENCE = 'http://publications.europa.eu/resource/authority/licence/';

/**
 * Licences that CKAN portals use, with their CKAN ids (CKAN's default licence list), URLs and EU
 * licence authority IRIs. Used to fill in a licence URL from a CKAN id and for the MQA "licence
 * vocabulary" indicator. Extend it by passing your own table where a function accepts `licences`.
 *
 * @example
 * ```ts
 * LICENCES.rows.find((l) => l.ckanIds.includes('cc-by'))?.url; // => 'https://creativecommons.org/licenses/by/4.0/'
 * ```
 */
export const LICENCES: ReferenceTable<LicenceEntry> = {
  source:
    'CKAN default licence list (ckan/ckan:ckan/model/license.py); EU Publications Office authority table "licence"',
  version: 'CKAN 2.11 / EU licence 2024-06',
  rows: [
    {
      ckanIds: ['cc-by', 'CC-BY-4.0'],
      title: 'Creative Commons Attribution 4.0',
      url: 'https://creativecommons.org/licenses/by/4.0/',
      eu: `${EU_LICENCE}CC_BY_4_0`,
      open: true,
    },
    {
      ckanIds: ['cc-by-sa', 'CC-BY-SA-4.0'],
      title: 'Creative Commons Attribution Share-Alike 4.0',
      url: 'https://creativecommons.org/licenses/by-sa/4.0/',
      eu: `${EU_LICENCE}CC_BYSA_4_0`,
      open: true,
    },
    {
      ckanIds: ['cc-zero', 'CC0-1.0'],
      title: 'Creative Commons CCZero',
      url: 'https://creativecommons.org/publicdomain/zero/1.0/',
      eu: `${EU_LICENCE}CC0`,
      open: true,
    },
    {
      ckanIds: ['cc-nc', 'CC-BY-NC-4.0'],
      title: 'Creative Commons Non-Commercial 4.0',
      url: 'https://creativecommons.org/licenses/by-nc/4.0/',
      eu: `${EU_LICENCE}CC_BYNC_4_0`,
      open: false,
    },
    {
      ckanIds: ['odc-by', 'ODC-By-1.0'],
      title: 'Open Data Commons Attribution License',
      url: 'https://opendatacommons.org/licenses/by/1-0/',
      eu: `${EU_LICENCE}ODC_BY`,
      open: true,
    },
    {
      ckanIds: ['odc-odbl', 'ODbL-1.0'],
      title: 'Open Data Commons Open Database License (ODbL)',
      url: 'https://opendatacommons.org/licenses/odbl/1-0/',
      eu: `${EU_LICENCE}ODC_BL`,
      open: true,
    },
    {
      ckanIds: ['odc-pddl', 'PDDL-1.0'],
      title: 'Open Data Commons Public Domain Dedication and License (PDDL)',
      url: 'https://opendatacommons.org/licenses/pddl/1-0/',
      eu: `${EU_LICENCE}ODC_PDDL`,
      open: true,
    },
    {
      ckanIds: ['gfdl', 'GFDL-1.3'],
      title: 'GNU Free Documentation License',
      url: 'https://www.gnu.org/licenses/fdl-1.3.html',
      open: true,
    },
    {
      ckanIds: ['uk-ogl', 'OGL-UK-3.0'],
      title: 'UK Open Government Licence (OGL)',
      url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      open: true,
    },
  ],
};

/**
 * Looks a licence up by CKAN id, URL or EU IRI in `table` (default {@link LICENCES}).
 *
 * @example
 * ```ts
 * findLicence('cc-by')?.eu; // => 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0'
 * ```
 */
export function findLicence(
  value: string,
  table: ReferenceTable<LicenceEntry> = LICENCES,
): LicenceEntry | undefined {
  const norm = (s: string) =>
    s
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '')
      .toLowerCase();
  const v = norm(value);
  return table.rows.find(
    (l) =>
      l.ckanIds.some((id) => id.toLowerCase() === value.toLowerCase()) ||
      norm(l.url) === v ||
      (l.eu !== undefined && norm(l.eu) === v),
  );
}

// ---------------------------------------------------------------------------------------------
// File types and media types
// ---------------------------------------------------------------------------------------------

/** Base IRI of the EU file-type authority table (DCAT-AP `dct:format`). */
export const EU_FILE_TYPE_BASE = 'http://publications.europa.eu/resource/authority/file-type/';

/** Base IRI that DCAT-AP uses for IANA media types (`dcat:mediaType`). */
export const IANA_MEDIA_TYPE_BASE = 'http://www.iana.org/assignments/media-types/';

/** A file type: its EU code, usual media type and whether it is machine-readable or non-proprietary. */
export interface FileTypeEntry {
  /** EU file-type code (`CSV`, `XLSX`, ...). */
  readonly code: string;
  /** The IANA media type usually sent with it. */
  readonly mediaType?: string;
  /** In EDP's machine-readable format list. */
  readonly machineReadable: boolean;
  /** In EDP's non-proprietary format list. */
  readonly nonProprietary: boolean;
}

/**
 * The file types seen on Indonesian portals, with the EU file-type code, the IANA media type, and
 * the data.europa.eu (EDP) flags used by the MQA. Non-proprietary flags follow EDP's
 * `edp-non-proprietary-format` list as copied in mjanez/ckan-mqa (assets/vocabs/non-propietary.csv,
 * commit 978e65b); machine-readable flags follow EDP's `edp-machine-readable-format` list for these
 * common formats. A subset: pass your own table to the scorer to extend it.
 *
 * @example
 * ```ts
 * FILE_TYPES.rows.find((f) => f.code === 'XLSX')?.nonProprietary; // => false
 * ```
 */
export const FILE_TYPES: ReferenceTable<FileTypeEntry> = {
  source:
    'EU Publications Office authority table "file-type"; EDP edp-non-proprietary-format and edp-machine-readable-format (via mjanez/ckan-mqa); IANA media types',
  version: 'EU file-type 2024-06 / EDP vocabularies as of mjanez/ckan-mqa 978e65b',
  rows: [
    { code: 'CSV', mediaType: 'text/csv', machineReadable: true, nonProprietary: true },
    { code: 'TSV', mediaType: 'text/tab-separated-values', machineReadable: true, nonProprietary: true },
    { code: 'JSON', mediaType: 'application/json', machineReadable: true, nonProprietary: true },
    { code: 'JSON_LD', mediaType: 'application/ld+json', machineReadable: true, nonProprietary: true },
    { code: 'GEOJSON', mediaType: 'application/geo+json', machineReadable: true, nonProprietary: true },
    { code: 'XML', mediaType: 'application/xml', machineReadable: true, nonProprietary: true },
    { code: 'RDF_XML', mediaType: 'application/rdf+xml', machineReadable: true, nonProprietary: true },
    { code: 'RDF_TURTLE', mediaType: 'text/turtle', machineReadable: true, nonProprietary: true },
    {
      code: 'RDF_N_TRIPLES',
      mediaType: 'application/n-triples',
      machineReadable: true,
      nonProprietary: true,
    },
    {
      code: 'ODS',
      mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
      machineReadable: true,
      nonProprietary: true,
    },
    {
      code: 'KML',
      mediaType: 'application/vnd.google-earth.kml+xml',
      machineReadable: true,
      nonProprietary: true,
    },
    {
      code: 'GPKG',
      mediaType: 'application/geopackage+sqlite3',
      machineReadable: true,
      nonProprietary: true,
    },
    { code: 'NETCDF', mediaType: 'application/netcdf', machineReadable: true, nonProprietary: true },
    { code: 'DBF', mediaType: 'application/dbase', machineReadable: true, nonProprietary: true },
    { code: 'XLS', mediaType: 'application/vnd.ms-excel', machineReadable: true, nonProprietary: false },
    {
      code: 'XLSX',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      machineReadable: true,
      nonProprietary: false,
    },
    { code: 'SHP', mediaType: 'application/x-shapefile', machineReadable: true, nonProprietary: false },
    { code: 'HTML', mediaType: 'text/html', machineReadable: false, nonProprietary: true },
    { code: 'TXT', mediaType: 'text/plain', machineReadable: false, nonProprietary: true },
    { code: 'ZIP', mediaType: 'application/zip', machineReadable: false, nonProprietary: true },
    { code: 'PNG', mediaType: 'image/png', machineReadable: false, nonProprietary: true },
    { code: 'PDF', mediaType: 'application/pdf', machineReadable: false, nonProprietary: false },
    { code: 'DOC', mediaType: 'application/msword', machineReadable: false, nonProprietary: false },
    {
      code: 'DOCX',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      machineReadable: false,
      nonProprietary: false,
    },
    { code: 'JPEG', mediaType: 'image/jpeg', machineReadable: false, nonProprietary: false },
  ],
};

/**
 * Normalises a free-text format (`csv`, `.xlsx`, `Excel`, an EU IRI) to an EU file-type code in
 * `table`; `undefined` when it is not in the table.
 *
 * @example
 * ```ts
 * normalizeFormat('.csv'); // => 'CSV'
 * normalizeFormat('http://publications.europa.eu/resource/authority/file-type/XLSX'); // => 'XLSX'
 * normalizeFormat('text/csv'); // => 'CSV'
 * ```
 */
export function normalizeFormat(
  format: string,
  table: ReferenceTable<FileTypeEntry> = FILE_TYPES,
): string | undefined {
  let v = format.trim();
  if (v.startsWith(EU_FILE_TYPE_BASE)) v = v.slice(EU_FILE_TYPE_BASE.length);
  if (v.startsWith(IANA_MEDIA_TYPE_BASE)) v = v.slice(IANA_MEDIA_TYPE_BASE.length);
  const upper = v.replace(/^\./, '').toUpperCase().replace(/[-\s]/g, '_');
  const byCode = table.rows.find((f) => f.code === upper);
  if (byCode) return byCode.code;
  const byMedia = table.rows.find((f) => f.mediaType !== undefined && f.mediaType === v.toLowerCase());
  return byMedia?.code;
}

/**
 * True when `value` looks like an IANA media type (`type/subtype`, one of the registered top-level types).
 *
 * @example
 * ```ts
 * isMediaType('text/csv'); // => true
 * isMediaType('CSV'); // => false
 * ```
 */
export function isMediaType(value: string): boolean {
  const v = value.startsWith(IANA_MEDIA_TYPE_BASE) ? value.slice(IANA_MEDIA_TYPE_BASE.length) : value;
  return /^(application|audio|font|image|message|model|multipart|text|video)\/[a-zA-Z0-9][a-zA-Z0-9!#$&^_.+-]*$/.test(
    v,
  );
}

// ---------------------------------------------------------------------------------------------
// Languages
// ---------------------------------------------------------------------------------------------

/**
 * ISO 639-1 → EU language authority codes for the languages Indonesian portals publish in.
 *
 * @example
 * ```ts
 * LANGUAGES.rows.find((l) => l.iso6391 === 'id')?.eu; // => 'IND'
 * ```
 */
export const LANGUAGES: ReferenceTable<{ iso6391: string; eu: string; label: LocalizedMessage }> = {
  source: 'ISO 639-1; EU Publications Office authority table "language"',
  version: '2024-06',
  rows: [
    { iso6391: 'id', eu: 'IND', label: { id: 'Bahasa Indonesia', en: 'Indonesian' } },
    { iso6391: 'en', eu: 'ENG', label: { id: 'Bahasa Inggris', en: 'English' } },
    { iso6391: 'ms', eu: 'MSA', label: { id: 'Bahasa Melayu', en: 'Malay' } },
    { iso6391: 'jv', eu: 'JAV', label: { id: 'Bahasa Jawa', en: 'Javanese' } },
    { iso6391: 'su', eu: 'SUN', label: { id: 'Bahasa Sunda', en: 'Sundanese' } },
    { iso6391: 'ar', eu: 'ARA', label: { id: 'Bahasa Arab', en: 'Arabic' } },
    { iso6391: 'zh', eu: 'ZHO', label: { id: 'Bahasa Tionghoa', en: 'Chinese' } },
  ],
};

/** Base IRI of the EU language authority table (DCAT-AP `dct:language`). */
export const EU_LANGUAGE_BASE = 'http://publications.europa.eu/resource/authority/language/';
