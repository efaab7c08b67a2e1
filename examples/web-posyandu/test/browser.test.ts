// The app in Debian's Chromium, driven by playwright-core (no browser download): built from the
// packages' dist/, loaded, a weighing entered offline (z-scores and chart at once, one pending),
// then back online: the outbox sends it and the backend holds exactly one record.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUNDLE_BUDGET, buildApp, buildPackages, exampleDir, kB, measureBundle } from '../src/build.js';
import { type Backend, startBackend } from './backend.js';
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
  backend = await startBackend();
  app = await serveStatic(join(exampleDir, 'dist'));
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

    await page.goto(`${app.url}/?api=${encodeURIComponent(backend.url)}`);
    await page.waitForSelector('form[data-ready="true"]');
    expect(await status('pending')).toBe('0');

    await context.setOffline(true);
    await expect.poll(() => status('online')).toBe('false');

    // Sample child born 2024-03-15, weighed on 2026-03-16 (day 731): the WHO values of the
    // posyandu guide's worked example (girl, 24 months, 10.2 kg, 82 cm lying down).
    await page.getByLabel(/^Anak/).selectOption('p-sample-1');
    await page.getByLabel(/^Tanggal penimbangan/).fill('2026-03-16');
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

    // The chart: the three earlier weighings and this one, at day 731 with its z.
    const chart = page.locator('#chart svg');
    await expect.poll(() => chart.locator('circle').count()).toBe(4);
    const point = chart.locator('circle[data-age-days="731"]');
    expect(await point.getAttribute('data-value')).toBe('10.2');
    expect(await point.getAttribute('data-z')).toBe('-0.97');

    await expect.poll(() => status('pending')).toBe('1');
    expect(await status('sent')).toBe('0');
    expect(await backend.records()).toBe(0);
    await shot('1-offline-weighing.png');
    await shot('2-offline-chart.png', page.locator('#chart'));

    await context.setOffline(false);
    await expect.poll(() => backend.records(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => status('pending'), { timeout: 10_000 }).toBe('0');
    expect(await status('sent')).toBe('1');
    expect(await backend.records()).toBe(1);
    await shot('3-online-sent.png');

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
