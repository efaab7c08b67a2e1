import { parseWith, validationErrorFromZod } from '@opengov-id/core';
import {
  type Agent,
  type ContactPoint,
  Dataset,
  type DatasetInput,
  DateOrInstant,
  type Distribution,
  type DistributionInput,
  KodeReferensi,
  Licence,
  MetadataStatistikRef,
  SpatialCoverage,
  StandarData,
  TemporalCoverage,
} from '../dataset/schemas.js';
import {
  ACCESS_LEVEL_MAPPING,
  EU_FREQUENCY_BASE,
  findLicence,
  isIri,
  normalizeFormat,
  parseAccessLevel,
  parseUpdateFrequency,
  themeCode,
  themeIri,
  UPDATE_FREQUENCIES,
} from '../dataset/vocabularies.js';
import {
  type CkanPackage,
  CkanPackage as CkanPackageSchema,
  CkanTimestamp,
  ckanTimestampToInstant,
} from './ckan-schema.js';
import type { LostField, MappingResult } from './result.js';
import type { CkanPackageInput } from '../ckan/client.js';
import { hasContent, jsonValue, obj, put, str, strList } from './util.js';

/**
 * The CKAN `extras` keys (or ckanext-scheming top-level fields) this SDK reads and writes. The
 * DCAT ones are those of ckanext-dcat's profiles (docs/mapping.md); the `sdi_*` ones carry what
 * only Satu Data has. Values that are lists or objects are JSON-encoded strings.
 *
 * @example
 * ```ts
 * CKAN_EXTRA_KEYS.accessLevel; // => 'sdi_access_level'
 * ```
 */
export const CKAN_EXTRA_KEYS = {
  identifier: 'identifier',
  issued: 'issued',
  modified: 'modified',
  theme: 'theme',
  accessRights: 'access_rights',
  accessLevel: 'sdi_access_level',
  rights: 'rights',
  frequency: 'frequency',
  temporalStart: 'temporal_start',
  temporalEnd: 'temporal_end',
  spatialUri: 'spatial_uri',
  spatialText: 'spatial_text',
  regionCodes: 'sdi_region_codes',
  language: 'language',
  conformsTo: 'conforms_to',
  publisherName: 'publisher_name',
  publisherEmail: 'publisher_email',
  publisherUrl: 'publisher_url',
  publisherUri: 'publisher_uri',
  contactName: 'contact_name',
  contactEmail: 'contact_email',
  contactUri: 'contact_uri',
  creator: 'sdi_creator',
  licence: 'sdi_licence',
  walidata: 'sdi_walidata',
  pembinaData: 'sdi_pembina_data',
  standarData: 'sdi_standar_data',
  metadataStatistik: 'sdi_metadata_statistik',
  kodeReferensi: 'sdi_kode_referensi',
  dataInduk: 'sdi_data_induk',
  dataPrioritas: 'sdi_data_prioritas',
} as const;

const K = CKAN_EXTRA_KEYS;

// Keys CKAN itself maintains or that are read through other fields: never reported as lost.
const PACKAGE_ADMIN_KEYS = new Set([
  'id',
  'name',
  'title',
  'notes',
  'url',
  'version',
  'type',
  'state',
  'owner_org',
  'organization',
  'author',
  'author_email',
  'maintainer',
  'maintainer_email',
  'license_id',
  'license_title',
  'license_url',
  'isopen',
  'metadata_created',
  'metadata_modified',
  'creator_user_id',
  'num_resources',
  'num_tags',
  'tags',
  'groups',
  'extras',
  'resources',
  'relationships_as_object',
  'relationships_as_subject',
  'tracking_summary',
  'revision_id',
  'revision_timestamp',
  'private',
  // ckanext-scheming DCAT-AP fields read below
  'publisher',
  'contact',
  'creator',
  'temporal_coverage',
  'spatial_coverage',
]);

const RESOURCE_ADMIN_KEYS = new Set([
  'id',
  'package_id',
  'url',
  'name',
  'description',
  'format',
  'mimetype',
  'mimetype_inner',
  'hash',
  'hash_algorithm',
  'size',
  'position',
  'state',
  'created',
  'last_modified',
  'metadata_modified',
  'cache_url',
  'cache_last_updated',
  'resource_type',
  'url_type',
  'datastore_active',
  'revision_id',
  'tracking_summary',
  'access_url',
  'download_url',
  'license',
  'rights',
  'issued',
  'modified',
  'conforms_to',
  'has_views',
  'datastore_contains_all_records_of_source_file',
  'original_url',
  'ignore_hash',
]);

const SPDX_ALGORITHM = 'http://spdx.org/rdf/terms#checksumAlgorithm_';

function dateValue(value: unknown): string | undefined {
  const s = str(value);
  if (s === undefined) return undefined;
  if (!CkanTimestamp.safeParse(s).success) return undefined;
  const v = ckanTimestampToInstant(s);
  return DateOrInstant.safeParse(v).success ? v : undefined;
}

function agentFrom(value: unknown): Agent | undefined {
  const v = jsonValue(value);
  const o = obj(Array.isArray(v) ? v[0] : v);
  if (!o) return undefined;
  const name = str(o['name']);
  if (name === undefined) return undefined;
  const agent: Agent = { name };
  put(agent, 'id', str(o['id']) ?? str(o['identifier']) ?? str(o['uri']));
  put(agent, 'email', str(o['email']));
  put(agent, 'url', str(o['url']));
  return agent;
}

function parsed<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  v: unknown,
): T | undefined {
  const r = schema.safeParse(v);
  return r.success ? r.data : undefined;
}

/**
 * Maps a CKAN package (as `package_show` returns it, default schema or ckanext-scheming DCAT-AP
 * fields) to a {@link Dataset}. Timestamps without offset are read as UTC; extras this SDK does
 * not know stay in `dataset.extras`; top-level fields that have no place in the model, and values
 * that fail validation, are listed in `lost`. Throws a `ValidationError` when the input is not a
 * CKAN package at all.
 *
 * @example
 * ```ts
 * declare const response: { result: unknown }; // a decoded package_show answer
 * const { value: dataset, lost } = fromCkanPackage(response.result);
 * dataset.produsenData?.name; // the organization title
 * ```
 */
export function fromCkanPackage(input: unknown): MappingResult<Dataset> {
  const pkg: CkanPackage = parseWith(CkanPackageSchema, input, 'CkanPackage');
  const lost: LostField[] = [];
  const extras = new Map<string, unknown>();
  for (const e of pkg.extras ?? []) extras.set(e.key, e.value);
  const consumed = new Set<string>();
  const top = pkg as Record<string, unknown>;
  const get = (key: string): unknown => {
    consumed.add(key);
    return hasContent(top[key]) ? top[key] : extras.get(key);
  };
  const drop = (field: string, reason: string) => lost.push({ field, reason });

  const d: DatasetInput = {
    identifier: str(get(K.identifier)) ?? pkg.id,
    name: pkg.name,
    title: str(pkg.title) ?? pkg.name,
    description: str(pkg.notes) ?? '',
    keywords: (pkg.tags ?? []).map((t) => t.name).filter((n) => n.trim() !== ''),
    topics: (pkg.groups ?? []).map((g) => g.name),
    themes: strList(get(K.theme)).map(themeCode),
  };

  const accessLevelRaw = str(get(K.accessLevel));
  const accessRightsRaw = str(get(K.accessRights));
  const level =
    (accessLevelRaw && parseAccessLevel(accessLevelRaw)) ??
    (accessRightsRaw && parseAccessLevel(accessRightsRaw));
  if (level) d.accessLevel = level;
  else if (accessLevelRaw) drop(K.accessLevel, 'not one of terbuka, terbatas, dikecualikan');
  put(d, 'rights', str(get(K.rights)));
  if (accessRightsRaw && !parseAccessLevel(accessRightsRaw)) {
    // ckanext-dcat puts a free-text statement in access_rights; that is a rights statement here.
    if (d.rights === undefined) d.rights = accessRightsRaw;
    else
      drop(
        K.accessRights,
        'free-text access rights next to a rights statement; the model has one rights field',
      );
  }

  const licenceInput: Record<string, string> = {};
  put(licenceInput, 'id', str(pkg.license_id));
  put(licenceInput, 'title', str(pkg.license_title));
  put(licenceInput, 'url', str(pkg.license_url));
  const storedLicence = parsed(Licence, jsonValue(get(K.licence)));
  if (storedLicence) d.licence = storedLicence;
  else if (Object.keys(licenceInput).length > 0) d.licence = licenceInput;

  // Produsen Data: the DCAT publisher (scheming `publisher`, ckanext-dcat publisher_* extras),
  // else the owning organization.
  const publisher =
    agentFrom(get('publisher')) ??
    (() => {
      const name = str(get(K.publisherName));
      if (name === undefined) return undefined;
      const a: Agent = { name };
      put(a, 'id', str(get(K.publisherUri)));
      put(a, 'email', str(get(K.publisherEmail)));
      put(a, 'url', str(get(K.publisherUrl)));
      return a;
    })();
  consumed.add(K.publisherUri).add(K.publisherEmail).add(K.publisherUrl);
  if (publisher) d.produsenData = publisher;
  else if (pkg.organization) {
    d.produsenData = {
      id: pkg.organization.name,
      name: str(pkg.organization.title) ?? pkg.organization.name,
    };
  }

  for (const [field, key] of [
    ['walidata', K.walidata],
    ['pembinaData', K.pembinaData],
  ] as const) {
    const raw = get(key);
    if (!hasContent(raw)) continue;
    const a = agentFrom(raw);
    if (a) d[field] = a;
    else drop(key, 'not an organization object with a name');
  }

  const creator = agentFrom(get(K.creator)) ?? agentFrom(get('creator'));
  const author = str(pkg.author);
  if (creator) {
    d.creator = creator;
    if (author && author !== creator.name)
      drop('author', 'a creator was also given; the model has one creator');
  } else if (author) {
    d.creator = { name: author };
    put(d.creator, 'email', str(pkg.author_email));
  }

  const contact: ContactPoint = {};
  const scheming = obj(
    (jsonValue(get('contact')) as unknown[] | undefined)?.[0] ?? jsonValue(get('contact')),
  );
  put(contact, 'name', str(scheming?.['name']) ?? str(get(K.contactName)));
  put(contact, 'email', str(scheming?.['email']) ?? str(get(K.contactEmail)));
  put(contact, 'url', str(scheming?.['url']) ?? str(get(K.contactUri)));
  const maintainer = str(pkg.maintainer);
  const maintainerEmail = str(pkg.maintainer_email);
  if (Object.keys(contact).length > 0) {
    d.contactPoint = contact;
    if (
      (maintainer && maintainer !== contact.name) ||
      (maintainerEmail && maintainerEmail !== contact.email)
    ) {
      drop('maintainer', 'a DCAT contact point was also given; the model has one contact point');
    }
  } else if (maintainer || maintainerEmail) {
    d.contactPoint = {};
    put(d.contactPoint, 'name', maintainer);
    put(d.contactPoint, 'email', maintainerEmail);
  }

  put(d, 'issued', dateValue(get(K.issued)) ?? dateValue(pkg.metadata_created));
  put(d, 'modified', dateValue(get(K.modified)) ?? dateValue(pkg.metadata_modified));

  const frequencyRaw = str(get(K.frequency));
  if (frequencyRaw) {
    const f = parseUpdateFrequency(frequencyRaw);
    if (f) d.updateFrequency = f;
    else drop(K.frequency, 'not a known update frequency');
  }

  const temporalList = jsonValue(get('temporal_coverage'));
  const firstTemporal = obj(Array.isArray(temporalList) ? temporalList[0] : temporalList);
  if (Array.isArray(temporalList) && temporalList.length > 1) {
    drop('temporal_coverage', 'more than one period; the model keeps the first');
  }
  const temporal: Record<string, string> = {};
  put(temporal, 'start', dateValue(firstTemporal?.['start'] ?? get(K.temporalStart)));
  put(temporal, 'end', dateValue(firstTemporal?.['end'] ?? get(K.temporalEnd)));
  consumed.add(K.temporalStart).add(K.temporalEnd);
  if (Object.keys(temporal).length > 0) {
    const t = parsed(TemporalCoverage, temporal);
    if (t) d.temporal = t;
    else drop('temporal', 'the start is after the end');
  }

  const spatialList = jsonValue(get('spatial_coverage'));
  const firstSpatial = obj(Array.isArray(spatialList) ? spatialList[0] : spatialList);
  const spatial: Record<string, unknown> = { regionCodes: strList(get(K.regionCodes)) };
  put(spatial, 'uri', str(firstSpatial?.['uri']) ?? str(get(K.spatialUri)));
  put(spatial, 'label', str(firstSpatial?.['text']) ?? str(get(K.spatialText)));
  if ((spatial['regionCodes'] as string[]).length > 0 || spatial['uri'] || spatial['label']) {
    const s = parsed(SpatialCoverage, spatial);
    if (s) d.spatial = s;
    else drop(K.regionCodes, 'not valid Kemendagri region codes');
  }

  put(d, 'landingPage', str(pkg.url));
  const language = strList(get(K.language));
  if (language.length > 0) d.language = language;
  put(d, 'version', str(pkg.version));
  const conformsTo = strList(get(K.conformsTo));
  if (conformsTo.length > 0) d.conformsTo = conformsTo;

  const standar = jsonValue(get(K.standarData));
  if (hasContent(standar)) {
    const v = parsed(StandarData, standar);
    if (v) d.standarData = v;
    else drop(K.standarData, 'not a valid Standar Data object');
  }
  const statistik = jsonValue(get(K.metadataStatistik));
  if (hasContent(statistik)) {
    const v = parsed(MetadataStatistikRef, statistik);
    if (v) d.metadataStatistik = v;
    else drop(K.metadataStatistik, 'not a valid statistical metadata reference');
  }
  const kodeRaw = jsonValue(get(K.kodeReferensi));
  if (hasContent(kodeRaw)) {
    const list = Array.isArray(kodeRaw) ? kodeRaw.map((k) => parsed(KodeReferensi, k)) : [];
    if (list.length > 0 && list.every((k) => k !== undefined)) d.kodeReferensi = list as KodeReferensi[];
    else drop(K.kodeReferensi, 'not a list of { scheme, uri?, walidata? }');
  }
  for (const [field, key] of [
    ['dataInduk', K.dataInduk],
    ['dataPrioritas', K.dataPrioritas],
  ] as const) {
    const raw = get(key);
    if (raw === true || raw === 'true' || raw === 'True') d[field] = true;
    else if (raw === false || raw === 'false' || raw === 'False') d[field] = false;
    else if (hasContent(raw)) drop(key, 'not true or false');
  }

  d.distributions = (pkg.resources ?? []).flatMap((r, i) => {
    const dist = distributionFromResource(r as Record<string, unknown>, `resources[${i}]`, lost);
    return dist ? [dist] : [];
  });

  const rest: Record<string, string> = {};
  for (const [key, value] of extras) {
    if (consumed.has(key)) continue;
    if (value === null) continue;
    rest[key] = String(value);
  }
  if (Object.keys(rest).length > 0) d.extras = rest;
  for (const [key, value] of Object.entries(top)) {
    if (PACKAGE_ADMIN_KEYS.has(key) || consumed.has(key) || !hasContent(value)) continue;
    drop(key, 'no Dataset field for this CKAN field');
  }
  if (pkg.private === true)
    drop('private', 'portal visibility is not part of the Dataset model (accessLevel is)');

  const result = Dataset.safeParse(d);
  if (!result.success) throw validationErrorFromZod(result.error, { subject: 'CkanPackage' });
  return { value: result.data, lost };
}

function distributionFromResource(
  r: Record<string, unknown>,
  path: string,
  lost: LostField[],
): DistributionInput | undefined {
  const accessUrl = str(r['access_url']) ?? str(r['url']);
  if (accessUrl === undefined) {
    lost.push({ field: path, reason: 'a resource without a URL is not a distribution' });
    return undefined;
  }
  const d: DistributionInput = { accessUrl };
  put(d, 'identifier', str(r['id']));
  put(d, 'title', str(r['name']));
  put(d, 'description', str(r['description']));
  put(d, 'downloadUrl', str(r['download_url']) ?? (r['url_type'] === 'upload' ? str(r['url']) : undefined));
  const format = str(r['format']);
  if (format) d.format = normalizeFormat(format) ?? format;
  put(d, 'mediaType', str(r['mimetype']));
  const size = r['size'];
  if (typeof size === 'number' && Number.isInteger(size) && size >= 0) d.byteSize = size;
  else if (typeof size === 'string' && /^\d+$/.test(size.trim())) d.byteSize = Number(size.trim());
  else if (hasContent(size)) lost.push({ field: `${path}.size`, reason: 'not a whole number of bytes' });
  const licence = str(r['license']);
  if (licence) d.licence = isIri(licence) ? { url: licence } : { id: licence };
  put(d, 'rights', str(r['rights']));
  put(d, 'issued', dateValue(r['issued']) ?? dateValue(r['created']));
  put(d, 'modified', dateValue(r['modified']) ?? dateValue(r['last_modified']));
  const hash = str(r['hash']);
  if (hash) {
    const declared = str(r['hash_algorithm']);
    const algorithm = declared
      ? declared.replace(SPDX_ALGORITHM, '')
      : hash.length === 64
        ? 'sha256'
        : hash.length === 40
          ? 'sha1'
          : hash.length === 32
            ? 'md5'
            : 'unknown';
    d.checksum = { algorithm, value: hash };
  }
  const conformsTo = strList(r['conforms_to']);
  if (conformsTo.length > 0) d.conformsTo = conformsTo;
  if (typeof r['datastore_active'] === 'boolean') d.datastoreActive = r['datastore_active'];
  const extras: Record<string, string> = {};
  for (const [key, value] of Object.entries(r)) {
    if (RESOURCE_ADMIN_KEYS.has(key) || !hasContent(value)) continue;
    if (typeof value === 'string') extras[key] = value;
    else
      lost.push({ field: `${path}.${key}`, reason: 'a non-text resource field the model has no place for' });
  }
  if (Object.keys(extras).length > 0) d.extras = extras;
  return d;
}

/**
 * A CKAN package dict ready for `package_create` / `package_update`: a
 * {@link CkanPackageInput} whose mapped keys are always present, so it goes to
 * {@link CkanClient.packageCreate} as is.
 */
export interface CkanPackageDict extends CkanPackageInput {
  name: string;
  title: string;
  notes: string;
  owner_org?: string;
  url?: string;
  version?: string;
  license_id?: string;
  author?: string;
  author_email?: string;
  maintainer?: string;
  maintainer_email?: string;
  tags: Array<{ name: string }>;
  groups: Array<{ name: string }>;
  extras: Array<{ key: string; value: string }>;
  resources: Array<Record<string, string | number>>;
}

function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);
  return s.length >= 2 ? s : `dataset-${s}`.slice(0, 100);
}

const agentJson = (a: Agent) => JSON.stringify(a);

/**
 * Maps a {@link Dataset} to a CKAN package dict for `package_create` / `package_update`, with the
 * DCAT fields in ckanext-dcat's extras keys and the Satu Data fields in `sdi_*` extras (see
 * {@link CKAN_EXTRA_KEYS}), so {@link fromCkanPackage} reads back the same dataset. `owner_org` is
 * the Produsen Data id. What CKAN sets itself (`datastore_active`) is listed in `lost`.
 *
 * @example
 * ```ts
 * declare const dataset: Dataset;
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id', token: process.env['CKAN_TOKEN'] });
 * const { value: pkg, lost } = toCkanPackage(dataset);
 * await ckan.packageCreate(pkg);
 * ```
 */
export function toCkanPackage(dataset: Dataset): MappingResult<CkanPackageDict> {
  const lost: LostField[] = [];
  const extras: Array<{ key: string; value: string }> = [];
  const extra = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') extras.push({ key, value });
  };
  const pkg: CkanPackageDict = {
    name: dataset.name ?? slug(dataset.title),
    title: dataset.title,
    notes: dataset.description,
    tags: dataset.keywords.map((name) => ({ name })),
    groups: dataset.topics.map((name) => ({ name })),
    extras,
    resources: [],
  };
  put(pkg, 'owner_org', dataset.produsenData?.id);
  put(pkg, 'url', dataset.landingPage);
  put(pkg, 'version', dataset.version);

  const l = dataset.licence;
  if (l) {
    const known = l.id ?? (l.url ? findLicence(l.url)?.ckanIds[0] : undefined);
    if (known !== undefined) pkg.license_id = known;
    // CKAN derives license_title/url from the id; keep what the dataset said exactly.
    if (l.id === undefined || l.title !== undefined || l.url !== undefined)
      extra(K.licence, JSON.stringify(l));
  }

  extra(K.identifier, dataset.identifier);
  extra(K.issued, dataset.issued);
  extra(K.modified, dataset.modified);
  if (dataset.themes.length > 0) {
    extra(K.theme, JSON.stringify(dataset.themes.map((t) => themeIri(t) ?? t)));
  }
  if (dataset.accessLevel) {
    extra(K.accessLevel, dataset.accessLevel);
    extra(K.accessRights, ACCESS_LEVEL_MAPPING[dataset.accessLevel].dcatAp);
  }
  extra(K.rights, dataset.rights);
  if (dataset.updateFrequency) {
    extra(K.frequency, `${EU_FREQUENCY_BASE}${UPDATE_FREQUENCIES.table[dataset.updateFrequency].eu}`);
  }
  extra(K.temporalStart, dataset.temporal?.start);
  extra(K.temporalEnd, dataset.temporal?.end);
  if (dataset.spatial) {
    if (dataset.spatial.regionCodes.length > 0)
      extra(K.regionCodes, JSON.stringify(dataset.spatial.regionCodes));
    extra(K.spatialUri, dataset.spatial.uri);
    extra(K.spatialText, dataset.spatial.label);
  }
  if (dataset.language?.length) extra(K.language, JSON.stringify(dataset.language));
  if (dataset.conformsTo?.length) extra(K.conformsTo, JSON.stringify(dataset.conformsTo));
  const p = dataset.produsenData;
  if (p) {
    extra(K.publisherName, p.name);
    extra(K.publisherUri, p.id);
    extra(K.publisherEmail, p.email);
    extra(K.publisherUrl, p.url);
  }
  const c = dataset.contactPoint;
  if (c) {
    put(pkg, 'maintainer', c.name);
    put(pkg, 'maintainer_email', c.email);
    extra(K.contactName, c.name);
    extra(K.contactEmail, c.email);
    extra(K.contactUri, c.url);
  }
  const cr = dataset.creator;
  if (cr) {
    pkg.author = cr.name;
    put(pkg, 'author_email', cr.email);
    if (cr.id !== undefined || cr.url !== undefined) extra(K.creator, agentJson(cr));
  }
  if (dataset.walidata) extra(K.walidata, agentJson(dataset.walidata));
  if (dataset.pembinaData) extra(K.pembinaData, agentJson(dataset.pembinaData));
  if (dataset.standarData) extra(K.standarData, JSON.stringify(dataset.standarData));
  if (dataset.metadataStatistik) extra(K.metadataStatistik, JSON.stringify(dataset.metadataStatistik));
  if (dataset.kodeReferensi) extra(K.kodeReferensi, JSON.stringify(dataset.kodeReferensi));
  if (dataset.dataInduk !== undefined) extra(K.dataInduk, String(dataset.dataInduk));
  if (dataset.dataPrioritas !== undefined) extra(K.dataPrioritas, String(dataset.dataPrioritas));

  const ours = new Set(extras.map((e) => e.key));
  for (const [key, value] of Object.entries(dataset.extras ?? {})) {
    if (ours.has(key)) lost.push({ field: `extras.${key}`, reason: 'the key is used by a mapped field' });
    else extra(key, value);
  }

  pkg.resources = dataset.distributions.map((dist, i) =>
    resourceFromDistribution(dist, `distributions[${i}]`, lost),
  );
  return { value: pkg, lost };
}

function resourceFromDistribution(
  d: Distribution,
  path: string,
  lost: LostField[],
): Record<string, string | number> {
  const r: Record<string, string | number> = { url: d.accessUrl };
  put(r, 'id', d.identifier);
  put(r, 'name', d.title);
  put(r, 'description', d.description);
  put(r, 'download_url', d.downloadUrl);
  put(r, 'format', d.format);
  put(r, 'mimetype', d.mediaType);
  put(r, 'size', d.byteSize);
  put(r, 'license', d.licence?.url ?? d.licence?.id ?? d.licence?.title);
  if (d.licence?.url !== undefined && (d.licence.id !== undefined || d.licence.title !== undefined)) {
    lost.push({
      field: `${path}.licence`,
      reason: 'a CKAN resource holds one licence value (the URL is kept)',
    });
  } else if (d.licence?.id !== undefined && d.licence.title !== undefined) {
    lost.push({
      field: `${path}.licence.title`,
      reason: 'a CKAN resource holds one licence value (the id is kept)',
    });
  }
  put(r, 'rights', d.rights);
  put(r, 'issued', d.issued);
  put(r, 'modified', d.modified);
  if (d.checksum) {
    r['hash'] = d.checksum.value;
    r['hash_algorithm'] = d.checksum.algorithm;
  }
  if (d.conformsTo?.length) r['conforms_to'] = JSON.stringify(d.conformsTo);
  if (d.datastoreActive !== undefined) {
    lost.push({
      field: `${path}.datastoreActive`,
      reason: 'set by the CKAN DataStore itself, not by the publisher',
    });
  }
  for (const [key, value] of Object.entries(d.extras ?? {})) {
    if (key in r) lost.push({ field: `${path}.extras.${key}`, reason: 'the key is used by a mapped field' });
    else r[key] = value;
  }
  return r;
}
