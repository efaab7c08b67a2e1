import { readFileSync } from 'node:fs';
import { isOpenGovError, ValidationError } from '@opengov-id/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CkanPackage,
  type Dataset,
  DcatUsDataset,
  fromCkanPackage,
  fromDcatAp,
  fromDcatApCatalog,
  fromDcatApTurtle,
  fromDcatUs,
  parseDataset,
  toCkanPackage,
  toDataJson,
  toDcatAp,
  toDcatUs,
} from '../src/index.js';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8'));
const result = (path: string) => (read(path) as { result: unknown }).result;

const REAL_PACKAGES: Array<[string, unknown]> = [
  ['demo.ckan.org (frictionless)', result('ckan/demo-frictionless-package_show.json')],
  ['demo.ckan.org 2017 #1', result('ckan/demo-2017-17be64bb-da74-4195-9bb8-565c39846af2.json')],
  ['demo.ckan.org 2017 #2', result('ckan/demo-2017-62513382-3b26-4bc8-9096-40b6ce8383c0.json')],
  ['demo.ckan.org 2017 #3', result('ckan/demo-2017-9c3036b8-f6ac-4a4e-9036-5a3cc90c3900.json')],
  ['dados.gov.br bolsa-familia (59 resources)', result('ckan/package_show_bolsa-familia-pagamentos.json')],
  ['data.humdata.org reliefweb', result('ckan/package_show_reliefweb-crisis-figures.json')],
  ...((result('ckan/package_search_rows2.json') as { results: unknown[] }).results.map(
    (p, i) => [`dados.gov.br package_search #${i}`, p] as [string, unknown],
  ) as Array<[string, unknown]>),
  ...((result('ckan/demo-2017-packages.json') as { results: unknown[] }).results.map(
    (p, i) => [`demo.ckan.org package_search #${i}`, p] as [string, unknown],
  ) as Array<[string, unknown]>),
  ['KSB scheming DCAT-AP (own)', read('ckan/ksb-scheming-dcat-ap.json')],
];

describe('CKAN package schema on real responses', () => {
  it.each(REAL_PACKAGES)('%s parses, naive timestamps included', (_name, pkg) => {
    const parsed = CkanPackage.parse(pkg);
    expect(parsed.id).toBeTypeOf('string');
    if (parsed.metadata_modified) expect(parsed.metadata_modified).not.toMatch(/Z$/);
  });
});

describe('fromCkanPackage', () => {
  const { value: ds, lost } = fromCkanPackage(read('ckan/ksb-scheming-dcat-ap.json'));

  it('maps the scheming DCAT-AP fields and the sdi_* extras', () => {
    expect(ds.identifier).toBe('ksb-disdukcapil-penduduk-kecamatan');
    expect(ds.accessLevel).toBe('terbuka');
    expect(ds.updateFrequency).toBe('semesteran');
    expect(ds.themes).toEqual(['SOCI']);
    expect(ds.produsenData).toEqual({
      id: 'disdukcapil-ksb',
      name: 'Dinas Kependudukan dan Pencatatan Sipil KSB',
      url: 'https://disdukcapil.sumbawabaratkab.go.id',
    });
    expect(ds.walidata?.name).toBe('Dinas Komunikasi dan Informatika KSB');
    expect(ds.pembinaData?.id).toBe('bps-5207');
    expect(ds.standarData?.satuan).toBe('Jiwa');
    expect(ds.spatial).toEqual({
      regionCodes: ['52.07'],
      uri: 'https://sws.geonames.org/7910184/',
      label: 'Kabupaten Sumbawa Barat',
    });
    expect(ds.temporal).toEqual({ start: '2024-07-01', end: '2024-12-31' });
    expect(ds.dataPrioritas).toBe(true);
    expect(ds.topics).toEqual(['kependudukan']);
    expect(ds.extras).toEqual({ spatial: '{"type":"Point","coordinates":[116.85,-8.75]}' });
  });

  it('reads resources: upload URL as download URL, string size, checksum by length, naive times as UTC', () => {
    const [csv, api] = ds.distributions;
    expect(csv?.downloadUrl).toBe(csv?.accessUrl);
    expect(csv?.byteSize).toBe(2481);
    expect(csv?.checksum).toEqual({ algorithm: 'sha1', value: '9f2b8c1d4e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c' });
    expect(csv?.modified).toBe('2025-01-20T08:05:30.943152Z');
    expect(csv?.datastoreActive).toBe(true);
    expect(api?.downloadUrl).toBeUndefined();
    expect(api?.format).toBe('JSON');
  });

  it('reports what the model cannot hold instead of dropping it', () => {
    expect(lost).toContainEqual({ field: 'provenance', reason: 'no Dataset field for this CKAN field' });
  });

  it('falls back to organization, maintainer and metadata_* on a default-schema package', () => {
    const { value } = fromCkanPackage(result('ckan/package_show_bolsa-familia-pagamentos.json'));
    expect(value.produsenData?.name).toBeTruthy();
    expect(value.issued).toMatch(/Z$|^\d{4}-\d{2}-\d{2}$/);
    expect(value.distributions.length).toBe(59);
  });

  it('rejects what is not a package, with a typed error', () => {
    expect(() => fromCkanPackage({ name: 'x' })).toThrow(ValidationError);
    expect(() => fromCkanPackage('x')).toThrow(ValidationError);
  });
});

describe('round trips', () => {
  it.each(REAL_PACKAGES)('CKAN → Dataset → DCAT-AP → Dataset keeps every field (%s)', (_name, pkg) => {
    const { value: ds } = fromCkanPackage(pkg);
    const { value: jsonld, lost } = toDcatAp(ds);
    expect(lost).toEqual([]);
    const back = fromDcatAp(JSON.parse(JSON.stringify(jsonld)));
    expect(back.value).toEqual(ds);
    expect(back.lost).toEqual([]);
  });

  it.each(REAL_PACKAGES)('CKAN → Dataset → CKAN → Dataset keeps every field (%s)', (_name, pkg) => {
    const { value: ds } = fromCkanPackage(pkg);
    const { value: dict, lost } = toCkanPackage(ds);
    // A package dict carries no id: it is created under the name; give it back as CKAN would.
    const again = fromCkanPackage({ ...dict, id: ds.identifier }).value;
    const strip = (d: Dataset) => ({
      ...d,
      distributions: d.distributions.map(({ datastoreActive: _x, ...rest }) => rest),
    });
    expect(strip(again)).toEqual(strip(ds));
    for (const l of lost) expect(l.field).toMatch(/datastoreActive|licence/);
  });

  it.each(REAL_PACKAGES)('Dataset → DCAT-US → Dataset keeps every field (%s)', (_name, pkg) => {
    const { value: ds } = fromCkanPackage(pkg);
    const { value: us } = toDcatUs(ds);
    const back = fromDcatUs(JSON.parse(JSON.stringify(us)));
    expect(back.value).toEqual(ds);
  });

  it('without extensions, DCAT-US keeps every field it can hold and lists the rest', () => {
    const { value: ds } = fromCkanPackage(read('ckan/ksb-scheming-dcat-ap.json'));
    const { value: us, lost } = toDcatUs(ds, { extensions: false });
    expect(us['accessLevel']).toBe('public');
    expect(us['accrualPeriodicity']).toBe('R/P6M');
    expect(us['temporal']).toBe('2024-07-01/2024-12-31');
    const fields = lost.map((l) => l.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'walidata',
        'pembinaData',
        'standarData',
        'spatial.regionCodes',
        'distributions[0].byteSize',
      ]),
    );
    const back = fromDcatUs(us).value;
    const top = new Set(fields.map((f) => f.split(/[.[]/)[0]));
    for (const key of Object.keys(ds) as Array<keyof Dataset>) {
      if (
        top.has(key) ||
        key === 'distributions' ||
        key === 'spatial' ||
        key === 'licence' ||
        key === 'produsenData'
      )
        continue;
      expect(back[key], key).toEqual(ds[key]);
    }
    expect(back.spatial?.uri).toBe(ds.spatial?.uri);
    expect(back.distributions[0]?.accessUrl).toBe(ds.distributions[0]?.accessUrl);
  });

  it('without extensions, DCAT-AP reports the Satu Data fields', () => {
    const { value: ds } = fromCkanPackage(read('ckan/ksb-scheming-dcat-ap.json'));
    const { value, lost } = toDcatAp(ds, { extensions: false });
    expect(JSON.stringify(value)).not.toContain('sdi:');
    expect(lost.map((l) => l.field)).toEqual(
      expect.arrayContaining([
        'walidata',
        'pembinaData',
        'standarData',
        'kodeReferensi',
        'dataPrioritas',
        'name',
      ]),
    );
  });
});

describe('DCAT-AP', () => {
  it('writes the EU vocabularies and the access-right mapping', () => {
    const ds = parseDataset({
      identifier: 'x',
      title: 'Data terbatas',
      description: 'd',
      accessLevel: 'terbatas',
      updateFrequency: 'bulanan',
      language: ['id'],
      distributions: [{ accessUrl: 'https://e.x/a.xlsx', format: 'XLSX', mediaType: 'text/csv' }],
    });
    const jsonld = toDcatAp(ds).value as Record<string, unknown>;
    expect(jsonld['dct:accessRights']).toEqual({
      '@id': 'http://publications.europa.eu/resource/authority/access-right/RESTRICTED',
    });
    expect(jsonld['dct:accrualPeriodicity']).toEqual({
      '@id': 'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
    });
    expect(jsonld['dct:language']).toEqual([
      { '@id': 'http://publications.europa.eu/resource/authority/language/IND' },
    ]);
    const dist = (jsonld['dcat:distribution'] as Array<Record<string, unknown>>)[0];
    expect(dist?.['dct:format']).toEqual({
      '@id': 'http://publications.europa.eu/resource/authority/file-type/XLSX',
    });
  });

  it('reads Turtle through n3: language choice, schema:startDate, byteSize as decimal, checksum, rights node', () => {
    const ttl = readFileSync(new URL('./fixtures/dcat/ntb-dataset.ttl', import.meta.url), 'utf8');
    const { value, lost } = fromDcatApTurtle(ttl);
    expect(value).toHaveLength(1);
    const d = value[0] as Dataset;
    expect(d.title).toBe('Angka Kematian Bayi Provinsi NTB');
    expect(d.accessLevel).toBe('terbuka');
    expect(d.updateFrequency).toBe('tahunan');
    expect(d.themes).toEqual(['HEAL']);
    expect(d.language).toEqual(['id']);
    expect(d.temporal).toEqual({ start: '2019-01-01', end: '2023-12-31' });
    expect(d.modified).toBe('2025-02-10T10:15:00+08:00');
    expect(d.contactPoint).toEqual({
      name: 'Seksi Data dan Informasi Kesehatan',
      email: 'datin@dinkes.ntbprov.go.id',
    });
    expect(d.distributions[0]).toMatchObject({
      format: 'CSV',
      mediaType: 'text/csv',
      byteSize: 1840,
      checksum: { algorithm: 'sha1', value: '0c4d8e1f2a3b4c5d6e7f8091a2b3c4d5e6f70819' },
      rights: 'Bebas digunakan dengan menyebut sumber.',
      licence: { url: 'http://creativecommons.org/licenses/by/4.0/' },
    });
    expect(lost).toEqual(
      expect.arrayContaining([
        { field: 'datasets[0].dct:title', reason: 'other language versions; the model keeps one' },
        { field: 'datasets[0].adms:versionNotes', reason: 'no Dataset field for this property' },
      ]),
    );
    // And the Turtle dataset survives a JSON-LD round trip.
    expect(fromDcatAp(toDcatAp(d).value).value).toEqual(d);
  });

  it('reads a JSON-LD catalogue with @graph and several datasets', () => {
    const a = toDcatAp(parseDataset({ identifier: 'https://x.id/a', title: 'A', description: '' })).value;
    const b = toDcatAp(parseDataset({ identifier: 'https://x.id/b', title: 'B', description: '' })).value;
    const { '@context': ctx, ...na } = a;
    const { '@context': _c, ...nb } = b;
    const doc = {
      '@context': ctx,
      '@graph': [{ '@type': 'dcat:Catalog', 'dcat:dataset': [{ '@id': 'https://x.id/a' }] }, na, nb],
    };
    expect(fromDcatApCatalog(doc).value.map((d) => d.title)).toEqual(['A', 'B']);
    expect(() => fromDcatAp(doc)).toThrow(ValidationError);
  });

  it('rejects broken Turtle with a typed error naming the line', () => {
    try {
      fromDcatApTurtle('@prefix dct: <http://purl.org/dc/terms/> .\n<a> dct:title "x" \n<b> <c> .');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).messages?.en).toMatch(/Turtle/);
    }
  });
});

describe('DCAT-US / data.json', () => {
  it('reads the POD v1.1 sample catalogue', () => {
    const catalog = read('dcat/pod-catalog-sample.json') as { dataset: unknown[] };
    for (const entry of catalog.dataset) {
      expect(DcatUsDataset.safeParse(entry).success).toBe(true);
      const { value, lost } = fromDcatUs(entry);
      expect(value.accessLevel).toBeDefined();
      expect(lost.map((l) => l.field)).toEqual(expect.arrayContaining(['bureauCode', 'programCode']));
    }
  });

  it('reads a DKAN 2 metastore listing', () => {
    const ops = read('dcat/dkan-dataset-operations.json') as Array<{ method: string; response: unknown }>;
    const list = ops.find((o) => o.method === 'listAllDatasets')?.response as unknown[];
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list) {
      const { value } = fromDcatUs(entry);
      expect(value.accessLevel).toBe('terbuka');
    }
  });

  it('emits a data.json catalogue a harvester reads, with per-dataset lost paths', () => {
    const ds = fromCkanPackage(read('ckan/ksb-scheming-dcat-ap.json')).value;
    const { value, lost } = toDataJson(
      { datasets: [ds], homepage: 'https://data.sumbawabaratkab.go.id/' },
      { extensions: false },
    );
    expect(value.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
    expect(value['@id']).toBe('https://data.sumbawabaratkab.go.id/data.json');
    expect(value.dataset[0]?.['accessLevel']).toBe('public');
    expect(lost.every((l) => l.field.startsWith('dataset[0].'))).toBe(true);
    for (const d of value.dataset) expect(DcatUsDataset.safeParse(d).success).toBe(true);
  });

  it('maps access levels both ways: terbatas→restricted public, dikecualikan→non-public', () => {
    for (const [level, us] of [
      ['terbuka', 'public'],
      ['terbatas', 'restricted public'],
      ['dikecualikan', 'non-public'],
    ] as const) {
      const ds = parseDataset({
        identifier: 'x',
        title: 't',
        description: '',
        accessLevel: level,
        modified: '2025-01-01',
      });
      const out = toDcatUs(ds).value;
      expect(out['accessLevel']).toBe(us);
      expect(fromDcatUs(out).value.accessLevel).toBe(level);
    }
  });
});

describe('every parser: random JSON gives a typed result or a typed error', () => {
  const parsers: Array<[string, (input: unknown) => unknown]> = [
    ['fromCkanPackage', fromCkanPackage],
    ['fromDcatAp', fromDcatAp],
    ['fromDcatApCatalog', fromDcatApCatalog],
    ['fromDcatUs', fromDcatUs],
    ['parseDataset', parseDataset],
  ];
  const ckanish = fc.record(
    {
      id: fc.oneof(fc.string(), fc.constant('abc')),
      name: fc.string(),
      title: fc.option(fc.string()),
      notes: fc.option(fc.string()),
      metadata_created: fc.oneof(fc.string(), fc.constant('2021-11-30T09:50:08.812727')),
      extras: fc.array(
        fc.record({
          key: fc.constantFrom('sdi_region_codes', 'issued', 'theme', 'sdi_walidata', 'x'),
          value: fc.oneof(
            fc.string(),
            fc.jsonValue().map((v) => JSON.stringify(v)),
          ),
        }),
      ),
      resources: fc.array(
        fc.dictionary(fc.constantFrom('url', 'size', 'format', 'hash', 'license', 'created'), fc.jsonValue()),
      ),
      tags: fc.array(fc.record({ name: fc.string() })),
    },
    { requiredKeys: [] },
  );
  const dcatish = fc.dictionary(
    fc.constantFrom(
      '@id',
      '@type',
      'dct:title',
      'dct:identifier',
      'dcat:distribution',
      'dct:spatial',
      'dct:issued',
      '@context',
      '@graph',
    ),
    fc.oneof(fc.jsonValue(), fc.constant('dcat:Dataset'), fc.constant({ '@id': 'https://x' })),
  );
  it.each(parsers)('%s', (_name, parse) => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), ckanish, dcatish), (input) => {
        try {
          parse(input);
        } catch (error) {
          expect(isOpenGovError(error), String(error)).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('fromDcatApTurtle on random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constant('<a> <b> "c" .'),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          try {
            fromDcatApTurtle(text);
          } catch (error) {
            expect(isOpenGovError(error), String(error)).toBe(true);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
