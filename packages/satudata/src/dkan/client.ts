import {
  createHttpClient,
  describeIssue,
  type HttpClient,
  type HttpClientOptions,
  type LocalizedMessage,
  type Paginated,
  pagePaginator,
  ResponseShapeError,
  ValidationError,
  type ValidationIssue,
} from '@opengov-id/core';
import * as z from 'zod';
import { DcatUsDataset } from '../mapping/dcat-us.js';
import { DataJsonCatalogEnvelope, unwrapDkanReferences } from './schemas.js';

/**
 * A dataset of a catalogue that did not fit the DCAT-US reading schema, with why.
 *
 * @example
 * ```ts
 * const catalogue = await createDkanClient({ baseUrl: 'https://data.ntbprov.go.id' }).dataJson();
 * for (const bad of catalogue.invalid) console.log(bad.index, bad.issues[0]?.message.id);
 * ```
 */
export interface InvalidCatalogEntry {
  /** Position in the catalogue's `dataset` list. */
  index: number;
  /** The entry's `identifier`, when it has a string one. */
  identifier: string | undefined;
  /** What did not fit, field by field, in both languages. */
  issues: readonly ValidationIssue[];
}

/**
 * A `data.json` catalogue read with {@link readDataJson}: the catalogue's own keys, the
 * datasets that fit DCAT-US, and the entries that did not.
 *
 * @example
 * ```ts
 * const dkan = createDkanClient({ baseUrl: 'https://data.ntbprov.go.id' });
 * const { datasets, invalid } = await dkan.dataJson();
 * console.log(`${datasets.length} datasets, ${invalid.length} unreadable`);
 * ```
 */
export interface DataJsonReadResult {
  /** `conformsTo` of the catalogue (`https://project-open-data.cio.gov/v1.1/schema`). */
  conformsTo: string | undefined;
  /** `@context`, when sent. */
  context: string | undefined;
  /** The datasets, in catalogue order. */
  datasets: DcatUsDataset[];
  /** Entries that do not fit the reading schema. */
  invalid: InvalidCatalogEntry[];
}

/**
 * Options of {@link createDkanClient}.
 *
 * @example
 * ```ts
 * const options: DkanClientOptions = { baseUrl: 'https://data.ntbprov.go.id', http: { timeoutMs: 20_000 } };
 * ```
 */
export interface DkanClientOptions {
  /** The portal root (`https://data.ntbprov.go.id`). */
  baseUrl: string;
  /** Passed to core's HTTP client. */
  http?: Omit<HttpClientOptions, 'baseUrl'>;
}

/**
 * A client of a DKAN 2 portal (its `data.json` and metastore) or of any `data.json` catalogue.
 *
 * @example
 * ```ts
 * const dkan = createDkanClient({ baseUrl: 'https://data.ntbprov.go.id' });
 * const catalogue = await dkan.dataJson();
 * ```
 */
export interface DkanClient {
  /** The whole `/data.json` catalogue (DCAT-US 1.1, which DKAN serves by default). */
  dataJson(options?: { path?: string; signal?: AbortSignal }): Promise<DataJsonReadResult>;
  /** Every dataset of the DKAN 2 metastore (`/api/1/metastore/schemas/dataset/items`), references unwrapped. */
  metastoreDatasets(options?: { signal?: AbortSignal }): Promise<DataJsonReadResult>;
  /** One dataset of the DKAN 2 metastore, references unwrapped. */
  dataset(identifier: string, options?: { signal?: AbortSignal }): Promise<DcatUsDataset>;
  /** DKAN 2's search API (`/api/1/search`), page by page. */
  searchDatasets(options?: {
    fulltext?: string;
    pageSize?: number;
    signal?: AbortSignal;
  }): Paginated<DcatUsDataset, DkanSearchPage>;
}

/**
 * One page of DKAN 2's `/api/1/search`: `total` and the results (an object keyed by
 * `dkan_dataset/<id>`, or `[]` when empty, as PHP serialises an empty array).
 *
 * @example
 * ```ts
 * const dkan = createDkanClient({ baseUrl: 'https://data.ntbprov.go.id' });
 * for await (const page of dkan.searchDatasets().pages()) console.log(page.total);
 * ```
 */
export interface DkanSearchPage {
  total: number;
  results: DcatUsDataset[];
}

const DkanSearchAnswer = z.looseObject({
  total: z.union([z.number(), z.string()]),
  results: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]),
});

function shape(url: string, status: number, issues: readonly ValidationIssue[], messages: LocalizedMessage) {
  return new ResponseShapeError(messages.en, { messages, issues, status, url });
}

/**
 * Reads a parsed `data.json` body: checks the catalogue envelope (a ResponseShapeError when
 * it is not one) and each dataset on its own, so one bad entry does not hide the others.
 * DKAN 2 reference wrappers are removed first.
 *
 * @example
 * ```ts
 * const catalogue = readDataJson(await (await fetch('https://data.ntbprov.go.id/data.json')).json());
 * console.log(catalogue.datasets.length, catalogue.invalid.length);
 * ```
 */
export function readDataJson(body: unknown, source = 'data.json'): DataJsonReadResult {
  const envelope = DataJsonCatalogEnvelope.safeParse(body);
  if (!envelope.success) {
    const issues = envelope.error.issues.map(describeIssue);
    throw shape(source, 200, issues, {
      id: `Jawaban ${source} bukan katalog data.json: ${issues[0]?.message.id ?? ''}`,
      en: `The answer of ${source} is not a data.json catalogue: ${issues[0]?.message.en ?? ''}`,
    });
  }
  const datasets: DcatUsDataset[] = [];
  const invalid: InvalidCatalogEntry[] = [];
  envelope.data.dataset.forEach((entry, index) => {
    const parsed = DcatUsDataset.safeParse(unwrapDkanReferences(entry));
    if (parsed.success) datasets.push(parsed.data);
    else {
      const identifier =
        entry !== null &&
        typeof entry === 'object' &&
        typeof (entry as { identifier?: unknown }).identifier === 'string'
          ? (entry as { identifier: string }).identifier
          : undefined;
      invalid.push({ index, identifier, issues: parsed.error.issues.map(describeIssue) });
    }
  });
  return { conformsTo: envelope.data.conformsTo, context: envelope.data['@context'], datasets, invalid };
}

/**
 * Creates a client of a DKAN 2 portal, or of any site that serves a DCAT-US `data.json`.
 *
 * @example
 * ```ts
 * const dkan = createDkanClient({ baseUrl: 'https://data.lomboktimurkab.go.id' });
 * const { datasets } = await dkan.dataJson();
 * for await (const dataset of dkan.searchDatasets({ pageSize: 50 })) console.log(dataset.title);
 * ```
 */
export function createDkanClient(options: DkanClientOptions): DkanClient {
  let root: URL;
  try {
    root = new URL(options.baseUrl);
  } catch {
    throw ValidationError.single(
      'baseUrl',
      { id: '`baseUrl` bukan URL yang valid.', en: '`baseUrl` is not a valid URL.' },
      'invalid_base_url',
    );
  }
  root.search = '';
  root.hash = '';
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  const http: HttpClient = createHttpClient({ ...options.http, baseUrl: root.href });
  const signalOf = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

  return {
    async dataJson(opts = {}) {
      const path = opts.path ?? 'data.json';
      const body = await http.request({ path, ...signalOf(opts.signal) });
      return readDataJson(body, `${root.href}${path.replace(/^\/+/, '')}`);
    },
    async metastoreDatasets(opts = {}) {
      const path = 'api/1/metastore/schemas/dataset/items';
      const body = await http.request({ path, ...signalOf(opts.signal) });
      return readDataJson({ dataset: body }, `${root.href}${path}`);
    },
    async dataset(identifier, opts = {}) {
      const path = `api/1/metastore/schemas/dataset/items/${encodeURIComponent(identifier)}`;
      const response = await http.send({
        path,
        query: { 'show-reference-ids': '' },
        ...signalOf(opts.signal),
      });
      const parsed = DcatUsDataset.safeParse(unwrapDkanReferences(response.data));
      if (!parsed.success) {
        const issues = parsed.error.issues.map(describeIssue);
        throw shape(`${root.href}${path}`, response.status, issues, {
          id: `Dataset DKAN tidak sesuai DCAT-US: ${issues[0]?.message.id ?? ''}`,
          en: `The DKAN dataset does not fit DCAT-US: ${issues[0]?.message.en ?? ''}`,
        });
      }
      return parsed.data;
    },
    searchDatasets(opts = {}) {
      const pageSize = opts.pageSize ?? 20;
      return pagePaginator<DkanSearchPage, DcatUsDataset>({
        pageSize,
        fetchPage: async ({ page, pageSize: size }) => {
          const answer = await http.request({
            path: 'api/1/search',
            query: { page, 'page-size': size, fulltext: opts.fulltext },
            schema: DkanSearchAnswer,
            ...signalOf(opts.signal),
          });
          const entries = Array.isArray(answer.results) ? answer.results : Object.values(answer.results);
          const catalogue = readDataJson({ dataset: entries }, `${root.href}api/1/search`);
          return { total: Number(answer.total), results: catalogue.datasets };
        },
        items: (page) => page.results,
        totalPages: (page) => (Number.isFinite(page.total) ? Math.ceil(page.total / pageSize) : undefined),
      });
    },
  };
}
