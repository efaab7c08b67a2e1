import type { LocalizedMessage } from '../errors/errors.js';
import { ValidationError } from '../errors/validation.js';

/**
 * Why a phone number was rejected:
 * - `format`: empty, or a character other than digits, spaces, dashes, dots, parentheses and a
 *   leading `+`;
 * - `country`: the country calling code (or `defaultCountry`'s) is not assigned;
 * - `too_short` / `too_long`: too few or too many digits for any number of that country, or more
 *   than the 15 digits E.164 allows;
 * - `invalid`: the digits fit no numbering range of that country (libphonenumber `max` metadata).
 */
export type PhoneErrorReason = 'format' | 'country' | 'too_short' | 'too_long' | 'invalid';

/** The reason, in both languages, without the field name (zod adds its own). */
export function phoneReasonText(reason: PhoneErrorReason): LocalizedMessage {
  switch (reason) {
    case 'format':
      return {
        id: "nomor telepon hanya boleh berisi angka, spasi, tanda hubung, titik, tanda kurung dan '+' di depan.",
        en: "a phone number may contain only digits, spaces, dashes, dots, parentheses and a leading '+'.",
      };
    case 'country':
      return {
        id: 'kode negara pada nomor telepon tidak dikenal.',
        en: 'the country calling code of the phone number is not assigned.',
      };
    case 'too_short':
      return { id: 'nomor telepon terlalu pendek.', en: 'the phone number is too short.' };
    case 'too_long':
      return { id: 'nomor telepon terlalu panjang.', en: 'the phone number is too long.' };
    case 'invalid':
      return {
        id: 'nomor telepon tidak sesuai dengan rentang nomor mana pun di negaranya.',
        en: 'the phone number matches no numbering range of its country.',
      };
  }
}

/**
 * A phone number could not be normalized. The message names the field `phone` in Indonesian
 * and English and never contains the number.
 *
 * @example
 * ```ts
 * try {
 *   normalizePhone('0812-3456-7890-12');
 * } catch (error) {
 *   if (error instanceof InvalidPhoneError) console.log(error.reason); // => 'invalid'
 * }
 * ```
 */
export class InvalidPhoneError extends ValidationError {
  /** Always `'InvalidPhoneError'`, kept explicit so it survives minification. */
  override readonly name: string = 'InvalidPhoneError';
  /** Which check failed. */
  readonly reason: PhoneErrorReason;

  constructor(reason: PhoneErrorReason) {
    const text = phoneReasonText(reason);
    super(
      [
        {
          field: 'phone',
          path: ['phone'],
          code: 'invalid_phone',
          message: { id: `Kolom \`phone\`: ${text.id}`, en: `Field \`phone\`: ${text.en}` },
        },
      ],
      { code: 'invalid_phone' },
    );
    this.reason = reason;
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), reason: this.reason };
  }
}
