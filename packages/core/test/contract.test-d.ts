// Compile-time tests: checked by `tsc -p tsconfig.test.json`, never executed.
import { expectTypeOf } from 'vitest';
import * as z from 'zod';
import {
  type ContractImplementation,
  createContractClient,
  defineContract,
  type HttpClient,
  type PathParamNames,
  type RouteRequest,
} from '../src/index.js';
import { type CareContract, type Complaint, careContract } from './contract.sample.js';

declare const http: HttpClient;
const care = createContractClient(careContract, http);

// Path parameter names are read from the path literal.
expectTypeOf<PathParamNames<'/regions/:province/regencies/:regency'>>().toEqualTypeOf<
  'province' | 'regency'
>();
expectTypeOf<PathParamNames<'/complaints'>>().toEqualTypeOf<never>();

// Results are the z.output of the success schemas; a 204 resolves to undefined.
expectTypeOf(care.getComplaint({ params: { id: 'ADU-1' } })).toEqualTypeOf<Promise<Complaint>>();
expectTypeOf(care.createComplaint).returns.toEqualTypeOf<Promise<Complaint>>();
expectTypeOf(care.deleteComplaint).returns.toEqualTypeOf<Promise<undefined>>();
expectTypeOf(care.listComplaints).returns.resolves.toHaveProperty('items').toEqualTypeOf<Complaint[]>();

// Inputs are the z.input of the schemas: defaults make fields optional, so the argument is optional.
care.listComplaints();
care.listComplaints({ query: { page: 2, status: 'baru', category: ['kesehatan'] } });
expectTypeOf<RouteRequest<CareContract['routes']['listComplaints']>>().toHaveProperty('query').toEqualTypeOf<
  | {
      page?: number | undefined;
      limit?: number | undefined;
      status?: 'baru' | 'diproses' | 'selesai' | undefined;
      category?: Array<'infrastruktur' | 'layanan_publik' | 'kesehatan' | 'pendidikan'> | undefined;
      mine?: boolean | undefined;
    }
  | undefined
>();
// @ts-expect-error page is a number
care.listComplaints({ query: { page: '2' } });

// Params are required when the path has one.
// @ts-expect-error the argument (with params) is required
care.getComplaint();
// @ts-expect-error params is required
care.getComplaint({});
// @ts-expect-error params.id is a string
care.getComplaint({ params: { id: 7 } });
// @ts-expect-error no query on this route
care.getComplaint({ params: { id: 'ADU-1' }, query: { page: 1 } });

// Body: required, typed; `anonymous` has a default so it may be omitted.
const body = {
  title: 'Lampu jalan padam',
  description: 'Di depan kantor desa',
  category: 'infrastruktur',
  regionCode: '52.07.01.2001',
} as const;
care.createComplaint({ body });
care.createComplaint({ body, idempotencyKey: 'key-1', signal: AbortSignal.timeout(1000) });
// @ts-expect-error title must be a string
care.createComplaint({ body: { ...body, title: 42 } });
// @ts-expect-error category must be one of the enum values
care.createComplaint({ body: { ...body, category: 'jalan' } });
// @ts-expect-error body is required
care.createComplaint({});
// @ts-expect-error idempotencyKey only exists on idempotent routes
care.getComplaint({ params: { id: 'ADU-1' }, idempotencyKey: 'k' });

// Headers are typed too.
care.updateStatus({ params: { id: 'ADU-1' }, body: { status: 'selesai' }, headers: { 'if-match': '"v3"' } });

// defineContract rejects, at compile time, params that do not match the path.
defineContract({
  // @ts-expect-error the path has :id but there is no params schema
  missing: { method: 'GET', path: '/a/:id', responses: { 200: z.string() } },
});
defineContract({
  extra: {
    method: 'GET',
    path: '/a/:id',
    // @ts-expect-error params has a key that is not in the path
    params: z.object({ id: z.string(), other: z.string() }),
    responses: { 200: z.string() },
  },
});
defineContract({
  // @ts-expect-error method must be one of the contract methods
  bad: { method: 'OPTIONS', path: '/a', responses: { 200: z.string() } },
});

// Implementations receive parsed parts and must return what the schemas accept.
const complaint = {
  id: 'ADU-1',
  ...body,
  status: 'baru',
  createdAt: '2025-03-03T09:15:00+08:00',
} as const;
const impl: ContractImplementation<CareContract> = {
  getComplaint: ({ params }) => {
    expectTypeOf(params).toEqualTypeOf<{ id: string }>();
    return complaint;
  },
  listComplaints: ({ query }) => {
    // Defaults are applied on the server side, so page and limit are always there.
    expectTypeOf(query.page).toEqualTypeOf<number>();
    return { items: [complaint], page: query.page, total: 1 };
  },
  createComplaint: ({ body: input, idempotencyKey }) => {
    expectTypeOf(input.anonymous).toEqualTypeOf<boolean>();
    expectTypeOf(idempotencyKey).toEqualTypeOf<string | undefined>();
    return { status: 200, body: complaint };
  },
  deleteComplaint: () => undefined,
};
void impl;

const wrong: ContractImplementation<CareContract> = {
  // @ts-expect-error the reply lacks required fields
  getComplaint: () => ({ id: 'ADU-1' }),
  // @ts-expect-error 418 is not a declared status
  deleteComplaint: () => ({ status: 418, body: undefined }),
};
void wrong;
