import { type OpenApiDocument, type OpenApiPathItem, toOpenApi } from '@opengov-id/core';
import type { ServerModule } from './module.js';

const SCHEMAS = '#/components/schemas/';
const RESPONSES = '#/components/responses/';

/** Rewrites `$ref`s to renamed components, everywhere in a JSON value. */
function renameRefs(value: unknown, schemas: Map<string, string>, responses: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => renameRefs(v, schemas, responses));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$ref' && typeof v === 'string') {
      const [prefix, names] = v.startsWith(SCHEMAS) ? [SCHEMAS, schemas] : [RESPONSES, responses];
      const name = v.slice(prefix.length);
      out[key] = v.startsWith(prefix) && names.has(name) ? `${prefix}${names.get(name)}` : v;
    } else out[key] = renameRefs(v, schemas, responses);
  }
  return out;
}

const SCHEME = 'apiToken';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One OpenAPI 3.1 document for every mounted module: each contract's document from core's
 * `toOpenApi`, its paths under the module's base path, its components merged (a name two
 * modules use for different schemas is prefixed with the module's name), and an operation id
 * two modules share prefixed the same way.
 */
export function mergedOpenApi(
  modules: readonly ServerModule[],
  info: { title: string; version: string; description?: string },
): OpenApiDocument {
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: { ...info },
    paths: {},
    components: { schemas: {}, responses: {} },
  };
  const tags: string[] = [];
  const operationIds = new Set<string>();
  for (const module of modules) {
    const part = toOpenApi(module.contract, { title: module.name, version: info.version });
    const schemaNames = new Map<string, string>();
    const responseNames = new Map<string, string>();
    for (const [name, schema] of Object.entries(part.components.schemas)) {
      const existing = document.components.schemas[name];
      if (existing !== undefined && !same(existing, schema)) schemaNames.set(name, `${module.name}_${name}`);
    }
    for (const [name, response] of Object.entries(part.components.responses)) {
      const existing = document.components.responses[name];
      if (existing !== undefined && !same(existing, response))
        responseNames.set(name, `${module.name}_${name}`);
    }
    const renamed = renameRefs(part, schemaNames, responseNames) as OpenApiDocument;
    for (const [name, schema] of Object.entries(renamed.components.schemas))
      document.components.schemas[schemaNames.get(name) ?? name] = schema;
    for (const [name, response] of Object.entries(renamed.components.responses))
      document.components.responses[responseNames.get(name) ?? name] = response;
    const base = module.basePath.replace(/\/+$/, '');
    for (const [path, item] of Object.entries(renamed.paths)) {
      const key = path === '/' ? base || '/' : `${base}${path}`;
      const merged: OpenApiPathItem = { ...document.paths[key] };
      for (const [method, operation] of Object.entries(item) as Array<
        [keyof OpenApiPathItem, NonNullable<OpenApiPathItem['get']>]
      >) {
        const operationId = operationIds.has(operation.operationId)
          ? `${module.name}_${operation.operationId}`
          : operation.operationId;
        operationIds.add(operationId);
        const roles = (module.access as Record<string, readonly string[]>)[operation.operationId] ?? [];
        // Who may call it: `{}` (no token) only when public callers may; `x-roles` names the roles.
        merged[method] = {
          ...operation,
          operationId,
          security: roles.includes('public') ? [{}, { [SCHEME]: [] }] : [{ [SCHEME]: [] }],
          'x-roles': [...roles],
        } as typeof operation;
      }
      document.paths[key] = merged;
    }
    for (const tag of renamed.tags ?? []) if (!tags.includes(tag.name)) tags.push(tag.name);
  }
  if (tags.length > 0) document.tags = tags.map((name) => ({ name }));
  (document.components as unknown as Record<string, unknown>)['securitySchemes'] = {
    [SCHEME]: {
      type: 'http',
      scheme: 'bearer',
      description:
        'An API token (Authorization: Bearer ogp_…) carrying one role: reporter, officer (of one OPD), walidata or admin. A route answers 401 without one and 403 for a role outside its x-roles.',
    },
  };
  return document;
}
