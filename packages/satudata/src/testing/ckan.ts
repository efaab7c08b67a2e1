import { type HttpHandler, HttpResponse, http } from 'msw';
import {
  CkanActionFailure,
  ckanHelpUrl,
  ckanNotFound,
  ckanValidationFailure,
  bool,
  int,
  listCkanGroups,
  searchCkanDatastore,
  searchCkanPackages,
} from '../ckan/semantics.js';
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

// A bare JSON string answer (an unknown action, a site without the DataStore), as CKAN sends it.
class BareFailure {
  constructor(
    readonly status: number,
    readonly message: string,
  ) {}
}

const denied = (what: string): CkanActionFailure =>
  new CkanActionFailure(403, {
    __type: 'Authorization Error',
    message: `Access denied: User  not authorized to ${what}`,
  });
const validation = ckanValidationFailure;
const notFound = ckanNotFound;

function createCkanPortalState(options: CkanPortalOptions) {
  const apiBase = `${options.baseUrl.replace(/\/+$/, '')}/api/3/action/`;
  const catalogue = options.catalogue ?? seedCatalogue({ siteUrl: options.baseUrl });
  const token = options.token ?? 'test-token';
  const version = options.version ?? '2.11';
  const datastoreOn = options.datastore ?? true;
  const random = seededRandom(catalogue.packages.length + 17);
  const help = (action: string): string => ckanHelpUrl(`${apiBase}${action}`, action);

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

  function datastoreSearch(params: Params) {
    const resourceId = params['resource_id'] ?? params['id'];
    if (typeof resourceId !== 'string' || resourceId === '')
      throw validation({ resource_id: ['Missing value'] });
    const table = catalogue.datastore.get(resourceId);
    if (!table) throw notFound(`Resource "${resourceId}" was not found.`);
    return searchCkanDatastore({ resourceId, ...table }, params, { version });
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
        return searchCkanPackages(visible(authorized && bool(params['include_private'], false)), params);
      case 'organization_list':
        return listCkanGroups(catalogue.organizations, params);
      case 'group_list':
        return listCkanGroups(catalogue.groups, params);
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
        throw new BareFailure(400, `Bad request - Action name not known: ${action}`);
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
      if (error instanceof BareFailure) return HttpResponse.json(error.message, { status: error.status });
      if (!(error instanceof CkanActionFailure)) throw error;
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
 * import { setupServer } from 'msw/node';
 * import { ckanPortalHandlers, seedCatalogue } from '@opengov-id/satudata/testing';
 *
 * const catalogue = seedCatalogue({ datasets: 120, seed: 3 });
 * const server = setupServer(...ckanPortalHandlers({ baseUrl: 'https://data.ksb.test', catalogue, version: '2.12' }));
 * server.listen();
 * const ckan = createCkanClient({ baseUrl: 'https://data.ksb.test' });
 * (await ckan.packageSearch({ rows: 0 })).count; // 120
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
