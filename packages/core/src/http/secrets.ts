import { REDACTED, redact, redactText } from '../privacy/redact.js';

/**
 * The sensitive values one request carries: every header, query, path, form or JSON value the
 * redactor would hide (a sensitive key, or a NIK, phone or e-mail pattern), raw and URL-encoded.
 * Servers echo requests back in error pages in forms the patterns cannot always see
 * (`q=5207...+0812...`, a bare token), but the exact values are known here.
 * Sorted longest first, so a value inside a longer one is replaced whole.
 */
export function requestSecrets(headers: Headers, url: URL, json: unknown, body: unknown): string[] {
  const found = new Set<string>();
  const add = (value: string): void => {
    for (const form of [
      value,
      encodeURIComponent(value),
      new URLSearchParams({ v: value }).toString().slice(2),
    ]) {
      // Shorter values would scrub ordinary words out of error bodies.
      if (form.length > 5) found.add(form);
    }
  };
  const walk = (value: unknown, key: string, depth: number): void => {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
      const text = String(value);
      // A sensitive key hides the whole value, and the credential after `Bearer `.
      if (redact({ [key]: text })[key] !== text) {
        add(text);
        add(text.slice(text.indexOf(' ') + 1));
      }
      // Parts too, since a server may echo one word of a longer value.
      for (const part of text.split(/[\s,;&=+/]+/)) if (redactText(part) !== part) add(part);
    } else if (value && typeof value === 'object' && depth < 9) {
      const entries: Iterable<[unknown, unknown]> = Array.isArray(value)
        ? value.map((item) => [key, item])
        : typeof (value as Headers).entries === 'function'
          ? (value as Headers).entries() // Headers, URLSearchParams, FormData
          : Object.entries(value);
      for (const [k, v] of entries) walk(v, String(k), depth + 1);
    }
  };
  walk(headers, '', 0);
  walk(url.searchParams, '', 0);
  walk(url.pathname.split('/').map(decode), '', 0);
  walk(body, 'body', 0);
  walk(json, 'body', 0);
  return [...found].sort((a, b) => b.length - a.length);
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Replaces every occurrence of each secret with `[REDACTED]`. */
export function scrub(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join(REDACTED.secret), text);
}
