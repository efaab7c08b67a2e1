// The app in Debian's Chromium, driven by playwright-core (no browser download): built from the
// packages' dist/, loaded against the reference server (its sample kader's register), a weighing
// entered offline (z-scores and chart at once, one pending), then back online: the outbox sends it
// and the server stores exactly one new visit, created once under the weighing's idempotency key;
// opened again while the API does not answer, the page lists the register it kept. The service
// worker: once loaded online, the app starts with no network and no static server at all, scores
// and queues a weighing, and sends it once when the signal returns; Cache Storage holds the
// build's files and never an API answer; a new version waits until the kader chooses it.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, passthrough } from 'msw';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, today } from '@opengov-id/core';
import { createPosyanduClient } from '@opengov-id/posyandu/contract';
import { server } from '../../../scripts/msw.server.js';
import { type Backend, startBackend } from '../src/backend.js';
import {
  BUNDLE_BUDGET,
  buildApp,
  buildPackages,
  exampleDir,
  kB,
  measureBundle,
  measureServiceWorker,
  SERVICE_WORKER_BUDGET,
} from '../src/build.js';
import { type StaticServer, serveStatic } from './static-server.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const artifacts = join(exampleDir, 'test-artifacts');

let backend: Backend;
let app: StaticServer;
let browser: Browser;

beforeAll(async () => {
  buildPackages();
  buildApp();
  mkdirSync(artifacts, { recursive: true });
  app = await serveStatic(join(exampleDir, 'dist'));
  // A fresh in-memory database each run; the page's origin is the one CORS lets in.
  backend = await startBackend({ origins: [app.url] });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // Root (CI, containers) cannot use Chromium's sandbox; a small /dev/shm must not crash it;
    // Indonesian UI, so the date field reads dd/mm/yyyy as a kader's phone does.
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-dev-shm-usage', '--lang=id'],
  });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await backend?.close();
});

/** A phone: 390 × 844 CSS px, Indonesian, in WITA. */
const phone = () =>
  browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
  });

/**
 * The kader registers, through the API, a girl whose weighing a week ago falls on her day 731,
 * with three earlier weighings: the posyandu guide's worked example (24 months, 10.2 kg, 82 cm
 * lying down) on dates that stay in the past whenever the test runs.
 */
async function registerWorkedExample(on: Backend): Promise<{ girlId: string; weighedOn: string }> {
  // The shared msw setup refuses unhandled requests; this test's requests go to the real socket.
  server.use(http.all(`${on.server.url}/*`, () => passthrough()));
  const kader = createPosyanduClient({ baseUrl: on.apiUrl, token: on.kaderToken });
  const weighedOn = addDays(today('Asia/Makassar'), -7);
  const born = addDays(weighedOn, -731);
  const [household] = (await kader.listHouseholds({ params: { posyanduId: 'psy-contoh-melati' } })).items;
  if (!household) throw new Error('the seeded posyandu has no household');
  const girl = await kader.createPerson({
    params: { householdId: household.id },
    body: { name: 'Anak Contoh Zahra', sex: 'female', birthDate: born, role: 'anak' },
  });
  for (const [days, weightKg] of [
    [183, 6.9],
    [365, 8.2],
    [548, 9.3],
  ] as const)
    await kader.createVisit({
      body: {
        personId: girl.id,
        posyanduId: household.posyanduId,
        date: addDays(born, days),
        service: 'kia',
        measurements: { weightKg },
      },
    });
  return { girlId: girl.id, weighedOn };
}

/** Enters the worked example's weighing in the form and saves it. */
async function enterWeighing(page: Page, girlId: string, weighedOn: string): Promise<void> {
  await page.getByLabel(/^Anak/).selectOption(girlId);
  await page.getByLabel(/^Tanggal penimbangan/).fill(weighedOn);
  await page.getByLabel(/^Berat badan/).fill('10.2');
  await page.getByLabel(/^Panjang\/tinggi badan/).fill('82');
  await page.getByLabel(/^Cara ukur/).selectOption('recumbent');
  await page.getByRole('button', { name: /Simpan penimbangan/ }).click();
  await page.waitForSelector('#result:not([hidden])');
}

/** The worked example's WHO values (BB/U −0.97, TB/U −1.37, BB/TB −0.34, IMT/U −0.2), as shown. */
async function shownZScores(page: Page): Promise<Record<string, string | null>> {
  const z = (index: string) => page.getAttribute(`#zscores tr[data-index="${index}"]`, 'data-z');
  return {
    'weight-for-age': await z('weight-for-age'),
    'height-for-age': await z('height-for-age'),
    'weight-for-height': await z('weight-for-height'),
    'BMI-for-age': await z('BMI-for-age'),
  };
}
const WORKED_EXAMPLE_Z = {
  'weight-for-age': '-0.97',
  'height-for-age': '-1.37',
  'weight-for-height': '-0.34',
  'BMI-for-age': '-0.2',
};

/** Every cache of the page's origin: its name, and each entry's URL and body. */
const cacheStorage = (page: Page) =>
  page.evaluate(async () =>
    Promise.all(
      (await caches.keys()).map(async (name) => {
        const cache = await caches.open(name);
        const entries = await Promise.all(
          (await cache.keys()).map(async (request) => ({
            url: request.url,
            body: (await (await cache.match(request))?.text()) ?? '',
          })),
        );
        return { name, entries };
      }),
    ),
  );

/** What the service worker must hold: the page and every built file but source maps, from disk. */
const builtFiles = (origin: string): string[] =>
  [
    `${origin}/`,
    ...readdirSync(join(exampleDir, 'dist', 'assets'))
      .filter((file) => !file.endsWith('.map'))
      .map((file) => `${origin}/assets/${file}`),
  ].sort();

describe('web-posyandu', () => {
  test('the browser bundle, built from dist/, stays within its budget', () => {
    const { entry, total } = measureBundle();
    console.log(
      `bundle: entry ${kB(entry.brotli)} brotli (${kB(entry.gzip)} gzip), all JS ${kB(total.brotli)} brotli (${kB(total.gzip)} gzip)`,
    );
    expect(entry.brotli).toBeLessThanOrEqual(BUNDLE_BUDGET.entryBrotli);
    expect(total.brotli).toBeLessThanOrEqual(BUNDLE_BUDGET.totalBrotli);
    const sw = measureServiceWorker();
    console.log(`service worker: ${kB(sw.brotli)} brotli (${kB(sw.bytes)} raw)`);
    expect(sw.brotli).toBeLessThanOrEqual(SERVICE_WORKER_BUDGET.brotli);
  });

  test('a weighing recorded offline shows z-scores and the chart, and is sent when the connection returns', async () => {
    const context: BrowserContext = await phone();
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const status = (name: string) => page.getAttribute('#status', `data-${name}`);
    const shot = async (name: string, target: Page | ReturnType<Page['locator']> = page) => {
      const path = join(artifacts, name);
      await (target === page ? page.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
      console.log(`screenshot: ${path}`);
    };

    const { girlId, weighedOn } = await registerWorkedExample(backend);
    const kader = createPosyanduClient({ baseUrl: backend.apiUrl, token: backend.kaderToken });

    // Every attempt the page makes to send a visit, with its Idempotency-Key.
    const keys: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url() === `${backend.apiUrl}/visits`)
        keys.push(request.headers()['idempotency-key'] ?? '(none)');
    });

    const query = new URLSearchParams({ api: backend.apiUrl, token: backend.kaderToken });
    await page.goto(`${app.url}/?${query}`);
    await page.waitForSelector('form[data-ready="true"]');
    expect(page.url()).not.toContain('token=');
    expect(await page.getAttribute('#posyandu', 'data-register')).toBe('server');
    expect(await page.textContent('#posyandu')).toContain('Posyandu Melati (CONTOH)');
    // The kader's children under five, from the server: not the mothers, not the other
    // posyandu's children (Dimas and Eka of Posyandu Kenanga).
    const children = () => page.locator('#child option').allTextContents();
    const listed = await children();
    expect(listed.map((option) => option.replace(/ \(lahir .*\)$/, ''))).toEqual([
      'Anak Contoh Ayu',
      'Anak Contoh Bayu',
      'Anak Contoh Citra',
      'Anak Contoh Zahra',
    ]);
    expect(await status('pending')).toBe('0');

    const before = await backend.visits();
    await context.setOffline(true);
    await expect.poll(() => status('online')).toBe('false');

    await enterWeighing(page, girlId, weighedOn);
    expect(await shownZScores(page)).toEqual(WORKED_EXAMPLE_Z);
    expect(await page.textContent('#zscores tr[data-index="height-for-age"]')).toContain('Normal');

    // The chart: the three weighings the server had and this one, at day 731 with its z.
    const chart = page.locator('#chart svg');
    await expect.poll(() => chart.locator('circle').count()).toBe(4);
    const point = chart.locator('circle[data-age-days="731"]');
    expect(await point.getAttribute('data-value')).toBe('10.2');
    expect(await point.getAttribute('data-z')).toBe('-0.97');

    await expect.poll(() => status('pending')).toBe('1');
    expect(await status('sent')).toBe('0');
    expect(await backend.visits()).toBe(before);
    await shot('1-offline-weighing.png');
    await shot('2-offline-chart.png', page.locator('#chart'));

    await context.setOffline(false);
    await expect.poll(() => backend.visits(), { timeout: 30_000 }).toBe(before + 1);
    await expect.poll(() => status('pending'), { timeout: 10_000 }).toBe('0');
    expect(await status('sent')).toBe('1');
    expect(await backend.visits()).toBe(before + 1);
    await shot('3-online-sent.png');

    // Every attempt carried the weighing's one key, and the server created the visit under it.
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(1);
    const remembered = await backend.rememberedVisit(keys[0] as string);
    expect(remembered).toMatchObject({
      status: 201,
      body: {
        personId: girlId,
        date: weighedOn,
        measurements: { weightKg: 10.2, lengthHeightCm: 82, measured: 'recumbent' },
      },
    });
    const visits = (await kader.listVisits({ params: { personId: girlId } })).items;
    expect(visits.map((v) => v.measurements.weightKg)).toEqual([6.9, 8.2, 9.3, 10.2]);

    // Opened again while the API does not answer: the register kept on the device, nothing pending.
    const api = `${backend.server.url}/**`;
    await page.route(api, (route) => route.abort('internetdisconnected'));
    await page.reload();
    await page.waitForSelector('form[data-ready="true"]');
    expect(await page.getAttribute('#posyandu', 'data-register')).toBe('device');
    expect(await children()).toEqual(listed);
    await page.unroute(api);
    expect(await status('pending')).toBe('0');

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  test('opened once online, the app starts with no network, scores and queues a weighing, and sends it once', async () => {
    // Its own origin (so its own service worker, caches and IndexedDB) and its own server.
    const site = await serveStatic(join(exampleDir, 'dist'));
    const api = await startBackend({ origins: [site.url] });
    const context = await phone();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const status = (name: string) => page.getAttribute('#status', `data-${name}`);
      const { girlId, weighedOn } = await registerWorkedExample(api);

      const query = new URLSearchParams({ api: api.apiUrl, token: api.kaderToken });
      await page.goto(`${site.url}/?${query}`);
      await page.waitForSelector('form[data-ready="true"]');
      await page.waitForSelector('#offline[data-state="ready"]');
      expect(await page.textContent('#offline')).toContain('Siap dipakai tanpa sinyal');
      // The first install takes the page at once (clients.claim).
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      // One start online under the worker: the API's answers pass through it, none is kept.
      await page.reload();
      await page.waitForSelector('form[data-ready="true"]');
      expect(await page.getAttribute('#posyandu', 'data-register')).toBe('server');

      const caches = await cacheStorage(page);
      expect(caches).toHaveLength(1);
      expect(caches[0]?.name).toMatch(/^posyandu-weighing-[0-9a-f]{12}$/);
      const cached = caches.flatMap((cache) => cache.entries);
      // The page and every built file but source maps (the twelve WHO tables among them), and
      // nothing else: no API route, no answer with a child's name or the token in it.
      expect(cached.map((entry) => entry.url).sort()).toEqual(builtFiles(site.url));
      expect(cached.some((entry) => /weight-for-age-[\w-]+\.js$/.test(entry.url))).toBe(true);
      for (const entry of cached) {
        expect(entry.url).not.toContain(api.server.url);
        expect(entry.url).not.toContain('/posyandu/v1');
        expect(entry.body).not.toContain('Anak Contoh');
        expect(entry.body).not.toContain(api.kaderToken);
      }

      // No network at all: the browser offline and the static host gone.
      await site.close();
      await context.setOffline(true);
      await page.reload();
      await page.waitForSelector('form[data-ready="true"]');
      expect(await status('online')).toBe('false');
      // The API is network-only: offline, the register is the copy the page kept, not a cached answer.
      expect(await page.getAttribute('#posyandu', 'data-register')).toBe('device');
      await page.waitForSelector('#offline[data-state="ready"]');

      const before = await api.visits();
      await enterWeighing(page, girlId, weighedOn);
      expect(await shownZScores(page)).toEqual(WORKED_EXAMPLE_Z);
      await expect.poll(() => page.locator('#chart svg circle').count()).toBe(4);
      await expect.poll(() => status('pending')).toBe('1');
      expect(await api.visits()).toBe(before);
      await page.screenshot({ path: join(artifacts, '4-offline-start.png'), fullPage: true });

      await context.setOffline(false);
      await expect.poll(() => status('pending'), { timeout: 30_000 }).toBe('0');
      expect(await status('sent')).toBe('1');
      expect(await api.visits()).toBe(before + 1);
      const kader = createPosyanduClient({ baseUrl: api.apiUrl, token: api.kaderToken });
      const visits = (await kader.listVisits({ params: { personId: girlId } })).items;
      expect(visits.filter((visit) => visit.date === weighedOn)).toHaveLength(1);
      // Sending put nothing in the caches either.
      expect((await cacheStorage(page)).flatMap((cache) => cache.entries)).toHaveLength(cached.length);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await site.close();
      await api.close();
    }
  }, 120_000);

  test('a new version waits until the kader chooses it, then replaces the old cache', async () => {
    const site = await serveStatic(join(exampleDir, 'dist'));
    const api = await startBackend({ origins: [site.url] });
    server.use(http.all(`${api.server.url}/*`, () => passthrough()));
    const context = await phone();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const query = new URLSearchParams({ api: api.apiUrl, token: api.kaderToken });
      await page.goto(`${site.url}/?${query}`);
      await page.waitForSelector('#offline[data-state="ready"]');
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      const [old] = (await cacheStorage(page)).map((cache) => cache.name);
      if (old === undefined) throw new Error('no cache after the first start');

      // A new deploy: the worker's bytes change with its version (same files, to keep it short).
      const version = old.replace('posyandu-weighing-', '');
      const next = [...version].reverse().join('');
      const sw = readFileSync(join(exampleDir, 'dist', 'sw.js'), 'utf8');
      expect(sw).toContain(version);
      site.override('/sw.js', sw.replaceAll(version, next));
      // The page looks for a new version when the signal returns.
      await context.setOffline(true);
      await context.setOffline(false);
      await page.waitForSelector('#offline[data-state="update"]');
      expect(await page.textContent('#offline')).toContain('Versi baru tersedia');
      await page.screenshot({ path: join(artifacts, '5-update-waiting.png'), fullPage: true });
      // Installed, not active: the old cache is still there beside the new one.
      expect((await cacheStorage(page)).map((cache) => cache.name).sort()).toEqual(
        [old, `posyandu-weighing-${next}`].sort(),
      );
      expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).waiting !== null)).toBe(
        true,
      );

      const document = await page.evaluate(() => performance.timeOrigin);
      await page.getByRole('button', { name: /Pakai versi baru/ }).click();
      // The page reloads itself under the new version, which removed the old cache.
      await expect
        .poll(() => page.evaluate(() => performance.timeOrigin).catch(() => document))
        .not.toBe(document);
      await page.waitForSelector('#offline[data-state="ready"]');
      expect((await cacheStorage(page)).map((cache) => cache.name)).toEqual([`posyandu-weighing-${next}`]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await site.close();
      await api.close();
    }
  }, 120_000);

  test('a deploy with a file missing installs nothing, and the next start tries again', async () => {
    const site = await serveStatic(join(exampleDir, 'dist'));
    const api = await startBackend({ origins: [site.url] });
    const context = await phone();
    try {
      const page = await context.newPage();
      // A WHO table the page itself does not load, so the page works while the install fails.
      const missing = readdirSync(join(exampleDir, 'dist', 'assets')).find((file) =>
        /^triceps-skinfold-for-age-[\w-]+\.js$/.test(file),
      );
      if (missing === undefined) throw new Error('no triceps-skinfold-for-age chunk in dist/assets');
      site.override(`/assets/${missing}`, null);
      const query = new URLSearchParams({ api: api.apiUrl, token: api.kaderToken });
      await page.goto(`${site.url}/?${query}`);
      await page.waitForSelector('form[data-ready="true"]');
      await page.waitForSelector('#offline[data-state="failed"]');
      expect(await page.textContent('#offline')).toContain('Belum siap dipakai tanpa sinyal');
      // No worker, and no half-filled cache left behind.
      expect(
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active ?? null),
      ).toBe(null);
      expect(await cacheStorage(page)).toEqual([]);

      site.override(`/assets/${missing}`, undefined);
      await page.reload();
      await page.waitForSelector('#offline[data-state="ready"]');
      expect((await cacheStorage(page)).flatMap((cache) => cache.entries)).toHaveLength(
        builtFiles(site.url).length,
      );
    } finally {
      await context.close();
      await site.close();
      await api.close();
    }
  }, 120_000);
});
