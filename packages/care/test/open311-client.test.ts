import { readFileSync } from 'node:fs';
import { isOpenGovError } from '@opengov-id/core';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import { createOpen311Client, Open311Error } from '../src/index.js';

const BASE = 'https://311.example.go.id/open311/v2';
const API_KEY = 'k3y-0f-the-ksb-office-7788';
const fixture = (path: string) =>
  readFileSync(new URL(`./fixtures/open311/${path}`, import.meta.url), 'utf8');
const xml = (path: string, status = 200) =>
  new HttpResponse(fixture(path), { status, headers: { 'content-type': 'text/xml; charset=utf-8' } });
const client = (extra: { format?: 'json' | 'xml'; jurisdictionId?: string } = {}) =>
  createOpen311Client({ baseUrl: BASE, apiKey: API_KEY, maxRetries: 0, ...extra });

describe('Open311 client: discovery, services, definitions', () => {
  it('reads discovery in XML (DC) and JSON (Boston)', async () => {
    server.use(
      http.get(`${BASE}/discovery.xml`, () => xml('node-open311/discovery-dc.xml')),
      http.get(
        `${BASE}/discovery.json`,
        () =>
          new HttpResponse(fixture('node-open311/discovery-boston.json'), {
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    const dc = await client().discovery();
    expect(dc.endpoints.length).toBeGreaterThan(0);
    const boston = await client({ format: 'json' }).discovery();
    expect(boston.contact).toMatch(/cityofboston/);
  });

  it('lists services and fetches a definition, with jurisdiction_id on GETs', async () => {
    const seen: URL[] = [];
    server.use(
      http.get(`${BASE}/services.xml`, ({ request }) => {
        seen.push(new URL(request.url));
        return xml('node-open311/dc-services.xml');
      }),
      http.get(`${BASE}/services/:code`, ({ request, params }) => {
        seen.push(new URL(request.url));
        expect(params['code']).toBe('S0301.xml');
        return xml('node-open311/dc-services-S0301.xml');
      }),
    );
    const open311 = client({ jurisdictionId: 'ksb.go.id' });
    expect(await open311.services()).toHaveLength(86);
    const definition = await open311.serviceDefinition('S0301');
    expect(definition.service_code).toBe('S0301');
    expect(seen.map((u) => u.searchParams.get('jurisdiction_id'))).toEqual(['ksb.go.id', 'ksb.go.id']);
  });
});

describe('Open311 client: POST requests and tokens', () => {
  it('an undefined apiKey (an unset environment variable) sends no api_key', async () => {
    let form = new URLSearchParams();
    server.use(
      http.post(`${BASE}/requests.xml`, async ({ request }) => {
        form = new URLSearchParams(await request.text());
        return xml('node-open311/boston-submitrequest-token.xml');
      }),
    );
    const env: Record<string, string | undefined> = {};
    // Typed `string | undefined`, as `process.env['X']` is: it must compile without `!`.
    const open311 = createOpen311Client({ baseUrl: BASE, apiKey: env['OPEN311_KEY'], maxRetries: 0 });
    await open311.postRequest({ service_code: 'PJU', address_string: 'Jl. Undru, Taliwang' });
    expect(form.get('service_code')).toBe('PJU');
    expect(form.has('api_key')).toBe(false);
  });

  it('posts a form-encoded body with api_key, attribute[CODE] and attribute[CODE][]', async () => {
    let contentType = '';
    let form = new URLSearchParams();
    let url = new URL(BASE);
    server.use(
      http.post(`${BASE}/requests.xml`, async ({ request }) => {
        contentType = request.headers.get('content-type') ?? '';
        url = new URL(request.url);
        form = new URLSearchParams(await request.text());
        return xml('node-open311/boston-submitrequest-token.xml');
      }),
    );
    const result = await client({ jurisdictionId: 'ksb.go.id' }).postRequest({
      service_code: 'PJU',
      lat: -8.7389,
      long: 116.8264,
      description: 'Lampu jalan padam',
      attributes: { WARD: 3, KIND: ['led', 'pole'] },
    });
    expect(result[0]?.token).toBe('503fc045901932078800163c');
    expect(contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(form.get('api_key')).toBe(API_KEY);
    expect(form.get('jurisdiction_id')).toBe('ksb.go.id');
    expect(form.get('service_code')).toBe('PJU');
    expect(form.get('lat')).toBe('-8.7389');
    expect(form.get('long')).toBe('116.8264');
    expect(form.get('attribute[WARD]')).toBe('3');
    expect(form.getAll('attribute[KIND][]')).toEqual(['led', 'pole']);
    // The key never rides in the URL.
    expect(url.search).toBe('');
  });

  it('turns a bare <error> 403 into Open311Error', async () => {
    server.use(http.post(`${BASE}/requests.xml`, () => xml('ruby-open311/403.xml', 403)));
    const error = await client()
      .postRequest({ service_code: 'PJU', address_string: 'Jl. Undru' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Open311Error);
    expect((error as Open311Error).httpStatus).toBe(403);
    expect((error as Open311Error).message).toMatch(/Invalid api_key/);
  });

  it('keeps the api key out of the error when the server echoes it', async () => {
    server.use(
      http.post(`${BASE}/requests.xml`, async ({ request }) => {
        const key = new URLSearchParams(await request.text()).get('api_key');
        return new HttpResponse(
          `<?xml version="1.0"?><errors><error><code>403</code><description>api_key ${key} is not valid</description></error></errors>`,
          { status: 403, headers: { 'content-type': 'text/xml' } },
        );
      }),
    );
    const error = await client()
      .postRequest({ service_code: 'PJU', address_string: 'Jl. Undru' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Open311Error);
    const open311Error = error as Open311Error;
    for (const text of [
      open311Error.message,
      String(open311Error),
      JSON.stringify(open311Error.toJSON()),
      JSON.stringify(open311Error.errors),
    ])
      expect(text).not.toContain(API_KEY);
  });

  it('resolves a token to a request id', async () => {
    server.use(
      http.get(`${BASE}/tokens/:token`, ({ params }) => {
        expect(params['token']).toBe('12345.xml');
        return xml('ruby-open311/request_id_from_token.xml');
      }),
    );
    const [result] = await client().tokenLookup('12345');
    expect(result?.service_request_id).toBeTruthy();
  });
});

describe('Open311 client: reading requests', () => {
  it('sends list filters comma-joined', async () => {
    let query = new URLSearchParams();
    server.use(
      http.get(`${BASE}/requests.xml`, ({ request }) => {
        query = new URL(request.url).searchParams;
        return xml('node-open311/service-requests.xml');
      }),
    );
    const requests = await client().getRequests({ service_code: ['006', '007'], status: ['open', 'closed'] });
    expect(requests).toHaveLength(2);
    expect(query.get('service_code')).toBe('006,007');
    expect(query.get('status')).toBe('open,closed');
    expect(query.has('jurisdiction_id')).toBe(false);
  });

  it('gets one request by id, and a 404 is an Open311Error', async () => {
    server.use(
      http.get(`${BASE}/requests/:id`, ({ params }) =>
        params['id'] === '638344.xml'
          ? xml('ruby-open311/get_service_request.xml')
          : xml('ruby-open311/get_service_request_not_found.xml', 404),
      ),
    );
    const request = await client().getRequest('638344');
    expect(request.status).toMatch(/^(open|closed)$/);
    const error = await client()
      .getRequest('999')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Open311Error);
    expect((error as Open311Error).httpStatus).toBe(404);
  });

  it('walks a date range in windows of at most 90 days that touch but do not overlap', async () => {
    const windows: Array<[string, string]> = [];
    server.use(
      http.get(`${BASE}/requests.xml`, ({ request }) => {
        const q = new URL(request.url).searchParams;
        windows.push([q.get('start_date') ?? '', q.get('end_date') ?? '']);
        expect(q.get('status')).toBe('closed');
        // Every other window is empty: the walk must go on past an empty window.
        return windows.length % 2 === 0
          ? xml('ruby-open311/service_requests_empty.xml')
          : xml('node-open311/service-requests.xml');
      }),
    );
    const from = '2026-01-01T00:00:00+08:00';
    const to = '2026-07-01T23:59:59+08:00';
    const all = await client().requestsByWindow({ from, to, status: 'closed' }).toArray({ limit: 100 });
    expect(windows).toEqual([
      ['2026-01-01T00:00:00+08:00', '2026-03-31T23:59:59+08:00'],
      ['2026-04-01T00:00:00+08:00', '2026-06-29T23:59:59+08:00'],
      ['2026-06-30T00:00:00+08:00', '2026-07-01T23:59:59+08:00'],
    ]);
    for (const [start, end] of windows)
      expect(Date.parse(end) - Date.parse(start)).toBeLessThan(90 * 86_400_000);
    expect(all).toHaveLength(4);
  });

  it('refuses a window over 90 days and a bound without an offset', () => {
    const open311 = client();
    const bad = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    expect(
      bad(() =>
        open311.requestsByWindow({
          from: '2026-01-01T00:00:00+08:00',
          to: '2026-12-31T00:00:00+08:00',
          windowDays: 91,
        }),
      ),
    ).toMatchObject({ name: 'ValidationError', code: 'invalid_window' });
    expect(
      bad(() => open311.requestsByWindow({ from: '2026-01-01T00:00:00', to: '2026-12-31T00:00:00+08:00' })),
    ).toMatchObject({ name: 'ValidationError', code: 'invalid_instant' });
  });

  it('walks page/page_size until an empty page, even past a short page', async () => {
    const pages: string[] = [];
    server.use(
      http.get(`${BASE}/requests.json`, ({ request }) => {
        const q = new URL(request.url).searchParams;
        pages.push(`${q.get('page')}/${q.get('page_size')}`);
        const page = Number(q.get('page'));
        const rows = page === 1 ? [1] : page === 2 ? [2, 3] : [];
        return HttpResponse.json(
          rows.map((n) => ({
            service_request_id: n,
            status: 'open',
            requested_datetime: '2026-03-02T08:00:00+08:00',
          })),
        );
      }),
    );
    const ids = (await client({ format: 'json' }).requestPages({ pageSize: 2 }).toArray({ limit: 100 })).map(
      (r) => r.service_request_id,
    );
    expect(ids).toEqual(['1', '2', '3']);
    expect(pages).toEqual(['1/2', '2/2', '3/2']);
  });

  it('reads FixMyStreet servicerequestupdates with a date range', async () => {
    let query = new URLSearchParams();
    server.use(
      http.get(`${BASE}/servicerequestupdates.xml`, ({ request }) => {
        query = new URL(request.url).searchParams;
        return xml('fixmystreet-shaped/servicerequestupdates.xml');
      }),
    );
    const updates = await client().serviceRequestUpdates({
      start_date: '2026-03-01T00:00:00+08:00',
      end_date: '2026-03-02T00:00:00+08:00',
    });
    expect(updates).toHaveLength(2);
    expect(query.get('start_date')).toBe('2026-03-01T00:00:00+08:00');
  });

  it('passes on a server error that is not Open311-shaped as core error', async () => {
    server.use(
      http.get(`${BASE}/services.xml`, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })),
    );
    const error = await client()
      .services()
      .catch((e: unknown) => e);
    expect(isOpenGovError(error)).toBe(true);
  });
});
