import { type HttpHandler, HttpResponse, http } from 'msw';
import {
  naiveUtc,
  type SeededCatalogue,
  type SeededPackage,
  type SeededResource,
  seedCatalogue,
  seededRandom,
} from './catalogue.js';

/**
 * Options of {@link ckanPortalHandlers}.
 *
 * @example
 * ```ts
 * const options: CkanPortalOptions = { baseUrl: 'https://data.ksb.test', version: '2.12', token: 'tok-ksb' };
 * ```
 */
export interface CkanPortalOptions {
  /** The portal root the client under test uses (`https://data.ksb.test`). */
  baseUrl: string;
  /** The catalogue served; changed in place by writes. @defaultValue `seedCatalogue({ siteUrl: baseUrl })` */
  catalogue?: SeededCatalogue;
  /** The API token writes must carry (raw in `Authorization`). @defaultValue `'test-token'` */
  token?: string;
  /**
   * The CKAN version emulated: `'2.12'` answers `datastore_search` with `next_page`, older ones
   * with `_links`. @defaultValue `'2.11'`
   */
  version?: '2.9' | '2.10' | '2.11' | '2.12';
  /** Whether the DataStore plugin is on; without it `datastore_*` is a bare-string 400. @defaultValue true */
  datastore?: boolean;
  /** Hide `ckan_version` in `status_show` (`ckan.hide_version`). @defaultValue false */
  hideVersion?: boolean;
  /** `site_title` of `status_show`. @defaultValue `'Satu Data (emulated)'` */
  siteTitle?: string;
}

type Params = Record<string, unknown>;

class ActionFailure {
  constructor(
    readonly status: number,
    readonly error: Record<string, unknown> | string,
  ) {}
}

const notFound = (message = 'Not found'): ActionFailure =>
  new ActionFailure(404, { __type: 'Not Found Error', message });
const validation = (fields: Record<string, string[]>): ActionFailure =>
  new ActionFailure(409, { ...fields, __type: 'Validation Error' });
const searchQuery = (detail: string): ActionFailure =>
  new ActionFailure(400, { __type: 'Search Query Error', message: `Search Query is invalid: '${detail}'` });
const denied = (what: string): ActionFailure =>
  new ActionFailure(403, {
    __type: 'Authorization Error',
    message: `Access denied: User  not authorized to ${what}`,
  });

function int(value: unknown, field: string, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(number) || number < 0) throw validation({ [field]: ['Invalid integer'] });
  return number;
}

function bool(value: unknown, fallback: boolean): boolean {
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

function fieldValues(pkg: SeededPackage, field: string): string[] {
  switch (field) {
    case 'organization':
      return [pkg.organization.name];
    case 'owner_org':
      return [pkg.owner_org];
    case 'groups':
      return pkg.groups.map((g) => g.name);
    case 'tags':
      return pkg.tags.map((t) => t.name);
    case 'res_format':
      return pkg.resources.map((r) => r.format);
    case 'license_id':
    case 'name':
    case 'id':
    case 'type':
    case 'state':
    case 'title':
    case 'metadata_modified':
    case 'metadata_created':
      return [String(pkg[field] ?? '')];
    default:
      if (field.startsWith('extras_')) {
        const key = field.slice(7);
        return pkg.extras.filter((e) => e.key === key).map((e) => e.value);
      }
      throw searchQuery(`undefined field ${field}`);
  }
}

function matches(pkg: SeededPackage, clause: Clause): boolean {
  let hit: boolean;
  if (clause.field === undefined) {
    const needle = clause.value.toLowerCase();
    const haystack = [pkg.name, pkg.title, pkg.notes, ...pkg.tags.map((t) => t.name)].join(' ').toLowerCase();
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

const SORTABLE: Record<string, (p: SeededPackage) => string> = {
  name: (p) => p.name,
  id: (p) => p.id,
  title_string: (p) => p.title.toLowerCase(),
  metadata_modified: (p) => p.metadata_modified,
  metadata_created: (p) => p.metadata_created,
};

function sortPackages(list: SeededPackage[], sort: string): SeededPackage[] {
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

function facet(list: SeededPackage[], fields: string[], limit: number, mincount: number) {
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

// --- DataStore ---

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

function filterMatch(record: Record<string, unknown>, field: string, condition: unknown): boolean {
  const value = record[field];
  if (Array.isArray(condition)) return condition.some((c) => String(c) === String(value));
  if (condition !== null && typeof condition === 'object') {
    return Object.entries(condition).every(([op, operand]) => compare(value, op, operand));
  }
  return String(value) === String(condition);
}

function createCkanPortalState(options: CkanPortalOptions) {
  const apiBase = `${options.baseUrl.replace(/\/+$/, '')}/api/3/action/`;
  const catalogue = options.catalogue ?? seedCatalogue({ siteUrl: options.baseUrl });
  const token = options.token ?? 'test-token';
  const version = options.version ?? '2.11';
  const datastoreOn = options.datastore ?? true;
  const random = seededRandom(catalogue.packages.length + 17);
  const help = (action: string): string => `${apiBase}help_show?name=${action}`;

  const findPackage = (idOrName: unknown): SeededPackage => {
    const pkg = catalogue.packages.find((p) => p.id === idOrName || p.name === idOrName);
    if (!pkg || pkg.state === 'deleted') throw notFound();
    return pkg;
  };
  const findResource = (id: unknown): SeededResource => {
    for (const pkg of catalogue.packages) for (const r of pkg.resources) if (r.id === id) return r;
    throw notFound('Resource was not found.');
  };
  const newId = (): string => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-b${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
  const visible = (authorized: boolean) =>
    catalogue.packages.filter((p) => p.state === 'active' && (!p.private || authorized));

  function groupList(params: Params, list: typeof catalogue.organizations) {
    const allFields = bool(params['all_fields'], false);
    const limit = int(params['limit'], 'limit', allFields ? 25 : 1000);
    const offset = int(params['offset'], 'offset', 0);
    const q = typeof params['q'] === 'string' ? params['q'].toLowerCase() : '';
    const sort = typeof params['sort'] === 'string' ? params['sort'] : 'title asc';
    const [field = 'title', direction = 'asc'] = sort.trim().split(/\s+/);
    if (!['name', 'title', 'package_count'].includes(field)) {
      throw validation({ sort: [`Cannot sort by field \`${field}\``] });
    }
    const sign = direction === 'desc' ? -1 : 1;
    const sorted = list
      .filter((g) => q === '' || g.name.includes(q) || g.title.toLowerCase().includes(q))
      .sort((a, b) => {
        const x = a[field] as string | number;
        const y = b[field] as string | number;
        return x === y ? 0 : x < y ? -sign : sign;
      })
      .slice(offset, offset + limit);
    return allFields ? sorted : sorted.map((g) => g.name);
  }

  function packageSearch(params: Params, authorized: boolean) {
    const q = typeof params['q'] === 'string' ? params['q'] : '*:*';
    const fqList = Array.isArray(json(params['fq_list'], 'fq_list'))
      ? (json(params['fq_list'], 'fq_list') as string[])
      : [];
    const fq = [typeof params['fq'] === 'string' ? params['fq'] : '', ...fqList].join(' ');
    const clauses = [...parseQuery(q), ...parseQuery(fq)];
    // CKAN caps rows at ckan.search.rows_max silently.
    const rows = Math.min(int(params['rows'], 'rows', 10), 1000);
    const start = int(params['start'], 'start', 0);
    const sort = typeof params['sort'] === 'string' ? params['sort'] : 'score desc, metadata_modified desc';
    const hits = sortPackages(
      visible(authorized && bool(params['include_private'], false)).filter((p) =>
        clauses.every((c) => matches(p, c)),
      ),
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

  function datastoreSearch(params: Params) {
    const resourceId = params['resource_id'] ?? params['id'];
    if (typeof resourceId !== 'string' || resourceId === '')
      throw validation({ resource_id: ['Missing value'] });
    const table = catalogue.datastore.get(resourceId);
    if (!table) throw notFound(`Resource "${resourceId}" was not found.`);
    const names = table.fields.map((f) => f.id);
    const filters = (json(params['filters'], 'filters') ?? {}) as Record<string, unknown>;
    if (typeof filters !== 'object' || Array.isArray(filters))
      throw validation({ filters: ['Not a json object'] });
    for (const field of Object.keys(filters)) {
      if (!names.includes(field)) throw validation({ filters: [`field "${field}" not in table`] });
    }
    const qRaw = json(params['q'], 'q');
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
      rows = rows.filter((r) => Object.values(r).some((v) => String(v).toLowerCase().includes(needle)));
    } else if (qRaw !== null && typeof qRaw === 'object') {
      rows = rows.filter((r) =>
        Object.entries(qRaw).every(([f, text]) =>
          String(r[f] ?? '')
            .toLowerCase()
            .includes(String(text).toLowerCase()),
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
    let records: unknown;
    if (format === 'lists') records = page.map((r) => fields.map((f) => r[f]));
    else if (format === 'csv' || format === 'tsv') {
      const sep = format === 'csv' ? ',' : '\t';
      records = page.map((r) => fields.map((f) => String(r[f] ?? '')).join(sep)).join('\n');
    } else if (format === 'objects') records = page.map(project);
    else throw validation({ records_format: ['Value must be one of [objects, lists, csv, tsv]'] });
    const includeTotal = bool(params['include_total'], true);
    const result: Record<string, unknown> = {
      include_total: includeTotal,
      limit,
      records_format: format,
      resource_id: resourceId,
      total_was_estimated: false,
      fields: table.fields.filter((f) => fields.includes(f.id)),
      records,
    };
    if (params['offset'] !== undefined) result['offset'] = offset;
    if (Object.keys(filters).length > 0) result['filters'] = filters;
    if (includeTotal) result['total'] = rows.length;
    const more = offset + page.length < rows.length;
    if (version === '2.12') {
      result['include_next_page'] = bool(params['include_next_page'], false);
      // Keyset paging is only offered in _id order, and only when a limit was sent.
      const last = page[page.length - 1];
      if (more && limitGiven && (sort === '' || sort === '_id' || sort === '_id asc') && last) {
        const previous = filters['_id'];
        const lower =
          previous !== null && typeof previous === 'object' ? (previous as Record<string, unknown>) : {};
        result['next_page'] = { filters: { ...filters, _id: { ...lower, gt: last['_id'] } } };
      }
    } else {
      const base = `/api/3/action/datastore_search?resource_id=${resourceId}`;
      result['_links'] = {
        start: base,
        next: `/api/3/action/datastore_search?offset=${offset + limit}&resource_id=${resourceId}`,
      };
    }
    return result;
  }

  function packageCreate(params: Params) {
    const name = params['name'];
    const errors: Record<string, string[]> = {};
    if (typeof name !== 'string' || name === '') errors['name'] = ['Missing value'];
    else if (!/^[a-z0-9_-]+$/.test(name)) {
      errors['name'] = ['Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'];
    } else if (name.length < 2) errors['name'] = ['Must be at least 2 characters long'];
    else if (catalogue.packages.some((p) => p.name === name))
      errors['name'] = ['That URL is already in use.'];
    const orgRef = params['owner_org'];
    const org = catalogue.organizations.find((o) => o.id === orgRef || o.name === orgRef);
    if (orgRef === undefined || orgRef === '') errors['owner_org'] = ['An organization must be provided'];
    else if (!org) errors['owner_org'] = ['Organization does not exist'];
    if (Object.keys(errors).length > 0) throw validation(errors);
    const now = naiveUtc(Date.now());
    const id = newId();
    const pkg: SeededPackage = {
      ...params,
      id,
      name: name as string,
      title: typeof params['title'] === 'string' ? params['title'] : (name as string),
      notes: typeof params['notes'] === 'string' ? params['notes'] : '',
      type: 'dataset',
      state: 'active',
      private: bool(params['private'], false),
      owner_org: org!.id,
      organization: org!,
      license_id: typeof params['license_id'] === 'string' ? params['license_id'] : 'notspecified',
      license_title: 'License not specified',
      metadata_created: now,
      metadata_modified: now,
      author: null,
      maintainer: null,
      version: null,
      url: null,
      num_resources: 0,
      num_tags: 0,
      resources: [],
      tags: (Array.isArray(params['tags']) ? params['tags'] : []).map((t: { name: string }) => ({
        id: newId(),
        name: t.name,
        display_name: t.name,
        state: 'active' as const,
        vocabulary_id: null,
      })),
      groups: [],
      extras: Array.isArray(params['extras'])
        ? (params['extras'] as Array<{ key: string; value: string }>)
        : [],
    };
    pkg.num_tags = pkg.tags.length;
    catalogue.packages.push(pkg);
    return pkg;
  }

  function packagePatch(params: Params) {
    const pkg = findPackage(params['id']);
    const { id: _id, ...changes } = params;
    if (typeof changes['name'] === 'string' && changes['name'] !== pkg.name) {
      if (!/^[a-z0-9_-]{2,100}$/.test(changes['name'])) {
        throw validation({
          name: ['Must be purely lowercase alphanumeric (ascii) characters and these symbols: -_'],
        });
      }
      if (catalogue.packages.some((p) => p.name === changes['name'])) {
        throw validation({ name: ['That URL is already in use.'] });
      }
    }
    Object.assign(pkg, changes, { metadata_modified: naiveUtc(Date.now()) });
    return pkg;
  }

  async function resourceCreate(params: Params, file: File | undefined) {
    if (typeof params['package_id'] !== 'string' || params['package_id'] === '') {
      throw validation({ package_id: ['Missing value'] });
    }
    const pkg = findPackage(params['package_id']);
    const id = newId();
    const now = naiveUtc(Date.now());
    const name = typeof params['name'] === 'string' ? params['name'] : (file?.name ?? '');
    const resource: SeededResource = {
      ...params,
      id,
      package_id: pkg.id,
      name,
      description: typeof params['description'] === 'string' ? params['description'] : '',
      format: typeof params['format'] === 'string' ? params['format'] : '',
      mimetype: file ? file.type || null : null,
      url: file
        ? `${options.baseUrl.replace(/\/+$/, '')}/dataset/${pkg.id}/resource/${id}/download/${file.name}`
        : String(params['url'] ?? ''),
      url_type: file ? 'upload' : '',
      size: file ? file.size : null,
      position: pkg.resources.length,
      state: 'active',
      created: now,
      last_modified: file ? now : null,
      datastore_active: false,
    };
    pkg.resources.push(resource);
    pkg.num_resources = pkg.resources.length;
    return resource;
  }

  async function run(
    action: string,
    params: Params,
    authorized: boolean,
    file: File | undefined,
  ): Promise<unknown> {
    switch (action) {
      case 'status_show':
        return {
          site_title: options.siteTitle ?? 'Satu Data (emulated)',
          site_description: '',
          site_url: options.baseUrl,
          error_emails_to: null,
          locale_default: 'id',
          extensions: ['activity', 'stats', ...(datastoreOn ? ['datastore'] : [])],
          ...(options.hideVersion ? {} : { ckan_version: `${version}.0` }),
        };
      case 'package_list': {
        const names = visible(false)
          .map((p) => p.name)
          .sort();
        const offset = int(params['offset'], 'offset', 0);
        const limit =
          params['limit'] === undefined ? names.length : int(params['limit'], 'limit', names.length);
        return names.slice(offset, offset + limit);
      }
      case 'package_show': {
        const pkg = findPackage(params['id']);
        if (pkg.private && !authorized) throw denied(`read package ${pkg.id}`);
        return pkg;
      }
      case 'package_search':
        return packageSearch(params, authorized);
      case 'organization_list':
        return groupList(params, catalogue.organizations);
      case 'group_list':
        return groupList(params, catalogue.groups);
      case 'organization_show': {
        const org = catalogue.organizations.find((o) => o.id === params['id'] || o.name === params['id']);
        if (!org) throw notFound('Organization was not found.');
        return bool(params['include_datasets'], false)
          ? {
              ...org,
              packages: visible(false)
                .filter((p) => p.owner_org === org.id)
                .slice(0, 10),
            }
          : org;
      }
      case 'tag_list': {
        const query =
          typeof params['query'] === 'string' ? params['query'] : (params['q'] as string | undefined);
        const tags = new Map<string, SeededPackage['tags'][number]>();
        for (const pkg of visible(false))
          for (const tag of pkg.tags) if (!tags.has(tag.name)) tags.set(tag.name, tag);
        const list = [...tags.values()]
          .filter((t) => !query || t.name.includes(query))
          .sort((a, b) => (a.name < b.name ? -1 : 1));
        return bool(params['all_fields'], false) ? list : list.map((t) => t.name);
      }
      case 'resource_show':
        return findResource(params['id']);
      case 'license_list':
        return catalogue.licenses;
      case 'datastore_search':
        return datastoreSearch(params);
      case 'package_create':
        if (!authorized) throw denied('create packages');
        return packageCreate(params);
      case 'package_patch':
        if (!authorized) throw denied(`edit package ${String(params['id'] ?? '')}`);
        return packagePatch(params);
      case 'resource_create':
        if (!authorized) throw denied(`create resources for package ${String(params['package_id'] ?? '')}`);
        return resourceCreate(params, file);
      default:
        throw new ActionFailure(400, `Bad request - Action name not known: ${action}`);
    }
  }

  async function handle(request: Request, action: string): Promise<Response> {
    const url = new URL(request.url);
    let params: Params = Object.fromEntries(url.searchParams.entries());
    let file: File | undefined;
    if (request.method === 'POST') {
      const type = request.headers.get('content-type') ?? '';
      if (type.includes('multipart/form-data')) {
        const form = await request.formData();
        params = {};
        for (const [key, value] of form.entries()) {
          if (typeof value === 'string') params[key] = value;
          else if (key === 'upload') file = value as File;
        }
      } else {
        const text = await request.text();
        if (text.trim() !== '') {
          try {
            const parsed: unknown = JSON.parse(text);
            if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
              throw new Error('not an object');
            params = parsed as Params;
          } catch {
            return HttpResponse.json('Bad request - JSON Error: Error decoding JSON data.', { status: 400 });
          }
        }
      }
    }
    const header = request.headers.get('authorization');
    if (header !== null && header !== token) {
      // A wrong token is refused outright, as CKAN does since 2.10.
      return HttpResponse.json(
        {
          help: help(action),
          error: { __type: 'Authorization Error', message: 'Access denied: invalid token' },
          success: false,
        },
        { status: 403 },
      );
    }
    const authorized = header === token;
    if (action.startsWith('datastore_') && !datastoreOn) {
      return HttpResponse.json(`Bad request - Action name not known: ${action}`, { status: 400 });
    }
    try {
      const result = await run(action, params, authorized, file);
      return HttpResponse.json({ help: help(action), success: true, result });
    } catch (error) {
      if (!(error instanceof ActionFailure)) throw error;
      if (typeof error.error === 'string') return HttpResponse.json(error.error, { status: error.status });
      return HttpResponse.json(
        { help: help(action), error: error.error, success: false },
        { status: error.status },
      );
    }
  }

  return { apiBase, catalogue, handle };
}

/**
 * msw handlers that emulate a CKAN portal's Action API v3 over a seeded catalogue:
 * `package_search` (q and fq with `field:value`, quotes, `-` negation and `[a TO b]` ranges,
 * sort, rows capped at 1000, start, facets and `search_facets`), `package_show`,
 * `package_list`, `organization_list`/`_show`, `group_list`, `tag_list`, `resource_show`,
 * `license_list`, `status_show`, `datastore_search` (filters, q, fields, sort, limit/offset,
 * records formats; `_links` up to 2.11, `next_page` on 2.12), and the writes `package_create`,
 * `package_patch`, `resource_create` (JSON or multipart upload) behind a raw token. Errors
 * come in CKAN's real shapes: 403 and 404 envelopes, 409 validation with field → messages,
 * 400 `Search Query Error`, and a bare JSON string for an unknown action or a site without
 * the DataStore.
 *
 * @example
 * ```ts
 * import { ckanPortalHandlers, seedCatalogue } from '@opengov-id/satudata/testing';
 *
 * const catalogue = seedCatalogue({ datasets: 120, seed: 3 });
 * server.use(...ckanPortalHandlers({ baseUrl: 'https://data.ksb.test', catalogue, version: '2.12' }));
 * const ckan = createCkanClient({ baseUrl: 'https://data.ksb.test' });
 * expect((await ckan.packageSearch({ rows: 0 })).count).toBe(120);
 * ```
 */
export function ckanPortalHandlers(options: CkanPortalOptions): HttpHandler[] {
  const state = createCkanPortalState(options);
  const route = `${state.apiBase}:action`;
  const respond = ({
    request,
    params,
  }: {
    request: Request;
    params: Record<string, string | readonly string[] | undefined>;
  }) => state.handle(request, String(params['action']));
  return [http.get(route, respond), http.post(route, respond)];
}
