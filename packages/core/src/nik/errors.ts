import type { LocalizedMessage } from '../errors/errors.js';
import { ValidationError, type ValidationIssue } from '../errors/validation.js';
import type { IdNumberErrorReason, IdNumberKind } from './parse.js';

// `$` stands for the number's name (NIK or No. KK), `%` for what its date is.
const REASONS: Readonly<Record<IdNumberErrorReason, readonly [id: string, en: string]>> = {
  format: [
    '$ hanya boleh berisi angka (spasi, titik dan tanda hubung diabaikan).',
    'a $ may contain only digits (spaces, dots and dashes are ignored).',
  ],
  length: ['$ harus terdiri dari tepat 16 digit.', 'a $ must have exactly 16 digits.'],
  province: [
    'kode provinsi pada $ (digit 1–2) tidak valid: digit pertamanya harus 1–9.',
    'the province code of a $ (digits 1–2) is invalid: its first digit must be 1–9.',
  ],
  regency: [
    'kode kabupaten/kota pada $ (digit 3–4) harus 01–69 (kabupaten) atau 71–99 (kota).',
    'the kabupaten/kota code of a $ (digits 3–4) must be 01–69 (kabupaten) or 71–99 (kota).',
  ],
  kecamatan: [
    'kode kecamatan pada $ (digit 5–6) harus 01–99.',
    'the kecamatan code of a $ (digits 5–6) must be 01–99.',
  ],
  day: [
    'tanggal lahir pada NIK (digit 7–8) harus 01–31, atau 41–71 untuk perempuan.',
    'the birth day of a NIK (digits 7–8) must be 01–31, or 41–71 for a woman.',
  ],
  month: ['bulan pada $ (digit 9–10) harus 01–12.', 'the month of a $ (digits 9–10) must be 01–12.'],
  date: ['% pada $ bukan tanggal kalender yang ada.', 'the % in this $ is not a real calendar date.'],
  future_date: ['% pada $ jatuh setelah hari ini.', 'the % in this $ lies after today.'],
  serial: [
    'nomor urut pada $ (digit 13–16) tidak boleh 0000.',
    'the serial of a $ (digits 13–16) must not be 0000.',
  ],
};

// A No. KK has no +40 rule, so its day reason reads differently.
const NO_KK_DAY = [
  'tanggal terbit pada No. KK (digit 7–8) harus 01–31.',
  'the issue day of a No. KK (digits 7–8) must be 01–31.',
] as const;

/** The reason, in both languages, without the field name (zod adds its own). */
export function reasonText(kind: IdNumberKind, reason: IdNumberErrorReason): LocalizedMessage {
  const nik = kind === 'nik';
  const [id, en] = !nik && reason === 'day' ? NO_KK_DAY : REASONS[reason];
  const label = nik ? 'NIK' : 'No. KK';
  return {
    id: id.replace('$', label).replace('%', nik ? 'tanggal lahir' : 'tanggal terbit'),
    en: en.replace('$', label).replace('%', nik ? 'birth date' : 'issue date'),
  };
}

function issueFor(kind: IdNumberKind, field: string, reason: IdNumberErrorReason): ValidationIssue {
  const text = reasonText(kind, reason);
  return {
    field,
    path: [field],
    code: kind === 'nik' ? 'invalid_nik' : 'invalid_no_kk',
    message: { id: `Kolom \`${field}\`: ${text.id}`, en: `Field \`${field}\`: ${text.en}` },
  };
}

/**
 * A NIK failed its structure or date rules. `reason` says which rule; the message names the
 * field `nik` in Indonesian and English and never contains the number.
 *
 * @example
 * ```ts
 * try {
 *   decodeNik('5207024507050000');
 * } catch (error) {
 *   if (error instanceof InvalidNikError) console.log(error.reason); // => 'serial'
 * }
 * ```
 */
export class InvalidNikError extends ValidationError {
  /** Always `'InvalidNikError'`, kept explicit so it survives minification. */
  override readonly name: string = 'InvalidNikError';
  /** Which rule the NIK broke. */
  readonly reason: IdNumberErrorReason;

  constructor(reason: IdNumberErrorReason) {
    super([issueFor('nik', 'nik', reason)], { code: 'invalid_nik' });
    this.reason = reason;
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), reason: this.reason };
  }
}

/**
 * A No. KK (Nomor Kartu Keluarga) failed its structure or date rules. The message names the
 * field `noKk` in Indonesian and English and never contains the number.
 *
 * @example
 * ```ts
 * try {
 *   decodeNoKk('5207024507050001'); // day 45 is not allowed in a No. KK
 * } catch (error) {
 *   if (error instanceof InvalidNoKkError) console.log(error.reason); // => 'day'
 * }
 * ```
 */
export class InvalidNoKkError extends ValidationError {
  /** Always `'InvalidNoKkError'`, kept explicit so it survives minification. */
  override readonly name: string = 'InvalidNoKkError';
  /** Which rule the No. KK broke. */
  readonly reason: IdNumberErrorReason;

  constructor(reason: IdNumberErrorReason) {
    super([issueFor('no_kk', 'noKk', reason)], { code: 'invalid_no_kk' });
    this.reason = reason;
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), reason: this.reason };
  }
}
