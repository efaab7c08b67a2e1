/**
 * LMS tables: the data type every WHO growth table shares, and the decoder for the compact form
 * the generated modules in `./who/` are stored in. No zod here, so a table module stays tiny.
 */

/**
 * Identifies one WHO growth table. The first nine are the WHO Child Growth Standards (0–5 years,
 * `anthro`); the three `…5to19` ones are the WHO Growth Reference 2007 (`anthroplus`).
 */
export type GrowthTableId =
  | 'weightForAge'
  | 'lengthHeightForAge'
  | 'weightForLength'
  | 'weightForHeight'
  | 'bmiForAge'
  | 'headCircumferenceForAge'
  | 'armCircumferenceForAge'
  | 'tricepsSkinfoldForAge'
  | 'subscapularSkinfoldForAge'
  | 'weightForAge5to19'
  | 'heightForAge5to19'
  | 'bmiForAge5to19';

/** What a table row is keyed on: age in whole days or months, or recumbent length / standing height. */
export type GrowthTableKey = 'ageDays' | 'ageMonths' | 'lengthCm' | 'heightCm';

/** Where a table's figures come from. */
export interface GrowthTableSource {
  /** Who publishes the figures. */
  readonly publisher: string;
  /** The publication the figures belong to. */
  readonly reference: string;
  /** The file the figures were read from (`repository:path`). */
  readonly dataset: string;
  /** The version of that file (package version and commit). */
  readonly version: string;
  /** SHA-256 of the source file, when the table was generated from one. */
  readonly sha256?: string;
}

/**
 * One WHO growth table: L, M and S for each row (age or length/height), for each sex.
 * Rows are consecutive: row `i` is key `start + i * step`.
 *
 * @example
 * ```ts
 * import { weightForAgeTable } from '@opengov-id/posyandu/who/weight-for-age';
 *
 * const day = 365 - weightForAgeTable.start;
 * const median = weightForAgeTable.female[day * 3 + 1]; // 8.9462 kg at one year
 * ```
 */
export interface LmsTable {
  /** Which table this is. */
  readonly id: GrowthTableId;
  /** Human-readable title. */
  readonly title: string;
  /** Publisher, reference and file version. */
  readonly source: GrowthTableSource;
  /** What the rows are keyed on. */
  readonly key: GrowthTableKey;
  /** Key of the first row (days, months or cm). */
  readonly start: number;
  /** Distance between rows: 1 day or month, or 0.1 cm. */
  readonly step: number;
  /** Number of rows for each sex. */
  readonly rows: number;
  /**
   * Boys: `[L, M, S]` of row 0, then of row 1, and so on (`rows * 3` numbers). Read-only once the
   * table has scored a child: the SD lines derived from a row are cached (build a new table instead).
   */
  readonly male: Float64Array;
  /** Girls, laid out like {@link LmsTable.male}. */
  readonly female: Float64Array;
}

/** Key and step of each table: fixed by WHO's algorithm, not by the data. */
export const TABLE_KEYS: Readonly<Record<GrowthTableId, { key: GrowthTableKey; step: number }>> = {
  weightForAge: { key: 'ageDays', step: 1 },
  lengthHeightForAge: { key: 'ageDays', step: 1 },
  weightForLength: { key: 'lengthCm', step: 0.1 },
  weightForHeight: { key: 'heightCm', step: 0.1 },
  bmiForAge: { key: 'ageDays', step: 1 },
  headCircumferenceForAge: { key: 'ageDays', step: 1 },
  armCircumferenceForAge: { key: 'ageDays', step: 1 },
  tricepsSkinfoldForAge: { key: 'ageDays', step: 1 },
  subscapularSkinfoldForAge: { key: 'ageDays', step: 1 },
  weightForAge5to19: { key: 'ageMonths', step: 1 },
  heightForAge5to19: { key: 'ageMonths', step: 1 },
  bmiForAge5to19: { key: 'ageMonths', step: 1 },
};

/** The compact form a generated table module holds. */
export interface EncodedLmsTable {
  readonly id: GrowthTableId;
  readonly title: string;
  readonly source: GrowthTableSource;
  readonly start: number;
  readonly rows: number;
  /** Decimal places of L, M and S in the source file (values are stored as integers). */
  readonly decimals: readonly [number, number, number];
  /** Boys' L, M and S columns, each as varint second differences (see `scripts/generate-who-tables.mjs`). */
  readonly male: string;
  /** Girls' columns, encoded like `male`. */
  readonly female: string;
}

// 64 printable characters, 6 bits each: 5 payload bits plus a continuation bit (32).
function sextet(code: number): number {
  if (code >= 97) return code - 71; // a-z → 26..51
  if (code === 95) return 63; // _
  if (code >= 65) return code - 65; // A-Z → 0..25
  if (code === 45) return 62; // -
  return code + 4; // 0-9 → 52..61
}

function decodeColumns(encoded: string, rows: number, decimals: readonly number[]): Float64Array {
  const out = new Float64Array(rows * 3);
  let pos = 0;
  const next = (): number => {
    let value = 0;
    let scale = 1;
    let c: number;
    do {
      c = sextet(encoded.charCodeAt(pos++));
      value += (c & 31) * scale;
      scale *= 32;
    } while (c & 32);
    return value % 2 === 1 ? -(value + 1) / 2 : value / 2; // zigzag
  };
  for (let col = 0; col < 3; col++) {
    // Integer / 10^k is the correctly rounded double of the decimal text, as parseFloat gives.
    const divisor = 10 ** (decimals[col] ?? 0);
    // The stream holds the first value, the first difference, then second differences.
    let value = next();
    let delta = 0;
    for (let row = 0; row < rows; row++) {
      if (row > 0) {
        delta = row === 1 ? next() : delta + next();
        value += delta;
      }
      out[row * 3 + col] = value / divisor;
    }
  }
  if (pos !== encoded.length)
    throw new RangeError(`LMS table decoded ${pos} of ${encoded.length} characters`);
  return out;
}

/** Decodes a generated table module's compact data (internal: apps use the exported tables). */
export function decodeLmsTable(encoded: EncodedLmsTable): LmsTable {
  const { key, step } = TABLE_KEYS[encoded.id];
  return {
    id: encoded.id,
    title: encoded.title,
    source: encoded.source,
    key,
    start: encoded.start,
    step,
    rows: encoded.rows,
    male: decodeColumns(encoded.male, encoded.rows, encoded.decimals),
    female: decodeColumns(encoded.female, encoded.rows, encoded.decimals),
  };
}
