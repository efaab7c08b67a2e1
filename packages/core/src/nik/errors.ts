import type { LocalizedMessage } from '../errors/errors.js';
import { ValidationError, type ValidationIssue } from '../errors/validation.js';
import type { IdNumberErrorReason, IdNumberKind } from './parse.js';

interface KindText {
  readonly label: string;
  readonly dateId: string;
  readonly dateEn: string;
}

const KIND: Record<IdNumberKind, KindText> = {
  nik: { label: 'NIK', dateId: 'tanggal lahir', dateEn: 'birth date' },
  no_kk: { label: 'No. KK', dateId: 'tanggal terbit', dateEn: 'issue date' },
};

/** The reason, in both languages, without the field name (zod adds its own). */
export function reasonText(kind: IdNumberKind, reason: IdNumberErrorReason): LocalizedMessage {
  const { label, dateId, dateEn } = KIND[kind];
  switch (reason) {
    case 'format':
      return {
        id: `${label} hanya boleh berisi angka (spasi, titik dan tanda hubung diabaikan).`,
        en: `a ${label} may contain only digits (spaces, dots and dashes are ignored).`,
      };
    case 'length':
      return {
        id: `${label} harus terdiri dari tepat 16 digit.`,
        en: `a ${label} must have exactly 16 digits.`,
      };
    case 'province':
      return {
        id: `kode provinsi pada ${label} (digit 1–2) tidak valid: digit pertamanya harus 1–9.`,
        en: `the province code of a ${label} (digits 1–2) is invalid: its first digit must be 1–9.`,
      };
    case 'regency':
      return {
        id: `kode kabupaten/kota pada ${label} (digit 3–4) harus 01–69 (kabupaten) atau 71–99 (kota).`,
        en: `the kabupaten/kota code of a ${label} (digits 3–4) must be 01–69 (kabupaten) or 71–99 (kota).`,
      };
    case 'kecamatan':
      return {
        id: `kode kecamatan pada ${label} (digit 5–6) harus 01–99.`,
        en: `the kecamatan code of a ${label} (digits 5–6) must be 01–99.`,
      };
    case 'day':
      return kind === 'nik'
        ? {
            id: `tanggal lahir pada NIK (digit 7–8) harus 01–31, atau 41–71 untuk perempuan.`,
            en: `the birth day of a NIK (digits 7–8) must be 01–31, or 41–71 for a woman.`,
          }
        : {
            id: `tanggal terbit pada No. KK (digit 7–8) harus 01–31.`,
            en: `the issue day of a No. KK (digits 7–8) must be 01–31.`,
          };
    case 'month':
      return {
        id: `bulan pada ${label} (digit 9–10) harus 01–12.`,
        en: `the month of a ${label} (digits 9–10) must be 01–12.`,
      };
    case 'date':
      return {
        id: `${dateId} pada ${label} bukan tanggal kalender yang ada.`,
        en: `the ${dateEn} in this ${label} is not a real calendar date.`,
      };
    case 'future_date':
      return {
        id: `${dateId} pada ${label} jatuh setelah hari ini.`,
        en: `the ${dateEn} in this ${label} lies after today.`,
      };
    case 'serial':
      return {
        id: `nomor urut pada ${label} (digit 13–16) tidak boleh 0000.`,
        en: `the serial of a ${label} (digits 13–16) must not be 0000.`,
      };
  }
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

/** A bad `today` or `century` option: a programming error, not bad user input. */
export function optionError(option: 'today' | 'century'): ValidationError {
  return option === 'today'
    ? ValidationError.single(
        'today',
        {
          id: 'Kolom `today` harus tanggal kalender yang ada dalam bentuk YYYY-MM-DD.',
          en: 'Field `today` must be a real calendar date written YYYY-MM-DD.',
        },
        'invalid_option',
      )
    : ValidationError.single(
        'century',
        { id: 'Kolom `century` harus 1900 atau 2000.', en: 'Field `century` must be 1900 or 2000.' },
        'invalid_option',
      );
}
