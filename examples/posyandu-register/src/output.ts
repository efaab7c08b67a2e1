// The register written back with the z-scores, categories and KMS reading added to each row.
import type { GrowthZScore, NutritionalCategory, ReferralReason } from '@opengov-id/posyandu';
import { formatCsvRow } from '@opengov-id/satudata';
import type { RegisterLine, RegisterResult } from './register.js';
import type { RowError } from './row.js';

/** The columns added after the register's own. */
export const ADDED_COLUMNS = [
  'ID Anak',
  'Umur (hari)',
  'Umur (bulan penuh)',
  'Tinggi/Panjang terkoreksi (cm)',
  'Z BB/U',
  'Z PB/U atau TB/U',
  'Z BB/PB atau BB/TB',
  'Z IMT/U',
  'Status BB/U',
  'Status PB/U atau TB/U',
  'Status BB/PB atau BB/TB',
  'Status IMT/U',
  'N/T/O/B',
  'Kenaikan (g)',
  'KBM (g)',
  'BGM',
  'Rujuk',
  'Periksa ulang (WHO)',
  'Kesalahan / Error',
] as const;

/** How each referral reason is written in the register. */
export const REFERRAL_REASONS: Readonly<Record<ReferralReason, string>> = {
  not_gaining: 'T',
  two_consecutive_not_gaining: '2T',
  below_red_line: 'BGM',
  above_orange_line: 'di atas garis oranye',
};

const z = (s: GrowthZScore | undefined): string => (s?.z === null || s?.z === undefined ? '' : String(s.z));

// A flagged z-score is not classified: WHO asks for the measurement to be checked first.
const status = (c: NutritionalCategory | null | undefined, s: GrowthZScore | undefined): string =>
  c && !s?.flagged ? c.label.id : '';

/**
 * An error as one line, in Indonesian then English, naming the row and column.
 *
 * @example
 * ```ts
 * formatError({ row: 53, column: 'Tanggal Penimbangan', message: { id: 'tanggal tidak ada di kalender.', en: 'not a date in the calendar.' } });
 * // => 'Baris 53, kolom "Tanggal Penimbangan": tanggal tidak ada di kalender. / Row 53, column "Tanggal Penimbangan": not a date in the calendar.'
 * ```
 */
export function formatError(e: RowError): string {
  const idAt = e.column === null ? `Baris ${e.row}` : `Baris ${e.row}, kolom "${e.column}"`;
  const enAt = e.column === null ? `Row ${e.row}` : `Row ${e.row}, column "${e.column}"`;
  return `${idAt}: ${e.message.id} / ${enAt}: ${e.message.en}`;
}

/** The added cells of one line (empty but for the error column when the row was not scored). */
export function addedCells(line: RegisterLine): string[] {
  const s = line.scored;
  const errorText = line.errors
    .map((e) => `${e.column === null ? '' : `${e.column}: `}${e.message.id} / ${e.message.en}`)
    .join(' | ');
  if (!s) return [...ADDED_COLUMNS.slice(0, -1).map(() => ''), errorText];
  const { scores, categories, assessment: a } = s;
  const flagged = (
    [
      ['BB/U', scores.weightForAge],
      ['PB/U-TB/U', scores.lengthHeightForAge],
      ['BB/PB-TB', scores.weightForLengthHeight],
      ['IMT/U', scores.bmiForAge],
    ] as const
  )
    .filter(([, v]) => v?.flagged)
    .map(([label]) => label);
  return [
    s.childId,
    String(s.ageDays),
    String(s.ageMonths),
    scores.adjustedLengthHeightCm === null ? '' : String(scores.adjustedLengthHeightCm),
    z(scores.weightForAge),
    z(scores.lengthHeightForAge),
    z(scores.weightForLengthHeight),
    z(scores.bmiForAge),
    status(categories.weightForAge, scores.weightForAge),
    status(categories.lengthHeightForAge, scores.lengthHeightForAge),
    status(categories.weightForLengthHeight, scores.weightForLengthHeight),
    status(categories.bmiForAge, scores.bmiForAge),
    a?.status ?? '',
    a?.gainGrams === null || a?.gainGrams === undefined ? '' : String(a.gainGrams),
    a?.kbmGrams === null || a?.kbmGrams === undefined ? '' : String(a.kbmGrams),
    a?.belowRedLine ? 'Ya' : '',
    a?.refer ? `Ya (${a.referReasons.map((r) => REFERRAL_REASONS[r]).join(', ')})` : '',
    flagged.length > 0 ? `periksa ${flagged.join(', ')}` : '',
    errorText,
  ];
}

/**
 * The output CSV, line by line (CRLF, as spreadsheets write it; a cell that starts like a formula
 * gets satudata's `'` guard): the register's header and cells unchanged, then {@link ADDED_COLUMNS}. Every input row comes out, in the same order.
 */
export function* scoredCsvLines(result: RegisterResult): Generator<string> {
  const width = result.header.length;
  yield formatCsvRow([...result.header, ...ADDED_COLUMNS]);
  for (const line of result.lines) {
    // Pad to the header's width so the added columns line up; a longer row has an error saying so,
    // and its extra cells are kept in the error column's row, after the added columns.
    const cells = Array.from({ length: width }, (_, i) => line.cells[i] ?? '');
    const extra = line.cells.slice(width);
    yield formatCsvRow([...cells, ...addedCells(line), ...extra]);
  }
}
