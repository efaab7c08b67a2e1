import { NetworkError, ResponseShapeError, ValidationError } from '@opengov-id/core';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import {
  createDkanClient,
  DcatUsDataset,
  probePortal,
  readDataJson,
  unwrapDkanReferences,
} from '../src/index.js';
import { ckanPortalHandlers, dataJsonHandlers, seedCatalogue } from '../src/testing/index.js';
import { fixture, fixtureText } from './helpers.js';

interface Recorded {
  method: string;
  response: unknown;
}
const dkan2 = fixture<Recorded[]>('dcat/dkan2_dataset-operations.json');
const recorded = (method: string) => dkan2.find((e) => e.method === method)!.response;

describe('DCAT-US reading schema on real catalogues', () => {
  it('reads the Project Open Data sample catalogue (CC0)', () => {
    const catalogue = readDataJson(fixture('dcat/pod_catalog-sample.json'));
    expect(catalogue.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
    expect(catalogue.invalid).toEqual([]);
    const publisher = catalogue.datasets[0]?.publisher as
      | { subOrganizationOf?: { subOrganizationOf?: { name?: string } } }
      | undefined;
    expect(publisher?.subOrganizationOf?.subOrganizationOf?.name).toBe('General Services Administration');
  });

  it('reads a DKAN 2.21 metastore item with reference ids, unwrapped to plain DCAT-US', () => {
    const wrapped = recorded('getDataset');
    const dataset = DcatUsDataset.parse(unwrapDkanReferences(wrapped));
    expect(dataset.keyword).toEqual(['bike-lanes', 'streets', 'infrastructure']);
    expect(dataset.theme).toEqual(['Transportation', 'City Planning']);
    expect(dataset.publisher?.name).toBe('State Economic Council');
    expect(dataset.distribution?.[0]?.downloadURL).toMatch(/Bike_Lane\.csv$/);
    const plain = (recorded('listAllDatasets') as unknown[])[0];
    expect(DcatUsDataset.parse(plain).title).toBe(dataset.title);
  });

  it('keeps quirky entries and reports the unreadable one instead of dropping it', () => {
    const catalogue = readDataJson(fixture('dcat/own_datajson_quirks.data.json'));
    expect(catalogue.datasets.map((d) => d.identifier)).toEqual(['ntb-curah-hujan-2023', 'ntb-dtks-2024']);
    expect(catalogue.datasets[0]?.modified).toBe('2023-06-27 12:41:27');
    expect(catalogue.datasets[1]?.keyword).toBe('sosial,dtks');
    expect(catalogue.invalid).toHaveLength(1);
    expect(catalogue.invalid[0]).toMatchObject({ index: 2, identifier: 'tanpa-judul' });
    expect(catalogue.invalid[0]?.issues[0]?.field).toBe('title');
  });

  it('a body that is not a catalogue is a ResponseShapeError', () => {
    expect(() => readDataJson({ datasets: [] })).toThrow(ResponseShapeError);
    expect(() => readDataJson('<html>')).toThrow(ResponseShapeError);
  });
});

describe('createDkanClient', () => {
  const BASE = 'https://data.ntb.test';

  it('reads data.json, the metastore, one item and the paged search', async () => {
    const catalogue = seedCatalogue({ datasets: 45, seed: 8, prefix: 'ntb', siteUrl: BASE });
    server.use(...dataJsonHandlers({ baseUrl: BASE, catalogue, dkan: true }));
    const dkan = createDkanClient({ baseUrl: BASE });
    const json = await dkan.dataJson();
    expect(json.datasets).toHaveLength(45);
    expect(json.datasets[0]?.identifier).toBe(`ntb:${catalogue.packages[0]!.name}`);
    expect((await dkan.metastoreDatasets()).datasets).toHaveLength(45);
    const one = await dkan.dataset(String(json.datasets[3]!.identifier));
    expect(one.title).toBe(catalogue.packages[3]!.title);
    const searched = await dkan.searchDatasets({ pageSize: 10 }).toArray({ limit: 100 });
    expect(searched.map((d) => d.identifier)).toEqual(json.datasets.map((d) => d.identifier));
  });

  it('serves the real DKAN 2 metastore capture through the client', async () => {
    server.use(
      http.get(`${BASE}/api/1/metastore/schemas/dataset/items/:id`, () =>
        HttpResponse.json(recorded('getDataset') as Record<string, unknown>),
      ),
    );
    const dataset = await createDkanClient({ baseUrl: BASE }).dataset('cedcd327-4e5d-43f9-8eb1-c11850fa7c55');
    expect(dataset.identifier).toBe('cedcd327-4e5d-43f9-8eb1-c11850fa7c55');
  });

  it('rejects an invalid base URL', () => {
    expect(() => createDkanClient({ baseUrl: 'not a url' })).toThrow(ValidationError);
  });
});

describe('probePortal', () => {
  it('tells CKAN, with version and DataStore', async () => {
    server.use(...ckanPortalHandlers({ baseUrl: 'https://ckan.test', version: '2.10' }));
    const probe = await probePortal('https://ckan.test/');
    expect(probe).toMatchObject({ kind: 'ckan', version: '2.10.0', datastore: true });
  });

  it('tells CKAN with a hidden version', async () => {
    server.use(...ckanPortalHandlers({ baseUrl: 'https://ckan.test', hideVersion: true, datastore: false }));
    expect(await probePortal('https://ckan.test/api/3/action/')).toMatchObject({
      kind: 'ckan',
      version: undefined,
      datastore: false,
    });
  });

  it('tells DKAN 2 (metastore) and notes its data.json', async () => {
    server.use(
      ...dataJsonHandlers({
        baseUrl: 'https://dkan.test',
        catalogue: seedCatalogue({ datasets: 3 }),
        dkan: true,
      }),
    );
    server.use(
      http.all(
        'https://dkan.test/api/3/action/*',
        () => new HttpResponse('<html></html>', { status: 404, headers: { 'content-type': 'text/html' } }),
      ),
    );
    expect(await probePortal('https://dkan.test')).toMatchObject({
      kind: 'dkan',
      generation: 2,
      dataJson: true,
    });
  });

  it('tells DKAN 7 by the docstring help of its CKAN-compatible API', async () => {
    const help = fixture<{ help: string }>('dcat/dkan7_louisville_datastore_search.json').help;
    server.use(
      http.get('https://dkan7.test/api/3/action/status_show', () =>
        HttpResponse.json('Bad request', { status: 400 }),
      ),
      http.get('https://dkan7.test/api/3/action/package_list', () =>
        HttpResponse.json({ help, success: true, result: ['permits'] }),
      ),
      http.get('https://dkan7.test/*', () => new HttpResponse('not here', { status: 404 })),
    );
    expect(await probePortal('https://dkan7.test')).toMatchObject({
      kind: 'dkan',
      generation: 7,
      dataJson: false,
    });
  });

  it('tells a data.json-only site', async () => {
    server.use(
      http.get('https://pod.test/data.json', () =>
        HttpResponse.json(fixture('dcat/pod_catalog-sample.json')),
      ),
      http.get(
        'https://pod.test/*',
        () =>
          new HttpResponse(fixtureText('ckan/own_html_page.html'), {
            headers: { 'content-type': 'text/html' },
          }),
      ),
    );
    expect(await probePortal('https://pod.test')).toMatchObject({ kind: 'datajson', datasets: 3 });
  });

  it('answers unknown for a site that answers with HTML everywhere', async () => {
    server.use(
      http.get(
        'https://jakarta.test/*',
        () =>
          new HttpResponse(fixtureText('ckan/own_html_page.html'), {
            headers: { 'content-type': 'text/html' },
          }),
      ),
    );
    const probe = await probePortal('https://jakarta.test');
    expect(probe.kind).toBe('unknown');
    expect(probe.checked.map((c) => c.path)).toEqual([
      'api/3/action/status_show',
      'api/1/metastore/schemas/dataset',
      'api/3/action/package_list',
      'data.json',
    ]);
  });

  it('answers unreachable with the typed error when the portal is down', async () => {
    server.use(http.all('https://down.test/*', () => HttpResponse.error()));
    const probe = await probePortal('https://down.test');
    expect(probe.kind).toBe('unreachable');
    if (probe.kind === 'unreachable') expect(probe.error).toBeInstanceOf(NetworkError);
  });

  it('answers unreachable when every probe is a 503', async () => {
    server.use(http.all('https://busy.test/*', () => new HttpResponse('busy', { status: 503 })));
    const probe = await probePortal('https://busy.test');
    expect(probe.kind).toBe('unreachable');
    expect(probe.checked.every((c) => c.status === 503)).toBe(true);
  });

  it('rejects a URL that is not http(s)', async () => {
    await expect(probePortal('mailto:a@b.c')).rejects.toBeInstanceOf(ValidationError);
  });
});
