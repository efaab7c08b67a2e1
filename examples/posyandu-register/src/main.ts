// npm start -w @opengov-id/example-posyandu-register [-- <register.csv>] [--month YYYY-MM]
//   [--posyandu <figures.json>] [--out <folder>] [--no-charts] [--generate <rows>]
// Without a file it reads the sample register in data/ (fictional children).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isOpenGovError } from '@opengov-id/core';
import { generateRegister } from './generate.js';
import { summaryLines } from './report.js';
import { RegisterFormatError } from './row.js';
import { runRegister } from './run.js';

const here = (p: string) => resolve(import.meta.dirname, '..', p);
// run-source.mjs runs from the repo root; relative paths mean the folder npm was run from.
const fromCaller = (p: string) => resolve(process.env['INIT_CWD'] ?? process.cwd(), p);

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    month: { type: 'string' },
    posyandu: { type: 'string' },
    out: { type: 'string' },
    'no-charts': { type: 'boolean' },
    charts: { type: 'boolean' },
    generate: { type: 'string' },
  },
});
const outDir = values.out ? fromCaller(values.out) : here('output');

let file: string;
let figuresFile: string | undefined = values.posyandu ? fromCaller(values.posyandu) : undefined;
let charts = !values['no-charts'];
if (values.generate !== undefined) {
  const rows = Number(values.generate);
  if (!Number.isInteger(rows) || rows < 1) {
    console.error(
      '--generate: jumlah baris harus bilangan bulat ≥ 1 / the row count must be a whole number ≥ 1',
    );
    process.exit(2);
  }
  file = resolve(outDir, 'generated-register.csv');
  const { mkdir } = await import('node:fs/promises');
  await mkdir(outDir, { recursive: true });
  await generateRegister(file, rows);
  // Tens of thousands of SVG files help nobody; ask for them with --charts.
  charts = values.charts === true;
  console.log(
    `DATA CONTOH / SAMPLE DATA: generated ${rows.toLocaleString('en')} fictional weighings in ${file}.`,
  );
} else if (positionals[0] !== undefined) {
  file = fromCaller(positionals[0]);
} else {
  file = here('data/sample-register.csv');
  figuresFile ??= here('data/sample-posyandu.json');
  console.log(
    'DATA CONTOH / SAMPLE DATA: a fictional register (data/sample-register.csv), not real children.',
  );
}

try {
  const run = await runRegister({
    file,
    outDir,
    figuresFile,
    month: values.month,
    charts,
    progress: process.stderr,
  });
  for (const line of summaryLines(run)) console.log(line);
  const rate = Math.round(run.rowsPerSecond).toLocaleString('en');
  console.log(
    `Throughput: ${run.result.lines.length.toLocaleString('en')} rows in ${run.seconds.toFixed(2)} s (${rate} rows/s: read, scored, KMS reading)`,
  );
  console.log(`Wrote ${run.csvPath}`);
  if (run.chartPaths.length > 0)
    console.log(`Wrote ${run.chartPaths.length} growth charts in ${resolve(outDir, 'charts')}`);
} catch (error) {
  if (error instanceof RegisterFormatError) {
    console.error(`${error.messages.id}\n${error.messages.en}`);
    process.exit(1);
  }
  if (isOpenGovError(error)) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
