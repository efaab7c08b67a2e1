// The register's columns as kader write them, and the reading of one row into typed values.
// Only the reading of spreadsheet text lives here; the measurements are checked by posyandu.
import { isLocalDate, type LocalizedMessage } from '@opengov-id/core';
import type { MeasuredPosition, Sex } from '@opengov-id/posyandu';

/** The register's columns: the header kader use, and other spellings seen in spreadsheets. */
export const COLUMNS = {
  no: { header: 'No', aliases: ['no.', 'nomor'], required: false },
  name: { header: 'Nama Anak', aliases: ['nama', 'nama balita'], required: true },
  sex: { header: 'Jenis Kelamin (L/P)', aliases: ['jenis kelamin', 'jk', 'l/p'], required: true },
  birthDate: { header: 'Tanggal Lahir', aliases: ['tgl lahir', 'tgl. lahir'], required: true },
  kia: { header: 'Buku KIA (Y/T)', aliases: ['buku kia', 'kms', 'punya kms'], required: false },
  date: {
    header: 'Tanggal Penimbangan',
    aliases: ['tgl penimbangan', 'tanggal timbang', 'tgl timbang'],
    required: true,
  },
  weight: { header: 'Berat (kg)', aliases: ['berat badan (kg)', 'bb (kg)', 'bb'], required: true },
  length: {
    header: 'Tinggi/Panjang (cm)',
    aliases: ['tinggi badan (cm)', 'panjang/tinggi (cm)', 'tb/pb (cm)', 'pb/tb (cm)', 'tb (cm)'],
    required: false,
  },
  measured: {
    header: 'Cara Ukur (berdiri/terlentang)',
    aliases: ['cara ukur', 'posisi ukur'],
    required: false,
  },
  mother: { header: 'Nama Ibu', aliases: ['nama orang tua', 'nama ortu'], required: false },
  dusun: { header: 'Dusun', aliases: ['dusun/rt', 'lingkungan'], required: false },
} as const;

/** A column of the register. */
export type ColumnKey = keyof typeof COLUMNS;

/** Where each column is in the file (`undefined` when absent). */
export type ColumnIndex = { readonly [K in ColumnKey]: number | undefined };

const normalize = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** A problem with the file as a whole (a required column missing). */
export class RegisterFormatError extends Error {
  readonly messages: LocalizedMessage;
  constructor(messages: LocalizedMessage) {
    super(messages.en);
    this.name = 'RegisterFormatError';
    this.messages = messages;
  }
}

/**
 * Finds each column in the header row, by its header or an alias, ignoring case and spacing.
 *
 * @throws {RegisterFormatError} naming the required columns that are missing.
 */
export function indexColumns(header: readonly string[]): ColumnIndex {
  const names = header.map(normalize);
  const index = {} as Record<ColumnKey, number | undefined>;
  const missing: string[] = [];
  for (const [key, col] of Object.entries(COLUMNS) as [ColumnKey, (typeof COLUMNS)[ColumnKey]][]) {
    const wanted = [col.header, ...col.aliases].map(normalize);
    const at = names.findIndex((n) => wanted.includes(n));
    index[key] = at === -1 ? undefined : at;
    if (at === -1 && col.required) missing.push(col.header);
  }
  if (missing.length > 0) {
    const list = missing.map((m) => `"${m}"`).join(', ');
    throw new RegisterFormatError({
      id: `Kolom wajib tidak ada di baris judul: ${list}.`,
      en: `Required columns are missing from the header row: ${list}.`,
    });
  }
  return index;
}

/** A row that could not be used, with the spreadsheet row and column. */
export interface RowError {
  /** Row in the spreadsheet (the header is row 1). */
  readonly row: number;
  /** The column's header as in {@link COLUMNS}, or `null` for the row as a whole. */
  readonly column: string | null;
  readonly message: LocalizedMessage;
}

/** A row read into typed values. */
export interface RegisterRow {
  readonly row: number;
  readonly name: string;
  readonly sex: Sex;
  readonly birthDate: string;
  /** `true` for Y, `false` for T or a blank cell (not proven to have one). */
  readonly hasKms: boolean;
  readonly date: string;
  readonly weightKg: number;
  readonly lengthHeightCm?: number | undefined;
  readonly measured?: MeasuredPosition | undefined;
  readonly mother: string;
  readonly dusun: string;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A date as kader write it (`DD/MM/YYYY`, `D/M/YYYY`, with `/`, `-` or `.`, or ISO `YYYY-MM-DD`) as
 * `YYYY-MM-DD`, or an error: `'format'` when it is not written as a date, `'calendar'` when the
 * day does not exist (30/02/2026).
 *
 * @example
 * ```ts
 * parseDate('9/3/2026'); // => '2026-03-09'
 * parseDate('30/02/2026'); // => { error: 'calendar' }
 * ```
 */
export function parseDate(text: string): string | { error: 'format' | 'calendar' } {
  const t = text.trim();
  let iso: string;
  const m = DMY.exec(t);
  if (m) iso = `${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(t)) iso = t;
  else return { error: 'format' };
  return isLocalDate(iso) ? iso : { error: 'calendar' };
}

/**
 * A decimal number with a point or a comma (`8.5`, `8,5`), or `null` when the text is not one.
 *
 * @example
 * ```ts
 * parseDecimal('8,5'); // => 8.5
 * parseDecimal('8 kg'); // => null
 * ```
 */
export function parseDecimal(text: string): number | null {
  const t = text.trim();
  return /^\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : null;
}

/**
 * Reads one record into a {@link RegisterRow}, or lists everything wrong with it (every bad cell,
 * not only the first), each with its spreadsheet row and column.
 */
export function parseRow(
  fields: readonly string[],
  row: number,
  columns: ColumnIndex,
): { ok: true; value: RegisterRow } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const cell = (key: ColumnKey): string => {
    const at = columns[key];
    return at === undefined ? '' : (fields[at] ?? '').trim();
  };
  const fail = (key: ColumnKey, id: string, en: string) => {
    errors.push({ row, column: COLUMNS[key].header, message: { id, en } });
  };

  const name = cell('name');
  if (name === '') fail('name', 'nama anak kosong.', 'the child’s name is empty.');

  const sexText = cell('sex').toUpperCase();
  const sex: Sex | undefined =
    sexText === 'L' || sexText === 'LAKI-LAKI'
      ? 'male'
      : sexText === 'P' || sexText === 'PEREMPUAN'
        ? 'female'
        : undefined;
  if (!sex) fail('sex', `isi L atau P, bukan "${cell('sex')}".`, `write L or P, not "${cell('sex')}".`);

  const date = (key: 'birthDate' | 'date', echo: boolean): string | undefined => {
    const text = cell(key);
    const shown = echo ? ` (${text})` : '';
    if (text === '') {
      fail(key, 'tanggal kosong.', 'the date is empty.');
      return undefined;
    }
    const parsed = parseDate(text);
    if (typeof parsed === 'string') return parsed;
    if (parsed.error === 'calendar') {
      fail(key, `tanggal tidak ada di kalender${shown}.`, `not a date in the calendar${shown}.`);
    } else {
      fail(key, `tulis tanggal sebagai HH/BB/TTTT${shown}.`, `write the date as DD/MM/YYYY${shown}.`);
    }
    return undefined;
  };
  // A birth date is personal data: it is never echoed in a message.
  const birthDate = date('birthDate', false);
  const visit = date('date', true);
  if (birthDate && visit && visit < birthDate) {
    fail('date', 'tanggal penimbangan sebelum tanggal lahir.', 'the weighing is dated before the birth.');
  }

  const weightText = cell('weight');
  const weightKg = parseDecimal(weightText);
  if (weightKg === null || weightKg === 0) {
    fail(
      'weight',
      weightText === ''
        ? 'berat kosong.'
        : `berat harus angka lebih dari 0, misalnya 8,5 (bukan "${weightText}").`,
      weightText === ''
        ? 'the weight is empty.'
        : `the weight must be a number above 0, such as 8.5 (not "${weightText}").`,
    );
  }

  const lengthText = cell('length');
  let lengthHeightCm: number | undefined;
  if (lengthText !== '') {
    const v = parseDecimal(lengthText);
    if (v === null || v === 0)
      fail(
        'length',
        `tinggi/panjang harus angka lebih dari 0 (bukan "${lengthText}").`,
        `the length/height must be a number above 0 (not "${lengthText}").`,
      );
    else lengthHeightCm = v;
  }

  const measuredText = cell('measured').toLowerCase();
  let measured: MeasuredPosition | undefined;
  if (measuredText === 'berdiri') measured = 'standing';
  else if (['terlentang', 'telentang', 'berbaring'].includes(measuredText)) measured = 'recumbent';
  else if (measuredText !== '')
    fail(
      'measured',
      `isi "berdiri" atau "terlentang", bukan "${cell('measured')}".`,
      `write "berdiri" (standing) or "terlentang" (lying), not "${cell('measured')}".`,
    );

  const kiaText = cell('kia').toUpperCase();
  if (!['', 'Y', 'YA', 'T', 'TIDAK'].includes(kiaText))
    fail('kia', `isi Y atau T, bukan "${cell('kia')}".`, `write Y or T, not "${cell('kia')}".`);

  if (errors.length > 0 || !sex || !birthDate || !visit || weightKg === null) return { ok: false, errors };
  return {
    ok: true,
    value: {
      row,
      name,
      sex,
      birthDate,
      hasKms: kiaText === 'Y' || kiaText === 'YA',
      date: visit,
      weightKg,
      lengthHeightCm,
      measured,
      mother: cell('mother'),
      dusun: cell('dusun'),
    },
  };
}
