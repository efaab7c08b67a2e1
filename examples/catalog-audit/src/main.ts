// npm run start -w @opengov-id/example-catalog-audit [-- <CKAN base URL>] [--out <folder>]
// Without a URL it starts the reference server (examples/reference-server) in-process with its
// sample data and audits its CKAN API.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { biggestLosses } from './report.js';
import { runAudit } from './audit.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' } },
});
const given = positionals[0];
// run-source.mjs runs from the repo root; a relative --out means the folder npm was run from.
const outDir = values.out
  ? resolve(process.env['INIT_CWD'] ?? process.cwd(), values.out)
  : resolve(import.meta.dirname, '../output');

let baseUrl = given;
let stop = async () => {};
if (baseUrl === undefined) {
  // The repository's reference server, in this process on a loopback port: its CKAN API over a
  // fresh in-memory SQLite database seeded with its sample catalogue.
  const { startReferenceServer } = await import('../../reference-server/src/server.js');
  const server = await startReferenceServer({ seed: true });
  stop = () => server.close();
  baseUrl = `${server.url}/ckan`;
  console.log(
    `SAMPLE DATA: auditing the reference server's sample catalogue at ${baseUrl} (fictional KSB OPDs, not official data).`,
  );
}

try {
  const result = await runAudit({ baseUrl, outDir, sample: given === undefined });
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
  await stop();
}
