// npm run start -w @opengov-id/example-catalog-audit [-- <CKAN base URL>] [--out <folder>]
// Without a URL it audits the SDK's sample catalogue (KSB-like, generated), served in-process.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { biggestLosses } from './report.js';
import { runAudit } from './audit.js';

const SAMPLE_URL = 'https://data.ksb.sample.test';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
const given = positionals[0];
// run-source.mjs runs from the repo root; a relative --out means the folder npm was run from.
const outDir = values.out
  ? resolve(process.env['INIT_CWD'] ?? process.cwd(), values.out)
  : resolve(import.meta.dirname, '../output');

let stop = () => {};
if (given === undefined) {
  const [{ setupServer }, { ckanPortalHandlers, seedCatalogue }] = await Promise.all([
    import('msw/node'),
    import('@opengov-id/satudata/testing'),
  ]);
  const server = setupServer(
    ...ckanPortalHandlers({ baseUrl: SAMPLE_URL, catalogue: seedCatalogue({ siteUrl: SAMPLE_URL }) }),
  );
  server.listen({ onUnhandledRequest: 'error' });
  stop = () => server.close();
  console.log(
    `SAMPLE DATA: auditing the SDK's generated KSB-like catalogue at ${SAMPLE_URL} (not official data).`,
  );
}

try {
  const result = await runAudit({ baseUrl: given ?? SAMPLE_URL, outDir, sample: given === undefined });
  const { overall, byOrganization } = result.report;
  console.log(
    `${result.report.datasetCount} datasets, ${result.report.distributionCount} distributions; catalogue MQA ${overall.total}/${overall.max} (${overall.rating})`,
  );
  for (const o of byOrganization) {
    console.log(`  ${o.score.total.toFixed(2).padStart(6)}  ${o.organization.name} (${o.datasetCount})`);
  }
  console.log('Fix first:');
  for (const l of biggestLosses(overall, 5))
    console.log(`  -${l.lost}  ${l.indicator.id}: ${l.indicator.label.en}`);
  if (result.skipped.length > 0) console.log(`Skipped ${result.skipped.length} unreadable package(s).`);
  console.log(`Wrote ${result.htmlPath}\nWrote ${result.csvPath}`);
} finally {
  stop();
}
