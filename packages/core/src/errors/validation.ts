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
 * const Report = z.object({ title: z.string().min(1) });
 * try {
 *   parseWith(Report, { title: '' }, 'Report');
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
 * declare const error: unknown; // caught from an SDK call
 * if (error instanceof ResponseShapeError) console.error(`API drift at ${error.url}: ${error.issues[0]?.field}`);
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
