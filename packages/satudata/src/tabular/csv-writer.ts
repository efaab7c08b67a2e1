import { ValidationError } from '@opengov-id/core';

/**
 * Options of {@link formatCsvField} and {@link formatCsvRow}.
 *
 * @example
 * ```ts
 * const excelId: CsvFormatOptions = { delimiter: ';' };
 * const raw: CsvFormatOptions = { guardFormulas: false, lineEnding: '\n' };
 * ```
 */
export interface CsvFormatOptions {
  /**
   * The field separator: one character other than a quote or a line break. Default `,`.
   * Spreadsheets in an Indonesian locale read and write `;` (the comma is the decimal mark).
   */
  readonly delimiter?: string;
  /**
   * Whether a text that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`,
   * a tab or a carriage return) gets a leading `'`, the OWASP guard against CSV injection.
   * Numbers, and texts that are a plain decimal number such as `-1.25`, are data and stay as they
   * are. Default `true`; turn it off only for files no spreadsheet will open.
   */
  readonly guardFormulas?: boolean;
  /** What {@link formatCsvRow} ends the row with: `'\r\n'` (RFC 4180, the default), `'\n'` or `''`. */
  readonly lineEnding?: '\r\n' | '\n' | '';
}

// Cells a spreadsheet would read as a formula (OWASP "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;
// A negative decimal number is data, not a formula.
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const LINE_BREAK_OR_QUOTE = /["\r\n]/;

function checkDelimiter(delimiter: string): void {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
    throw ValidationError.single(
      'delimiter',
      {
        id: '`delimiter` harus satu karakter selain tanda kutip atau pemisah baris.',
        en: '`delimiter` must be one character other than a quote or a line break.',
      },
      'invalid_delimiter',
    );
  }
}

function formatField(value: string | number, delimiter: string, guard: boolean): string {
  if (typeof value === 'number') return String(value);
  const text = guard && FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return text.includes(delimiter) || LINE_BREAK_OR_QUOTE.test(text)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/**
 * One CSV field (RFC 4180): a field holding the delimiter, a quote or a line break is put in
 * quotes with its inner quotes doubled, and (unless `guardFormulas: false`) a text that starts
 * like a spreadsheet formula gets a leading `'` so Excel, LibreOffice and Google Sheets show it
 * instead of running it. A number is written with `String(value)`.
 *
 * @param value - The cell: a text, or a number written as is.
 * @param options - Delimiter and guard; `lineEnding` is not used here.
 * @returns The field as it goes between delimiters.
 * @throws {@link @opengov-id/core!index.ValidationError} (`invalid_delimiter`) for a delimiter
 *   that is not one character, or is a quote or a line break.
 *
 * @example
 * ```ts
 * formatCsvField('=HYPERLINK("http://x")'); // => `"'=HYPERLINK(""http://x"")"`
 * formatCsvField('-1.25'); // => '-1.25' (a number, not a formula)
 * formatCsvField(-1.25); // => '-1.25'
 * formatCsvField('Gizi baik, periksa'); // => '"Gizi baik, periksa"'
 * formatCsvField('Gizi baik, periksa', { delimiter: ';' }); // => 'Gizi baik, periksa'
 * ```
 */
export function formatCsvField(value: string | number, options: CsvFormatOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  checkDelimiter(delimiter);
  return formatField(value, delimiter, options.guardFormulas ?? true);
}

/**
 * One CSV row: its fields formatted with {@link formatCsvField}, joined by the delimiter and
 * ended with the line ending (CRLF by default). A row of one empty field is written `""`, so
 * that readers that skip blank lines still see it. Concatenate the rows for a whole file; the
 * result reads back with {@link CsvRecordParser} (with the same delimiter) as the same fields,
 * apart from the guard's `'` prefix.
 *
 * @param fields - The cells of the row, in order.
 * @param options - Delimiter, formula guard and line ending.
 * @returns The row, with its line ending.
 * @throws {@link @opengov-id/core!index.ValidationError} (`invalid_delimiter`) for a bad delimiter.
 *
 * @example
 * ```ts
 * const csv = [
 *   formatCsvRow(['kecamatan', 'balita', 'catatan']),
 *   formatCsvRow(['Taliwang', 412, '@admin: "cek ulang"']),
 * ].join('');
 * // => 'kecamatan,balita,catatan\r\nTaliwang,412,"\'@admin: ""cek ulang"""\r\n'
 * formatCsvRow(['No', 'Berat (kg)'], { delimiter: ';', lineEnding: '\n' }); // => 'No;Berat (kg)\n'
 * ```
 */
export function formatCsvRow(fields: readonly (string | number)[], options: CsvFormatOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  checkDelimiter(delimiter);
  const guard = options.guardFormulas ?? true;
  const lineEnding = options.lineEnding ?? '\r\n';
  const line =
    fields.length === 1 && fields[0] === ''
      ? '""'
      : fields.map((f) => formatField(f, delimiter, guard)).join(delimiter);
  return line + lineEnding;
}
