// `npm start`: builds the packages (dist/) and the app, then prints the bundle against its budget.
// `--packages-only` (used by `npm run dev`) stops after the packages.
import { join } from 'node:path';
import {
  BUNDLE_BUDGET,
  buildApp,
  buildPackages,
  exampleDir,
  kB,
  measureBundle,
  measureServiceWorker,
  SERVICE_WORKER_BUDGET,
} from './build.js';

buildPackages();
if (!process.argv.includes('--packages-only')) {
  buildApp();
  const { entry, chunks, total } = measureBundle();
  console.log(`\nThe app's JavaScript in ${join(exampleDir, 'dist')} (raw, gzip, brotli):`);
  for (const c of chunks)
    console.log(
      `  ${c.file.padEnd(44)} ${kB(c.bytes).padStart(10)} ${kB(c.gzip).padStart(10)} ${kB(c.brotli).padStart(10)}`,
    );
  console.log(
    `  ${'total'.padEnd(44)} ${kB(total.bytes).padStart(10)} ${kB(total.gzip).padStart(10)} ${kB(total.brotli).padStart(10)}`,
  );
  const sw = measureServiceWorker();
  console.log(
    `  ${sw.file.padEnd(44)} ${kB(sw.bytes).padStart(10)} ${kB(sw.gzip).padStart(10)} ${kB(sw.brotli).padStart(10)}  (service worker, not in the total)`,
  );
  const within =
    entry.brotli <= BUNDLE_BUDGET.entryBrotli &&
    total.brotli <= BUNDLE_BUDGET.totalBrotli &&
    sw.brotli <= SERVICE_WORKER_BUDGET.brotli;
  console.log(
    `budget (brotli): entry ${kB(entry.brotli)} of ${kB(BUNDLE_BUDGET.entryBrotli)}, all ${kB(total.brotli)} of ${kB(BUNDLE_BUDGET.totalBrotli)}, service worker ${kB(sw.brotli)} of ${kB(SERVICE_WORKER_BUDGET.brotli)}: ${within ? 'within' : 'OVER'}`,
  );
  console.log(
    'Serve it: npm run preview -w @opengov-id/example-web-posyandu (or npm run dev for the dev server), both with the reference server and its sample data',
  );
  if (!within) process.exitCode = 1;
}
