import { InvalidRegionCodeError, type InvalidRegionCodeReason } from './errors.js';

/** The administrative levels of a Kemendagri code, plus pulau (islands), which hang off a kabupaten/kota. */
export type RegionLevel = 'provinsi' | 'kabupaten_kota' | 'kecamatan' | 'desa_kelurahan' | 'pulau';

/** Kabupaten (code `01`–`69`) or kota (`71`–`99`). */
export type RegencyKind = 'kabupaten' | 'kota';

/** Kelurahan (4-digit part `1xxx`), desa (`2xxx`) or desa adat (`3xxx`). */
export type VillageKind = 'kelurahan' | 'desa' | 'desa_adat';

/** How {@link formatRegionCode} writes a code: `52.07.02.2001` or `5207022001`. */
export type RegionCodeStyle = 'dotted' | 'bare';

/** Every {@link RegionLevel}, from the top down. */
export const REGION_LEVELS: readonly RegionLevel[] = [
  'provinsi',
  'kabupaten_kota',
  'kecamatan',
  'desa_kelurahan',
  'pulau',
];

/** What a Kemendagri region code says about itself, from its structure alone (no table lookup). */
export interface RegionCodeInfo {
  /** Canonical dotted form: `52.07.02.2001`. */
  readonly code: string;
  /** The same code without dots: `5207022001`. */
  readonly bare: string;
  /** The level the code's length implies. */
  readonly level: RegionLevel;
  /** The two-digit province (`52`). */
  readonly provinceCode: string;
  /** The kabupaten/kota (`52.07`); the code itself at that level; absent for a province. */
  readonly regencyCode?: string;
  /** The kecamatan (`52.07.02`); the code itself at that level; absent above it and for pulau. */
  readonly districtCode?: string;
  /** The code one level up (a pulau's parent is its kabupaten/kota); `null` for a province. */
  readonly parentCode: string | null;
  /** Kabupaten or kota, for every level below the province. */
  readonly regencyKind?: RegencyKind;
  /** Kelurahan, desa or desa adat, for a desa/kelurahan code. */
  readonly villageKind?: VillageKind;
}

/** Options for {@link parseRegionCode}. */
export interface ParseRegionCodeOptions {
  /** The field name used in the error message. @defaultValue `'regionCode'` */
  field?: string;
}

/** Options for {@link formatRegionCode}. */
export interface FormatRegionCodeOptions {
  /** `'dotted'` (`52.07.02.2001`, the default) or `'bare'` (`5207022001`). */
  style?: RegionCodeStyle;
}

/** A structural rule a code can break, with what it means in Indonesian and English. */
export type Failure = Exclude<InvalidRegionCodeReason, 'level' | 'unknown_province'>;

export const DETAIL: Readonly<Record<Failure, readonly [id: string, en: string]>> = {
  not_string: ['nilainya harus berupa teks.', 'the value must be a string.'],
  format: [
    'bentuknya harus 2, 4, 6 atau 10 digit, bertitik atau tidak (52, 52.07, 52.07.02, 52.07.02.2001), atau kode pulau 52.07.40001.',
    'it must have 2, 4, 6 or 10 digits, dotted or not (52, 52.07, 52.07.02, 52.07.02.2001), or be an island code like 52.07.40001.',
  ],
  province: [
    'kode provinsi harus dua digit dengan digit pertama 1–9.',
    'the province part must be two digits starting with 1–9.',
  ],
  regency: [
    'kode kabupaten/kota harus 01–69 (kabupaten) atau 71–99 (kota).',
    'the kabupaten/kota part must be 01–69 (kabupaten) or 71–99 (kota).',
  ],
  district: ['kode kecamatan harus 01–99.', 'the kecamatan part must be 01–99.'],
  village: [
    'kode desa/kelurahan harus 1001–1999 (kelurahan), 2001–2999 (desa) atau 3001–3999 (desa adat).',
    'the desa/kelurahan part must be 1001–1999 (kelurahan), 2001–2999 (desa) or 3001–3999 (desa adat).',
  ],
  island: ['kode pulau harus 40001–49999.', 'the island part must be 40001–49999.'],
};

const DIGITS = /^[0-9]+$/;
// The level of a code by its number of digits; the dotted form must then match exactly.
const LEVEL_BY_LENGTH: Readonly<Record<number, RegionLevel>> = {
  2: 'provinsi',
  4: 'kabupaten_kota',
  6: 'kecamatan',
  9: 'pulau',
  10: 'desa_kelurahan',
};

const VILLAGE_KINDS: Readonly<Record<string, VillageKind>> = {
  '1': 'kelurahan',
  '2': 'desa',
  '3': 'desa_adat',
};

/** The structure of a region code, or the rule it breaks. */
export function analyze(input: unknown): RegionCodeInfo | Failure {
  if (typeof input !== 'string') return 'not_string';
  const text = input.trim();
  const bare = text.replaceAll('.', '');
  const level = LEVEL_BY_LENGTH[bare.length];
  if (!level || !DIGITS.test(bare)) return 'format';
  // PP[.RR[.DD[.VVVV]]], or PP.RR.4xxxx for a pulau.
  const split = level === 'pulau' ? 9 : 6;
  const parts = [bare.slice(0, 2), bare.slice(2, 4), bare.slice(4, split), bare.slice(split)].filter(Boolean);
  const code = parts.join('.');
  if (text !== bare && text !== code) return 'format';
  const [pp = '', rr, dd, last] = parts;

  if (pp[0] === '0') return 'province';
  if (rr === '00' || rr === '70') return 'regency';
  if (level === 'pulau') {
    if (dd?.[0] !== '4' || dd.slice(1) === '0000') return 'island';
  } else if (dd === '00') {
    return 'district';
  }
  let villageKind: VillageKind | undefined;
  if (last !== undefined) {
    villageKind = VILLAGE_KINDS[last[0] ?? ''];
    if (!villageKind || last.slice(1) === '000') return 'village';
  }

  const info: {
    -readonly [K in keyof RegionCodeInfo]: RegionCodeInfo[K];
  } = {
    code,
    bare,
    level,
    provinceCode: pp,
    parentCode: parts.length === 1 ? null : parts.slice(0, -1).join('.'),
  };
  if (rr !== undefined) {
    info.regencyCode = `${pp}.${rr}`;
    info.regencyKind = Number(rr) < 70 ? 'kabupaten' : 'kota';
  }
  if (dd !== undefined && level !== 'pulau') info.districtCode = `${pp}.${rr}.${dd}`;
  if (villageKind) info.villageKind = villageKind;
  return info;
}

function isFailure(result: RegionCodeInfo | Failure): result is Failure {
  return typeof result === 'string';
}

/**
 * Parses a Kemendagri region code, dotted or bare, at any level: `52`, `52.07` / `5207`,
 * `52.07.02` / `520702`, `52.07.02.2001` / `5207022001`, or a pulau `52.07.40001` / `520740001`.
 * Checks the structure only (no table lookup); surrounding whitespace is ignored.
 *
 * @throws {@link InvalidRegionCodeError} when the structure is impossible.
 * @example
 * ```ts
 * parseRegionCode('5207022001');
 * // => { code: '52.07.02.2001', bare: '5207022001', level: 'desa_kelurahan', provinceCode: '52',
 * //      regencyCode: '52.07', districtCode: '52.07.02', parentCode: '52.07.02',
 * //      regencyKind: 'kabupaten', villageKind: 'desa' }
 * ```
 */
export function parseRegionCode(input: string, options: ParseRegionCodeOptions = {}): RegionCodeInfo {
  const result = analyze(input);
  if (isFailure(result)) {
    const [id, en] = DETAIL[result];
    throw new InvalidRegionCodeError(
      result,
      { id, en },
      options.field === undefined ? {} : { field: options.field },
    );
  }
  return result;
}

/**
 * Like {@link parseRegionCode}, but returns `undefined` instead of throwing.
 *
 * @example
 * ```ts
 * tryParseRegionCode('52.07')?.regencyKind; // => 'kabupaten'
 * tryParseRegionCode('52.70'); // => undefined
 * ```
 */
export function tryParseRegionCode(input: string): RegionCodeInfo | undefined {
  const result = analyze(input);
  return isFailure(result) ? undefined : result;
}

/**
 * True when `value` is a structurally valid region code (dotted or bare), optionally at one level.
 *
 * @example
 * ```ts
 * isRegionCode('52.07.02.2001'); // => true
 * isRegionCode('520702', 'kecamatan'); // => true
 * isRegionCode('52.70'); // => false (70 is neither kabupaten nor kota)
 * ```
 */
export function isRegionCode(value: unknown, level?: RegionLevel): value is string {
  const result = analyze(value);
  return !isFailure(result) && (level === undefined || result.level === level);
}

/**
 * Writes a region code in the canonical dotted form or as bare digits.
 *
 * @throws {@link InvalidRegionCodeError} when the structure is impossible.
 * @example
 * ```ts
 * formatRegionCode('5207022001'); // => '52.07.02.2001'
 * formatRegionCode('52.07.02.2001', { style: 'bare' }); // => '5207022001'
 * ```
 */
export function formatRegionCode(code: string, options: FormatRegionCodeOptions = {}): string {
  const info = parseRegionCode(code);
  return options.style === 'bare' ? info.bare : info.code;
}

/**
 * The level a region code's structure implies.
 *
 * @throws {@link InvalidRegionCodeError} when the structure is impossible.
 * @example
 * ```ts
 * regionLevel('520702'); // => 'kecamatan'
 * regionLevel('52.07.40001'); // => 'pulau'
 * ```
 */
export function regionLevel(code: string): RegionLevel {
  return parseRegionCode(code).level;
}

/**
 * The dotted code one level up, or `null` for a province. A pulau's parent is its kabupaten/kota.
 *
 * @throws {@link InvalidRegionCodeError} when the structure is impossible.
 * @example
 * ```ts
 * parentRegionCode('5207022001'); // => '52.07.02'
 * parentRegionCode('52'); // => null
 * ```
 */
export function parentRegionCode(code: string): string | null {
  return parseRegionCode(code).parentCode;
}
