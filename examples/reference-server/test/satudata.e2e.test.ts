import {
  CkanNotFoundError,
  createCkanClient,
  createDkanClient,
  type Dataset,
  fromCkanPackage,
  fromDcatUs,
  harvest,
  scoreCatalog,
} from '@opengov-id/satudata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './engines.js';
import { startTestServer, type TestServer } from './helpers.js';

// The sample catalogue (modules/catalogue/sample.ts): 16 datasets of 6 OPDs, one unreleased.
const PUBLIC_DATASETS = 15;

describe.each(engines)('satudata over HTTP: $name', (engine) => {
  let server: TestServer;
  const ckan = () =>
    createCkanClient({ baseUrl: `${server.url}/ckan`, http: { fetch: server.recordingFetch } });
  beforeAll(async () => {
    server = await startTestServer(engine);
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers package_search, package_show, organization_list and datastore_search to the CKAN client', async () => {
    const client = ckan();
    const sizes: number[] = [];
    const names: string[] = [];
    for await (const page of client.searchPackages({ rows: 6, sort: 'name asc' }).pages()) {
      expect(page.count).toBe(PUBLIC_DATASETS);
      sizes.push(page.results.length);
      names.push(...page.results.map((p) => p.name));
    }
    expect(sizes).toEqual([6, 6, 3]);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(PUBLIC_DATASETS);

    const shown = await client.packageShow('jumlah-penduduk-per-kecamatan');
    expect(shown.title).toMatch(/CONTOH/);
    await expect(client.packageShow('tidak-ada')).rejects.toBeInstanceOf(CkanNotFoundError);

    const organizations = await client.organizationList({ allFields: true }).toArray({ limit: 100 });
    expect(organizations).toHaveLength(6);
    expect(organizations.reduce((sum, o) => sum + (o.package_count ?? 0), 0)).toBe(PUBLIC_DATASETS);

    const resourceId = shown.resources?.find((r) => r.datastore_active)?.id;
    if (!resourceId) throw new Error('the sample population dataset has no DataStore resource');
    const rows = await client.datastoreRecords({ resourceId, limit: 10 }).toArray({ limit: 1000 });
    expect(rows).toHaveLength(48);
    const page = await client.datastoreSearch({ resourceId, limit: 5, offset: 45 });
    expect([page.total, page.records.length]).toEqual([48, 3]);
  });

  it('serves data.json to the DKAN client, and scores everything a harvest of both APIs brings', async () => {
    const catalogue = await createDkanClient({
      baseUrl: `${server.url}/catalog`,
      http: { fetch: server.recordingFetch },
    }).dataJson();
    expect(catalogue.invalid).toEqual([]);
    expect(catalogue.datasets).toHaveLength(PUBLIC_DATASETS);

    const run = harvest(
      [
        { id: 'ckan', url: `${server.url}/ckan`, kind: 'ckan' },
        { id: 'datajson', url: `${server.url}/catalog`, kind: 'datajson' },
      ],
      { http: { fetch: server.recordingFetch } },
    );
    const datasets: Dataset[] = [];
    for await (const record of run)
      datasets.push(
        record.source === 'ckan' ? fromCkanPackage(record.raw).value : fromDcatUs(record.raw).value,
      );
    expect(run.report.failures).toEqual([]);
    // The same 15 datasets from both APIs: the second copy of each is dropped as a duplicate.
    expect([datasets.length, run.report.duplicates]).toEqual([PUBLIC_DATASETS, PUBLIC_DATASETS]);

    const report = await scoreCatalog(datasets);
    expect(report.datasetCount).toBe(PUBLIC_DATASETS);
    expect(report.byOrganization).toHaveLength(6);
    const totals = report.byOrganization.map((o) => o.score.total);
    // Worst first, so a walidata knows where to start.
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(report.overall.total).toBeGreaterThan(0);
  });
});
