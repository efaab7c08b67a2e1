import { isLocalDate, ValidationError } from '@opengov-id/core';

function parts(value: unknown, field: string): [number, number, number] {
  if (!isLocalDate(value)) {
    throw ValidationError.single(
      field,
      {
        id: `Kolom \`${field}\` harus tanggal nyata berbentuk YYYY-MM-DD.`,
        en: `Field \`${field}\` must be a real date written YYYY-MM-DD.`,
      },
      'invalid_date',
    );
  }
  const text = value as string;
  return [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
}

/**
 * Age in completed months ("bulan penuh"), as the Kemenkes module *Penilaian Status Gizi* counts it
 * for the Permenkes 2/2020 tables, the KMS and the immunisation schedule: whole months from the
 * birth date, extra days dropped (8 months 10 days → 8), and a negative day difference borrowing a
 * month (born the 20th, measured the 5th: one month fewer).
 *
 * WHO z-scores use the exact age instead (days, or unrounded months); use this for the Indonesian
 * rules that are stated per completed month.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when a date is not a real `YYYY-MM-DD`
 * date or `on` is before `birthDate`.
 * @example
 * ```ts
 * completedMonths('2025-01-20', '2025-09-30'); // => 8 (8 months 10 days)
 * completedMonths('2025-01-20', '2025-09-05'); // => 7 (the 5th is before the 20th: a month borrowed)
 * ```
 */
export function completedMonths(birthDate: string, on: string): number {
  const [by, bm, bd] = parts(birthDate, 'birthDate');
  const [y, m, d] = parts(on, 'on');
  const months = (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
  if (months < 0) {
    throw ValidationError.single(
      'on',
      {
        id: 'Kolom `on` tidak boleh sebelum `birthDate`.',
        en: 'Field `on` must not be before `birthDate`.',
      },
      'date_before_birth',
    );
  }
  return months;
}
