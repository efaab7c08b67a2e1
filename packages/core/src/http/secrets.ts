import { REDACTED, redact, redactText } from '../privacy/redact.js';

const SECRET_HEADERS = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'x-api-key',
  'api-key',
  'apikey',
] as const;
// Shorter values would scrub ordinary words out of error bodies.
const MIN_SECRET_LENGTH = 6;
const MAX_DEPTH = 8;

/**
 * The sensitive values one request carries: credential headers, and every query, form or JSON
 * value that the redactor would hide (a sensitive key, or a NIK, phone or e-mail pattern),
 * each in raw and URL-encoded form. Servers echo requests back in error pages in forms the
 * patterns cannot always see (`q=5207...+0812...`), but the exact values are known here.
 */
export function requestSecrets(headers: Headers, url: URL, json: unknown, body: unknown): string[] {
  const found = new Set<string>();
  const add = (value: string): void => {
    for (const form of [
      value,
      encodeURIComponent(value),
      new URLSearchParams({ v: value }).toString().slice(2),
    ]) {
      if (form.length >= MIN_SECRET_LENGTH) found.add(form);
    }
  };
  const consider = (key: string, value: string): void => {
    if (redact({ [key]: value })[key] !== value) add(value);
    // Parts too, since a server may echo one word of a longer value.
    for (const part of value.split(/[\s,;&=+/]+/)) if (part && redactText(part) !== part) add(part);
  };

  for (const name of SECRET_HEADERS) {
    const value = headers.get(name);
    if (!value) continue;
    add(value);
    const space = value.indexOf(' ');
    if (space > 0) add(value.slice(space + 1).trim());
  }
  for (const [key, value] of url.searchParams) consider(key, value);
  for (const segment of url.pathname.split('/')) {
    const decoded = safeDecode(segment);
    if (redactText(decoded) !== decoded) add(decoded);
  }
  if (body instanceof URLSearchParams) for (const [key, value] of body) consider(key, value);
  else if (typeof FormData !== 'undefined' && body instanceof FormData) {
    for (const [key, value] of body) if (typeof value === 'string') consider(key, value);
  } else if (typeof body === 'string') consider('body', body);
  walkJson(json, 'body', consider, 0);
  // Longest first, so a value inside a longer one is replaced whole.
  return [...found].sort((a, b) => b.length - a.length);
}

function walkJson(
  value: unknown,
  key: string,
  consider: (key: string, value: string) => void,
  depth: number,
): void {
  if (depth > MAX_DEPTH || value === null || value === undefined) return;
  if (typeof value === 'string') consider(key, value);
  else if (typeof value === 'number' || typeof value === 'bigint') consider(key, String(value));
  else if (Array.isArray(value)) for (const item of value) walkJson(item, key, consider, depth + 1);
  else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walkJson(v, k, consider, depth + 1);
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Replaces every occurrence of each secret with `[REDACTED]`. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED.secret);
  return out;
}
