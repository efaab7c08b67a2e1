import {
  HttpError,
  NetworkError,
  NotFoundError,
  ResponseShapeError,
  ValidationError,
} from '@opengov-id/core';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../scripts/msw.server.js';
import { BpsApiError, BpsDataResponse, createBpsClient, decodeBpsData } from '../src/index.js';
import { fixture } from './helpers.js';

const API = 'https://webapi.bps.go.id/v1/api';
const KEY = 'b1e2f3a4c5d6e7f8a9b0c1d2e3f4a5b6';

/** Answers `path` with a fixture after checking that the key came in the query. */
function serve(path: string, pick: (url: URL) => string, status = 200) {
  const seen: URL[] = [];
  server.use(
    http.get(`${API}/${path}`, ({ request }) => {
      const url = new URL(request.url);
      seen.push(url);
      if (url.searchParams.get('key') !== KEY)
        return HttpResponse.json({ status: 'Error', message: 'no key' });
      return HttpResponse.json(fixture(`bps/${pick(url)}`), { status });
    }),
  );
  return seen;
}

describe('createBpsClient', () => {
  it('lists the regencies of NTB, with the key in the query', async () => {
    const seen = serve('domain', () => 'domain_kabbyprov_5200.json');
    const bps = createBpsClient({ key: KEY });
    const domains = await bps.domains({ type: 'kabbyprov', prov: '5200' }).toArray({ limit: 50 });
    expect(domains).toHaveLength(10);
    expect(domains.find((d) => d.domain_id === '5207')?.domain_name).toBe('Sumbawa Barat');
    expect(seen[0]?.searchParams.get('type')).toBe('kabbyprov');
    expect(seen[0]?.searchParams.get('prov')).toBe('5200');
  });

  it('walks every page of subjects', async () => {
    const seen = serve('list', (url) => `subject_5207_page${url.searchParams.get('page')}.json`);
    const subjects = await createBpsClient({ key: KEY }).subjects({ domain: '5207' }).toArray({ limit: 100 });
    expect(subjects).toHaveLength(12);
    expect(seen.map((u) => u.searchParams.get('page'))).toEqual(['1', '2']);
    expect(seen[0]?.searchParams.get('model')).toBe('subject');
    expect(seen[0]?.searchParams.get('lang')).toBe('ind');
  });

  it('lists and views variables', async () => {
    serve('list', () => 'var_5200.json');
    serve('view', () => 'view_var_1956.json');
    const bps = createBpsClient({ key: KEY, lang: 'eng' });
    expect((await bps.variables({ domain: '5200', subject: 12 }).toArray({ limit: 10 }))[0]?.var_id).toBe(
      1956,
    );
    expect((await bps.variable({ domain: '5200', id: 1956 })).unit).toBe('Jiwa');
  });

  it('an empty list (list-not-available, even with HTTP 404) is an empty list', async () => {
    serve('list', () => 'list_not_available.json', 404);
    expect(await createBpsClient({ key: KEY }).subjects({ domain: '5207' }).toArray({ limit: 10 })).toEqual(
      [],
    );
    serve('view', () => 'list_not_available.json');
    await expect(createBpsClient({ key: KEY }).subject({ domain: '5207', id: 1 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('status Error → BpsApiError', async () => {
    serve('list', () => 'error_invalid_key.json');
    await expect(
      createBpsClient({ key: KEY }).subjects({ domain: '5207' }).toArray({ limit: 1 }),
    ).rejects.toBeInstanceOf(BpsApiError);
  });

  it('decodes datacontent into rows: wilayah × year, checked against the table', async () => {
    const seen = serve('list', () => 'data_5200_var_1956.json');
    const table = await createBpsClient({ key: KEY }).data({
      domain: '5200',
      variable: 1956,
      period: '123:124',
    });
    expect(seen[0]?.searchParams.get('model')).toBe('data');
    expect(seen[0]?.searchParams.get('var')).toBe('1956');
    expect(table.rows).toHaveLength(20);
    expect(table.unmatchedKeys).toEqual([]);
    expect(table.verticalLabel).toBe('Kabupaten/Kota');
    const ksb2024 = table.rows.find((r) => r.vervar.id === '5207' && r.year === 2024);
    expect(ksb2024).toMatchObject({
      var: { id: '1956', unit: 'Jiwa' },
      period: { label: 'Tahun' },
      key: '5207195601240',
    });
    expect(ksb2024?.value).toBe(
      fixture<{ datacontent: Record<string, number> }>('bps/data_5200_var_1956.json').datacontent[
        '5207195601240'
      ],
    );
    const sum2023 = table.rows.filter((r) => r.year === 2023).reduce((s, r) => s + (r.value ?? 0), 0);
    expect(sum2023).toBe(5_534_288);
  });

  it('decodes derived variables and months, and reports a key no ids produce', async () => {
    serve('list', () => 'data_5207_sex_monthly.json');
    const table = await createBpsClient({ key: KEY }).data({ domain: '5207', variable: 2001 });
    expect(table.rows).toHaveLength(6);
    expect(table.rows.map((r) => `${r.turvar.label}/${r.period.label}=${r.value}`)).toEqual([
      'Laki-laki/Januari=1207',
      'Laki-laki/Februari=1214',
      'Laki-laki/Maret=1221',
      'Perempuan/Januari=1157',
      'Perempuan/Februari=1164',
      'Perempuan/Maret=1171',
    ]);
    expect(table.unmatchedKeys).toEqual(['999999999']);
  });

  it('flags keys two id combinations produce alike', () => {
    const raw = BpsDataResponse.parse({
      status: 'OK',
      'data-availability': 'available',
      var: [
        { val: 23, label: 'A' },
        { val: 3, label: 'B' },
      ],
      turvar: [{ val: 0, label: '-' }],
      vervar: [
        { val: 1, label: 'x' },
        { val: 12, label: 'y' },
      ],
      tahun: [{ val: 124, label: '2024' }],
      turtahun: [{ val: 0, label: 'Tahun' }],
      datacontent: { '12301240': 5 },
    });
    const decoded = decodeBpsData(raw);
    expect(decoded.ambiguousKeys).toEqual(['12301240']);
    expect(decoded.rows).toHaveLength(2);
  });

  it('a data answer of the wrong shape is a ResponseShapeError', async () => {
    server.use(
      http.get(`${API}/list`, () =>
        HttpResponse.json({ status: 'OK', 'data-availability': 'available', var: 1 }),
      ),
    );
    await expect(createBpsClient({ key: KEY }).data({ domain: '5207', variable: 1 })).rejects.toBeInstanceOf(
      ResponseShapeError,
    );
  });

  it('requires a key', () => {
    expect(() => createBpsClient({ key: ' ' })).toThrow(ValidationError);
  });
});

describe('the BPS key never reaches an error or a log', () => {
  const logged: string[] = [];
  const client = () =>
    createBpsClient({
      key: KEY,
      http: {
        maxRetries: 1,
        backoff: { initialMs: 1, maxMs: 1 },
        hooks: {
          beforeRequest: (info) => logged.push(JSON.stringify(info)),
          beforeRetry: (info) => logged.push(JSON.stringify(info)),
          afterResponse: (info) => logged.push(JSON.stringify(info)),
        },
      },
    });

  it.each([400, 403, 500])('an HTTP %i whose body echoes the key', async (status) => {
    server.use(
      http.get(`${API}/list`, ({ request }) =>
        HttpResponse.json({ status: 'Error', message: `bad request ${request.url}`, key: KEY }, { status }),
      ),
    );
    const error = await client()
      .subjects({ domain: '5207' })
      .toArray({ limit: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    for (const text of [
      String(error),
      JSON.stringify((error as HttpError).toJSON()),
      JSON.stringify((error as HttpError).body),
    ]) {
      expect(text).not.toContain(KEY);
    }
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(line).not.toContain(KEY);
  });

  it('a BPS error message that echoes the key', async () => {
    server.use(
      http.get(`${API}/list`, () =>
        HttpResponse.json({ status: 'Error', message: `Key ${KEY} is not valid` }),
      ),
    );
    const error = await client()
      .subjects({ domain: '5207' })
      .toArray({ limit: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BpsApiError);
    expect(JSON.stringify((error as BpsApiError).toJSON())).not.toContain(KEY);
    expect((error as BpsApiError).bpsMessage).toBe('Key [REDACTED] is not valid');
  });

  it('a network failure', async () => {
    server.use(http.get(`${API}/list`, () => HttpResponse.error()));
    const error = await client()
      .data({ domain: '5207', variable: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(JSON.stringify((error as NetworkError).toJSON())).not.toContain(KEY);
    for (const line of logged) expect(line).not.toContain(KEY);
  });
});
