import { createMswHandlers } from '@opengov-id/core/testing';
import { describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import {
  CkanActionFailure,
  ckanContract,
  ckanHelpUrl,
  ckanOpenApi,
  createCkanClient,
  createDkanClient,
  dataJsonContract,
  dataJsonOpenApi,
  listCkanGroups,
  searchCkanDatastore,
  searchCkanPackages,
} from '../src/index.js';
import { seedCatalogue } from '../src/testing/index.js';
import { toDataJsonDataset } from '../src/testing/datajson.js';
import { fixture } from './helpers.js';

const routes = ckanContract.routes;

describe('ckanContract', () => {
  it('accepts real recorded CKAN answers as they are', () => {
    // The outside oracle: what real portals (demo.ckan.org, dados.gov.br, HDX) sent.
    for (const name of [
      'package_search_rows2.json',
      'demo2017_package_search.json',
      'package_search_empty.json',
    ])
      expect(routes.package_search.responses[200].safeParse(fixture(`ckan/${name}`)).success, name).toBe(
        true,
      );
    for (const name of [
      'package_show.json',
      'package_show_bolsa-familia-pagamentos.json',
      'package_show_reliefweb-crisis-figures.json',
      'demo-frictionless-package_show.json',
      'ksb-scheming-dcat-ap.json',
    ]) {
      const body = fixture<Record<string, unknown>>(`ckan/${name}`);
      const envelope = 'success' in body ? body : { help: null, success: true, result: body };
      expect(routes.package_show.responses[200].safeParse(envelope).success, name).toBe(true);
    }
    expect(
      routes.datastore_search.responses[200].safeParse(fixture('ckan/datastore_search_rows.json')).success,
    ).toBe(true);
    expect(routes.package_show.errors[404].safeParse(fixture('ckan/ckan_error.json')).success).toBe(true);
    expect(
      routes.package_show.errors[404].safeParse(fixture('ckan/group_package_show_404_not_found.json'))
        .success,
    ).toBe(true);
    expect(
      routes.datastore_search.errors[409].safeParse(fixture('ckan/own_validation_error_409.json')).success,
    ).toBe(true);
    // A success body is not a failure, and the other way round.
    expect(routes.package_show.errors[404].safeParse(fixture('ckan/package_show.json')).success).toBe(false);
  });

  it('emits an OpenAPI document with every action, its CKAN parameters and error statuses', () => {
    const doc = ckanOpenApi({ servers: ['https://data.ksb.test'] });
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/3/action/datastore_search',
      '/api/3/action/organization_list',
      '/api/3/action/package_search',
      '/api/3/action/package_show',
      '/api/3/action/status_show',
    ]);
    const search = doc.paths['/api/3/action/package_search']?.get;
    expect(search?.operationId).toBe('package_search');
    expect(search?.parameters?.map((p) => ('name' in p ? p.name : ''))).toEqual(
      expect.arrayContaining(['q', 'fq', 'rows', 'start', 'sort', 'facet.field']),
    );
    expect(Object.keys(doc.paths['/api/3/action/package_show']?.get?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '403', '404']),
    );
    expect(Object.keys(dataJsonOpenApi().paths)).toEqual(['/data.json']);
  });

  it('lets satudata clients talk to any implementation through derived handlers', async () => {
    // A minimal implementation over the seeded testing catalogue, on the shared semantics.
    const catalogue = seedCatalogue({ datasets: 25, seed: 5 });
    const base = 'https://contract.test';
    server.use(
      ...createMswHandlers(
        ckanContract,
        {
          package_search: ({ query, request }) => ({
            help: ckanHelpUrl(request.url, 'package_search'),
            // `as const`: the literal must stay `true` through the route's union of replies.
            success: true as const,
            result: searchCkanPackages(catalogue.packages, query),
          }),
        },
        { baseUrl: base },
      ),
      ...createMswHandlers(
        dataJsonContract,
        {
          dataJson: () => ({
            '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
            '@type': 'dcat:Catalog',
            conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
            dataset: catalogue.packages.map(toDataJsonDataset),
          }),
        },
        { baseUrl: base },
      ),
    );
    const ckan = createCkanClient({ baseUrl: base });
    const all = await ckan.searchPackages({ rows: 7 }).toArray({ limit: 100 });
    expect(all).toHaveLength(25);
    expect((await createDkanClient({ baseUrl: base }).dataJson()).datasets).toHaveLength(25);
  });
});

describe('shared CKAN semantics', () => {
  const catalogue = seedCatalogue({ datasets: 30, seed: 9 });
  const table = (() => {
    const [resourceId, data] = [...catalogue.datastore.entries()][0]!;
    return { resourceId, ...data };
  })();

  it('reads datastore q as CKAN does: text unless it is a JSON object', () => {
    const taliwang = table.records.filter((r) => r['kecamatan'] === 'Taliwang').length;
    expect(searchCkanDatastore(table, { q: 'taliwang' }).total).toBe(taliwang);
    // `2024` parses as JSON but is not an object: still a text search, not "no filter".
    const year = searchCkanDatastore(table, { q: '2024' });
    expect(year.total).toBeLessThan(table.records.length);
    expect(
      (year.records as Array<Record<string, unknown>>).every((r) => JSON.stringify(r).includes('2024')),
    ).toBe(true);
    expect(searchCkanDatastore(table, { q: '{"kecamatan":"taliwang"}' }).total).toBe(taliwang);
  });

  it('refuses what CKAN refuses, with its status and __type', () => {
    const refusal = (work: () => unknown) => {
      try {
        work();
      } catch (error) {
        if (error instanceof CkanActionFailure) return [error.status, error.error.__type];
        throw error;
      }
      return undefined;
    };
    expect(refusal(() => searchCkanPackages(catalogue.packages, { fq: 'colour:red' }))).toEqual([
      400,
      'Search Query Error',
    ]);
    expect(refusal(() => searchCkanPackages(catalogue.packages, { rows: '-1' }))).toEqual([
      409,
      'Validation Error',
    ]);
    expect(refusal(() => listCkanGroups(catalogue.organizations, { sort: 'size desc' }))).toEqual([
      409,
      'Validation Error',
    ]);
    expect(refusal(() => searchCkanDatastore(table, { filters: '{bad json' }))).toEqual([
      409,
      'Validation Error',
    ]);
    // The error itself is bilingual and carries no request data.
    const failure = new CkanActionFailure(404, { __type: 'Not Found Error', message: 'Not found' });
    expect(failure.toJSON()).toMatchObject({ code: 'ckan_action_failure', status: 404 });
    expect(failure.messages?.id).toContain('CKAN menolak');
  });

  it('caps rows at 1000 and pages with start', () => {
    const big = seedCatalogue({ datasets: 1200, seed: 2 });
    const page = searchCkanPackages(big.packages, { rows: 5000, sort: 'name asc' });
    expect(page.count).toBe(1200);
    expect(page.results).toHaveLength(1000);
    const tail = searchCkanPackages(big.packages, { rows: 1000, start: 1000, sort: 'name asc' });
    expect(tail.results).toHaveLength(200);
    expect(new Set([...page.results, ...tail.results].map((p) => p.name)).size).toBe(1200);
  });
});
