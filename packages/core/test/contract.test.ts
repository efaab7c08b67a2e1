import { compileErrors, validate as validateOpenApi } from '@readme/openapi-parser';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { server } from '../../../scripts/msw.server.js';
import {
  ContractDefinitionError,
  type ContractImplementation,
  createContractClient,
  createHttpClient,
  defineContract,
  HttpError,
  type HttpClient,
  type HttpRequest,
  type HttpResponse as SdkHttpResponse,
  isOpenGovError,
  NotFoundError,
  ResponseShapeError,
  type RouteDefinition,
  toOpenApi,
  ValidationError,
  validationErrorFromZod,
  ValidationErrorBody,
} from '../src/index.js';
import {
  ContractHttpError,
  type ContractViolationError,
  createMswHandlers,
  errorHandler,
} from '../src/testing/index.js';
import { BASE_URL, type CareContract, type Complaint, careContract, Problem } from './contract.sample.js';

/**
 * A minimal HttpClient over fetch, standing in for createHttpClient (built in parallel):
 * JSON in and out, HttpError on error statuses, ResponseShapeError when the schema rejects.
 */
function fetchHttpClient(baseUrl: string, sent: HttpRequest[] = []): HttpClient {
  async function send<S extends z.ZodType = z.ZodUnknown>(
    request: HttpRequest<S>,
  ): Promise<SdkHttpResponse<z.output<S>>> {
    sent.push(request as HttpRequest);
    const method = request.method ?? 'GET';
    const url = new URL(`${baseUrl.replace(/\/$/, '')}${request.path}`);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value === undefined || value === null) continue;
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
    }
    const headers = new Headers(request.headers);
    if (request.idempotencyKey) headers.set('idempotency-key', request.idempotencyKey);
    const init: RequestInit = { method, headers };
    if (request.json !== undefined) {
      headers.set('content-type', 'application/json');
      init.body = JSON.stringify(request.json);
    }
    if (request.signal) init.signal = request.signal;
    const response = await fetch(url, init);
    const text = await response.text();
    const data: unknown = text === '' ? undefined : JSON.parse(text);
    const requestId = response.headers.get('x-request-id') ?? undefined;
    if (!response.ok) {
      const ErrorClass = response.status === 404 ? NotFoundError : HttpError;
      throw new ErrorClass(`${method} ${url.pathname} answered ${response.status}`, {
        status: response.status,
        method,
        url: url.toString(),
        requestId,
        body: data,
      });
    }
    let parsed: unknown = data;
    if (request.responseType !== 'none' && request.schema) {
      const result = request.schema.safeParse(data);
      if (!result.success)
        throw new ResponseShapeError(`${method} ${url.pathname}: unexpected response`, {
          status: response.status,
          issues: validationErrorFromZod(result.error).issues,
        });
      parsed = result.data;
    }
    if (request.responseType === 'none') parsed = undefined;
    return { status: response.status, headers: response.headers, data: parsed as z.output<S>, requestId };
  }
  return {
    send,
    request: async (request) => (await send(request)).data,
    options: { baseUrl },
  };
}

const NIK = '5207024507050001';

/** The error a promise rejects with; fails the test when it resolves. */
async function rejectionOf<E = unknown>(promise: Promise<unknown>): Promise<E> {
  try {
    await promise;
  } catch (error) {
    return error as E;
  }
  throw new Error('expected the promise to reject');
}

const sample = (overrides: Partial<Complaint> = {}): Complaint => ({
  id: 'ADU-2025-0001',
  title: 'Lampu jalan padam',
  description: 'Lampu jalan di depan kantor desa padam sejak Senin.',
  category: 'infrastruktur',
  status: 'baru',
  regionCode: '52.07.01.2001',
  createdAt: '2025-03-03T09:15:00+08:00',
  ...overrides,
});

/** An in-memory complaints service implementing the contract. */
function createStore() {
  const complaints = new Map<string, Complaint>();
  const byKey = new Map<string, string>();
  const seen: Array<{ operationId: string; context: unknown }> = [];
  let next = 1;
  const notFound = (id: string) =>
    new ContractHttpError(404, {
      code: 'not_found',
      message: { id: `Aduan ${id} tidak ditemukan.`, en: `Complaint ${id} not found.` },
    });
  const implementation: ContractImplementation<CareContract> = {
    listComplaints: ({ query }) => {
      seen.push({ operationId: 'listComplaints', context: { query } });
      const all = [...complaints.values()].filter(
        (c) =>
          (query.status === undefined || c.status === query.status) &&
          (query.category === undefined || query.category.includes(c.category)),
      );
      const start = (query.page - 1) * query.limit;
      return { items: all.slice(start, start + query.limit), page: query.page, total: all.length };
    },
    getComplaint: ({ params }) => {
      seen.push({ operationId: 'getComplaint', context: { params } });
      const found = complaints.get(params.id);
      if (!found) throw notFound(params.id);
      return found;
    },
    createComplaint: ({ body, idempotencyKey }) => {
      seen.push({ operationId: 'createComplaint', context: { body, idempotencyKey } });
      const replayed = idempotencyKey === undefined ? undefined : byKey.get(idempotencyKey);
      if (replayed) return { status: 200, body: complaints.get(replayed)! };
      const { anonymous: _anonymous, ...fields } = body;
      const complaint = sample({ ...fields, id: `ADU-2025-${String(next++).padStart(4, '0')}` });
      complaints.set(complaint.id, complaint);
      if (idempotencyKey !== undefined) byKey.set(idempotencyKey, complaint.id);
      return { status: 201, body: complaint };
    },
    updateStatus: ({ params, body, headers }) => {
      seen.push({ operationId: 'updateStatus', context: { params, body, headers } });
      const found = complaints.get(params.id);
      if (!found) throw notFound(params.id);
      if (headers['if-match'] !== undefined && headers['if-match'] !== `"${found.status}"`)
        throw new ContractHttpError(412, {
          code: 'precondition_failed',
          message: { id: 'Aduan telah berubah.', en: 'The complaint has changed.' },
        });
      const updated = { ...found, status: body.status };
      complaints.set(found.id, updated);
      return updated;
    },
    deleteComplaint: ({ params }) => {
      seen.push({ operationId: 'deleteComplaint', context: { params } });
      if (!complaints.delete(params.id)) throw notFound(params.id);
    },
  };
  return { complaints, implementation, seen };
}

const newComplaint = {
  title: 'Jalan berlubang di Taliwang',
  description: 'Lubang besar di jalan utama dekat pasar.',
  category: 'infrastruktur',
  regionCode: '52.07.01.2001',
} as const;

let store: ReturnType<typeof createStore>;
let sent: HttpRequest[];
let care: ReturnType<typeof createContractClient<CareContract>>;
let requestsSeen: Request[];
let violations: ContractViolationError[];

const onRequest = ({ request }: { request: Request }) => {
  requestsSeen.push(request);
};

beforeEach(() => {
  store = createStore();
  sent = [];
  requestsSeen = [];
  violations = [];
  server.events.on('request:start', onRequest);
  server.use(
    ...createMswHandlers(careContract, store.implementation, {
      baseUrl: BASE_URL,
      onViolation: (error) => violations.push(error),
    }),
  );
  care = createContractClient(careContract, fetchHttpClient(BASE_URL, sent));
});

afterEach(() => {
  server.events.removeListener('request:start', onRequest);
});

describe('typed client → msw handlers → implementation', () => {
  it('creates, reads, lists, updates and deletes a complaint end to end', async () => {
    const created = await care.createComplaint({ body: newComplaint });
    expectTypeOf(created).toEqualTypeOf<Complaint>();
    expect(created).toMatchObject({ id: 'ADU-2025-0001', title: newComplaint.title, status: 'baru' });
    // The server received the default of `anonymous`, filled in by the client's schema.
    expect(store.seen.at(-1)?.context).toMatchObject({ body: { anonymous: false } });

    expect(await care.getComplaint({ params: { id: created.id } })).toEqual(created);

    const updated = await care.updateStatus({
      params: { id: created.id },
      headers: { 'if-match': '"baru"' },
      body: { status: 'diproses' },
    });
    expect(updated.status).toBe('diproses');

    const page = await care.listComplaints({ query: { status: 'diproses' } });
    expect(page).toEqual({ items: [updated], page: 1, total: 1 });

    await expect(care.deleteComplaint({ params: { id: created.id } })).resolves.toBeUndefined();
    expect(sent.at(-1)).toMatchObject({ method: 'DELETE', responseType: 'none' });
    expect(store.complaints.size).toBe(0);
  });

  it('decodes query strings into the schema types (numbers, booleans, arrays) and applies defaults', async () => {
    for (let i = 0; i < 5; i++) await care.createComplaint({ body: newComplaint });
    const page = await care.listComplaints({
      query: { page: 2, limit: 2, category: ['infrastruktur', 'kesehatan'], mine: true },
    });
    expect(page.items.map((c) => c.id)).toEqual(['ADU-2025-0003', 'ADU-2025-0004']);
    expect(store.seen.at(-1)?.context).toEqual({
      query: { page: 2, limit: 2, category: ['infrastruktur', 'kesehatan'], mine: true },
    });
    const url = new URL(requestsSeen.at(-1)!.url);
    expect(url.search).toBe('?page=2&limit=2&category=infrastruktur&category=kesehatan&mine=true');

    await care.listComplaints();
    expect(store.seen.at(-1)?.context).toEqual({ query: { page: 1, limit: 20 } });
  });

  it('URL-encodes path parameters and hands them back decoded', async () => {
    const id = 'KSB/2025 #7?';
    store.complaints.set(id, sample({ id }));
    await expect(care.getComplaint({ params: { id } })).resolves.toMatchObject({ id });
    expect(sent.at(-1)?.path).toBe('/complaints/KSB%2F2025%20%237%3F');
    expect(store.seen.at(-1)?.context).toEqual({ params: { id } });
  });

  it('sends a fresh UUID Idempotency-Key per call, or the caller’s own, and replays by key', async () => {
    await care.createComplaint({ body: newComplaint });
    await care.createComplaint({ body: newComplaint });
    const keys = requestsSeen.map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(2);
    for (const key of keys)
      expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[0]).not.toBe(keys[1]);

    const first = await care.createComplaint({ body: newComplaint, idempotencyKey: 'kunci-ulang-1' });
    const again = await care.createComplaint({ body: newComplaint, idempotencyKey: 'kunci-ulang-1' });
    expect(again).toEqual(first);
    expect(store.complaints.size).toBe(3);
    expect(requestsSeen.at(-1)?.headers.get('idempotency-key')).toBe('kunci-ulang-1');

    // Routes not marked idempotent send no key.
    await care.getComplaint({ params: { id: first.id } });
    expect(sent.at(-1)?.idempotencyKey).toBeUndefined();
  });

  it('answers declared error statuses thrown as ContractHttpError', async () => {
    const error = await rejectionOf(care.getComplaint({ params: { id: 'ADU-404' } }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, body: { code: 'not_found' } });
    expect(Problem.parse((error as HttpError).body).message.id).toBe('Aduan ADU-404 tidak ditemukan.');

    const created = await care.createComplaint({ body: newComplaint });
    await expect(
      care.updateStatus({
        params: { id: created.id },
        headers: { 'if-match': '"selesai"' },
        body: { status: 'selesai' },
      }),
    ).rejects.toMatchObject({ status: 412, body: { code: 'precondition_failed' } });
  });

  it('passes the success schema to http.request, so a drifted response is a ResponseShapeError', async () => {
    await care.listComplaints();
    expect(sent.at(-1)?.schema).toBe(careContract.routes.listComplaints.responses[200]);
    // A route with two success statuses gets one schema accepting either body.
    await care.createComplaint({ body: newComplaint });
    expect(sent.at(-1)?.schema?.safeParse(sample()).success).toBe(true);

    server.use(http.get(`${BASE_URL}/complaints/:id`, () => HttpResponse.json({ id: 7 })));
    const error = await rejectionOf(care.getComplaint({ params: { id: 'ADU-1' } }));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect((error as ResponseShapeError).issues.map((i) => i.field)).toContain('id');
  });
});

describe('with the real createHttpClient', () => {
  const real = () =>
    createContractClient(
      careContract,
      createHttpClient({ baseUrl: BASE_URL, backoff: { initialMs: 1, maxMs: 2 } }),
    );

  it('runs the same flow, and retries an idempotent POST through a 503 with the same key', async () => {
    const client = real();
    server.use(errorHandler('POST', `${BASE_URL}/complaints`, 503, undefined, { times: 1 }));
    const created = await client.createComplaint({ body: newComplaint });
    const keys = requestsSeen.map((r) => r.headers.get('idempotency-key'));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(store.complaints.size).toBe(1);

    expect(await client.getComplaint({ params: { id: created.id } })).toEqual(created);
    expect(await client.listComplaints({ query: { page: 1, limit: 5 } })).toMatchObject({ total: 1 });
    await expect(client.deleteComplaint({ params: { id: created.id } })).resolves.toBeUndefined();
    await expect(client.getComplaint({ params: { id: created.id } })).rejects.toBeInstanceOf(NotFoundError);

    server.use(http.get(`${BASE_URL}/complaints/:id`, () => HttpResponse.json({ id: 7 })));
    await expect(client.getComplaint({ params: { id: 'ADU-1' } })).rejects.toBeInstanceOf(ResponseShapeError);
  });
});

describe('local validation in the client', () => {
  it('rejects an invalid body with a bilingual ValidationError naming body.title, sending nothing', async () => {
    const error = await rejectionOf<ValidationError>(
      care.createComplaint({ body: { ...newComplaint, title: 'Oh' } }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues.map((i) => i.field)).toEqual(['body.title']);
    expect(error.issues[0]?.message).toEqual({
      id: 'Kolom `body.title` harus paling sedikit 5 karakter.',
      en: 'Field `body.title` must be at least 5 characters.',
    });
    expect(error.messages?.id).toBe('createComplaint: Kolom `body.title` harus paling sedikit 5 karakter.');
    expect(sent).toHaveLength(0);
    expect(requestsSeen).toHaveLength(0);
  });

  it('reports every failing part at once: params, query, headers, body', async () => {
    const error = await rejectionOf<ValidationError>(
      // @ts-expect-error a missing status and a wrong header type, on purpose
      care.updateStatus({ params: { id: '' }, headers: { 'if-match': 3 }, body: { note: 'x' } }),
    );
    expect(error.issues.map((i) => i.field)).toEqual(['params.id', 'headers.if-match', 'body.status']);
    const list = await rejectionOf(care.listComplaints({ query: { page: 0, limit: 101 } }));
    expect((list as ValidationError).issues.map((i) => i.field)).toEqual(['query.page', 'query.limit']);
    expect(requestsSeen).toHaveLength(0);
  });

  it('never puts the rejected value in the error, and strips unknown fields before sending', async () => {
    const error = await rejectionOf<ValidationError>(
      care.createComplaint({ body: { ...newComplaint, regionCode: NIK } }),
    );
    expect(error.issues.map((i) => i.field)).toEqual(['body.regionCode']);
    expect(JSON.stringify(error.toJSON())).not.toContain(NIK);
    expect(String(error)).not.toContain(NIK);

    const withStray = { ...newComplaint, nik: NIK };
    await care.createComplaint({ body: withStray });
    const request = requestsSeen.at(-1)!;
    const wire = await request.clone().text();
    expect(wire).not.toContain(NIK);
  });
});

describe('msw handlers derived from the contract', () => {
  it('answers 400 with the bilingual ValidationError JSON for an invalid body sent raw', async () => {
    const response = await fetch(`${BASE_URL}/complaints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...newComplaint, title: 'Oh', category: 'jalan' }),
    });
    expect(response.status).toBe(400);
    const problem = ValidationErrorBody.parse(await response.json());
    expect(problem).toMatchObject({ name: 'ValidationError', code: 'validation_error' });
    expect(problem.issues.map((i) => i.field)).toEqual(['body.title', 'body.category']);
    expect(problem.issues[0]?.message.id).toBe('Kolom `body.title` harus paling sedikit 5 karakter.');
    expect(problem.issues[1]?.message.en).toBe(
      'Field `body.category` must be one of: "infrastruktur", "layanan_publik", "kesehatan", "pendidikan".',
    );
    expect(problem.messages?.en).toBe(
      'createComplaint: Field `body.title` must be at least 5 characters. (and 1 more issue)',
    );
    expect(store.seen).toHaveLength(0);
  });

  it('answers 400 for an unparsable query, a malformed JSON body, or a missing body', async () => {
    const query = await fetch(`${BASE_URL}/complaints?page=dua&limit=10&limit=20&mine=ya`);
    expect(query.status).toBe(400);
    const fields = ValidationErrorBody.parse(await query.json()).issues.map((i) => i.field);
    expect(fields).toEqual(['query.page', 'query.limit', 'query.mine']);

    const malformed = await fetch(`${BASE_URL}/complaints`, { method: 'POST', body: '{"title":' });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'invalid_json', issues: [{ field: 'body' }] });

    const missing = await fetch(`${BASE_URL}/complaints`, { method: 'POST' });
    expect(ValidationErrorBody.parse(await missing.json()).issues[0]).toMatchObject({
      field: 'body',
      message: { id: 'Kolom `body` wajib diisi.', en: 'Field `body` is required.' },
    });
    expect(store.seen).toHaveLength(0);
  });

  it('answers 500 with a ContractViolationError when the implementation returns a wrong shape', async () => {
    server.use(
      ...createMswHandlers(
        careContract,
        // @ts-expect-error a wrong shape, on purpose
        { getComplaint: () => ({ ...sample(), status: 'ditutup', createdAt: '3 Maret 2025' }) },
        { baseUrl: BASE_URL, onViolation: (error) => violations.push(error) },
      ),
    );
    const response = await fetch(`${BASE_URL}/complaints/ADU-1`);
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toMatchObject({
      name: 'ContractViolationError',
      code: 'contract_violation',
      operationId: 'getComplaint',
      status: 200,
    });
    expect(body.issues.map((i: { field: string }) => i.field)).toEqual([
      'response.status',
      'response.createdAt',
    ]);
    expect(violations).toHaveLength(1);
    expect(violations[0]?.messages?.id).toContain('melanggar kontrak');

    // Through the client it surfaces as a failed call, not as a silently wrong value.
    await expect(care.getComplaint({ params: { id: 'ADU-1' } })).rejects.toMatchObject({ status: 500 });
  });

  it('treats undeclared statuses, bodies on 204 and wrong error bodies as violations too', async () => {
    server.use(
      ...createMswHandlers(
        careContract,
        {
          getComplaint: () => {
            throw new ContractHttpError(418, { code: 'teapot' });
          },
          // @ts-expect-error a body on a 204 route, on purpose
          deleteComplaint: () => ({ status: 204, body: { deleted: true } }),
          updateStatus: () => {
            throw new ContractHttpError(404, { code: 404 });
          },
        },
        { baseUrl: BASE_URL, onViolation: (error) => violations.push(error) },
      ),
    );
    expect((await fetch(`${BASE_URL}/complaints/A`)).status).toBe(500);
    expect((await fetch(`${BASE_URL}/complaints/A`, { method: 'DELETE' })).status).toBe(500);
    const patch = await fetch(`${BASE_URL}/complaints/A/status`, {
      method: 'PATCH',
      body: JSON.stringify({ status: 'selesai' }),
    });
    expect(patch.status).toBe(500);
    expect(violations.map((v) => [v.status, v.issues.map((i) => i.field)])).toEqual([
      [418, []],
      [204, []],
      [404, ['response.code', 'response.message']],
    ]);
  });

  it('lets an implementation answer 400 by throwing its own ValidationError', async () => {
    server.use(
      ...createMswHandlers(
        careContract,
        {
          createComplaint: () => {
            throw ValidationError.single('body.regionCode', {
              id: 'Kode wilayah tidak ada di Kabupaten Sumbawa Barat.',
              en: 'Region code is not in Kabupaten Sumbawa Barat.',
            });
          },
        },
        { baseUrl: BASE_URL },
      ),
    );
    const error = await rejectionOf<HttpError>(care.createComplaint({ body: newComplaint }));
    expect(error.status).toBe(400);
    expect(ValidationErrorBody.parse(error.body).issues[0]?.field).toBe('body.regionCode');
  });

  it('rejects implementations of routes the contract does not have', () => {
    expect(() =>
      // @ts-expect-error not a route, on purpose
      createMswHandlers(careContract, { getComplaints: () => [] }, { baseUrl: BASE_URL }),
    ).toThrow(/implementation "getComplaints" is not a route/);
  });

  it('errorHandler answers an error status with a default or given body and headers', async () => {
    server.use(
      errorHandler('GET', `${BASE_URL}/complaints/:id`, 503, undefined, {
        headers: { 'retry-after': '2' },
        times: 1,
      }),
    );
    const first = await fetch(`${BASE_URL}/complaints/ADU-1`);
    expect(first.status).toBe(503);
    expect(first.headers.get('retry-after')).toBe('2');
    expect(await first.json()).toEqual({ code: 'http_503', message: 'Service Unavailable' });
    // After `times`, the request falls through to the contract handler.
    expect((await fetch(`${BASE_URL}/complaints/ADU-1`)).status).toBe(404);

    server.use(errorHandler('ALL', `${BASE_URL}/complaints`, 429, null));
    const limited = await fetch(`${BASE_URL}/complaints`, { method: 'POST' });
    expect(limited.status).toBe(429);
    expect(await limited.text()).toBe('');
    await expect(care.listComplaints()).rejects.toBeInstanceOf(HttpError);

    expect(() => errorHandler('GET', BASE_URL, 200)).toThrow(ContractDefinitionError);
  });
});

describe('defineContract checks routes at definition time', () => {
  const ok = z.object({ ok: z.boolean() });
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    [
      'path param without schema',
      { method: 'GET', path: '/a/:id', responses: { 200: ok } },
      /path parameter ":id" has no schema in params/,
    ],
    [
      'params key not in path',
      {
        method: 'GET',
        path: '/a/:id',
        params: z.object({ id: z.string(), extra: z.string() }),
        responses: { 200: ok },
      },
      /params key "extra" is not a parameter of path/,
    ],
    [
      'partial segment param',
      {
        method: 'GET',
        path: '/files/:name.json',
        params: z.object({ name: z.string() }),
        responses: { 200: ok },
      },
      /segment ":name.json" is neither a literal nor a whole ":name" parameter/,
    ],
    ['no leading slash', { method: 'GET', path: 'a', responses: { 200: ok } }, /must start with "\/"/],
    ['no success status', { method: 'GET', path: '/a', responses: {} }, /at least one success status/],
    [
      'status outside 2xx',
      { method: 'GET', path: '/a', responses: { 302: ok } },
      /status 302 is not between/,
    ],
    [
      'error outside 4xx/5xx',
      { method: 'GET', path: '/a', responses: { 200: ok }, errors: { 200: ok } },
      /errors status 200/,
    ],
    [
      'not a schema',
      { method: 'GET', path: '/a', responses: { 200: { ok: true } } },
      /responses\[200\] must be a zod schema or null/,
    ],
    [
      'body on GET',
      { method: 'GET', path: '/a', body: ok, responses: { 200: ok } },
      /a GET route cannot have a body/,
    ],
    [
      'idempotent GET',
      { method: 'GET', path: '/a', idempotent: true, responses: { 200: ok } },
      /idempotent applies to POST and PATCH only/,
    ],
    [
      'query not an object',
      { method: 'GET', path: '/a', query: z.string(), responses: { 200: ok } },
      /query must be a z.object/,
    ],
    ['unknown method', { method: 'TRACE', path: '/a', responses: { 200: ok } }, /method "TRACE"/],
  ];
  it.each(cases)('rejects: %s', (_name, route, message) => {
    const define = () => defineContract({ route: route as unknown as RouteDefinition } as never);
    expect(define).toThrow(ContractDefinitionError);
    expect(define).toThrow(message);
    try {
      define();
    } catch (error) {
      expect(isOpenGovError(error) && error.messages?.id).toMatch(/^rute "route": /);
      expect((error as ContractDefinitionError).operationId).toBe('route');
    }
  });

  it('rejects two routes on the same method and path shape, and bad operation ids', () => {
    expect(() =>
      defineContract({
        a: { method: 'GET', path: '/a/:id', params: z.object({ id: z.string() }), responses: { 200: ok } },
        b: { method: 'GET', path: '/a/:key', params: z.object({ key: z.string() }), responses: { 200: ok } },
      }),
    ).toThrow('route "b": GET /a/:key is already declared by "a"');
    expect(() => defineContract({ 'get-a': { method: 'GET', path: '/a', responses: { 200: ok } } })).toThrow(
      /operation id "get-a"/,
    );
  });

  it('accepts strict and loose objects, 204 as null, z.void() or z.undefined(), and the root path', () => {
    const contract = defineContract({
      root: { method: 'GET', path: '/', responses: { 200: ok } },
      a: {
        method: 'DELETE',
        path: '/a/:id',
        params: z.strictObject({ id: z.string() }),
        responses: { 204: null },
      },
      b: {
        method: 'DELETE',
        path: '/b/:id',
        params: z.looseObject({ id: z.string() }),
        responses: { 204: z.void() },
      },
      c: { method: 'PUT', path: '/c', body: ok, responses: { 204: z.undefined() } },
    });
    expect(Object.isFrozen(contract)).toBe(true);
    expect(Object.keys(contract.routes)).toEqual(['root', 'a', 'b', 'c']);
  });
});

describe('toOpenApi', () => {
  const document = toOpenApi(careContract, {
    title: 'NTB Care API',
    version: '1.0.0',
    description: 'Pengaduan masyarakat NTB.',
    servers: ['https://care.ntbprov.go.id/api/v1', { url: 'https://care.test/api/v1', description: 'test' }],
  });

  it('is a valid OpenAPI 3.1 document (official schema and @readme/openapi-parser rules)', async () => {
    const result = await validateOpenApi(structuredClone(document) as never);
    expect(result.valid ? [] : compileErrors(result)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
    expect(document.info).toEqual({
      title: 'NTB Care API',
      version: '1.0.0',
      description: 'Pengaduan masyarakat NTB.',
    });
    expect(document.servers).toEqual([
      { url: 'https://care.ntbprov.go.id/api/v1' },
      { url: 'https://care.test/api/v1', description: 'test' },
    ]);
    expect(document.tags).toEqual([{ name: 'complaints' }, { name: 'officers' }]);
  });

  it('turns express paths into templates and route keys into operationIds', () => {
    expect(Object.keys(document.paths)).toEqual([
      '/complaints',
      '/complaints/{id}',
      '/complaints/{id}/status',
    ]);
    expect(Object.keys(document.paths['/complaints']!)).toEqual(['get', 'post']);
    expect(Object.keys(document.paths['/complaints/{id}']!)).toEqual(['get', 'delete']);
    const operationIds = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(operationIds.sort()).toEqual(Object.keys(careContract.routes).sort());
    expect(document.paths['/complaints']?.get).toMatchObject({
      summary: 'List complaints',
      tags: ['complaints'],
    });
  });

  it('emits path, query and header parameters with required flags from optionality', () => {
    const get = document.paths['/complaints/{id}']?.get;
    expect(get?.parameters).toEqual([
      {
        name: 'id',
        in: 'path',
        required: true,
        description: 'Complaint number, e.g. ADU-2025-0001',
        schema: { type: 'string', minLength: 1, description: 'Complaint number, e.g. ADU-2025-0001' },
      },
    ]);
    const list = document.paths['/complaints']?.get?.parameters ?? [];
    expect(list.map((p) => [p.name, p.in, p.required])).toEqual([
      ['page', 'query', false],
      ['limit', 'query', false],
      ['status', 'query', false],
      ['category', 'query', false],
      ['mine', 'query', false],
    ]);
    expect(list[0]?.schema).toMatchObject({ type: 'integer', minimum: 1, default: 1 });
    expect(list[3]?.schema).toMatchObject({ type: 'array', items: { type: 'string' } });
    const patch = document.paths['/complaints/{id}/status']?.patch?.parameters ?? [];
    expect(patch.map((p) => [p.name, p.in, p.required])).toEqual([
      ['id', 'path', true],
      ['if-match', 'header', false],
    ]);
    const post = document.paths['/complaints']?.post?.parameters ?? [];
    expect(post).toEqual([
      expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }),
    ]);
  });

  it('emits the request body from the input side (defaults optional) and responses per status', () => {
    const post = document.paths['/complaints']?.post;
    const schema = post?.requestBody?.content['application/json'].schema;
    expect(post?.requestBody?.required).toBe(true);
    expect(schema).toMatchObject({
      type: 'object',
      required: ['title', 'description', 'category', 'regionCode'],
      properties: { anonymous: { type: 'boolean', default: false }, title: { minLength: 5, maxLength: 200 } },
    });
    expect(Object.keys(post?.responses ?? {})).toEqual(['200', '201', '400', '409']);
    expect(post?.responses['201']).toMatchObject({
      description: 'Created',
      content: {
        'application/json': { schema: { type: 'object', required: expect.arrayContaining(['id']) } },
      },
    });
    expect(post?.responses['400']).toEqual({ $ref: '#/components/responses/ValidationError' });
    expect(post?.responses['409']).toMatchObject({ description: 'Conflict' });
    const del = document.paths['/complaints/{id}']?.delete;
    expect(del?.responses['204']).toEqual({ description: 'No Content' });
    expect(del?.responses['404']).toMatchObject({ description: 'Not Found' });
  });

  it('describes the shared 400 with the shape of ValidationError.toJSON()', async () => {
    expect(document.components.responses['ValidationError']?.content?.['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ValidationError',
    });
    expect(document.components.schemas['ValidationError']).toMatchObject({
      type: 'object',
      required: ['name', 'code', 'message', 'issues'],
    });
    // A real 400 from the handlers fits the documented shape, keys and all.
    const response = await fetch(`${BASE_URL}/complaints`, { method: 'POST', body: '{}' });
    const body = (await response.json()) as Record<string, unknown>;
    const documented = document.components.schemas['ValidationError'] as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(body).every((key) => key in documented.properties)).toBe(true);
    // No route without inputs claims a 400.
    const root = toOpenApi(
      defineContract({
        health: { method: 'GET', path: '/health', responses: { 200: z.object({ ok: z.boolean() }) } },
      }),
      { title: 't', version: '1' },
    );
    expect(root.paths['/health']?.get?.responses).not.toHaveProperty('400');
  });

  it('hoists named and recursive schemas into components, and keeps transforms representable', async () => {
    const Region = z
      .object({ code: z.string(), name: z.string(), createdAt: z.iso.date().transform((d) => new Date(d)) })
      .meta({ id: 'Region' });
    const Tree: z.ZodType<{ name: string; children: unknown[] }> = z.object({
      name: z.string(),
      get children() {
        return z.array(Tree);
      },
    });
    const contract = defineContract({
      listRegions: {
        method: 'GET',
        path: '/regions',
        responses: { 200: z.object({ items: z.array(Region), first: Region.nullable() }) },
      },
      regionTree: { method: 'GET', path: '/regions/tree', responses: { 200: Tree } },
      putTree: { method: 'PUT', path: '/regions/tree', body: Tree, responses: { 204: null } },
    });
    const doc = toOpenApi(contract, { title: 'Wilayah', version: '0.1.0' });
    expect((await validateOpenApi(structuredClone(doc) as never)).valid).toBe(true);
    const listSchema = doc.paths['/regions']?.get?.responses['200'] as {
      content: { 'application/json': { schema: Record<string, unknown> } };
    };
    expect(listSchema.content['application/json'].schema).toMatchObject({
      properties: { items: { items: { $ref: '#/components/schemas/Region' } } },
    });
    expect(doc.components.schemas['Region']).toMatchObject({
      properties: { createdAt: { type: 'string', format: 'date' } },
    });
    // The same recursive schema seen twice is one component; refs inside it point at itself.
    const treeNames = Object.keys(doc.components.schemas).filter(
      (name) => name !== 'Region' && name !== 'ValidationError',
    );
    expect(treeNames).toHaveLength(1);
    expect(JSON.stringify(doc.components.schemas[treeNames[0]!])).toContain(
      `#/components/schemas/${treeNames[0]}`,
    );
    expect(JSON.stringify(doc)).not.toContain('#/$defs/');

    // The output side cannot express a transform: a clear definition error names the route.
    expect(() =>
      toOpenApi(contract, { title: 'Wilayah', version: '0.1.0' }, { responseIo: 'output' }),
    ).toThrow(/route "listRegions": responses.200 cannot be represented in JSON Schema/);
  });

  it('with responseIo "output", describes parsed responses (defaults required, no extra keys)', () => {
    const contract = defineContract({
      stats: {
        method: 'GET',
        path: '/stats',
        responses: { 200: z.object({ total: z.number().int(), open: z.number().int().default(0) }) },
      },
    });
    const schemaOf = (doc: ReturnType<typeof toOpenApi>) =>
      (doc.paths['/stats']!.get!.responses['200'] as { content: { 'application/json': { schema: unknown } } })
        .content['application/json'].schema;
    expect(schemaOf(toOpenApi(contract, { title: 's', version: '1' }))).toMatchObject({
      required: ['total'],
    });
    expect(
      schemaOf(toOpenApi(contract, { title: 's', version: '1' }, { responseIo: 'output' })),
    ).toMatchObject({
      required: ['total', 'open'],
      additionalProperties: false,
    });
  });

  it('refuses request schemas JSON cannot carry', () => {
    const contract = defineContract({
      at: { method: 'POST', path: '/at', body: z.object({ when: z.date() }), responses: { 204: null } },
    });
    expect(() => toOpenApi(contract, { title: 't', version: '1' })).toThrow(ContractDefinitionError);
  });
});
