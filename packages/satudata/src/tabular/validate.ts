import { isLocalDate, type LocalizedMessage, OpenGovError } from '@opengov-id/core';
import { CsvRecordParser } from './csv-parser.js';
import { parseTableSchema, type TableSchema, type TableSchemaField } from './table-schema.js';

/** Kinds of CSV validation error (named after Frictionless error types). */
export type CsvErrorCode =
  | 'incorrect_label'
  | 'missing_label'
  | 'extra_label'
  | 'blank_row'
  | 'missing_cell'
  | 'extra_cell'
  | 'type_error'
  | 'constraint_error'
  | 'unique_error'
  | 'primary_key_error'
  | 'unterminated_quote';

/** One problem in a CSV file. Never carries the cell value (it may be personal data). */
export interface CsvError {
  /** Row number as Frictionless counts it: the header is row 1, the first data row is 2. */
  readonly row: number;
  /** Physical line where the row starts (differs from `row` when quoted cells span lines). */
  readonly line: number;
  /** 1-based column; undefined for row-level errors. */
  readonly column?: number;
  /** Field name, when the column has one in the schema. */
  readonly field?: string;
  readonly code: CsvErrorCode;
  /** For `constraint_error`: which constraint (`required`, `minimum`, `pattern`, ...). */
  readonly constraint?: string;
  /** What is wrong, in Indonesian and English, without the value. */
  readonly message: LocalizedMessage;
}

/** The summary {@link validateCsv} resolves to. */
export interface CsvValidationReport {
  readonly valid: boolean;
  /** Data rows read (header excluded). */
  readonly rowCount: number;
  /** Every error found (all of them are also passed to `onError`). */
  readonly errorCount: number;
  /** The first `maxErrors` errors. */
  readonly errors: readonly CsvError[];
  /** More errors were found than `errors` holds. */
  readonly truncated: boolean;
}

/** Options of {@link validateCsv}. */
export interface ValidateCsvOptions {
  /** Called for every error, in file order: the way to see all errors in constant memory. */
  onError?: (error: CsvError) => void;
  /** How many errors the report keeps. Default 1000. */
  maxErrors?: number;
  /** Field delimiter. Default `,`. */
  delimiter?: string;
  /** The first row is a header. Default true. */
  header?: boolean;
  /** Stops reading when aborted (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
}

/** Input of {@link validateCsv}: a WHATWG stream (or any async iterable) of bytes or text. */
export type CsvSource =
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | Iterable<string>;

type Cell = (raw: string) => { code: CsvErrorCode; constraint?: string; en: string; id: string } | undefined;

const TRUE = ['true', 'True', 'TRUE', '1'];
const FALSE = ['false', 'False', 'FALSE', '0'];
const RE = {
  integer: /^[+-]?\d+$/,
  number: /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/,
  time: /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?$/,
  datetime: /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/,
  year: /^-?\d{4}$/,
  yearmonth: /^\d{4}-(?:0[1-9]|1[0-2])$/,
  duration: /^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/,
  email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/,
  uri: /^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/,
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  binary: /^[A-Za-z0-9+/]*={0,2}$/,
  geopoint: /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/,
};

const TYPE_ID: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  integer: 'bilangan bulat',
  boolean: 'boolean',
  object: 'objek JSON',
  array: 'daftar JSON',
  list: 'daftar',
  date: 'tanggal',
  time: 'waktu',
  datetime: 'tanggal-waktu',
  year: 'tahun',
  yearmonth: 'tahun-bulan',
  duration: 'durasi',
  geopoint: 'titik koordinat',
  geojson: 'GeoJSON',
  any: 'nilai',
};

/** strptime-style pattern (`%d/%m/%Y`) → regex with named parts. */
function patternRegex(format: string): RegExp {
  const parts: Record<string, string> = {
    Y: '(?<Y>\\d{4})',
    y: '(?<y>\\d{2})',
    m: '(?<m>\\d{1,2})',
    d: '(?<d>\\d{1,2})',
    H: '(?<H>\\d{1,2})',
    M: '(?<M>\\d{2})',
    S: '(?<S>\\d{2})',
    f: '\\d+',
    z: '(?:Z|[+-]\\d{2}:?\\d{2})',
  };
  let re = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i] as string;
    if (c === '%' && i + 1 < format.length) {
      const k = format[++i] as string;
      re += parts[k] ?? k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function validParts(g: Record<string, string | undefined> | undefined): boolean {
  if (!g) return false;
  const year = g['Y'] ?? (g['y'] !== undefined ? `20${g['y']}` : undefined);
  if (year !== undefined && g['m'] !== undefined && g['d'] !== undefined) {
    const iso = `${year}-${g['m'].padStart(2, '0')}-${g['d'].padStart(2, '0')}`;
    if (!isLocalDate(iso)) return false;
  } else if (g['m'] !== undefined && (Number(g['m']) < 1 || Number(g['m']) > 12)) return false;
  if (g['H'] !== undefined && Number(g['H']) > 23) return false;
  if (g['M'] !== undefined && Number(g['M']) > 59) return false;
  if (g['S'] !== undefined && Number(g['S']) > 60) return false;
  return true;
}

const isJson = (raw: string, want: 'object' | 'array'): unknown => {
  try {
    const v = JSON.parse(raw) as unknown;
    if (want === 'array' ? Array.isArray(v) : typeof v === 'object' && v !== null && !Array.isArray(v))
      return v;
  } catch {
    // not JSON
  }
  return undefined;
};

/** Builds the check of one field: type first, then constraints; `undefined` means the cell is fine. */
function cellChecker(field: TableSchemaField, missing: ReadonlySet<string>, inPrimaryKey: boolean): Cell {
  const c = field.constraints ?? {};
  const type = field.type;
  const required = c.required === true || inPrimaryKey;
  const fmt = field.format;
  const typeError = () => ({
    code: 'type_error' as const,
    en: `The value is not a valid ${type}${fmt && fmt !== 'default' ? ` (${fmt})` : ''}.`,
    id: `Nilai bukan ${TYPE_ID[type] ?? type} yang valid${fmt && fmt !== 'default' ? ` (${fmt})` : ''}.`,
  });
  const fail = (constraint: string, en: string, id: string) => ({
    code: 'constraint_error' as const,
    constraint,
    en,
    id,
  });

  // Type parsing: returns a comparable value (number or string), or `undefined` for a type error.
  let cast: (raw: string) => number | string | boolean | undefined;
  const trueValues = field.trueValues ?? TRUE;
  const falseValues = field.falseValues ?? FALSE;
  const numberPrep = (raw: string): string => {
    let v = raw;
    if (field.groupChar) v = v.split(field.groupChar).join('');
    if (field.decimalChar && field.decimalChar !== '.') v = v.split(field.decimalChar).join('.');
    if (field.bareNumber === false) v = v.replace(/^[^\d+\-.]+|[^\d.]+$/g, '');
    return v;
  };
  switch (type) {
    case 'integer':
      cast = (raw) => {
        const v = field.groupChar || field.bareNumber === false ? numberPrep(raw) : raw;
        return RE.integer.test(v) ? Number(v) : undefined;
      };
      break;
    case 'number':
      cast = (raw) => {
        const v = numberPrep(raw);
        if (v === 'NaN') return Number.NaN;
        if (v === 'INF') return Number.POSITIVE_INFINITY;
        if (v === '-INF') return Number.NEGATIVE_INFINITY;
        return RE.number.test(v) ? Number(v) : undefined;
      };
      break;
    case 'boolean':
      cast = (raw) => (trueValues.includes(raw) ? true : falseValues.includes(raw) ? false : undefined);
      break;
    case 'date': {
      if (!fmt || fmt === 'default') cast = (raw) => (isLocalDate(raw) ? raw : undefined);
      else if (fmt === 'any') cast = (raw) => (Number.isNaN(Date.parse(raw)) ? undefined : raw);
      else {
        const re = patternRegex(fmt);
        cast = (raw) => {
          const m = re.exec(raw);
          return m && validParts(m.groups) ? raw : undefined;
        };
      }
      break;
    }
    case 'time':
      if (!fmt || fmt === 'default') cast = (raw) => (RE.time.test(raw) ? raw : undefined);
      else if (fmt === 'any') cast = (raw) => (/^\d{1,2}[:.]\d{2}/.test(raw) ? raw : undefined);
      else {
        const re = patternRegex(fmt);
        cast = (raw) => {
          const m = re.exec(raw);
          return m && validParts(m.groups) ? raw : undefined;
        };
      }
      break;
    case 'datetime':
      if (!fmt || fmt === 'default') {
        cast = (raw) => {
          const m = RE.datetime.exec(raw);
          return m && isLocalDate(m[1]) ? raw : undefined;
        };
      } else if (fmt === 'any') cast = (raw) => (Number.isNaN(Date.parse(raw)) ? undefined : raw);
      else {
        const re = patternRegex(fmt);
        cast = (raw) => {
          const m = re.exec(raw);
          return m && validParts(m.groups) ? raw : undefined;
        };
      }
      break;
    case 'year':
      cast = (raw) => (RE.year.test(raw) ? Number(raw) : undefined);
      break;
    case 'yearmonth':
      cast = (raw) => (RE.yearmonth.test(raw) ? raw : undefined);
      break;
    case 'duration':
      cast = (raw) => (RE.duration.test(raw) ? raw : undefined);
      break;
    case 'object':
      cast = (raw) => (isJson(raw, 'object') !== undefined ? raw : undefined);
      break;
    case 'array':
      cast = (raw) => (isJson(raw, 'array') !== undefined ? raw : undefined);
      break;
    case 'geojson':
      cast = (raw) => {
        const v = isJson(raw, 'object') as Record<string, unknown> | undefined;
        return v && typeof v['type'] === 'string' ? raw : undefined;
      };
      break;
    case 'geopoint':
      cast = (raw) => {
        let lon: number;
        let lat: number;
        if (fmt === 'array') {
          const v = isJson(raw, 'array') as unknown[] | undefined;
          if (v?.length !== 2 || typeof v[0] !== 'number' || typeof v[1] !== 'number') return undefined;
          [lon, lat] = v as [number, number];
        } else if (fmt === 'object') {
          const v = isJson(raw, 'object') as Record<string, unknown> | undefined;
          if (!v || typeof v['lon'] !== 'number' || typeof v['lat'] !== 'number') return undefined;
          lon = v['lon'];
          lat = v['lat'];
        } else {
          const m = RE.geopoint.exec(raw);
          if (!m) return undefined;
          lon = Number(m[1]);
          lat = Number(m[2]);
        }
        return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? raw : undefined;
      };
      break;
    case 'string':
      if (fmt === 'email') cast = (raw) => (RE.email.test(raw) ? raw : undefined);
      else if (fmt === 'uri') cast = (raw) => (RE.uri.test(raw) ? raw : undefined);
      else if (fmt === 'uuid') cast = (raw) => (RE.uuid.test(raw) ? raw : undefined);
      else if (fmt === 'binary')
        cast = (raw) => (RE.binary.test(raw) && raw.length % 4 === 0 ? raw : undefined);
      else cast = (raw) => raw;
      break;
    default:
      cast = (raw) => raw;
  }

  const numeric = type === 'integer' || type === 'number' || type === 'year';
  const bound = (v: number | string | undefined) =>
    v === undefined ? undefined : numeric ? Number(v) : String(v);
  const min = bound(c.minimum);
  const max = bound(c.maximum);
  const xmin = bound(c.exclusiveMinimum);
  const xmax = bound(c.exclusiveMaximum);
  const pattern = c.pattern === undefined ? undefined : new RegExp(`^(?:${c.pattern})$`, 'u');
  const enumSet =
    c.enum === undefined ? undefined : new Set(c.enum.map((e) => (numeric ? String(Number(e)) : String(e))));
  const minLength = c.minLength;
  const maxLength = c.maxLength;
  const lengthOf = (raw: string): number => {
    if (type === 'array') return (JSON.parse(raw) as unknown[]).length;
    if (type === 'object') return Object.keys(JSON.parse(raw) as object).length;
    return [...raw].length;
  };

  return (raw) => {
    if (missing.has(raw)) {
      return required ? fail('required', 'A value is required.', 'Nilai wajib diisi.') : undefined;
    }
    const v = cast(raw);
    if (v === undefined) return typeError();
    if (min !== undefined && v < min)
      return fail('minimum', `The value is below the minimum ${min}.`, `Nilai di bawah minimum ${min}.`);
    if (max !== undefined && v > max)
      return fail('maximum', `The value is above the maximum ${max}.`, `Nilai di atas maksimum ${max}.`);
    if (xmin !== undefined && v <= xmin) {
      return fail(
        'exclusiveMinimum',
        `The value must be greater than ${xmin}.`,
        `Nilai harus lebih dari ${xmin}.`,
      );
    }
    if (xmax !== undefined && v >= xmax) {
      return fail(
        'exclusiveMaximum',
        `The value must be less than ${xmax}.`,
        `Nilai harus kurang dari ${xmax}.`,
      );
    }
    if (minLength !== undefined && lengthOf(raw) < minLength) {
      return fail(
        'minLength',
        `The value is shorter than ${minLength}.`,
        `Panjang nilai kurang dari ${minLength}.`,
      );
    }
    if (maxLength !== undefined && lengthOf(raw) > maxLength) {
      return fail(
        'maxLength',
        `The value is longer than ${maxLength}.`,
        `Panjang nilai lebih dari ${maxLength}.`,
      );
    }
    if (pattern !== undefined && !pattern.test(raw)) {
      return fail('pattern', 'The value does not match the pattern.', 'Nilai tidak sesuai pola.');
    }
    if (enumSet !== undefined && !enumSet.has(numeric ? String(v) : raw)) {
      return fail(
        'enum',
        'The value is not one of the allowed values.',
        'Nilai bukan salah satu nilai yang diizinkan.',
      );
    }
    return undefined;
  };
}

async function* chunks(source: CsvSource, signal: AbortSignal | undefined): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let first = true;
  const text = (c: Uint8Array | string): string => {
    let t = typeof c === 'string' ? c : decoder.decode(c, { stream: true });
    if (first && t.length > 0) {
      if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
      first = false;
    }
    return t;
  };
  if (typeof (source as ReadableStream).getReader === 'function') {
    const reader = (source as ReadableStream<Uint8Array | string>).getReader();
    try {
      for (;;) {
        if (signal?.aborted) throw signal.reason;
        const { done, value } = await reader.read();
        if (done) break;
        yield text(value);
      }
    } finally {
      reader.releaseLock();
    }
  } else {
    for await (const c of source as AsyncIterable<Uint8Array | string>) {
      if (signal?.aborted) throw signal.reason;
      yield text(c);
    }
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/**
 * Validates a CSV resource against a Frictionless Table Schema while streaming it, and reports
 * every error with row, column and reason (in Indonesian and English, never with the cell value).
 * Memory stays constant in the file size: records are checked one at a time and only the first
 * `maxErrors` errors are kept (all go to `onError`). `unique` and `primaryKey` checks must
 * remember the keys seen, so they grow with the number of distinct keys.
 *
 * Reads a WHATWG `ReadableStream` (a `fetch` body, a `File.stream()`), any async iterable of
 * `Uint8Array` or strings (a Node stream), or an array of strings. UTF-8, BOM stripped.
 *
 * @example
 * ```ts
 * declare const schema: TableSchema; // the resource's Table Schema
 * const resource = { url: 'https://data.ntbprov.go.id/penduduk-2024.csv' };
 * const report = await validateCsv((await fetch(resource.url)).body!, schema, {
 *   onError: (e) => console.log(`row ${e.row}, column ${e.column}: ${e.message.id}`),
 * });
 * report.valid; // false
 * report.errorCount; // 12
 * ```
 */
export async function validateCsv(
  source: CsvSource,
  schemaInput: TableSchema | unknown,
  options: ValidateCsvOptions = {},
): Promise<CsvValidationReport> {
  const schema = parseTableSchema(schemaInput);
  const maxErrors = options.maxErrors ?? 1000;
  const fields = schema.fields;
  const width = fields.length;
  const pk =
    schema.primaryKey === undefined
      ? []
      : Array.isArray(schema.primaryKey)
        ? schema.primaryKey
        : [schema.primaryKey];
  const pkIndex = pk.map((name) => fields.findIndex((f) => f.name === name));
  const checkers = fields.map((f) =>
    cellChecker(f, new Set(f.missingValues ?? schema.missingValues), pk.includes(f.name)),
  );
  const uniques = fields.map((f) => (f.constraints?.unique ? new Set<string>() : undefined));
  const pkSeen = pk.length > 0 ? new Set<string>() : undefined;
  const missing = new Set(schema.missingValues);
  const errors: CsvError[] = [];
  let errorCount = 0;
  let rowCount = 0;
  let record = 0;
  const header = options.header !== false;

  const report = (e: CsvError) => {
    errorCount++;
    if (errors.length < maxErrors) errors.push(e);
    options.onError?.(e);
  };
  const at = (row: number, line: number, col: number) => {
    const f = fields[col];
    return f ? { row, line, column: col + 1, field: f.name } : { row, line, column: col + 1 };
  };

  const onRecord = (cells: string[], line: number) => {
    record++;
    if (record === 1 && header) {
      const n = Math.max(cells.length, width);
      for (let i = 0; i < n; i++) {
        const label = cells[i];
        const f = fields[i];
        if (label === undefined) {
          report({
            ...at(1, line, i),
            code: 'missing_label',
            message: { id: 'Judul kolom tidak ada.', en: 'The column label is missing.' },
          });
        } else if (f === undefined) {
          report({
            row: 1,
            line,
            column: i + 1,
            code: 'extra_label',
            message: { id: 'Kolom tidak ada di skema.', en: 'The column is not in the schema.' },
          });
        } else if (label.trim() !== f.name) {
          report({
            ...at(1, line, i),
            code: 'incorrect_label',
            message: {
              id: `Judul kolom seharusnya \`${f.name}\`.`,
              en: `The column label should be \`${f.name}\`.`,
            },
          });
        }
      }
      return;
    }
    rowCount++;
    const row = record;
    if (cells.every((c) => c === '')) {
      report({ row, line, code: 'blank_row', message: { id: 'Baris kosong.', en: 'The row is blank.' } });
      return;
    }
    const n = Math.min(cells.length, width);
    for (let i = 0; i < n; i++) {
      const raw = cells[i] as string;
      const problem = (checkers[i] as Cell)(raw);
      if (problem) {
        const e: CsvError = {
          ...at(row, line, i),
          code: problem.code,
          message: { id: problem.id, en: problem.en },
        };
        report(problem.constraint ? { ...e, constraint: problem.constraint } : e);
        continue;
      }
      const seen = uniques[i];
      if (seen && !missing.has(raw)) {
        if (seen.has(raw)) {
          report({
            ...at(row, line, i),
            code: 'unique_error',
            constraint: 'unique',
            message: {
              id: 'Nilai harus unik; nilai ini sudah muncul.',
              en: 'The value must be unique; it appeared before.',
            },
          });
        } else seen.add(raw);
      }
    }
    for (let i = cells.length; i < width; i++) {
      report({
        ...at(row, line, i),
        code: 'missing_cell',
        message: { id: 'Sel tidak ada.', en: 'The cell is missing.' },
      });
    }
    for (let i = width; i < cells.length; i++) {
      report({
        row,
        line,
        column: i + 1,
        code: 'extra_cell',
        message: { id: 'Sel berlebih di luar skema.', en: 'An extra cell beyond the schema.' },
      });
    }
    if (pkSeen) {
      const key =
        pkIndex.length === 1
          ? (cells[pkIndex[0] as number] ?? '')
          : JSON.stringify(pkIndex.map((i) => cells[i] ?? ''));
      if (pkSeen.has(key)) {
        report({
          row,
          line,
          code: 'primary_key_error',
          message: {
            id: 'Kunci utama sudah dipakai baris lain.',
            en: 'The primary key is used by another row.',
          },
        });
      } else pkSeen.add(key);
    }
  };

  const parser = new CsvRecordParser(options.delimiter ?? ',');
  for await (const chunk of chunks(source, options.signal)) parser.push(chunk, onRecord);
  const { unterminated } = parser.end(onRecord);
  if (unterminated) {
    report({
      row: record,
      line: 0,
      code: 'unterminated_quote',
      message: {
        id: 'Tanda kutip tidak ditutup sampai akhir berkas.',
        en: 'A quote is not closed before the end of the file.',
      },
    });
  }
  return { valid: errorCount === 0, rowCount, errorCount, errors, truncated: errorCount > errors.length };
}

/**
 * Thrown by {@link validateCsv} callers who want an exception: wraps a failed report.
 *
 * @example
 * ```ts
 * declare const schema: TableSchema; // the resource's Table Schema
 * const stream = (await fetch('https://data.ntbprov.go.id/penduduk-2024.csv')).body!;
 * const report = await validateCsv(stream, schema);
 * if (!report.valid) throw new CsvValidationError(report);
 * ```
 */
export class CsvValidationError extends OpenGovError {
  override readonly name: string = 'CsvValidationError';
  /** The failed report. */
  readonly report: CsvValidationReport;
  constructor(report: CsvValidationReport) {
    const first = report.errors[0];
    const where = first ? ` (baris ${first.row}${first.column ? `, kolom ${first.column}` : ''})` : '';
    const whereEn = first ? ` (row ${first.row}${first.column ? `, column ${first.column}` : ''})` : '';
    super(`The CSV file has ${report.errorCount} error(s)${whereEn}.`, {
      code: 'csv_invalid',
      messages: {
        id: `Berkas CSV memiliki ${report.errorCount} kesalahan${where}.`,
        en: `The CSV file has ${report.errorCount} error(s)${whereEn}.`,
      },
    });
    this.report = report;
  }
  protected override details(): Record<string, unknown> {
    return { errorCount: this.report.errorCount, errors: this.report.errors.slice(0, 20) };
  }
}
