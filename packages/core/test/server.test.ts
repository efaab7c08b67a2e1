import { describe, expect, it } from 'vitest';
import { ContractDefinitionError, type ContractImplementation } from '../src/index.js';
import {
  ContractHttpError,
  type ContractViolationError,
  createRouteHandlers,
  type RouteHandler,
} from '../src/server/index.js';
import { type CareContract, type Complaint, careContract } from './contract.sample.js';

const complaint: Complaint = {
  id: 'ADU-1',
  title: 'Jalan berlubang',
  description: 'Lubang besar di jalan desa.',
  category: 'infrastruktur',
  status: 'baru',
  regionCode: '52.07.02.2001',
  createdAt: '2026-03-02T08:00:00+08:00',
};
const notFound = new ContractHttpError(404, {
  code: 'not_found',
  message: { id: 'Aduan tidak ditemukan.', en: 'Complaint not found.' },
});

const implementation: ContractImplementation<CareContract> = {
  getComplaint: ({ params }) => {
    if (params.id !== complaint.id) throw notFound;
    return complaint;
  },
  createComplaint: ({ body, idempotencyKey }) => ({
    status: idempotencyKey === 'seen' ? 200 : 201,
    body: { ...complaint, title: body.title },
  }),
  deleteComplaint: () => undefined,
};

const byId = (routes: RouteHandler[], operationId: string) => {
  const route = routes.find((r) => r.operationId === operationId);
  if (!route) throw new Error(`no route ${operationId}`);
  return route;
};

describe('createRouteHandlers', () => {
  const routes = createRouteHandlers(careContract, implementation);

  it('gives one handler per implemented route, with the contract method and express-style path', () => {
    expect(routes.map((r) => [r.operationId, r.method, r.path])).toEqual([
      ['getComplaint', 'GET', '/complaints/:id'],
      ['createComplaint', 'POST', '/complaints'],
      ['deleteComplaint', 'DELETE', '/complaints/:id'],
    ]);
  });

  it('answers a valid request with the implementation result, as JSON', async () => {
    const response = await byId(routes, 'getComplaint').handle(
      new Request('https://api.test/complaints/ADU-1'),
      { id: 'ADU-1' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual(complaint);
  });

  it('answers a declared error status thrown as ContractHttpError', async () => {
    const response = await byId(routes, 'getComplaint').handle(new Request('https://api.test/complaints/X'), {
      id: 'X',
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'not_found' });
  });

  it('passes the Idempotency-Key header and the chosen status through', async () => {
    const create = byId(routes, 'createComplaint');
    const send = (key?: string) =>
      create.handle(
        new Request('https://api.test/complaints', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
          body: JSON.stringify({
            title: 'Lampu padam',
            description: 'Sudah seminggu.',
            category: 'infrastruktur',
            regionCode: '52.07',
          }),
        }),
        {},
      );
    expect((await send()).status).toBe(201);
    const replay = await send('seen');
    expect(replay.status).toBe(200);
    expect(await replay.json()).toMatchObject({ title: 'Lampu padam' });
  });

  it('refuses a bad body with a bilingual 400 naming the field, without calling the implementation', async () => {
    let called = 0;
    const [create] = createRouteHandlers(careContract, {
      createComplaint: () => {
        called += 1;
        return { status: 201, body: complaint };
      },
    });
    const response = await create!.handle(
      new Request('https://api.test/complaints', {
        method: 'POST',
        body: JSON.stringify({ title: 'x', description: '', category: 'nope', regionCode: '52.07' }),
      }),
      {},
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      issues: Array<{ field: string; message: { id: string; en: string } }>;
    };
    expect(body.issues.map((i) => i.field)).toEqual(expect.arrayContaining(['body.title', 'body.category']));
    expect(body.issues[0]?.message.id).toMatch(/\S/);
    expect(body.issues[0]?.message.en).toMatch(/\S/);
    const malformed = await create!.handle(
      new Request('https://api.test/complaints', { method: 'POST', body: '{"title":' }),
      {},
    );
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'invalid_json' });
    expect(called).toBe(0);
  });

  it('answers a 204 with no body', async () => {
    const response = await byId(routes, 'deleteComplaint').handle(
      new Request('https://api.test/complaints/ADU-1', { method: 'DELETE' }),
      { id: 'ADU-1' },
    );
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('answers an implementation that breaks the contract with a 500 and reports it', async () => {
    const violations: ContractViolationError[] = [];
    const [get] = createRouteHandlers(
      careContract,
      { getComplaint: () => ({ ...complaint, status: 'lost' }) as unknown as Complaint },
      { onViolation: (error) => violations.push(error) },
    );
    const response = await get!.handle(new Request('https://api.test/complaints/ADU-1'), { id: 'ADU-1' });
    expect(response.status).toBe(500);
    expect(violations).toHaveLength(1);
    expect(violations[0]?.operationId).toBe('getComplaint');
  });

  it('lets other errors of the implementation propagate to the router', async () => {
    const [get] = createRouteHandlers(careContract, {
      getComplaint: () => {
        throw new RangeError('database down');
      },
    });
    await expect(
      get!.handle(new Request('https://api.test/complaints/ADU-1'), { id: 'ADU-1' }),
    ).rejects.toBeInstanceOf(RangeError);
  });

  it('refuses an implementation naming a route the contract lacks, or one that is not a function', () => {
    expect(() =>
      createRouteHandlers(careContract, {
        nope: () => undefined,
      } as unknown as ContractImplementation<CareContract>),
    ).toThrow(ContractDefinitionError);
    expect(() =>
      createRouteHandlers(careContract, {
        getComplaint: 'x',
      } as unknown as ContractImplementation<CareContract>),
    ).toThrow(ContractDefinitionError);
  });
});
