// Load generator of load.test.ts, in its own process so the clients do not share the server's
// event loop (nor the test runner's request interception). Run with
// `node --conditions=@opengov-id/source --import tsx`.
//   load.child.ts <careBaseUrl> <clients> <seconds>
// Each client submits complaints one after another with care's client, each with its own
// Idempotency-Key, until the time is up. Prints one JSON line with the figures.
import { createCareClient, type NewReport } from '@opengov-id/care';
import type * as z from 'zod';
import { percentile } from '@opengov-id/core';

const [url, clientsArg, secondsArg] = process.argv.slice(2);
const clients = Number(clientsArg);
const seconds = Number(secondsArg);
if (!url || !(clients > 0) || !(seconds > 0))
  throw new Error('usage: load.child.ts <careBaseUrl> <clients> <seconds>');

const baseUrl: string = url;
const latencies: number[] = [];
const ids = new Set<string>();
let acknowledged = 0;
let errors = 0;
const errorSamples: string[] = [];

const report = (client: number, n: number): z.input<typeof NewReport> => ({
  type: 'layanan_publik',
  classification: 'pengaduan',
  channel: 'app',
  title: `CONTOH uji beban ${client}-${n}`,
  description: `Contoh: laporan uji beban nomor ${n} dari klien ${client}.`,
  category: 'infrastruktur',
  location: { regionCode: '52.07.02' },
});

async function client(index: number, deadline: number): Promise<void> {
  const care = createCareClient({ baseUrl, maxRetries: 0, timeoutMs: 30_000 });
  for (let n = 1; performance.now() < deadline; n++) {
    const started = performance.now();
    try {
      const created = await care.submitReport({
        body: report(index, n),
        idempotencyKey: crypto.randomUUID(),
      });
      latencies.push(performance.now() - started);
      acknowledged += 1;
      ids.add(created.id);
    } catch (error) {
      errors += 1;
      if (errorSamples.length < 5)
        errorSamples.push(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }
  }
}

const start = performance.now();
const deadline = start + seconds * 1000;
await Promise.all(Array.from({ length: clients }, (_, i) => client(i + 1, deadline)));
const elapsedMs = performance.now() - start;
const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

process.stdout.write(
  `${JSON.stringify({
    clients,
    seconds,
    elapsedMs: Math.round(elapsedMs),
    acknowledged,
    distinctIds: ids.size,
    errors,
    errorSamples,
    requestsPerSecond: round(acknowledged / (elapsedMs / 1000)),
    p50Ms: round(percentile(latencies, 0.5)),
    p99Ms: round(percentile(latencies, 0.99)),
    maxMs: round(latencies.length === 0 ? null : latencies.reduce((a, b) => Math.max(a, b))),
  })}\n`,
);
