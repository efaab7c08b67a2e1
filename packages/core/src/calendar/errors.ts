import { OpenGovError } from '../errors/errors.js';

/**
 * The holiday table has no decree (SKB 3 Menteri) for the year a working-day question
 * needs, so the answer would be a guess. Add the year with `calendar.addYear(...)` once its
 * SKB is signed (normally September–October of the year before), or create the calendar
 * with `weekendFallback: true` to treat such years as Monday–Friday with no holidays.
 *
 * @example
 * ```ts
 * try {
 *   isWorkingDay('2027-01-04');
 * } catch (error) {
 *   if (error instanceof CalendarYearNotDecreedError) console.log(error.year); // 2027
 * }
 * ```
 */
export class CalendarYearNotDecreedError extends OpenGovError {
  /** Always `'CalendarYearNotDecreedError'`, also after minification. */
  override readonly name: string = 'CalendarYearNotDecreedError';
  /** The year without a decree in the table. */
  readonly year: number;

  constructor(year: number) {
    const messages = {
      id: `Tabel hari libur belum memuat SKB libur nasional dan cuti bersama tahun ${year}. Tambahkan dengan addYear() atau gunakan weekendFallback: true.`,
      en: `The holiday table has no national holiday and cuti bersama decree (SKB) for ${year}. Add it with addYear() or use weekendFallback: true.`,
    };
    super(messages.en, { code: 'calendar_year_not_decreed', messages });
    this.year = year;
  }

  protected override details(): Record<string, unknown> {
    return { year: this.year };
  }
}
