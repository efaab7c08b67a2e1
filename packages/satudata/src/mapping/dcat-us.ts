import { parseWith, validationErrorFromZod } from '@opengov-id/core';
import * as z from 'zod';
import {
  type Catalog,
  Dataset,
  type DatasetInput,
  DateOrInstant,
  type DistributionInput,
} from '../dataset/schemas.js';
import {
  ACCESS_LEVEL_MAPPING,
  findLicence,
  isIri,
  normalizeFormat,
  parseAccessLevel,
  parseUpdateFrequency,
  themeCode,
  themeIri,
  UPDATE_FREQUENCIES,
  type UpdateFrequencyEntry,
} from '../dataset/vocabularies.js';
import type { ExtensionOptions, LostField, MappingResult } from './result.js';
import { hasContent, put, str } from './util.js';

const text = z.string().nullish();
const textOrList = z.union([z.string(), z.array(z.string())]).nullish();

/**
 * A DCAT-US 1.1 (Project Open Data) distribution, as data.json carries it.
 *
 * @example
 * ```ts
 * DcatUsDistribution.parse({ '@type': 'dcat:Distribution', downloadURL: 'https://…/x.csv', mediaType: 'text/csv' });
 * ```
 */
export const DcatUsDistribution = z.looseObject({
  '@type': text,
  title: text,
  description: text,
  accessURL: text,
  downloadURL: text,
  mediaType: text,
  format: text,
  conformsTo: text,
  describedBy: text,
  describedByType: text,
});
/** A DCAT-US distribution. */
export type DcatUsDistribution = z.output<typeof DcatUsDistribution>;

/**
 * A DCAT-US 1.1 dataset as harvested from a `data.json`. Lenient where real catalogues are:
 * `modified` may be a non-ISO timestamp (`2019-06-27 12:41:27`) or a repeating interval, fields
 * may be null, `keyword`/`theme` may be a string.
 *
 * @example
 * ```ts
 * declare const dataJson: { dataset: unknown[] }; // a decoded data.json
 * const ds = DcatUsDataset.parse(dataJson.dataset[0]);
 * ```
 */
export const DcatUsDataset = z.looseObject({
  '@type': text,
  title: z.string(),
  description: text,
  keyword: textOrList,
  modified: text,
  publisher: z
    .looseObject({ '@type': text, name: z.string(), subOrganizationOf: z.unknown().optional() })
    .nullish(),
  contactPoint: z.looseObject({ '@type': text, fn: text, hasEmail: text }).nullish(),
  identifier: z.union([z.string(), z.number()]),
  accessLevel: text,
  bureauCode: textOrList,
  programCode: textOrList,
  license: text,
  rights: text,
  spatial: text,
  temporal: text,
  distribution: z.array(DcatUsDistribution).nullish(),
  accrualPeriodicity: text,
  conformsTo: text,
  describedBy: text,
  describedByType: text,
  isPartOf: text,
  issued: text,
  language: textOrList,
  landingPage: text,
  references: textOrList,
  theme: textOrList,
  dataQuality: z.union([z.boolean(), z.string()]).nullish(),
  systemOfRecords: text,
  primaryITInvestmentUII: text,
});
/** A DCAT-US dataset. */
export type DcatUsDataset = z.output<typeof DcatUsDataset>;

/** The key under which Satu Data fields without a DCAT-US home travel (with `extensions`). */
export const DCAT_US_EXTENSION_KEY = 'sdi:extensions';

/** The JSON of a data.json catalogue written by {@link toDataJson}. */
export interface DataJsonCatalog {
  '@context': string;
  '@id'?: string;
  '@type': 'dcat:Catalog';
  conformsTo: string;
  describedBy: string;
  dataset: Array<Record<string, unknown>>;
}

const list = (v: string | string[] | null | undefined): string[] =>
  v == null ? [] : (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter((s) => s !== '');

/**
 * Maps a {@link Dataset} to a DCAT-US 1.1 dataset object (the entries of `data.json`):
 * `accessLevel` from the access level (terbuka→public, terbatas→restricted public,
 * dikecualikan→non-public), `accrualPeriodicity` as ISO 8601, `temporal` as `start/end`, topics
 * and themes in `theme`. What POD cannot hold (Walidata, Standar Data, region codes, distribution
 * byte size and licence, ...) travels under `"sdi:extensions"`, or is listed in `lost` with
 * `extensions: false`. US-only fields (`bureauCode`, `programCode`) are not written.
 *
 * @example
 * ```ts
 * declare const dataset: Dataset;
 * const { value, lost } = toDcatUs(dataset);
 * value['accessLevel']; // => 'public'
 * ```
 */
export function toDcatUs(
  dataset: Dataset,
  options: ExtensionOptions = {},
): MappingResult<Record<string, unknown>> {
  const ext = options.extensions !== false;
  const lost: LostField[] = [];
  const extra: Record<string, unknown> = {};
  const keep = (field: string, value: unknown, reason: string) => {
    if (value === undefined) return;
    if (ext) extra[field] = value;
    else lost.push({ field, reason });
  };
  const o: Record<string, unknown> = {
    '@type': 'dcat:Dataset',
    title: dataset.title,
    description: dataset.description,
  };
  o['keyword'] = dataset.keywords;
  const modified = dataset.modified ?? dataset.issued;
  if (modified !== undefined) o['modified'] = modified;
  else lost.push({ field: 'modified', reason: 'DCAT-US requires modified; the dataset has no date' });
  if (dataset.produsenData) o['publisher'] = { '@type': 'org:Organization', name: dataset.produsenData.name };
  const p = dataset.produsenData;
  if (p && (p.id !== undefined || p.email !== undefined || p.url !== undefined)) {
    const rest: Record<string, string> = {};
    put(rest, 'id', p.id);
    put(rest, 'email', p.email);
    put(rest, 'url', p.url);
    keep('produsenData', rest, 'a DCAT-US publisher has only a name');
  }
  if (dataset.contactPoint) {
    const c: Record<string, string> = { '@type': 'vcard:Contact' };
    put(c, 'fn', dataset.contactPoint.name);
    if (dataset.contactPoint.email !== undefined) c['hasEmail'] = `mailto:${dataset.contactPoint.email}`;
    o['contactPoint'] = c;
    keep('contactPoint.url', dataset.contactPoint.url, 'a DCAT-US contact point has no URL');
  }
  o['identifier'] = dataset.identifier;
  if (dataset.accessLevel) o['accessLevel'] = ACCESS_LEVEL_MAPPING[dataset.accessLevel].dcatUs;
  else lost.push({ field: 'accessLevel', reason: 'DCAT-US requires accessLevel; the dataset has none' });
  if (dataset.licence) {
    const url =
      dataset.licence.url ?? (dataset.licence.id ? findLicence(dataset.licence.id)?.url : undefined);
    if (url !== undefined) o['license'] = url;
    const rest: Record<string, string> = {};
    put(rest, 'id', dataset.licence.id);
    put(rest, 'title', dataset.licence.title);
    if (dataset.licence.url === undefined && url !== undefined) rest['urlDerived'] = 'true';
    if (Object.keys(rest).length) keep('licence', rest, 'DCAT-US license is a URL only');
  }
  if (dataset.rights !== undefined) {
    if (dataset.rights.length <= 255) o['rights'] = dataset.rights;
    else keep('rights', dataset.rights, 'DCAT-US rights is at most 255 characters');
  }
  if (dataset.spatial) {
    const s = dataset.spatial;
    const spatialText = s.uri ?? s.label;
    if (spatialText !== undefined) o['spatial'] = spatialText;
    if (s.uri !== undefined && s.label !== undefined)
      keep('spatial.label', s.label, 'DCAT-US spatial is one string');
    if (s.regionCodes.length) keep('spatial.regionCodes', s.regionCodes, 'DCAT-US has no region-code field');
  }
  if (dataset.temporal) {
    const { start, end } = dataset.temporal;
    if (start !== undefined && end !== undefined) o['temporal'] = `${start}/${end}`;
    else keep('temporal', dataset.temporal, 'DCAT-US temporal needs both a start and an end');
  }
  if (dataset.updateFrequency) {
    const entry: UpdateFrequencyEntry = UPDATE_FREQUENCIES.table[dataset.updateFrequency];
    if (entry.dcatUs !== undefined) o['accrualPeriodicity'] = entry.dcatUs;
    else keep('updateFrequency', dataset.updateFrequency, 'DCAT-US has no code for this frequency');
  }
  if (dataset.conformsTo?.length) {
    o['conformsTo'] = dataset.conformsTo[0];
    if (dataset.conformsTo.length > 1)
      keep('conformsTo', dataset.conformsTo, 'DCAT-US conformsTo is one URI');
  }
  if (dataset.issued !== undefined) o['issued'] = dataset.issued;
  if (dataset.language?.length) o['language'] = dataset.language;
  if (dataset.landingPage !== undefined) o['landingPage'] = dataset.landingPage;
  const themes = [...dataset.topics, ...dataset.themes.map((t) => themeIri(t) ?? t)];
  if (themes.length) o['theme'] = themes;
  if (dataset.distributions.length) {
    o['distribution'] = dataset.distributions.map((d, i) => {
      const dist: Record<string, unknown> = { '@type': 'dcat:Distribution' };
      put(dist, 'title', d.title);
      put(dist, 'description', d.description);
      dist['accessURL'] = d.accessUrl;
      put(dist, 'downloadURL', d.downloadUrl);
      put(dist, 'mediaType', d.mediaType);
      put(dist, 'format', d.format);
      if (d.conformsTo?.length) dist['conformsTo'] = d.conformsTo[0];
      const rest: Record<string, unknown> = {};
      put(rest, 'identifier', d.identifier);
      put(rest, 'byteSize', d.byteSize);
      put(rest, 'licence', d.licence);
      put(rest, 'rights', d.rights);
      put(rest, 'issued', d.issued);
      put(rest, 'modified', d.modified);
      put(rest, 'checksum', d.checksum);
      if (d.conformsTo && d.conformsTo.length > 1) rest['conformsTo'] = d.conformsTo;
      put(rest, 'datastoreActive', d.datastoreActive);
      put(rest, 'extras', d.extras);
      if (ext && Object.keys(rest).length) dist[DCAT_US_EXTENSION_KEY] = rest;
      else {
        for (const k of Object.keys(rest)) {
          lost.push({
            field: `distributions[${i}].${k}`,
            reason: 'a DCAT-US distribution has no field for this',
          });
        }
      }
      return dist;
    });
  }
  const satuData = 'DCAT-US has no field for this Satu Data field';
  keep('name', dataset.name, satuData);
  keep('version', dataset.version, 'DCAT-US 1.1 has no version field');
  keep('walidata', dataset.walidata, satuData);
  keep('pembinaData', dataset.pembinaData, satuData);
  keep('creator', dataset.creator, 'DCAT-US has no creator field');
  keep('standarData', dataset.standarData, satuData);
  keep('metadataStatistik', dataset.metadataStatistik, satuData);
  keep('kodeReferensi', dataset.kodeReferensi, satuData);
  keep('dataInduk', dataset.dataInduk, satuData);
  keep('dataPrioritas', dataset.dataPrioritas, satuData);
  keep('extras', dataset.extras, 'DCAT-US has no free key/value field');
  if (dataset.modified === undefined && dataset.issued !== undefined) extra['modifiedFromIssued'] = true;
  if (Object.keys(extra).length) o[DCAT_US_EXTENSION_KEY] = extra;
  return { value: o, lost };
}

function dateOf(value: string | null | undefined, field: string, lost: LostField[]): string | undefined {
  const s = str(value);
  if (s === undefined) return undefined;
  // POD allows "2019-06-27 12:41:27" in the wild (GSA/ckanext-datajson samples): read as UTC.
  const v = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s) ? `${s.replace(' ', 'T')}Z` : s;
  if (DateOrInstant.safeParse(v).success) return v;
  lost.push({ field, reason: 'not an ISO 8601 date or timestamp (e.g. a repeating interval)' });
  return undefined;
}

const DCAT_US_MAPPED = new Set([
  '@type',
  'title',
  'description',
  'keyword',
  'modified',
  'publisher',
  'contactPoint',
  'identifier',
  'accessLevel',
  'license',
  'rights',
  'spatial',
  'temporal',
  'distribution',
  'accrualPeriodicity',
  'conformsTo',
  'issued',
  'language',
  'landingPage',
  'theme',
  DCAT_US_EXTENSION_KEY,
]);

/**
 * Reads one DCAT-US 1.1 dataset (an entry of `data.json`) into a {@link Dataset}: the inverse of
 * {@link toDcatUs}, and a reader for DKAN and CKAN `data.json` output. Fields with no place in the
 * model (`bureauCode`, `references`, ...) are listed in `lost`. Throws a `ValidationError` when
 * the input is not a DCAT-US dataset.
 *
 * @example
 * ```ts
 * declare const dataJson: { dataset: unknown[] }; // a decoded data.json
 * const datasets = dataJson.dataset.map((d) => fromDcatUs(d).value);
 * ```
 */
export function fromDcatUs(input: unknown): MappingResult<Dataset> {
  const src = parseWith(DcatUsDataset, input, 'DCAT-US dataset');
  const lost: LostField[] = [];
  const extRaw = (src as Record<string, unknown>)[DCAT_US_EXTENSION_KEY];
  const ext = (typeof extRaw === 'object' && extRaw !== null ? extRaw : {}) as Record<string, unknown>;
  const d: DatasetInput = {
    identifier: String(src.identifier),
    title: src.title,
    description: str(src.description) ?? '',
    keywords: list(src.keyword),
  };
  const themes = list(src.theme);
  d.topics = themes.filter((t) => !isIri(t) && themeIri(t) === undefined);
  d.themes = themes.filter((t) => isIri(t) || themeIri(t) !== undefined).map(themeCode);
  const modified = dateOf(src.modified, 'modified', lost);
  if (modified !== undefined && ext['modifiedFromIssued'] !== true) d.modified = modified;
  put(d, 'issued', dateOf(src.issued, 'issued', lost));
  if (src.publisher) {
    d.produsenData = { name: src.publisher.name, ...(ext['produsenData'] as object | undefined) };
  }
  if (src.contactPoint) {
    const c: Record<string, string> = {};
    put(c, 'name', str(src.contactPoint.fn));
    put(c, 'email', str(src.contactPoint.hasEmail)?.replace(/^mailto:/, ''));
    put(c, 'url', ext['contactPoint.url'] as string | undefined);
    if (Object.keys(c).length) d.contactPoint = c;
  }
  const access = str(src.accessLevel);
  if (access) {
    const level = parseAccessLevel(access);
    if (level) d.accessLevel = level;
    else lost.push({ field: 'accessLevel', reason: 'not public, restricted public or non-public' });
  }
  const licenceExt = ext['licence'] as { id?: string; title?: string; urlDerived?: string } | undefined;
  const licenceUrl = str(src.license);
  if (licenceUrl !== undefined || licenceExt) {
    const l: Record<string, string> = {};
    if (licenceUrl !== undefined && licenceExt?.urlDerived !== 'true') l['url'] = licenceUrl;
    put(l, 'id', licenceExt?.id ?? (licenceUrl ? findLicence(licenceUrl)?.ckanIds[0] : undefined));
    put(l, 'title', licenceExt?.title);
    if (licenceExt === undefined && licenceUrl !== undefined) {
      // Without our extension the id is derived from the URL: keep only what the source said.
      delete l['id'];
    }
    d.licence = l;
  }
  put(d, 'rights', str(src.rights) ?? (ext['rights'] as string | undefined));
  const spatial = str(src.spatial);
  const regionCodes = (ext['spatial.regionCodes'] as string[] | undefined) ?? [];
  if (spatial !== undefined || regionCodes.length) {
    const sp: Record<string, unknown> = { regionCodes };
    if (spatial !== undefined) {
      if (isIri(spatial)) {
        sp['uri'] = spatial;
        put(sp, 'label', ext['spatial.label'] as string | undefined);
      } else sp['label'] = spatial;
    }
    d.spatial = sp as DatasetInput['spatial'];
  }
  const temporal = str(src.temporal);
  if (temporal !== undefined) {
    const [a, b] = temporal.split('/');
    const start = dateOf(a, 'temporal', lost);
    const end = dateOf(b, 'temporal', lost);
    if (start !== undefined && end !== undefined) d.temporal = { start, end };
  } else if (ext['temporal']) d.temporal = ext['temporal'] as DatasetInput['temporal'];
  const freq = str(src.accrualPeriodicity) ?? (ext['updateFrequency'] as string | undefined);
  if (freq) {
    const f = parseUpdateFrequency(freq);
    if (f) d.updateFrequency = f;
    else lost.push({ field: 'accrualPeriodicity', reason: 'not a known update frequency' });
  }
  const conforms = (ext['conformsTo'] as string[] | undefined) ?? list(src.conformsTo);
  if (conforms.length) d.conformsTo = conforms;
  const language = list(src.language);
  if (language.length) d.language = language;
  put(d, 'landingPage', str(src.landingPage));
  for (const key of [
    'name',
    'version',
    'walidata',
    'pembinaData',
    'creator',
    'standarData',
    'metadataStatistik',
    'kodeReferensi',
    'dataInduk',
    'dataPrioritas',
    'extras',
  ] as const) {
    if (ext[key] !== undefined) (d as Record<string, unknown>)[key] = ext[key];
  }
  d.distributions = (src.distribution ?? []).flatMap((dist, i) => {
    const url = str(dist.accessURL) ?? str(dist.downloadURL);
    if (url === undefined) {
      lost.push({ field: `distribution[${i}]`, reason: 'a distribution without accessURL or downloadURL' });
      return [];
    }
    const out: DistributionInput = { accessUrl: url };
    put(out, 'title', str(dist.title));
    put(out, 'description', str(dist.description));
    put(out, 'downloadUrl', str(dist.downloadURL));
    put(out, 'mediaType', str(dist.mediaType));
    const fmt = str(dist.format);
    if (fmt) out.format = normalizeFormat(fmt) ?? fmt;
    const dext = (dist as Record<string, unknown>)[DCAT_US_EXTENSION_KEY] as
      | Record<string, unknown>
      | undefined;
    const dc =
      (dext?.['conformsTo'] as string[] | undefined) ??
      (str(dist.conformsTo) ? [str(dist.conformsTo) as string] : []);
    if (dc.length) out.conformsTo = dc;
    for (const k of [
      'identifier',
      'byteSize',
      'licence',
      'rights',
      'issued',
      'modified',
      'checksum',
      'datastoreActive',
      'extras',
    ]) {
      if (dext?.[k] !== undefined) (out as Record<string, unknown>)[k] = dext[k];
    }
    for (const [k, v] of Object.entries(dist)) {
      if (
        ![
          '@type',
          'title',
          'description',
          'accessURL',
          'downloadURL',
          'mediaType',
          'format',
          'conformsTo',
          DCAT_US_EXTENSION_KEY,
        ].includes(k) &&
        hasContent(v)
      ) {
        lost.push({
          field: `distribution[${i}].${k}`,
          reason: 'no Distribution field for this DCAT-US field',
        });
      }
    }
    return [out];
  });
  for (const [k, v] of Object.entries(src)) {
    if (!DCAT_US_MAPPED.has(k) && hasContent(v))
      lost.push({ field: k, reason: 'no Dataset field for this DCAT-US field' });
  }
  const result = Dataset.safeParse(d);
  if (!result.success) throw validationErrorFromZod(result.error, { subject: 'DCAT-US dataset' });
  return { value: result.data, lost };
}

/**
 * Writes a `data.json` (DCAT-US 1.1 catalogue) that a national harvester such as data.go.id or a
 * CKAN `ckanext-datajson` harvester can read. `lost` paths start with `dataset[i]`.
 *
 * @example
 * ```ts
 * declare const datasets: Dataset[]; // the datasets to publish
 * const { value: dataJson } = toDataJson({ datasets, homepage: 'https://data.ntbprov.go.id' });
 * const response = new Response(JSON.stringify(dataJson), { headers: { 'content-type': 'application/json' } });
 * ```
 */
export function toDataJson(
  catalog: Pick<Catalog, 'datasets'> & { homepage?: string | undefined },
  options: ExtensionOptions = {},
): MappingResult<DataJsonCatalog> {
  const lost: LostField[] = [];
  const value: DataJsonCatalog = {
    '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
    '@type': 'dcat:Catalog',
    conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
    describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
    dataset: catalog.datasets.map((d, i) => {
      const r = toDcatUs(d, options);
      for (const l of r.lost) lost.push({ field: `dataset[${i}].${l.field}`, reason: l.reason });
      return r.value;
    }),
  };
  if (catalog.homepage !== undefined) value['@id'] = `${catalog.homepage.replace(/\/$/, '')}/data.json`;
  return { value, lost };
}
