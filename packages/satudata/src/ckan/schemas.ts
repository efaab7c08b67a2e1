import * as z from 'zod';
import { CkanGroup, CkanResource, CkanTag, CkanTimestamp } from '../mapping/ckan-schema.js';
import { CkanDatastoreField } from './datastore-field.js';

// Package and resource shapes here are deliberately minimal and loose: the full `CkanPackage`
// schema lives in `src/mapping/ckan-schema.ts` (owned by the mapping work) and replaces these
// on merge. What stays here is the envelope and the action-specific result shapes.

// One schema per CKAN object for the whole package: the mapping's (src/mapping/ckan-schema.ts).

/**
 * A CKAN package (dataset) dict, minimal and loose: the keys the clients and the harvester
 * read are typed, every other key is kept as sent (ckanext-scheming sites put custom fields
 * at the top level).
 *
 * @example
 * ```ts
 * declare const envelope: { result: unknown }; // a decoded CKAN response
 * const pkg = CkanPackageSummary.parse(envelope.result);
 * console.log(pkg.name, pkg.organization?.title);
 * ```
 */
export const CkanPackageSummary = z.looseObject({
  id: z.string(),
  name: z.string(),
  title: z.string().nullish(),
  notes: z.string().nullish(),
  type: z.string().nullish(),
  state: z.string().nullish(),
  private: z.boolean().nullish(),
  owner_org: z.string().nullish(),
  organization: CkanGroup.nullish(),
  license_id: z.string().nullish(),
  metadata_created: CkanTimestamp.nullish(),
  metadata_modified: CkanTimestamp.nullish(),
  resources: z.array(CkanResource).nullish(),
  tags: z.array(CkanTag).nullish(),
  groups: z.array(CkanGroup).nullish(),
  extras: z.array(z.looseObject({ key: z.string(), value: z.unknown() })).nullish(),
});
/**
 * A CKAN package dict (minimal, loose).
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const value: CkanPackageSummary = CkanPackageSummary.parse(json);
 * ```
 */
export type CkanPackageSummary = z.output<typeof CkanPackageSummary>;

/**
 * One facet of `search_facets`: a title and the counted values.
 *
 * @example
 * ```ts
 * CkanSearchFacet.parse({ title: 'organization', items: [{ name: 'bappeda', display_name: 'Bappeda', count: 3 }] });
 * ```
 */
export const CkanSearchFacet = z.looseObject({
  title: z.string().nullish(),
  items: z.array(z.looseObject({ name: z.string(), display_name: z.string().nullish(), count: z.number() })),
});
/**
 * One facet of `search_facets`.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const value: CkanSearchFacet = CkanSearchFacet.parse(json);
 * ```
 */
export type CkanSearchFacet = z.output<typeof CkanSearchFacet>;

/**
 * The `result` of `package_search`: `count`, `results`, the deprecated `facets`
 * (`{field: {value: n}}`) and `search_facets`.
 *
 * @example
 * ```ts
 * declare const envelope: { result: unknown }; // a decoded CKAN response
 * const page = CkanPackageSearchResult.parse(envelope.result);
 * console.log(page.count, page.results.length);
 * ```
 */
export const CkanPackageSearchResult = z.looseObject({
  count: z.number().int().nonnegative(),
  results: z.array(CkanPackageSummary),
  sort: z.string().nullish(),
  facets: z.record(z.string(), z.record(z.string(), z.number())).nullish(),
  search_facets: z.record(z.string(), CkanSearchFacet).nullish(),
});
/**
 * The result of `package_search`.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const value: CkanPackageSearchResult = CkanPackageSearchResult.parse(json);
 * ```
 */
export type CkanPackageSearchResult = z.output<typeof CkanPackageSearchResult>;

/**
 * A licence of `license_list`.
 *
 * @example
 * ```ts
 * CkanLicense.parse({ id: 'cc-by', title: 'Creative Commons Attribution', url: 'http://...', od_conformance: 'approved' });
 * ```
 */
export const CkanLicense = z.looseObject({
  id: z.string(),
  title: z.string(),
  url: z.string().nullish(),
  od_conformance: z.string().nullish(),
  osd_conformance: z.string().nullish(),
  status: z.string().nullish(),
});
/**
 * A licence of `license_list`.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const value: CkanLicense = CkanLicense.parse(json);
 * ```
 */
export type CkanLicense = z.output<typeof CkanLicense>;

/**
 * The `result` of `status_show`. `ckan_version` is absent when the site sets `ckan.hide_version`.
 *
 * @example
 * ```ts
 * declare const envelope: { result: unknown }; // a decoded CKAN response
 * const status = CkanStatus.parse(envelope.result);
 * const hasDatastore = status.extensions?.includes('datastore') ?? false;
 * ```
 */
export const CkanStatus = z.looseObject({
  site_title: z.string().nullish(),
  site_description: z.string().nullish(),
  site_url: z.string().nullish(),
  ckan_version: z.string().nullish(),
  locale_default: z.string().nullish(),
  extensions: z.array(z.string()).nullish(),
});
/**
 * The result of `status_show`.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const value: CkanStatus = CkanStatus.parse(json);
 * ```
 */
export type CkanStatus = z.output<typeof CkanStatus>;

/**
 * The `result` of `datastore_search`, in both shapes: up to CKAN 2.11 with `_links`
 * (offset URLs), from 2.12 with `next_page` (keyset paging, absent on the last page), and
 * DKAN 7's CKAN-compatible variant (`resource_id` as an array, `sql` leaked, every value a
 * string). `records` are objects, or arrays with `records_format: 'lists'`; `csv`/`tsv`
 * give a string. `total` is missing past the end of some sites.
 *
 * @example
 * ```ts
 * declare const envelope: { result: unknown }; // a decoded CKAN response
 * const page = DatastoreSearchResult.parse(envelope.result);
 * if (page.next_page !== undefined) console.log('2.12 keyset paging');
 * ```
 */
export const DatastoreSearchResult = z.looseObject({
  resource_id: z.union([z.string(), z.array(z.string())]),
  fields: z.array(CkanDatastoreField),
  records: z.union([z.array(z.record(z.string(), z.unknown())), z.array(z.array(z.unknown())), z.string()]),
  total: z.number().int().nonnegative().nullish(),
  total_was_estimated: z.boolean().nullish(),
  limit: z.union([z.number(), z.string()]).nullish(),
  offset: z.union([z.number(), z.string()]).nullish(),
  records_format: z.string().nullish(),
  _links: z.looseObject({ start: z.string().nullish(), next: z.string().nullish() }).nullish(),
  // 2.12: the parameters (or the URL) of the next page; CKAN omits it on the last page.
  next_page: z.union([z.string(), z.record(z.string(), z.unknown()), z.null()]).optional(),
});
/**
 * The result of `datastore_search`.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const value: DatastoreSearchResult = DatastoreSearchResult.parse(json);
 * ```
 */
export type DatastoreSearchResult = z.output<typeof DatastoreSearchResult>;

/**
 * The `result` of `datastore_create` and `datastore_upsert`: the `resource_id` written, and what
 * the site echoes of the request (`fields`, `primary_key`, `method`). `datastore_upsert` echoes
 * the `records`; `datastore_create` only on sites older than CKAN 2.8.
 *
 * @example
 * ```ts
 * declare const envelope: { result: unknown }; // a decoded CKAN response
 * const written = DatastoreWriteResult.parse(envelope.result);
 * console.log(written.resource_id);
 * ```
 */
export const DatastoreWriteResult = z.looseObject({
  resource_id: z.string(),
  fields: z.array(CkanDatastoreField).nullish(),
  primary_key: z.union([z.string(), z.array(z.string())]).nullish(),
  method: z.string().nullish(),
  records: z.array(z.record(z.string(), z.unknown())).nullish(),
});
/**
 * The result of `datastore_create` and `datastore_upsert`.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const value: DatastoreWriteResult = DatastoreWriteResult.parse(json);
 * ```
 */
export type DatastoreWriteResult = z.output<typeof DatastoreWriteResult>;

/**
 * The `error` object of a failed CKAN action: `__type`, and `message` or (for a `Validation
 * Error`) field → messages.
 *
 * @example
 * ```ts
 * CkanErrorObject.parse({ __type: 'Not Found Error', message: 'Not found' });
 * ```
 */
export const CkanErrorObject = z.looseObject({
  __type: z.string().optional(),
  message: z.unknown().optional(),
});

/**
 * The envelope of a successful CKAN action: `{ help, success: true, result }`.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const answer = ckanSuccess(CkanStatus).parse(json);
 * console.log(answer.result.site_title);
 * ```
 */
export function ckanSuccess<T extends z.ZodType>(result: T) {
  return z.looseObject({ help: z.string().nullish(), success: z.literal(true), result });
}

/**
 * The envelope of a failed CKAN action: `{ help, success: false, error: { __type, message } }`,
 * sent with 400, 403, 404 or 409.
 *
 * @example
 * ```ts
 * const failure = CkanFailureEnvelope.parse({ help: 'https://…/help_show?name=package_show', success: false, error: { __type: 'Not Found Error', message: 'Not found' } });
 * ```
 */
export const CkanFailureEnvelope = z.looseObject({
  help: z.string().nullish(),
  success: z.literal(false),
  error: CkanErrorObject,
});

/**
 * The envelope of every CKAN action answer, success or failure.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const envelope = ckanEnvelope(CkanStatus).parse(json);
 * if (envelope.success) console.log(envelope.result.site_title);
 * ```
 */
export function ckanEnvelope<T extends z.ZodType>(result: T) {
  return z.discriminatedUnion('success', [ckanSuccess(result), CkanFailureEnvelope]);
}

/**
 * The `result` schemas of the actions the client speaks, by action name; the lead swaps the
 * package schema for the full one of the mapping module on merge.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const search = ckanEnvelope(CKAN_RESULT_SCHEMAS.package_search).safeParse(json);
 * ```
 */
export const CKAN_RESULT_SCHEMAS = {
  package_search: CkanPackageSearchResult,
  package_show: CkanPackageSummary,
  package_list: z.array(z.string()),
  organization_list: z.union([z.array(z.string()), z.array(CkanGroup)]),
  organization_show: CkanGroup,
  group_list: z.union([z.array(z.string()), z.array(CkanGroup)]),
  tag_list: z.union([z.array(z.string()), z.array(CkanTag)]),
  resource_show: CkanResource,
  license_list: z.array(CkanLicense),
  status_show: CkanStatus,
  datastore_search: DatastoreSearchResult,
  package_create: CkanPackageSummary,
  package_patch: CkanPackageSummary,
  resource_create: CkanResource,
  datastore_create: DatastoreWriteResult,
  datastore_upsert: DatastoreWriteResult,
} as const;
