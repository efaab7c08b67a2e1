import * as z from 'zod';
import { isLocalDate, isLocalTime } from './date.js';

/**
 * A calendar date as `YYYY-MM-DD` that exists (no 2025-02-29, no month 13), years 0001–9999.
 * Its validation message is in Indonesian and English.
 *
 * @example
 * ```ts
 * const Agenda = z.object({ date: LocalDate });
 * Agenda.parse({ date: '2026-03-19' });
 * LocalDate.safeParse('2026-02-30').success; // => false
 * ```
 */
export const LocalDate = z.string().refine(isLocalDate, {
  message: 'Must be a real calendar date in YYYY-MM-DD format.',
  params: { id: 'Harus tanggal yang valid dalam format YYYY-MM-DD.' },
});
/** A calendar date string `YYYY-MM-DD`; see {@link LocalDate}. */
export type LocalDate = z.output<typeof LocalDate>;

/**
 * A wall-clock time as `HH:mm`, 24-hour (00:00–23:59). Its validation message is in
 * Indonesian and English.
 *
 * @example
 * ```ts
 * LocalTime.parse('19:30'); // => '19:30'
 * LocalTime.safeParse('7:30').success; // => false
 * ```
 */
export const LocalTime = z.string().refine(isLocalTime, {
  message: 'Must be a time in HH:mm format (00:00–23:59).',
  params: { id: 'Harus jam dalam format HH:mm (00:00–23:59).' },
});
/** A wall-clock time string `HH:mm`; see {@link LocalTime}. */
export type LocalTime = z.output<typeof LocalTime>;
