import * as z from 'zod';

type Check = (value: unknown) => boolean;

/**
 * Compiles a zod schema into a plain predicate for the subset CKAN schemas use (objects, arrays,
 * strings with regex, numbers, booleans, literals, unions, optional, nullable, unknown), or
 * `undefined` when the schema uses anything else.
 */
function compile(schema: z.core.$ZodType): Check | undefined {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional': {
      const inner = compile(def['innerType'] as z.core.$ZodType);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'nullable': {
      const inner = compile(def['innerType'] as z.core.$ZodType);
      return inner && ((v) => v === null || inner(v));
    }
    case 'string': {
      const checks = (def['checks'] as z.core.$ZodCheck[] | undefined) ?? [];
      const patterns: RegExp[] = [];
      for (const c of checks) {
        const cd = c._zod.def as unknown as Record<string, unknown>;
        if (cd['check'] === 'string_format' && cd['format'] === 'regex' && cd['pattern'] instanceof RegExp) {
          patterns.push(cd['pattern']);
        } else return undefined;
      }
      if (patterns.length === 0) return (v) => typeof v === 'string';
      if (patterns.some((p) => p.global || p.sticky)) return undefined; // stateful lastIndex
      if (patterns.length === 1) {
        const p = patterns[0] as RegExp;
        return (v) => typeof v === 'string' && p.test(v);
      }
      return (v) => typeof v === 'string' && patterns.every((p) => p.test(v));
    }
    case 'number':
      return (def['checks'] as unknown[] | undefined)?.length
        ? undefined
        : (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'unknown':
    case 'any':
      return () => true;
    case 'literal': {
      const values = def['values'] as unknown[];
      return (v) => values.includes(v);
    }
    case 'union': {
      const options = (def['options'] as z.core.$ZodType[]).map(compile);
      if (options.some((o) => o === undefined)) return undefined;
      const checks = options as Check[];
      return (v) => checks.some((c) => c(v));
    }
    case 'array': {
      if ((def['checks'] as unknown[] | undefined)?.length) return undefined;
      const inner = compile(def['element'] as z.core.$ZodType);
      return (
        inner &&
        ((v) => {
          if (!Array.isArray(v)) return false;
          for (let i = 0; i < v.length; i++) if (!inner(v[i])) return false;
          return true;
        })
      );
    }
    case 'object': {
      const shape = def['shape'] as Record<string, z.core.$ZodType>;
      const catchall = def['catchall'] as z.core.$ZodType | undefined;
      // Only loose objects (catchall unknown): their output equals the input, key for key.
      if (!catchall || (catchall._zod.def as { type: string }).type !== 'unknown') return undefined;
      const keys = Object.keys(shape);
      const checks: Check[] = [];
      for (const k of keys) {
        const c = compile(shape[k] as z.core.$ZodType);
        if (!c) return undefined;
        checks.push(c);
      }
      const n = keys.length;
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        for (let i = 0; i < n; i++) if (!(checks[i] as Check)(o[keys[i] as string])) return false;
        return true;
      };
    }
    default:
      return undefined;
  }
}

/**
 * Wraps a detailed, loose zod schema in one that validates large responses quickly: a compiled
 * predicate accepts valid input as it is (loose objects output their input unchanged, so no copy
 * is needed); only when it fails does the detailed schema run, to report each issue with its
 * path. Same accepted inputs, same output, same issues.
 */
export function fastSchema<T extends z.ZodType>(detailed: T): z.ZodType<z.output<T>, z.input<T>> {
  const check = compile(detailed);
  if (!check) return detailed as unknown as z.ZodType<z.output<T>, z.input<T>>;
  return z.unknown().superRefine((value, ctx) => {
    if (check(value)) return;
    const result = detailed.safeParse(value);
    if (result.success) return;
    for (const issue of result.error.issues) ctx.addIssue(issue as never);
  }) as unknown as z.ZodType<z.output<T>, z.input<T>>;
}
