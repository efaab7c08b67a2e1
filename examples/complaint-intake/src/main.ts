// npm run start -w @opengov-id/example-complaint-intake [-- --base-url <care API root>] [--out <folder>]
// Without --base-url it files the sample messages to care's in-memory test server, served in-process.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDue, runIntake, summarize } from './intake.js';
import { SAMPLE_MESSAGES } from './samples.js';

const SAMPLE_URL = 'https://care.ksb.sample.test/api/v1';

const { values } = parseArgs({
  options: { 'base-url': { type: 'string' }, out: { type: 'string' } },
});
const given = values['base-url'];
// run-source.mjs runs from the repo root; a relative --out means the folder npm was run from.
const outDir = values.out
  ? resolve(process.env['INIT_CWD'] ?? process.cwd(), values.out)
  : resolve(import.meta.dirname, '../output');

let stop = () => {};
if (given === undefined) {
  const [{ setupServer }, { createCareMswHandlers, createInMemoryCareStore }] = await Promise.all([
    import('msw/node'),
    import('@opengov-id/care/testing'),
  ]);
  const server = setupServer(
    ...createCareMswHandlers({ baseUrl: SAMPLE_URL, store: createInMemoryCareStore() }),
  );
  server.listen({ onUnhandledRequest: 'error' });
  stop = () => server.close();
  console.log(`SAMPLE DATA: fictional messages, filed to care's in-memory test server at ${SAMPLE_URL}.`);
}

try {
  // A fresh outbox each run: entries left by an earlier failed run would be sent first.
  await rm(join(outDir, 'outbox'), { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const token = process.env['CARE_API_TOKEN'];
  const result = await runIntake({
    baseUrl: given ?? SAMPLE_URL,
    outDir,
    messages: SAMPLE_MESSAGES,
    ...(token ? { token } : {}),
  });
  const [during, after] = result.flushes;
  console.log(`${SAMPLE_MESSAGES.length} messages drafted and queued in the outbox.`);
  if (during && after) {
    console.log(
      `Flush 1, network cut: sent ${during.sent}, still pending ${during.pending} (${result.keptDuringOutage.files} files kept; ` +
        `${result.lostAnswers} request reached the server but its answer was lost).`,
    );
    console.log(
      `Flush 2, network back: sent ${after.sent}, pending ${after.pending}, failed ${after.failed}; outbox files left: ${result.filesLeft}.`,
    );
  }
  console.log(`${result.reports.length} reports on the server (one per message):`);
  const summaries = result.reports.map(summarize);
  for (const s of summaries) {
    console.log(
      `  ${s.id}  ${s.type.padEnd(19)} ${s.category.padEnd(36)} ${s.channel.padEnd(9)} ${s.reporter}`,
    );
    console.log(`      ${s.title}`);
  }
  console.log('Due dates (working days on the SKB 2026 calendar, WITA):');
  for (const filed of result.reports)
    console.log(`  ${filed.report.id}  ${filed.due.map(formatDue).join(' · ')}`);
  const summaryPath = join(outDir, 'summary.json');
  await writeFile(summaryPath, `${JSON.stringify(summaries, null, 2)}\n`, 'utf8');
  console.log(`Wrote ${summaryPath}`);
} finally {
  stop();
}
