import { ContractHttpError } from '@opengov-id/core';
import {
  CkanActionFailure,
  type CkanContract,
  ckanContract,
  ckanFailureBody,
  ckanHelpUrl,
  ckanNotFound,
  listCkanGroups,
  searchCkanDatastore,
  searchCkanPackages,
} from '@opengov-id/satudata';
import { ANYONE, type ServerModule } from '../../module.js';
import {
  activePackages,
  COLLECTIONS,
  canRead,
  findPackage,
  isCurator,
  type StoredDatastoreRow,
  type StoredDatastoreTable,
  type StoredGroup,
  type StoredPackage,
} from './records.js';
import { seedSampleCatalogue } from './sample.js';

/** Where the CKAN portal is mounted: its root, so clients are given `<server>/ckan`. */
export const CKAN_BASE_PATH = '/ckan';

/** The CKAN version whose DataStore paging (`_links` with offsets) the server answers like. */
const EMULATED_VERSION = '2.11';

type Action = keyof CkanContract['routes'];

const denied = (what: string) =>
  new CkanActionFailure(403, {
    __type: 'Authorization Error',
    message: `Access denied: User  not authorized to ${what}`,
  });

/**
 * The CKAN Action API v3 read subset over the catalogue in the store, mounted at `/ckan`: give
 * satudata's clients the portal root `<server>/ckan` (`createCkanClient({ baseUrl })`,
 * `probePortal`, `harvest` with `kind: 'ckan'` or `'auto'`). Read-only and open to anyone;
 * private (unreleased) datasets are listed (`include_private=true`) and shown only to curators
 * (`walidata`, `admin`), and to anyone else `package_show` answers CKAN's 403.
 *
 * Search, filter, sort, facet and paging semantics are satudata's own
 * (`searchCkanPackages`, `listCkanGroups`, `searchCkanDatastore`), the same code that runs the
 * emulated portal of `@opengov-id/satudata/testing`; `fq` takes its documented subset
 * (`organization`, `tags`, `res_format`, `groups`, `license_id`, `extras_<key>`, ...). The
 * records are read from the store and searched in memory, which suits a regency catalogue of
 * hundreds to a few thousand datasets. `datastore_search` pages with `_links` as CKAN 2.11 does.
 * Refusals come in CKAN's error envelope: 404 `Not Found Error`, 403 `Authorization Error`,
 * 409 `Validation Error`, 400 `Search Query Error`.
 *
 * `seed` adds the SAMPLE catalogue (fictional, marked `contoh`); the `data.json` module reads
 * the same records.
 */
export const ckanModule: ServerModule<CkanContract> = {
  name: 'ckan',
  basePath: CKAN_BASE_PATH,
  contract: ckanContract,
  access: {
    package_search: ANYONE,
    package_show: ANYONE,
    organization_list: ANYONE,
    datastore_search: ANYONE,
    status_show: ANYONE,
  },
  implement(context) {
    // Runs one read, and answers a CKAN refusal in CKAN's error envelope.
    async function act<T>(request: Request, action: Action, work: () => Promise<T>) {
      const help = ckanHelpUrl(request.url, action);
      try {
        return { help, success: true as const, result: await work() };
      } catch (error) {
        if (error instanceof CkanActionFailure)
          throw new ContractHttpError(error.status, ckanFailureBody(error, help));
        throw error;
      }
    }
    const read = <T>(work: Parameters<typeof context.store.transaction<T>>[0]) =>
      context.store.transaction(work);

    return {
      package_search: ({ query, request }) =>
        act(request, 'package_search', async () => {
          const includePrivate = query.include_private === true && isCurator(context.principal(request));
          const packages = await read((tx) => activePackages(tx, includePrivate));
          return searchCkanPackages(packages, query);
        }),

      package_show: ({ query, request }) =>
        act(request, 'package_show', async () => {
          const pkg = await read((tx) => findPackage(tx, query.id));
          if (pkg?.state !== 'active') throw ckanNotFound();
          if (!canRead(pkg, context.principal(request))) throw denied(`read package ${pkg.id}`);
          return pkg;
        }),

      organization_list: ({ query, request }) =>
        act(request, 'organization_list', async () => {
          const organizations = await read(async (tx) => {
            const { items } = await tx.list<StoredGroup>(COLLECTIONS.organizations);
            const counted: StoredGroup[] = [];
            for (const org of items) {
              const packageCount = await tx.count(COLLECTIONS.packages, {
                where: { owner_org: org.id, state: 'active', private: false },
              });
              counted.push({ ...org, package_count: packageCount });
            }
            return counted;
          });
          const listed = listCkanGroups(organizations, query);
          if (query.include_dataset_count === false)
            return (listed as Array<StoredGroup | string>).map((org) => {
              if (typeof org === 'string') return org;
              const { package_count: _omitted, ...rest } = org;
              return rest;
            }) as StoredGroup[] | string[];
          return listed;
        }),

      datastore_search: ({ query, request }) =>
        act(request, 'datastore_search', async () => {
          const found = await read(async (tx) => {
            const table = await tx.get<StoredDatastoreTable>(COLLECTIONS.datastoreTables, query.resource_id);
            if (!table) return undefined;
            const pkg = await tx.get<StoredPackage>(COLLECTIONS.packages, table.package_id);
            const rows = await tx.list<StoredDatastoreRow>(COLLECTIONS.datastoreRows, {
              where: { resource_id: table.resource_id },
            });
            return { table, pkg, records: rows.items.map((row) => row.record) };
          });
          if (found?.pkg?.state !== 'active')
            throw ckanNotFound(`Resource "${query.resource_id}" was not found.`);
          if (!canRead(found.pkg, context.principal(request)))
            throw denied(`read resource ${found.table.resource_id}`);
          return searchCkanDatastore(
            { resourceId: found.table.resource_id, fields: found.table.fields, records: found.records },
            query,
            { version: EMULATED_VERSION },
          );
        }),

      status_show: ({ request }) =>
        act(request, 'status_show', async () => {
          const url = new URL(request.url);
          return {
            site_title: 'Satu Data Kabupaten Sumbawa Barat (CONTOH)',
            site_description: 'Sample catalogue of the OGP Local SDK reference server; fictional data.',
            site_url: `${url.origin}${url.pathname.replace(/\/api\/3\/action\/[^/]*$/, '')}`,
            ckan_version: `${EMULATED_VERSION}.0`,
            locale_default: 'id',
            extensions: ['datastore', 'datajson'],
          };
        }),
    };
  },
  seed: seedSampleCatalogue,
};
