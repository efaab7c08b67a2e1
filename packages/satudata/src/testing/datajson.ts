import { type HttpHandler, HttpResponse, http } from 'msw';
import type { DcatUsDataset } from '../mapping/dcat-us.js';
import type { SeededCatalogue, SeededPackage } from './catalogue.js';

/**
 * Options of {@link dataJsonHandlers}.
 *
 * @example
 * ```ts
 * const catalogue = seedCatalogue({ datasets: 30, prefix: 'ntb' });
 * const options: DataJsonPortalOptions = { baseUrl: 'https://data.ntb.test', catalogue, dkan: true };
 * ```
 */
export interface DataJsonPortalOptions {
  /** The portal root (`https://data.ntb.test`). */
  baseUrl: string;
  /** The catalogue served, as DCAT-US; or give `datasets` directly. */
  catalogue?: SeededCatalogue;
  /** DCAT-US datasets to serve as they are (taken before `catalogue`). */
  datasets?: readonly Record<string, unknown>[];
  /** Also serve DKAN 2's metastore (`/api/1/metastore/schemas/dataset[/items[/{id}]]`), `/api/1/search`, and 404 pages under `/api/3/`. @defaultValue false */
  dkan?: boolean;
}

/**
 * The DCAT-US 1.1 form of a seeded CKAN package, as a DKAN or ckanext-datajson site would
 * publish it in `data.json`. The `modified` date keeps CKAN's naive timestamp cut to the
 * date, a quirk real catalogues share.
 *
 * @example
 * ```ts
 * const dataset = toDataJsonDataset(seedCatalogue({ datasets: 1 }).packages[0]!);
 * ```
 */
export function toDataJsonDataset(pkg: SeededPackage): DcatUsDataset {
  const identifier = pkg.extras.find((e) => e.key === 'identifier')?.value ?? pkg.id;
  return {
    '@type': 'dcat:Dataset',
    title: pkg.title,
    description: pkg.notes,
    identifier,
    keyword: pkg.tags.map((t) => t.name),
    modified: pkg.metadata_modified.slice(0, 10),
    publisher: { '@type': 'org:Organization', name: pkg.organization.title },
    contactPoint: { fn: pkg.organization.title, hasEmail: `mailto:data@${pkg.organization.name}.test` },
    accessLevel: pkg.private ? 'non-public' : 'public',
    license: `https://opendefinition.org/licenses/${pkg.license_id}/`,
    theme: pkg.groups.map((g) => g.title),
    distribution: pkg.resources.map((r) => ({
      '@type': 'dcat:Distribution',
      title: r.name,
      format: r.format.toLowerCase(),
      ...(r.url_type === 'upload' && r.mimetype
        ? { downloadURL: r.url, mediaType: r.mimetype }
        : { accessURL: r.url }),
    })),
  };
}

/**
 * msw handlers serving a DCAT-US 1.1 `data.json` catalogue (and, with `dkan: true`, DKAN 2's
 * metastore and search APIs) over a seeded catalogue or given datasets.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { dataJsonHandlers, seedCatalogue } from '@opengov-id/satudata/testing';
 *
 * const server = setupServer(...dataJsonHandlers({ baseUrl: 'https://data.ntb.test', catalogue: seedCatalogue({ datasets: 30, prefix: 'ntb' }), dkan: true }));
 * server.listen();
 * const { datasets } = await createDkanClient({ baseUrl: 'https://data.ntb.test' }).dataJson();
 * ```
 */
export function dataJsonHandlers(options: DataJsonPortalOptions): HttpHandler[] {
  const root = options.baseUrl.replace(/\/+$/, '');
  const datasets = (): Record<string, unknown>[] =>
    options.datasets
      ? [...options.datasets]
      : (options.catalogue?.packages ?? []).filter((p) => p.state === 'active').map(toDataJsonDataset);
  const handlers: HttpHandler[] = [
    http.get(`${root}/data.json`, () =>
      HttpResponse.json({
        '@context': 'https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld',
        '@id': `${root}/data.json`,
        '@type': 'dcat:Catalog',
        conformsTo: 'https://project-open-data.cio.gov/v1.1/schema',
        describedBy: 'https://project-open-data.cio.gov/v1.1/schema/catalog.json',
        dataset: datasets(),
      }),
    ),
  ];
  if (options.dkan) {
    handlers.push(
      http.get(`${root}/api/1/metastore/schemas/dataset`, () =>
        HttpResponse.json({
          title: 'Project Open Data Dataset',
          type: 'object',
          required: ['title'],
          properties: {},
        }),
      ),
      http.get(`${root}/api/1/metastore/schemas/dataset/items`, () => HttpResponse.json(datasets())),
      http.get(`${root}/api/1/metastore/schemas/dataset/items/:id`, ({ params }) => {
        const found = datasets().find((d) => d['identifier'] === params['id']);
        return found
          ? HttpResponse.json(found)
          : HttpResponse.json(
              { message: `No data with the identifier ${String(params['id'])} was found.` },
              { status: 404 },
            );
      }),
      http.get(`${root}/api/1/search`, ({ request }) => {
        const url = new URL(request.url);
        const page = Math.max(1, Number(url.searchParams.get('page') ?? '1'));
        const size = Math.max(1, Number(url.searchParams.get('page-size') ?? '10'));
        const all = datasets();
        const slice = all.slice((page - 1) * size, page * size);
        // PHP serialises an empty result map as [] and a full one as an object keyed by id.
        const results =
          slice.length === 0
            ? []
            : Object.fromEntries(slice.map((d) => [`dkan_dataset/${String(d['identifier'])}`, d]));
        return HttpResponse.json({ total: String(all.length), results, facets: [] });
      }),
      // DKAN 2 has no CKAN-compatible API: Drupal answers those routes with its 404 page.
      http.all(
        `${root}/api/3/*`,
        () =>
          new HttpResponse('<!DOCTYPE html><html><body>Page not found</body></html>', {
            status: 404,
            headers: { 'content-type': 'text/html; charset=UTF-8' },
          }),
      ),
    );
  }
  return handlers;
}
