import { redact, redactText } from '../privacy/redact.js';
import type { QueryValue } from './types.js';

const ABSOLUTE_URL = /^[a-z][a-z\d+.-]*:\/\//i;

/** Ensures the base ends in `/`, so relative paths append to it instead of replacing its last segment. */
export function normalizeBaseUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

/**
 * Resolves a request path against the base URL. Absolute URLs are kept; a leading `/` does not
 * climb to the host root, because `/reports` on `https://host/api/v1/` means `https://host/api/v1/reports`.
 */
export function resolveUrl(baseUrl: string, path: string): URL {
  if (ABSOLUTE_URL.test(path)) return new URL(path);
  return new URL(path.replace(/^\/+/, ''), baseUrl);
}

/** Appends query values: arrays repeat the key; `undefined` and `null` are left out. */
export function appendQuery(url: URL, query: Record<string, QueryValue> | undefined): void {
  if (!query) return;
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value as ReadonlyArray<string | number | boolean>)
        url.searchParams.append(key, String(item));
    } else {
      url.searchParams.append(key, String(value));
    }
  }
}

/**
 * A URL safe to show in errors, hooks and logs: no user info, sensitive query parameters
 * (`token`, `nik`, `phone`, ...) replaced, and NIK, phone and token patterns scrubbed anywhere.
 */
export function safeUrl(url: URL): string {
  const copy = new URL(url.href);
  copy.username = '';
  copy.password = '';
  copy.hash = '';
  const entries = [...copy.searchParams.entries()];
  if (entries.length > 0) {
    const params = new URLSearchParams();
    for (const [key, value] of entries) params.append(key, redact({ [key]: value })[key] ?? '');
    copy.search = params.toString();
  }
  return redactText(decodeURIComponentSafe(copy.href));
}

/** The URL without query or credentials, for human-readable messages. */
export function shortUrl(url: URL): string {
  return redactText(decodeURIComponentSafe(`${url.origin}${url.pathname}`));
}

// Decoding lets the text patterns see `0812 3456` written as `0812%203456`.
function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
