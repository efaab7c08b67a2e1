import {
  describeIssue,
  HttpError,
  isOpenGovError,
  type LocalizedMessage,
  RateLimitError,
  ResponseShapeError,
  redactText,
} from '@opengov-id/core';
import type * as z from 'zod';
import {
  CkanActionError,
  CkanAuthorizationError,
  CkanBadRequestError,
  type CkanErrorInit,
  CkanNotFoundError,
  CkanSearchError,
  CkanValidationError,
  ckanErrorMessages,
} from './errors.js';
import { ckanEnvelope } from './schemas.js';

/**
 * Where a CKAN answer came from, for error messages and fields.
 *
 * @example
 * ```ts
 * new CkanHtmlResponseError({ action: 'status_show', url: 'https://data.ntbprov.go.id/api/3/action/status_show', method: 'GET', status: 200, requestId: undefined });
 * ```
 */
export interface CkanAnswerContext {
  action: string;
  /** Origin and path, no query. */
  url: string;
  method: string;
  status: number;
  requestId: string | undefined;
}

const HTML = /^\s*(?:<!doctype|<html|<head|<body|<\?xml|<)/i;

/**
 * The server sent an HTML page (a portal's front end, a login or proxy page, a Cloudflare
 * challenge) where CKAN JSON was expected: the URL is not a CKAN API, or something stands in
 * front of it. A {@link @opengov-id/core!index.ResponseShapeError}.
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id' });
 * await ckan.statusShow().catch((e: unknown) => {
 *   if (e instanceof CkanHtmlResponseError) console.log('no CKAN API here, HTTP', e.status);
 * });
 * ```
 */
export class CkanHtmlResponseError extends ResponseShapeError {
  override readonly name: string = 'CkanHtmlResponseError';
  /** The action that was called. */
  readonly action: string;
  constructor(context: CkanAnswerContext) {
    const where = `${context.method} ${context.url} (HTTP ${context.status})`;
    const messages: LocalizedMessage = {
      id: `Server mengirim halaman HTML, bukan JSON CKAN: ${where}`,
      en: `The server sent an HTML page instead of CKAN JSON: ${where}`,
    };
    super(messages.en, {
      code: 'ckan_html_response',
      messages,
      status: context.status,
      url: context.url,
      requestId: context.requestId,
    });
    this.action = context.action;
  }
  protected override details(): Record<string, unknown> {
    return { ...super.details(), action: this.action };
  }
}

function shapeError(
  context: CkanAnswerContext,
  issues: ReturnType<typeof describeIssue>[],
  what: LocalizedMessage,
) {
  return new ResponseShapeError(what.en, {
    messages: what,
    issues,
    status: context.status,
    url: context.url,
    requestId: context.requestId,
  });
}

/** Flattens CKAN's validation error dict into field → messages (nested resources included). */
export function flattenFieldErrors(error: Record<string, unknown>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (path: string, text: string): void => {
    const list = out[path] ?? [];
    list.push(redactText(text));
    out[path] = list;
  };
  const walk = (value: unknown, path: string, depth: number): void => {
    if (depth > 6) return;
    if (typeof value === 'string') add(path, value);
    else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        if (typeof item === 'string') add(path, item);
        else if (item !== null && typeof item === 'object' && Object.keys(item).length > 0) {
          walk(item, `${path}[${index}]`, depth + 1);
        }
      });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key, depth + 1);
    } else if (value !== undefined && value !== null) add(path, String(value));
  };
  for (const [key, value] of Object.entries(error)) if (key !== '__type') walk(value, key, 0);
  return out;
}

/** Turns a CKAN error object (from an envelope) into the matching typed error. */
export function envelopeError(
  error: Record<string, unknown>,
  context: CkanAnswerContext,
  body: unknown,
): HttpError {
  const ckanType = typeof error['__type'] === 'string' ? error['__type'] : undefined;
  const rawMessage = error['message'];
  const ckanMessage = typeof rawMessage === 'string' ? redactText(rawMessage) : undefined;
  const base: CkanErrorInit = {
    action: context.action,
    ckanType,
    ckanMessage,
    status: context.status,
    method: context.method,
    url: context.url,
    requestId: context.requestId,
    body,
  };
  const suffix = ckanMessage ? `: ${ckanMessage}` : '';
  const type = (ckanType ?? '').toLowerCase();
  if (type === 'not found error' || (!ckanType && context.status === 404)) {
    const messages = ckanErrorMessages('not_found', context.action, context.status, suffix);
    return new CkanNotFoundError(messages.en, { ...base, messages });
  }
  if (type === 'authorization error' || (!ckanType && context.status === 403)) {
    const messages = ckanErrorMessages('authorization', context.action, context.status, suffix);
    return new CkanAuthorizationError(messages.en, { ...base, messages });
  }
  if (type === 'validation error') {
    const fieldErrors = flattenFieldErrors(error);
    const fields = Object.keys(fieldErrors);
    const list = fields.length > 0 ? `: ${fields.map((f) => `\`${f}\``).join(', ')}` : '';
    const messages = ckanErrorMessages('validation', context.action, context.status, list);
    return new CkanValidationError(messages.en, { ...base, messages, fieldErrors });
  }
  if (type === 'search query error' || type === 'search error') {
    const messages = ckanErrorMessages('search', context.action, context.status, suffix);
    return new CkanSearchError(messages.en, { ...base, messages });
  }
  const messages = ckanErrorMessages('other', context.action, context.status, suffix);
  return new CkanActionError(messages.en, { ...base, messages });
}

/** CKAN's answer to an unknown action or a malformed request: a bare JSON string. */
function bareStringError(text: string, context: CkanAnswerContext): CkanBadRequestError {
  const actionUnknown = /action name not known/i.test(text);
  const detail = redactText(text.length > 300 ? `${text.slice(0, 300)}…` : text);
  const kind = actionUnknown ? 'action_unknown' : 'bad_request';
  const messages = ckanErrorMessages(kind, context.action, context.status, `: ${detail}`);
  return new CkanBadRequestError(messages.en, {
    action: context.action,
    ckanMessage: detail,
    status: context.status,
    method: context.method,
    url: context.url,
    requestId: context.requestId,
    body: text,
    messages,
    actionUnknown,
  });
}

/**
 * Maps an error thrown by core's HTTP client for a CKAN action to a CKAN error when the body
 * says more than the status does; anything else (network, timeout, abort, rate limit) is
 * returned unchanged.
 */
export function mapHttpError(error: unknown, action: string, url: string): unknown {
  if (!(error instanceof HttpError) || error instanceof RateLimitError) return error;
  const context: CkanAnswerContext = {
    action,
    url,
    method: error.method ?? 'GET',
    status: error.status,
    requestId: error.requestId,
  };
  const body = error.body;
  if (typeof body === 'string') {
    if (HTML.test(body)) return new CkanHtmlResponseError(context);
    if (error.status >= 400 && error.status < 500 && error.status !== 404 && error.status !== 403) {
      return bareStringError(body, context);
    }
    return error;
  }
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    const inner = record['error'];
    if (record['success'] === false && inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
      return envelopeError(inner as Record<string, unknown>, context, body);
    }
  }
  return error;
}

const envelopes = new WeakMap<z.ZodType, ReturnType<typeof ckanEnvelope>>();

/**
 * Parses the text of a CKAN answer with status < 400: HTML is a {@link CkanHtmlResponseError},
 * text that is not JSON or does not fit the envelope is a ResponseShapeError, an envelope
 * with `success: false` (old sites answer errors with 200) is the matching CKAN error.
 */
export function parseAnswer<S extends z.ZodType>(
  text: string,
  schema: S,
  context: CkanAnswerContext,
): z.output<S> {
  if (HTML.test(text)) throw new CkanHtmlResponseError(context);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // No cause: the SyntaxError quotes the body.
    throw shapeError(context, [], {
      id: `Jawaban CKAN ${context.action} bukan JSON yang valid: ${context.url}`,
      en: `The answer to CKAN ${context.action} is not valid JSON: ${context.url}`,
    });
  }
  return parseEnvelope(json, schema, context);
}

/** Validates an already parsed CKAN answer against the envelope of `schema`. */
export function parseEnvelope<S extends z.ZodType>(
  json: unknown,
  schema: S,
  context: CkanAnswerContext,
): z.output<S> {
  let envelope = envelopes.get(schema);
  if (!envelope) {
    envelope = ckanEnvelope(schema);
    envelopes.set(schema, envelope);
  }
  if (typeof json === 'string') throw bareStringError(json, context);
  let result: ReturnType<typeof envelope.safeParse>;
  try {
    result = envelope.safeParse(json);
  } catch (error) {
    if (isOpenGovError(error)) throw error;
    throw shapeError(context, [], {
      id: `Skema gagal membaca jawaban CKAN ${context.action}.`,
      en: `The schema failed while reading the answer to CKAN ${context.action}.`,
    });
  }
  if (!result.success) {
    const issues = result.error.issues.map(describeIssue);
    const first = issues[0];
    const more = issues.length > 1 ? issues.length - 1 : 0;
    throw shapeError(context, issues, {
      id: `Jawaban CKAN ${context.action} tidak sesuai skema: ${first?.message.id ?? ''}${more ? ` (dan ${more} masalah lain)` : ''}`,
      en: `The answer to CKAN ${context.action} does not match the schema: ${first?.message.en ?? ''}${more ? ` (and ${more} more)` : ''}`,
    });
  }
  const data = result.data as { success: boolean; result?: unknown; error?: Record<string, unknown> };
  if (data.success === false) throw envelopeError(data.error ?? {}, context, json);
  return data.result as z.output<S>;
}
