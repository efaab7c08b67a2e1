import * as z from 'zod';
import { type CompiledRoute, compileContract } from './define.js';
import { ContractDefinitionError, ValidationErrorBody } from './errors.js';
import { openApiPath } from './path.js';
import { reasonPhrase } from './status.js';
import type { Contract } from './types.js';

/**
 * A JSON Schema (draft 2020-12) object, as emitted by `z.toJSONSchema`.
 *
 * @example
 * ```ts
 * const schema: JsonSchema = { type: 'string', minLength: 1 };
 * ```
 */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * A server the API is reachable at.
 *
 * @example
 * ```ts
 * const server: OpenApiServer = { url: 'https://care.ksb.go.id/api/v1', description: 'KSB' };
 * ```
 */
export interface OpenApiServer {
  /** Base URL, e.g. `https://care.ntbprov.go.id/api/v1`. */
  url: string;
  /** What this server is (production, staging, a regency's deployment). */
  description?: string;
}

/**
 * The `info` argument of {@link toOpenApi}.
 *
 * @example
 * ```ts
 * const info: OpenApiInfo = { title: 'NTB Care API', version: '1.0.0', servers: ['https://care.ntbprov.go.id/api/v1'] };
 * ```
 */
export interface OpenApiInfo {
  /** Title of the API. */
  title: string;
  /** Version of the API (not of OpenAPI). */
  version: string;
  /** Longer description, Markdown allowed. */
  description?: string;
  /** Servers, as URLs or server objects. */
  servers?: ReadonlyArray<string | OpenApiServer>;
}

/**
 * Options of {@link toOpenApi}.
 *
 * @example
 * ```ts
 * import { careContract } from '@opengov-id/care';
 *
 * toOpenApi(careContract, { title: 'NTB Care API', version: '1.0.0' }, { responseIo: 'output' });
 * ```
 */
export interface ToOpenApiOptions {
  /**
   * Which side of the response schemas to describe. `'input'` (the default) is what travels on
   * the wire, which the client's schema parses, and stays representable when a schema
   * transforms (e.g. an ISO string into a `TZDate`); `'output'` describes the parsed value
   * (defaults required, no extra keys) and throws on transforms.
   *
   * @defaultValue `'input'`
   */
  responseIo?: 'input' | 'output';
}

/**
 * A `$ref` to a component.
 *
 * @example
 * ```ts
 * const ref: OpenApiReference = { $ref: '#/components/responses/ValidationError' };
 * ```
 */
export interface OpenApiReference {
  /** JSON pointer, e.g. `#/components/responses/ValidationError`. */
  $ref: string;
}

/**
 * An OpenAPI parameter (path, query or header).
 *
 * @example
 * ```ts
 * const id: OpenApiParameter = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
 * ```
 */
export interface OpenApiParameter {
  /** The parameter's name (case-insensitive for headers). */
  name: string;
  /** Where it travels. */
  in: 'path' | 'query' | 'header';
  /** Whether the server may rely on it being present; always true for path parameters. */
  required: boolean;
  /** What it means, from the schema's `.describe()`. */
  description?: string;
  /** Its JSON Schema (the input side of the zod schema). */
  schema: JsonSchema;
}

/**
 * An OpenAPI media type object.
 *
 * @example
 * ```ts
 * const media: OpenApiMediaType = { schema: { type: 'object' } };
 * ```
 */
export interface OpenApiMediaType {
  /** The JSON Schema of the content. */
  schema: JsonSchema;
}

/**
 * The JSON content of a request or response.
 *
 * @example
 * ```ts
 * const content: OpenApiJsonContent = { 'application/json': { schema: { type: 'object' } } };
 * ```
 */
export interface OpenApiJsonContent {
  /** JSON, the only media type contracts use. */
  'application/json': OpenApiMediaType;
}

/**
 * An OpenAPI request body.
 *
 * @example
 * ```ts
 * const body: OpenApiRequestBody = { required: true, content: { 'application/json': { schema: {} } } };
 * ```
 */
export interface OpenApiRequestBody {
  /** False only when the body schema accepts `undefined`. */
  required: boolean;
  /** What it is, from the schema's `.describe()`. */
  description?: string;
  /** The body's schema. */
  content: OpenApiJsonContent;
}

/**
 * An OpenAPI response.
 *
 * @example
 * ```ts
 * const noContent: OpenApiResponse = { description: 'No Content' };
 * ```
 */
export interface OpenApiResponse {
  /** The schema's `.describe()`, or the status's reason phrase. */
  description: string;
  /** The body's schema; absent for a body-less status. */
  content?: OpenApiJsonContent;
}

/**
 * An OpenAPI operation: one route of the contract.
 *
 * @example
 * ```ts
 * const op: OpenApiOperation = { operationId: 'getComplaint', responses: { 200: { description: 'OK' } } };
 * ```
 */
export interface OpenApiOperation {
  /** The route's key in the contract (also the client method name). */
  operationId: string;
  /** The route's `summary`. */
  summary?: string;
  /** The route's `description`. */
  description?: string;
  /** The route's `tags`. */
  tags?: string[];
  /** Path, query and header parameters, in that order. */
  parameters?: OpenApiParameter[];
  /** The JSON request body, when the route has one. */
  requestBody?: OpenApiRequestBody;
  /** One response per declared status, plus the shared 400 on routes that validate input. */
  responses: Record<string, OpenApiResponse | OpenApiReference>;
}

/**
 * The methods of an OpenAPI path item that contracts use.
 *
 * @example
 * ```ts
 * const item: OpenApiPathItem = { get: { operationId: 'listComplaints', responses: {} } };
 * ```
 */
export type OpenApiPathItem = Partial<Record<'get' | 'post' | 'put' | 'patch' | 'delete', OpenApiOperation>>;

/**
 * An OpenAPI 3.1 document, as a plain JSON-ready object.
 *
 * @example
 * ```ts
 * import { careContract } from '@opengov-id/care';
 *
 * const document: OpenApiDocument = toOpenApi(careContract, { title: 'NTB Care API', version: '1.0.0' });
 * ```
 */
export interface OpenApiDocument {
  /** The OpenAPI version. */
  openapi: '3.1.0';
  /** Title, version and description of the API. */
  info: OpenApiDocumentInfo;
  /** Where the API is served. */
  servers?: OpenApiServer[];
  /** The tags used by operations, in order of first use. */
  tags?: OpenApiTag[];
  /** Operations by path template (`/complaints/{id}`). */
  paths: Record<string, OpenApiPathItem>;
  /** Shared schemas and responses. */
  components: OpenApiComponents;
}

/**
 * The `info` object of an {@link OpenApiDocument}.
 *
 * @example
 * ```ts
 * const info: OpenApiDocumentInfo = { title: 'NTB Care API', version: '1.0.0' };
 * ```
 */
export interface OpenApiDocumentInfo {
  /** Title of the API. */
  title: string;
  /** Version of the API. */
  version: string;
  /** Longer description. */
  description?: string;
}

/**
 * A tag of an {@link OpenApiDocument}.
 *
 * @example
 * ```ts
 * const tag: OpenApiTag = { name: 'complaints' };
 * ```
 */
export interface OpenApiTag {
  /** The tag, as routes use it. */
  name: string;
}

/**
 * The `components` of an {@link OpenApiDocument}.
 *
 * @example
 * ```ts
 * import { careContract } from '@opengov-id/care';
 *
 * const components: OpenApiComponents = toOpenApi(careContract, { title: 'NTB Care API', version: '1.0.0' }).components;
 * components.schemas['ValidationError'];
 * ```
 */
export interface OpenApiComponents {
  /** Named schemas: `ValidationError`, schemas with `.meta({ id })`, and recursive ones. */
  schemas: Record<string, JsonSchema>;
  /** Shared responses: `ValidationError` (400). */
  responses: Record<string, OpenApiResponse>;
}

const DEFS = '#/$defs/';
const COMPONENTS = '#/components/schemas/';

/** Rewrites `#/$defs/X` (and `#`, the root) into component references, renaming as decided. */
function rewriteRefs(
  value: unknown,
  names: ReadonlyMap<string, string>,
  rootName: string | undefined,
): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, names, rootName));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === '$ref' && typeof item === 'string' && item.startsWith(DEFS)) {
      const name = item.slice(DEFS.length);
      out[key] = `${COMPONENTS}${names.get(name) ?? name}`;
    } else if (key === '$ref' && item === '#' && rootName !== undefined) {
      out[key] = `${COMPONENTS}${rootName}`;
    } else out[key] = rewriteRefs(item, names, rootName);
  }
  return out;
}

function refersToRoot(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(refersToRoot);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([key, item]) => (key === '$ref' ? item === '#' : refersToRoot(item)));
}

const componentName = (name: string) => name.replace(/[^\w.-]/g, '_');

/** Emits JSON Schemas and hoists their `$defs` (named or recursive schemas) into components. */
class SchemaEmitter {
  readonly components: Record<string, JsonSchema>;

  constructor(reserved: Record<string, JsonSchema>) {
    this.components = { ...reserved };
  }

  /**
   * The component name for a schema: an existing component with the same content (for an
   * anonymous recursive schema, the same content once its self-references carry that name),
   * else `base`, suffixed if taken.
   */
  private claim(base: string, content: (name: string) => unknown, anonymous: boolean): string {
    if (anonymous) {
      for (const [name, existing] of Object.entries(this.components))
        if (JSON.stringify(existing) === JSON.stringify(content(name))) return name;
    }
    let candidate = base;
    for (let n = 2; ; n++) {
      const existing = this.components[candidate];
      if (existing === undefined || JSON.stringify(existing) === JSON.stringify(content(candidate)))
        return candidate;
      candidate = `${base}_${n}`;
    }
  }

  emit(schema: z.ZodType, io: 'input' | 'output', operationId: string, part: string): JsonSchema {
    let generated: JsonSchema;
    try {
      generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io }) as JsonSchema;
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      throw new ContractDefinitionError(
        {
          id: `rute "${operationId}": ${part} tidak dapat dinyatakan dalam JSON Schema (${reason}).`,
          en: `route "${operationId}": ${part} cannot be represented in JSON Schema (${reason}).`,
        },
        { operationId, cause },
      );
    }
    const { $schema: _dialect, $defs, ...root } = generated;
    const defs = Object.entries(($defs ?? {}) as Record<string, JsonSchema>);
    // A recursive root refers to itself as `#`, which in OpenAPI would mean the whole document.
    const selfBase =
      defs.some(([, def]) => refersToRoot(def)) || refersToRoot(root)
        ? componentName(`${operationId}_${part}`)
        : undefined;
    if (defs.length === 0 && selfBase === undefined) return root;

    const names = new Map<string, string>();
    for (const [name, def] of defs) {
      const anonymous = name.startsWith('__schema');
      const base = componentName(anonymous ? `${operationId}_${part}` : name);
      const content = (candidate: string) => rewriteRefs(def, new Map([[name, candidate]]), selfBase);
      names.set(name, this.claim(base, content, anonymous));
    }
    const rootName =
      selfBase === undefined
        ? undefined
        : this.claim(selfBase, (candidate) => rewriteRefs(root, names, candidate), true);
    for (const [name, def] of defs)
      this.components[names.get(name)!] = rewriteRefs(def, names, rootName) as JsonSchema;
    const emitted = rewriteRefs(root, names, rootName) as JsonSchema;
    if (rootName === undefined) return emitted;
    this.components[rootName] = emitted;
    return { $ref: `${COMPONENTS}${rootName}` };
  }
}

function parameters(
  emitter: SchemaEmitter,
  compiled: CompiledRoute,
  location: 'path' | 'query' | 'header',
): OpenApiParameter[] {
  const part = location === 'path' ? 'params' : location === 'header' ? 'headers' : 'query';
  const object = compiled.route[part];
  if (!object) return [];
  // zod decides optionality subtly (defaults, transforms, catch): read it from its own emitter.
  const required =
    z.toJSONSchema(z.object(object.shape), { io: 'input', unrepresentable: 'any' }).required ?? [];
  return Object.entries(object.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const schema = emitter.emit(field, 'input', compiled.operationId, `${part}.${name}`);
    const parameter: OpenApiParameter = {
      name,
      in: location,
      // OpenAPI requires path parameters to be required; the others follow their schema.
      required: location === 'path' || required.includes(name),
      schema,
    };
    if (typeof schema['description'] === 'string') parameter.description = schema['description'];
    return parameter;
  });
}

function response(status: number, schema: JsonSchema | undefined): OpenApiResponse {
  const description =
    typeof schema?.['description'] === 'string' ? schema['description'] : reasonPhrase(status);
  return schema ? { description, content: { 'application/json': { schema } } } : { description };
}

function operation(
  emitter: SchemaEmitter,
  compiled: CompiledRoute,
  responseIo: 'input' | 'output',
): OpenApiOperation {
  const { route, operationId } = compiled;
  const op: Omit<OpenApiOperation, 'responses'> = { operationId };
  const responses: OpenApiOperation['responses'] = {};
  if (route.summary !== undefined) op.summary = route.summary;
  if (route.description !== undefined) op.description = route.description;
  if (route.tags !== undefined) op.tags = [...route.tags];

  const params = [
    ...parameters(emitter, compiled, 'path'),
    ...parameters(emitter, compiled, 'query'),
    ...parameters(emitter, compiled, 'header'),
  ];
  if (
    compiled.idempotent &&
    !params.some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key')
  ) {
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Unique key of this submission (the SDK sends a UUID). A retry with the same key must return the first result instead of creating a second record.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
  }
  if (params.length > 0) op.parameters = params;

  if (route.body) {
    const schema = emitter.emit(route.body, 'input', operationId, 'body');
    op.requestBody = {
      required: !route.body.safeParse(undefined).success,
      content: { 'application/json': { schema } },
    };
    if (typeof schema['description'] === 'string') op.requestBody.description = schema['description'];
  }

  for (const { status, schema } of compiled.successes) {
    responses[String(status)] = response(
      status,
      schema && emitter.emit(schema, responseIo, operationId, `responses.${status}`),
    );
  }
  const validates = route.params || route.query || route.headers || route.body;
  if (validates && !compiled.errors.has(400))
    responses['400'] = { $ref: '#/components/responses/ValidationError' };
  for (const [status, schema] of [...compiled.errors].sort((a, b) => a[0] - b[0])) {
    responses[String(status)] = response(
      status,
      emitter.emit(schema, responseIo, operationId, `errors.${status}`),
    );
  }
  return { ...op, responses };
}

/**
 * Emits the OpenAPI 3.1 document of a contract, for regencies that implement the API in
 * another language. Schemas come from zod 4's `z.toJSONSchema` (draft 2020-12): request parts
 * as their input, responses as `options.responseIo`. Each route becomes an operation whose
 * `operationId` is its key, with path (`{id}`), query and header parameters, the JSON request
 * body, one response per declared status, and a shared `ValidationError` 400 response on
 * every route that validates input. Named schemas (`.meta({ id })`) and recursive ones become
 * `components.schemas`.
 *
 * @throws {@link ContractDefinitionError} when a schema cannot be represented in JSON Schema
 * (e.g. `z.date()` in a request, which JSON cannot carry).
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { careContract } from '@opengov-id/care';
 *
 * const document = toOpenApi(careContract, {
 *   title: 'NTB Care API',
 *   version: '1.0.0',
 *   servers: ['https://care.ntbprov.go.id/api/v1'],
 * });
 * await writeFile('openapi.json', JSON.stringify(document, null, 2));
 * ```
 */
export function toOpenApi(
  contract: Contract,
  info: OpenApiInfo,
  options: ToOpenApiOptions = {},
): OpenApiDocument {
  const responseIo = options.responseIo ?? 'input';
  const validationError = z.toJSONSchema(ValidationErrorBody, {
    target: 'draft-2020-12',
    io: 'output',
  }) as JsonSchema;
  delete validationError['$schema'];
  // Reserved first, so a user schema that is also named ValidationError gets another name.
  const emitter = new SchemaEmitter({ ValidationError: validationError });
  const paths: Record<string, OpenApiPathItem> = {};
  const tags: string[] = [];
  for (const compiled of compileContract(contract).values()) {
    const key = openApiPath(compiled.segments);
    const item = paths[key] ?? {};
    item[compiled.route.method.toLowerCase() as keyof OpenApiPathItem] = operation(
      emitter,
      compiled,
      responseIo,
    );
    paths[key] = item;
    for (const tag of compiled.route.tags ?? []) if (!tags.includes(tag)) tags.push(tag);
  }

  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: { title: info.title, version: info.version },
    paths,
    components: {
      schemas: emitter.components,
      responses: {
        ValidationError: {
          description:
            'The request failed the contract schemas. `issues` names each field (`body.title`, `query.page`) with a message in Indonesian (`id`) and English (`en`).',
          content: { 'application/json': { schema: { $ref: `${COMPONENTS}ValidationError` } } },
        },
      },
    },
  };
  if (info.description !== undefined) document.info.description = info.description;
  if (info.servers !== undefined)
    document.servers = info.servers.map((server) =>
      typeof server === 'string' ? { url: server } : { ...server },
    );
  if (tags.length > 0) document.tags = tags.map((name) => ({ name }));
  return document;
}
