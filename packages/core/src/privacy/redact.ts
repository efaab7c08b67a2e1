/**
 * Redaction of personal data and secrets before anything reaches a log line, an error
 * message or a serializer. NIK, No. KK and phone numbers are personal data under
 * UU 27/2022 (Pelindungan Data Pribadi); tokens are credentials.
 */

/** What a redacted value is replaced with, by kind. */
export const REDACTED = {
  idNumber: '[NIK/KK]',
  phone: '[PHONE]',
  email: '[EMAIL]',
  secret: '[REDACTED]',
} as const;

// Keys whose values are always secret or personal, whatever they look like.
const SENSITIVE_KEY =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[-_]?key|apikey|token|access[-_]?token|refresh[-_]?token|id[-_]?token|secret|client[-_]?secret|password|passwd|pin|nik|no[-_]?kk|nokk|kk|nomor[-_]?kk|phone|phone[-_]?number|telepon|no[-_]?hp|hp|msisdn|whatsapp|email|e[-_]?mail|surel)$/i;

const PATTERNS: ReadonlyArray<readonly [RegExp, string]> = [
  // Authorization schemes and token-bearing query or form parameters.
  [/\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED.secret}`],
  [
    /\b(access_token|refresh_token|id_token|api_key|apikey|token|key|password|secret|sig|signature)=[^&\s"']+/gi,
    `$1=${REDACTED.secret}`,
  ],
  // JSON Web Tokens wherever they appear.
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, REDACTED.secret],
  // E-mail addresses.
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, REDACTED.email],
  // NIK and No. KK: 16 digits, bare or grouped in fours or as 6-6-4. Not part of a longer number
  // (a digit, or a dot and a digit, on either side), but a full stop or "No." beside it is fine.
  [/(?<!\d\.?)\d{6}[\s.-]?\d{6}[\s.-]?\d{4}(?!\.?\d)/g, REDACTED.idNumber],
  [/(?<!\d\.?)\d{4}[\s-]\d{4}[\s-]\d{4}[\s-]\d{4}(?!\.?\d)/g, REDACTED.idNumber],
  // Indonesian phone numbers: +62 / 62 / 0 followed by a mobile (8xx) or area-code number.
  [/(?<![\w+])\(?(?:\+62|62|0)\)?[\s.-]?\(?[1-9]\d{1,3}\)?(?:[\s.-]?\d){5,10}(?!\d)/g, REDACTED.phone],
  // Any other international number in E.164 form.
  [/(?<![\w+])\+[1-9]\d{7,14}(?!\d)/g, REDACTED.phone],
];

/**
 * Redacts NIK, No. KK, phone numbers, e-mail addresses and credentials from a string.
 *
 * @example
 * ```ts
 * redactText('NIK 5207024507050001, HP 0812-3456-7890');
 * // => 'NIK [NIK/KK], HP [PHONE]'
 * ```
 */
export function redactText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Returns a copy of `value` that is safe for logs and error reports: strings are scrubbed
 * with {@link redactText}, and the values of sensitive keys (`authorization`, `token`,
 * `nik`, `phone`, `email`, ...) are replaced whole. Handles cycles, `Headers`, `URL`,
 * `Map`, arrays and errors; never throws.
 *
 * @example
 * ```ts
 * redact({ nik: '5207024507050001', headers: { Authorization: 'Bearer abc' }, note: 'call 081234567890' });
 * // => { nik: '[REDACTED]', headers: { Authorization: '[REDACTED]' }, note: 'call [PHONE]' }
 * ```
 */
export function redact<T>(value: T): T {
  return redactValue(value, new WeakMap()) as T;
}

function redactValue(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  }
  const cached = seen.get(value);
  if (cached !== undefined) return cached;

  if (value instanceof Date) return new Date(value.getTime());
  if (value instanceof URL) return redactText(value.href);
  if (typeof Headers !== 'undefined' && value instanceof Headers) {
    const out: Record<string, string> = {};
    seen.set(value, out);
    value.forEach((v, k) => {
      out[k] = SENSITIVE_KEY.test(k) ? REDACTED.secret : redactText(v);
    });
    return out;
  }
  if (value instanceof Error) {
    const out = { name: value.name, message: redactText(value.message) };
    seen.set(value, out);
    return out;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(redactValue(item, seen));
    return out;
  }
  if (value instanceof Map) {
    const out = new Map<unknown, unknown>();
    seen.set(value, out);
    for (const [k, v] of value) {
      out.set(k, typeof k === 'string' && SENSITIVE_KEY.test(k) ? REDACTED.secret : redactValue(v, seen));
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) {
    out[k] = SENSITIVE_KEY.test(k) && v != null ? REDACTED.secret : redactValue(v, seen);
  }
  return out;
}
