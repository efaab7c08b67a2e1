/**
 * The one parser behind NIK and No. KK. Both are `PPKKCC DDMMYY SSSS`: a kecamatan code, a
 * date and a serial. They differ only in what the date is (birth date with +40 for women, or
 * the KK issue date) and in the field name of their errors.
 */
import { daysInMonth, fieldError, invalidDate, pad, parseDayNumber } from '../calendar/date.js';
import { today as todayIn } from '../calendar/zone.js';
import type { LocalizedMessage } from '../errors/errors.js';
import { getRegion, isProvinceLoaded } from '../region/lookup.js';

/** Which 16-digit number is being parsed. */
export type IdNumberKind = 'nik' | 'no_kk';

/**
 * Why a NIK or No. KK was rejected:
 * - `format`: a character other than a digit, space, dot or dash;
 * - `length`: not exactly 16 digits once separators are removed;
 * - `province`: the province code starts with 0;
 * - `regency`: the kabupaten/kota code is not 01–69 or 71–99;
 * - `kecamatan`: the kecamatan code is 00;
 * - `day`: the day is not 01–31 (or 41–71 for a woman's NIK);
 * - `month`: the month is not 01–12;
 * - `date`: the day, month and year do not form a real calendar date (31 April, 29 February 2023);
 * - `future_date`: the date lies after `today`;
 * - `serial`: the serial is 0000.
 */
export type IdNumberErrorReason =
  | 'format'
  | 'length'
  | 'province'
  | 'regency'
  | 'kecamatan'
  | 'day'
  | 'month'
  | 'date'
  | 'future_date'
  | 'serial';

/**
 * A finding that does not make the number invalid. `unknown_region`: the region prefix is not in
 * the loaded Kepmendagri table. The prefix records the region of first registration, frozen for
 * life, so it can name a kecamatan or kabupaten from before a split (pemekaran).
 */
export interface NikWarning {
  /** Machine-readable code. */
  readonly code: 'unknown_region';
  /** The first level of the prefix that the table does not know. */
  readonly level: 'province' | 'regency' | 'kecamatan';
  /** What it means, in Indonesian and English. Never contains the number. */
  readonly message: LocalizedMessage;
}

/** Options shared by the NIK and No. KK decoders. */
export interface ParseOptions {
  readonly today?: string | undefined;
  readonly century?: 1900 | 2000 | undefined;
}

export interface ParsedIdNumber {
  readonly digits: string;
  readonly provinceCode: string;
  readonly regencyCode: string;
  readonly regionCode: string;
  readonly date: string;
  readonly female: boolean;
  readonly serial: string;
  readonly centuryInferred: boolean;
  readonly warnings: NikWarning[];
}

/** The parsed number, or the rule it broke. */
export type ParseOutcome = ParsedIdNumber | IdNumberErrorReason;

// One date arithmetic for the whole package: the calendar's.
function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Checks the options and returns `today` (WITA when not given). A malformed option is a
 * programming error, not bad user input, so it throws whatever the number.
 */
export function resolveToday(options: ParseOptions | undefined): string {
  const century = options?.century;
  if (century !== undefined && century !== 1900 && century !== 2000) {
    throw fieldError('century', 'harus 1900 atau 2000.', 'must be 1900 or 2000.', 'invalid_option');
  }
  const today = options?.today;
  if (today === undefined) return todayIn();
  if (typeof today !== 'string' || parseDayNumber(today) === undefined)
    throw invalidDate('today', 'invalid_option');
  return today;
}

const BARE = /^\d{16}$/;

function isSeparator(c: number): boolean {
  // Whitespace, NBSP, '-', '.', and the Unicode hyphens and dashes U+2010..U+2015.
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 45 || c === 46 || (c >= 0x2010 && c <= 0x2015);
}

/** Removes separators; returns the 16 digits, or why that is impossible. */
export function normalizeIdNumber(input: string): string | IdNumberErrorReason {
  if (BARE.test(input)) return input;
  let out = '';
  let count = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // Stop early on absurdly long input; the answer is already known.
      if (++count > 16) return 'length';
      out += input[i];
    } else if (!isSeparator(c)) {
      return 'format';
    }
  }
  return count === 16 ? out : 'length';
}

function two(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
}

/**
 * Parses a NIK (`kind: 'nik'`, day +40 for women) or a No. KK (`kind: 'no_kk'`). `today` must
 * already be a valid `YYYY-MM-DD`. Region warnings are computed only when `withWarnings`.
 */
export function parseIdNumber(
  input: string,
  kind: IdNumberKind,
  today: string,
  century: 1900 | 2000 | undefined,
  withWarnings: boolean,
): ParseOutcome {
  if (typeof input !== 'string') return 'format';
  const digits = normalizeIdNumber(input);
  if (digits === 'format' || digits === 'length') return digits;

  if (digits.charCodeAt(0) === 48) return 'province';
  const regency = two(digits, 2);
  if (regency === 0 || regency === 70) return 'regency';
  if (two(digits, 4) === 0) return 'kecamatan';

  let day = two(digits, 6);
  let female = false;
  if (kind === 'nik' && day >= 41 && day <= 71) {
    female = true;
    day -= 40;
  } else if (day < 1 || day > 31) {
    return 'day';
  }
  const month = two(digits, 8);
  if (month < 1 || month > 12) return 'month';
  const yy = two(digits, 10);
  if (digits.endsWith('0000')) return 'serial';

  const tail = `-${digits.slice(8, 10)}-${pad(day)}`;
  let date: string;
  let centuryInferred = false;
  if (century !== undefined) {
    if (!isRealDate(century + yy, month, day)) return 'date';
    date = `${century + yy}${tail}`;
    if (date > today) return 'future_date';
  } else {
    // Prefer 20YY unless it lies after today; 19YY is then the only past reading.
    const real20 = isRealDate(2000 + yy, month, day);
    const real19 = isRealDate(1900 + yy, month, day);
    if (!real20 && !real19) return 'date';
    const date20 = `${2000 + yy}${tail}`;
    const date19 = `${1900 + yy}${tail}`;
    const past20 = real20 && date20 <= today;
    const past19 = real19 && date19 <= today;
    if (past20) {
      date = date20;
      centuryInferred = past19;
    } else if (past19) {
      date = date19;
    } else {
      return 'future_date';
    }
  }

  const pp = digits.slice(0, 2);
  const provinceCode = pp;
  const regencyCode = `${pp}.${digits.slice(2, 4)}`;
  const regionCode = `${regencyCode}.${digits.slice(4, 6)}`;
  return {
    digits,
    provinceCode,
    regencyCode,
    regionCode,
    date,
    female,
    serial: digits.slice(12),
    centuryInferred,
    warnings: withWarnings ? regionWarnings(kind, provinceCode, regencyCode, regionCode) : [],
  };
}

const LEVEL_TEXT = {
  province: { id: 'Kode provinsi', en: 'province code' },
  regency: { id: 'Kode kabupaten/kota', en: 'kabupaten/kota code' },
  kecamatan: { id: 'Kode kecamatan', en: 'kecamatan code' },
} as const;

function unknownRegion(kind: IdNumberKind, level: NikWarning['level']): NikWarning {
  const label = kind === 'nik' ? 'NIK' : 'No. KK';
  const what =
    kind === 'nik'
      ? { id: 'wilayah pendaftaran pertama', en: 'region of first registration' }
      : { id: 'wilayah penerbit', en: 'issuing region' };
  return {
    code: 'unknown_region',
    level,
    message: {
      id: `${LEVEL_TEXT[level].id} pada ${label} tidak ada dalam tabel wilayah yang dimuat. Kode ini mencatat ${what.id} dan bisa berasal dari sebelum pemekaran; ini bukan kesalahan.`,
      en: `The ${LEVEL_TEXT[level].en} of this ${label} is not in the loaded region table. It records the ${what.en} and can predate a split (pemekaran); this is not an error.`,
    },
  };
}

// Province and kabupaten/kota are always in the table; kecamatan only once their province is
// loaded, so without it the kecamatan is simply not checked (no warning either way).
function regionWarnings(
  kind: IdNumberKind,
  provinceCode: string,
  regencyCode: string,
  regionCode: string,
): NikWarning[] {
  if (getRegion(provinceCode) === undefined) return [unknownRegion(kind, 'province')];
  if (getRegion(regencyCode) === undefined) return [unknownRegion(kind, 'regency')];
  if (isProvinceLoaded(provinceCode) && getRegion(regionCode) === undefined) {
    return [unknownRegion(kind, 'kecamatan')];
  }
  return [];
}
