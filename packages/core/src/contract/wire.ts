import type * as z from 'zod';
import { ValidationError, type ValidationIssue } from '../errors/validation.js';
import { describeIssue } from '../errors/zod.js';
import type { CompiledRoute } from './define.js';

/** The request parts a route may validate, in the order their issues are reported. */
export const PARTS = ['params', 'query', 'headers', 'body'] as const;
/** One request part. */
export type Part = (typeof PARTS)[number];

/** The result of validating a request part: the parsed value and the value to put on the wire. */
export interface Checked {
  readonly output: unknown;
  readonly wire: unknown;
}

/**
 * Validates each present part of a request against its schema. Issues are prefixed with the
 * part's name (`body.title`, `query.page`) and gathered into one bilingual ValidationError.
 */
export function checkRequest(
  compiled: CompiledRoute,
  parts: Partial<Record<Part, unknown>>,
): Partial<Record<Part, Checked>> {
  const issues: ValidationIssue[] = [];
  const checked: Partial<Record<Part, Checked>> = {};
  for (const part of PARTS) {
    const schema = compiled.route[part];
    if (schema === undefined) continue;
    // An omitted params, query or headers object is an empty one, so all-optional parts may be left out.
    const input = part !== 'body' && parts[part] === undefined ? {} : parts[part];
    const result = schema.safeParse(input);
    if (result.success) checked[part] = { output: result.data, wire: toWire(schema, input, result.data) };
    else issues.push(...prefixIssues(part, result.error));
  }
  if (issues.length > 0) throw new ValidationError(issues, { subject: compiled.operationId });
  return checked;
}

/** Describes the issues of a zod error with `prefix` in front of each path. */
export function prefixIssues(prefix: string, error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => describeIssue({ ...issue, path: [prefix, ...issue.path] }));
}

/**
 * What to send for a value that passed `schema`: the parsed output when it is itself valid
 * input (so unknown keys are stripped and defaults filled, and stray personal data never
 * leaves), otherwise the caller's input (the output of a transform is not wire form).
 */
export function toWire(schema: z.ZodType, input: unknown, output: unknown): unknown {
  if (output === input) return input;
  return schema.safeParse(output).success ? output : input;
}

type Def = {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly element?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly values?: readonly unknown[];
  readonly entries?: Readonly<Record<string, unknown>>;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

/** Strips wrappers (optional, default, ...) and the input side of pipes. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 32; depth++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

/**
 * Turns one string from a URL or a header into the type the schema expects, so that a query
 * schema written with `z.number()` or `z.boolean()` also accepts `?page=2&open=true`. A string
 * that does not convert is left as it is, and the schema reports it.
 */
function decodeScalar(schema: z.ZodType, text: string): unknown {
  const base = unwrap(schema);
  const def = defOf(base);
  switch (def.type) {
    case 'number':
      return text.trim() === '' ? text : Number(text);
    case 'bigint':
      try {
        return BigInt(text);
      } catch {
        return text;
      }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    case 'null':
      return text === 'null' ? null : text;
    case 'literal':
      return def.values?.find((value) => String(value) === text) ?? text;
    case 'enum':
      return Object.values(def.entries ?? {}).find((value) => String(value) === text) ?? text;
    case 'union':
      for (const option of def.options ?? []) {
        const decoded = decodeScalar(option, text);
        if (option.safeParse(decoded).success) return decoded;
      }
      return text;
    default:
      return text;
  }
}

function isArraySchema(schema: z.ZodType): boolean {
  return defOf(unwrap(schema)).type === 'array';
}

/** Reads the keys of an object schema from repeated string values (a query string, msw params). */
export function decodeStrings(
  schema: z.ZodObject,
  read: (key: string) => readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const values = read(key);
    if (isArraySchema(field)) {
      const element = defOf(unwrap(field)).element;
      if (values.length > 0) out[key] = values.map((v) => (element ? decodeScalar(element, v) : v));
    } else if (values.length === 1) out[key] = decodeScalar(field, values[0]!);
    // Several values for a scalar: hand the schema the list, so it reports the field.
    else if (values.length > 1) out[key] = [...values];
  }
  return out;
}
