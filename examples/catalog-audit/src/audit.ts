// Reads a CKAN catalogue, scores it, and writes the two report files (the I/O half of the example).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isOpenGovError, toZonedIso } from '@opengov-id/core';
import {
  type CatalogQualityReport,
  createCkanClient,
  type Dataset,
  fromCkanPackage,
  type MqaOptions,
  scoreCatalog,
  scoreMetadataQuality,
} from '@opengov-id/satudata';
import { type AuditInput, buildCsv, buildHtml, type DatasetAudit } from './report.js';

/** Options of {@link runAudit}. */
export interface AuditOptions {
  /** The CKAN portal root. */
  baseUrl: string;
  /** Folder the report files go to; created if missing. */
  outDir: string;
  /** Whether the catalogue is the generated sample (labelled so in the report). */
  sample?: boolean;
  /** `package_show` calls in flight at once. */
  concurrency?: number;
  /** Passed to the MQA scoring (`checkUrl` to test the accessibility indicators). */
  mqa?: MqaOptions;
  /** When the audit runs; defaults to now. */
  now?: Date;
}

/** What {@link runAudit} produced. */
export interface AuditResult {
  readonly report: CatalogQualityReport;
  readonly datasets: readonly DatasetAudit[];
  /** Packages that could not be read or mapped, by CKAN name, with the error's code. */
  readonly skipped: ReadonlyArray<{ readonly name: string; readonly code: string }>;
  readonly htmlPath: string;
  readonly csvPath: string;
}

/** Runs `work` over `items` with at most `limit` calls in flight, results in input order. */
async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/**
 * Reads every package of a CKAN portal (`package_search` for the names, `package_show` for each),
 * maps them to the SDK's dataset model, scores them with MQA, and writes `report.html` and
 * `report.csv` to `outDir`.
 */
export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  const ckan = createCkanClient({ baseUrl: options.baseUrl });
  const names: string[] = [];
  for await (const pkg of ckan.searchPackages({ rows: 100, sort: 'name asc' })) names.push(pkg.name);

  const skipped: Array<{ name: string; code: string }> = [];
  const read = await mapLimit(names, options.concurrency ?? 4, async (name) => {
    try {
      return fromCkanPackage(await ckan.packageShow(name)).value;
    } catch (error) {
      // One broken package should not stop the audit of the others; anything else is a bug.
      if (!isOpenGovError(error)) throw error;
      skipped.push({ name, code: error.code });
      return undefined;
    }
  });
  const mapped = read.filter((d): d is Dataset => d !== undefined);

  const mqa = options.mqa ?? {};
  const report = await scoreCatalog(mapped, mqa);
  const datasets: DatasetAudit[] = [];
  for (const d of mapped) {
    datasets.push({
      organization: d.produsenData?.name ?? '(tanpa produsen data / no producer)',
      id: d.name ?? d.identifier,
      title: d.title,
      score: await scoreMetadataQuality(d, mqa),
    });
  }

  const input: AuditInput = {
    source: options.baseUrl,
    sample: options.sample ?? false,
    generatedAt: toZonedIso(options.now ?? new Date()),
    report,
    datasets,
  };
  await mkdir(options.outDir, { recursive: true });
  const htmlPath = join(options.outDir, 'report.html');
  const csvPath = join(options.outDir, 'report.csv');
  await writeFile(htmlPath, buildHtml(input), 'utf8');
  await writeFile(csvPath, buildCsv(datasets), 'utf8');
  return { report, datasets, skipped, htmlPath, csvPath };
}
