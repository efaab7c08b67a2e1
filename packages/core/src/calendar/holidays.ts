import * as z from 'zod';
import type { LocalizedMessage } from '../errors/errors.js';
import { parseDayNumber, yearOfDay } from './date.js';
import { LocalDate } from './schemas.js';

/**
 * Kinds of days off, as enum values:
 * - `libur_nasional`: a national holiday (Keppres 251/1967 as amended, dated each year by SKB 3 Menteri);
 * - `cuti_bersama`: collective leave for ASN set by the same SKB (optional for private employers);
 * - `keppres_khusus`: a one-off day off by a separate Keppres (e.g. election day);
 * - `libur_daerah`: a regional day off set by a governor or regent, added by users at run time.
 *
 * @example
 * ```ts
 * HolidayKind.parse('cuti_bersama');
 * ```
 */
export const HolidayKind = z.enum({
  /** A national holiday. */
  libur_nasional: 'libur_nasional',
  /** Collective leave set by the SKB. */
  cuti_bersama: 'cuti_bersama',
  /** A one-off day off by Keppres. */
  keppres_khusus: 'keppres_khusus',
  /** A regional day off. */
  libur_daerah: 'libur_daerah',
});
/** One of the {@link HolidayKind} values. */
export type HolidayKind = z.output<typeof HolidayKind>;

const KIND_LABELS: Record<HolidayKind, LocalizedMessage> = {
  libur_nasional: { id: 'Hari libur nasional', en: 'National holiday' },
  cuti_bersama: { id: 'Cuti bersama', en: 'Collective leave (cuti bersama)' },
  keppres_khusus: {
    id: 'Hari libur berdasarkan Keppres khusus',
    en: 'Day off by special presidential decree',
  },
  libur_daerah: { id: 'Hari libur daerah', en: 'Regional day off' },
};

/**
 * Labels of each {@link HolidayKind} in Indonesian and English.
 *
 * @example
 * ```ts
 * HOLIDAY_KIND_LABELS.cuti_bersama.en; // => 'Collective leave (cuti bersama)'
 * ```
 */
export const HOLIDAY_KIND_LABELS: Readonly<Record<HolidayKind, LocalizedMessage>> = KIND_LABELS;

const LocalizedName = z.object({
  /** Bahasa Indonesia, as the decree writes it. */
  id: z.string().min(1),
  /** English. */
  en: z.string().min(1),
});

/**
 * One day off in the holiday table: its date, its name in Indonesian and English, its
 * kind and the decree that set it.
 *
 * @example
 * ```ts
 * const entry: HolidayEntry = HolidayEntry.parse({
 *   date: '2026-08-18',
 *   name: { id: 'Hari Jadi Kabupaten', en: 'Regency anniversary' },
 *   kind: 'libur_daerah',
 *   decree: 'Keputusan Bupati ...',
 * });
 * ```
 */
export const HolidayEntry = z.object({
  /** `YYYY-MM-DD`. */
  date: LocalDate,
  /** The name as the decree writes it, and in English. */
  name: LocalizedName,
  /** Which kind of day off; see {@link HolidayKind}. */
  kind: HolidayKind,
  /** The decree that sets this day, e.g. `'SKB 1497/2025, 2/2025, 5/2025'`. */
  decree: z.string().min(1),
});
/** One day off; see {@link HolidayEntry}. */
export type HolidayEntry = z.output<typeof HolidayEntry>;

/**
 * The days off of one year, with the decrees that set them and where the dates were
 * checked. A year is "decreed" once its SKB 3 Menteri is in the table.
 *
 * @example
 * ```ts
 * const y2027 = HolidayYear.parse({
 *   year: 2027,
 *   decrees: ['SKB ...'],
 *   entries: [{ date: '2027-01-01', name: { id: 'Tahun Baru 2027 Masehi', en: "New Year's Day 2027" }, kind: 'libur_nasional', decree: 'SKB ...' }],
 * });
 * ```
 */
export const HolidayYear = z
  .object({
    /** The Gregorian year, 1–9999. */
    year: z.number().int().min(1).max(9999),
    /** Every decree the entries cite (SKB numbers, amendments, Keppres). */
    decrees: z.array(z.string().min(1)).min(1),
    /** Every day off of the year, each inside `year`. */
    entries: z.array(HolidayEntry),
    /** Publications the dates were checked against. */
    sources: z.array(z.url()).optional(),
  })
  .refine((y) => y.entries.every((e) => yearOfDay(parseDayNumber(e.date) ?? 0) === y.year), {
    message: 'Every entry must fall in `year`.',
    params: { id: 'Setiap entri harus berada pada tahun `year`.' },
    path: ['entries'],
  });
/** One year of the holiday table; see {@link HolidayYear}. */
export type HolidayYear = z.output<typeof HolidayYear>;
