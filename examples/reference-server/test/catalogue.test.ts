import { readFileSync } from 'node:fs';
import type { ContractViolationError } from '@opengov-id/core';
import { createMswHandlers } from '@opengov-id/core/testing';
import {
  CKAN_RESULT_SCHEMAS,
  CkanAuthorizationError,
  CkanNotFoundError,
  CkanSearchError,
  CkanValidationError,
  ckanContract,
  createCkanClient,
  createDkanClient,
  type Dataset,
  dataJsonContract,
  fromCkanPackage,
  fromDcatUs,
  harvest,
  probePortal,
  scoreCatalog,
  scoreMetadataQuality,
} from '@opengov-id/satudata';
import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import { createModuleContext } from '../src/context.js';
import type { Principal, Role } from '../src/module.js';
import { ckanModule, dataJsonModule, SAMPLE_TAG } from '../src/modules/catalogue/index.js';
import type { Store } from '../src/store/types.js';
import { engines } from './engines.js';

const BASE = 'https://reference.test';
const CKAN = `${BASE}/ckan`;
const CATALOG = `${BASE}/catalog`;
const NOW = new Date('2025-06-30T02:00:00Z');

// Real recorded CKAN answers (satudata's fixtures): the outside oracle for the shapes.
const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../packages/satudata/test/fixtures/ckan/${name}`, import.meta.url), 'utf8'),
  );

// Tests say who calls with a header; the server's token middleware does this for real.
const testPrincipal = (request: Request): Principal => {
  const role = request.headers.get('x-test-role') as Role | null;
  return role ? { role, tokenId: `test-${role}` } : { role: 'public' };
};
const asRole = (role: Role) => ({ http: { headers: { 'x-test-role': role } } });

describe.each(engines)('catalogue modules: $name', (engine) => {
  let store: Store;
  const violations: ContractViolationError[] = [];

  beforeAll(async () => {
    store = await engine.create();
    await store.transaction((tx) => ckanModule.seed!(tx, NOW));
  });
  afterAll(async () => {
    await store.close();
  });
  const serve = () => {
    const context = createModuleContext({ store, now: () => NOW, principal: testPrincipal });
    const onViolation = (error: ContractViolationError) => violations.push(error);
    server.use(
      ...createMswHandlers(ckanContract, ckanModule.implement(context), { baseUrl: CKAN, onViolation }),
      ...createMswHandlers(dataJsonContract, dataJsonModule.implement(context), {
        baseUrl: CATALOG,
        onViolation,
      }),
      // Anything else is a 404, as the server answers a path no module mounts.
      http.all(`${BASE}/*`, () => HttpResponse.json({ code: 'not_found' }, { status: 404 })),
    );
  };
  afterEach(() => {
    // Every answer the modules gave passed the contracts' own response schemas.
    expect(violations.map((v) => v.message)).toEqual([]);
  });

  describe('the sample catalogue', () => {
    it('seeds 16 datasets (15 public) across 6 OPDs, every record marked as sample', async () => {
      serve();
      const ckan = createCkanClient({ baseUrl: CKAN });
      const all = await ckan.searchPackages({ rows: 100, includePrivate: true }).toArray({ limit: 100 });
      expect(all).toHaveLength(15);
      const curated = await createCkanClient({ baseUrl: CKAN, ...asRole('walidata') })
        .searchPackages({ rows: 100, includePrivate: true })
        .toArray({ limit: 100 });
      expect(curated).toHaveLength(16);
      for (const pkg of curated) {
        expect(pkg.title).toMatch(/\(CONTOH\)$/);
        expect(pkg.tags?.map((t) => t.name)).toContain(SAMPLE_TAG);
        expect(pkg.extras).toContainEqual({ key: 'sample', value: 'true' });
      }
      const orgs = await ckan.organizationList({ allFields: true }).toArray({ limit: 100 });
      expect(orgs).toHaveLength(6);
      for (const org of orgs) expect(org.description).toContain('CONTOH');
    });
  });

  describe('package_search', () => {
    it('pages with start and rows: every public dataset once, in the order asked', async () => {
      serve();
      const ckan = createCkanClient({ baseUrl: CKAN });
      const pages: number[] = [];
      for await (const page of ckan.searchPackages({ rows: 4, sort: 'name asc' }).pages()) {
        pages.push(page.results.length);
        expect(page.count).toBe(15);
      }
      expect(pages).toEqual([4, 4, 4, 3]);
      const names = (await ckan.searchPackages({ rows: 4, sort: 'name asc' }).toArray({ limit: 100 })).map(
        (p) => p.name,
      );
      expect(names).toEqual([...names].sort());
      expect(new Set(names).size).toBe(15);
      const page2 = await ckan.packageSearch({ rows: 5, start: 5, sort: 'name asc' });
      expect(page2.results.map((p) => p.name)).toEqual(names.slice(5, 10));
      // CKAN's default: newest first.
      const newest = await ckan.packageSearch({ rows: 1 });
      expect(newest.results[0]?.name).toBe('prevalensi-stunting-per-kecamatan');
      expect(newest.sort).toBe('score desc, metadata_modified desc');
    });

    it('filters with fq on organization, tags, res_format and groups, and facets agree', async () => {
      serve();
      const ckan = createCkanClient({ baseUrl: CKAN });
      const count = async (fq: string) => (await ckan.packageSearch({ fq, rows: 0 })).count;
      expect(await count('organization:dinkes-ksb')).toBe(4);
      expect(await count('tags:stunting')).toBe(1);
      expect(await count('groups:pertanian')).toBe(3);
      expect(await count('res_format:PDF')).toBe(1);
      expect(await count('organization:dinkes-ksb res_format:CSV')).toBe(3);
      expect(await count('-organization:dinkes-ksb')).toBe(11);
      const faceted = await ckan.packageSearch({ rows: 0, facetFields: ['organization', 'res_format'] });
      const byOrg = faceted.search_facets?.['organization']?.items ?? [];
      expect(byOrg.reduce((sum, item) => sum + item.count, 0)).toBe(15);
      for (const item of byOrg) expect(await count(`organization:${item.name}`)).toBe(item.count);
      expect(faceted.facets?.['res_format']?.['CSV']).toBe(await count('res_format:CSV'));
      const words = await ckan.packageSearch({ q: 'padi' });
      expect(words.results.map((p) => p.name)).toEqual(['produksi-padi-per-kecamatan']);
    });

    it("answers a bad query in CKAN's 400 Search Query Error envelope", async () => {
      serve();
      const ckan = createCkanClient({ baseUrl: CKAN });
      await expect(ckan.packageSearch({ fq: 'nofield:x' })).rejects.toBeInstanceOf(CkanSearchError);
      await expect(ckan.packageSearch({ sort: 'popularity desc' })).rejects.toBeInstanceOf(CkanSearchError);
      const response = await fetch(`${CKAN}/api/3/action/package_search?fq=${encodeURIComponent('(a:b')}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        help: `${CKAN}/api/3/action/help_show?name=package_search`,
        success: false,
        error: { __type: 'Search Query Error' },
      });
    });
  });

  describe('package_show', () => {
    it('shows a dataset by name or id, in the shape of real CKAN answers', async () => {
      serve();
      const ckan = createCkanClient({ baseUrl: CKAN });
      const byName = await ckan.packageShow('jumlah-penduduk-per-kecamatan');
      expect(await ckan.packageShow(byName.id)).toEqual(byName);
      // Every key of a real package_search answer (minus revision_id, gone since CKAN 2.9).
      const real = fixture('package_search_rows2.json').result.results[0];
      const keys = (o: object) => Object.keys(o).filter((k) => k !== 'revision_id');
      expect(Object.keys(byName)).toEqual(expect.arrayContaining(keys(real)));
      expect(Object.keys(byName.resources?.[0] ?? {})).toEqual(
        expect.arrayContaining(keys(real.resources[0])),
      );
      expect(Object.keys(byName.organization ?? {})).toEqual(expect.arrayContaining(keys(real.organization)));
      expect(CKAN_RESULT_SCHEMAS.package_show.safeParse(byName).success).toBe(true);
      const { value, lost } = fromCkanPackage(byName);
      expect(value.identifier).toBe('ksb-contoh:jumlah-penduduk-per-kecamatan');
      expect(value.produsenData?.name).toMatch(/Kependudukan/);
      expect(value.accessLevel).toBe('terbuka');
      expect(lost).toEqual([]);
      expect(value.extras?.['sample']).toBe('true');
    });

    it("answers an unknown id with 404 in CKAN's error envelope, as CKAN itself does", async () => {
      serve();
      const response = await fetch(`${CKAN}/api/3/action/package_show?id=tidak-ada`);
      expect(response.status).toBe(404);
      const body = await response.json();
      const real = fixture('ckan_error.json');
      expect(Object.keys(body).sort()).toEqual(Object.keys(real).sort());
      expect(body.error).toEqual(real.error);
      expect(body.help).toBe(`${CKAN}/api/3/action/help_show?name=package_show`);
      await expect(createCkanClient({ baseUrl: CKAN }).packageShow('tidak-ada')).rejects.toBeInstanceOf(
        CkanNotFoundError,
      );
    });

    it('shows an unreleased (private) dataset to curators only', async () => {
      serve();
      const name = 'rekap-menara-telekomunikasi-draf';
      await expect(createCkanClient({ baseUrl: CKAN }).packageShow(name)).rejects.toBeInstanceOf(
        CkanAuthorizationError,
      );
      await expect(
        createCkanClient({ baseUrl: CKAN, ...asRole('officer') }).packageShow(name),
      ).rejects.toBeInstanceOf(CkanAuthorizationError);
      for (const role of ['walidata', 'admin'] as const) {
        const pkg = await createCkanClient({ baseUrl: CKAN, ...asRole(role) }).packageShow(name);
        expect(pkg.private).toBe(true);
      }
    });
  });

  describe('organization_list', () => {
    it('lists names by title, or dicts with package counts, paged', async () => {
      serve();
      const ckan = createCkanClient({ baseUrl: CKAN });
      const names = await ckan.organizationList().toArray({ limit: 100 });
      expect(names).toEqual([
        'bappeda-ksb', // Badan Perencanaan …
        'disdukcapil-ksb', // Dinas Kependudukan …
        'dinkes-ksb', // Dinas Kesehatan
        'diskominfo-ksb', // Dinas Komunikasi …
        'dikbud-ksb', // Dinas Pendidikan …
        'distan-ksb', // Dinas Pertanian
      ]);
      const paged = await ckan
        .organizationList({ allFields: true, pageSize: 4, sort: 'package_count desc' })
        .toArray({
          limit: 100,
        });
      expect(paged.map((o) => o.package_count)).toEqual([4, 3, 3, 2, 2, 1]);
      // Counts are of public datasets and agree with package_search.
      for (const org of paged) {
        expect((await ckan.packageSearch({ fq: `organization:${org.name}`, rows: 0 })).count).toBe(
          org.package_count,
        );
      }
      await expect(
        ckan.organizationList({ sort: 'budget desc' }).toArray({ limit: 10 }),
      ).rejects.toBeInstanceOf(CkanValidationError);
    });
  });

  describe('datastore_search', () => {
    const resourceOf = async (name: string) => {
      const pkg = await createCkanClient({ baseUrl: CKAN }).packageShow(name);
      const resource = pkg.resources?.find((r) => r.datastore_active);
      if (!resource?.id) throw new Error(`${name} has no DataStore resource`);
      return resource.id;
    };

    it('pages every row once, in _id order, with total and _links like CKAN 2.11', async () => {
      serve();
      const ckan = createCkanClient({ baseUrl: CKAN });
      const resourceId = await resourceOf('jumlah-penduduk-per-kecamatan');
      const rows = (await ckan.datastoreRecords({ resourceId, limit: 10 }).toArray({ limit: 1000 })) as Array<
        Record<string, unknown>
      >;
      expect(rows.map((r) => r['_id'])).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
      const page = await ckan.datastoreSearch({ resourceId, limit: 5, offset: 45 });
      expect(page.total).toBe(48);
      expect(page.records).toHaveLength(3);
      expect(page._links?.next).toBe(`/api/3/action/datastore_search?offset=50&resource_id=${resourceId}`);
      // The keys of a real datastore_search answer.
      const real = fixture('datastore_search_rows.json').result;
      expect(Object.keys(page)).toEqual(expect.arrayContaining(Object.keys(real)));
      expect(page.fields.map((f) => f.id)).toEqual(['_id', 'kecamatan', 'tahun', 'jenis_kelamin', 'jumlah']);
    });

    it('filters by value, by list and by text, and sorts', async () => {
      serve();
      const ckan = createCkanClient({ baseUrl: CKAN });
      const resourceId = await resourceOf('produksi-padi-per-kecamatan');
      const taliwang = await ckan.datastoreSearch({ resourceId, filters: { kecamatan: 'Taliwang' } });
      expect(taliwang.total).toBe(5);
      const recent = await ckan.datastoreSearch({
        resourceId,
        filters: { tahun: [2023, 2024] },
        sort: 'produksi_ton desc',
        limit: 3,
      });
      expect(recent.total).toBe(16);
      const tons = (recent.records as Array<Record<string, number>>).map((r) => r['produksi_ton']);
      expect(tons).toEqual([...tons].sort((a, b) => (b ?? 0) - (a ?? 0)));
      const text = await ckan.datastoreSearch({ resourceId, q: 'poto tano' });
      expect(text.total).toBe(5);
      const both = await ckan
        .datastoreRecords({ resourceId, filters: { kecamatan: 'Maluk' }, limit: 2 })
        .toArray({
          limit: 100,
        });
      expect(both).toHaveLength(5);
    });

    it("refuses an unknown resource (404) and an unknown field (409) in CKAN's envelope", async () => {
      serve();
      const ckan = createCkanClient({ baseUrl: CKAN });
      await expect(ckan.datastoreSearch({ resourceId: 'tidak-ada' })).rejects.toBeInstanceOf(
        CkanNotFoundError,
      );
      const resourceId = await resourceOf('prevalensi-stunting-per-kecamatan');
      const refused = ckan.datastoreSearch({ resourceId, filters: { desa: 'Kertasari' } });
      await expect(refused).rejects.toBeInstanceOf(CkanValidationError);
      await expect(refused).rejects.toMatchObject({
        status: 409,
        fieldErrors: { filters: ['field "desa" not in table'] },
      });
    });
  });

  describe('data.json and federation', () => {
    it('serves the public datasets as a DCAT-US 1.1 catalogue with the CKAN identifiers', async () => {
      serve();
      const catalogue = await createDkanClient({ baseUrl: CATALOG }).dataJson();
      expect(catalogue.conformsTo).toBe('https://project-open-data.cio.gov/v1.1/schema');
      expect(catalogue.invalid).toEqual([]);
      expect(catalogue.datasets).toHaveLength(15);
      const ckanIds = (
        await createCkanClient({ baseUrl: CKAN }).searchPackages({ rows: 100 }).toArray({ limit: 100 })
      )
        .map((p) => p.extras?.find((e) => e.key === 'identifier')?.value)
        .sort();
      expect(catalogue.datasets.map((d) => d.identifier).sort()).toEqual(ckanIds);
      expect(catalogue.datasets.some((d) => String(d.identifier).includes('draf'))).toBe(false);
      const stunting = catalogue.datasets.find(
        (d) => d.identifier === 'ksb-contoh:prevalensi-stunting-per-kecamatan',
      );
      expect(stunting?.accessLevel).toBe('public');
      expect(fromDcatUs(stunting).value.title).toBe(stunting?.title);
    });

    it('is recognised by probePortal and harvested from both APIs as one catalogue', async () => {
      serve();
      const ckanProbe = await probePortal(CKAN);
      expect(ckanProbe).toMatchObject({ kind: 'ckan', datastore: true });
      expect((await probePortal(CATALOG)).kind).toBe('datajson');
      const run = harvest([
        { id: 'ckan', url: CKAN, kind: 'auto' },
        { id: 'datajson', url: CATALOG, kind: 'auto' },
      ]);
      const records = [];
      for await (const record of run) records.push(record);
      expect(run.report.failures).toEqual([]);
      expect(records).toHaveLength(15);
      expect(run.report.duplicates).toBe(15);
    });

    it('gives quality scoring weak datasets to report, by organization', async () => {
      serve();
      const ckan = createCkanClient({ baseUrl: CKAN });
      const datasets: Dataset[] = [];
      for await (const pkg of ckan.searchPackages({ rows: 100, sort: 'name asc' }))
        datasets.push(fromCkanPackage(await ckan.packageShow(pkg.name)).value);
      const scores = new Map<string, number>();
      for (const d of datasets) scores.set(d.identifier, (await scoreMetadataQuality(d)).total);
      const weak = ['rekap-akta-kelahiran', 'data-kesehatan', 'harga-gabah'].map(
        (slug) => scores.get(`ksb-contoh:${slug}`) ?? Number.NaN,
      );
      const rich = [
        'jumlah-penduduk-per-kecamatan',
        'prevalensi-stunting-per-kecamatan',
        'produksi-padi-per-kecamatan',
      ].map((slug) => scores.get(`ksb-contoh:${slug}`) ?? Number.NaN);
      expect(Math.max(...weak)).toBeLessThan(Math.min(...rich));
      const report = await scoreCatalog(datasets);
      expect(report.datasetCount).toBe(15);
      expect(report.byOrganization).toHaveLength(6);
      // Sorted from the lowest score up: the OPDs with weak datasets come before the others.
      const order = report.byOrganization.map((o) => o.organization.name);
      expect(order.indexOf(order.find((n) => n.includes('Pertanian')) ?? '')).toBeLessThan(
        order.indexOf(order.find((n) => n.includes('Pendidikan')) ?? ''),
      );
      // The same scores from the data.json side.
      const viaDataJson = await createDkanClient({ baseUrl: CATALOG }).dataJson();
      const fromPod = await scoreCatalog(viaDataJson.datasets.map((d) => fromDcatUs(d).value));
      expect(fromPod.datasetCount).toBe(15);
    });
  });
});
