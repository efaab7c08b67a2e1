import { InvalidNikError, InvalidNoKkError } from './errors.js';
import { type NikWarning, parseIdNumber, resolveToday } from './parse.js';

/** Options for {@link decodeNik} and {@link isValidNik}. */
export interface DecodeNikOptions {
  /**
   * The reference date for the century of the 2-digit birth year, as `YYYY-MM-DD`.
   * @defaultValue today in Asia/Makassar (WITA)
   */
  today?: string | undefined;
  /**
   * Use this century instead of inferring it: `2000` reads `05` as 2005, `1900` as 1905. The
   * birth date must then still not lie after `today`. Use it when the full birth year is known
   * from another source (a birth certificate, the KTP itself).
   */
  century?: 1900 | 2000 | undefined;
}

/** Options for {@link decodeNoKk} and {@link isValidNoKk}. */
export interface DecodeNoKkOptions {
  /**
   * The reference date for the century of the 2-digit issue year, as `YYYY-MM-DD`.
   * @defaultValue today in Asia/Makassar (WITA)
   */
  today?: string | undefined;
  /** Use this century instead of inferring it. The issue date must still not lie after `today`. */
  century?: 1900 | 2000 | undefined;
}

/** What a NIK (Nomor Induk Kependudukan) says about its holder. */
export interface DecodedNik {
  /** The 16 digits, without separators. Personal data: mask it with {@link maskNik} for display. */
  readonly nik: string;
  /** Kecamatan of first registration, dotted (`52.07.02`). Not the holder's current domicile. */
  readonly regionCode: string;
  /** Province code (`52`). */
  readonly provinceCode: string;
  /** Kabupaten/kota code, dotted (`52.07`). */
  readonly regencyCode: string;
  /** Birth date, `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** `female` when the day was written +40 (41–71). */
  readonly sex: 'male' | 'female';
  /** The 4-digit serial that tells apart people with the same first 12 digits (`0001`). */
  readonly serial: string;
  /**
   * True when the 2-digit year fits both 19YY and 20YY (both real dates, neither after `today`)
   * and 20YY was picked. False when only one reading is possible or `century` was given.
   */
  readonly centuryInferred: boolean;
  /** Findings that do not invalidate the NIK, such as a region code missing from today's table. */
  readonly warnings: readonly NikWarning[];
}

/** What a No. KK (Nomor Kartu Keluarga) says about the family card. */
export interface DecodedNoKk {
  /** The 16 digits, without separators. Personal data: mask it with {@link maskNik} for display. */
  readonly noKk: string;
  /** Kecamatan of the issuing Dinas Dukcapil record, dotted (`52.07.02`). */
  readonly regionCode: string;
  /** Province code (`52`). */
  readonly provinceCode: string;
  /** Kabupaten/kota code, dotted (`52.07`). */
  readonly regencyCode: string;
  /** Issue date of this card, `YYYY-MM-DD`. A reissued card gets a new number. */
  readonly issueDate: string;
  /** The 4-digit serial (`0001`). */
  readonly serial: string;
  /** True when the 2-digit year fits both 19YY and 20YY and 20YY was picked. */
  readonly centuryInferred: boolean;
  /** Findings that do not invalidate the number, such as a region code missing from today's table. */
  readonly warnings: readonly NikWarning[];
}

/**
 * Decodes a NIK: region of first registration, birth date, sex and serial.
 *
 * Spaces, dots and dashes are ignored. The number must have 16 digits, a province code whose
 * first digit is 1–9, a kabupaten 01–69 or kota 71–99, a kecamatan 01–99, a day 01–31 (41–71
 * for women), a month 01–12, a real calendar date and a serial other than 0000.
 *
 * The 2-digit year is read as 20YY unless that date lies after `today`, and then as 19YY
 * (`centuryInferred` tells when both were possible); `options.century` overrides this.
 *
 * A region prefix missing from the region table is a warning, not an error: the prefix is
 * frozen at first registration and can predate a split. Province and kabupaten/kota are always
 * checked; the kecamatan only when its province's kecamatan are loaded.
 *
 * @throws {@link InvalidNikError} when a structure or date rule fails.
 * @throws {@link ValidationError} when `options.today` or `options.century` is malformed.
 *
 * @example
 * ```ts
 * const d = decodeNik('5207024507050001', { today: '2025-06-01' });
 * d.birthDate; // => '2005-07-05' (day 45 = 5 + 40: female)
 * d.sex; // => 'female'
 * d.regionCode; // => '52.07.02' (Taliwang, Sumbawa Barat)
 * ```
 */
export function decodeNik(nik: string, options?: DecodeNikOptions): DecodedNik {
  const v = parseIdNumber(nik, 'nik', resolveToday(options), options?.century, true);
  if (typeof v === 'string') throw new InvalidNikError(v);
  return {
    nik: v.digits,
    regionCode: v.regionCode,
    provinceCode: v.provinceCode,
    regencyCode: v.regencyCode,
    birthDate: v.date,
    sex: v.female ? 'female' : 'male',
    serial: v.serial,
    centuryInferred: v.centuryInferred,
    warnings: v.warnings,
  };
}

/**
 * True when {@link decodeNik} would accept the NIK. Region warnings do not make it false.
 *
 * @throws {@link ValidationError} only when `options` is malformed.
 *
 * @example
 * ```ts
 * isValidNik('52.07.02-450705-0001'); // => true
 * isValidNik('5207023207050001'); // => false (day 32)
 * ```
 */
export function isValidNik(nik: string, options?: DecodeNikOptions): boolean {
  return typeof parseIdNumber(nik, 'nik', resolveToday(options), options?.century, false) !== 'string';
}

/**
 * Decodes a No. KK (Nomor Kartu Keluarga): issuing region, issue date and serial.
 *
 * The rules are those of {@link decodeNik} except that the date is the card's issue date: the
 * day is 01–31 only (no +40), and the date must not lie after `today`.
 *
 * @throws {@link InvalidNoKkError} when a structure or date rule fails.
 * @throws {@link ValidationError} when `options.today` or `options.century` is malformed.
 *
 * @example
 * ```ts
 * const kk = decodeNoKk('5207021503180004', { today: '2025-06-01' });
 * kk.issueDate; // => '2018-03-15'
 * kk.regencyCode; // => '52.07'
 * ```
 */
export function decodeNoKk(noKk: string, options?: DecodeNoKkOptions): DecodedNoKk {
  const v = parseIdNumber(noKk, 'no_kk', resolveToday(options), options?.century, true);
  if (typeof v === 'string') throw new InvalidNoKkError(v);
  return {
    noKk: v.digits,
    regionCode: v.regionCode,
    provinceCode: v.provinceCode,
    regencyCode: v.regencyCode,
    issueDate: v.date,
    serial: v.serial,
    centuryInferred: v.centuryInferred,
    warnings: v.warnings,
  };
}

/**
 * True when {@link decodeNoKk} would accept the number.
 *
 * @throws {@link ValidationError} only when `options` is malformed.
 *
 * @example
 * ```ts
 * isValidNoKk('5207021503180004'); // => true
 * isValidNoKk('5207024503180004'); // => false (day 45: no +40 rule on a KK)
 * ```
 */
export function isValidNoKk(noKk: string, options?: DecodeNoKkOptions): boolean {
  return typeof parseIdNumber(noKk, 'no_kk', resolveToday(options), options?.century, false) !== 'string';
}
