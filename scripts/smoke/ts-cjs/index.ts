// TypeScript CommonJS consumer compiled with skipLibCheck: false: catches ESM-only types
// leaking into the .d.cts files (sdk-style P2), which attw does not.
import {
  addWorkingDays,
  createHttpClient,
  createMemoryStorage,
  createOutbox,
  decodeNik,
  type HttpClient,
  isOpenGovError,
  type Outbox,
  type OutboxStorage,
  type Region,
  getRegion,
} from '@opengov-id/core';
import { createFileStorage } from '@opengov-id/core/node';
import { type NormalizedPhone, normalizePhone } from '@opengov-id/core/phone';
import { createRouteHandlers, type RouteHandler } from '@opengov-id/core/server';

const region: Region | undefined = getRegion('52.07');
const http: HttpClient = createHttpClient({ baseUrl: 'https://example.org/api/' });
const phone: NormalizedPhone = normalizePhone('+6281234567890');
const due: string = addWorkingDays('2026-03-16', 5);
const nik = decodeNik('5207024507050001', { today: '2026-11-28' });
if (
  region?.name !== 'Kabupaten Sumbawa Barat' ||
  due !== '2026-03-30' ||
  nik.sex !== 'female' ||
  !phone.isMobile
) {
  throw new Error('unexpected result');
}
try {
  decodeNik('not a nik');
} catch (error) {
  if (!isOpenGovError(error)) throw error;
}
const storages: OutboxStorage[] = [createMemoryStorage(), createFileStorage('./outbox-unused')];
const outbox: Outbox<{ judul: string }> = createOutbox({
  storage: storages[0]!,
  send: async () => undefined,
});
const routes: RouteHandler[] = createRouteHandlers({ routes: {} }, {});
console.log('typescript cjs consumer ok', typeof http.request, typeof outbox.flush, routes.length);
