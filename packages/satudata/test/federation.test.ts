import { NetworkError, RequestAbortedError } from '@opengov-id/core';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import { type HarvestProgress, type HarvestRecord, harvest } from '../src/index.js';
import {
  ckanPortalHandlers,
  dataJsonHandlers,
  seedCatalogue,
  toDataJsonDataset,
} from '../src/testing/index.js';

const FAST = { maxRetries: 3, backoff: { initialMs: 1, maxMs: 2 } };

describe('harvest', () => {
  it('three portals × 700: the flaky one still arrives whole, the down one is reported, progress reaches 100%', async () => {
    const healthy = seedCatalogue({ datasets: 700, seed: 11, prefix: 'ksb', siteUrl: 'https://ksb.test' });
    const flaky = seedCatalogue({ datasets: 700, seed: 12, prefix: 'ntb', siteUrl: 'https://ntb.test' });
    let calls = 0;
    let refused = 0;
    server.use(
      // Every other request to the flaky portal is a 503: half the time.
      http.all('https://ntb.test/api/3/action/*', () => {
        calls++;
        if (calls % 2 === 1) {
          refused++;
          return new HttpResponse('Service Unavailable', { status: 503 });
        }
        return undefined;
      }),
      http.all('https://bima.test/*', () => HttpResponse.error()),
      ...ckanPortalHandlers({ baseUrl: 'https://ksb.test', catalogue: healthy }),
      ...ckanPortalHandlers({ baseUrl: 'https://ntb.test', catalogue: flaky }),
    );
    const progress: HarvestProgress[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const run = harvest(
      [
        { id: 'ksb', url: 'https://ksb.test', kind: 'ckan' },
        { id: 'ntb', url: 'https://ntb.test', kind: 'ckan' },
        { id: 'bima', url: 'https://bima.test', kind: 'ckan' },
      ],
      {
        concurrency: 3,
        pageSize: 50,
        onProgress: (p) => progress.push(p),
        http: {
          ...FAST,
          hooks: {
            beforeRequest: (info) => {
              if (info.url.startsWith('https://ksb.test')) maxInFlight = Math.max(maxInFlight, ++inFlight);
            },
            afterResponse: (info) => {
              if (info.url.startsWith('https://ksb.test')) inFlight--;
            },
          },
        },
      },
    );
    const records: HarvestRecord[] = [];
    for await (const record of run) records.push(record);

    const expected = [...healthy.packages, ...flaky.packages].map((p) => p.id).sort();
    const received = records.map((r) => (r.raw as { id: string }).id).sort();
    expect(received).toEqual(expected);
    expect(new Set(received).size).toBe(1400);
    expect(refused).toBeGreaterThan(10);

    expect(run.report.failures.map((f) => f.portal)).toEqual(['bima']);
    expect(run.report.failures[0]?.error).toBeInstanceOf(NetworkError);
    expect(run.report.portals.map((p) => [p.id, p.status, p.yielded])).toEqual([
      ['ksb', 'done', 700],
      ['ntb', 'done', 700],
      ['bima', 'failed', 0],
    ]);
    expect(progress.at(-1)?.ratio).toBe(1);
    const ratios = progress.map((p) => p.ratio);
    expect(ratios).toEqual([...ratios].sort((a, b) => a - b));
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(maxInFlight).toBeGreaterThan(1);
    const sample = records.find((r) => r.portal === 'ksb')!;
    expect(sample.identifier).toMatch(/^ksb:/);
    expect(sample.modified).toMatch(/Z$/);
  });

  it('de-duplicates by identifier and by title + publisher across CKAN and data.json portals', async () => {
    const ckan = seedCatalogue({ datasets: 60, seed: 21, prefix: 'ksb', siteUrl: 'https://ksb.test' });
    const copies = ckan.packages.slice(0, 20).map(toDataJsonDataset);
    // Ten re-published under another identifier but the same title and publisher.
    const renamed = ckan.packages
      .slice(20, 30)
      .map((p) => ({ ...toDataJsonDataset(p), identifier: `copy-${p.id}` }));
    const own = seedCatalogue({ datasets: 5, seed: 22, prefix: 'ntb' }).packages.map(toDataJsonDataset);
    server.use(
      ...ckanPortalHandlers({ baseUrl: 'https://ksb.test', catalogue: ckan }),
      ...dataJsonHandlers({
        baseUrl: 'https://ntb.test',
        datasets: [...copies, ...renamed, ...own],
        dkan: true,
      }),
    );
    const run = harvest([
      { id: 'ksb', url: 'https://ksb.test' },
      { id: 'ntb', url: 'https://ntb.test' },
    ]);
    const records: HarvestRecord[] = [];
    for await (const record of run) records.push(record);
    expect(records).toHaveLength(65);
    expect(run.report.duplicates).toBe(30);
    expect(new Set(records.map((r) => r.identifier)).size).toBe(65);
    expect(
      records.filter((r) => r.source === 'datajson').length +
        records.filter((r) => r.source === 'ckan').length,
    ).toBe(65);
  });

  it('a portal that is neither CKAN nor data.json is a failure of its own', async () => {
    server.use(
      http.get(
        'https://jakarta.test/*',
        () => new HttpResponse('<!doctype html><p>SPA</p>', { headers: { 'content-type': 'text/html' } }),
      ),
      ...ckanPortalHandlers({ baseUrl: 'https://ksb.test', catalogue: seedCatalogue({ datasets: 12 }) }),
    );
    const run = harvest([
      { id: 'jakarta', url: 'https://jakarta.test' },
      { id: 'ksb', url: 'https://ksb.test' },
    ]);
    let count = 0;
    for await (const _ of run) count++;
    expect(count).toBe(12);
    expect(run.report.failures.map((f) => [f.portal, f.error.code])).toEqual([['jakarta', 'portal_unknown']]);
  });

  it('stops when the caller aborts, with a RequestAbortedError', async () => {
    server.use(
      ...ckanPortalHandlers({ baseUrl: 'https://ksb.test', catalogue: seedCatalogue({ datasets: 400 }) }),
    );
    const controller = new AbortController();
    const run = harvest([{ id: 'ksb', url: 'https://ksb.test', kind: 'ckan' }], {
      signal: controller.signal,
      pageSize: 20,
    });
    let count = 0;
    const consume = async () => {
      for await (const _ of run) {
        if (++count === 30) controller.abort();
      }
    };
    await expect(consume()).rejects.toBeInstanceOf(RequestAbortedError);
    expect(count).toBeLessThan(400);
  });

  it('a consumer that breaks early stops the harvest', async () => {
    server.use(
      ...ckanPortalHandlers({ baseUrl: 'https://ksb.test', catalogue: seedCatalogue({ datasets: 300 }) }),
    );
    let pages = 0;
    const run = harvest([{ id: 'ksb', url: 'https://ksb.test', kind: 'ckan' }], {
      pageSize: 10,
      concurrency: 1,
      http: { hooks: { beforeRequest: () => pages++ } },
    });
    for await (const record of run) if (record.title) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pages).toBeLessThan(30);
  });
});
