import { parseWith } from '@opengov-id/core';
import * as z from 'zod';
import type { LmsTable } from '../growth/lms.js';
import { loadGrowthTables } from '../growth/load.js';
import type { MeasuredPosition, Sex } from '../growth/schema.js';
import { computeGrowthZScoresSync, type GrowthTables } from '../growth/zscores.js';
import { type ChartIndicator, KMS_BANDS, type KmsBandSet } from './bands.js';

/** One measurement to plot: the age (days or unrounded months) and the value (kg or cm). */
export interface ChartPoint {
  /** Exact age in days. Give this or `ageMonths`. */
  readonly ageDays?: number | undefined;
  /** Age in unrounded months (× 30.4375 days, as WHO converts). Give this or `ageDays`. */
  readonly ageMonths?: number | undefined;
  /** Weight in kg (weight-for-age) or length/height in cm (length/height-for-age), as measured. */
  readonly value: number;
  /** For length/height: how it was measured; the point is plotted after WHO's ±0.7 cm correction. */
  readonly measured?: MeasuredPosition | undefined;
}

/** What {@link renderGrowthChartSync} draws. */
export interface GrowthChartOptions {
  /** Weight-for-age (BB/U) or length/height-for-age (PB/U, TB/U). */
  readonly indicator: ChartIndicator;
  /** The WHO curves of boys or girls. */
  readonly sex: Sex;
  /** The child's measurements; ages beyond the chart are left out. */
  readonly points?: readonly ChartPoint[] | undefined;
  /** Language of the labels: `'id'` (default) or `'en'`. */
  readonly language?: 'id' | 'en' | undefined;
  /** The age range drawn: 0–24 or 0–60 months (default). */
  readonly maxAgeMonths?: 24 | 60 | undefined;
  /** Width in px (default 800). */
  readonly width?: number | undefined;
  /** Height in px (default 560). */
  readonly height?: number | undefined;
  /** Colour bands to use instead of {@link KMS_BANDS}. */
  readonly bands?: KmsBandSet | undefined;
  /** A title instead of the default one (escaped; do not put a child's name or NIK in it). */
  readonly title?: string | undefined;
}

// Built on first use, so an app that never draws a chart keeps none of these schemas.
let schema: z.ZodType | undefined;
function optionsSchema(): z.ZodType {
  if (schema) return schema;
  const point = z
    .strictObject({
      ageDays: z.number().nonnegative().optional(),
      ageMonths: z.number().nonnegative().optional(),
      value: z.number().positive().max(300),
      measured: z.enum(['recumbent', 'standing']).optional(),
    })
    .refine((p) => (p.ageDays === undefined) !== (p.ageMonths === undefined), {
      path: ['ageDays'],
      message: 'give exactly one of ageDays or ageMonths.',
      params: { id: 'isi tepat satu dari ageDays atau ageMonths.' },
    });
  const label = z.object({ id: z.string().max(80), en: z.string().max(80) });
  const band = z.object({
    fromZ: z.number().min(-6).max(6).nullable(),
    toZ: z.number().min(-6).max(6).nullable(),
    colour: z.string().regex(/^#[0-9a-fA-F]{3,8}$|^[a-z]+$/),
    label,
  });
  const bands = z.object({
    source: z.string(),
    bands: z.object({ weightForAge: z.array(band), lengthHeightForAge: z.array(band) }),
  });
  schema = z.object({
    indicator: z.enum(['weightForAge', 'lengthHeightForAge']),
    sex: z.enum(['male', 'female']),
    points: z.array(point).max(1000).optional(),
    language: z.enum(['id', 'en']).optional(),
    maxAgeMonths: z.union([z.literal(24), z.literal(60)]).optional(),
    width: z.number().int().min(320).max(4000).optional(),
    height: z.number().int().min(240).max(4000).optional(),
    bands: bands.optional(),
    title: z.string().max(200).optional(),
  });
  return schema;
}

/** The SD lines drawn, as in WHO's charts. */
export const CHART_Z_LINES: readonly number[] = [-3, -2, 0, 2, 3];

const TEXT = {
  id: {
    weightForAge: 'Berat Badan menurut Umur (BB/U)',
    lengthHeightForAge: 'Panjang/Tinggi Badan menurut Umur (PB/U, TB/U)',
    male: 'Laki-laki',
    female: 'Perempuan',
    months: 'bulan',
    x: 'Umur (bulan)',
    yweightForAge: 'Berat badan (kg)',
    ylengthHeightForAge: 'Panjang/tinggi badan (cm)',
    source: 'Standar Pertumbuhan Anak WHO 2006; kategori Permenkes No. 2 Tahun 2020',
  },
  en: {
    weightForAge: 'Weight-for-age',
    lengthHeightForAge: 'Length/height-for-age',
    male: 'Boys',
    female: 'Girls',
    months: 'months',
    x: 'Age (months)',
    yweightForAge: 'Weight (kg)',
    ylengthHeightForAge: 'Length/height (cm)',
    source: 'WHO Child Growth Standards 2006; categories of Permenkes 2/2020 (Indonesia)',
  },
} as const;

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const n = (x: number): string => String(Math.round(x * 100) / 100);
const minus = (text: string): string => text.replace('-', '−');

/** The value at z on an LMS row: `M·(1 + L·S·z)^(1/L)`. */
function valueAt(v: Float64Array, row: number, zLine: number): number {
  const l = v[row * 3]!;
  const m = v[row * 3 + 1]!;
  const s = v[row * 3 + 2]!;
  return m * (1 + l * s * zLine) ** (1 / l);
}

/**
 * Renders a growth chart as an SVG string, with no browser: the WHO curves (−3, −2, 0, +2, +3 SD)
 * of weight-for-age or length/height-for-age for boys or girls, computed from the LMS table, over
 * the KMS colour bands, with the child's measurements plotted and joined, labelled in Indonesian or
 * English. Length/height points are plotted after WHO's ±0.7 cm correction, so each sits where its
 * z-score says; each point carries that z in `data-z`. The length/height curves break at 731 days,
 * where WHO's table passes from length to height.
 *
 * @param tables Must hold the table of `indicator` (`weightForAge` or `lengthHeightForAge`); see
 * {@link loadGrowthTables}, or use {@link renderGrowthChart}, which loads it.
 * @throws {@link @opengov-id/core!index.ValidationError} when the options are invalid;
 * {@link GrowthTableMissingError} when the table is not given.
 * @example
 * ```ts
 * const tables = await loadGrowthTables(['weightForAge']);
 * const svg = renderGrowthChartSync(
 *   { indicator: 'weightForAge', sex: 'female', points: [{ ageMonths: 6, value: 7.1 }], language: 'id' },
 *   tables,
 * );
 * ```
 */
export function renderGrowthChartSync(options: GrowthChartOptions, tables: GrowthTables): string {
  const o = parseWith(optionsSchema(), options, 'GrowthChartOptions') as GrowthChartOptions;
  const table = tables[o.indicator];
  // Let the engine raise its own GrowthTableMissingError for a missing table.
  if (!table) computeGrowthZScoresSync(probe(o.indicator, o.sex), tables);
  return draw(o, table as LmsTable, tables);
}

/**
 * {@link renderGrowthChartSync}, loading the WHO table it needs on first use.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when the options are invalid;
 * {@link @opengov-id/core!index.NetworkError} when the table cannot be fetched.
 * @example
 * ```ts
 * const svg = await renderGrowthChart({
 *   indicator: 'lengthHeightForAge',
 *   sex: 'male',
 *   language: 'en',
 *   points: [{ ageMonths: 12, value: 74, measured: 'recumbent' }],
 * });
 * ```
 */
export async function renderGrowthChart(
  options: GrowthChartOptions,
  loadOptions: { readonly tables?: GrowthTables | undefined } = {},
): Promise<string> {
  const o = parseWith(optionsSchema(), options, 'GrowthChartOptions') as GrowthChartOptions;
  const tables = loadOptions.tables?.[o.indicator]
    ? loadOptions.tables
    : await loadGrowthTables([o.indicator]);
  return renderGrowthChartSync(o, tables);
}

const probe = (indicator: ChartIndicator, sex: Sex) =>
  indicator === 'weightForAge' ? { sex, ageDays: 0, weightKg: 3 } : { sex, ageDays: 0, lengthHeightCm: 50 };

function draw(o: GrowthChartOptions, table: LmsTable, tables: GrowthTables): string {
  const lang = o.language ?? 'id';
  const t = TEXT[lang];
  const width = o.width ?? 800;
  const height = o.height ?? 560;
  const maxMonths = o.maxAgeMonths ?? 60;
  const lastDay = Math.min(table.start + table.rows - 1, Math.floor(maxMonths * 30.4375));
  const rows = o.sex === 'male' ? table.male : table.female;
  const left = 64;
  const right = 44;
  const top = 56;
  const bottom = 92;
  const plotW = width - left - right;
  const plotH = height - top - bottom;

  // Segments of consecutive table days; length/height breaks where length becomes height.
  const segments: Array<[number, number]> =
    o.indicator === 'lengthHeightForAge' && lastDay >= 731
      ? [
          [0, 730],
          [731, lastDay],
        ]
      : [[0, lastDay]];
  const days = (from: number, to: number): number[] => {
    const out: number[] = [];
    for (let d = from; d < to; d += 7) out.push(d);
    out.push(to);
    return out;
  };

  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const [from, to] of segments) {
    for (const d of days(from, to)) {
      low = Math.min(low, valueAt(rows, d - table.start, -3));
      high = Math.max(high, valueAt(rows, d - table.start, 3));
    }
  }
  const step = o.indicator === 'weightForAge' ? (high - low > 16 ? 2 : 1) : 5;
  const yMin = Math.max(0, Math.floor(low / step) * step - step);
  const yMax = Math.ceil(high / step) * step + step;
  const x = (day: number) => left + (day / lastDay) * plotW;
  const y = (value: number) => top + plotH - ((value - yMin) / (yMax - yMin)) * plotH;
  const curve = (zLine: number, from: number, to: number) =>
    days(from, to).map((d) => `${n(x(d))},${n(y(valueAt(rows, d - table.start, zLine)))}`);

  const out: string[] = [];
  const title = o.title ?? `${t[o.indicator]}: ${t[o.sex]}, 0–${maxMonths} ${t.months}`;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="chart-title" data-indicator="${o.indicator}" data-sex="${o.sex}" data-x0="${n(left)}" data-x1="${n(left + plotW)}" data-day1="${lastDay}" data-y0="${n(top + plotH)}" data-y1="${n(top)}" data-value0="${yMin}" data-value1="${yMax}">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<defs><clipPath id="plot-area"><rect x="${n(left)}" y="${n(top)}" width="${n(plotW)}" height="${n(plotH)}"/></clipPath></defs>`,
    `<text x="${n(width / 2)}" y="28" text-anchor="middle" font-size="16" font-weight="bold">${escapeXml(title)}</text>`,
  );

  // Bands: the area between two z lines (or a chart edge), one polygon per segment.
  const bandSet = (o.bands ?? KMS_BANDS).bands[o.indicator];
  out.push('<g class="bands" clip-path="url(#plot-area)">');
  for (const band of bandSet) {
    for (const [from, to] of segments) {
      const upper =
        band.toZ === null
          ? [`${n(x(to))},${n(top)}`, `${n(x(from))},${n(top)}`]
          : curve(band.toZ, from, to).reverse();
      const lower =
        band.fromZ === null
          ? [`${n(x(from))},${n(top + plotH)}`, `${n(x(to))},${n(top + plotH)}`]
          : curve(band.fromZ, from, to);
      out.push(
        `<polygon fill="${escapeXml(band.colour)}" data-band="${escapeXml(band.label.en)}" points="${[...lower, ...upper].join(' ')}"/>`,
      );
    }
  }
  out.push('</g>');

  // Grid and axes.
  out.push('<g class="grid" stroke="#9e9e9e" stroke-opacity="0.35" stroke-width="0.5">');
  for (let m = 0; m <= maxMonths; m++) {
    const gx = x(Math.min(lastDay, m * 30.4375));
    out.push(`<line x1="${n(gx)}" y1="${n(top)}" x2="${n(gx)}" y2="${n(top + plotH)}"/>`);
  }
  for (let v = yMin; v <= yMax; v += step)
    out.push(`<line x1="${n(left)}" y1="${n(y(v))}" x2="${n(left + plotW)}" y2="${n(y(v))}"/>`);
  out.push('</g>');
  out.push(
    `<rect x="${n(left)}" y="${n(top)}" width="${n(plotW)}" height="${n(plotH)}" fill="none" stroke="#424242"/>`,
  );
  out.push('<g class="axis-x" text-anchor="middle">');
  const every = maxMonths === 24 ? 2 : 6;
  for (let m = 0; m <= maxMonths; m += every) {
    out.push(`<text x="${n(x(Math.min(lastDay, m * 30.4375)))}" y="${n(top + plotH + 16)}">${m}</text>`);
  }
  out.push(`<text x="${n(left + plotW / 2)}" y="${n(top + plotH + 34)}">${t.x}</text></g>`);
  out.push('<g class="axis-y" text-anchor="end">');
  for (let v = yMin; v <= yMax; v += step)
    out.push(`<text x="${n(left - 6)}" y="${n(y(v) + 4)}">${v}</text>`);
  out.push(
    `<text transform="translate(16 ${n(top + plotH / 2)}) rotate(-90)" text-anchor="middle">${t[`y${o.indicator}`]}</text></g>`,
  );

  // WHO curves; −3 SD drawn as the KMS red line.
  out.push('<g class="curves" fill="none" clip-path="url(#plot-area)">');
  for (const zLine of CHART_Z_LINES) {
    const stroke = zLine === -3 ? '#c62828' : zLine === 0 ? '#1b5e20' : '#424242';
    for (const [from, to] of segments) {
      out.push(
        `<polyline data-z="${zLine}" stroke="${stroke}" stroke-width="${zLine === 0 ? 1.6 : 1.1}" points="${curve(zLine, from, to).join(' ')}"/>`,
      );
    }
  }
  out.push('</g><g class="curve-labels" font-size="11">');
  const [lastFrom, lastTo] = segments[segments.length - 1] as [number, number];
  // Bottom to top, each label at least 11 px above the one below so close lines stay readable.
  let previous = Number.POSITIVE_INFINITY;
  for (const zLine of CHART_Z_LINES) {
    const label = zLine > 0 ? `+${zLine}` : minus(String(zLine));
    const ly = Math.min(y(valueAt(rows, lastTo - table.start, zLine)) + 4, previous - 11);
    previous = ly;
    out.push(`<text x="${n(left + plotW + 4)}" y="${n(ly)}" data-from="${lastFrom}">${label}</text>`);
  }
  out.push('</g>');

  // The child's measurements, in age order, each with the z it plots at.
  const plotted: Array<{ day: number; value: number; z: number | null }> = [];
  for (const p of o.points ?? []) {
    const day = p.ageDays ?? (p.ageMonths as number) * 30.4375;
    if (day > lastDay) continue;
    const scores = computeGrowthZScoresSync(
      o.indicator === 'weightForAge'
        ? { sex: o.sex, ageDays: day, weightKg: p.value }
        : { sex: o.sex, ageDays: day, lengthHeightCm: p.value, measured: p.measured },
      tables,
    );
    const value = o.indicator === 'weightForAge' ? p.value : (scores.adjustedLengthHeightCm ?? p.value);
    const zValue =
      (o.indicator === 'weightForAge' ? scores.weightForAge : scores.lengthHeightForAge)?.z ?? null;
    plotted.push({ day, value, z: zValue });
  }
  plotted.sort((a, b) => a.day - b.day);
  out.push('<g class="measurements" clip-path="url(#plot-area)">');
  if (plotted.length > 1) {
    out.push(
      `<polyline fill="none" stroke="#0d47a1" stroke-width="1.5" points="${plotted.map((p) => `${n(x(p.day))},${n(y(p.value))}`).join(' ')}"/>`,
    );
  }
  for (const p of plotted) {
    out.push(
      `<circle cx="${n(x(p.day))}" cy="${n(y(p.value))}" r="4" fill="#0d47a1" data-age-days="${n(p.day)}" data-value="${n(p.value)}" data-z="${p.z ?? ''}"/>`,
    );
  }
  out.push('</g>');

  // Legend and source.
  out.push('<g class="legend">');
  const legendY = height - 34;
  let lx = left;
  for (const band of bandSet) {
    out.push(
      `<rect x="${n(lx)}" y="${n(legendY - 10)}" width="14" height="12" fill="${escapeXml(band.colour)}" stroke="#757575" stroke-width="0.5"/>`,
      `<text x="${n(lx + 18)}" y="${n(legendY)}">${escapeXml(band.label[lang])}</text>`,
    );
    lx += 26 + band.label[lang].length * 6.5;
  }
  out.push(`<text x="${n(left)}" y="${n(height - 12)}" font-size="10" fill="#616161">${t.source}</text></g>`);
  out.push('</svg>');
  return out.join('\n');
}
