import {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
  type HttpMethod,
  offsetPaginator,
  type Paginated,
  paginate,
  type QueryValue,
  ValidationError,
} from '@opengov-id/core';
import * as z from 'zod';
import { CkanGroup, type CkanResource, CkanTag } from '../mapping/ckan-schema.js';
import type { CkanDatastoreField } from './datastore-field.js';
import { type CkanAnswerContext, mapHttpError, parseAnswer } from './parse.js';
import {
  CKAN_RESULT_SCHEMAS,
  type CkanLicense,
  type CkanPackageSearchResult,
  type CkanPackageSummary,
  type CkanStatus,
  type DatastoreSearchResult,
  type DatastoreWriteResult,
} from './schemas.js';

/**
 * The largest `rows` CKAN serves by default (`ckan.search.rows_max`).
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id' });
 * ckan.searchPackages({ rows: CKAN_MAX_ROWS });
 * ```
 */
export const CKAN_MAX_ROWS = 1000;

/**
 * Options of {@link createCkanClient}.
 *
 * @example
 * ```ts
 * const options: CkanClientOptions = { baseUrl: 'https://data.sumbawabaratkab.go.id', token: process.env['CKAN_TOKEN'] };
 * ```
 */
export interface CkanClientOptions {
  /** The portal root (`https://data.ntbprov.go.id`) or its action API (`…/api/3/action`). */
  baseUrl: string;
  /**
   * The CKAN API token, sent raw in `Authorization` (no `Bearer `). Needed for writes and private
   * data. `undefined` (an unset `process.env` entry) sends no `Authorization`.
   */
  token?: HttpClientOptions['token'] | undefined;
  /** Passed to core's HTTP client: timeouts, retries, backoff, hooks, a custom fetch, headers. */
  http?: Omit<HttpClientOptions, 'baseUrl' | 'token' | 'authScheme'>;
}

/**
 * Parameters of `package_search`.
 *
 * @example
 * ```ts
 * const params: PackageSearchParams = { q: 'stunting', fq: ['organization:dinkes', 'res_format:CSV'], rows: 100 };
 * ```
 */
export interface PackageSearchParams {
  /** Solr query; CKAN's default is `*:*`. */
  q?: string;
  /** Filter query; a list is joined with ` AND ` (works on every CKAN version, unlike `fq_list`). */
  fq?: string | readonly string[];
  /** `name asc`, `metadata_modified desc`, ...; CKAN's default is `score desc, metadata_modified desc`. */
  sort?: string;
  /** Page size, 0 to 1000 (`ckan.search.rows_max`). For the paged list it is the size of each page. */
  rows?: number;
  /** Offset of the first result. */
  start?: number;
  /** Fields to facet on (`organization`, `tags`, `res_format`, `groups`, `license_id`). */
  facetFields?: readonly string[];
  /** Values per facet; −1 for all. */
  facetLimit?: number;
  /** Smallest count a facet value needs to be listed. */
  facetMinCount?: number;
  /** Include private datasets the token may see. */
  includePrivate?: boolean;
  /** Include drafts the token may see. */
  includeDrafts?: boolean;
  /** Other parameters sent as is (`ext_bbox`, `qf`, `defType`, ...). */
  extra?: Record<string, string | number | boolean>;
  /** Cancels the request. */
  signal?: AbortSignal;
}

/**
 * Paging parameters shared by the list actions.
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id' });
 * for await (const name of ckan.packageList({ pageSize: 500 })) console.log(name);
 * ```
 */
export interface ListParams {
  /** Items per request. */
  pageSize?: number;
  /** Offset of the first item. */
  offset?: number;
  /** Cancels the requests. */
  signal?: AbortSignal;
}

/**
 * Parameters of `organization_list` and `group_list`.
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id' });
 * const orgs = await ckan.organizationList({ allFields: true, sort: 'package_count desc' }).toArray({ limit: 100 });
 * ```
 */
export interface GroupListParams extends ListParams {
  /** `name`, `title` or `package_count`, with `asc`/`desc`; CKAN's default is `title asc`. */
  sort?: string;
  /** Only groups whose name or title contains this. */
  q?: string;
  /** Include the dataset count (with `allFields`). */
  includeDatasetCount?: boolean;
  /** Include extras (with `allFields`). */
  includeExtras?: boolean;
}

/**
 * Parameters of `datastore_search`.
 *
 * @example
 * ```ts
 * const params: DatastoreSearchParams = { resourceId: 'a1b2', filters: { kecamatan: ['Taliwang', 'Jereweh'] }, sort: 'tahun desc' };
 * ```
 */
export interface DatastoreSearchParams {
  /** The resource id or alias. */
  resourceId: string;
  /** Matching conditions: `{ kecamatan: 'Taliwang' }`, `{ kecamatan: ['A', 'B'] }` (IN), `{ umur: { gt: 24 } }` (2.12+). */
  filters?: Record<string, unknown>;
  /** Full-text query: a string on all fields, or `{ field: text }`. */
  q?: string | Record<string, string>;
  /** Full-text query on the whole row (2.10+). */
  fullText?: string;
  /** Treat `q` as plain text. @defaultValue true (CKAN) */
  plain?: boolean;
  /** Full-text language. @defaultValue `'english'` (CKAN) */
  language?: string;
  /** Distinct rows only. */
  distinct?: boolean;
  /** Fields to return, in order. */
  fields?: readonly string[];
  /** `"tahun desc, kecamatan"`. */
  sort?: string;
  /** Rows per request; CKAN's default is 100 and its cap 32000. */
  limit?: number;
  /** Offset of the first row. */
  offset?: number;
  /** Ask for `total`. @defaultValue true (CKAN) */
  includeTotal?: boolean;
  /** `objects` (default), `lists`, `csv` or `tsv`. */
  recordsFormat?: 'objects' | 'lists' | 'csv' | 'tsv';
  /** Ask for `next_page` (CKAN 2.12+). */
  includeNextPage?: boolean;
  /** Cancels the request. */
  signal?: AbortSignal;
}

/**
 * A package to create: `name` (2–100 characters of `a-z0-9_-`) and, on most sites,
 * `owner_org`; any other CKAN or scheming field is sent as is.
 *
 * @example
 * ```ts
 * const input: CkanPackageInput = { name: 'jumlah-penduduk-ksb-2024', title: 'Jumlah Penduduk KSB 2024', owner_org: 'bappeda-ksb' };
 * ```
 */
export interface CkanPackageInput {
  name: string;
  owner_org?: string;
  title?: string;
  notes?: string;
  private?: boolean;
  license_id?: string;
  tags?: ReadonlyArray<{ name: string; vocabulary_id?: string }>;
  extras?: ReadonlyArray<{ key: string; value: string }>;
  resources?: ReadonlyArray<Record<string, unknown>>;
  [key: string]: unknown;
}

/**
 * A resource to create: a link (`url`) or an uploaded file (`upload`, sent as multipart).
 *
 * @example
 * ```ts
 * const csv = 'kecamatan,jumlah\nTaliwang,62000\n';
 * const input: CkanResourceInput = { package_id: 'jumlah-penduduk-ksb-2024', name: 'Data 2024', format: 'CSV', upload: new Blob([csv], { type: 'text/csv' }), fileName: 'penduduk-2024.csv' };
 * ```
 */
export interface CkanResourceInput {
  package_id: string;
  url?: string;
  name?: string;
  format?: string;
  description?: string;
  /** The file to upload (multipart `upload`). */
  upload?: Blob;
  /** File name of the upload. @defaultValue `name`, else `upload` */
  fileName?: string;
  [key: string]: unknown;
}

/**
 * What `datastore_create` takes: the table's resource (`resourceId`, or a new `resource` to create
 * with it), its `fields` and `primaryKey` (as {@link toDatastoreFields} returns them), and rows to
 * append. Calling it again on the same resource adds fields and replaces the primary key,
 * indexes and aliases, but appends `records` again: it is not idempotent.
 *
 * @example
 * ```ts
 * const input: DatastoreCreateInput = {
 *   resourceId: 'b0c1d2e3-penduduk-2024',
 *   fields: [{ id: 'kecamatan', type: 'text' }, { id: 'jumlah', type: 'int' }],
 *   primaryKey: ['kecamatan'],
 *   records: [{ kecamatan: 'Taliwang', jumlah: 62000 }],
 * };
 * ```
 */
export interface DatastoreCreateInput {
  /** The resource the table belongs to. Give this or `resource`, not both. */
  resourceId?: string | undefined;
  /**
   * A resource to create in `package_id` and hold the table (no file: CKAN marks it
   * `url_type: 'datastore'`). Give this or `resourceId`, not both. A `url` is refused: CKAN then
   * hands the file to DataPusher and creates no table itself.
   */
  resource?: { package_id: string; url?: never; [key: string]: unknown } | undefined;
  /** The columns; a field already in the table keeps its type. */
  fields?: readonly CkanDatastoreField[] | undefined;
  /** Rows appended to the table. */
  records?: ReadonlyArray<Record<string, unknown>> | undefined;
  /** Columns of the unique key `datastore_upsert` matches on; replaces any earlier key. */
  primaryKey?: string | readonly string[] | undefined;
  /** Columns to index; replaces earlier indexes. */
  indexes?: string | readonly string[] | undefined;
  /** Read-only alias names of the table; replaces earlier aliases. */
  aliases?: string | readonly string[] | undefined;
  /** Write even if the resource is read-only (a DataPusher/XLoader table). */
  force?: boolean | undefined;
  /** Refresh the stored row count `datastore_search` estimates totals from; set it on the last of a series of writes. */
  calculateRecordCount?: boolean | undefined;
}

/**
 * What `datastore_upsert` takes: rows and how to write them. `upsert` (CKAN's default) and
 * `update` match rows on the table's primary key; `insert` fails on a duplicate key.
 *
 * @example
 * ```ts
 * const input: DatastoreUpsertInput = {
 *   resourceId: 'b0c1d2e3-penduduk-2024',
 *   records: [{ kecamatan: 'Taliwang', jumlah: 62150 }],
 *   method: 'upsert',
 * };
 * ```
 */
export interface DatastoreUpsertInput {
  /** The resource id or alias of the table. */
  resourceId: string;
  /** The rows to write. */
  records: ReadonlyArray<Record<string, unknown>>;
  /** @defaultValue `'upsert'` (CKAN) */
  method?: 'upsert' | 'insert' | 'update' | undefined;
  /** Write even if the resource is read-only (a DataPusher/XLoader table). */
  force?: boolean | undefined;
  /** Refresh the stored row count `datastore_search` estimates totals from; set it on the last of a series of writes. */
  calculateRecordCount?: boolean | undefined;
  /** Check the rows (types, keys) and roll back instead of committing (CKAN 2.9+). */
  dryRun?: boolean | undefined;
}

/**
 * How {@link CkanClient.datastoreRecords} walks the pages.
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id' });
 * ckan.datastoreRecords({ resourceId: 'b0c1d2e3-penduduk-2024', paging: 'offset' });
 * ```
 */
export type DatastorePaging = 'auto' | 'offset' | 'next_page';

/**
 * A typed client of the CKAN Action API v3. Every list is a lazily fetched
 * {@link @opengov-id/core!index.Paginated} (an `AsyncIterable`). Errors are typed:
 * {@link CkanNotFoundError}, {@link CkanAuthorizationError}, {@link CkanValidationError},
 * {@link CkanSearchError}, {@link CkanBadRequestError}, {@link CkanActionError},
 * {@link CkanHtmlResponseError}, and core's network, timeout and shape errors.
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id' });
 * for await (const pkg of ckan.searchPackages({ fq: 'organization:bappeda', rows: 100 })) console.log(pkg.title);
 * ```
 */
export interface CkanClient {
  /** The action API base, ending in `/api/3/action/`. */
  readonly apiUrl: string;
  /** One page of `package_search`. */
  packageSearch(params?: PackageSearchParams): Promise<CkanPackageSearchResult>;
  /** Every match of `package_search`, page by page (`rows` per page, 100 by default). */
  searchPackages(params?: PackageSearchParams): Paginated<CkanPackageSummary, CkanPackageSearchResult>;
  /** `package_show` by id or name. */
  packageShow(id: string, options?: { signal?: AbortSignal }): Promise<CkanPackageSummary>;
  /** `package_list`: names of active public datasets. */
  packageList(params?: ListParams): Paginated<string, string[]>;
  /** `organization_list`: names, or dicts with `allFields: true`. */
  organizationList(params?: GroupListParams & { allFields?: false }): Paginated<string, string[]>;
  /** `organization_list` with `all_fields`. */
  organizationList(params: GroupListParams & { allFields: true }): Paginated<CkanGroup, CkanGroup[]>;
  /** `organization_show` by id or name. */
  organizationShow(
    id: string,
    options?: { includeDatasets?: boolean; includeExtras?: boolean; signal?: AbortSignal },
  ): Promise<CkanGroup>;
  /** `group_list`: names, or dicts with `allFields: true`. */
  groupList(params?: GroupListParams & { allFields?: false }): Paginated<string, string[]>;
  /** `group_list` with `all_fields`. */
  groupList(params: GroupListParams & { allFields: true }): Paginated<CkanGroup, CkanGroup[]>;
  /** `tag_list`: names, optionally matching `query` or in a vocabulary. */
  tagList(params?: { query?: string; vocabularyId?: string; signal?: AbortSignal }): Promise<string[]>;
  /** `tag_list` with `all_fields`. */
  tagList(params: {
    query?: string;
    vocabularyId?: string;
    allFields: true;
    signal?: AbortSignal;
  }): Promise<CkanTag[]>;
  /** `resource_show` by id. */
  resourceShow(id: string, options?: { signal?: AbortSignal }): Promise<CkanResource>;
  /** `license_list`. */
  licenseList(options?: { signal?: AbortSignal }): Promise<CkanLicense[]>;
  /** `status_show`: site title, CKAN version (unless hidden) and extensions. */
  statusShow(options?: { signal?: AbortSignal }): Promise<CkanStatus>;
  /** One page of `datastore_search`, in whichever shape the site sends. */
  datastoreSearch(params: DatastoreSearchParams): Promise<DatastoreSearchResult>;
  /**
   * Every row of a DataStore resource: by `next_page` when the site sends it (2.12+), else by
   * offset (`_links` era). `recordsFormat` must be `objects` or `lists`.
   */
  datastoreRecords(
    params: DatastoreSearchParams & { paging?: DatastorePaging },
  ): Paginated<Record<string, unknown> | unknown[], DatastoreSearchResult>;
  /** `package_create`; needs a token. */
  packageCreate(input: CkanPackageInput, options?: { signal?: AbortSignal }): Promise<CkanPackageSummary>;
  /** `package_patch`: the given top-level keys only; a list (`resources`, `tags`, `extras`) replaces the whole list. */
  packagePatch(
    input: { id: string; [key: string]: unknown },
    options?: { signal?: AbortSignal },
  ): Promise<CkanPackageSummary>;
  /** `resource_create`, as multipart when `upload` is given; needs a token. */
  resourceCreate(input: CkanResourceInput, options?: { signal?: AbortSignal }): Promise<CkanResource>;
  /**
   * `datastore_create`: creates or alters a DataStore table and appends `records`; needs a token.
   * Never retried automatically, since a second attempt would append the rows again.
   */
  datastoreCreate(
    input: DatastoreCreateInput,
    options?: { signal?: AbortSignal },
  ): Promise<DatastoreWriteResult>;
  /**
   * `datastore_upsert`: writes rows into an existing table; needs a token. Not retried
   * automatically; with `method: 'upsert'` a failed call can safely be made again.
   */
  datastoreUpsert(
    input: DatastoreUpsertInput,
    options?: { signal?: AbortSignal },
  ): Promise<DatastoreWriteResult>;
  /** Any other action, validated with your `schema` inside the envelope. */
  action<S extends z.ZodType>(
    name: string,
    options: {
      schema: S;
      method?: HttpMethod;
      query?: Record<string, QueryValue>;
      json?: unknown;
      signal?: AbortSignal;
    },
  ): Promise<z.output<S>>;
}

/** Normalises a portal root or an action URL to the action API base. */
export function ckanApiUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw ValidationError.single(
      'baseUrl',
      { id: '`baseUrl` bukan URL yang valid.', en: '`baseUrl` is not a valid URL.' },
      'invalid_base_url',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw ValidationError.single(
      'baseUrl',
      { id: '`baseUrl` harus http atau https.', en: '`baseUrl` must be http or https.' },
      'invalid_base_url',
    );
  }
  url.search = '';
  url.hash = '';
  let path = url.pathname.replace(/\/+$/, '');
  if (/\/api\/3$/.test(path)) path += '/action';
  else if (!/\/api(?:\/\d)?\/action$/.test(path)) path += '/api/3/action';
  url.pathname = `${path}/`;
  return url.href;
}

function checkInt(field: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw ValidationError.single(
      field,
      {
        id: `\`${field}\` wajib bilangan bulat ${min} sampai ${max}.`,
        en: `\`${field}\` must be an integer from ${min} to ${max}.`,
      },
      'invalid_parameter',
    );
  }
}

const PACKAGE_NAME = /^[a-z0-9_-]{2,100}$/;

function searchQuery(params: PackageSearchParams): Record<string, QueryValue> {
  checkInt('rows', params.rows, 0, CKAN_MAX_ROWS);
  checkInt('start', params.start, 0, Number.MAX_SAFE_INTEGER);
  const fq =
    typeof params.fq === 'string' ? params.fq : params.fq?.length ? params.fq.join(' AND ') : undefined;
  return {
    ...params.extra,
    q: params.q,
    fq,
    sort: params.sort,
    rows: params.rows,
    start: params.start,
    'facet.field': params.facetFields ? JSON.stringify(params.facetFields) : undefined,
    'facet.limit': params.facetLimit,
    'facet.mincount': params.facetMinCount,
    include_private: params.includePrivate,
    include_drafts: params.includeDrafts,
  };
}

function datastoreQuery(params: DatastoreSearchParams): Record<string, QueryValue> {
  checkInt('limit', params.limit, 0, 32000);
  checkInt('offset', params.offset, 0, Number.MAX_SAFE_INTEGER);
  return {
    resource_id: params.resourceId,
    filters: params.filters ? JSON.stringify(params.filters) : undefined,
    q:
      params.q === undefined ? undefined : typeof params.q === 'string' ? params.q : JSON.stringify(params.q),
    full_text: params.fullText,
    plain: params.plain,
    language: params.language,
    distinct: params.distinct,
    fields: params.fields ? params.fields.join(',') : undefined,
    sort: params.sort,
    limit: params.limit,
    offset: params.offset,
    include_total: params.includeTotal,
    records_format: params.recordsFormat,
    include_next_page: params.includeNextPage,
  };
}

function requireText(field: string, value: unknown): void {
  if (typeof value === 'string' && value !== '') return;
  throw ValidationError.single(
    field,
    { id: `Kolom \`${field}\` wajib diisi.`, en: `Field \`${field}\` is required.` },
    'invalid_parameter',
  );
}

function requireRecords(value: unknown, required: boolean): void {
  if (value === undefined && !required) return;
  if (Array.isArray(value) && value.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r)))
    return;
  throw ValidationError.single(
    'records',
    {
      id: 'Kolom `records` wajib berupa daftar objek baris.',
      en: 'Field `records` must be a list of row objects.',
    },
    'invalid_parameter',
  );
}

// CKAN reads these as a list or a comma-separated string; a list is sent as is.
const list = (value: string | readonly string[] | undefined) => (typeof value === 'string' ? [value] : value);

function datastoreCreateBody(input: DatastoreCreateInput): Record<string, unknown> {
  if ((input.resourceId === undefined) === (input.resource === undefined)) {
    throw ValidationError.single(
      'resourceId',
      {
        id: 'Berikan salah satu dari `resourceId` atau `resource`, tidak keduanya.',
        en: 'Give exactly one of `resourceId` or `resource`.',
      },
      'invalid_parameter',
    );
  }
  if (input.resource === undefined) requireText('resourceId', input.resourceId);
  else {
    requireText('resource.package_id', input.resource.package_id);
    if (input.resource.url !== undefined) {
      throw ValidationError.single(
        'resource.url',
        {
          id: 'datastoreCreate tidak menerima `resource.url`: CKAN menyerahkan berkas ke DataPusher tanpa membuat tabel. Buat sumber daya dengan resourceCreate.',
          en: 'datastoreCreate takes no `resource.url`: CKAN hands the file to DataPusher and creates no table. Create the resource with resourceCreate.',
        },
        'invalid_parameter',
      );
    }
  }
  requireRecords(input.records, false);
  const body: Record<string, unknown> = {
    resource_id: input.resourceId,
    resource: input.resource,
    // A null `info` (as some sites send it back) fails CKAN's dict validator.
    fields: input.fields?.map(({ info, ...field }) => (info == null ? field : { ...field, info })),
    records: input.records,
    primary_key: list(input.primaryKey),
    indexes: list(input.indexes),
    aliases: list(input.aliases),
    force: input.force,
    calculate_record_count: input.calculateRecordCount,
  };
  for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
  return body;
}

function formValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Creates a client of a CKAN portal's Action API v3 on core's HTTP client: retries on
 * 5xx/429 for reads (never for writes), per-attempt timeouts, the token raw in
 * `Authorization` and only to the portal's own origin, and every CKAN error shape mapped to
 * a typed error with a message in Indonesian and English.
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id', token: process.env['CKAN_TOKEN'] });
 *
 * const page = await ckan.packageSearch({ q: 'penduduk', facetFields: ['organization'], rows: 20 });
 * console.log(page.count, page.search_facets?.['organization']?.items);
 *
 * for await (const row of ckan.datastoreRecords({ resourceId: 'b0c1…', filters: { tahun: 2024 } })) console.log(row);
 *
 * await ckan.packageCreate({ name: 'jumlah-penduduk-ksb-2024', owner_org: 'bappeda-ksb' });
 * ```
 */
export function createCkanClient(options: CkanClientOptions): CkanClient {
  const apiUrl = ckanApiUrl(options.baseUrl);
  const httpOptions: HttpClientOptions = { ...options.http, baseUrl: apiUrl, authScheme: 'raw' };
  if (options.token !== undefined) httpOptions.token = options.token;
  const http: HttpClient = createHttpClient(httpOptions);
  const hasToken = options.token !== undefined;

  async function call<S extends z.ZodType>(
    action: string,
    schema: S,
    request: {
      method?: HttpMethod;
      query?: Record<string, QueryValue>;
      json?: unknown;
      body?: FormData;
      signal?: AbortSignal | undefined;
    },
  ): Promise<z.output<S>> {
    const method = request.method ?? 'GET';
    const url = `${apiUrl}${action}`;
    let response: Awaited<ReturnType<HttpClient['send']>>;
    try {
      response = await http.send({
        path: action,
        method,
        responseType: 'text',
        ...(request.query ? { query: request.query } : {}),
        ...(request.json !== undefined ? { json: request.json } : {}),
        ...(request.body ? { body: request.body } : {}),
        ...(request.signal ? { signal: request.signal } : {}),
      });
    } catch (error) {
      throw mapHttpError(error, action, url);
    }
    const context: CkanAnswerContext = {
      action,
      url,
      method,
      status: response.status,
      requestId: response.requestId,
    };
    return parseAnswer(String(response.data ?? ''), schema, context);
  }

  function requireToken(action: string): void {
    if (hasToken) return;
    throw ValidationError.single(
      'token',
      {
        id: `Aksi CKAN ${action} memerlukan token API; berikan \`token\` ke createCkanClient.`,
        en: `CKAN ${action} needs an API token; pass \`token\` to createCkanClient.`,
      },
      'ckan_token_required',
    );
  }

  function groupLister(action: 'organization_list' | 'group_list') {
    return (params: GroupListParams & { allFields?: boolean } = {}) => {
      const allFields = params.allFields === true;
      // CKAN caps all_fields lists at 25 per call by default and name lists at 1000.
      const pageSize = params.pageSize ?? (allFields ? 25 : 1000);
      checkInt('pageSize', pageSize, 1, 1000);
      const schema = allFields ? z.array(CkanGroup) : z.array(z.string());
      return offsetPaginator({
        pageSize,
        startOffset: params.offset ?? 0,
        fetchPage: ({ offset, limit }) =>
          call(action, schema, {
            query: {
              all_fields: allFields || undefined,
              limit,
              offset,
              sort: params.sort,
              q: params.q,
              include_dataset_count: params.includeDatasetCount,
              include_extras: params.includeExtras,
            },
            signal: params.signal,
          }) as Promise<unknown[]>,
        items: (page) => page,
      });
    };
  }

  const client: CkanClient = {
    apiUrl,
    packageSearch(params = {}) {
      return call('package_search', CKAN_RESULT_SCHEMAS.package_search, {
        query: searchQuery(params),
        signal: params.signal,
      });
    },
    searchPackages(params = {}) {
      const rows = params.rows ?? 100;
      checkInt('rows', rows, 1, CKAN_MAX_ROWS);
      return offsetPaginator({
        pageSize: rows,
        startOffset: params.start ?? 0,
        fetchPage: ({ offset, limit }) => client.packageSearch({ ...params, start: offset, rows: limit }),
        items: (page) => page.results,
        total: (page) => page.count,
      });
    },
    packageShow(id, opts = {}) {
      return call('package_show', CKAN_RESULT_SCHEMAS.package_show, { query: { id }, signal: opts.signal });
    },
    packageList(params = {}) {
      const pageSize = params.pageSize ?? 1000;
      checkInt('pageSize', pageSize, 1, Number.MAX_SAFE_INTEGER);
      return offsetPaginator({
        pageSize,
        startOffset: params.offset ?? 0,
        fetchPage: ({ offset, limit }) =>
          call('package_list', CKAN_RESULT_SCHEMAS.package_list, {
            query: { limit, offset },
            signal: params.signal,
          }),
        items: (page) => page,
      });
    },
    organizationList: groupLister('organization_list') as CkanClient['organizationList'],
    organizationShow(id, opts = {}) {
      return call('organization_show', CKAN_RESULT_SCHEMAS.organization_show, {
        query: { id, include_datasets: opts.includeDatasets ?? false, include_extras: opts.includeExtras },
        signal: opts.signal,
      });
    },
    groupList: groupLister('group_list') as CkanClient['groupList'],
    tagList: ((
      params: { query?: string; vocabularyId?: string; allFields?: boolean; signal?: AbortSignal } = {},
    ) =>
      call('tag_list', params.allFields ? z.array(CkanTag) : z.array(z.string()), {
        query: { query: params.query, vocabulary_id: params.vocabularyId, all_fields: params.allFields },
        signal: params.signal,
      })) as CkanClient['tagList'],
    resourceShow(id, opts = {}) {
      return call('resource_show', CKAN_RESULT_SCHEMAS.resource_show, { query: { id }, signal: opts.signal });
    },
    licenseList(opts = {}) {
      return call('license_list', CKAN_RESULT_SCHEMAS.license_list, { signal: opts.signal });
    },
    statusShow(opts = {}) {
      return call('status_show', CKAN_RESULT_SCHEMAS.status_show, { signal: opts.signal });
    },
    datastoreSearch(params) {
      return call('datastore_search', CKAN_RESULT_SCHEMAS.datastore_search, {
        query: datastoreQuery(params),
        signal: params.signal,
      });
    },
    datastoreRecords(params) {
      const { paging = 'auto', ...search } = params;
      if (search.recordsFormat === 'csv' || search.recordsFormat === 'tsv') {
        throw ValidationError.single(
          'recordsFormat',
          {
            id: '`recordsFormat` untuk datastoreRecords harus `objects` atau `lists`.',
            en: '`recordsFormat` of datastoreRecords must be `objects` or `lists`.',
          },
          'invalid_parameter',
        );
      }
      const limit = search.limit ?? 100;
      checkInt('limit', limit, 1, 32000);
      type Cursor = { offset: number } | { next: Record<string, unknown> };
      return paginate<DatastoreSearchResult, Record<string, unknown> | unknown[], Cursor>({
        initial: { offset: search.offset ?? 0 },
        fetchPage: (cursor) => {
          if ('next' in cursor) {
            const { offset: _ignored, ...rest } = datastoreQuery({ ...search, limit });
            const next: Record<string, QueryValue> = { ...rest };
            for (const [key, value] of Object.entries(cursor.next)) {
              next[key] =
                value === null || typeof value !== 'object' ? (value as QueryValue) : JSON.stringify(value);
            }
            return call('datastore_search', CKAN_RESULT_SCHEMAS.datastore_search, {
              query: next,
              signal: search.signal,
            });
          }
          return client.datastoreSearch({
            ...search,
            limit,
            offset: cursor.offset,
            ...(paging !== 'offset' ? { includeNextPage: true } : {}),
          });
        },
        items: (page) => (typeof page.records === 'string' ? [] : page.records),
        next: (page, cursor, items) => {
          if (items.length === 0) return undefined;
          const nextPage = page.next_page;
          if (paging !== 'offset' && nextPage !== null && typeof nextPage === 'object')
            return { next: nextPage };
          if (paging === 'next_page') return undefined;
          const offset = ('offset' in cursor ? cursor.offset : 0) + items.length;
          if (typeof page.total === 'number') return offset < page.total ? { offset } : undefined;
          return items.length < limit ? undefined : { offset };
        },
      });
    },
    packageCreate(input, opts = {}) {
      requireToken('package_create');
      if (typeof input.name !== 'string' || !PACKAGE_NAME.test(input.name)) {
        throw ValidationError.single(
          'name',
          {
            id: 'Kolom `name` wajib 2–100 karakter huruf kecil, angka, `-` atau `_`.',
            en: 'Field `name` must be 2–100 characters of lowercase letters, digits, `-` or `_`.',
          },
          'invalid_package_name',
        );
      }
      return call('package_create', CKAN_RESULT_SCHEMAS.package_create, {
        method: 'POST',
        json: input,
        signal: opts.signal,
      });
    },
    packagePatch(input, opts = {}) {
      requireToken('package_patch');
      if (typeof input.id !== 'string' || input.id === '') {
        throw ValidationError.single(
          'id',
          { id: 'Kolom `id` wajib diisi.', en: 'Field `id` is required.' },
          'invalid_parameter',
        );
      }
      return call('package_patch', CKAN_RESULT_SCHEMAS.package_patch, {
        method: 'POST',
        json: input,
        signal: opts.signal,
      });
    },
    resourceCreate(input, opts = {}) {
      requireToken('resource_create');
      if (typeof input.package_id !== 'string' || input.package_id === '') {
        throw ValidationError.single(
          'package_id',
          { id: 'Kolom `package_id` wajib diisi.', en: 'Field `package_id` is required.' },
          'invalid_parameter',
        );
      }
      const { upload, fileName, ...fields } = input;
      if (upload === undefined) {
        return call('resource_create', CKAN_RESULT_SCHEMAS.resource_create, {
          method: 'POST',
          json: fields,
          signal: opts.signal,
        });
      }
      const form = new FormData();
      for (const [key, value] of Object.entries(fields)) {
        if (value !== undefined && value !== null) form.append(key, formValue(value));
      }
      form.append('upload', upload, fileName ?? (typeof fields.name === 'string' ? fields.name : 'upload'));
      return call('resource_create', CKAN_RESULT_SCHEMAS.resource_create, {
        method: 'POST',
        body: form,
        signal: opts.signal,
      });
    },
    datastoreCreate(input, opts = {}) {
      requireToken('datastore_create');
      return call('datastore_create', CKAN_RESULT_SCHEMAS.datastore_create, {
        method: 'POST',
        json: datastoreCreateBody(input),
        signal: opts.signal,
      });
    },
    datastoreUpsert(input, opts = {}) {
      requireToken('datastore_upsert');
      requireText('resourceId', input.resourceId);
      requireRecords(input.records, true);
      if (input.method !== undefined && !['upsert', 'insert', 'update'].includes(input.method)) {
        throw ValidationError.single(
          'method',
          {
            id: '`method` harus `upsert`, `insert` atau `update`.',
            en: '`method` must be `upsert`, `insert` or `update`.',
          },
          'invalid_parameter',
        );
      }
      const body: Record<string, unknown> = { resource_id: input.resourceId, records: input.records };
      if (input.method !== undefined) body['method'] = input.method;
      if (input.force !== undefined) body['force'] = input.force;
      if (input.calculateRecordCount !== undefined)
        body['calculate_record_count'] = input.calculateRecordCount;
      if (input.dryRun !== undefined) body['dry_run'] = input.dryRun;
      return call('datastore_upsert', CKAN_RESULT_SCHEMAS.datastore_upsert, {
        method: 'POST',
        json: body,
        signal: opts.signal,
      });
    },
    action(name, opts) {
      return call(name, opts.schema, {
        ...(opts.method ? { method: opts.method } : {}),
        ...(opts.query ? { query: opts.query } : {}),
        ...(opts.json !== undefined ? { json: opts.json } : {}),
        signal: opts.signal,
      });
    },
  };
  return client;
}
