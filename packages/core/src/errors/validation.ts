import type * as z from 'zod';
import { redactText } from '../privacy/redact.js';
import { type LocalizedMessage, OpenGovError, type OpenGovErrorOptions } from './errors.js';

/** One problem found in an input, with the field it concerns and a message in both languages. */
export interface ValidationIssue {
  /** Dotted path of the field (`reporter.phone`, `items[2].weightKg`); `(root)` for the whole value. */
  readonly field: string;
  /** The raw path, as zod reports it. */
  readonly path: ReadonlyArray<PropertyKey>;
  /** The zod issue code (`invalid_type`, `too_small`, `invalid_format`, `custom`, ...). */
  readonly code: string;
  /** What is wrong, in Indonesian and English, naming the field. Never contains the input value. */
  readonly message: LocalizedMessage;
}

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
 * const result = schema.safeParse(input);
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

function summarize(issues: readonly ValidationIssue[], subject: string | undefined): LocalizedMessage {
  const head = subject ? `${subject}: ` : '';
  const first = issues[0];
  if (!first) return { id: `${head}data tidak valid.`, en: `${head}invalid data.` };
  const more = issues.length - 1;
  return {
    id: `${head}${first.message.id}${more > 0 ? ` (dan ${more} masalah lain)` : ''}`,
    en: `${head}${first.message.en}${more > 0 ? ` (and ${more} more issue${more > 1 ? 's' : ''})` : ''}`,
  };
}

/** Options for {@link ValidationError}. */
export interface ValidationErrorOptions extends OpenGovErrorOptions {
  /** What was being validated, for the message (`"Report"`, `"request body"`). */
  subject?: string;
}

/**
 * An input failed validation. Carries one {@link ValidationIssue} per problem, each with a
 * message in Indonesian and English that names the field, and never the value.
 *
 * @example
 * ```ts
 * try {
 *   parseWith(Report, input, 'Report');
 * } catch (error) {
 *   if (error instanceof ValidationError) for (const issue of error.issues) console.log(issue.message.id);
 * }
 * ```
 */
export class ValidationError extends OpenGovError {
  override readonly name: string = 'ValidationError';
  /** Every problem found, in order. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[], options: ValidationErrorOptions = {}) {
    const messages = options.messages ?? summarize(issues, options.subject);
    super(messages.en, { code: 'validation_error', ...options, messages });
    this.issues = issues;
  }

  /**
   * Builds a ValidationError from a zod error.
   *
   * @example
   * ```ts
   * const result = Schema.safeParse(input);
   * if (!result.success) throw ValidationError.fromZod(result.error, { subject: 'Report' });
   * ```
   */
  static fromZod(error: z.ZodError, options: ValidationErrorOptions = {}): ValidationError {
    return new ValidationError(error.issues.map(describeIssue), options);
  }

  /**
   * A ValidationError with a single issue on one field, for checks done outside zod.
   *
   * @example
   * ```ts
   * throw ValidationError.single('nik', { id: 'NIK harus 16 digit.', en: 'NIK must have 16 digits.' }, 'invalid_nik');
   * ```
   */
  static single(
    field: string,
    message: LocalizedMessage,
    code: string = 'custom',
    options: ValidationErrorOptions = {},
  ): ValidationError {
    const issue: ValidationIssue = {
      field,
      path: field === '(root)' ? [] : field.split('.'),
      code,
      message: { id: redactText(message.id), en: redactText(message.en) },
    };
    return new ValidationError([issue], { code, ...options });
  }

  protected override details(): Record<string, unknown> {
    return { issues: this.issues.map(({ field, code, message }) => ({ field, code, message })) };
  }
}

/**
 * The server answered, but with a body our schema rejects: the API has drifted, or the
 * endpoint is not what we think. Kept apart from {@link ValidationError} (bad input of ours).
 *
 * @example
 * ```ts
 * if (error instanceof ResponseShapeError) report(`API drift at ${error.url}: ${error.issues[0]?.field}`);
 * ```
 */
export class ResponseShapeError extends OpenGovError {
  override readonly name: string = 'ResponseShapeError';
  /** What did not match, field by field (empty when the body was not even JSON). */
  readonly issues: readonly ValidationIssue[];
  /** HTTP status of the response. */
  readonly status: number | undefined;
  /** Request URL, redacted. */
  readonly url: string | undefined;
  /** The server's request id, when it sent one. */
  readonly requestId: string | undefined;

  constructor(
    message: string,
    init: OpenGovErrorOptions & {
      issues?: readonly ValidationIssue[];
      status?: number;
      url?: string;
      requestId?: string | undefined;
    } = {},
  ) {
    super(message, { code: 'response_shape', ...init });
    this.issues = init.issues ?? [];
    this.status = init.status;
    this.url = init.url === undefined ? undefined : redactText(init.url);
    this.requestId = init.requestId;
  }

  protected override details(): Record<string, unknown> {
    return {
      status: this.status,
      url: this.url,
      requestId: this.requestId,
      issues: this.issues.map(({ field, code, message }) => ({ field, code, message })),
    };
  }
}

/**
 * Parses `input` with `schema`, throwing a {@link ValidationError} with bilingual messages.
 *
 * @example
 * ```ts
 * const report = parseWith(Report, untrustedJson, 'Report');
 * ```
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, subject?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw ValidationError.fromZod(result.error, subject === undefined ? {} : { subject });
}
