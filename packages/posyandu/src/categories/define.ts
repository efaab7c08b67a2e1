import { ValidationError } from '@opengov-id/core';
import type { AnthropometricIndex, CategoryRuleset } from './types.js';

const INDICES: readonly AnthropometricIndex[] = [
  'weight_for_age',
  'length_height_for_age',
  'weight_for_length_height',
  'bmi_for_age_0_60',
  'bmi_for_age_5_18',
];

function fail(field: string, id: string, en: string): never {
  throw ValidationError.single(
    field,
    { id: `Kolom \`${field}\`: ${id}`, en: `Field \`${field}\`: ${en}` },
    'invalid_category_ruleset',
  );
}

/**
 * Checks a ruleset you built (a newer regulation, a programme's own cut-offs) before it replaces
 * {@link PERMENKES_2_2020_CATEGORIES}: every index present, ages whole months with min ≤ max, and
 * categories that cover every z exactly once (open at both ends, each edge shared by two
 * neighbours and inclusive on exactly one side). Returns the ruleset unchanged.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} naming the first offending field.
 * @example
 * ```ts
 * const strict = defineCategoryRuleset({
 *   ...PERMENKES_2_2020_CATEGORIES,
 *   id: 'programme-2026',
 *   source: { regulation: 'Programme guideline', version: '2026' },
 * });
 * classifyZScore('weight_for_age', -2.5, { ruleset: strict });
 * ```
 */
export function defineCategoryRuleset(ruleset: CategoryRuleset): CategoryRuleset {
  if (typeof ruleset?.id !== 'string' || ruleset.id === '') fail('id', 'wajib diisi.', 'is required.');
  if (typeof ruleset.source?.regulation !== 'string' || typeof ruleset.source.version !== 'string') {
    fail('source', 'harus menyebut regulasi dan versinya.', 'must name the regulation and its version.');
  }
  for (const index of INDICES) {
    const entry = ruleset.indices?.[index];
    const at = `indices.${index}`;
    if (!entry) fail(at, 'wajib diisi.', 'is required.');
    const { min, max } = entry.ageMonths ?? {};
    if (
      !Number.isInteger(min) ||
      !Number.isInteger(max) ||
      (min as number) < 0 ||
      (min as number) > (max as number)
    ) {
      fail(`${at}.ageMonths`, 'harus bulan penuh dengan min ≤ max.', 'must be whole months with min ≤ max.');
    }
    const bands = entry.categories;
    if (!Array.isArray(bands) || bands.length === 0) fail(`${at}.categories`, 'wajib diisi.', 'is required.');
    bands.forEach((band, i) => {
      const field = `${at}.categories[${i}]`;
      const first = i === 0;
      const last = i === bands.length - 1;
      if (first !== (band.min === null) || last !== (band.max === null)) {
        fail(
          field,
          'hanya kategori pertama dan terakhir yang terbuka.',
          'only the first and last categories are open-ended.',
        );
      }
      if (band.min !== null && band.max !== null && !(band.min < band.max)) {
        fail(field, 'min harus lebih kecil dari max.', 'min must be below max.');
      }
      const next = bands[i + 1];
      if (next && (next.min !== band.max || next.minInclusive === band.maxInclusive)) {
        fail(
          field,
          'batas atas harus sama dengan batas bawah kategori berikutnya, inklusif di tepat satu sisi.',
          'its upper edge must be the next category’s lower edge, inclusive on exactly one side.',
        );
      }
    });
  }
  return ruleset;
}
