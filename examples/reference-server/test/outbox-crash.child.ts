// Child process of the crash test in crash.test.ts: citizens' complaints queued in a file outbox
// and flushed to the reference server with care's own client. Run with
// `node --conditions=@opengov-id/source --import tsx`, so the packages' own export maps (and
// core's `./node` entry) resolve these imports. The reporter's API token comes from the
// OUTBOX_TOKEN environment variable (kept out of the process list).
//   outbox-crash.child.ts <directory> <careBaseUrl> enqueue <count>   enqueue, then flush
//   outbox-crash.child.ts <directory> <careBaseUrl> flush             flush what is left
// Prints one JSON line after enqueueing ({ enqueued, keys }) and one at the end ({ before, sent, left }).
import { createCareClient, type NewReport } from '@opengov-id/care';
import type * as z from 'zod';
import { createOutbox } from '@opengov-id/core';
import { createFileStorage } from '@opengov-id/core/node';

const [directory, baseUrl, mode, count] = process.argv.slice(2);
const token = process.env['OUTBOX_TOKEN'];
if (!directory || !baseUrl || !token || (mode !== 'enqueue' && mode !== 'flush')) {
  throw new Error(
    'usage: OUTBOX_TOKEN=<token> outbox-crash.child.ts <directory> <careBaseUrl> enqueue <count> | flush',
  );
}

const storage = createFileStorage(directory);
const care = createCareClient({ baseUrl, token, maxRetries: 0, timeoutMs: 10_000 });
const outbox = createOutbox<z.input<typeof NewReport>>({
  storage,
  autoFlush: false,
  send: (body, { idempotencyKey, signal }) => care.submitReport({ body, idempotencyKey, signal }),
});

if (mode === 'enqueue') {
  const total = Number(count);
  for (let n = 1; n <= total; n++) {
    await outbox.enqueue({
      type: 'layanan_publik',
      classification: 'pengaduan',
      channel: 'app',
      title: `CONTOH laporan nomor ${n}`,
      description: `Contoh: lampu jalan padam di dusun nomor ${n}.`,
      category: 'infrastruktur',
      location: { regionCode: '52.07.02' },
    });
  }
  // The keys the test later finds on the server, each exactly once.
  const keys = (await outbox.pending()).map((entry) => entry.id);
  process.stdout.write(`${JSON.stringify({ enqueued: total, keys })}\n`);
}
const before = (await outbox.pending()).length;
let sent = 0;
for (let pass = 0; pass < 1_000; pass++) {
  const result = await outbox.flush();
  sent += result.sent;
  if (result.pending === 0) break;
}
const left = (await outbox.pending()).length;
await storage.close?.();
process.stdout.write(`${JSON.stringify({ before, sent, left })}\n`);
