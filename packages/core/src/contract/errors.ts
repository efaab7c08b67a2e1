import * as z from 'zod';
import { type LocalizedMessage, OpenGovError, type OpenGovErrorOptions } from '../errors/errors.js';
import type { ValidationIssue } from '../errors/validation.js';

/**
 * A contract is malformed: a `:param` without a schema key, an unknown status, a body on GET,
 * two routes on the same method and path. Thrown by `defineContract` and `toOpenApi`, at
 * definition time, never for a user's request.
 *
 * @example
 * ```ts
 * const A = z.object({ id: z.string() });
 * // @ts-expect-error the types reject it too: params keys must be exactly: id
 * defineContract({ get: { method: 'GET', path: '/a/:id', responses: { 200: A } } });
 * // throws ContractDefinitionError: route "get": path parameter ":id" has no schema in params
 * ```
 */
export class ContractDefinitionError extends OpenGovError {
  /** The class name, `ContractDefinitionError`, kept through minification. */
  override readonly name: string = 'ContractDefinitionError';
  /** The operation id of the offending route, when one is concerned. */
  readonly operationId: string | undefined;

  constructor(message: LocalizedMessage, options: OpenGovErrorOptions & { operationId?: string } = {}) {
    super(message.en, { code: 'contract_definition', ...options, messages: message });
    this.operationId = options.operationId;
  }

  protected override details(): Record<string, unknown> {
    return { operationId: this.operationId };
  }
}

/**
 * An implementation of a contract answered something the contract does not allow: a body
 * that fails its response schema, or an undeclared status. Test handlers answer it as a
 * 500 with this error's JSON, so a wrong mock fails loudly instead of passing silently.
 *
 * @example
 * ```ts
 * import { careContract, type Report } from '@opengov-id/care';
 *
 * const fixtures = new Map<string, Report>(); // recorded answers, perhaps older than the contract
 * const violations: ContractViolationError[] = [];
 * createMswHandlers(
 *   careContract,
 *   { getReport: ({ params }) => fixtures.get(params.id) ?? Promise.reject(new ContractHttpError(404, { code: 'not_found' })) },
 *   { baseUrl: 'https://care.test/api/v1', onViolation: (error) => violations.push(error) },
 * );
 * ```
 */
export class ContractViolationError extends OpenGovError {
  /** The class name, `ContractViolationError`, kept through minification. */
  override readonly name: string = 'ContractViolationError';
  /** The route whose implementation broke the contract. */
  readonly operationId: string;
  /** The status the implementation tried to answer. */
  readonly status: number | undefined;
  /** What did not match, field by field (empty for an undeclared status). */
  readonly issues: readonly ValidationIssue[];

  constructor(
    message: LocalizedMessage,
    init: OpenGovErrorOptions & {
      operationId: string;
      status?: number | undefined;
      issues?: readonly ValidationIssue[];
    },
  ) {
    super(message.en, { code: 'contract_violation', ...init, messages: message });
    this.operationId = init.operationId;
    this.status = init.status;
    this.issues = init.issues ?? [];
  }

  protected override details(): Record<string, unknown> {
    return {
      operationId: this.operationId,
      status: this.status,
      issues: this.issues.map(({ field, code, message }) => ({ field, code, message })),
    };
  }
}

/**
 * Thrown by a contract implementation to answer one of the route's declared error statuses
 * with a body that the status's schema accepts.
 *
 * @example
 * ```ts
 * import { careContract, type Report } from '@opengov-id/care';
 *
 * const store = new Map<string, Report>();
 * const implementation: ContractImplementation<typeof careContract> = {
 *   getReport: ({ params }) => store.get(params.id) ?? Promise.reject(new ContractHttpError(404, { code: 'not_found' })),
 * };
 * ```
 */
export class ContractHttpError extends OpenGovError {
  /** The class name, `ContractHttpError`, kept through minification. */
  override readonly name: string = 'ContractHttpError';
  /** The HTTP status to answer; it must be declared in the route's `errors`. */
  readonly status: number;
  /** The response body, in wire form. */
  readonly body: unknown;
  /** Extra response headers (e.g. `retry-after`). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, body?: unknown, init: { headers?: Record<string, string> } = {}) {
    super(`Contract implementation answered HTTP ${status}.`, {
      code: 'http_error',
      messages: {
        id: `Implementasi kontrak menjawab HTTP ${status}.`,
        en: `Contract implementation answered HTTP ${status}.`,
      },
    });
    this.status = status;
    this.body = body;
    this.headers = { ...init.headers };
  }

  protected override details(): Record<string, unknown> {
    return { status: this.status };
  }
}

/**
 * The JSON body of a 400 answer to a request that failed a contract's schemas: the shape of
 * `ValidationError#toJSON()`, and the `ValidationError` component of the emitted OpenAPI.
 *
 * @example
 * ```ts
 * declare const response: Response; // a 422 answer
 * const problem: ValidationErrorBody = ValidationErrorBody.parse(await response.json());
 * ```
 */
export interface ValidationErrorBody {
  /** `ValidationError`, or the name of its subclass. */
  name: string;
  /** Machine-readable code: `validation_error`, or a specific one (`invalid_json`, `invalid_nik`). */
  code: string;
  /** The summary in English. */
  message: string;
  /** The summary in Indonesian and English. */
  messages?: LocalizedMessage | undefined;
  /** One entry per problem, naming the field (`body.title`, `query.page`). */
  issues: Array<Pick<ValidationIssue, 'field' | 'code' | 'message'>>;
}

/**
 * Schema of {@link ValidationErrorBody}, for clients and tests that read a 400 answer.
 *
 * @example
 * ```ts
 * declare const response: Response; // a 422 answer
 * const problem = ValidationErrorBody.parse(await response.json());
 * console.log(problem.issues.map((issue) => issue.field)); // ['body.title']
 * ```
 */
export const ValidationErrorBody: z.ZodType<ValidationErrorBody> = /* @__PURE__ */ validationErrorBody();

function validationErrorBody() {
  const localized = z.object({ id: z.string(), en: z.string() });
  return z.object({
    name: z.string(),
    code: z.string(),
    message: z.string(),
    messages: localized.optional(),
    issues: z.array(z.object({ field: z.string(), code: z.string(), message: localized })),
  });
}

/**
 * The error body the domain APIs answer for a declared error status (403, 404, 409, 422): a
 * machine-readable code and a message in Indonesian and English. Packages extend it when a
 * status says more (care's 409 lists the `allowed` actions).
 *
 * @example
 * ```ts
 * ProblemBody.parse({ code: 'not_found', message: { id: 'Laporan tidak ditemukan.', en: 'Report not found.' } });
 * ```
 */
export const ProblemBody = /* @__PURE__ */ z.object({
  /** Machine-readable code. */
  code: z.string(),
  /** The message in both languages. */
  message: z.object({ id: z.string(), en: z.string() }),
});

/** An error body; see {@link ProblemBody}. */
export type ProblemBody = z.output<typeof ProblemBody>;
