// Turning zod issues into bilingual ValidationIssues: its own module, so code that only throws a
// ValidationError (NIK, region, calendar checks) does not carry the message tables for zod's issues.
import type * as z from 'zod';
import { redactText } from '../privacy/redact.js';
import type { LocalizedMessage } from './errors.js';
import { ValidationError, type ValidationErrorOptions, type ValidationIssue } from './validation.js';

/** Formats a zod path the way a developer would write it: `a.b[0].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const TYPE_ID: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'boolean',
  object: 'objek',
  array: 'daftar',
  date: 'tanggal',
  bigint: 'bilangan besar',
  undefined: 'kosong',
  null: 'null',
};

function sizeUnit(origin: string, count: number | bigint): { id: string; en: string } {
  const one = Number(count) === 1;
  switch (origin) {
    case 'string':
      return { id: 'karakter', en: one ? 'character' : 'characters' };
    case 'array':
    case 'set':
      return { id: 'item', en: one ? 'item' : 'items' };
    case 'file':
      return { id: 'byte', en: one ? 'byte' : 'bytes' };
    default:
      return { id: '', en: '' };
  }
}

// zod 4 keeps the input out of issues unless asked (good: no personal data), so whether the
// field was missing is read from zod's own message, which names the received type.
function isMissing(issue: { input?: unknown; message: string }): boolean {
  if ('input' in issue) return issue.input === undefined;
  return /received undefined\b/.test(issue.message);
}

type AnyIssue = z.core.$ZodIssue;

/**
 * Turns one zod issue into a message in Indonesian and English that names the field.
 * The input value itself never appears, so personal data cannot leak through it.
 *
 * @example
 * ```ts
 * const result = z.object({ title: z.string() }).safeParse({});
 * if (!result.success) result.error.issues.map(describeIssue);
 * ```
 */
export function describeIssue(issue: AnyIssue): ValidationIssue {
  const field = formatPath(issue.path);
  const f = `\`${field}\``;
  let message: LocalizedMessage;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = String(issue.expected);
      message = isMissing(issue)
        ? { id: `Kolom ${f} wajib diisi.`, en: `Field ${f} is required.` }
        : {
            id: `Kolom ${f} harus berupa ${TYPE_ID[expected] ?? expected}.`,
            en: `Field ${f} must be of type ${expected}.`,
          };
      break;
    }
    case 'too_small': {
      const unit = sizeUnit(issue.origin, issue.minimum);
      const min = String(issue.minimum);
      const strictId = issue.inclusive === false ? 'lebih dari' : 'paling sedikit';
      const strictEn = issue.inclusive === false ? 'greater than' : 'at least';
      message = {
        id: `Kolom ${f} harus ${strictId} ${min}${unit.id ? ` ${unit.id}` : ''}.`,
        en: `Field ${f} must be ${strictEn} ${min}${unit.en ? ` ${unit.en}` : ''}.`,
      };
      break;
    }
    case 'too_big': {
      const unit = sizeUnit(issue.origin, issue.maximum);
      const max = String(issue.maximum);
      const strictId = issue.inclusive === false ? 'kurang dari' : 'paling banyak';
      const strictEn = issue.inclusive === false ? 'less than' : 'at most';
      message = {
        id: `Kolom ${f} harus ${strictId} ${max}${unit.id ? ` ${unit.id}` : ''}.`,
        en: `Field ${f} must be ${strictEn} ${max}${unit.en ? ` ${unit.en}` : ''}.`,
      };
      break;
    }
    case 'invalid_format':
      message = {
        id: `Format kolom ${f} tidak valid (${issue.format}).`,
        en: `Field ${f} has an invalid format (${issue.format}).`,
      };
      break;
    case 'not_multiple_of':
      message = {
        id: `Kolom ${f} harus kelipatan ${String(issue.divisor)}.`,
        en: `Field ${f} must be a multiple of ${String(issue.divisor)}.`,
      };
      break;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `\`${k}\``).join(', ');
      message = {
        id: `Kolom ${f} berisi kunci yang tidak dikenal: ${keys}.`,
        en: `Field ${f} has unrecognized keys: ${keys}.`,
      };
      break;
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      message = {
        id: `Kolom ${f} harus salah satu dari: ${options}.`,
        en: `Field ${f} must be one of: ${options}.`,
      };
      break;
    }
    case 'invalid_union':
      message = {
        id: `Kolom ${f} tidak cocok dengan bentuk yang diizinkan.`,
        en: `Field ${f} does not match any allowed shape.`,
      };
      break;
    case 'invalid_key':
      message = { id: `Kunci pada kolom ${f} tidak valid.`, en: `Field ${f} has an invalid key.` };
      break;
    case 'invalid_element':
      message = { id: `Elemen pada kolom ${f} tidak valid.`, en: `Field ${f} has an invalid element.` };
      break;
    default: {
      // Custom refinements may carry their own Indonesian text in `params.id`.
      const params = (issue as { params?: Record<string, unknown> }).params;
      const idText = typeof params?.['id'] === 'string' ? params['id'] : undefined;
      message = {
        id: `Kolom ${f}: ${idText ?? issue.message}`,
        en: `Field ${f}: ${issue.message}`,
      };
    }
  }
  return {
    field,
    path: issue.path,
    code: issue.code,
    message: { id: redactText(message.id), en: redactText(message.en) },
  };
}

/**
 * Builds a {@link ValidationError} from a zod error, one bilingual {@link ValidationIssue} per zod issue.
 *
 * @example
 * ```ts
 * const result = z.object({ title: z.string() }).safeParse({});
 * if (!result.success) throw validationErrorFromZod(result.error, { subject: 'Report' });
 * ```
 */
export function validationErrorFromZod(
  error: z.ZodError,
  options: ValidationErrorOptions = {},
): ValidationError {
  return new ValidationError(error.issues.map(describeIssue), options);
}

/**
 * Parses `input` with `schema`, throwing a {@link ValidationError} with bilingual messages.
 *
 * @example
 * ```ts
 * const Report = z.object({ title: z.string().min(1) });
 * const report = parseWith(Report, JSON.parse('{"title":"Lampu jalan padam"}'), 'Report'); // { title: 'Lampu jalan padam' }
 * ```
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, subject?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw validationErrorFromZod(result.error, subject === undefined ? {} : { subject });
}
