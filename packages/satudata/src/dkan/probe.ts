import {
  createHttpClient,
  HttpError,
  type HttpClientOptions,
  isOpenGovError,
  type LocalizedMessage,
  NetworkError,
  OpenGovError,
  TimeoutError,
  ValidationError,
} from '@opengov-id/core';
import { readDataJson } from './client.js';

/**
 * What one probe request found, for diagnostics.
 *
 * @example
 * ```ts
 * const probe = await probePortal('https://data.ntbprov.go.id');
 * for (const step of probe.checked) console.log(step.path, step.ok, step.status, step.errorCode);
 * ```
 */
export interface ProbeStep {
  /** The path tried, relative to the portal root. */
  path: string;
  /** Whether the answer looked like what was probed for. */
  ok: boolean;
  /** HTTP status, when an answer came. */
  status: number | undefined;
  /** The error code, when it failed (`not_found`, `network_error`, `timeout`, `response_shape`, ...). */
  errorCode: string | undefined;
}

/**
 * What {@link probePortal} found at a URL.
 *
 * @example
 * ```ts
 * const probe = await probePortal('https://data.sumbawabaratkab.go.id');
 * if (probe.kind === 'ckan') console.log(probe.version, probe.datastore);
 * if (probe.kind === 'unreachable') console.log(probe.error.code);
 * ```
 */
export type PortalProbe =
  | {
      kind: 'ckan';
      url: string;
      /** `ckan_version`, unless the site hides it. */
      version: string | undefined;
      /** Whether `status_show` lists the DataStore extension. */
      datastore: boolean;
      siteTitle: string | undefined;
      checked: ProbeStep[];
    }
  | {
      kind: 'dkan';
      url: string;
      /** 2 for DKAN 2 (metastore API), 7 for DKAN 7 (CKAN-compatible API with docstring `help`). */
      generation: 2 | 7;
      /** Whether `/data.json` answered with a catalogue. */
      dataJson: boolean;
      checked: ProbeStep[];
    }
  | { kind: 'datajson'; url: string; datasets: number; checked: ProbeStep[] }
  | { kind: 'unknown'; url: string; reason: LocalizedMessage; checked: ProbeStep[] }
  | {
      kind: 'unreachable';
      url: string;
      /** The error of the first probe: a NetworkError, TimeoutError or a 5xx HttpError. */
      error: OpenGovError;
      checked: ProbeStep[];
    };

/**
 * Options of {@link probePortal}.
 *
 * @example
 * ```ts
 * await probePortal('https://data.ntbprov.go.id', { timeoutMs: 3_000 });
 * ```
 */
export interface ProbePortalOptions {
  /** Per-request timeout. @defaultValue 8000 */
  timeoutMs?: number;
  /** Cancels the probes. */
  signal?: AbortSignal;
  /** Passed to core's HTTP client (a custom fetch, hooks, headers). */
  http?: Omit<HttpClientOptions, 'baseUrl' | 'timeoutMs' | 'maxRetries'>;
}

type Attempt = { ok: true; status: number; data: unknown } | { ok: false; error: unknown };

function isDown(error: unknown): boolean {
  return (
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    (error instanceof HttpError && error.status >= 500)
  );
}

/**
 * Tells what kind of catalogue a URL serves: CKAN (`/api/3/action/status_show`), DKAN 2
 * (`/api/1/metastore/schemas/dataset`), DKAN 7 (a CKAN-compatible `package_list` whose `help`
 * is a docstring, not a URL), a bare DCAT-US `/data.json`, or unknown. A portal that does
 * not answer at all (DNS, refused, timeouts, 5xx on every probe) is `unreachable`, with the
 * typed error. Never throws for a portal's failure; only for an invalid URL or an abort.
 *
 * @example
 * ```ts
 * for (const url of ['https://data.ntbprov.go.id', 'https://data.sumbawabaratkab.go.id']) {
 *   const probe = await probePortal(url, { timeoutMs: 5_000 });
 *   console.log(url, probe.kind);
 * }
 * ```
 */
export async function probePortal(url: string, options: ProbePortalOptions = {}): Promise<PortalProbe> {
  let root: URL;
  try {
    root = new URL(url);
    if (root.protocol !== 'https:' && root.protocol !== 'http:') throw new TypeError('protocol');
  } catch {
    throw ValidationError.single(
      'url',
      { id: '`url` bukan URL http(s) yang valid.', en: '`url` is not a valid http(s) URL.' },
      'invalid_base_url',
    );
  }
  root.search = '';
  root.hash = '';
  root.pathname = root.pathname.replace(/\/api\/3\/action\/?$/, '/');
  if (!root.pathname.endsWith('/')) root.pathname += '/';
  const base = root.href;
  const http = createHttpClient({
    ...options.http,
    baseUrl: base,
    timeoutMs: options.timeoutMs ?? 8000,
    maxRetries: 0,
  });
  const checked: ProbeStep[] = [];

  async function attempt(path: string, query?: Record<string, string | number>): Promise<Attempt> {
    try {
      const response = await http.send({
        path,
        ...(query ? { query } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      return { ok: true, status: response.status, data: response.data };
    } catch (error) {
      if (isOpenGovError(error) && error.code === 'aborted') throw error;
      return { ok: false, error };
    }
  }
  const record = (path: string, result: Attempt, ok: boolean): void => {
    checked.push({
      path,
      ok,
      status: result.ok ? result.status : result.error instanceof HttpError ? result.error.status : undefined,
      errorCode: result.ok ? undefined : isOpenGovError(result.error) ? result.error.code : 'unknown',
    });
  };
  const envelope = (data: unknown): { help: unknown; result: unknown } | undefined => {
    if (data === null || typeof data !== 'object') return undefined;
    const body = data as Record<string, unknown>;
    return body['success'] === true && 'result' in body
      ? { help: body['help'], result: body['result'] }
      : undefined;
  };

  const status = await attempt('api/3/action/status_show');
  const statusEnvelope = status.ok ? envelope(status.data) : undefined;
  const statusResult = statusEnvelope?.result;
  const isCkan =
    statusResult !== null &&
    typeof statusResult === 'object' &&
    ('site_title' in statusResult || 'ckan_version' in statusResult);
  record('api/3/action/status_show', status, isCkan);
  if (isCkan) {
    const result = statusResult as Record<string, unknown>;
    const extensions = Array.isArray(result['extensions']) ? result['extensions'] : [];
    return {
      kind: 'ckan',
      url: base,
      version: typeof result['ckan_version'] === 'string' ? result['ckan_version'] : undefined,
      datastore: extensions.includes('datastore'),
      siteTitle: typeof result['site_title'] === 'string' ? result['site_title'] : undefined,
      checked,
    };
  }

  const [dkan2, dkan7, dataJson] = await Promise.all([
    attempt('api/1/metastore/schemas/dataset'),
    attempt('api/3/action/package_list', { limit: 1 }),
    attempt('data.json'),
  ]);
  const dkan2Ok =
    dkan2.ok &&
    dkan2.data !== null &&
    typeof dkan2.data === 'object' &&
    'properties' in (dkan2.data as object);
  record('api/1/metastore/schemas/dataset', dkan2, dkan2Ok);
  const listEnvelope = dkan7.ok ? envelope(dkan7.data) : undefined;
  // DKAN 7 answers the CKAN API with its PHP docstring as `help`; CKAN sends a help_show URL.
  const dkan7Ok =
    listEnvelope !== undefined &&
    typeof listEnvelope.help === 'string' &&
    !/^https?:\/\//.test(listEnvelope.help);
  record('api/3/action/package_list', dkan7, dkan7Ok);
  let datasets: number | undefined;
  if (dataJson.ok) {
    try {
      datasets = readDataJson(dataJson.data).datasets.length;
    } catch {
      datasets = undefined;
    }
  }
  record('data.json', dataJson, datasets !== undefined);

  if (dkan2Ok || dkan7Ok) {
    return {
      kind: 'dkan',
      url: base,
      generation: dkan2Ok ? 2 : 7,
      dataJson: datasets !== undefined,
      checked,
    };
  }
  if (datasets !== undefined) return { kind: 'datajson', url: base, datasets, checked };
  const failures = [status, dkan2, dkan7, dataJson];
  if (failures.every((f) => !f.ok && isDown(f.error))) {
    const first = (status as { error: unknown }).error;
    const error = isOpenGovError(first)
      ? first
      : new OpenGovError('The portal did not answer.', {
          code: 'portal_unreachable',
          messages: { id: 'Portal tidak menjawab.', en: 'The portal did not answer.' },
        });
    return { kind: 'unreachable', url: base, error, checked };
  }
  return {
    kind: 'unknown',
    url: base,
    reason: {
      id: 'Portal menjawab, tetapi bukan sebagai CKAN, DKAN, atau katalog data.json.',
      en: 'The portal answered, but not as CKAN, DKAN or a data.json catalogue.',
    },
    checked,
  };
}
