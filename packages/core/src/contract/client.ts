import * as z from 'zod';
import { ValidationError } from '../errors/validation.js';
import type { HttpClient, HttpRequest, QueryValue } from '../http/types.js';
import { type CompiledRoute, compileContract } from './define.js';
import { buildPath } from './path.js';
import type { Contract, ContractClient } from './types.js';
import { checkRequest } from './wire.js';

type Scalar = string | number | boolean;
const isScalar = (value: unknown): value is Scalar =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function notSendable(field: string, where: { id: string; en: string }, operationId: string): ValidationError {
  return ValidationError.single(
    field,
    {
      id: `Kolom \`${field}\` tidak dapat dikirim di ${where.id}: gunakan teks, angka, atau boolean.`,
      en: `Field \`${field}\` cannot be sent in ${where.en}: use a string, number or boolean.`,
    },
    'not_sendable',
    { subject: operationId },
  );
}

function toQuery(wire: unknown, operationId: string): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries((wire ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (isScalar(value)) query[key] = value;
    else if (Array.isArray(value) && value.every(isScalar)) query[key] = value;
    else throw notSendable(`query.${key}`, { id: 'query string', en: 'a query string' }, operationId);
  }
  return query;
}

function toHeaders(wire: unknown, operationId: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries((wire ?? {}) as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    if (!isScalar(value)) throw notSendable(`headers.${key}`, { id: 'header', en: 'a header' }, operationId);
    headers[key] = String(value);
  }
  return headers;
}

function toParams(wire: unknown, operationId: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries((wire ?? {}) as Record<string, unknown>)) {
    if (!isScalar(value)) throw notSendable(`params.${key}`, { id: 'path', en: 'a path' }, operationId);
    params[key] = String(value);
  }
  return params;
}

/** The schema and read mode `http.request` gets for a route's success responses. */
function responsePlan(compiled: CompiledRoute): Pick<HttpRequest, 'schema' | 'responseType'> {
  const bodies = [...new Set(compiled.successes.flatMap((s) => (s.schema ? [s.schema] : [])))];
  if (bodies.length === 0) return { responseType: 'none' };
  const hasBodyless = bodies.length < compiled.successes.length;
  if (!hasBodyless) {
    const [only, ...rest] = bodies;
    return { schema: rest.length === 0 && only ? only : z.union(bodies as [z.ZodType, ...z.ZodType[]]) };
  }
  // A route that may answer 204 or a body: an empty body reads as undefined.
  return {
    schema: z.preprocess(
      (value) => (value === '' || value === null ? undefined : value),
      z.union([z.undefined(), ...bodies]),
    ),
  };
}

interface CallOptions {
  params?: unknown;
  query?: unknown;
  body?: unknown;
  headers?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
}

function method(http: HttpClient, compiled: CompiledRoute) {
  const plan = responsePlan(compiled);
  const { route, operationId } = compiled;
  return async (options: CallOptions = {}): Promise<unknown> => {
    const checked = checkRequest(compiled, options);
    const request: HttpRequest = {
      method: route.method,
      path: buildPath(compiled.segments, toParams(checked.params?.wire, operationId)),
      ...plan,
    };
    if (route.query) request.query = toQuery(checked.query?.wire, operationId);
    if (route.headers) request.headers = toHeaders(checked.headers?.wire, operationId);
    if (route.body && checked.body?.wire !== undefined) request.json = checked.body.wire;
    if (compiled.idempotent) request.idempotencyKey = options.idempotencyKey ?? crypto.randomUUID();
    if (options.signal) request.signal = options.signal;
    if (options.timeoutMs !== undefined) request.timeoutMs = options.timeoutMs;
    return http.request(request);
  };
}

/**
 * Derives a typed client from a contract: one method per route, named by its operation id.
 * Each method validates params, query, headers and body locally (a {@link ValidationError}
 * naming the field, e.g. `body.title`, and no request is sent), URL-encodes path parameters,
 * sends an `Idempotency-Key` on idempotent routes (a fresh `crypto.randomUUID()` unless the
 * caller gives one), and has `http` parse the response with the route's success schema, so a
 * drifted response is a `ResponseShapeError`. Error statuses surface as the `HttpError`
 * subclasses of `http`.
 *
 * @param contract - The contract from {@link defineContract}.
 * @param http - Any {@link HttpClient}, usually from `createHttpClient({ baseUrl })`.
 * @throws {@link ValidationError} (as a rejection) when the request fails the route's schemas.
 * @example
 * ```ts
 * import { careContract, type NewReport } from '@opengov-id/care';
 *
 * declare const newReport: NewReport;
 * const care = createContractClient(careContract, createHttpClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1' }));
 * const report = await care.getReport({ params: { id: 'ADU-2025-0001' } });
 * const created = await care.submitReport({ body: newReport }); // Idempotency-Key sent
 * ```
 */
export function createContractClient<C extends Contract>(contract: C, http: HttpClient): ContractClient<C> {
  const client: Record<string, (options?: CallOptions) => Promise<unknown>> = {};
  for (const [operationId, compiled] of compileContract(contract))
    client[operationId] = method(http, compiled);
  return Object.freeze(client) as ContractClient<C>;
}
