import { ValidationError, validationErrorFromZod } from '@opengov-id/core';
import * as z from 'zod';
import { type GrowthTableId, type GrowthTableSource, type LmsTable, TABLE_KEYS } from './lms.js';

/** L, M and S of one sex, one number per row. */
export interface LmsColumns {
  /** Box-Cox power (never 0 in WHO's tables). */
  readonly l: readonly number[];
  /** Median. */
  readonly m: readonly number[];
  /** Coefficient of variation. */
  readonly s: readonly number[];
}

/** What {@link defineLmsTable} needs: the figures, where they start and where they come from. */
export interface LmsTableInit {
  /** Which WHO table this replaces; it fixes the key (age in days or months, or cm) and the step. */
  readonly id: GrowthTableId;
  /** Human-readable title; defaults to the id. */
  readonly title?: string | undefined;
  /** Publisher, reference and version of the figures. */
  readonly source: GrowthTableSource;
  /** Key of the first row: whole days or months, or cm in 0.1 cm steps. */
  readonly start: number;
  /** Boys' columns. */
  readonly male: LmsColumns;
  /** Girls' columns, as many rows as the boys'. */
  readonly female: LmsColumns;
}

// Built on first use, so apps that never define a table do not keep this schema.
function initSchema() {
  const columns = z.object({
    l: z.array(
      z.number().refine((v) => v !== 0, { message: 'L must not be 0.', params: { id: 'L tidak boleh 0.' } }),
    ),
    m: z.array(z.number().positive()),
    s: z.array(z.number().positive()),
  });
  return z.object({
    id: z.enum(Object.keys(TABLE_KEYS) as [GrowthTableId, ...GrowthTableId[]]),
    title: z.string().min(1).optional(),
    source: z.object({
      publisher: z.string().min(1),
      reference: z.string().min(1),
      dataset: z.string().min(1),
      version: z.string().min(1),
      sha256: z.string().optional(),
    }),
    start: z.number().nonnegative(),
    male: columns,
    female: columns,
  });
}
let schema: ReturnType<typeof initSchema> | undefined;

/**
 * Builds an {@link LmsTable} from plain arrays, to use instead of a built-in WHO table (a newer WHO
 * release, say) through the `tables` option of {@link computeGrowthZScores} or
 * {@link computeGrowthZScoresSync}. Checks the shape: equal column lengths, M and S positive, L not 0,
 * a whole-row start.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when the figures are malformed.
 * @example
 * ```ts
 * const table = defineLmsTable({
 *   id: 'weightForAge5to19',
 *   source: { publisher: 'World Health Organization', reference: 'WHO 2007', dataset: 'wfawho2007.txt', version: '1' },
 *   start: 60, // the 60- and 61-month rows
 *   male: { l: [-0.1922, -0.2026], m: [18.3328, 18.5057], s: [0.12947, 0.12988] },
 *   female: { l: [-0.465, -0.4681], m: [18.0823, 18.2579], s: [0.1424, 0.14295] },
 * });
 * await computeGrowthZScores({ sex: 'male', ageMonths: 60.5, weightKg: 19 }, { tables: { weightForAge5to19: table } });
 * ```
 */
export function defineLmsTable(init: LmsTableInit): LmsTable {
  schema ??= initSchema();
  const parsed = schema.safeParse(init);
  if (!parsed.success) throw validationErrorFromZod(parsed.error, { subject: 'LmsTableInit' });
  const { id, title, source, start, male, female } = parsed.data;
  const { key, step } = TABLE_KEYS[id];
  const rows = male.m.length;
  for (const [sex, cols] of [
    ['male', male],
    ['female', female],
  ] as const) {
    for (const name of ['l', 'm', 's'] as const) {
      if (cols[name].length !== rows || rows === 0) {
        throw ValidationError.single(
          `${sex}.${name}`,
          {
            id: `Kolom \`${sex}.${name}\` harus berisi ${rows} baris, sama dengan \`male.m\` (minimal 1).`,
            en: `Field \`${sex}.${name}\` must have ${rows} rows, as many as \`male.m\` (at least 1).`,
          },
          'invalid_lms_table',
        );
      }
    }
  }
  if (Math.abs(start / step - Math.round(start / step)) > 1e-9) {
    throw ValidationError.single(
      'start',
      {
        id: `Kolom \`start\` harus kelipatan ${step}.`,
        en: `Field \`start\` must be a multiple of ${step}.`,
      },
      'invalid_lms_table',
    );
  }
  const interleave = (cols: LmsColumns) => {
    const out = new Float64Array(rows * 3);
    for (let i = 0; i < rows; i++) {
      out[i * 3] = cols.l[i]!;
      out[i * 3 + 1] = cols.m[i]!;
      out[i * 3 + 2] = cols.s[i]!;
    }
    return out;
  };
  return {
    id,
    title: title ?? id,
    source: {
      publisher: source.publisher,
      reference: source.reference,
      dataset: source.dataset,
      version: source.version,
      ...(source.sha256 === undefined ? {} : { sha256: source.sha256 }),
    },
    key,
    start,
    step,
    rows,
    male: interleave(male),
    female: interleave(female),
  };
}
