// The app in Debian's Chromium, driven by playwright-core (no browser download): built from the
// packages' dist/, loaded against the reference server (its sample kader's register), a weighing
// entered offline (z-scores and chart at once, one pending), then back online: the outbox sends it
// and the server stores exactly one new visit, created once under the weighing's idempotency key;
// opened again while the API does not answer, the page lists the register it kept.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { http, passthrough } from 'msw';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDays, today } from '@opengov-id/core';
import { createPosyanduClient } from '@opengov-id/posyandu/contract';
import { server } from '../../../scripts/msw.server.js';
import { type Backend, startBackend } from '../src/backend.js';
import { BUNDLE_BUDGET, buildApp, buildPackages, exampleDir, kB, measureBundle } from '../src/build.js';
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

describe('web-posyandu', () => {
  test('the browser bundle, built from dist/, stays within its budget', () => {
    const { entry, total } = measureBundle();
    console.log(
      `bundle: entry ${kB(entry.brotli)} brotli (${kB(entry.gzip)} gzip), all JS ${kB(total.brotli)} brotli (${kB(total.gzip)} gzip)`,
    );
    expect(entry.brotli).toBeLessThanOrEqual(BUNDLE_BUDGET.entryBrotli);
    expect(total.brotli).toBeLessThanOrEqual(BUNDLE_BUDGET.totalBrotli);
  });

  test('a weighing recorded offline shows z-scores and the chart, and is sent when the connection returns', async () => {
    // A phone: 390 × 844 CSS px.
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'id-ID',
      timezoneId: 'Asia/Makassar',
    });
    const page: Page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const status = (name: string) => page.getAttribute('#status', `data-${name}`);
    const shot = async (name: string, target: Page | ReturnType<Page['locator']> = page) => {
      const path = join(artifacts, name);
      await (target === page ? page.screenshot({ path, fullPage: true }) : target.screenshot({ path }));
      console.log(`screenshot: ${path}`);
    };

    // The kader registers a girl whose weighing a week ago falls on her day 731, with three
    // earlier weighings: the posyandu guide's worked example (24 months, 10.2 kg, 82 cm lying
    // down) on dates that stay in the past whenever the test runs.
    // The shared msw setup refuses unhandled requests; this test's requests go to the real socket.
    server.use(http.all(`${backend.server.url}/*`, () => passthrough()));
    const kader = createPosyanduClient({ baseUrl: backend.apiUrl, token: backend.kaderToken });
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

    await page.getByLabel(/^Anak/).selectOption(girl.id);
    await page.getByLabel(/^Tanggal penimbangan/).fill(weighedOn);
    await page.getByLabel(/^Berat badan/).fill('10.2');
    await page.getByLabel(/^Panjang\/tinggi badan/).fill('82');
    await page.getByLabel(/^Cara ukur/).selectOption('recumbent');
    await page.getByRole('button', { name: /Simpan penimbangan/ }).click();

    await page.waitForSelector('#result:not([hidden])');
    const z = (index: string) => page.getAttribute(`#zscores tr[data-index="${index}"]`, 'data-z');
    expect(await z('weight-for-age')).toBe('-0.97');
    expect(await z('height-for-age')).toBe('-1.37');
    expect(await z('weight-for-height')).toBe('-0.34');
    expect(await z('BMI-for-age')).toBe('-0.2');
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
        personId: girl.id,
        date: weighedOn,
        measurements: { weightKg: 10.2, lengthHeightCm: 82, measured: 'recumbent' },
      },
    });
    const visits = (await kader.listVisits({ params: { personId: girl.id } })).items;
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
});
