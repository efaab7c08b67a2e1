import type * as z from 'zod';

/**
 * HTTP methods a contract route may use.
 *
 * @example
 * ```ts
 * const method: ContractMethod = 'PATCH';
 * ```
 */
export type ContractMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A zod object schema of any shape and strictness (for params, query and headers).
 *
 * @example
 * ```ts
 * const query: AnyObjectSchema = z.strictObject({ page: z.number().int().min(1).default(1) });
 * ```
 */
export type AnyObjectSchema = z.ZodObject<z.core.$ZodShape, z.core.$ZodObjectConfig>;

/**
 * The body schema of one response status. `null`, `z.void()` or `z.undefined()` mean the
 * response has no body (204 No Content).
 *
 * @example
 * ```ts
 * const Complaint = z.object({ id: z.string(), title: z.string() });
 * const responses: Record<number, ResponseSchema> = { 200: Complaint, 204: null };
 * ```
 */
export type ResponseSchema = z.ZodType | null;

/**
 * One route of a contract: method, express-style path and zod schemas for every part of the
 * request and response.
 *
 * @example
 * ```ts
 * const Complaint = z.object({ id: z.string(), title: z.string() });
 * const getComplaint = {
 *   method: 'GET',
 *   path: '/complaints/:id',
 *   params: z.object({ id: z.string().min(1) }),
 *   responses: { 200: Complaint },
 *   errors: { 404: ProblemBody },
 * } satisfies RouteDefinition;
 * ```
 */
export interface RouteDefinition {
  /** The HTTP method. */
  readonly method: ContractMethod;
  /** Express-style path relative to the API base, each parameter a whole segment: `/complaints/:id`. */
  readonly path: string;
  /** One-line summary, copied to OpenAPI. */
  readonly summary?: string;
  /** Longer description, copied to OpenAPI. */
  readonly description?: string;
  /** OpenAPI tags. */
  readonly tags?: readonly string[];
  /** Path parameters; its keys must be exactly the `:names` in `path`. */
  readonly params?: AnyObjectSchema;
  /** Query-string parameters (scalars or arrays of scalars). */
  readonly query?: AnyObjectSchema;
  /** The JSON request body. Not allowed on GET. */
  readonly body?: z.ZodType;
  /** Request headers the route reads; use lower-case names. */
  readonly headers?: AnyObjectSchema;
  /** One schema per success status (2xx), at least one. */
  readonly responses: { readonly [status: number]: ResponseSchema };
  /** One body schema per declared error status (4xx, 5xx). */
  readonly errors?: { readonly [status: number]: z.ZodType };
  /**
   * The route accepts an `Idempotency-Key` (POST and PATCH only): the client sends one on every
   * call, generated when the caller gives none, so a retry cannot create a second record.
   */
  readonly idempotent?: boolean;
}

/**
 * The routes of a contract, keyed by operation id (the client method name and OpenAPI `operationId`).
 *
 * @example
 * ```ts
 * const Complaint = z.object({ id: z.string(), title: z.string() });
 * const routes = {
 *   getComplaint: { method: 'GET', path: '/complaints/:id', params: z.object({ id: z.string() }), responses: { 200: Complaint } },
 * } satisfies ContractRoutes;
 * ```
 */
export type ContractRoutes = { readonly [operationId: string]: RouteDefinition };

/**
 * An API described as data: the routes given to {@link defineContract}, checked and frozen.
 *
 * @example
 * ```ts
 * const Complaint = z.object({ id: z.string(), title: z.string() });
 * const routes = {
 *   getComplaint: { method: 'GET', path: '/complaints/:id', params: z.object({ id: z.string() }), responses: { 200: Complaint } },
 * } as const;
 * const complaints: Contract<typeof routes> = defineContract(routes);
 * complaints.routes.getComplaint.path; // '/complaints/:id'
 * ```
 */
export interface Contract<R extends ContractRoutes = ContractRoutes> {
  /** The routes, keyed by operation id. */
  readonly routes: R;
}

/**
 * The parameter names of an express-style path, as a union of string literals.
 *
 * @example
 * ```ts
 * type Names = PathParamNames<'/regions/:province/regencies/:regency'>; // 'province' | 'regency'
 * ```
 */
export type PathParamNames<P extends string> = P extends `${infer Head}/${infer Tail}`
  ? (Head extends `:${infer Name}` ? Name : never) | PathParamNames<Tail>
  : P extends `:${infer Name}`
    ? Name
    : never;

/**
 * The request parts a route can declare: path parameters, query, body and headers.
 *
 * @example
 * ```ts
 * const parts: RequestPartName[] = ['params', 'query', 'headers', 'body'];
 * ```
 */
export type RequestPartName = 'params' | 'query' | 'body' | 'headers';

/**
 * The argument of a contract client method: `params`, `query`, `body` and `headers` typed from
 * the route's schemas (their `z.input`; a part is optional when nothing in it is required, and
 * absent when the route does not declare it), plus per-call options.
 *
 * @example
 * ```ts
 * import { careContract } from '@opengov-id/care';
 *
 * const request: RouteRequest<typeof careContract.routes.getReport> = { params: { id: 'ADU-2025-0001' } };
 * ```
 */
export type RouteRequest<D> = {
  [K in keyof D & RequestPartName as undefined extends z.input<Extract<D[K], z.ZodType>>
    ? never
    : object extends z.input<Extract<D[K], z.ZodType>>
      ? never
      : K]: z.input<Extract<D[K], z.ZodType>>;
} & {
  [K in keyof D & RequestPartName as undefined extends z.input<Extract<D[K], z.ZodType>>
    ? K
    : object extends z.input<Extract<D[K], z.ZodType>>
      ? K
      : never]?: z.input<Extract<D[K], z.ZodType>>;
} & (true extends D[keyof D & 'idempotent']
    ? {
        /** Reuse a key to make a retry of the same submission safe; generated when omitted. */
        idempotencyKey?: string;
      }
    : unknown) & {
    /** Aborts the request. */
    signal?: AbortSignal;
    /** Timeout of each attempt, in milliseconds. */
    timeoutMs?: number;
  };

/**
 * What a contract client method resolves to: the parsed body (`z.output`) of the route's
 * success responses; `undefined` for a body-less status such as 204.
 *
 * @example
 * ```ts
 * import { careContract } from '@opengov-id/care';
 *
 * type Got = RouteResult<typeof careContract.routes.getReport>; // z.output<typeof Report>
 * ```
 */
export type RouteResult<D> = {
  [S in keyof D[keyof D & 'responses']]: D[keyof D & 'responses'][S] extends z.ZodType
    ? z.output<D[keyof D & 'responses'][S]>
    : undefined;
}[keyof D[keyof D & 'responses']];

/**
 * A reply for one declared status (success or error), with the body that status's schema
 * accepts on the wire (`z.input`; `undefined` for a body-less status).
 *
 * @example
 * ```ts
 * import { careContract, type Report } from '@opengov-id/care';
 *
 * declare const existing: Report; // the report first stored under this Idempotency-Key
 * const replay: RouteStatusReply<typeof careContract.routes.submitReport> = { status: 200, body: existing };
 * ```
 */
export type RouteStatusReply<D> =
  | {
      [S in keyof D[keyof D & 'responses']]: {
        /** A success status declared in `responses`. */
        status: S extends `${infer N extends number}` ? N : S;
        /** The body that status's schema accepts; `undefined` when body-less. */
        body: D[keyof D & 'responses'][S] extends z.ZodType
          ? z.input<D[keyof D & 'responses'][S]>
          : undefined;
      };
    }[keyof D[keyof D & 'responses']]
  | {
      [S in keyof D[keyof D & 'errors']]: {
        /** An error status declared in `errors`. */
        status: S extends `${infer N extends number}` ? N : S;
        /** The body that status's schema accepts. */
        body: D[keyof D & 'errors'][S] extends z.ZodType ? z.input<D[keyof D & 'errors'][S]> : undefined;
      };
    }[keyof D[keyof D & 'errors']];

/**
 * What an implementation of a route returns: a success body (wire form, the schema's `z.input`;
 * nothing for a body-less status) or a `{ status, body }` reply for a specific declared status.
 *
 * @example
 * ```ts
 * import { careContract, type Report } from '@opengov-id/care';
 *
 * declare const stored: Report;
 * const reply: RouteReply<typeof careContract.routes.getReport> = stored;
 * ```
 */
export type RouteReply<D> =
  | {
      [S in keyof D[keyof D & 'responses']]: D[keyof D & 'responses'][S] extends z.ZodType
        ? z.input<D[keyof D & 'responses'][S]>
        : // biome-ignore lint/suspicious/noConfusingVoidType: an implementation of a body-less route may return nothing
          void;
    }[keyof D[keyof D & 'responses']]
  | RouteStatusReply<D>;

/**
 * What an implementation of a route receives: the request parts already validated and parsed
 * (their `z.output`; `undefined` for a part the route does not declare), the raw `Request`,
 * and the `Idempotency-Key` when one was sent.
 *
 * @example
 * ```ts
 * import { careContract, type Report } from '@opengov-id/care';
 *
 * const store = new Map<string, Report>();
 * const getReport = async ({ params }: RouteContext<typeof careContract.routes.getReport>) =>
 *   store.get(params.id) ?? Promise.reject(new ContractHttpError(404, { code: 'not_found' }));
 * ```
 */
export interface RouteContext<D> {
  /** Path parameters, parsed. */
  params: 'params' extends keyof D ? z.output<Extract<D[keyof D & 'params'], z.ZodType>> : undefined;
  /** Query parameters, parsed (defaults applied). */
  query: 'query' extends keyof D ? z.output<Extract<D[keyof D & 'query'], z.ZodType>> : undefined;
  /** The body, parsed. */
  body: 'body' extends keyof D ? z.output<Extract<D[keyof D & 'body'], z.ZodType>> : undefined;
  /** The declared headers, parsed. */
  headers: 'headers' extends keyof D ? z.output<Extract<D[keyof D & 'headers'], z.ZodType>> : undefined;
  /** The `Idempotency-Key` header, when the caller sent one. */
  idempotencyKey: string | undefined;
  /** The raw request. */
  request: Request;
}

/**
 * An implementation of one route, as used by `createMswHandlers` in `@opengov-id/core/testing`.
 *
 * @example
 * ```ts
 * import { careContract, type Report } from '@opengov-id/care';
 *
 * const store = new Map<string, Report>();
 * const getReport: RouteImplementation<typeof careContract.routes.getReport> = ({ params }) =>
 *   store.get(params.id) ?? Promise.reject(new ContractHttpError(404, { code: 'not_found' }));
 * ```
 */
export type RouteImplementation<D> = (context: RouteContext<D>) => RouteReply<D> | Promise<RouteReply<D>>;

/**
 * Implementations of some or all routes of a contract, keyed by operation id.
 *
 * @example
 * ```ts
 * import { careContract, type Report } from '@opengov-id/care';
 *
 * const store = new Map<string, Report>();
 * const impl: ContractImplementation<typeof careContract> = {
 *   getReport: ({ params }) => store.get(params.id) ?? Promise.reject(new ContractHttpError(404, { code: 'not_found' })),
 * };
 * ```
 */
export type ContractImplementation<C extends Contract> = {
  [K in keyof C['routes']]?: RouteImplementation<C['routes'][K]>;
};

/**
 * One method of a contract client: the argument is optional when nothing in it is required.
 *
 * @example
 * ```ts
 * import { careContract } from '@opengov-id/care';
 *
 * const client = createContractClient(careContract, createHttpClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1' }));
 * const get: RouteMethod<typeof careContract.routes.getReport> = client.getReport;
 * ```
 */
export type RouteMethod<D> =
  object extends RouteRequest<D>
    ? (request?: RouteRequest<D>) => Promise<RouteResult<D>>
    : (request: RouteRequest<D>) => Promise<RouteResult<D>>;

/**
 * The typed client of a contract: one method per route, named by operation id.
 *
 * @example
 * ```ts
 * import { careContract } from '@opengov-id/care';
 *
 * const http = createHttpClient({ baseUrl: 'https://care.ntbprov.go.id/api/v1' });
 * const care: ContractClient<typeof careContract> = createContractClient(careContract, http);
 * ```
 */
export type ContractClient<C extends Contract> = {
  readonly [K in keyof C['routes']]: RouteMethod<C['routes'][K]>;
};

/**
 * Type-level check used by {@link defineContract}: every route's `params` keys must equal the
 * `:names` of its path. Mismatches surface as an error on the offending `params` property.
 *
 * @example
 * ```ts
 * type Ok = CheckedRoutes<{ get: { method: 'GET'; path: '/a/:id'; params: z.ZodObject<{ id: z.ZodString }>; responses: {} } }>;
 * ```
 */
export type CheckedRoutes<R> = {
  [K in keyof R]: PathParamNames<Extract<R[K][keyof R[K] & 'path'], string>> extends infer N extends string
    ? [N] extends [never]
      ? 'params' extends keyof R[K]
        ? {
            /** The path has no `:param`, so the route must not declare params. */
            readonly params: `path ${Extract<R[K][keyof R[K] & 'path'], string>} has no parameters: remove params`;
          }
        : unknown
      : R[K][keyof R[K] & 'params'] extends z.ZodObject<infer Shape>
        ? [Exclude<keyof Shape, N> | Exclude<N, keyof Shape>] extends [never]
          ? unknown
          : {
              /** The keys of params must be the `:names` of the path, no more, no fewer. */
              readonly params: `params keys must be exactly: ${N}`;
            }
        : {
            /** The path has `:params`, so the route must declare a params object with those keys. */
            readonly params: z.ZodObject<{ [P in N]: z.ZodType }>;
          }
    : unknown;
};
