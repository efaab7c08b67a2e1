// CommonJS consumer of the packed tarballs: require() of every entry point (ky is inlined in
// the CJS build, so this works without require(esm)).
const assert = require('node:assert/strict');
const core = require('@opengov-id/core');
const { createFileStorage } = require('@opengov-id/core/node');
const { normalizePhone } = require('@opengov-id/core/phone');
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const testing = require('@opengov-id/core/testing');
const { createRouteHandlers } = require('@opengov-id/core/server');
const z = require('zod');

async function main() {
  assert.equal(core.getRegion('52')?.name, 'Nusa Tenggara Barat');
  await core.loadProvince('52');
  assert.equal(core.listChildren('52.07.02').length, 16);
  assert.equal(core.decodeNik('5207024507050001', { today: '2026-11-28' }).sex, 'female');
  assert.equal(core.countWorkingDays('2026-03-16', '2026-03-30'), 5);
  assert.equal(normalizePhone('0372123456').type, 'fixed_line');
  assert.equal(typeof testing.errorHandler, 'function');
  assert.ok(core.isOpenGovError(new core.NetworkError('x')));
  const contract = core.defineContract({
    ping: {
      method: 'POST',
      path: '/ping',
      body: z.object({ n: z.number() }),
      responses: { 200: z.object({ n: z.number() }) },
    },
  });
  const [ping] = createRouteHandlers(contract, { ping: ({ body }) => ({ n: body.n + 1 }) });
  const bad = await ping.handle(
    new Request('https://x.test/ping', { method: 'POST', body: '{"n":"1"}' }),
    {},
  );
  assert.equal(bad.status, 400);
  const good = await ping.handle(new Request('https://x.test/ping', { method: 'POST', body: '{"n":1}' }), {});
  assert.deepEqual(await good.json(), { n: 2 });
  const dir = mkdtempSync(join(tmpdir(), 'smoke-outbox-'));
  const first = createFileStorage(dir);
  await core.createOutbox({ storage: first, send: async () => {} }).enqueue({ n: 1 });
  await first.close();
  const pending = await core
    .createOutbox({ storage: createFileStorage(dir), send: async () => {} })
    .pending();
  assert.deepEqual(
    pending.map((e) => e.payload),
    [{ n: 1 }],
  );
  rmSync(dir, { recursive: true });
  console.log('cjs consumer ok');
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
