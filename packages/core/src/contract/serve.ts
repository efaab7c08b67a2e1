import type * as z from 'zod';
import { isOpenGovError, type LocalizedMessage } from '../errors/errors.js';
import { ValidationError, type ValidationIssue } from '../errors/validation.js';
import { type CompiledRoute, compileContract } from './define.js';
import {
  ContractDefinitionError,
  ContractHttpError,
  ContractViolationError,
  ValidationErrorBody,
} from './errors.js';
import type { Contract, ContractImplementation, RouteContext } from './types.js';
import { checkRequest, decodeStrings, type Part, prefixIssues, toWire } from './wire.js';

// By name too: an implementation may import the class through another entry point (a second copy).
const isContractHttpError = (error: unknown): error is ContractHttpError =>
  error instanceof ContractHttpError || (isOpenGovError(error) && error.name === 'ContractHttpError');

/** Options for answering contract requests. */
export interface ServeOptions {
  /** Called with every violation before it is answered as a 500. */
  onViolation?: (error: ContractViolationError) => void;
}

/** One route's implementation, as {@link serveRoute} calls it. */
export type Implementation = (context: RouteContext<unknown>) => unknown;

/**
 * The implemented routes of a contract, compiled, in the implementation's key order. Throws a
 * {@link ContractDefinitionError} for a key that is not a route or a value that is not a function.
 */
export function implementedRoutes<C extends Contract>(
  contract: C,
  implementation: ContractImplementation<C>,
): Array<{ compiled: CompiledRoute; implement: Implementation }> {
  const routes = compileContract(contract);
  const out: Array<{ compiled: CompiledRoute; implement: Implementation }> = [];
  for (const [operationId, implement] of Object.entries(implementation as Record<string, unknown>)) {
    const compiled = routes.get(operationId);
    if (!compiled)
      throw new ContractDefinitionError(
        {
          id: `implementasi "${operationId}" tidak ada di kontrak.`,
          en: `implementation "${operationId}" is not a route of the contract.`,
        },
        { operationId },
      );
    if (implement === undefined) continue;
    if (typeof implement !== 'function')
      throw new ContractDefinitionError(
        {
          id: `implementasi "${operationId}" harus berupa fungsi.`,
          en: `implementation "${operationId}" must be a function.`,
        },
        { operationId },
      );
    out.push({ compiled, implement: implement as Implementation });
  }
  return out;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function empty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}

async function readBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw ValidationError.single(
      'body',
      { id: 'Kolom `body` bukan JSON yang valid.', en: 'Field `body` is not valid JSON.' },
      'invalid_json',
    );
  }
}

/** Reads the request parts the route declares, as the values its schemas expect. */
async function readParts(
  compiled: CompiledRoute,
  request: Request,
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): Promise<Partial<Record<Part, unknown>>> {
  const { route } = compiled;
  const parts: Partial<Record<Part, unknown>> = {};
  const list = (value: string | readonly string[] | null | undefined): readonly string[] =>
    value === undefined || value === null ? [] : typeof value === 'string' ? [value] : value;
  if (route.params) parts.params = decodeStrings(route.params, (key) => list(params[key]));
  if (route.query) {
    const search = new URL(request.url).searchParams;
    parts.query = decodeStrings(route.query, (key) => search.getAll(key));
  }
  if (route.headers) parts.headers = decodeStrings(route.headers, (key) => list(request.headers.get(key)));
  if (route.body) parts.body = await readBody(request);
  return parts;
}

function violation(
  compiled: CompiledRoute,
  message: LocalizedMessage,
  status: number | undefined,
  issues: readonly ValidationIssue[] = [],
): ContractViolationError {
  return new ContractViolationError(
    {
      id: `Implementasi "${compiled.operationId}" melanggar kontrak: ${message.id}`,
      en: `Implementation of "${compiled.operationId}" breaks the contract: ${message.en}`,
    },
    { operationId: compiled.operationId, status, issues },
  );
}

/** Answers one declared status with `body`, after checking it against the status's schema. */
function answer(
  compiled: CompiledRoute,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  const success = compiled.successes.find((s) => s.status === status);
  // Every route may answer 400 with a ValidationError body, declared or not (see toOpenApi).
  if (!success && !compiled.errors.has(status) && status !== 400) {
    throw violation(
      compiled,
      { id: `status ${status} tidak dideklarasikan.`, en: `status ${status} is not declared.` },
      status,
    );
  }
  const schema: z.ZodType | undefined = success
    ? success.schema
    : (compiled.errors.get(status) ?? ValidationErrorBody);
  if (!schema) {
    if (body !== undefined && body !== null)
      throw violation(
        compiled,
        { id: `status ${status} tidak boleh memiliki body.`, en: `status ${status} must have no body.` },
        status,
      );
    return empty(status, headers);
  }
  const result = schema.safeParse(body);
  if (!result.success)
    throw violation(
      compiled,
      {
        id: `body untuk status ${status} tidak sesuai skema.`,
        en: `the body for status ${status} does not match its schema.`,
      },
      status,
      prefixIssues('response', result.error),
    );
  return json(status, toWire(schema, body, result.data), headers);
}

const REPLY_KEYS = new Set(['status', 'body']);

/** `{ status, body }` for a declared status; anything else is a success body. */
function isStatusReply(compiled: CompiledRoute, value: unknown): value is { status: number; body: unknown } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (!keys.includes('status') || !keys.every((key) => REPLY_KEYS.has(key))) return false;
  const status = (value as { status: unknown }).status;
  return (
    typeof status === 'number' &&
    (compiled.successes.some((s) => s.status === status) || compiled.errors.has(status))
  );
}

/** Answers a bare success body with the first declared success status whose schema accepts it. */
function answerSuccess(compiled: CompiledRoute, value: unknown): Response {
  if (value === undefined) {
    const bodyless = compiled.successes.find((s) => !s.schema);
    if (bodyless) return empty(bodyless.status);
  }
  let first: { status: number; error: z.ZodError } | undefined;
  for (const { status, schema } of compiled.successes) {
    if (!schema) continue;
    const result = schema.safeParse(value);
    if (result.success) return json(status, toWire(schema, value, result.data));
    first ??= { status, error: result.error };
  }
  throw violation(
    compiled,
    first
      ? { id: 'body sukses tidak sesuai skema.', en: 'the success body does not match its schema.' }
      : { id: 'rute ini tidak memiliki body sukses.', en: 'this route has no success body.' },
    first?.status,
    first ? prefixIssues('response', first.error) : [],
  );
}

/**
 * Answers one request for a contract route with a Fetch API `Response`: validates the request
 * parts (400 with the ValidationError's JSON when they fail), calls the implementation, and
 * checks its answer against the route's schemas (a violation is answered as a 500 with the
 * ContractViolationError's JSON, after `onViolation`).
 */
export async function serveRoute(
  compiled: CompiledRoute,
  implementation: Implementation,
  request: Request,
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
  options: ServeOptions = {},
): Promise<Response> {
  let context: RouteContext<unknown>;
  try {
    const checked = checkRequest(compiled, await readParts(compiled, request.clone(), params));
    context = {
      params: checked.params?.output,
      query: checked.query?.output,
      headers: checked.headers?.output,
      body: checked.body?.output,
      idempotencyKey: request.headers.get('idempotency-key') ?? undefined,
      request,
    } as RouteContext<unknown>;
  } catch (error) {
    if (error instanceof ValidationError) return json(400, error.toJSON());
    throw error;
  }
  try {
    let reply: unknown;
    try {
      reply = await implementation(context);
    } catch (error) {
      if (isContractHttpError(error)) return answer(compiled, error.status, error.body, error.headers);
      // The implementation rejecting the input on its own (a domain rule) is a 400 like ours.
      if (error instanceof ValidationError) return json(400, error.toJSON());
      throw error;
    }
    if (isStatusReply(compiled, reply)) return answer(compiled, reply.status, reply.body);
    return answerSuccess(compiled, reply);
  } catch (error) {
    if (!(error instanceof ContractViolationError)) throw error;
    options.onViolation?.(error);
    return json(500, error.toJSON());
  }
}
