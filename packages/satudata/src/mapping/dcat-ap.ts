import { tryParseRegionCode, ValidationError, validationErrorFromZod } from '@opengov-id/core';
import {
  type Agent,
  type ContactPoint,
  Dataset,
  type DatasetInput,
  DateOrInstant,
  type Distribution,
  type DistributionInput,
} from '../dataset/schemas.js';
import {
  ACCESS_LEVEL_MAPPING,
  EU_FILE_TYPE_BASE,
  EU_FREQUENCY_BASE,
  EU_LANGUAGE_BASE,
  IANA_MEDIA_TYPE_BASE,
  isIri,
  LANGUAGES,
  normalizeFormat,
  parseAccessLevel,
  parseUpdateFrequency,
  themeCode,
  themeIri,
  UPDATE_FREQUENCIES,
} from '../dataset/vocabularies.js';
import {
  compactIri,
  type RdfGraph as Graph,
  jsonLdToGraph,
  nodeKey,
  RDF_PREFIXES,
  type RdfTerm,
} from './rdf.js';
import type { ExtensionOptions, LostField, MappingResult } from './result.js';
import { put } from './util.js';

/** A JSON-LD document as written by {@link toDcatAp}. */
export type JsonLdDocument = Record<string, unknown>;

/** Options of {@link toDcatAp}. */
export interface ToDcatApOptions extends ExtensionOptions {
  /** The dataset IRI; default: the identifier when it is an IRI, else a blank node. */
  datasetIri?: string;
}

const CONTEXT = { ...RDF_PREFIXES };
const P = (prefixed: string): string => {
  const [prefix, local] = prefixed.split(':') as [string, string];
  return `${RDF_PREFIXES[prefix]}${local}`;
};
const KODE_WILAYAH_DATATYPE = 'sdi:kodeWilayahKemendagri';

const dateLiteral = (v: string) => ({ '@value': v, '@type': v.length === 10 ? 'xsd:date' : 'xsd:dateTime' });
const ref = (iri: string) => ({ '@id': iri });

function agentNode(a: Agent): Record<string, unknown> {
  const n: Record<string, unknown> = { '@type': 'foaf:Agent', 'foaf:name': a.name };
  if (a.id !== undefined) n['dct:identifier'] = a.id;
  if (a.email !== undefined) n['foaf:mbox'] = ref(`mailto:${a.email}`);
  if (a.url !== undefined) n['foaf:homepage'] = ref(a.url);
  return n;
}

function licenceNode(l: { id?: string | undefined; title?: string | undefined; url?: string | undefined }) {
  const n: Record<string, unknown> = { '@type': 'dct:LicenseDocument' };
  if (l.url !== undefined && isIri(l.url)) n['@id'] = l.url;
  else if (l.url !== undefined) n['foaf:page'] = l.url;
  if (l.id !== undefined) n['dct:identifier'] = l.id;
  if (l.title !== undefined) n['dct:title'] = l.title;
  return n;
}

/**
 * Maps a {@link Dataset} to DCAT-AP 3.0.1 JSON-LD (one `dcat:Dataset` node with its
 * distributions, contact point, publisher, temporal and spatial coverage, using the EU
 * access-right, frequency, file-type, language and data-theme vocabularies and IANA media types).
 * Region codes become `dct:Location` nodes with a typed `skos:notation`. Satu Data fields that
 * DCAT-AP has no term for go under {@link SATUDATA_NAMESPACE} (`sdi:`), or into `lost` with
 * `extensions: false`.
 *
 * @example
 * ```ts
 * declare const dataset: Dataset;
 * const { value: jsonld, lost } = toDcatAp(dataset);
 * const response = new Response(JSON.stringify(jsonld), { headers: { 'content-type': 'application/ld+json' } });
 * ```
 */
export function toDcatAp(dataset: Dataset, options: ToDcatApOptions = {}): MappingResult<JsonLdDocument> {
  const ext = options.extensions !== false;
  const lost: LostField[] = [];
  const sdi = (field: string, key: string, value: unknown, target: Record<string, unknown>) => {
    if (value === undefined) return;
    if (ext) target[`sdi:${key}`] = value;
    else
      lost.push({ field, reason: 'DCAT-AP has no property for this Satu Data field (extensions are off)' });
  };
  const context: Record<string, string> = { ...CONTEXT };
  if (!ext) delete context['sdi'];
  const n: Record<string, unknown> = { '@context': context };
  const iri = options.datasetIri ?? (isIri(dataset.identifier) ? dataset.identifier : undefined);
  if (iri !== undefined) n['@id'] = iri;
  n['@type'] = 'dcat:Dataset';
  n['dct:identifier'] = dataset.identifier;
  n['dct:title'] = dataset.title;
  n['dct:description'] = dataset.description;
  if (dataset.keywords.length) n['dcat:keyword'] = dataset.keywords;
  if (dataset.themes.length) {
    const themes: unknown[] = [];
    dataset.themes.forEach((t, i) => {
      const tIri = themeIri(t);
      if (tIri) themes.push(ref(tIri));
      else lost.push({ field: `themes[${i}]`, reason: 'dcat:theme needs an IRI or an EU data-theme code' });
    });
    if (themes.length) n['dcat:theme'] = themes;
  }
  if (dataset.accessLevel) n['dct:accessRights'] = ref(ACCESS_LEVEL_MAPPING[dataset.accessLevel].dcatAp);
  if (dataset.rights) n['dct:rights'] = { '@type': 'dct:RightsStatement', 'rdfs:label': dataset.rights };
  if (dataset.licence) n['dct:license'] = licenceNode(dataset.licence);
  if (dataset.produsenData) n['dct:publisher'] = agentNode(dataset.produsenData);
  if (dataset.creator) n['dct:creator'] = agentNode(dataset.creator);
  if (dataset.contactPoint) {
    const c = dataset.contactPoint;
    const cp: Record<string, unknown> = { '@type': 'vcard:Kind' };
    if (c.name !== undefined) cp['vcard:fn'] = c.name;
    if (c.email !== undefined) cp['vcard:hasEmail'] = ref(`mailto:${c.email}`);
    if (c.url !== undefined) cp['vcard:hasURL'] = ref(c.url);
    n['dcat:contactPoint'] = cp;
  }
  if (dataset.issued) n['dct:issued'] = dateLiteral(dataset.issued);
  if (dataset.modified) n['dct:modified'] = dateLiteral(dataset.modified);
  if (dataset.updateFrequency) {
    n['dct:accrualPeriodicity'] = ref(
      `${EU_FREQUENCY_BASE}${UPDATE_FREQUENCIES.table[dataset.updateFrequency].eu}`,
    );
  }
  if (dataset.temporal) {
    const t: Record<string, unknown> = { '@type': 'dct:PeriodOfTime' };
    if (dataset.temporal.start) t['dcat:startDate'] = dateLiteral(dataset.temporal.start);
    if (dataset.temporal.end) t['dcat:endDate'] = dateLiteral(dataset.temporal.end);
    n['dct:temporal'] = t;
  }
  if (dataset.spatial) {
    const s = dataset.spatial;
    const locations: unknown[] = s.regionCodes.map((code) => ({
      '@type': 'dct:Location',
      'skos:notation': ext ? { '@value': code, '@type': KODE_WILAYAH_DATATYPE } : code,
    }));
    if (s.uri !== undefined || s.label !== undefined) {
      const loc: Record<string, unknown> = { '@type': 'dct:Location' };
      if (s.uri !== undefined) loc['@id'] = s.uri;
      if (s.label !== undefined) loc['skos:prefLabel'] = s.label;
      locations.push(loc);
    }
    n['dct:spatial'] = locations;
  }
  if (dataset.landingPage) n['dcat:landingPage'] = ref(dataset.landingPage);
  if (dataset.language) {
    const langs: unknown[] = [];
    dataset.language.forEach((code, i) => {
      const row = LANGUAGES.rows.find((l) => l.iso6391 === code);
      if (row) langs.push(ref(`${EU_LANGUAGE_BASE}${row.eu}`));
      else if (isIri(code)) langs.push(ref(code));
      else
        lost.push({
          field: `language[${i}]`,
          reason: 'not in the SDK language table; give an EU language IRI',
        });
    });
    if (langs.length) n['dct:language'] = langs;
  }
  if (dataset.version) n['dcat:version'] = dataset.version;
  if (dataset.conformsTo) n['dct:conformsTo'] = dataset.conformsTo.map(ref);

  sdi('name', 'name', dataset.name, n);
  sdi('topics', 'topik', dataset.topics.length ? dataset.topics : undefined, n);
  sdi('walidata', 'walidata', dataset.walidata && agentNode(dataset.walidata), n);
  sdi('pembinaData', 'pembinaData', dataset.pembinaData && agentNode(dataset.pembinaData), n);
  if (dataset.standarData) {
    const sd: Record<string, unknown> = { '@type': 'sdi:StandarData' };
    for (const [k, v] of Object.entries(dataset.standarData)) sd[`sdi:${k}`] = v;
    sdi('standarData', 'standarData', sd, n);
  }
  if (dataset.metadataStatistik) {
    const m = dataset.metadataStatistik;
    const ms: Record<string, unknown> = {};
    if (m.kegiatan) ms['sdi:kegiatan'] = m.kegiatan;
    if (m.variabel) ms['sdi:variabel'] = m.variabel;
    if (m.indikator) ms['sdi:indikator'] = m.indikator;
    sdi('metadataStatistik', 'metadataStatistik', ms, n);
  }
  if (dataset.kodeReferensi) {
    const list = dataset.kodeReferensi.map((k) => {
      const o: Record<string, unknown> = { 'sdi:scheme': k.scheme };
      if (k.uri !== undefined) o['sdi:schemeUri'] = k.uri;
      if (k.walidata !== undefined) o['sdi:walidataName'] = k.walidata;
      return o;
    });
    sdi('kodeReferensi', 'kodeReferensi', list, n);
  }
  sdi('dataInduk', 'dataInduk', dataset.dataInduk, n);
  sdi('dataPrioritas', 'dataPrioritas', dataset.dataPrioritas, n);
  sdi(
    'extras',
    'extras',
    dataset.extras && { '@value': JSON.stringify(dataset.extras), '@type': 'rdf:JSON' },
    n,
  );

  if (dataset.distributions.length) {
    n['dcat:distribution'] = dataset.distributions.map((d, i) =>
      distributionNode(d, `distributions[${i}]`, ext, lost),
    );
  }
  return { value: n, lost };
}

function distributionNode(
  d: Distribution,
  path: string,
  ext: boolean,
  lost: LostField[],
): Record<string, unknown> {
  const n: Record<string, unknown> = { '@type': 'dcat:Distribution' };
  if (d.identifier !== undefined) n['dct:identifier'] = d.identifier;
  if (d.title !== undefined) n['dct:title'] = d.title;
  if (d.description !== undefined) n['dct:description'] = d.description;
  n['dcat:accessURL'] = ref(d.accessUrl);
  if (d.downloadUrl !== undefined) n['dcat:downloadURL'] = ref(d.downloadUrl);
  if (d.format !== undefined) {
    const code = normalizeFormat(d.format);
    n['dct:format'] =
      code === d.format
        ? ref(`${EU_FILE_TYPE_BASE}${code}`)
        : { '@type': 'dct:MediaTypeOrExtent', 'rdfs:label': d.format };
  }
  if (d.mediaType !== undefined) n['dcat:mediaType'] = ref(`${IANA_MEDIA_TYPE_BASE}${d.mediaType}`);
  if (d.byteSize !== undefined)
    n['dcat:byteSize'] = { '@value': String(d.byteSize), '@type': 'xsd:nonNegativeInteger' };
  if (d.licence) n['dct:license'] = licenceNode(d.licence);
  if (d.rights !== undefined) n['dct:rights'] = { '@type': 'dct:RightsStatement', 'rdfs:label': d.rights };
  if (d.issued !== undefined) n['dct:issued'] = dateLiteral(d.issued);
  if (d.modified !== undefined) n['dct:modified'] = dateLiteral(d.modified);
  if (d.checksum) {
    n['spdx:checksum'] = {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': ref(`${RDF_PREFIXES['spdx']}checksumAlgorithm_${d.checksum.algorithm}`),
      'spdx:checksumValue': d.checksum.value,
    };
  }
  if (d.conformsTo) n['dct:conformsTo'] = d.conformsTo.map(ref);
  for (const [field, key, value] of [
    ['datastoreActive', 'datastoreAktif', d.datastoreActive],
    ['extras', 'extras', d.extras && { '@value': JSON.stringify(d.extras), '@type': 'rdf:JSON' }],
  ] as const) {
    if (value === undefined) continue;
    if (ext) n[`sdi:${key}`] = value;
    else
      lost.push({
        field: `${path}.${field}`,
        reason: 'DCAT-AP has no property for this field (extensions are off)',
      });
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

/** Options for reading DCAT-AP. */
export interface FromDcatApOptions {
  /** Preferred language of titles and descriptions (BCP 47); default `id`, then untagged, then `en`. */
  language?: string;
}

class Reader {
  constructor(
    readonly g: Graph,
    readonly lang: string,
    readonly lost: LostField[],
  ) {}

  all(s: string, p: string): RdfTerm[] {
    return this.g.values(s, P(p));
  }

  text(s: string, p: string, field: string): string | undefined {
    const lits = this.all(s, p).filter((t) => t.kind === 'literal');
    if (lits.length === 0) return undefined;
    const pick =
      lits.find((t) => t.language === this.lang) ??
      lits.find((t) => t.language === undefined) ??
      lits.find((t) => t.language === 'en') ??
      lits[0];
    if (lits.length > 1) this.lost.push({ field, reason: 'other language versions; the model keeps one' });
    return pick?.value.trim() || undefined;
  }

  iri(s: string, p: string): string | undefined {
    const t = this.all(s, p).find((x) => x.kind === 'iri');
    return t?.value;
  }

  node(s: string, p: string): string | undefined {
    const t = this.all(s, p).find((x) => x.kind !== 'literal');
    return t && nodeKey(t);
  }

  literalOrIri(s: string, p: string): string | undefined {
    const t = this.all(s, p)[0];
    if (!t) return undefined;
    if (t.kind === 'blank') return undefined;
    return t.value.trim() || undefined;
  }

  date(s: string, p: string, field: string): string | undefined {
    const raw = this.literalOrIri(s, p);
    if (raw === undefined) return undefined;
    const v = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(raw) ? `${raw}Z` : raw;
    if (DateOrInstant.safeParse(v).success) return v;
    this.lost.push({ field, reason: 'not an ISO 8601 date or date-time' });
    return undefined;
  }

  agent(s: string, p: string): Agent | undefined {
    const k = this.node(s, p);
    const lit = this.all(s, p).find((t) => t.kind === 'literal');
    if (k === undefined) return lit ? { name: lit.value } : undefined;
    const name = this.text(k, 'foaf:name', `${p}.foaf:name`) ?? this.text(k, 'vcard:fn', `${p}.vcard:fn`);
    if (name === undefined) return undefined;
    const a: Agent = { name };
    put(a, 'id', this.literalOrIri(k, 'dct:identifier') ?? (k.startsWith('_:') ? undefined : k));
    const mbox = this.literalOrIri(k, 'foaf:mbox');
    put(a, 'email', mbox?.replace(/^mailto:/, ''));
    put(a, 'url', this.literalOrIri(k, 'foaf:homepage'));
    return a;
  }

  licence(s: string): DatasetInput['licence'] {
    const terms = this.all(s, 'dct:license');
    const t = terms[0];
    if (!t) return undefined;
    if (t.kind === 'literal') return isIri(t.value) ? { url: t.value } : { title: t.value };
    const k = nodeKey(t) as string;
    const l: Record<string, string> = {};
    if (t.kind === 'iri') l['url'] = t.value;
    else put(l, 'url', this.literalOrIri(k, 'foaf:page'));
    put(l, 'id', this.literalOrIri(k, 'dct:identifier'));
    put(l, 'title', this.text(k, 'dct:title', 'dct:license.dct:title'));
    return Object.keys(l).length ? l : undefined;
  }

  rights(s: string): string | undefined {
    const t = this.all(s, 'dct:rights')[0];
    if (!t) return undefined;
    if (t.kind === 'literal') return t.value;
    if (t.kind === 'iri' && this.g.predicates(t.value).size === 0) return t.value;
    const k = nodeKey(t) as string;
    return this.text(k, 'rdfs:label', 'dct:rights') ?? this.text(k, 'skos:prefLabel', 'dct:rights');
  }
}

const DATASET_MAPPED = new Set(
  [
    'rdf:type',
    'dct:identifier',
    'dct:title',
    'dct:description',
    'dcat:keyword',
    'dcat:theme',
    'dct:accessRights',
    'dct:rights',
    'dct:license',
    'dct:publisher',
    'dct:creator',
    'dcat:contactPoint',
    'dct:issued',
    'dct:modified',
    'dct:accrualPeriodicity',
    'dct:temporal',
    'dct:spatial',
    'dcat:landingPage',
    'dct:language',
    'dcat:version',
    'owl:versionInfo',
    'dct:conformsTo',
    'dcat:distribution',
    'sdi:name',
    'sdi:topik',
    'sdi:walidata',
    'sdi:pembinaData',
    'sdi:standarData',
    'sdi:metadataStatistik',
    'sdi:kodeReferensi',
    'sdi:dataInduk',
    'sdi:dataPrioritas',
    'sdi:extras',
  ].map(P),
);

const DISTRIBUTION_MAPPED = new Set(
  [
    'rdf:type',
    'dct:identifier',
    'dct:title',
    'dct:description',
    'dcat:accessURL',
    'dcat:downloadURL',
    'dct:format',
    'dcat:mediaType',
    'dcat:byteSize',
    'dct:license',
    'dct:rights',
    'dct:issued',
    'dct:modified',
    'spdx:checksum',
    'dct:conformsTo',
    'sdi:datastoreAktif',
    'sdi:extras',
  ].map(P),
);

function jsonRecord(r: Reader, s: string, field: string): Record<string, string> | undefined {
  const raw = r.literalOrIri(s, 'sdi:extras');
  if (raw === undefined) return undefined;
  try {
    const v = JSON.parse(raw) as unknown;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      return Object.fromEntries(
        Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
    }
  } catch {
    // fall through
  }
  r.lost.push({ field, reason: 'sdi:extras is not a JSON object of strings' });
  return undefined;
}

const bool = (v: string | undefined) =>
  v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : undefined;

function readDataset(r: Reader, s: string): Dataset {
  const lost = r.lost;
  const title = r.text(s, 'dct:title', 'dct:title');
  if (title === undefined) {
    throw ValidationError.single(
      'dct:title',
      { id: 'Dataset DCAT-AP wajib memiliki dct:title.', en: 'A DCAT-AP dataset must have a dct:title.' },
      'dcat_ap_title_missing',
    );
  }
  const d: DatasetInput = {
    identifier: r.literalOrIri(s, 'dct:identifier') ?? s,
    title,
    description: r.text(s, 'dct:description', 'dct:description') ?? '',
    keywords: [
      ...new Set(
        r
          .all(s, 'dcat:keyword')
          .filter((t) => t.kind === 'literal')
          .map((t) => t.value.trim()),
      ),
    ].filter((k) => k !== ''),
    themes: r.all(s, 'dcat:theme').flatMap((t) => (t.kind === 'iri' ? [themeCode(t.value)] : [])),
    topics: r.all(s, 'sdi:topik').flatMap((t) => (t.kind === 'literal' ? [t.value] : [])),
  };
  put(d, 'name', r.literalOrIri(s, 'sdi:name'));
  const access = r.all(s, 'dct:accessRights')[0];
  if (access) {
    const level = access.kind !== 'blank' ? parseAccessLevel(access.value) : undefined;
    if (level) d.accessLevel = level;
    else
      lost.push({
        field: 'dct:accessRights',
        reason: 'not an EU access-right (PUBLIC, RESTRICTED, NON_PUBLIC)',
      });
  }
  put(d, 'rights', r.rights(s));
  put(d, 'licence', r.licence(s));
  put(d, 'produsenData', r.agent(s, 'dct:publisher'));
  put(d, 'creator', r.agent(s, 'dct:creator'));
  put(d, 'walidata', r.agent(s, 'sdi:walidata'));
  put(d, 'pembinaData', r.agent(s, 'sdi:pembinaData'));
  const cpKey = r.node(s, 'dcat:contactPoint');
  if (cpKey) {
    const c: ContactPoint = {};
    put(c, 'name', r.text(cpKey, 'vcard:fn', 'dcat:contactPoint.vcard:fn'));
    put(c, 'email', r.literalOrIri(cpKey, 'vcard:hasEmail')?.replace(/^mailto:/, ''));
    put(c, 'url', r.literalOrIri(cpKey, 'vcard:hasURL'));
    if (Object.keys(c).length) d.contactPoint = c;
  }
  put(d, 'issued', r.date(s, 'dct:issued', 'dct:issued'));
  put(d, 'modified', r.date(s, 'dct:modified', 'dct:modified'));
  const freq = r.literalOrIri(s, 'dct:accrualPeriodicity');
  if (freq) {
    const f = parseUpdateFrequency(freq);
    if (f) d.updateFrequency = f;
    else lost.push({ field: 'dct:accrualPeriodicity', reason: 'not a known update frequency' });
  }
  const tKey = r.node(s, 'dct:temporal');
  if (tKey) {
    const t: Record<string, string> = {};
    put(
      t,
      'start',
      r.date(tKey, 'dcat:startDate', 'dct:temporal') ?? r.date(tKey, 'schema:startDate', 'dct:temporal'),
    );
    put(
      t,
      'end',
      r.date(tKey, 'dcat:endDate', 'dct:temporal') ?? r.date(tKey, 'schema:endDate', 'dct:temporal'),
    );
    if (Object.keys(t).length) d.temporal = t;
  }
  const spatial = r.all(s, 'dct:spatial');
  if (spatial.length) {
    const regionCodes: string[] = [];
    let uri: string | undefined;
    let label: string | undefined;
    for (const t of spatial) {
      const k = nodeKey(t);
      if (k === undefined) {
        label ??= t.value;
        continue;
      }
      // A region code is a skos:notation typed with our datatype, or an untyped one that parses as
      // a Kemendagri code (what toDcatAp writes with extensions off).
      const notation = r
        .all(k, 'skos:notation')
        .find(
          (n) =>
            n.kind === 'literal' &&
            (n.datatype === P(KODE_WILAYAH_DATATYPE) ||
              (n.datatype === undefined && tryParseRegionCode(n.value) !== undefined)),
        );
      if (notation) {
        regionCodes.push(notation.value);
        continue;
      }
      const l = r.text(k, 'skos:prefLabel', 'dct:spatial') ?? r.text(k, 'rdfs:label', 'dct:spatial');
      if ((t.kind === 'iri' && uri !== undefined) || (l !== undefined && label !== undefined)) {
        lost.push({
          field: 'dct:spatial',
          reason: 'more than one location; the model keeps one IRI and one label',
        });
        continue;
      }
      if (t.kind === 'iri') uri = t.value;
      if (l !== undefined) label = l;
    }
    const sp: Record<string, unknown> = { regionCodes };
    put(sp, 'uri', uri);
    put(sp, 'label', label);
    if (regionCodes.length || uri || label) d.spatial = sp as DatasetInput['spatial'];
  }
  put(d, 'landingPage', r.iri(s, 'dcat:landingPage') ?? r.literalOrIri(s, 'dcat:landingPage'));
  const langs = r.all(s, 'dct:language');
  if (langs.length) {
    d.language = langs.flatMap((t) => {
      if (t.kind === 'blank') return [];
      const code = t.value.startsWith(EU_LANGUAGE_BASE) ? t.value.slice(EU_LANGUAGE_BASE.length) : undefined;
      const row = LANGUAGES.rows.find((l) => l.eu === code || l.iso6391 === t.value);
      return row ? [row.iso6391] : [t.value];
    });
  }
  put(d, 'version', r.literalOrIri(s, 'dcat:version') ?? r.literalOrIri(s, 'owl:versionInfo'));
  const conforms = r.all(s, 'dct:conformsTo').flatMap((t) => (t.kind === 'blank' ? [] : [t.value]));
  if (conforms.length) d.conformsTo = conforms;
  const sdKey = r.node(s, 'sdi:standarData');
  if (sdKey) {
    const sd: Record<string, string> = {};
    for (const k of ['konsep', 'definisi', 'klasifikasi', 'ukuran', 'satuan'])
      put(sd, k, r.literalOrIri(sdKey, `sdi:${k}`));
    d.standarData = sd;
  }
  const msKey = r.node(s, 'sdi:metadataStatistik');
  if (msKey) {
    const ms: Record<string, unknown> = {};
    put(ms, 'kegiatan', r.literalOrIri(msKey, 'sdi:kegiatan'));
    const vars = r.all(msKey, 'sdi:variabel').map((t) => t.value);
    const inds = r.all(msKey, 'sdi:indikator').map((t) => t.value);
    if (vars.length) ms['variabel'] = vars;
    if (inds.length) ms['indikator'] = inds;
    d.metadataStatistik = ms;
  }
  const kode = r.all(s, 'sdi:kodeReferensi');
  if (kode.length) {
    d.kodeReferensi = kode.flatMap((t) => {
      const k = nodeKey(t);
      const scheme = k && r.literalOrIri(k, 'sdi:scheme');
      if (!k || !scheme) return [];
      const o: { scheme: string; uri?: string; walidata?: string } = { scheme };
      put(o, 'uri', r.literalOrIri(k, 'sdi:schemeUri'));
      put(o, 'walidata', r.literalOrIri(k, 'sdi:walidataName'));
      return [o];
    });
  }
  put(d, 'dataInduk', bool(r.literalOrIri(s, 'sdi:dataInduk')));
  put(d, 'dataPrioritas', bool(r.literalOrIri(s, 'sdi:dataPrioritas')));
  put(d, 'extras', jsonRecord(r, s, 'sdi:extras'));

  d.distributions = r.all(s, 'dcat:distribution').flatMap((t, i) => {
    const k = nodeKey(t);
    return k ? readDistribution(r, k, `distributions[${i}]`) : [];
  });

  for (const [p, values] of r.g.predicates(s)) {
    if (!DATASET_MAPPED.has(p) && values.length)
      lost.push({ field: compactIri(p), reason: 'no Dataset field for this property' });
  }
  const result = Dataset.safeParse(d);
  if (!result.success) throw validationErrorFromZod(result.error, { subject: 'DCAT-AP dataset' });
  return result.data;
}

function readDistribution(r: Reader, k: string, path: string): DistributionInput[] {
  const accessUrl = r.literalOrIri(k, 'dcat:accessURL') ?? r.literalOrIri(k, 'dcat:downloadURL');
  if (accessUrl === undefined) {
    r.lost.push({ field: path, reason: 'a distribution without dcat:accessURL' });
    return [];
  }
  const d: DistributionInput = { accessUrl };
  put(d, 'identifier', r.literalOrIri(k, 'dct:identifier') ?? (k.startsWith('_:') ? undefined : k));
  put(d, 'title', r.text(k, 'dct:title', `${path}.dct:title`));
  put(d, 'description', r.text(k, 'dct:description', `${path}.dct:description`));
  put(d, 'downloadUrl', r.literalOrIri(k, 'dcat:downloadURL'));
  const fmt = r.all(k, 'dct:format')[0];
  if (fmt) {
    if (fmt.kind === 'blank') put(d, 'format', r.text(`_:${fmt.value}`, 'rdfs:label', `${path}.dct:format`));
    else d.format = normalizeFormat(fmt.value) ?? fmt.value;
  }
  const media = r.literalOrIri(k, 'dcat:mediaType');
  if (media)
    d.mediaType = media.startsWith(IANA_MEDIA_TYPE_BASE) ? media.slice(IANA_MEDIA_TYPE_BASE.length) : media;
  const size = r.literalOrIri(k, 'dcat:byteSize');
  if (size !== undefined) {
    if (/^\d+(\.0+)?$/.test(size)) d.byteSize = Number.parseInt(size, 10);
    else r.lost.push({ field: `${path}.dcat:byteSize`, reason: 'not a whole number of bytes' });
  }
  put(d, 'licence', r.licence(k));
  put(d, 'rights', r.rights(k));
  put(d, 'issued', r.date(k, 'dct:issued', `${path}.dct:issued`));
  put(d, 'modified', r.date(k, 'dct:modified', `${path}.dct:modified`));
  const ck = r.node(k, 'spdx:checksum');
  if (ck) {
    const algorithm = r
      .literalOrIri(ck, 'spdx:algorithm')
      ?.replace(`${RDF_PREFIXES['spdx']}checksumAlgorithm_`, '');
    const value = r.literalOrIri(ck, 'spdx:checksumValue');
    if (algorithm && value) d.checksum = { algorithm, value };
  }
  const conforms = r.all(k, 'dct:conformsTo').flatMap((t) => (t.kind === 'blank' ? [] : [t.value]));
  if (conforms.length) d.conformsTo = conforms;
  put(d, 'datastoreActive', bool(r.literalOrIri(k, 'sdi:datastoreAktif')));
  put(d, 'extras', jsonRecord(r, k, `${path}.sdi:extras`));
  for (const [p, values] of r.g.predicates(k)) {
    if (!DISTRIBUTION_MAPPED.has(p) && values.length) {
      r.lost.push({ field: `${path}.${compactIri(p)}`, reason: 'no Distribution field for this property' });
    }
  }
  return [d];
}

/** Every `dcat:Dataset` in a graph: typed subjects and objects of `dcat:dataset`. */
function datasetSubjects(g: Graph): string[] {
  const found = new Set(g.ofType(P('dcat:Dataset')));
  for (const preds of g.subjects.values()) {
    for (const t of preds.get(P('dcat:dataset')) ?? []) {
      const k = nodeKey(t);
      if (k && g.subjects.has(k)) found.add(k);
    }
  }
  return [...found];
}

/** Reads every dataset of an RDF graph (shared by the JSON-LD and Turtle readers). */
export function datasetsFromGraph(g: Graph, options: FromDcatApOptions = {}): MappingResult<Dataset[]> {
  const lost: LostField[] = [];
  const out: Dataset[] = [];
  datasetSubjects(g).forEach((s, i) => {
    const local: LostField[] = [];
    out.push(readDataset(new Reader(g, options.language ?? 'id', local), s));
    for (const l of local) lost.push({ field: `datasets[${i}].${l.field}`, reason: l.reason });
  });
  return { value: out, lost };
}

/**
 * Reads the one `dcat:Dataset` of a DCAT-AP JSON-LD document (object or JSON text) into a
 * {@link Dataset}: the inverse of {@link toDcatAp}. Properties with no place in the model are
 * listed in `lost`. Throws a `ValidationError` when the document is not JSON-LD, holds no dataset
 * or several (use {@link fromDcatApCatalog}), or a dataset lacks `dct:title`.
 *
 * @example
 * ```ts
 * const { value: dataset } = fromDcatAp(await (await fetch('https://data.ntbprov.go.id/dataset/jumlah-penduduk.jsonld')).json());
 * ```
 */
export function fromDcatAp(doc: unknown, options: FromDcatApOptions = {}): MappingResult<Dataset> {
  const g = jsonLdToGraph(doc);
  const subjects = datasetSubjects(g);
  if (subjects.length !== 1) {
    throw ValidationError.single(
      '(root)',
      subjects.length === 0
        ? { id: 'Dokumen tidak memuat dcat:Dataset.', en: 'The document holds no dcat:Dataset.' }
        : {
            id: `Dokumen memuat ${subjects.length} dcat:Dataset; gunakan fromDcatApCatalog.`,
            en: `The document holds ${subjects.length} dcat:Dataset nodes; use fromDcatApCatalog.`,
          },
      'dcat_ap_dataset_count',
    );
  }
  const lost: LostField[] = [];
  const value = readDataset(new Reader(g, options.language ?? 'id', lost), subjects[0] as string);
  return { value, lost };
}

/**
 * Reads every `dcat:Dataset` of a DCAT-AP JSON-LD catalogue (with `@graph` or nested
 * `dcat:dataset`). `lost` paths start with `datasets[i]`.
 *
 * @example
 * ```ts
 * declare const catalogJsonLd: unknown; // a decoded dcat:Catalog in JSON-LD
 * const { value: datasets, lost } = fromDcatApCatalog(catalogJsonLd);
 * ```
 */
export function fromDcatApCatalog(doc: unknown, options: FromDcatApOptions = {}): MappingResult<Dataset[]> {
  return datasetsFromGraph(jsonLdToGraph(doc), options);
}
