import { type HttpHandler, HttpResponse, http } from 'msw';
import { ContractDefinitionError } from '../contract/errors.js';
import { implementedRoutes, type ServeOptions, serveRoute } from '../contract/serve.js';
import { reasonPhrase } from '../contract/status.js';
import type { Contract, ContractImplementation } from '../contract/types.js';

/**
 * Options of {@link createMswHandlers}.
 *
 * @example
 * ```ts
 * const violations: ContractViolationError[] = [];
 * const options: MswHandlersOptions = { baseUrl: 'https://care.test/api/v1', onViolation: (e) => violations.push(e) };
 * ```
 */
export interface MswHandlersOptions extends ServeOptions {
  /** The base URL the client under test uses, e.g. `https://care.test/api/v1`. */
  baseUrl: string;
}

/** Joins a base URL and an express-style route path for msw (`https://x/api` + `/a/:id`). */
function routeUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path === '/' ? '/' : path}`;
}

type Verb = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * Derives msw 2 request handlers from a contract and an implementation of some of its routes,
 * so tests (ours and consumers') run against the same shapes the client and OpenAPI use.
 *
 * Each handler decodes path, query and header strings into what the schemas expect, validates
 * params, query, headers and body (a 400 with the `ValidationError` JSON, bilingual, naming
 * `body.title` and the like, when they fail), and calls the implementation with the parsed
 * parts. The implementation returns a success body, or `{ status, body }` for a specific
 * declared status, or throws a {@link ContractHttpError} for a declared error status. Its answer
 * is checked against the route's schemas: a wrong shape or an undeclared status is answered as
 * a 500 with the {@link ContractViolationError} JSON, after `onViolation`, so a wrong mock fails.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { careContract, type Report } from '@opengov-id/care';
 * import { createMswHandlers, ContractHttpError } from '@opengov-id/core/testing';
 *
 * const store = new Map<string, Report>();
 * const server = setupServer(
 *   ...createMswHandlers(careContract, {
 *     getReport: ({ params }) => store.get(params.id) ?? Promise.reject(new ContractHttpError(404, { code: 'not_found' })),
 *   }, { baseUrl: 'https://care.test/api/v1' }),
 * );
 * server.listen();
 * ```
 */
export function createMswHandlers<C extends Contract>(
  contract: C,
  implementation: ContractImplementation<C>,
  options: MswHandlersOptions,
): HttpHandler[] {
  const handlers: HttpHandler[] = [];
  for (const { compiled, implement } of implementedRoutes(contract, implementation)) {
    const verb = compiled.route.method.toLowerCase() as Verb;
    handlers.push(
      http[verb](routeUrl(options.baseUrl, compiled.route.path), ({ request, params }) =>
        serveRoute(compiled, implement, request, params, options),
      ),
    );
  }
  return handlers;
}

/**
 * Methods {@link errorHandler} can answer; `ALL` matches any.
 *
 * @example
 * ```ts
 * const method: ErrorHandlerMethod = 'ALL';
 * ```
 */
export type ErrorHandlerMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS' | 'ALL';

/**
 * Extra options of {@link errorHandler}.
 *
 * @example
 * ```ts
 * errorHandler('GET', 'https://care.test/api/v1/reports/:id', 429, undefined, { headers: { 'retry-after': '1' }, times: 1 } satisfies ErrorHandlerInit);
 * ```
 */
export interface ErrorHandlerInit {
  /** Response headers, e.g. `{ 'retry-after': '2' }` or `{ 'x-request-id': 'req-1' }`. */
  headers?: Record<string, string>;
  /** Answer only the first `times` matching requests (msw `once` when 1). */
  times?: number;
}

/**
 * An msw handler that answers `method url` with an error status, for testing how a consumer
 * copes with 404s, 429s, 503s and the like. The body defaults to
 * `{ code: 'http_<status>', message: '<reason phrase>' }`; pass `null` for no body.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { careContract } from '@opengov-id/care';
 *
 * const server = setupServer();
 * server.listen();
 * const care = createContractClient(careContract, createHttpClient({ baseUrl: 'https://care.test/api/v1', maxRetries: 0 }));
 * server.use(errorHandler('GET', 'https://care.test/api/v1/reports/:id', 503, undefined, { headers: { 'retry-after': '1' } }));
 * await care.getReport({ params: { id: 'ADU-1' } }).catch((error) => console.log(error.status)); // 503
 * ```
 */
export function errorHandler(
  method: ErrorHandlerMethod,
  url: string,
  status: number,
  body?: unknown,
  init: ErrorHandlerInit = {},
): HttpHandler {
  if (!Number.isInteger(status) || status < 400 || status > 599)
    throw new ContractDefinitionError({
      id: `errorHandler: status ${status} harus bilangan bulat 400–599.`,
      en: `errorHandler: status ${status} must be an integer from 400 to 599.`,
    });
  const payload = body === undefined ? { code: `http_${status}`, message: reasonPhrase(status) } : body;
  const headers = init.headers ?? {};
  let remaining = init.times ?? Number.POSITIVE_INFINITY;
  const verb = method.toLowerCase() as Lowercase<ErrorHandlerMethod>;
  return http[verb](url, () => {
    if (remaining <= 0) return undefined;
    remaining -= 1;
    return payload === null
      ? new HttpResponse(null, { status, headers })
      : HttpResponse.json(payload as Parameters<typeof HttpResponse.json>[0], { status, headers });
  });
}
