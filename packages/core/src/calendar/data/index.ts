import type { HolidayYear } from '../holidays.js';
import { DAYS_2024, HOLIDAYS_2024 } from './2024.js';
import { DAYS_2025, HOLIDAYS_2025 } from './2025.js';
import { DAYS_2026, HOLIDAYS_2026 } from './2026.js';

/**
 * Version of the built-in holiday table: the signing date of the newest decree it includes
 * (here the 2026 SKB). It changes whenever a year, an amendment or a Keppres is added.
 *
 * @example
 * ```ts
 * console.log(`holidays ${HOLIDAY_TABLE_VERSION}`); // 'holidays 2025-09-19'
 * ```
 */
export const HOLIDAY_TABLE_VERSION = '2025-09-19';

/**
 * The built-in holiday table: national holidays (Keppres 251/1967 as amended, latest
 * Keppres 8/2024), cuti bersama and special Keppres days off for 2024–2026, dated by each
 * year's SKB of the Minister of Religious Affairs, the Minister of Manpower and the Minister
 * of State Apparatus Empowerment (SKB 3 Menteri). Years later than 2026 are not decreed yet.
 *
 * @example
 * ```ts
 * HOLIDAY_TABLE.map((y) => `${y.year}: ${y.decrees.join('; ')}`);
 * ```
 */
export const HOLIDAY_TABLE: readonly HolidayYear[] = [HOLIDAYS_2024, HOLIDAYS_2025, HOLIDAYS_2026];

/**
 * The dates of {@link HOLIDAY_TABLE} alone, `[year, 'MM-DD MM-DD ...']`: all the default
 * calendar needs (it keeps every kind of day off), so it never builds names or entries.
 */
export const TABLE_DAYS: ReadonlyArray<readonly [year: number, days: string]> = [
  [2024, DAYS_2024],
  [2025, DAYS_2025],
  [2026, DAYS_2026],
];

export { HOLIDAYS_2024, HOLIDAYS_2025, HOLIDAYS_2026 };
