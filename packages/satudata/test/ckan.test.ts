import {
  AuthError,
  NotFoundError,
  OpenGovError,
  ResponseShapeError,
  ValidationError,
} from '@opengov-id/core';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import {
  CkanActionError,
  CkanAuthorizationError,
  CkanBadRequestError,
  CkanHtmlResponseError,
  CkanNotFoundError,
  CkanPackageSummary,
  CkanSearchError,
  CkanValidationError,
  ckanEnvelope,
  ckanTimestampToInstant,
  createCkanClient,
  DatastoreSearchResult,
  fromDatastoreFields,
  toDatastoreFields,
} from '../src/index.js';
import { ckanPortalHandlers, seedCatalogue } from '../src/testing/index.js';
import { fixture, fixtureText } from './helpers.js';

const BASE = 'https://data.ksb.test';
const API = `${BASE}/api/3/action`;

/** Serves a fixture body for one action, with a status. */
function serve(action: string, body: string, status = 200, contentType = 'application/json') {
  server.use(
    http.all(
      `${API}/${action}`,
      () => new HttpResponse(body, { status, headers: { 'content-type': contentType } }),
    ),
  );
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('real CKAN responses parse with the schemas', () => {
  it.each([
    'ckan/package_show.json',
    'ckan/package_show_bolsa-familia-pagamentos.json',
    'ckan/hdx_package_show_reliefweb-crisis-figures.json',
    'ckan/demo2017_package_show_17be64bb.json',
  ])('package_show %s', (path) => {
    const parsed = ckanEnvelope(CkanPackageSummary).parse(fixture(path));
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(parsed.result.name).toMatch(/^[a-z0-9_-]+$/);
  });

  it.each([
    'ckan/datastore_search_rows.json',
    'ckan/datastore_search_rows_empty.json',
    'ckan/datastore_search_describe.json',
    'dcat/dkan7_louisville_datastore_search.json',
  ])('datastore_search %s', (path) => {
    const parsed = ckanEnvelope(DatastoreSearchResult).parse(fixture(path));
    expect(parsed.success).toBe(true);
  });

  it('keeps scheming fields and string-or-number sizes (HDX shape)', async () => {
    serve('package_search', fixtureText('ckan/own_package_search_hdx_style.json'));
    const page = await createCkanClient({ baseUrl: BASE }).packageSearch({ q: 'ipm' });
    const pkg = page.results[0]!;
    expect(pkg['dataset_date']).toBe('[2023-01-01T00:00:00 TO 2023-12-31T23:59:59]');
    expect(pkg.resources?.map((r) => r.size)).toEqual(['20481', 48213]);
    expect(page.search_facets?.['res_format']?.items.map((i) => i.name)).toEqual(['CSV', 'XLSX']);
  });
});

describe('createCkanClient against captured answers', () => {
  it('reads package_search, with the count the site reported', async () => {
    serve('package_search', fixtureText('ckan/package_search_rows2.json'));
    const page = await createCkanClient({ baseUrl: BASE }).packageSearch({ q: '*:*', rows: 2 });
    expect(page.count).toBe(13786);
    expect(page.results).toHaveLength(2);
  });

  it('reads an empty search and package_list', async () => {
    serve('package_search', fixtureText('ckan/package_search_empty.json'));
    serve('package_list', fixtureText('ckan/demo2017_package_list.json'));
    const ckan = createCkanClient({ baseUrl: BASE });
    expect((await ckan.packageSearch({ fq: 'organization:tidak-ada' })).count).toBe(0);
    expect(await ckan.packageList().toArray({ limit: 10 })).toEqual([
      '100-validated-species-of-plants',
      '1617in10-regulation-of-sale-of-overseas-properties-20170426-c',
      '2016-regione-asia-est-oceania-classi-di-eta',
    ]);
  });

  it('reads the _links shape and the page past the end without total', async () => {
    serve('datastore_search', fixtureText('ckan/datastore_search_rows_empty.json'));
    const ckan = createCkanClient({ baseUrl: BASE });
    const empty = await ckan.datastoreSearch({
      resourceId: '79843e49-7974-411c-8eb5-fb2d1111d707',
      offset: 100,
    });
    expect(empty.total).toBeUndefined();
    expect(empty._links?.next).toContain('offset=200');
    serve('datastore_search', fixtureText('ckan/datastore_search_rows.json'));
    const rows = await ckan
      .datastoreRecords({ resourceId: '79843e49-7974-411c-8eb5-fb2d1111d707' })
      .toArray({ limit: 10 });
    expect(rows.map((r) => (r as Record<string, unknown>)['name'])).toEqual(['Taxes', '中国人', '']);
  });

  it('normalises the base URL to the action API', () => {
    expect(createCkanClient({ baseUrl: 'https://x.test' }).apiUrl).toBe('https://x.test/api/3/action/');
    expect(createCkanClient({ baseUrl: 'https://x.test/data/' }).apiUrl).toBe(
      'https://x.test/data/api/3/action/',
    );
    expect(createCkanClient({ baseUrl: 'https://x.test/api/3' }).apiUrl).toBe('https://x.test/api/3/action/');
    expect(createCkanClient({ baseUrl: 'https://x.test/api/3/action/' }).apiUrl).toBe(
      'https://x.test/api/3/action/',
    );
    expect(() => createCkanClient({ baseUrl: 'ftp://x.test' })).toThrow(ValidationError);
  });
});

describe('every CKAN error shape is a typed error', () => {
  it('404 Not Found Error (demo.ckan.org) → CkanNotFoundError, a NotFoundError', async () => {
    serve('package_show', fixtureText('ckan/ckan_error.json'), 404);
    const error = await failure(createCkanClient({ baseUrl: BASE }).packageShow('tidak-ada'));
    expect(error).toBeInstanceOf(CkanNotFoundError);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as CkanNotFoundError).ckanType).toBe('Not Found Error');
    expect((error as CkanNotFoundError).messages?.id).toMatch(
      /^Tidak ditemukan: CKAN package_show \(HTTP 404\)/,
    );
  });

  it('404 with a localised message (dados.gov.br)', async () => {
    serve('group_package_show', fixtureText('ckan/group_package_show_404_not_found.json'), 404);
    const ckan = createCkanClient({ baseUrl: BASE });
    const error = await failure(
      ckan.action('group_package_show', { schema: CkanPackageSummary, query: { id: 'x' } }),
    );
    expect(error).toBeInstanceOf(CkanNotFoundError);
    expect((error as CkanNotFoundError).ckanMessage).toBe('Não encontrado');
  });

  it('403 Authorization Error (local CKAN) → CkanAuthorizationError, an AuthError', async () => {
    serve('package_patch', fixtureText('ckan/package_update_403_authorization_error.json'), 403);
    const error = await failure(
      createCkanClient({ baseUrl: BASE, token: 'tok-123456' }).packagePatch({ id: 'x' }),
    );
    expect(error).toBeInstanceOf(CkanAuthorizationError);
    expect(error).toBeInstanceOf(AuthError);
    expect((error as CkanAuthorizationError).ckanMessage).toContain('not authorized to edit package');
  });

  it('409 Validation Error → field → messages, nested resources included, bilingual issues', async () => {
    serve('package_create', fixtureText('ckan/own_validation_error_409.json'), 409);
    const ckan = createCkanClient({ baseUrl: BASE, token: 'tok-123456' });
    const error = (await failure(ckan.packageCreate({ name: 'data-penduduk' }))) as CkanValidationError;
    expect(error).toBeInstanceOf(CkanValidationError);
    expect(error.status).toBe(409);
    expect(error.fieldErrors).toEqual({
      owner_org: ['An organization must be provided'],
      name: ['That URL is already in use.'],
      'resources[1].url': ['Missing value'],
    });
    expect(error.issues.map((i) => i.field)).toEqual(['owner_org', 'name', 'resources[1].url']);
    expect(error.issues[1]?.message.id).toBe('Kolom `name` ditolak CKAN: That URL is already in use.');
    expect(error.messages?.en).toContain('`owner_org`, `name`, `resources[1].url`');
  });

  it('400 Search Query Error → CkanSearchError', async () => {
    serve('package_search', fixtureText('ckan/own_search_query_error_400.json'), 400);
    const error = await failure(
      createCkanClient({ baseUrl: BASE }).packageSearch({ fq: 'organization:(dinkes' }),
    );
    expect(error).toBeInstanceOf(CkanSearchError);
    expect((error as CkanSearchError).status).toBe(400);
  });

  it('a bare JSON string body (unknown action) → CkanBadRequestError with actionUnknown', async () => {
    serve('datastore_search', fixtureText('ckan/own_bare_string_400.json'), 400);
    const error = await failure(createCkanClient({ baseUrl: BASE }).datastoreSearch({ resourceId: 'r' }));
    expect(error).toBeInstanceOf(CkanBadRequestError);
    expect((error as CkanBadRequestError).actionUnknown).toBe(true);
    expect((error as CkanBadRequestError).code).toBe('ckan_action_unknown');
  });

  it('a bare string that is not about the action → actionUnknown false', async () => {
    serve('package_search', '"Bad request - JSON Error: Error decoding JSON data."', 400);
    const error = (await failure(createCkanClient({ baseUrl: BASE }).packageSearch())) as CkanBadRequestError;
    expect(error.actionUnknown).toBe(false);
    expect(error.code).toBe('ckan_bad_request');
  });

  it.each([200, 404, 502])(
    'an HTML page where JSON was expected (HTTP %i) → CkanHtmlResponseError',
    async (status) => {
      serve('package_search', fixtureText('ckan/own_html_page.html'), status, 'text/html; charset=utf-8');
      const error = await failure(
        createCkanClient({ baseUrl: BASE, http: { maxRetries: 0 } }).packageSearch(),
      );
      expect(error).toBeInstanceOf(CkanHtmlResponseError);
      expect(error).toBeInstanceOf(ResponseShapeError);
      expect((error as CkanHtmlResponseError).status).toBe(status);
    },
  );

  it('an error envelope sent with HTTP 200 (old sites) is mapped by its __type', async () => {
    serve('package_show', fixtureText('ckan/ckan_error.json'), 200);
    expect(await failure(createCkanClient({ baseUrl: BASE }).packageShow('x'))).toBeInstanceOf(
      CkanNotFoundError,
    );
  });

  it('an unknown __type → CkanActionError keeping it', async () => {
    serve(
      'package_create',
      JSON.stringify({ success: false, error: { __type: 'Integrity Error', message: 'dup' } }),
      400,
    );
    const error = (await failure(
      createCkanClient({ baseUrl: BASE, token: 'tok-123456' }).packageCreate({ name: 'ab', owner_org: 'o' }),
    )) as CkanActionError;
    expect(error).toBeInstanceOf(CkanActionError);
    expect(error.ckanType).toBe('Integrity Error');
  });

  it('broken JSON or a body outside the envelope → ResponseShapeError naming the field', async () => {
    serve('status_show', '{"success": true, "result": ');
    expect(await failure(createCkanClient({ baseUrl: BASE }).statusShow())).toBeInstanceOf(
      ResponseShapeError,
    );
    serve('package_show', JSON.stringify({ success: true, result: { id: 1, name: 'x' } }));
    const error = (await failure(createCkanClient({ baseUrl: BASE }).packageShow('x'))) as ResponseShapeError;
    expect(error.issues[0]?.field).toBe('result.id');
  });
});

describe('token and privacy', () => {
  it('sends the token raw in Authorization, and never shows it in an error', async () => {
    const token = 'ckan-api-token-8f2a9c1e4b7d';
    let seen: string | null = null;
    server.use(
      http.post(`${API}/package_patch`, ({ request }) => {
        seen = request.headers.get('authorization');
        return HttpResponse.json(
          {
            success: false,
            error: { __type: 'Authorization Error', message: `Access denied: token ${token}` },
          },
          { status: 403 },
        );
      }),
    );
    const error = await failure(createCkanClient({ baseUrl: BASE, token }).packagePatch({ id: 'x' }));
    expect(seen).toBe(token);
    expect(JSON.stringify((error as CkanAuthorizationError).toJSON())).not.toContain(token);
    expect(String(error)).not.toContain(token);
  });

  it('refuses writes without a token before any request', async () => {
    const ckan = createCkanClient({ baseUrl: BASE });
    expect(() => ckan.packageCreate({ name: 'abc', owner_org: 'o' })).toThrow(ValidationError);
    expect(() => ckan.resourceCreate({ package_id: 'abc' })).toThrow(/token/);
  });

  it('validates parameters locally with bilingual messages', () => {
    const ckan = createCkanClient({ baseUrl: BASE, token: 't' });
    expect(() => ckan.packageSearch({ rows: 1001 })).toThrow(ValidationError);
    expect(() => ckan.searchPackages({ rows: 0 })).toThrow(ValidationError);
    expect(() => ckan.packageCreate({ name: 'Data Penduduk' })).toThrow(/lowercase/);
  });
});

describe('naive UTC timestamps', () => {
  it('accepts CKAN naive timestamps and turns them into instants', () => {
    // Lossless: CKAN's microseconds and a sent offset are kept; a bare date stays a date.
    expect(ckanTimestampToInstant('2021-11-30T09:50:08.812727')).toBe('2021-11-30T09:50:08.812727Z');
    expect(ckanTimestampToInstant('2021-11-30 09:50:08')).toBe('2021-11-30T09:50:08Z');
    expect(ckanTimestampToInstant('2021-11-30T17:50:08+08:00')).toBe('2021-11-30T17:50:08+08:00');
    expect(ckanTimestampToInstant('2024-01-02')).toBe('2024-01-02');
    expect(() => ckanTimestampToInstant('30/11/2021')).toThrow(RangeError);
  });
});

describe('createCkanClient against the emulated portal', () => {
  it('walks every page of package_search, each dataset once, and fq narrows like the facets say', async () => {
    const catalogue = seedCatalogue({ datasets: 250, seed: 5, siteUrl: BASE });
    server.use(...ckanPortalHandlers({ baseUrl: BASE, catalogue }));
    const ckan = createCkanClient({ baseUrl: BASE });
    const all = [];
    for await (const pkg of ckan.searchPackages({ rows: 60, sort: 'name asc' })) all.push(pkg.name);
    expect(all).toHaveLength(250);
    expect(new Set(all).size).toBe(250);
    expect(all).toEqual([...all].sort());

    const faceted = await ckan.packageSearch({ rows: 0, facetFields: ['organization'] });
    const dinkes = faceted.search_facets?.['organization']?.items.find((i) => i.name === 'dinkes-ksb')?.count;
    const expected = catalogue.packages.filter((p) => p.organization.name === 'dinkes-ksb').length;
    expect(dinkes).toBe(expected);
    const filtered = await ckan
      .searchPackages({ fq: ['organization:dinkes-ksb', '-tags:2015'], rows: 1000 })
      .toArray({ limit: 1000 });
    expect(filtered).toHaveLength(
      catalogue.packages.filter(
        (p) => p.organization.name === 'dinkes-ksb' && !p.tags.some((t) => t.name === '2015'),
      ).length,
    );
    await expect(ckan.packageSearch({ fq: 'organization:(dinkes' })).rejects.toBeInstanceOf(CkanSearchError);
  });

  it('lists organizations, groups, tags and licences; shows one of each', async () => {
    const catalogue = seedCatalogue({ datasets: 30, seed: 2, siteUrl: BASE });
    server.use(...ckanPortalHandlers({ baseUrl: BASE, catalogue }));
    const ckan = createCkanClient({ baseUrl: BASE });
    const names = await ckan.organizationList({ pageSize: 3, sort: 'name asc' }).toArray({ limit: 100 });
    expect(names).toEqual(catalogue.organizations.map((o) => o.name).sort());
    const orgs = await ckan.organizationList({ allFields: true }).toArray({ limit: 100 });
    expect(orgs.reduce((sum, o) => sum + (o.package_count ?? 0), 0)).toBe(30);
    expect((await ckan.organizationShow('bappeda-ksb')).title).toBe(
      'Badan Perencanaan Pembangunan Daerah KSB',
    );
    expect(await ckan.groupList().toArray({ limit: 100 })).toContain('kesehatan');
    expect(await ckan.tagList({ query: 'tali' })).toEqual(['taliwang']);
    expect((await ckan.licenseList()).map((l) => l.id)).toContain('cc-by');
    const resource = catalogue.packages[0]!.resources[0]!;
    expect((await ckan.resourceShow(resource.id)).url).toBe(resource.url);
    await expect(ckan.resourceShow('tidak-ada')).rejects.toBeInstanceOf(CkanNotFoundError);
    const status = await ckan.statusShow();
    expect(status.ckan_version).toBe('2.11.0');
    expect(status.extensions).toContain('datastore');
  });

  it.each(['2.11', '2.12'] as const)(
    'reads every DataStore row on CKAN %s (offset or next_page)',
    async (version) => {
      const catalogue = seedCatalogue({
        datasets: 10,
        seed: 9,
        siteUrl: BASE,
        datastoreTables: 1,
        datastoreRows: 250,
      });
      server.use(...ckanPortalHandlers({ baseUrl: BASE, catalogue, version }));
      const requests: string[] = [];
      const ckan = createCkanClient({
        baseUrl: BASE,
        http: { hooks: { beforeRequest: (i) => requests.push(i.url) } },
      });
      const [resourceId] = [...catalogue.datastore.keys()];
      const rows = await ckan
        .datastoreRecords({ resourceId: resourceId!, limit: 100 })
        .toArray({ limit: 1000 });
      expect(rows.map((r) => (r as Record<string, unknown>)['_id'])).toEqual(
        Array.from({ length: 250 }, (_, i) => i + 1),
      );
      expect(requests).toHaveLength(3);
      if (version === '2.12') expect(decodeURIComponent(requests[2]!)).toContain('"_id":{"gt":200}');
      else expect(requests[2]).toContain('offset=200');

      const taliwang = await ckan
        .datastoreRecords({
          resourceId: resourceId!,
          filters: { kecamatan: 'Taliwang' },
          fields: ['_id', 'kecamatan'],
          limit: 7,
        })
        .toArray({ limit: 1000 });
      expect(taliwang).toHaveLength(
        catalogue.datastore.get(resourceId!)!.records.filter((r) => r['kecamatan'] === 'Taliwang').length,
      );
      expect(Object.keys(taliwang[0] as object)).toEqual(['_id', 'kecamatan']);
      const lists = await ckan.datastoreSearch({
        resourceId: resourceId!,
        recordsFormat: 'lists',
        limit: 2,
        sort: 'jumlah desc',
      });
      expect(Array.isArray(lists.records) && Array.isArray(lists.records[0])).toBe(true);
      await expect(
        ckan.datastoreSearch({ resourceId: resourceId!, filters: { tidak_ada: 1 } }),
      ).rejects.toBeInstanceOf(CkanValidationError);
    },
  );

  it('a site without the DataStore answers datastore_search with a bare string', async () => {
    server.use(...ckanPortalHandlers({ baseUrl: BASE, datastore: false }));
    const error = await failure(createCkanClient({ baseUrl: BASE }).datastoreSearch({ resourceId: 'x' }));
    expect((error as CkanBadRequestError).actionUnknown).toBe(true);
  });

  it('creates, patches and uploads, and the emulator answers CKAN validation errors', async () => {
    const catalogue = seedCatalogue({ datasets: 5, seed: 4, siteUrl: BASE });
    server.use(...ckanPortalHandlers({ baseUrl: BASE, catalogue, token: 'tok-ksb-123456' }));
    const ckan = createCkanClient({ baseUrl: BASE, token: 'tok-ksb-123456' });
    const created = await ckan.packageCreate({
      name: 'jumlah-penduduk-ksb-2024',
      title: 'Jumlah Penduduk KSB 2024',
      owner_org: 'disdukcapil-ksb',
      tags: [{ name: 'kependudukan' }],
    });
    expect(created.metadata_created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/);
    const duplicate = (await failure(
      ckan.packageCreate({ name: 'jumlah-penduduk-ksb-2024', owner_org: 'disdukcapil-ksb' }),
    )) as CkanValidationError;
    expect(duplicate.fieldErrors['name']).toEqual(['That URL is already in use.']);
    const noOrg = (await failure(ckan.packageCreate({ name: 'tanpa-org' }))) as CkanValidationError;
    expect(noOrg.fieldErrors['owner_org']).toEqual(['An organization must be provided']);

    const patched = await ckan.packagePatch({ id: created.id, notes: 'Sumber: Disdukcapil.' });
    expect(patched.notes).toBe('Sumber: Disdukcapil.');

    const csv = 'kecamatan,jumlah\nTaliwang,60123\n';
    const resource = await ckan.resourceCreate({
      package_id: created.name,
      name: 'Penduduk 2024',
      format: 'CSV',
      upload: new Blob([csv], { type: 'text/csv' }),
      fileName: 'penduduk-2024.csv',
    });
    expect(resource.url_type).toBe('upload');
    expect(resource.size).toBe(csv.length);
    expect(resource.url).toMatch(/\/download\/penduduk-2024\.csv$/);
    const linked = await ckan.resourceCreate({
      package_id: created.id,
      url: 'https://x.test/a.pdf',
      format: 'PDF',
    });
    expect(linked.url_type).toBe('');
    expect((await ckan.packageShow(created.id)).resources).toHaveLength(2);

    const anonymous = createCkanClient({ baseUrl: BASE, token: 'wrong-token-000000' });
    await expect(anonymous.packagePatch({ id: created.id, notes: 'x' })).rejects.toBeInstanceOf(
      CkanAuthorizationError,
    );
  });
});

describe('DataStore writes (datastore_create, datastore_upsert)', () => {
  const TOKEN = 'tok-ksb-datastore-7f3e';

  /** Records each write's body and Authorization, and answers with a recorded-shape fixture or a status. */
  function recordWrites(action: string, answer: () => Response) {
    const seen: Array<{ auth: string | null; body: Record<string, unknown> }> = [];
    server.use(
      http.post(`${API}/${action}`, async ({ request }) => {
        seen.push({
          auth: request.headers.get('authorization'),
          body: (await request.json()) as Record<string, unknown>,
        });
        return answer();
      }),
    );
    return seen;
  }
  const ok = (path: string) => () =>
    new HttpResponse(fixtureText(path), { headers: { 'content-type': 'application/json' } });

  it('creates a table from toDatastoreFields as is, POSTing CKAN names with the raw token', async () => {
    const seen = recordWrites('datastore_create', ok('ckan/own_datastore_create.json'));
    const { value } = toDatastoreFields({
      fields: [
        { name: 'kecamatan', type: 'string', title: 'Kecamatan' },
        { name: 'jumlah', type: 'integer', title: 'Jumlah penduduk', description: 'Jiwa' },
      ],
      primaryKey: 'kecamatan',
    });
    const ckan = createCkanClient({ baseUrl: BASE, token: TOKEN });
    const written = await ckan.datastoreCreate({
      resourceId: 'b0c1d2e3-penduduk-2024',
      ...value,
      records: [{ kecamatan: 'Taliwang', jumlah: 62000 }],
      calculateRecordCount: true,
    });
    expect(seen).toEqual([
      {
        auth: TOKEN,
        body: {
          resource_id: 'b0c1d2e3-penduduk-2024',
          fields: [
            { id: 'kecamatan', type: 'text', info: { label: 'Kecamatan' } },
            { id: 'jumlah', type: 'int', info: { label: 'Jumlah penduduk', notes: 'Jiwa' } },
          ],
          primary_key: ['kecamatan'],
          records: [{ kecamatan: 'Taliwang', jumlah: 62000 }],
          calculate_record_count: true,
        },
      },
    ]);
    expect(written.resource_id).toBe('b0c1d2e3-penduduk-2024');
    // What the site echoes reads back into the same Table Schema.
    expect(fromDatastoreFields(written.fields ?? [], ['kecamatan']).value.fields.map((f) => f.name)).toEqual([
      'kecamatan',
      'jumlah',
    ]);
  });

  it('the fields of a datastore_search go back into datastore_create and fromDatastoreFields', async () => {
    serve('datastore_search', fixtureText('ckan/demo-frictionless-datastore_search_rows.json'));
    const seen = recordWrites('datastore_create', ok('ckan/own_datastore_create.json'));
    const ckan = createCkanClient({ baseUrl: BASE, token: TOKEN });
    const { fields } = await ckan.datastoreSearch({ resourceId: 'x', limit: 0 });
    expect(fromDatastoreFields(fields).lost).toEqual([]);
    await ckan.datastoreCreate({ resourceId: 'copy', fields });
    expect(seen[0]?.body['fields']).toHaveLength(fields.length);
  });

  it('creates the resource with the table, and drops a null info CKAN would refuse', async () => {
    const seen = recordWrites('datastore_create', ok('ckan/own_datastore_create.json'));
    await createCkanClient({ baseUrl: BASE, token: TOKEN }).datastoreCreate({
      resource: { package_id: 'jumlah-penduduk-ksb-2024', name: 'Penduduk 2024' },
      fields: [{ id: 'kecamatan', type: 'text', info: null }],
      primaryKey: 'kecamatan',
      aliases: 'penduduk_ksb',
      force: true,
    });
    expect(seen[0]?.body).toEqual({
      resource: { package_id: 'jumlah-penduduk-ksb-2024', name: 'Penduduk 2024' },
      fields: [{ id: 'kecamatan', type: 'text' }],
      primary_key: ['kecamatan'],
      aliases: ['penduduk_ksb'],
      force: true,
    });
  });

  it('upserts, inserts and updates rows, with CKAN default method when none is given', async () => {
    const seen = recordWrites('datastore_upsert', ok('ckan/own_datastore_upsert.json'));
    const ckan = createCkanClient({ baseUrl: BASE, token: TOKEN });
    const records = [{ kecamatan: 'Taliwang', jumlah: 62150 }];
    const written = await ckan.datastoreUpsert({ resourceId: 'b0c1d2e3-penduduk-2024', records });
    await ckan.datastoreUpsert({ resourceId: 'r', records, method: 'update', dryRun: true, force: false });
    expect(seen.map((s) => s.body)).toEqual([
      { resource_id: 'b0c1d2e3-penduduk-2024', records },
      { resource_id: 'r', records, method: 'update', force: false, dry_run: true },
    ]);
    expect(written.records).toEqual(records);
    expect(written.method).toBe('upsert');
  });

  it('never retries a write: a 503 is one request and a typed error', async () => {
    const creates = recordWrites('datastore_create', () => new HttpResponse('busy', { status: 503 }));
    const upserts = recordWrites('datastore_upsert', () => new HttpResponse('busy', { status: 503 }));
    const ckan = createCkanClient({ baseUrl: BASE, token: TOKEN, http: { backoff: { initialMs: 1 } } });
    await expect(ckan.datastoreCreate({ resourceId: 'r', records: [{ a: 1 }] })).rejects.toBeInstanceOf(
      OpenGovError,
    );
    await expect(ckan.datastoreUpsert({ resourceId: 'r', records: [{ a: 1 }] })).rejects.toBeInstanceOf(
      OpenGovError,
    );
    expect([creates.length, upserts.length]).toEqual([1, 1]);
  });

  it("maps CKAN's answers to typed errors without the token", async () => {
    recordWrites('datastore_upsert', () =>
      HttpResponse.json(
        {
          success: false,
          error: { __type: 'Not Found Error', message: 'Resource "r" was not found.' },
        },
        { status: 404 },
      ),
    );
    recordWrites('datastore_create', () =>
      HttpResponse.json(
        {
          success: false,
          error: { __type: 'Validation Error', fields: ['"jumlah" is not a valid type'] },
        },
        { status: 409 },
      ),
    );
    const ckan = createCkanClient({ baseUrl: BASE, token: TOKEN });
    const missing = await failure(ckan.datastoreUpsert({ resourceId: 'r', records: [] }));
    expect(missing).toBeInstanceOf(CkanNotFoundError);
    const invalid = (await failure(
      ckan.datastoreCreate({ resourceId: 'r', fields: [{ id: 'jumlah', type: 'angka' }] }),
    )) as CkanValidationError;
    expect(invalid).toBeInstanceOf(CkanValidationError);
    expect(invalid.fieldErrors['fields']).toEqual(['"jumlah" is not a valid type']);
    expect(JSON.stringify(invalid.toJSON())).not.toContain(TOKEN);
  });

  it('checks its input before any request, with bilingual messages naming the field', () => {
    const anonymous = createCkanClient({ baseUrl: BASE });
    expect(() => anonymous.datastoreCreate({ resourceId: 'r' })).toThrow(/token/);
    expect(() => anonymous.datastoreUpsert({ resourceId: 'r', records: [] })).toThrow(/token/);
    const ckan = createCkanClient({ baseUrl: BASE, token: TOKEN });
    const field = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        const { issues } = error as ValidationError;
        expect(issues[0]?.message.id).toBeTruthy();
        return issues[0]?.field;
      }
      throw new Error('expected a ValidationError');
    };
    expect(field(() => ckan.datastoreCreate({}))).toBe('resourceId');
    expect(field(() => ckan.datastoreCreate({ resourceId: 'r', resource: { package_id: 'p' } }))).toBe(
      'resourceId',
    );
    expect(field(() => ckan.datastoreCreate({ resourceId: '' }))).toBe('resourceId');
    expect(field(() => ckan.datastoreCreate({ resource: { package_id: '' } }))).toBe('resource.package_id');
    const withUrl = { package_id: 'p', url: 'https://x.test/a.csv' } as unknown as { package_id: string };
    expect(field(() => ckan.datastoreCreate({ resource: withUrl }))).toBe('resource.url');
    const notRows = [[1, 2]] as unknown as Array<Record<string, unknown>>;
    expect(field(() => ckan.datastoreCreate({ resourceId: 'r', records: notRows }))).toBe('records');
    expect(field(() => ckan.datastoreUpsert({ resourceId: 'r', records: notRows }))).toBe('records');
    const method = 'replace' as 'upsert';
    expect(field(() => ckan.datastoreUpsert({ resourceId: 'r', records: [], method }))).toBe('method');
  });
});

describe('an unset token', () => {
  it('token: undefined (an unset environment variable) sends no Authorization on reads', async () => {
    const auth: Array<string | null> = [];
    server.use(
      http.get(`${API}/status_show`, ({ request }) => {
        auth.push(request.headers.get('authorization'));
        return HttpResponse.json({ success: true, result: { site_title: 'KSB' } });
      }),
    );
    const env: Record<string, string | undefined> = {};
    const ckan = createCkanClient({ baseUrl: BASE, token: env['CKAN_TOKEN'] });
    await ckan.statusShow();
    expect(auth).toEqual([null]);
    // ... and writes fail locally, as without a token at all.
    expect(() => ckan.packageCreate({ name: 'abc', owner_org: 'o' })).toThrow(/token/);
  });
});
