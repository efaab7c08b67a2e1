import { type DateInput, isLocalDate, toLocalDate, ValidationError } from '@opengov-id/core';

/** True when `input` is a calendar date rather than an instant. */
export function isDateOnly(input: DateInput): input is string {
  return typeof input === 'string' && !input.includes('T');
}

/**
 * The calendar date of a date-or-instant argument in `zone`, or a bilingual
 * ValidationError naming `field`.
 */
export function dateIn(input: DateInput, zone: string | undefined, field: string): string {
  if (isDateOnly(input)) {
    if (isLocalDate(input)) return input;
    throw ValidationError.single(
      field,
      {
        id: `Kolom \`${field}\` harus tanggal YYYY-MM-DD yang valid atau waktu ISO 8601 dengan zona.`,
        en: `Field \`${field}\` must be a real YYYY-MM-DD date or an ISO 8601 instant with an offset.`,
      },
      'invalid_date',
    );
  }
  try {
    return toLocalDate(input, zone);
  } catch (cause) {
    if (cause instanceof ValidationError && cause.issues[0]?.field === 'zone') throw cause;
    throw ValidationError.single(
      field,
      {
        id: `Kolom \`${field}\` harus tanggal YYYY-MM-DD yang valid atau waktu ISO 8601 dengan zona.`,
        en: `Field \`${field}\` must be a real YYYY-MM-DD date or an ISO 8601 instant with an offset.`,
      },
      'invalid_date',
      { cause },
    );
  }
}

const OFFSET_INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Epoch milliseconds of an ISO instant with `Z` or an offset; `NaN` for anything else. */
export function instantMs(value: unknown): number {
  return typeof value === 'string' && OFFSET_INSTANT_RE.test(value) ? Date.parse(value) : Number.NaN;
}
