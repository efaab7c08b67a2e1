import { type LocalizedMessage, OpenGovError } from '../errors/errors.js';
import { ValidationError, type ValidationIssue } from '../errors/validation.js';
import { redactText } from '../privacy/redact.js';

/** Which rule an invalid region code broke. */
export type InvalidRegionCodeReason =
  | 'not_string'
  | 'format'
  | 'province'
  | 'regency'
  | 'district'
  | 'village'
  | 'island'
  | 'level'
  | 'unknown_province';

/** Options for {@link InvalidRegionCodeError}. */
export interface InvalidRegionCodeErrorOptions {
  /** The field the code came from, named in the message. @defaultValue `'regionCode'` */
  field?: string;
}

/**
 * A Kemendagri region code with an impossible structure (`'00'`, `'52.70'`, `'52.07.02.4001'`),
 * or a province the dataset does not have. The message names the field but never repeats
 * the input, which may be a mistyped NIK.
 *
 * @example
 * ```ts
 * try {
 *   parseRegionCode('52.70');
 * } catch (error) {
 *   if (error instanceof InvalidRegionCodeError) console.log(error.reason, error.messages?.id);
 * }
 * ```
 */
export class InvalidRegionCodeError extends ValidationError {
  /** Always `'InvalidRegionCodeError'`, also after minification. */
  override readonly name: string = 'InvalidRegionCodeError';
  /** The rule that was broken, machine-readable. */
  readonly reason: InvalidRegionCodeReason;

  constructor(
    reason: InvalidRegionCodeReason,
    detail: LocalizedMessage,
    options: InvalidRegionCodeErrorOptions = {},
  ) {
    const field = options.field ?? 'regionCode';
    const message: LocalizedMessage = {
      id: redactText(`Kolom \`${field}\` bukan kode wilayah Kemendagri yang valid: ${detail.id}`),
      en: redactText(`Field \`${field}\` is not a valid Kemendagri region code: ${detail.en}`),
    };
    const issue: ValidationIssue = {
      field,
      path: field === '(root)' ? [] : field.split('.'),
      code: 'invalid_region_code',
      message,
    };
    super([issue], { code: 'invalid_region_code', messages: message });
    this.reason = reason;
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), reason: this.reason };
  }
}

/**
 * Kecamatan and desa/kelurahan of a province were asked for before that province's table was
 * loaded. Call `await loadProvince(code)` first; provinces and kabupaten/kota need no loading.
 *
 * @example
 * ```ts
 * try {
 *   listChildren('52.07');
 * } catch (error) {
 *   if (error instanceof ProvinceNotLoadedError) await loadProvince(error.provinceCode);
 * }
 * ```
 */
export class ProvinceNotLoadedError extends OpenGovError {
  /** Always `'ProvinceNotLoadedError'`, also after minification. */
  override readonly name: string = 'ProvinceNotLoadedError';
  /** The two-digit province code to pass to `loadProvince`. */
  readonly provinceCode: string;

  constructor(provinceCode: string) {
    const messages: LocalizedMessage = {
      id: `Data kecamatan dan desa/kelurahan provinsi ${provinceCode} belum dimuat; panggil \`await loadProvince('${provinceCode}')\` terlebih dahulu.`,
      en: `The kecamatan and desa/kelurahan of province ${provinceCode} are not loaded; call \`await loadProvince('${provinceCode}')\` first.`,
    };
    super(messages.en, { code: 'province_not_loaded', messages });
    this.provinceCode = provinceCode;
  }

  protected override details(): Record<string, unknown> {
    return { provinceCode: this.provinceCode };
  }
}
