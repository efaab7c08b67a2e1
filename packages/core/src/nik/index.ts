export {
  type DecodedNik,
  type DecodedNoKk,
  type DecodeNikOptions,
  type DecodeNoKkOptions,
  decodeNik,
  decodeNoKk,
  isValidNik,
  isValidNoKk,
} from './decode.js';
export { InvalidNikError, InvalidNoKkError } from './errors.js';
export type { IdNumberErrorReason, NikWarning } from './parse.js';
export { Nik, NoKk } from './schema.js';
