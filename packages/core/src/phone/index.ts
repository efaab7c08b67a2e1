/**
 * `@opengov-id/core/phone`: phone number normalization. A separate entry point, so that only
 * apps that handle phone numbers pay for libphonenumber's metadata.
 *
 * @packageDocumentation
 */

export { maskPhone } from '../privacy/mask.js';
export { InvalidPhoneError, type PhoneErrorReason } from './errors.js';
export {
  isValidPhone,
  type NormalizedPhone,
  type NormalizePhoneOptions,
  normalizePhone,
  type PhoneNumberType,
} from './normalize.js';
export { PhoneNumber } from './schema.js';
export type { CountryCode } from 'libphonenumber-js/max';
