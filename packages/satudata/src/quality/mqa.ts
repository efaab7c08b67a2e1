import type { LocalizedMessage } from '@opengov-id/core';
import type { Dataset, Distribution } from '../dataset/schemas.js';
import {
  FILE_TYPES,
  type FileTypeEntry,
  findLicence,
  isIri,
  isMediaType,
  LICENCES,
  type LicenceEntry,
  normalizeFormat,
  type ReferenceTable,
  themeIri,
} from '../dataset/vocabularies.js';

/** The five MQA dimensions (FAIR + Contextuality). */
export const MQA_DIMENSIONS = [
  'findability',
  'accessibility',
  'interoperability',
  'reusability',
  'contextuality',
] as const;
/** One of {@link MQA_DIMENSIONS}. */
export type MqaDimension = (typeof MQA_DIMENSIONS)[number];

/** One MQA indicator: what it checks, on which entity, and its points. */
export interface MqaIndicator {
  readonly id: string;
  readonly dimension: MqaDimension;
  /** The DCAT-AP property checked. */
  readonly property: string;
  /** Checked once per dataset, or on each distribution (the share of distributions counts). */
  readonly entity: 'dataset' | 'distribution';
  readonly points: number;
  /** Needs an HTTP request (optional, injected). */
  readonly network?: boolean;
  readonly label: LocalizedMessage;
}

/**
 * The 23 indicators of the data.europa.eu Metadata Quality Assessment with their points:
 * Findability 100, Accessibility 100, Interoperability 110, Reusability 75, Contextuality 20
 * (total 405). Sources: https://data.europa.eu/mqa/methodology and the data provider manual
 * (dataeuropa.gitlab.io/data-provider-manual/metadata-quality-dashboard); entity of each
 * indicator as in mjanez/ckan-mqa `config/defaults.py` (without its extra, unofficial 10-point
 * "format from vocabulary" item).
 *
 * @example
 * ```ts
 * MQA_INDICATORS.reduce((sum, i) => sum + i.points, 0); // => 405
 * ```
 */
export const MQA_INDICATORS: readonly MqaIndicator[] = [
  {
    id: 'keywords',
    dimension: 'findability',
    property: 'dcat:keyword',
    entity: 'dataset',
    points: 30,
    label: { id: 'Kata kunci', en: 'Keyword usage' },
  },
  {
    id: 'categories',
    dimension: 'findability',
    property: 'dcat:theme',
    entity: 'dataset',
    points: 30,
    label: { id: 'Kategori (tema)', en: 'Categories' },
  },
  {
    id: 'spatial',
    dimension: 'findability',
    property: 'dct:spatial',
    entity: 'dataset',
    points: 20,
    label: { id: 'Pencarian wilayah', en: 'Geo search' },
  },
  {
    id: 'temporal',
    dimension: 'findability',
    property: 'dct:temporal',
    entity: 'dataset',
    points: 20,
    label: { id: 'Pencarian waktu', en: 'Time-based search' },
  },
  {
    id: 'accessUrlAccessible',
    dimension: 'accessibility',
    property: 'dcat:accessURL',
    entity: 'distribution',
    points: 50,
    network: true,
    label: { id: 'AccessURL dapat diakses', en: 'AccessURL accessibility' },
  },
  {
    id: 'downloadUrl',
    dimension: 'accessibility',
    property: 'dcat:downloadURL',
    entity: 'distribution',
    points: 20,
    label: { id: 'DownloadURL tersedia', en: 'DownloadURL' },
  },
  {
    id: 'downloadUrlAccessible',
    dimension: 'accessibility',
    property: 'dcat:downloadURL',
    entity: 'distribution',
    points: 30,
    network: true,
    label: { id: 'DownloadURL dapat diakses', en: 'DownloadURL accessibility' },
  },
  {
    id: 'format',
    dimension: 'interoperability',
    property: 'dct:format',
    entity: 'distribution',
    points: 20,
    label: { id: 'Format', en: 'Format' },
  },
  {
    id: 'mediaType',
    dimension: 'interoperability',
    property: 'dcat:mediaType',
    entity: 'distribution',
    points: 10,
    label: { id: 'Jenis media', en: 'Media type' },
  },
  {
    id: 'formatMediaTypeVocabulary',
    dimension: 'interoperability',
    property: 'dct:format, dcat:mediaType',
    entity: 'distribution',
    points: 10,
    label: { id: 'Format/jenis media dari kosakata', en: 'Format / media type from vocabulary' },
  },
  {
    id: 'nonProprietary',
    dimension: 'interoperability',
    property: 'dct:format',
    entity: 'distribution',
    points: 20,
    label: { id: 'Format non-proprietary', en: 'Non-proprietary' },
  },
  {
    id: 'machineReadable',
    dimension: 'interoperability',
    property: 'dct:format',
    entity: 'distribution',
    points: 20,
    label: { id: 'Dapat dibaca mesin', en: 'Machine readable' },
  },
  {
    id: 'dcatApCompliance',
    dimension: 'interoperability',
    property: 'DCAT-AP',
    entity: 'dataset',
    points: 30,
    label: { id: 'Kesesuaian DCAT-AP', en: 'DCAT-AP compliance' },
  },
  {
    id: 'licence',
    dimension: 'reusability',
    property: 'dct:license',
    entity: 'distribution',
    points: 20,
    label: { id: 'Informasi lisensi', en: 'Licence information' },
  },
  {
    id: 'licenceVocabulary',
    dimension: 'reusability',
    property: 'dct:license',
    entity: 'distribution',
    points: 10,
    label: { id: 'Lisensi dari kosakata', en: 'Licence vocabulary' },
  },
  {
    id: 'accessRights',
    dimension: 'reusability',
    property: 'dct:accessRights',
    entity: 'dataset',
    points: 10,
    label: { id: 'Pembatasan akses', en: 'Access restrictions' },
  },
  {
    id: 'accessRightsVocabulary',
    dimension: 'reusability',
    property: 'dct:accessRights',
    entity: 'dataset',
    points: 5,
    label: { id: 'Pembatasan akses dari kosakata', en: 'Access restrictions vocabulary' },
  },
  {
    id: 'contactPoint',
    dimension: 'reusability',
    property: 'dcat:contactPoint',
    entity: 'dataset',
    points: 20,
    label: { id: 'Narahubung', en: 'Contact point' },
  },
  {
    id: 'publisher',
    dimension: 'reusability',
    property: 'dct:publisher',
    entity: 'dataset',
    points: 10,
    label: { id: 'Penerbit', en: 'Publisher' },
  },
  {
    id: 'rights',
    dimension: 'contextuality',
    property: 'dct:rights',
    entity: 'distribution',
    points: 5,
    label: { id: 'Hak', en: 'Rights' },
  },
  {
    id: 'byteSize',
    dimension: 'contextuality',
    property: 'dcat:byteSize',
    entity: 'distribution',
    points: 5,
    label: { id: 'Ukuran berkas', en: 'File size' },
  },
  {
    id: 'issued',
    dimension: 'contextuality',
    property: 'dct:issued',
    entity: 'dataset',
    points: 5,
    label: { id: 'Tanggal terbit', en: 'Date of issue' },
  },
  {
    id: 'modified',
    dimension: 'contextuality',
    property: 'dct:modified',
    entity: 'dataset',
    points: 5,
    label: { id: 'Tanggal pemutakhiran', en: 'Modification date' },
  },
];

/** Maximum MQA score. */
export const MQA_MAX_POINTS = 405;

/** MQA rating bands. */
export type MqaRating = 'excellent' | 'good' | 'sufficient' | 'bad';

/**
 * The MQA rating bands: Excellent 351–405, Good 221–350, Sufficient 121–220, Bad 0–120.
 *
 * @example
 * ```ts
 * mqaRating(351); // => 'excellent'
 * mqaRating(220.5); // => 'sufficient'
 * ```
 */
export function mqaRating(points: number): MqaRating {
  if (points >= 351) return 'excellent';
  if (points >= 221) return 'good';
  if (points >= 121) return 'sufficient';
  return 'bad';
}

/**
 * Labels of the rating bands.
 *
 * @example
 * ```ts
 * MQA_RATING_LABELS.good.id; // => 'Baik'
 * ```
 */
export const MQA_RATING_LABELS: Readonly<Record<MqaRating, LocalizedMessage>> = {
  excellent: { id: 'Sangat baik', en: 'Excellent' },
  good: { id: 'Baik', en: 'Good' },
  sufficient: { id: 'Cukup', en: 'Sufficient' },
  bad: { id: 'Buruk', en: 'Bad' },
};

/** Options of {@link scoreMetadataQuality}. */
export interface MqaOptions {
  /**
   * Checks that a URL answers with HTTP 2xx/3xx (MQA's accessibility test). Without it the two
   * accessibility indicators are `not_checked` and score 0.
   */
  checkUrl?: (url: string) => boolean | Promise<boolean>;
  /** File types (EU codes, machine-readable and non-proprietary flags); default {@link FILE_TYPES}. */
  fileTypes?: ReferenceTable<FileTypeEntry>;
  /** Known licences; default {@link LICENCES}. */
  licences?: ReferenceTable<LicenceEntry>;
}

/** The result of one indicator. */
export interface MqaIndicatorResult {
  readonly id: string;
  readonly dimension: MqaDimension;
  readonly label: LocalizedMessage;
  /** Points earned. */
  readonly points: number;
  /** Points possible. */
  readonly max: number;
  /** Share of the entity (dataset, or distributions) that passes, 0 to 1. */
  readonly share: number;
  readonly status: 'met' | 'partial' | 'not_met' | 'not_checked';
}

/** A metadata quality score. */
export interface MqaScore {
  /** Total points, rounded to 2 decimals. */
  readonly total: number;
  readonly max: number;
  readonly rating: MqaRating;
  readonly ratingLabel: LocalizedMessage;
  readonly dimensions: Readonly<Record<MqaDimension, { readonly points: number; readonly max: number }>>;
  readonly indicators: readonly MqaIndicatorResult[];
  /** Why the dataset fails the DCAT-AP compliance indicator (empty when it passes). */
  readonly dcatApViolations: readonly LocalizedMessage[];
}

/** Raw counts per indicator: how much passed out of how many. */
interface Tally {
  met: number;
  population: number;
  checked: boolean;
}

/**
 * What DCAT-AP 3.0.1 requires (SHACL `shapes.ttl`, minCount 1 and value types) that a
 * {@link Dataset} can miss: `dct:description`, theme IRIs, an absolute `dcat:accessURL`, ISO
 * language codes known to the vocabulary. Used by the 30-point compliance indicator.
 *
 * @example
 * ```ts
 * declare const dataset: Dataset;
 * dcatApViolations({ ...dataset, description: '' }); // => [{ id: 'dct:description wajib …', en: … }]
 * ```
 */
export function dcatApViolations(dataset: Dataset): LocalizedMessage[] {
  const out: LocalizedMessage[] = [];
  if (dataset.description.trim() === '') {
    out.push({ id: 'dct:description wajib diisi (DCAT-AP).', en: 'dct:description is mandatory (DCAT-AP).' });
  }
  if (dataset.themes.some((t) => themeIri(t) === undefined)) {
    out.push({ id: 'dcat:theme harus berupa IRI.', en: 'dcat:theme must be an IRI.' });
  }
  dataset.distributions.forEach((d, i) => {
    if (!isIri(d.accessUrl)) {
      out.push({
        id: `distribusi ke-${i + 1}: dcat:accessURL harus berupa IRI absolut.`,
        en: `distribution ${i + 1}: dcat:accessURL must be an absolute IRI.`,
      });
    }
  });
  return out;
}

async function tally(dataset: Dataset, options: MqaOptions): Promise<Map<string, Tally>> {
  const fileTypes = options.fileTypes ?? FILE_TYPES;
  const licences = options.licences ?? LICENCES;
  const dists = dataset.distributions;
  const n = dists.length;
  const t = new Map<string, Tally>();
  const ds = (id: string, ok: boolean) => t.set(id, { met: ok ? 1 : 0, population: 1, checked: true });
  const per = (id: string, score: (d: Distribution) => number) =>
    t.set(id, { met: dists.reduce((s, d) => s + score(d), 0), population: n, checked: true });
  const entry = (d: Distribution) => {
    const code = d.format === undefined ? undefined : normalizeFormat(d.format, fileTypes);
    return code === undefined ? undefined : fileTypes.rows.find((f) => f.code === code);
  };
  const licenceOf = (d: Distribution) => d.licence ?? dataset.licence;

  ds('keywords', dataset.keywords.length > 0);
  ds('categories', dataset.themes.length > 0);
  ds('spatial', dataset.spatial !== undefined);
  ds('temporal', dataset.temporal !== undefined);

  if (options.checkUrl) {
    const check = options.checkUrl;
    const cache = new Map<string, Promise<boolean>>();
    const reach = (url: string) => {
      let p = cache.get(url);
      if (!p) {
        p = Promise.resolve()
          .then(() => check(url))
          .then(Boolean, () => false);
        cache.set(url, p);
      }
      return p;
    };
    const access = await Promise.all(dists.map((d) => reach(d.accessUrl)));
    const download = await Promise.all(dists.map((d) => (d.downloadUrl ? reach(d.downloadUrl) : false)));
    t.set('accessUrlAccessible', { met: access.filter(Boolean).length, population: n, checked: true });
    t.set('downloadUrlAccessible', { met: download.filter(Boolean).length, population: n, checked: true });
  } else {
    t.set('accessUrlAccessible', { met: 0, population: n, checked: false });
    t.set('downloadUrlAccessible', { met: 0, population: n, checked: false });
  }
  per('downloadUrl', (d) => (d.downloadUrl ? 1 : 0));
  per('format', (d) => (d.format ? 1 : 0));
  per('mediaType', (d) => (d.mediaType ? 1 : 0));
  // Half for a format from the EU file-type table, half for an IANA media type (MQA checks both).
  per(
    'formatMediaTypeVocabulary',
    (d) => (entry(d) ? 0.5 : 0) + (d.mediaType && isMediaType(d.mediaType) ? 0.5 : 0),
  );
  per('nonProprietary', (d) => (entry(d)?.nonProprietary ? 1 : 0));
  per('machineReadable', (d) => (entry(d)?.machineReadable ? 1 : 0));
  ds('dcatApCompliance', dcatApViolations(dataset).length === 0);
  per('licence', (d) => (licenceOf(d) ? 1 : 0));
  per('licenceVocabulary', (d) => {
    const l = licenceOf(d);
    if (!l) return 0;
    const known = [l.url, l.id].some((v) => v !== undefined && findLicence(v, licences) !== undefined);
    return known ? 1 : 0;
  });
  ds('accessRights', dataset.accessLevel !== undefined);
  ds('accessRightsVocabulary', dataset.accessLevel !== undefined);
  ds('contactPoint', dataset.contactPoint !== undefined);
  ds('publisher', dataset.produsenData !== undefined);
  per('rights', (d) => ((d.rights ?? dataset.rights) ? 1 : 0));
  per('byteSize', (d) => (d.byteSize !== undefined ? 1 : 0));
  ds('issued', dataset.issued !== undefined);
  ds('modified', dataset.modified !== undefined);
  return t;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function scoreFrom(tallies: Map<string, Tally>, violations: LocalizedMessage[]): MqaScore {
  const dimensions = Object.fromEntries(MQA_DIMENSIONS.map((d) => [d, { points: 0, max: 0 }])) as Record<
    MqaDimension,
    { points: number; max: number }
  >;
  const indicators: MqaIndicatorResult[] = [];
  let total = 0;
  for (const ind of MQA_INDICATORS) {
    const t = tallies.get(ind.id) ?? { met: 0, population: 0, checked: true };
    const share = t.population > 0 ? t.met / t.population : 0;
    const points = ind.points * share;
    total += points;
    const dim = dimensions[ind.dimension];
    dim.points += points;
    dim.max += ind.points;
    indicators.push({
      id: ind.id,
      dimension: ind.dimension,
      label: ind.label,
      points: round2(points),
      max: ind.points,
      share,
      status: !t.checked ? 'not_checked' : share >= 1 ? 'met' : share > 0 ? 'partial' : 'not_met',
    });
  }
  for (const d of MQA_DIMENSIONS) dimensions[d].points = round2(dimensions[d].points);
  const rounded = round2(total);
  const rating = mqaRating(rounded);
  return {
    total: rounded,
    max: MQA_MAX_POINTS,
    rating,
    ratingLabel: MQA_RATING_LABELS[rating],
    dimensions,
    indicators,
    dcatApViolations: violations,
  };
}

/**
 * Scores a dataset's metadata with the data.europa.eu MQA methodology: 23 indicators in five
 * dimensions, 405 points, rated Excellent (≥ 351), Good (221–350), Sufficient (121–220) or Bad
 * (≤ 120). Distribution indicators count the share of distributions that pass; a distribution
 * without its own licence or rights uses the dataset's. The two accessibility checks run only
 * with `checkUrl`.
 *
 * @example
 * ```ts
 * declare const dataset: Dataset;
 * const score = await scoreMetadataQuality(dataset, {
 *   checkUrl: async (url) => (await fetch(url, { method: 'HEAD' })).status < 400,
 * });
 * score.total; // e.g. 315
 * score.rating; // 'good'
 * ```
 */
export async function scoreMetadataQuality(dataset: Dataset, options: MqaOptions = {}): Promise<MqaScore> {
  return scoreFrom(await tally(dataset, options), dcatApViolations(dataset));
}

/** A catalogue-level report: overall, per organization (Produsen Data) and per dimension. */
export interface CatalogQualityReport {
  readonly datasetCount: number;
  readonly distributionCount: number;
  /** The catalogue as MQA scores it: per indicator, the share of all datasets or distributions that pass. */
  readonly overall: MqaScore;
  readonly byOrganization: ReadonlyArray<{
    readonly organization: { readonly id?: string; readonly name: string };
    readonly datasetCount: number;
    readonly score: MqaScore;
  }>;
}

/**
 * Scores a whole catalogue the way MQA does (for each indicator, the share of all datasets or
 * distributions that pass, times its points) overall and per organization (the Produsen Data),
 * with points per dimension. Organizations are sorted from the lowest score up, to show where
 * to start.
 *
 * @example
 * ```ts
 * declare const datasets: Dataset[];
 * const report = await scoreCatalog(datasets);
 * for (const org of report.byOrganization) console.log(org.organization.name, org.score.total, org.score.rating);
 * ```
 */
export async function scoreCatalog(
  datasets: readonly Dataset[],
  options: MqaOptions = {},
): Promise<CatalogQualityReport> {
  const add = (into: Map<string, Tally>, from: Map<string, Tally>) => {
    for (const [id, t] of from) {
      const cur = into.get(id);
      if (cur) {
        cur.met += t.met;
        cur.population += t.population;
        cur.checked &&= t.checked;
      } else into.set(id, { ...t });
    }
  };
  const overall = new Map<string, Tally>();
  const groups = new Map<
    string,
    {
      organization: { id?: string; name: string };
      count: number;
      tallies: Map<string, Tally>;
      compliant: number;
    }
  >();
  let compliantAll = 0;
  for (const d of datasets) {
    const t = await tally(d, options);
    add(overall, t);
    const compliant = dcatApViolations(d).length === 0 ? 1 : 0;
    compliantAll += compliant;
    const key = d.produsenData?.id ?? d.produsenData?.name ?? '';
    let g = groups.get(key);
    if (!g) {
      const organization: { id?: string; name: string } = {
        name: d.produsenData?.name ?? '(tanpa produsen data / no producer)',
      };
      if (d.produsenData?.id !== undefined) organization.id = d.produsenData.id;
      g = { organization, count: 0, tallies: new Map(), compliant: 0 };
      groups.set(key, g);
    }
    g.count++;
    g.compliant += compliant;
    add(g.tallies, t);
  }
  const summary = (n: number, compliant: number): LocalizedMessage[] =>
    compliant < n
      ? [
          {
            id: `${n - compliant} dari ${n} dataset tidak sesuai DCAT-AP.`,
            en: `${n - compliant} of ${n} datasets are not DCAT-AP compliant.`,
          },
        ]
      : [];
  const byOrganization = [...groups.values()]
    .map((g) => ({
      organization: g.organization,
      datasetCount: g.count,
      score: scoreFrom(g.tallies, summary(g.count, g.compliant)),
    }))
    .sort((a, b) => a.score.total - b.score.total);
  return {
    datasetCount: datasets.length,
    distributionCount: datasets.reduce((s, d) => s + d.distributions.length, 0),
    overall: scoreFrom(overall, summary(datasets.length, compliantAll)),
    byOrganization,
  };
}
