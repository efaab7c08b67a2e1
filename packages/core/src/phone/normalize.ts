import {
  type CountryCode,
  isSupportedCountry,
  ParseError,
  type PhoneNumber,
  type PhoneNumberType as LibPhoneNumberType,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/max';
import { ValidationError } from '../errors/validation.js';
import type { PhoneErrorReason } from './errors.js';
import { InvalidPhoneError } from './errors.js';

/** The kind of line a number belongs to, from libphonenumber's `max` metadata. */
export type PhoneNumberType =
  | 'mobile'
  | 'fixed_line'
  | 'fixed_line_or_mobile'
  | 'toll_free'
  | 'premium_rate'
  | 'shared_cost'
  | 'voip'
  | 'personal_number'
  | 'pager'
  | 'uan'
  | 'voicemail'
  | 'unknown';

/** Options for {@link normalizePhone} and {@link isValidPhone}. */
export interface NormalizePhoneOptions {
  /**
   * The country whose national format applies to numbers written without a `+` country code.
   * @defaultValue `'ID'`
   */
  defaultCountry?: CountryCode | undefined;
}

/** A phone number in every form an app needs. Personal data: display it with {@link maskPhone}. */
export interface NormalizedPhone {
  /** E.164, the form to store and compare (`+6281234567890`). */
  readonly e164: string;
  /** The kind of line. Indonesian mobile numbers are `mobile`; area-code numbers `fixed_line`. */
  readonly type: PhoneNumberType;
  /** The national format of the number's own country (`0812-3456-7890`, `(0372) 123456`). */
  readonly national: string;
  /** The international format (`+62 812 3456 7890`). */
  readonly international: string;
  /** The country calling code without `+` (`62`). */
  readonly countryCallingCode: string;
  /** The ISO 3166-1 country, or `undefined` for non-geographic numbers such as `+800`. */
  readonly country: CountryCode | undefined;
  /**
   * True only for `mobile`: the numbers that certainly reach a handset (SMS, WhatsApp).
   * `fixed_line_or_mobile` (countries such as the US that do not tell them apart) is false.
   */
  readonly isMobile: boolean;
}

const TYPES: Record<LibPhoneNumberType, PhoneNumberType> = {
  MOBILE: 'mobile',
  FIXED_LINE: 'fixed_line',
  FIXED_LINE_OR_MOBILE: 'fixed_line_or_mobile',
  TOLL_FREE: 'toll_free',
  PREMIUM_RATE: 'premium_rate',
  SHARED_COST: 'shared_cost',
  VOIP: 'voip',
  PERSONAL_NUMBER: 'personal_number',
  PAGER: 'pager',
  UAN: 'uan',
  VOICEMAIL: 'voicemail',
};

const PARSE_REASONS: Record<string, PhoneErrorReason> = {
  NOT_A_NUMBER: 'format',
  INVALID_COUNTRY: 'country',
  TOO_SHORT: 'too_short',
  TOO_LONG: 'too_long',
  INVALID_LENGTH: 'invalid',
};

// "62" + at least 7 national digits: the shortest Indonesian numbers (UAN 1500xxx) have 7.
const MIN_DIGITS_FOR_BARE_62 = 9;

type Outcome = { ok: true; phone: PhoneNumber } | { ok: false; reason: PhoneErrorReason };

/** Keeps the digits and a leading `+`; `undefined` when a character is not allowed. */
function clean(input: string): string | undefined {
  let out = '';
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      out += input[i];
    } else if (c === 43 /* + */) {
      if (out !== '') return undefined;
      out = '+';
    } else if (
      !(c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 40 || c === 41 || c === 45 || c === 46)
    ) {
      return undefined;
    }
  }
  return out;
}

function parse(text: string, defaultCountry: CountryCode): Outcome {
  try {
    const phone = parsePhoneNumberWithError(text, { defaultCountry, extract: false });
    if (phone.isValid()) {
      // E.164 allows 15 digits; libphonenumber accepts a few longer (German) ranges we cannot store as such.
      return phone.number.length > 16 ? { ok: false, reason: 'too_long' } : { ok: true, phone };
    }
    // Only on the failure path: tell "too short/long" apart from "no such range".
    const length = validatePhoneNumberLength(text, defaultCountry);
    return { ok: false, reason: (length && PARSE_REASONS[length]) || 'invalid' };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, reason: PARSE_REASONS[error.message] ?? 'invalid' };
    throw error;
  }
}

function resolveCountry(options: NormalizePhoneOptions | undefined): CountryCode {
  const country = options?.defaultCountry ?? 'ID';
  if (typeof country === 'string' && isSupportedCountry(country)) return country;
  throw ValidationError.single(
    'defaultCountry',
    {
      id: 'Kolom `defaultCountry` harus kode negara ISO 3166-1 alpha-2 yang dikenal, misalnya `ID`.',
      en: 'Field `defaultCountry` must be a known ISO 3166-1 alpha-2 country code, such as `ID`.',
    },
    'invalid_option',
  );
}

function tryNormalize(input: string, defaultCountry: CountryCode): Outcome {
  if (typeof input !== 'string') return { ok: false, reason: 'format' };
  const text = clean(input);
  if (text === undefined || text === '' || text === '+') return { ok: false, reason: 'format' };
  // "62812..." without the plus is how many Indonesians write an international number. Read it
  // as +62 first when that is valid; otherwise fall back to the national reading.
  if (text.startsWith('62') && text.length >= MIN_DIGITS_FOR_BARE_62) {
    const international = parse(`+${text}`, defaultCountry);
    if (international.ok) return international;
  }
  return parse(text, defaultCountry);
}

function toNormalized(phone: PhoneNumber): NormalizedPhone {
  const libType = phone.getType();
  const type = libType === undefined ? 'unknown' : TYPES[libType];
  return {
    e164: phone.number,
    type,
    national: phone.formatNational(),
    international: phone.formatInternational(),
    countryCallingCode: phone.countryCallingCode,
    country: phone.country,
    isMobile: type === 'mobile',
  };
}

/**
 * Normalizes a phone number to E.164 and tells its line type, using libphonenumber-js with the
 * `max` metadata.
 *
 * Accepts `0812…` (national), `62812…` (international without `+`), `+62812…`, with spaces,
 * dashes, dots and parentheses. Digits that start with `62` and have at least 9 digits are
 * read as `+62…` when that gives a valid number, even where a national reading exists too
 * (`6221500123` is Jakarta `+62 21 500123`, not area code 0622).
 *
 * @throws {@link InvalidPhoneError} when the input is not a valid number.
 * @throws `ValidationError` (from `@opengov-id/core`) when `options.defaultCountry` is not a supported country.
 *
 * @example
 * ```ts
 * normalizePhone('0812-3456-7890');
 * // => { e164: '+6281234567890', type: 'mobile', national: '0812-3456-7890',
 * //      international: '+62 812 3456 7890', countryCallingCode: '62', country: 'ID', isMobile: true }
 * normalizePhone('(0372) 123456').type; // => 'fixed_line' (Sumbawa Barat area code)
 * ```
 */
export function normalizePhone(input: string, options?: NormalizePhoneOptions): NormalizedPhone {
  const outcome = tryNormalize(input, resolveCountry(options));
  if (!outcome.ok) throw new InvalidPhoneError(outcome.reason);
  return toNormalized(outcome.phone);
}

/**
 * True when {@link normalizePhone} would accept the number.
 *
 * @throws `ValidationError` (from `@opengov-id/core`) only when `options.defaultCountry` is not a supported country.
 *
 * @example
 * ```ts
 * isValidPhone('+62 812 3456 7890'); // => true
 * isValidPhone('0812345678901234'); // => false
 * ```
 */
export function isValidPhone(input: string, options?: NormalizePhoneOptions): boolean {
  return tryNormalize(input, resolveCountry(options)).ok;
}

/** The E.164 form, or the reason it cannot be had; for the zod schema. */
export function phoneOutcome(
  input: string,
  defaultCountry: CountryCode,
): { ok: true; e164: string } | { ok: false; reason: PhoneErrorReason } {
  const outcome = tryNormalize(input, defaultCountry);
  return outcome.ok ? { ok: true, e164: outcome.phone.number } : outcome;
}
