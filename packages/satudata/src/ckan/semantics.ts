import { OpenGovError } from '@opengov-id/core';
import type { CkanDatastoreField } from './datastore-field.js';
import type { CkanPackageSummary } from './schemas.js';

// The read semantics of CKAN's actions over records held in memory, written once and used by both
// the emulated portal of `@opengov-id/satudata/testing` and the reference server's CKAN module.

/**
 * The parameters of a CKAN action as the portal receives them: strings from a query string, or
 * already typed values (numbers, booleans) from a validated request. Both are read the same way.
 *
 * @example
 * ```ts
 * const params: CkanActionParams = { q: 'stunting', rows: '20', 'facet.field': '["organization"]' };
 * ```
 */
export type CkanActionParams = Readonly<Record<string, unknown>>;

/**
 * The `error` object of a failed CKAN action: `__type` and `message`, or, for a `Validation
 * Error`, field → messages next to `__type`.
 *
 * @example
 * ```ts
 * const error: CkanErrorDict = { __type: 'Not Found Error', message: 'Not found' };
 * ```
 */
export type CkanErrorDict = { __type: string; message?: string } & Record<string, unknown>;

/**
 * A CKAN action refused the request the way CKAN does: 400 `Search Query Error`, 403
 * `Authorization Error`, 404 `Not Found Error` or 409 `Validation Error`. A portal answers it as
 * `{ help, success: false, error }` with `status` (see {@link ckanFailureBody}).
 *
 * @example
 * ```ts
 * const { packages } = seedCatalogue({ datasets: 50, seed: 1 }); // or your portal's packages
 * try {
 *   searchCkanPackages(packages, { sort: 'nope asc' });
 * } catch (error) {
 *   if (error instanceof CkanActionFailure) console.log(error.status, error.error.__type); // 400 'Search Query Error'
 * }
 * ```
 */
export class CkanActionFailure extends OpenGovError {
  /** The class name, `CkanActionFailure`, kept through minification. */
  override readonly name: string = 'CkanActionFailure';
  /** The HTTP status CKAN answers with. */
  readonly status: 400 | 403 | 404 | 409;
  /** CKAN's `error` object. */
  readonly error: CkanErrorDict;

  constructor(status: 400 | 403 | 404 | 409, error: CkanErrorDict) {
    super(`CKAN refused the request: ${error.__type} (HTTP ${status}).`, {
      code: 'ckan_action_failure',
      messages: {
        id: `CKAN menolak permintaan: ${error.__type} (HTTP ${status}).`,
        en: `CKAN refused the request: ${error.__type} (HTTP ${status}).`,
      },
    });
    this.status = status;
    this.error = error;
  }

  protected override details(): Record<string, unknown> {
    return { status: this.status, ckanType: this.error.__type };
  }
}

/**
 * The body CKAN answers a refused action with.
 *
 * @example
 * ```ts
 * const help = 'https://data.ksb.test/api/3/action/help_show?name=package_show';
 * ckanFailureBody(new CkanActionFailure(404, { __type: 'Not Found Error', message: 'Not found' }), help);
 * // { help, success: false, error: { __type: 'Not Found Error', message: 'Not found' } }
 * ```
 */
export function ckanFailureBody(
  failure: CkanActionFailure,
  help: string,
): { help: string; success: false; error: CkanErrorDict } {
  return { help, success: false, error: failure.error };
}

/**
 * CKAN's `help` of an action: the `help_show` URL next to the action's own URL. Clients tell
 * CKAN from DKAN 7 by it (DKAN sends a docstring).
 *
 * @example
 * ```ts
 * ckanHelpUrl('https://data.ksb.test/api/3/action/package_search?q=x', 'package_search');
 * // 'https://data.ksb.test/api/3/action/help_show?name=package_search'
 * ```
 */
export function ckanHelpUrl(actionUrl: string, action: string): string {
  const url = new URL(actionUrl);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/[^/]*$/, 'help_show');
  url.searchParams.set('name', action);
  return url.href;
}

const notFound = (message = 'Not found'): CkanActionFailure =>
  new CkanActionFailure(404, { __type: 'Not Found Error', message });
const validation = (fields: Record<string, string[]>): CkanActionFailure =>
  new CkanActionFailure(409, { ...fields, __type: 'Validation Error' });
const searchQuery = (detail: string): CkanActionFailure =>
  new CkanActionFailure(400, {
    __type: 'Search Query Error',
    message: `Search Query is invalid: '${detail}'`,
  });

/**
 * A `Not Found Error` as CKAN words it (`Not found`, or the given message).
 *
 * @example
 * ```ts
 * throw ckanNotFound('Resource was not found.');
 * ```
 */
export function ckanNotFound(message?: string): CkanActionFailure {
  return notFound(message);
}

/**
 * A `Validation Error` with field → messages, as CKAN answers a bad parameter (409).
 *
 * @example
 * ```ts
 * throw ckanValidationFailure({ resource_id: ['Missing value'] });
 * ```
 */
export function ckanValidationFailure(fields: Record<string, string[]>): CkanActionFailure {
  return validation(fields);
}

/** A CKAN integer parameter (a string in the query), or the fallback; CKAN's 409 otherwise. @internal */
export function int(value: unknown, field: string, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(number) || number < 0) throw validation({ [field]: ['Invalid integer'] });
  return number;
}

/** A CKAN boolean parameter as CKAN reads it (`true`, `True`, `1`), or the fallback. @internal */
export function bool(value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === null || value === '') return fallback;
  return value === true || value === 'true' || value === 'True' || value === '1';
}

function json(value: unknown, field: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    throw validation({ [field]: ['Could not parse as valid JSON'] });
  }
}

// --- package_search: a small Solr-like subset (field:value, quoted values, negation, ranges) ---

interface Clause {
  negate: boolean;
  field: string | undefined;
  value: string;
  range?: [string, string];
}

function parseQuery(text: string): Clause[] {
  const clauses: Clause[] = [];
  const pattern =
    /\s*(?:(AND|OR)\s+)?(-|\+)?(?:([A-Za-z_][\w.]*):)?(?:"([^"]*)"|\[([^\]\s]+)\s+TO\s+([^\]\s]+)\]|([^\s"[\]()]+))/y;
  let rest = text.trim();
  if (rest === '' || rest === '*:*') return clauses;
  if (/[()]/.test(rest)) {
    let depth = 0;
    for (const char of rest) {
      depth += char === '(' ? 1 : char === ')' ? -1 : 0;
      if (depth < 0) break;
    }
    if (depth !== 0) throw searchQuery(text);
    rest = rest.replace(/[()]/g, ' ').trim();
  }
  pattern.lastIndex = 0;
  while (pattern.lastIndex < rest.length) {
    const start = pattern.lastIndex;
    const match = pattern.exec(rest);
    if (!match || pattern.lastIndex === start) {
      if (rest.slice(start).trim() === '') break;
      throw searchQuery(text);
    }
    const [, , sign, field, quoted, from, to, bare] = match;
    if (from !== undefined && to !== undefined) {
      clauses.push({ negate: sign === '-', field, value: '', range: [from, to] });
    } else {
      const value = quoted ?? bare ?? '';
      if (value === 'AND' || value === 'OR') continue;
      clauses.push({ negate: sign === '-', field, value });
    }
  }
  return clauses;
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

function fieldValues(pkg: CkanPackageSummary, field: string): string[] {
  switch (field) {
    case 'organization':
      return pkg.organization ? [pkg.organization.name] : [];
    case 'owner_org':
      return pkg.owner_org ? [pkg.owner_org] : [];
    case 'groups':
      return (pkg.groups ?? []).map((g) => g.name);
    case 'tags':
      return (pkg.tags ?? []).map((t) => t.name);
    case 'res_format':
      return (pkg.resources ?? []).map((r) => text(r.format));
    case 'license_id':
    case 'name':
    case 'id':
    case 'type':
    case 'state':
    case 'title':
    case 'metadata_modified':
    case 'metadata_created':
      return [text(pkg[field])];
    default:
      if (field.startsWith('extras_')) {
        const key = field.slice(7);
        return (pkg.extras ?? []).filter((e) => e.key === key).map((e) => text(e.value));
      }
      throw searchQuery(`undefined field ${field}`);
  }
}

function matches(pkg: CkanPackageSummary, clause: Clause): boolean {
  let hit: boolean;
  if (clause.field === undefined) {
    const needle = clause.value.toLowerCase();
    const haystack = [pkg.name, text(pkg.title), text(pkg.notes), ...(pkg.tags ?? []).map((t) => t.name)]
      .join(' ')
      .toLowerCase();
    hit = needle === '*' || haystack.includes(needle);
  } else if (clause.range) {
    const [from, to] = clause.range;
    hit = fieldValues(pkg, clause.field).some((v) => {
      const value = clause.field?.startsWith('metadata_') ? `${v}Z` : v;
      return (from === '*' || value >= from) && (to === '*' || value <= to);
    });
  } else {
    const values = fieldValues(pkg, clause.field);
    hit = clause.value === '*' ? values.length > 0 : values.includes(clause.value);
  }
  return clause.negate ? !hit : hit;
}

const SORTABLE: Record<string, (p: CkanPackageSummary) => string> = {
  name: (p) => p.name,
  id: (p) => p.id,
  title_string: (p) => text(p.title).toLowerCase(),
  metadata_modified: (p) => text(p.metadata_modified),
  metadata_created: (p) => text(p.metadata_created),
};

function sortPackages<P extends CkanPackageSummary>(list: readonly P[], sort: string): P[] {
  const keys = sort
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !part.startsWith('score'))
    .map((part) => {
      const [field = '', direction = 'asc'] = part.split(/\s+/);
      const get = SORTABLE[field];
      if (!get || (direction !== 'asc' && direction !== 'desc')) throw searchQuery(`can not sort on ${part}`);
      return { get, sign: direction === 'asc' ? 1 : -1 };
    });
  if (keys.length === 0) keys.push({ get: SORTABLE['metadata_modified']!, sign: -1 });
  return [...list].sort((a, b) => {
    for (const { get, sign } of keys) {
      const x = get(a);
      const y = get(b);
      if (x !== y) return x < y ? -sign : sign;
    }
    return 0;
  });
}

function facet(list: readonly CkanPackageSummary[], fields: string[], limit: number, mincount: number) {
  const facets: Record<string, Record<string, number>> = {};
  const searchFacets: Record<
    string,
    { title: string; items: Array<{ name: string; display_name: string; count: number }> }
  > = {};
  for (const field of fields) {
    const counts = new Map<string, number>();
    for (const pkg of list)
      for (const value of new Set(fieldValues(pkg, field))) counts.set(value, (counts.get(value) ?? 0) + 1);
    const items = [...counts.entries()]
      .filter(([, count]) => count >= mincount)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit < 0 ? undefined : limit);
    facets[field] = Object.fromEntries(items);
    searchFacets[field] = {
      title: field,
      items: items.map(([name, count]) => ({ name, display_name: name, count })),
    };
  }
  return { facets, search_facets: searchFacets };
}

/**
 * The `result` of `package_search` over packages a portal holds in memory.
 *
 * @example
 * ```ts
 * const { packages } = seedCatalogue({ datasets: 50, seed: 1 }); // or your portal's packages
 * const result: CkanPackageSearchAnswer<CkanPackageSummary> = searchCkanPackages(packages, { rows: 10 });
 * ```
 */
export type CkanPackageSearchAnswer<P> = {
  count: number;
  sort: string;
  results: P[];
  facets: Record<string, Record<string, number>>;
  search_facets: Record<
    string,
    { title: string; items: Array<{ name: string; display_name: string; count: number }> }
  >;
};

/** The largest `rows` CKAN serves (`ckan.search.rows_max`); more is capped silently. */
const ROWS_MAX = 1000;

/**
 * Answers `package_search` over the packages the caller may see (active, and private only for
 * a caller allowed them), as CKAN's Solr index would for the subset this SDK speaks:
 * - `q` and `fq` (and `fq_list`): bare words (in name, title, notes and tags), `field:value`,
 *   `field:"quoted value"`, `-` negation, `field:[a TO b]` ranges, `AND`/`OR` between clauses
 *   (every clause must hold) and balanced parentheses; fields `organization`, `owner_org`,
 *   `groups`, `tags`, `res_format`, `license_id`, `name`, `id`, `type`, `state`, `title`,
 *   `metadata_created`, `metadata_modified` and `extras_<key>`. Any other field, or broken
 *   syntax, is a 400 `Search Query Error`; Solr boosts, fuzzy and wildcard-in-word are not
 *   supported.
 * - `sort` on `name`, `id`, `title_string`, `metadata_created`, `metadata_modified` (`score`
 *   is ignored; the default is `metadata_modified desc`).
 * - `rows` (default 10, capped at 1000 as CKAN does) and `start`.
 * - `facet.field` (a JSON list), `facet.limit` (default 50, −1 for all), `facet.mincount`
 *   (default 1), `facet=false`; answered as `facets` and `search_facets`.
 *
 * @throws {@link CkanActionFailure} 400 for a bad query or sort, 409 for a bad integer or JSON.
 * @example
 * ```ts
 * const { packages } = seedCatalogue({ datasets: 50, seed: 1 }); // or your portal's packages
 * const page = searchCkanPackages(packages, { fq: 'organization:dinkes-ksb res_format:CSV', rows: 20, 'facet.field': '["tags"]' });
 * console.log(page.count, page.search_facets['tags']?.items);
 * ```
 */
export function searchCkanPackages<P extends CkanPackageSummary>(
  packages: readonly P[],
  params: CkanActionParams,
): CkanPackageSearchAnswer<P> {
  const q = typeof params['q'] === 'string' ? params['q'] : '*:*';
  const fqList = json(params['fq_list'], 'fq_list');
  const fq = [typeof params['fq'] === 'string' ? params['fq'] : '', ...(Array.isArray(fqList) ? fqList : [])]
    .map(String)
    .join(' ');
  const clauses = [...parseQuery(q), ...parseQuery(fq)];
  const rows = Math.min(int(params['rows'], 'rows', 10), ROWS_MAX);
  const start = int(params['start'], 'start', 0);
  const sort = typeof params['sort'] === 'string' ? params['sort'] : 'score desc, metadata_modified desc';
  const hits = sortPackages(
    packages.filter((p) => clauses.every((c) => matches(p, c))),
    sort,
  );
  const facetFields = json(params['facet.field'], 'facet.field');
  const facetOn = bool(params['facet'], true);
  const rawLimit = params['facet.limit'];
  const facetLimit = rawLimit === undefined ? 50 : Number(rawLimit);
  if (!Number.isInteger(facetLimit)) throw validation({ 'facet.limit': ['Invalid integer'] });
  const { facets, search_facets } = facet(
    hits,
    facetOn && Array.isArray(facetFields) ? facetFields.map(String) : [],
    facetLimit,
    int(params['facet.mincount'], 'facet.mincount', 1),
  );
  return { count: hits.length, facets, results: hits.slice(start, start + rows), sort, search_facets };
}

/**
 * An organization or group the list actions sort and filter: a `name`, usually a `title`, and
 * the `package_count` the portal computed.
 *
 * @example
 * ```ts
 * const org: CkanListableGroup = { name: 'dinkes-ksb', title: 'Dinas Kesehatan', package_count: 4 };
 * ```
 */
export interface CkanListableGroup {
  name: string;
  title?: string | null | undefined;
  package_count?: number | null | undefined;
}

/**
 * Answers `organization_list` or `group_list`: `q` (in name or title), `sort` on `name`,
 * `title` or `package_count` with `asc`/`desc` (default `title asc`), `limit` (default 25 with
 * `all_fields`, else 1000) and `offset`; names only unless `all_fields`.
 *
 * @throws {@link CkanActionFailure} 409 for a bad integer or an unsortable field.
 * @example
 * ```ts
 * declare const organizations: CkanGroup[]; // the portal's organizations
 * listCkanGroups(organizations, { all_fields: true, sort: 'package_count desc' });
 * listCkanGroups(organizations, {}); // ['bappeda-ksb', 'dinkes-ksb', ...] by title
 * ```
 */
export function listCkanGroups<G extends CkanListableGroup>(
  groups: readonly G[],
  params: CkanActionParams,
): G[] | string[] {
  const allFields = bool(params['all_fields'], false);
  const limit = int(params['limit'], 'limit', allFields ? 25 : 1000);
  const offset = int(params['offset'], 'offset', 0);
  const q = typeof params['q'] === 'string' ? params['q'].toLowerCase() : '';
  const sort = typeof params['sort'] === 'string' ? params['sort'] : 'title asc';
  const [field = 'title', direction = 'asc'] = sort.trim().split(/\s+/);
  if (field !== 'name' && field !== 'title' && field !== 'package_count') {
    throw validation({ sort: [`Cannot sort by field \`${field}\``] });
  }
  const sign = direction === 'desc' ? -1 : 1;
  const key = (g: G): string | number =>
    field === 'package_count' ? (g.package_count ?? 0) : field === 'name' ? g.name : text(g.title);
  const sorted = groups
    .filter((g) => q === '' || g.name.includes(q) || text(g.title).toLowerCase().includes(q))
    .sort((a, b) => {
      const x = key(a);
      const y = key(b);
      return x === y ? 0 : x < y ? -sign : sign;
    })
    .slice(offset, offset + limit);
  return allFields ? sorted : sorted.map((g) => g.name);
}

// --- datastore_search ---

function compare(value: unknown, op: string, operand: unknown): boolean {
  if (typeof value !== typeof operand && !(typeof value === 'number' && typeof operand === 'string'))
    return false;
  const a = value as number | string;
  const b = (typeof value === 'number' ? Number(operand) : operand) as number | string;
  switch (op) {
    case 'gt':
      return a > b;
    case 'gte':
      return a >= b;
    case 'lt':
      return a < b;
    case 'lte':
      return a <= b;
    case 'eq':
      return a === b;
    default:
      return false;
  }
}

// CKAN's unicode_or_json_validator: a JSON object is a per-field query, anything else is text.
function textOrObject(value: unknown): string | Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  const raw = String(value);
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
      return parsed as Record<string, unknown>;
  } catch {
    // Not JSON: plain text, as CKAN takes it.
  }
  return raw;
}

function filterMatch(record: Record<string, unknown>, field: string, condition: unknown): boolean {
  const value = record[field];
  if (Array.isArray(condition)) return condition.some((c) => String(c) === String(value));
  if (condition !== null && typeof condition === 'object') {
    return Object.entries(condition).every(([op, operand]) => compare(value, op, operand));
  }
  return String(value) === String(condition);
}

/**
 * A DataStore table: its fields (with `_id` first, as CKAN adds it) and its rows, each with `_id`.
 *
 * @example
 * ```ts
 * const table: CkanDatastoreTable = { resourceId: 'r1', fields: [{ id: '_id', type: 'int' }, { id: 'jumlah', type: 'int4' }], records: [{ _id: 1, jumlah: 3 }] };
 * ```
 */
export interface CkanDatastoreTable {
  readonly resourceId: string;
  readonly fields: readonly CkanDatastoreField[];
  readonly records: ReadonlyArray<Record<string, unknown>>;
}

/**
 * Options of {@link searchCkanDatastore}.
 *
 * @example
 * ```ts
 * const options: DatastoreSemanticsOptions = { version: '2.12' };
 * ```
 */
export interface DatastoreSemanticsOptions {
  /**
   * The CKAN version answered like: `'2.12'` pages with `next_page` (keyset on `_id`), older
   * versions send `_links` with the next offset. @defaultValue `'2.11'`
   */
  version?: '2.9' | '2.10' | '2.11' | '2.12';
}

/**
 * The `result` of `datastore_search`, as {@link searchCkanDatastore} answers it.
 *
 * @example
 * ```ts
 * declare const table: CkanDatastoreTable; // a DataStore table
 * const page: CkanDatastoreAnswer = searchCkanDatastore(table, { limit: 10 });
 * console.log(page.total, page._links?.next);
 * ```
 */
export type CkanDatastoreAnswer = {
  resource_id: string;
  fields: CkanDatastoreField[];
  /** Objects, lists (`records_format=lists`) or one CSV/TSV string. */
  records: Array<Record<string, unknown>> | unknown[][] | string;
  limit: number;
  records_format: string;
  include_total: boolean;
  total_was_estimated: boolean;
  total?: number;
  offset?: number;
  filters?: Record<string, unknown>;
  /** Up to CKAN 2.11: the start and the next page by offset. */
  _links?: { start: string; next: string };
  /** CKAN 2.12: whether `next_page` was asked for. */
  include_next_page?: boolean;
  /** CKAN 2.12: the filters of the next page (keyset on `_id`); absent on the last page. */
  next_page?: { filters: Record<string, unknown> };
};

/**
 * Answers `datastore_search` over one table: `filters` (a JSON object; a value, a list for
 * `IN`, or `{ gt, gte, lt, lte, eq }` as CKAN 2.12 takes), `q` (text over every field, or a JSON
 * object field → text, as CKAN's `unicode_or_json_validator` reads it; a case-insensitive
 * substring match, not PostgreSQL full text), `fields`
 * (comma-separated), `sort` (`"tahun desc, kecamatan"`), `limit` (default 100, capped at
 * 32000), `offset`, `include_total`, `records_format` (`objects`, `lists`, `csv`, `tsv`) and
 * paging links for the version emulated.
 *
 * @throws {@link CkanActionFailure} 409 for a field not in the table, bad JSON or a bad integer.
 * @example
 * ```ts
 * declare const table: CkanDatastoreTable; // a DataStore table
 * const page = searchCkanDatastore(table, { filters: '{"kecamatan":"Taliwang"}', limit: 10 });
 * console.log(page['total'], page['records']);
 * ```
 */
export function searchCkanDatastore(
  table: CkanDatastoreTable,
  params: CkanActionParams,
  options: DatastoreSemanticsOptions = {},
): CkanDatastoreAnswer {
  const version = options.version ?? '2.11';
  const resourceId = table.resourceId;
  const names = table.fields.map((f) => f.id);
  const filters = (json(params['filters'], 'filters') ?? {}) as Record<string, unknown>;
  if (typeof filters !== 'object' || Array.isArray(filters))
    throw validation({ filters: ['Not a json object'] });
  for (const field of Object.keys(filters)) {
    if (!names.includes(field)) throw validation({ filters: [`field "${field}" not in table`] });
  }
  const qRaw = textOrObject(params['q']);
  const fields =
    typeof params['fields'] === 'string' ? params['fields'].split(',').map((f) => f.trim()) : names;
  for (const field of fields)
    if (!names.includes(field)) throw validation({ fields: [`field "${field}" not in table`] });
  const limitGiven = params['limit'] !== undefined;
  const limit = Math.min(int(params['limit'], 'limit', 100), 32000);
  const offset = int(params['offset'], 'offset', 0);
  let rows = table.records.filter((record) =>
    Object.entries(filters).every(([field, condition]) => filterMatch(record, field, condition)),
  );
  if (typeof qRaw === 'string' && qRaw !== '') {
    const needle = qRaw.toLowerCase();
    rows = rows.filter((r) => Object.values(r).some((v) => text(v).toLowerCase().includes(needle)));
  } else if (qRaw !== undefined && typeof qRaw === 'object') {
    rows = rows.filter((r) =>
      Object.entries(qRaw).every(([f, value]) =>
        text(r[f]).toLowerCase().includes(String(value).toLowerCase()),
      ),
    );
  }
  const sort = typeof params['sort'] === 'string' ? params['sort'].trim() : '';
  if (sort !== '') {
    const keys = sort.split(',').map((part) => {
      const [field = '', direction = 'asc'] = part.trim().split(/\s+/);
      if (!names.includes(field)) throw validation({ sort: [`field "${field}" not in table`] });
      return { field, sign: direction.toLowerCase() === 'desc' ? -1 : 1 };
    });
    rows = [...rows].sort((a, b) => {
      for (const { field, sign } of keys) {
        const x = a[field] as string | number;
        const y = b[field] as string | number;
        if (x !== y) return x < y ? -sign : sign;
      }
      return 0;
    });
  }
  const page = rows.slice(offset, offset + limit);
  const format = typeof params['records_format'] === 'string' ? params['records_format'] : 'objects';
  const project = (r: Record<string, unknown>) => Object.fromEntries(fields.map((f) => [f, r[f]]));
  let records: CkanDatastoreAnswer['records'];
  if (format === 'lists') records = page.map((r) => fields.map((f) => r[f]));
  else if (format === 'csv' || format === 'tsv') {
    const sep = format === 'csv' ? ',' : '\t';
    records = page.map((r) => fields.map((f) => text(r[f])).join(sep)).join('\n');
  } else if (format === 'objects') records = page.map(project);
  else throw validation({ records_format: ['Value must be one of [objects, lists, csv, tsv]'] });
  const includeTotal = bool(params['include_total'], true);
  const result: CkanDatastoreAnswer = {
    include_total: includeTotal,
    limit,
    records_format: format,
    resource_id: resourceId,
    total_was_estimated: false,
    fields: table.fields.filter((f) => fields.includes(f.id)).map((f) => ({ ...f })),
    records,
  };
  if (params['offset'] !== undefined) result.offset = offset;
  if (Object.keys(filters).length > 0) result.filters = filters;
  if (includeTotal) result.total = rows.length;
  const more = offset + page.length < rows.length;
  if (version === '2.12') {
    result.include_next_page = bool(params['include_next_page'], false);
    // Keyset paging is only offered in _id order, and only when a limit was sent.
    const last = page[page.length - 1];
    if (more && limitGiven && (sort === '' || sort === '_id' || sort === '_id asc') && last) {
      const previous = filters['_id'];
      const lower =
        previous !== null && typeof previous === 'object' ? (previous as Record<string, unknown>) : {};
      result.next_page = { filters: { ...filters, _id: { ...lower, gt: last['_id'] } } };
    }
  } else {
    const base = `/api/3/action/datastore_search?resource_id=${resourceId}`;
    result._links = {
      start: base,
      next: `/api/3/action/datastore_search?offset=${offset + limit}&resource_id=${resourceId}`,
    };
  }
  return result;
}
