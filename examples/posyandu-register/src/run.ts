// The I/O half of the example: read the register, write the scored CSV and the charts.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { loadGrowthTables } from '@opengov-id/posyandu';
import { writeGrowthCharts } from './charts.js';
import { scoredCsvLines } from './output.js';
import { createProgress, type ProgressStream } from './progress.js';
import { processRegister, type RegisterResult } from './register.js';
import { parsePosyanduFigures, type PosyanduFigures, stratumForYear } from './strata.js';

/** Options of {@link runRegister}. */
export interface RunOptions {
  /** The register CSV. */
  readonly file: string;
  /** Folder for the scored CSV and `charts/`; created if missing. */
  readonly outDir: string;
  /** The posyandu's monthly figures (JSON, see `data/sample-posyandu.json`), for the stratum. */
  readonly figuresFile?: string | undefined;
  /** The SKDN month, `YYYY-MM`; default the latest in the register. */
  readonly month?: string | undefined;
  /** Draw a chart per child (default `true`). */
  readonly charts?: boolean | undefined;
  /** Where progress goes (default nowhere). */
  readonly progress?: ProgressStream | undefined;
}

/** What {@link runRegister} did. */
export interface RunResult {
  readonly result: RegisterResult;
  readonly csvPath: string;
  readonly chartPaths: readonly string[];
  readonly figures: PosyanduFigures | null;
  readonly stratum: ReturnType<typeof stratumForYear> | null;
  /** Rows read and scored per second (reading, scoring and the KMS reading; not writing). */
  readonly rowsPerSecond: number;
  readonly seconds: number;
}

/** Reads, scores and writes one register. */
export async function runRegister(options: RunOptions): Promise<RunResult> {
  const tables = await loadGrowthTables();
  const size = (await stat(options.file)).size;
  const progress = options.progress ? createProgress(options.progress, size) : undefined;
  const started = performance.now();
  const result = await processRegister(createReadStream(options.file), {
    month: options.month,
    tables,
    onProgress: (rows, bytes) => progress?.update(rows, bytes),
  });
  const seconds = (performance.now() - started) / 1000;
  progress?.done(result.lines.length);

  await mkdir(options.outDir, { recursive: true });
  const csvPath = join(options.outDir, `${basename(options.file, extname(options.file))}-scored.csv`);
  const out = createWriteStream(csvPath, 'utf8');
  // A BOM so Excel reads the file as UTF-8.
  out.write('\ufeff');
  for (const line of scoredCsvLines(result)) if (!out.write(line)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');

  const chartPaths =
    options.charts === false
      ? []
      : await writeGrowthCharts(result.children, join(options.outDir, 'charts'), tables);

  let figures: PosyanduFigures | null = null;
  let stratum: RunResult['stratum'] = null;
  if (options.figuresFile) {
    figures = parsePosyanduFigures(JSON.parse(await readFile(options.figuresFile, 'utf8')));
    if (result.month && result.skdn) stratum = stratumForYear(figures, result.month, result.skdn);
  }
  return {
    result,
    csvPath,
    chartPaths,
    figures,
    stratum,
    rowsPerSecond: result.lines.length / Math.max(seconds, 1e-9),
    seconds,
  };
}
