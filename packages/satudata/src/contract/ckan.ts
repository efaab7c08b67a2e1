import {
  defineContract,
  type OpenApiDocument,
  type OpenApiServer,
  toOpenApi,
  ValidationErrorBody,
} from '@opengov-id/core';
import * as z from 'zod';
import {
  CkanFailureEnvelope,
  CkanPackageSearchResult,
  CkanStatus,
  ckanSuccess,
  DatastoreSearchResult,
} from '../ckan/schemas.js';
import { CkanOrganizationDetailed, CkanPackageDetailed } from '../mapping/ckan-schema.js';

// CKAN's parameters as its Action API v3 takes them on GET; booleans as `true`/`false`.
const count = z.number().int().min(0);

const PackageSearchQuery = z.object({
  q: z
    .string()
    .optional()
    .describe('Solr query: words, `field:value`, `-field:value`, `field:[a TO b]`; `*:*` by default.'),
  fq: z
    .string()
    .optional()
    .describe('Filter query, same syntax as `q` (documented subset: see searchCkanPackages).'),
  sort: z
    .string()
    .optional()
    .describe('`name asc`, `metadata_modified desc`, `title_string asc`, `id asc`, …'),
  rows: count.optional().describe('Page size; 10 by default, capped at 1000.'),
  start: count.optional().describe('Offset of the first result.'),
  'facet.field': z
    .string()
    .optional()
    .describe('JSON list of fields to facet on: `["organization","tags"]`.'),
  'facet.limit': z.number().int().min(-1).optional().describe('Values per facet, −1 for all; 50 by default.'),
  'facet.mincount': count.optional().describe('Smallest count listed; 1 by default.'),
  facet: z.boolean().optional().describe('`false` turns facets off.'),
  include_private: z.boolean().optional().describe('Include private datasets the caller may see.'),
  include_drafts: z.boolean().optional().describe('Accepted for compatibility; drafts are never listed.'),
});

const PackageShowQuery = z.object({ id: z.string().min(1).describe('The package id or name.') });

const OrganizationListQuery = z.object({
  all_fields: z.boolean().optional().describe('Dicts instead of names (with `package_count`).'),
  sort: z
    .string()
    .optional()
    .describe('`name`, `title` or `package_count`, with `asc`/`desc`; `title asc` by default.'),
  limit: count.optional().describe('25 with `all_fields`, else 1000, by default.'),
  offset: count.optional(),
  q: z.string().optional().describe('Only organizations whose name or title contains this.'),
  include_dataset_count: z.boolean().optional(),
  include_extras: z.boolean().optional(),
});

const DatastoreSearchQuery = z.object({
  resource_id: z.string().min(1).describe('The resource id.'),
  filters: z
    .string()
    .optional()
    .describe('JSON object: `{"kecamatan":"Taliwang"}`, a list for IN, `{"tahun":{"gte":2020}}`.'),
  q: z.string().optional().describe('Text over every field, or a JSON object field → text.'),
  fields: z.string().optional().describe('Comma-separated fields to return.'),
  sort: z.string().optional().describe('`tahun desc, kecamatan`.'),
  limit: count.optional().describe('Rows per page; 100 by default, capped at 32000.'),
  offset: count.optional(),
  include_total: z.boolean().optional(),
  records_format: z
    .union([z.literal('objects'), z.literal('lists'), z.literal('csv'), z.literal('tsv')])
    .optional()
    .describe('`objects` (default), `lists`, `csv` or `tsv`.'),
  plain: z.boolean().optional().describe('Accepted for compatibility; `q` is always plain text.'),
  language: z.string().optional().describe('Accepted for compatibility.'),
});

// 400: CKAN's Search Query Error, or the SDK's ValidationError for a parameter of the wrong type.
const BadRequest = z.union([CkanFailureEnvelope, ValidationErrorBody]);

/** The routes of {@link ckanContract}. */
const ckanRoutes = {
  package_search: {
    method: 'GET',
    path: '/api/3/action/package_search',
    summary: 'Search datasets (CKAN package_search)',
    tags: ['ckan'],
    query: PackageSearchQuery,
    responses: {
      200: ckanSuccess(CkanPackageSearchResult.extend({ results: z.array(CkanPackageDetailed) })),
    },
    errors: { 400: BadRequest, 409: CkanFailureEnvelope },
  },
  package_show: {
    method: 'GET',
    path: '/api/3/action/package_show',
    summary: 'One dataset by id or name (CKAN package_show)',
    tags: ['ckan'],
    query: PackageShowQuery,
    responses: { 200: ckanSuccess(CkanPackageDetailed) },
    errors: { 400: BadRequest, 403: CkanFailureEnvelope, 404: CkanFailureEnvelope },
  },
  organization_list: {
    method: 'GET',
    path: '/api/3/action/organization_list',
    summary: 'The organizations (OPD), as names or dicts (CKAN organization_list)',
    tags: ['ckan'],
    query: OrganizationListQuery,
    responses: {
      200: ckanSuccess(z.union([z.array(z.string()), z.array(CkanOrganizationDetailed)])),
    },
    errors: { 400: BadRequest, 409: CkanFailureEnvelope },
  },
  datastore_search: {
    method: 'GET',
    path: '/api/3/action/datastore_search',
    summary: 'Rows of a DataStore table (CKAN datastore_search)',
    tags: ['ckan'],
    query: DatastoreSearchQuery,
    responses: { 200: ckanSuccess(DatastoreSearchResult) },
    errors: { 400: BadRequest, 404: CkanFailureEnvelope, 409: CkanFailureEnvelope },
  },
  status_show: {
    method: 'GET',
    path: '/api/3/action/status_show',
    summary: 'Site title, API level and extensions (CKAN status_show)',
    tags: ['ckan'],
    responses: { 200: ckanSuccess(CkanStatus) },
  },
} as const;

/**
 * The CKAN Action API v3 read subset a Satu Data portal serves, as a contract: `package_search`,
 * `package_show`, `organization_list`, `datastore_search` and `status_show` (which lets
 * {@link probePortal} recognise the portal), each on `GET /api/3/action/<action>` relative to
 * the portal root, answering CKAN's envelope `{ help, success: true, result }`. Refusals come
 * in CKAN's error envelope `{ help, success: false, error: { __type, message } }`: 404 `Not
 * Found Error`, 403 `Authorization Error`, 409 `Validation Error` (field → messages), 400
 * `Search Query Error`; a parameter of the wrong type (`rows=abc`) is the SDK's bilingual 400
 * `ValidationError` instead. The search semantics are {@link searchCkanPackages},
 * {@link listCkanGroups} and {@link searchCkanDatastore}, shared with the emulated portal of
 * `@opengov-id/satudata/testing`.
 *
 * Results reuse the package's CKAN schemas ({@link CkanPackageDetailed},
 * {@link CkanOrganizationDetailed}, {@link DatastoreSearchResult}, {@link CkanStatus}), so an
 * implementation that answers what {@link createCkanClient} cannot read fails its own checks.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createMswHandlers } from '@opengov-id/core/testing';
 * import { ckanContract, createCkanClient, CkanPackageDetailed } from '@opengov-id/satudata';
 *
 * declare function findPackage(id: string): z.input<typeof CkanPackageDetailed>; // your lookup
 * const server = setupServer(...createMswHandlers(ckanContract, {
 *   package_show: ({ query, request }) => ({ help: `${new URL(request.url).origin}/api/3/action/help_show?name=package_show`, success: true as const, result: findPackage(query.id) }),
 * }, { baseUrl: 'https://data.ksb.test' }));
 * server.listen();
 * const pkg = await createCkanClient({ baseUrl: 'https://data.ksb.test' }).packageShow('jumlah-penduduk');
 * ```
 */
export const ckanContract = defineContract(ckanRoutes);

/**
 * The type of {@link ckanContract}.
 *
 * @example
 * ```ts
 * const implementation: ContractImplementation<CkanContract> = { status_show: ({ request }) => ({ help: '', success: true, result: {} }) };
 * ```
 */
export type CkanContract = typeof ckanContract;

/**
 * The OpenAPI 3.1 document of {@link ckanContract}, for regencies that implement the CKAN read
 * subset in another language. Give the portal root as the server (`https://data.ksb.go.id`).
 *
 * @example
 * ```ts
 * const doc = ckanOpenApi({ servers: ['https://data.sumbawabaratkab.go.id'] });
 * doc.paths['/api/3/action/package_search']?.get?.operationId; // => 'package_search'
 * ```
 */
export function ckanOpenApi(
  info: { version?: string; servers?: ReadonlyArray<string | OpenApiServer> } = {},
): OpenApiDocument {
  return toOpenApi(ckanContract, {
    title: 'CKAN Action API v3, read subset (Satu Data)',
    version: info.version ?? '3',
    description:
      'package_search, package_show, organization_list, datastore_search and status_show, in CKAN envelopes. Paths are relative to the portal root.',
    ...(info.servers ? { servers: info.servers } : {}),
  });
}
