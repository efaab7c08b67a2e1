import type * as z from 'zod';
import { ContractDefinitionError } from './errors.js';
import { type PathSegment, parsePath } from './path.js';
import type { CheckedRoutes, Contract, ContractRoutes, ResponseSchema, RouteDefinition } from './types.js';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const OPERATION_ID = /^[A-Za-z][A-Za-z0-9_]*$/;

/** What the client, the handlers and the OpenAPI emitter need to know about a route, computed once. */
export interface CompiledRoute {
  readonly operationId: string;
  readonly route: RouteDefinition;
  readonly segments: readonly PathSegment[];
  /** Declared success statuses, ascending, with their schema (`undefined` when body-less). */
  readonly successes: ReadonlyArray<{ readonly status: number; readonly schema: z.ZodType | undefined }>;
  /** Declared error statuses with their schema. */
  readonly errors: ReadonlyMap<number, z.ZodType>;
  /** POST or PATCH marked idempotent. */
  readonly idempotent: boolean;
}

type SchemaLike = { readonly _zod: { readonly def: { readonly type: string } } };

function isSchema(value: unknown): value is z.ZodType {
  return (
    typeof value === 'object' &&
    value !== null &&
    '_zod' in value &&
    typeof (value as SchemaLike)._zod?.def?.type === 'string' &&
    typeof (value as { safeParse?: unknown }).safeParse === 'function'
  );
}

function isObjectSchema(value: unknown): value is z.ZodObject {
  return isSchema(value) && (value as SchemaLike)._zod.def.type === 'object';
}

/** True for `null`, `z.void()` and `z.undefined()`: the status has no body. */
export function isBodyless(schema: ResponseSchema | undefined): boolean {
  if (schema === null || schema === undefined) return true;
  const type = (schema as SchemaLike)._zod.def.type;
  return type === 'void' || type === 'undefined';
}

function fail(operationId: string | undefined, en: string, id: string): never {
  const prefix = operationId === undefined ? '' : `route "${operationId}": `;
  const prefixId = operationId === undefined ? '' : `rute "${operationId}": `;
  throw new ContractDefinitionError(
    { id: `${prefixId}${id}`, en: `${prefix}${en}` },
    operationId === undefined ? {} : { operationId },
  );
}

function statuses(
  operationId: string,
  map: unknown,
  what: 'responses' | 'errors',
): Array<[number, ResponseSchema]> {
  if (typeof map !== 'object' || map === null)
    fail(operationId, `${what} must be an object keyed by status`, `${what} harus objek dengan kunci status`);
  const [min, max] = what === 'responses' ? [200, 299] : [400, 599];
  const out: Array<[number, ResponseSchema]> = [];
  for (const [key, schema] of Object.entries(map)) {
    const status = Number(key);
    if (!Number.isInteger(status) || status < min || status > max)
      fail(
        operationId,
        `${what} status ${key} is not between ${min} and ${max}`,
        `status ${key} pada ${what} tidak di antara ${min} dan ${max}`,
      );
    const bodyAllowed = what === 'errors' ? isSchema(schema) : schema === null || isSchema(schema);
    if (!bodyAllowed)
      fail(
        operationId,
        `${what}[${key}] must be a zod schema${what === 'responses' ? ' or null' : ''}`,
        `${what}[${key}] harus skema zod${what === 'responses' ? ' atau null' : ''}`,
      );
    out.push([status, schema as ResponseSchema]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** Checks one route and computes what the client, handlers and OpenAPI emitter need. */
export function compileRoute(operationId: string, route: RouteDefinition): CompiledRoute {
  if (!OPERATION_ID.test(operationId))
    fail(
      undefined,
      `operation id "${operationId}" must start with a letter and hold only letters, digits and "_"`,
      `id operasi "${operationId}" harus diawali huruf dan hanya berisi huruf, angka, dan "_"`,
    );
  if (typeof route !== 'object' || route === null)
    fail(operationId, 'must be an object', 'harus berupa objek');
  if (!METHODS.has(route.method))
    fail(
      operationId,
      `method "${String(route.method)}" is not one of GET, POST, PUT, PATCH, DELETE`,
      `metode "${String(route.method)}" bukan GET, POST, PUT, PATCH, atau DELETE`,
    );
  const segments = typeof route.path === 'string' ? parsePath(route.path) : 'must be a string';
  if (typeof segments === 'string')
    fail(operationId, `path "${String(route.path)}" ${segments}`, `path "${String(route.path)}" tidak valid`);

  for (const part of ['params', 'query', 'headers'] as const) {
    if (route[part] !== undefined && !isObjectSchema(route[part]))
      fail(operationId, `${part} must be a z.object(...) schema`, `${part} harus skema z.object(...)`);
  }
  if (route.body !== undefined && !isSchema(route.body))
    fail(operationId, 'body must be a zod schema', 'body harus skema zod');
  if (route.body !== undefined && route.method === 'GET')
    fail(operationId, 'a GET route cannot have a body', 'rute GET tidak boleh memiliki body');

  const names = segments.flatMap((segment) => ('param' in segment ? [segment.param] : []));
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name))
      fail(
        operationId,
        `path parameter ":${name}" appears twice`,
        `parameter path ":${name}" muncul dua kali`,
      );
    seen.add(name);
  }
  const keys = route.params ? Object.keys(route.params.shape) : [];
  for (const name of names) {
    if (!keys.includes(name))
      fail(
        operationId,
        `path parameter ":${name}" has no schema in params`,
        `parameter path ":${name}" tidak memiliki skema di params`,
      );
  }
  for (const key of keys) {
    if (!seen.has(key))
      fail(
        operationId,
        `params key "${key}" is not a parameter of path "${route.path}"`,
        `kunci params "${key}" bukan parameter path "${route.path}"`,
      );
  }

  const successes = statuses(operationId, route.responses, 'responses');
  if (successes.length === 0)
    fail(
      operationId,
      'responses must declare at least one success status',
      'responses harus memuat paling sedikit satu status sukses',
    );
  const errors = route.errors === undefined ? [] : statuses(operationId, route.errors, 'errors');

  const writes = route.method === 'POST' || route.method === 'PATCH';
  if (route.idempotent !== undefined && typeof route.idempotent !== 'boolean')
    fail(operationId, 'idempotent must be a boolean', 'idempotent harus boolean');
  if (route.idempotent === true && !writes)
    fail(
      operationId,
      `idempotent applies to POST and PATCH only (${route.method} is idempotent by definition)`,
      `idempotent hanya untuk POST dan PATCH (${route.method} sudah idempoten)`,
    );

  return {
    operationId,
    route,
    segments,
    successes: successes.map(([status, schema]) => ({
      status,
      schema: isBodyless(schema) ? undefined : (schema as z.ZodType),
    })),
    errors: new Map(errors.map(([status, schema]) => [status, schema as z.ZodType])),
    idempotent: route.idempotent === true,
  };
}

/** Compiles every route of a contract, once per contract object. */
const compiled = new WeakMap<object, ReadonlyMap<string, CompiledRoute>>();

/** The compiled routes of a contract (checked again if it was not made by {@link defineContract}). */
export function compileContract(contract: Contract): ReadonlyMap<string, CompiledRoute> {
  const cached = compiled.get(contract);
  if (cached) return cached;
  if (typeof contract !== 'object' || contract === null || typeof contract.routes !== 'object')
    fail(undefined, 'a contract must have a routes object', 'kontrak harus memiliki objek routes');
  const routes = new Map<string, CompiledRoute>();
  const places = new Map<string, string>();
  for (const [operationId, route] of Object.entries(contract.routes)) {
    const route_ = compileRoute(operationId, route);
    // Two routes differing only in parameter names would shadow each other in msw and in OpenAPI.
    const place = `${route.method} ${route_.segments.map((s) => ('param' in s ? '/:' : `/${s.literal}`)).join('')}`;
    const other = places.get(place);
    if (other !== undefined)
      fail(
        operationId,
        `${route.method} ${route.path} is already declared by "${other}"`,
        `${route.method} ${route.path} sudah dideklarasikan oleh "${other}"`,
      );
    places.set(place, operationId);
    routes.set(operationId, route_);
  }
  compiled.set(contract, routes);
  return routes;
}

/**
 * Declares an API once, as data: routes keyed by operation id, each with a method, an
 * express-style path and zod schemas for params, query, body, headers, responses and errors.
 * The typed client, the msw handlers and the OpenAPI document are all derived from it.
 *
 * Checked at definition time: every `:param` of a path has a key in `params` and vice versa,
 * statuses are 2xx (responses) or 4xx/5xx (errors), GET has no body, `idempotent` is only on
 * POST or PATCH, and no two routes share a method and path.
 *
 * Path, query and header values travel as strings; the derived handlers turn them into what
 * the schemas expect (numbers, booleans, enum members, repeated keys as arrays), so write
 * `z.number()` rather than `z.coerce.number()` and keep the client's input types precise.
 * Request and response bodies travel in their schemas' input form (`z.input`), which the
 * receiving side parses.
 *
 * @throws {@link ContractDefinitionError} when a route breaks one of these rules.
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { defineContract } from '@opengov-id/core';
 *
 * const Complaint = z.object({ id: z.string(), title: z.string().min(5) });
 * export const careContract = defineContract({
 *   getComplaint: {
 *     method: 'GET',
 *     path: '/complaints/:id',
 *     params: z.object({ id: z.string().min(1) }),
 *     responses: { 200: Complaint },
 *     errors: { 404: z.object({ code: z.literal('not_found') }) },
 *   },
 *   createComplaint: {
 *     method: 'POST',
 *     path: '/complaints',
 *     body: Complaint.omit({ id: true }),
 *     responses: { 201: Complaint },
 *     idempotent: true,
 *   },
 * });
 * ```
 */
export function defineContract<const R extends ContractRoutes>(routes: R & CheckedRoutes<R>): Contract<R> {
  const contract: Contract<R> = Object.freeze({ routes: Object.freeze({ ...routes }) as R });
  compileContract(contract);
  return contract;
}
