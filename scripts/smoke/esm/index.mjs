// ESM consumer of the packed tarballs: imports every entry point and checks real results.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  addWorkingDays,
  createHttpClient,
  createOutbox,
  decodeNik,
  defineContract,
  getRegion,
  isOpenGovError,
  listChildren,
  loadProvince,
  parseRegionCode,
  redact,
  toOpenApi,
} from '@opengov-id/core';
import { createFileStorage } from '@opengov-id/core/node';
import { normalizePhone } from '@opengov-id/core/phone';
import { createRouteHandlers } from '@opengov-id/core/server';
import { createMswHandlers } from '@opengov-id/core/testing';
import * as z from 'zod';

assert.equal(getRegion('52.07')?.name, 'Kabupaten Sumbawa Barat');
await loadProvince('52');
assert.equal(listChildren('52.07').length, 8);
assert.equal(parseRegionCode('5207022001').code, '52.07.02.2001');
assert.equal(decodeNik('5207024507050001', { today: '2026-11-28' }).birthDate, '2005-07-05');
assert.equal(addWorkingDays('2026-03-16', 5), '2026-03-30');
assert.equal(normalizePhone('081234567890').e164, '+6281234567890');
assert.equal(redact({ nik: '5207024507050001' }).nik, '[REDACTED]');
try {
  decodeNik('123');
  assert.fail('expected an error');
} catch (error) {
  assert.ok(isOpenGovError(error));
}
const contract = defineContract({
  getThing: {
    method: 'GET',
    path: '/things/:id',
    params: z.object({ id: z.string() }),
    responses: { 200: z.object({ id: z.string() }) },
  },
});
assert.ok(toOpenApi(contract, { title: 't', version: '1' }).paths['/things/{id}']);
assert.equal(typeof createMswHandlers, 'function');
const [route] = createRouteHandlers(contract, { getThing: ({ params }) => ({ id: params.id }) });
assert.deepEqual([route.method, route.path], ['GET', '/things/:id']);
const served = await route.handle(new Request('https://x.test/things/a%20b'), { id: 'a b' });
assert.deepEqual([served.status, await served.json()], [200, { id: 'a b' }]);
assert.equal(typeof createHttpClient({ baseUrl: 'https://example.org/' }).request, 'function');
const outboxDir = mkdtempSync(join(tmpdir(), 'smoke-outbox-'));
const storage = createFileStorage(outboxDir);
const keys = [];
const outbox = createOutbox({
  storage,
  autoFlush: false,
  send: async (_p, { idempotencyKey }) => keys.push(idempotencyKey),
});
const queued = await outbox.enqueue({ judul: 'Jalan rusak' });
assert.deepEqual(await outbox.flush(), { sent: 1, failed: 0, pending: 0, retryInMs: undefined });
assert.deepEqual(keys, [queued.id]);
await storage.close();
rmSync(outboxDir, { recursive: true });
console.log('esm consumer ok');
