import { type HttpClientOptions, isOpenGovError, OpenGovError, RequestAbortedError } from '@opengov-id/core';
import { createCkanClient } from '../ckan/client.js';
import type { CkanPackageSummary } from '../ckan/schemas.js';
import { ckanTimestampToInstant } from '../mapping/ckan-schema.js';
import { createDkanClient } from '../dkan/client.js';
import { probePortal } from '../dkan/probe.js';
import type { DcatUsDataset } from '../mapping/dcat-us.js';

/**
 * A portal to harvest.
 *
 * @example
 * ```ts
 * const portal: HarvestPortal = { id: 'ksb', url: 'https://data.sumbawabaratkab.go.id', kind: 'ckan', fq: 'organization:bappeda' };
 * ```
 */
export interface HarvestPortal {
  /** A short, unique name for reports (`ntb`, `ksb`). */
  id: string;
  /** The portal root. */
  url: string;
  /** What it serves; `auto` runs {@link probePortal} first. @defaultValue `'auto'` */
  kind?: 'auto' | 'ckan' | 'dkan' | 'datajson';
  /** CKAN API token, for private datasets; `undefined` harvests anonymously. */
  token?: string | undefined;
  /** CKAN filter query, to harvest part of a portal. */
  fq?: string;
}

/**
 * A harvested dataset, normalised enough to de-duplicate and show; `raw` keeps the source
 * record for the full mappings (`fromCkanPackage`, `fromDcatUs`).
 *
 * @example
 * ```ts
 * const portals: HarvestPortal[] = [
 *   { id: 'ntb', url: 'https://data.ntbprov.go.id' },
 *   { id: 'ksb', url: 'https://data.sumbawabaratkab.go.id' },
 * ];
 * for await (const record of harvest(portals)) console.log(record.portal, record.identifier, record.title);
 * ```
 */
export type HarvestRecord =
  | (HarvestRecordBase & { source: 'ckan'; raw: CkanPackageSummary })
  | (HarvestRecordBase & { source: 'datajson'; raw: DcatUsDataset });

/**
 * The normalised fields of a {@link HarvestRecord}.
 *
 * @example
 * ```ts
 * const label = (r: HarvestRecordBase) => `${r.title} (${r.publisher ?? '?'})`;
 * ```
 */
export interface HarvestRecordBase {
  /** The portal's `id`. */
  portal: string;
  /** The dataset identifier: DCAT `identifier`, or CKAN's `identifier`/`guid` extra, else its id. */
  identifier: string;
  title: string;
  /** The producing organization's name, when known. */
  publisher: string | undefined;
  /** Last modification as an ISO instant when it can be read, else as sent. */
  modified: string | undefined;
}

/**
 * Where one portal's harvest stands.
 *
 * @example
 * ```ts
 * const portals: HarvestPortal[] = [
 *   { id: 'ntb', url: 'https://data.ntbprov.go.id' },
 *   { id: 'ksb', url: 'https://data.sumbawabaratkab.go.id' },
 * ];
 * const run = harvest(portals);
 * for await (const record of run) console.log(record.identifier);
 * for (const p of run.report.portals) if (p.status === 'failed') console.log(p.id, p.error?.messages?.id);
 * ```
 */
export interface HarvestPortalStatus {
  id: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  /** Records fetched from this portal. */
  fetched: number;
  /** Records the portal says it has, once known. */
  total: number | undefined;
  /** Records yielded (fetched minus duplicates). */
  yielded: number;
  /** Records dropped as duplicates of one already yielded. */
  duplicates: number;
  /** Why it failed. */
  error: OpenGovError | undefined;
}

/**
 * Progress of a harvest, passed to `onProgress` after every page and when a portal ends.
 *
 * @example
 * ```ts
 * const portals: HarvestPortal[] = [
 *   { id: 'ntb', url: 'https://data.ntbprov.go.id' },
 *   { id: 'ksb', url: 'https://data.sumbawabaratkab.go.id' },
 * ];
 * harvest(portals, { onProgress: (p) => console.log(`${Math.round(p.ratio * 100)} %`) });
 * ```
 */
export interface HarvestProgress {
  /** 0 to 1; a portal counts as complete when it is done or has failed. */
  ratio: number;
  /** Records yielded so far. */
  datasets: number;
  /** Duplicates dropped so far. */
  duplicates: number;
  /** Per-portal state, a snapshot. */
  portals: HarvestPortalStatus[];
}

/**
 * Options of {@link harvest}.
 *
 * @example
 * ```ts
 * const options: HarvestOptions = { concurrency: 3, pageSize: 200, signal: AbortSignal.timeout(600_000) };
 * ```
 */
export interface HarvestOptions {
  /** Requests in flight per portal. @defaultValue 2 */
  concurrency?: number;
  /** Datasets per CKAN request (1 to 1000). @defaultValue 100 */
  pageSize?: number;
  /** Called with the progress after every page and when a portal ends. */
  onProgress?: (progress: HarvestProgress) => void;
  /** Stops the harvest: the iteration then throws a RequestAbortedError. */
  signal?: AbortSignal;
  /** Passed to each portal's HTTP client (retries, backoff, timeouts, a custom fetch). */
  http?: Omit<HttpClientOptions, 'baseUrl' | 'token' | 'authScheme'>;
  /** Records buffered before the portals pause for the consumer. @defaultValue 5000 */
  highWaterMark?: number;
}

/**
 * A running harvest: iterate it for records; `report` holds the per-portal state, final once
 * the iteration has ended.
 *
 * @example
 * ```ts
 * const portals: HarvestPortal[] = [
 *   { id: 'ntb', url: 'https://data.ntbprov.go.id' },
 *   { id: 'ksb', url: 'https://data.sumbawabaratkab.go.id' },
 * ];
 * const run = harvest(portals);
 * for await (const record of run) console.log(record.portal, record.identifier);
 * console.log(run.report.failures);
 * ```
 */
export interface HarvestRun extends AsyncIterable<HarvestRecord> {
  readonly report: HarvestReport;
}

/**
 * The outcome of a harvest.
 *
 * @example
 * ```ts
 * const portals: HarvestPortal[] = [
 *   { id: 'ntb', url: 'https://data.ntbprov.go.id' },
 *   { id: 'ksb', url: 'https://data.sumbawabaratkab.go.id' },
 * ];
 * const run = harvest(portals);
 * for await (const record of run) console.log(record.identifier);
 * const { datasets, duplicates, failures } = run.report;
 * ```
 */
export interface HarvestReport {
  portals: HarvestPortalStatus[];
  /** The portals that failed, with their typed errors. */
  failures: Array<{ portal: string; error: OpenGovError }>;
  datasets: number;
  duplicates: number;
}

const normalise = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function instant(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return ckanTimestampToInstant(value.replace(' ', 'T'));
  } catch {
    return value;
  }
}

function fromCkan(portal: string, pkg: CkanPackageSummary): HarvestRecord {
  const extra = (key: string): string | undefined => {
    const found = pkg.extras?.find((e) => e.key === key)?.value;
    return typeof found === 'string' && found !== '' ? found : undefined;
  };
  const topLevel =
    typeof pkg['identifier'] === 'string' && pkg['identifier'] !== '' ? pkg['identifier'] : undefined;
  return {
    portal,
    source: 'ckan',
    identifier: topLevel ?? extra('identifier') ?? extra('guid') ?? pkg.id,
    title: pkg.title ?? pkg.name,
    publisher: pkg.organization?.title ?? pkg.organization?.name ?? undefined,
    modified: instant(pkg.metadata_modified),
    raw: pkg,
  };
}

function fromDcatUs(portal: string, dataset: DcatUsDataset): HarvestRecord {
  return {
    portal,
    source: 'datajson',
    identifier: String(dataset.identifier),
    title: dataset.title,
    publisher: dataset.publisher?.name,
    modified: instant(dataset.modified),
    raw: dataset,
  };
}

function toOpenGovError(error: unknown): OpenGovError {
  if (isOpenGovError(error)) return error;
  return new OpenGovError('The harvest of this portal failed.', {
    code: 'harvest_failed',
    messages: { id: 'Panen portal ini gagal.', en: 'The harvest of this portal failed.' },
    cause: error,
  });
}

/**
 * Harvests several portals at once: each portal runs its own page requests with at most
 * `concurrency` in flight, records are yielded as they arrive, de-duplicated across portals by
 * identifier and by title + publisher, and a portal that fails (down, 5xx after retries,
 * not a catalogue) is recorded in the report without stopping the others. Progress reaches 1
 * when every portal is done or has failed.
 *
 * @example
 * ```ts
 * const run = harvest(
 *   [
 *     { id: 'ntb', url: 'https://data.ntbprov.go.id' },
 *     { id: 'ksb', url: 'https://data.sumbawabaratkab.go.id', kind: 'ckan' },
 *   ],
 *   { concurrency: 2, onProgress: (p) => console.log(`${Math.round(p.ratio * 100)}%`) },
 * );
 * for await (const record of run) console.log(record.portal, record.title);
 * for (const { portal, error } of run.report.failures) console.warn(portal, error.messages?.id);
 * ```
 */
export function harvest(portals: readonly HarvestPortal[], options: HarvestOptions = {}): HarvestRun {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 2));
  const pageSize = Math.min(1000, Math.max(1, Math.floor(options.pageSize ?? 100)));
  const highWater = Math.max(1, options.highWaterMark ?? 5000);
  const states: HarvestPortalStatus[] = portals.map((p) => ({
    id: p.id,
    status: 'pending',
    fetched: 0,
    total: undefined,
    yielded: 0,
    duplicates: 0,
    error: undefined,
  }));
  const report: HarvestReport = { portals: states, failures: [], datasets: 0, duplicates: 0 };
  const seenIds = new Set<string>();
  const seenTitles = new Set<string>();

  return {
    report,
    [Symbol.asyncIterator](): AsyncIterator<HarvestRecord> {
      const controller = new AbortController();
      const onAbort = (): void => controller.abort(options.signal?.reason);
      if (options.signal?.aborted) controller.abort(options.signal.reason);
      else options.signal?.addEventListener('abort', onAbort, { once: true });
      const signal = controller.signal;
      const queue: HarvestRecord[] = [];
      let wakeConsumer: (() => void) | undefined;
      let wakeProducers: Array<() => void> = [];
      let running = portals.length;
      let fatal: unknown;

      const notifyConsumer = (): void => {
        const wake = wakeConsumer;
        wakeConsumer = undefined;
        wake?.();
      };
      const releaseProducers = (): void => {
        const waiting = wakeProducers;
        wakeProducers = [];
        for (const wake of waiting) wake();
      };
      const progress = (): void => {
        if (!options.onProgress) return;
        const parts = states.map((s) =>
          s.status === 'done' || s.status === 'failed'
            ? 1
            : s.total === undefined || s.total === 0
              ? 0
              : Math.min(1, s.fetched / s.total),
        );
        const ratio = parts.length === 0 ? 1 : parts.reduce((a, b) => a + b, 0) / parts.length;
        try {
          options.onProgress({
            ratio,
            datasets: report.datasets,
            duplicates: report.duplicates,
            portals: states.map((s) => ({ ...s })),
          });
        } catch {
          // A failing progress callback must not stop the harvest.
        }
      };

      async function push(state: HarvestPortalStatus, records: readonly HarvestRecord[]): Promise<void> {
        state.fetched += records.length;
        for (const record of records) {
          const id = normalise(record.identifier);
          const titleKey = record.publisher
            ? `${normalise(record.title)}\u0000${normalise(record.publisher)}`
            : undefined;
          if (seenIds.has(id) || (titleKey !== undefined && seenTitles.has(titleKey))) {
            state.duplicates++;
            report.duplicates++;
            continue;
          }
          seenIds.add(id);
          if (titleKey !== undefined) seenTitles.add(titleKey);
          state.yielded++;
          report.datasets++;
          queue.push(record);
        }
        notifyConsumer();
        progress();
        while (queue.length >= highWater && !signal.aborted) {
          await new Promise<void>((resolve) => wakeProducers.push(resolve));
        }
      }

      async function harvestCkan(portal: HarvestPortal, state: HarvestPortalStatus): Promise<void> {
        const ckan = createCkanClient({
          baseUrl: portal.url,
          ...(portal.token ? { token: portal.token } : {}),
          ...(options.http ? { http: options.http } : {}),
        });
        // Sorting by id keeps pages stable while several are fetched at once.
        const page = (start: number) =>
          ckan.packageSearch({
            rows: pageSize,
            start,
            sort: 'id asc',
            facetFields: [],
            ...(portal.fq ? { fq: portal.fq } : {}),
            signal,
          });
        const first = await page(0);
        state.total = first.count;
        await push(
          state,
          first.results.map((pkg) => fromCkan(portal.id, pkg)),
        );
        const offsets: number[] = [];
        for (
          let start = first.results.length;
          start < first.count && first.results.length > 0;
          start += pageSize
        ) {
          offsets.push(start);
        }
        let failure: unknown;
        const worker = async (): Promise<void> => {
          while (failure === undefined && !signal.aborted) {
            const start = offsets.shift();
            if (start === undefined) return;
            try {
              const result = await page(start);
              await push(
                state,
                result.results.map((pkg) => fromCkan(portal.id, pkg)),
              );
            } catch (error) {
              failure ??= error;
            }
          }
        };
        await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, offsets.length)) }, worker));
        if (failure !== undefined) throw failure;
      }

      async function harvestDataJson(portal: HarvestPortal, state: HarvestPortalStatus): Promise<void> {
        const dkan = createDkanClient({
          baseUrl: portal.url,
          ...(options.http ? { http: options.http } : {}),
        });
        const catalogue = await dkan.dataJson({ signal });
        state.total = catalogue.datasets.length;
        await push(
          state,
          catalogue.datasets.map((d) => fromDcatUs(portal.id, d)),
        );
      }

      async function run(portal: HarvestPortal, state: HarvestPortalStatus): Promise<void> {
        state.status = 'running';
        try {
          let kind = portal.kind ?? 'auto';
          if (kind === 'auto') {
            const probe = await probePortal(portal.url, {
              signal,
              ...(options.http ? { http: options.http } : {}),
            });
            if (probe.kind === 'unreachable') throw probe.error;
            if (probe.kind === 'unknown') {
              throw new OpenGovError(probe.reason.en, { code: 'portal_unknown', messages: probe.reason });
            }
            kind = probe.kind === 'ckan' ? 'ckan' : 'datajson';
          }
          if (kind === 'ckan') await harvestCkan(portal, state);
          else await harvestDataJson(portal, state);
          state.status = 'done';
        } catch (error) {
          if (signal.aborted) {
            fatal ??= error instanceof RequestAbortedError ? error : toOpenGovError(error);
          }
          state.status = 'failed';
          state.error = toOpenGovError(error);
          report.failures.push({ portal: portal.id, error: state.error });
        } finally {
          running--;
          progress();
          notifyConsumer();
        }
      }

      signal.addEventListener(
        'abort',
        () => {
          notifyConsumer();
          releaseProducers();
        },
        { once: true },
      );
      portals.forEach((portal, index) => {
        void run(portal, states[index]!);
      });
      if (portals.length === 0) progress();

      const finish = (): void => {
        controller.abort();
        options.signal?.removeEventListener('abort', onAbort);
        releaseProducers();
      };

      return {
        async next(): Promise<IteratorResult<HarvestRecord>> {
          for (;;) {
            if (signal.aborted && options.signal?.aborted) {
              finish();
              throw (
                fatal ??
                new RequestAbortedError('The harvest was aborted.', {
                  messages: { id: 'Panen dibatalkan.', en: 'The harvest was aborted.' },
                })
              );
            }
            const record = queue.shift();
            if (record !== undefined) {
              if (queue.length < highWater) releaseProducers();
              return { done: false, value: record };
            }
            if (running === 0) {
              finish();
              return { done: true, value: undefined };
            }
            await new Promise<void>((resolve) => {
              wakeConsumer = resolve;
              if (signal.aborted) resolve();
            });
          }
        },
        async return(): Promise<IteratorResult<HarvestRecord>> {
          finish();
          return { done: true, value: undefined };
        },
      };
    },
  };
}
