// Child process of the crash test in outbox-file.test.ts: a file outbox, flushed to the test's
// HTTP server. Run with `node --conditions=@opengov-id/source --import tsx`, so the package's own
// export map (and its `./node` entry) is what resolves these imports.
//   outbox-crash.child.ts <directory> <baseUrl> enqueue <count>   enqueue, then flush
//   outbox-crash.child.ts <directory> <baseUrl> flush             flush what is left
import { createHttpClient, createOutbox } from '@opengov-id/core';
import { createFileStorage } from '@opengov-id/core/node';

const [directory, baseUrl, mode, count] = process.argv.slice(2);
if (!directory || !baseUrl || (mode !== 'enqueue' && mode !== 'flush')) {
  throw new Error('usage: outbox-crash.child.ts <directory> <baseUrl> enqueue <count> | flush');
}

const storage = createFileStorage(directory);
const http = createHttpClient({ baseUrl, maxRetries: 0, timeoutMs: 10_000 });
const outbox = createOutbox<{ n: number }>({
  storage,
  autoFlush: false,
  send: (payload, { idempotencyKey, signal }) =>
    http.request({
      method: 'POST',
      path: 'records',
      json: payload,
      idempotencyKey,
      signal,
      responseType: 'none',
    }),
});

if (mode === 'enqueue') {
  for (let n = 0; n < Number(count); n++) await outbox.enqueue({ n });
  process.stdout.write(`${JSON.stringify({ enqueued: Number(count) })}\n`);
}
const before = (await outbox.pending()).length;
let sent = 0;
for (let pass = 0; pass < 1_000; pass++) {
  const result = await outbox.flush();
  sent += result.sent;
  if (result.pending === 0) break;
}
await storage.close?.();
process.stdout.write(`${JSON.stringify({ before, sent, left: (await outbox.pending()).length })}\n`);
