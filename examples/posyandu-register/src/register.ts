// Reads a register, scores every weighing with posyandu, and works out N/T/O/B and the SKDN.
import { daysBetween, ValidationError } from '@opengov-id/core';
import {
  assessWeighings,
  classifyGrowth,
  completedMonths,
  computeGrowthZScoresSync,
  computeSkdn,
  type GrowthCategories,
  type GrowthTables,
  type GrowthZScores,
  loadGrowthTables,
  type SkdnChild,
  type SkdnReport,
  skdnChildForMonth,
  type WeighingAssessment,
} from '@opengov-id/posyandu';
import { type CsvRecord, readCsvRecords } from './csv.js';
import { COLUMNS, type ColumnKey, indexColumns, parseRow, type RegisterRow, type RowError } from './row.js';

/** A weighing that was scored. */
export interface ScoredWeighing {
  readonly input: RegisterRow;
  /** The child it belongs to (`anak-001`, in order of first appearance). */
  readonly childId: string;
  /** Exact age in days, for WHO. */
  readonly ageDays: number;
  /** Age in completed months, for Permenkes 2/2020 and the KMS. */
  readonly ageMonths: number;
  readonly scores: GrowthZScores;
  readonly categories: GrowthCategories;
  /** The KMS reading (N, T, O, B); set once the child's whole history is read. */
  assessment?: WeighingAssessment;
}

/** One record of the file as it comes out: its cells, and its scores or its errors. */
export interface RegisterLine {
  readonly row: number;
  readonly cells: readonly string[];
  /** Set when the row was scored. */
  scored?: ScoredWeighing;
  /** Why the row was not scored (empty when it was). */
  readonly errors: RowError[];
}

/** A child of the register, from the rows that share name, sex, birth date and mother. */
export interface RegisterChild {
  readonly id: string;
  readonly sex: RegisterRow['sex'];
  readonly birthDate: string;
  hasKms: boolean;
  readonly dusun: string;
  /** Scored weighings, oldest first once the register is read. */
  readonly weighings: ScoredWeighing[];
}

/** Options of {@link processRegister}. */
export interface ProcessOptions {
  /** The SKDN month, `YYYY-MM`; default the latest month with a scored weighing. */
  readonly month?: string | undefined;
  /** Called every 1,000 rows and at the end, with the rows and bytes read so far. */
  readonly onProgress?: ((rows: number, bytes: number) => void) | undefined;
  /** The WHO tables; default all of them, loaded once. */
  readonly tables?: GrowthTables | undefined;
}

/** What {@link processRegister} found. */
export interface RegisterResult {
  /** The header row as in the file. */
  readonly header: readonly string[];
  readonly lines: readonly RegisterLine[];
  readonly children: readonly RegisterChild[];
  /** Every row error, in row order. */
  readonly errors: readonly RowError[];
  /** The SKDN month, or `null` when no row could be scored. */
  readonly month: string | null;
  /** The month's SKDN over the register's balita (see {@link skdnForMonth}). */
  readonly skdn: SkdnReport | null;
  /** Whether the file has a Buku KIA column (without it, K cannot be known). */
  readonly hasKiaColumn: boolean;
}

// Which register column a posyandu input field comes from, to name it in an error.
const FIELD_COLUMN: Readonly<Record<string, ColumnKey>> = {
  sex: 'sex',
  ageDays: 'date',
  weightKg: 'weight',
  lengthHeightCm: 'length',
  measured: 'measured',
};

const childKey = (r: RegisterRow): string =>
  [r.name, r.sex, r.birthDate, r.mother].map((s) => s.toLowerCase().replace(/\s+/g, ' ')).join('|');

const lastDayOfMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * The SKDN of one month over the register's children: S is every child born by the month's end
 * and under 60 completed months then; K those with a Buku KIA; D those weighed that month, with
 * N, T, O, B and BGM from their KMS reading (posyandu's `computeSkdn`).
 */
export function skdnForMonth(children: readonly RegisterChild[], month: string): SkdnReport {
  const end = lastDayOfMonth(month);
  const entries: SkdnChild[] = [];
  for (const c of children) {
    if (c.birthDate > end || completedMonths(c.birthDate, end) >= 60) continue;
    const assessments = c.weighings.flatMap((w) => (w.assessment ? [w.assessment] : []));
    entries.push(skdnChildForMonth(assessments, month, { hasKms: c.hasKms }));
  }
  return computeSkdn(entries);
}

/**
 * Reads a register (a CSV stream), scores each weighing with the WHO z-scores and the Permenkes
 * 2/2020 categories, reads each child's weighings as the KMS does (N, T, O, B, BGM, referral), and
 * computes the month's SKDN. A bad row is kept with its errors and does not stop the others.
 *
 * @throws {RegisterFormatError} when a required column is missing from the header.
 */
export async function processRegister(
  source: AsyncIterable<Uint8Array | string>,
  options: ProcessOptions = {},
): Promise<RegisterResult> {
  const tables = options.tables ?? (await loadGrowthTables());
  let bytes = 0;
  const records = readCsvRecords(source, (b) => {
    bytes = b;
  });

  let header: string[] | undefined;
  let columns: ReturnType<typeof indexColumns> | undefined;
  const lines: RegisterLine[] = [];
  const errors: RowError[] = [];
  const children = new Map<string, RegisterChild>();

  const score = (record: CsvRecord): RegisterLine => {
    const parsed = parseRow(record.fields, record.line, columns as NonNullable<typeof columns>);
    const width = (header as string[]).length;
    if (record.fields.slice(width).some((f) => f.trim() !== '')) {
      // Usually a comma inside an unquoted cell: the columns after it have shifted.
      const error: RowError = {
        row: record.line,
        column: null,
        message: {
          id: `baris ini punya ${record.fields.length} sel, lebih dari ${width} kolom judul (koma di dalam sel tanpa tanda kutip?).`,
          en: `this row has ${record.fields.length} cells, more than the ${width} header columns (a comma inside an unquoted cell?).`,
        },
      };
      return { row: record.line, cells: record.fields, errors: [error, ...(parsed.ok ? [] : parsed.errors)] };
    }
    if (!parsed.ok) return { row: record.line, cells: record.fields, errors: parsed.errors };
    const r = parsed.value;
    const ageDays = daysBetween(r.birthDate, r.date);
    const ageMonths = completedMonths(r.birthDate, r.date);
    if (ageMonths >= 60) {
      return {
        row: r.row,
        cells: record.fields,
        errors: [
          {
            row: r.row,
            column: COLUMNS.birthDate.header,
            message: {
              id: `umur ${ageMonths} bulan saat ditimbang: register ini untuk balita (0–59 bulan).`,
              en: `aged ${ageMonths} months when weighed: this register is for children under five (0–59 months).`,
            },
          },
        ],
      };
    }
    let scores: GrowthZScores;
    try {
      scores = computeGrowthZScoresSync(
        { sex: r.sex, ageDays, weightKg: r.weightKg, lengthHeightCm: r.lengthHeightCm, measured: r.measured },
        tables,
      );
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      // The package's own check of the measurements, named by the register's column.
      return {
        row: r.row,
        cells: record.fields,
        errors: error.issues.map((issue) => {
          const key = FIELD_COLUMN[issue.field.split('.')[0] ?? ''];
          return { row: r.row, column: key ? COLUMNS[key].header : null, message: issue.message };
        }),
      };
    }
    const key = childKey(r);
    let child = children.get(key);
    if (!child) {
      child = {
        id: `anak-${String(children.size + 1).padStart(3, '0')}`,
        sex: r.sex,
        birthDate: r.birthDate,
        hasKms: false,
        dusun: r.dusun,
        weighings: [],
      };
      children.set(key, child);
    }
    child.hasKms ||= r.hasKms;
    const scored: ScoredWeighing = {
      input: r,
      childId: child.id,
      ageDays,
      ageMonths,
      scores,
      categories: classifyGrowth(scores, ageMonths),
    };
    child.weighings.push(scored);
    return { row: r.row, cells: record.fields, scored, errors: [] };
  };

  for await (const record of records) {
    if (!header) {
      header = record.fields.map((h) => h.trim());
      columns = indexColumns(header);
      continue;
    }
    // Spreadsheets often end with empty rows.
    if (record.fields.every((f) => f.trim() === '')) continue;
    const line = score(record);
    lines.push(line);
    errors.push(...line.errors);
    if (lines.length % 1000 === 0) options.onProgress?.(lines.length, bytes);
  }
  options.onProgress?.(lines.length, bytes);
  if (!header) {
    indexColumns([]); // throws: an empty file has none of the required columns
  }

  const linesByRow = new Map(lines.map((l) => [l.row, l]));
  for (const child of children.values()) {
    child.weighings.sort((a, b) =>
      a.input.date < b.input.date ? -1 : a.input.date > b.input.date ? 1 : a.input.row - b.input.row,
    );
    // The KMS has one weighing a month: a second one in the same month is reported, not guessed at.
    const kept: ScoredWeighing[] = [];
    for (const w of child.weighings) {
      const previous = kept.at(-1);
      if (previous && previous.input.date.slice(0, 7) === w.input.date.slice(0, 7)) {
        const error: RowError = {
          row: w.input.row,
          column: COLUMNS.date.header,
          message: {
            id: `anak ini sudah ditimbang bulan ini (baris ${previous.input.row}); KMS mencatat satu penimbangan sebulan.`,
            en: `this child was already weighed this month (row ${previous.input.row}); the KMS records one weighing a month.`,
          },
        };
        const line = linesByRow.get(w.input.row);
        if (line) {
          delete line.scored;
          line.errors.push(error);
        }
        errors.push(error);
      } else kept.push(w);
    }
    child.weighings.splice(0, child.weighings.length, ...kept);
    const assessments = assessWeighings(
      child.birthDate,
      kept.map((w) => ({
        date: w.input.date,
        weightKg: w.input.weightKg,
        weightForAgeZ: w.scores.weightForAge?.z ?? null,
      })),
    );
    kept.forEach((w, i) => {
      const a = assessments[i];
      if (a) w.assessment = a;
    });
  }
  errors.sort((a, b) => a.row - b.row);

  const all = [...children.values()];
  let month = options.month ?? null;
  if (month === null) {
    for (const c of all)
      for (const w of c.weighings)
        if (month === null || w.input.date.slice(0, 7) > month) month = w.input.date.slice(0, 7);
  }
  const skdn = month === null ? null : skdnForMonth(all, month);
  return {
    header: header ?? [],
    lines,
    children: all,
    errors,
    month,
    skdn,
    hasKiaColumn: columns?.kia !== undefined,
  };
}
