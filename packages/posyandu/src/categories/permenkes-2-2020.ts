import type { CategoryRuleset } from './types.js';

/**
 * The nutritional-status categories and z-score thresholds of **Peraturan Menteri Kesehatan Nomor 2
 * Tahun 2020 tentang Standar Antropometri Anak**, Pasal 4 and Lampiran ("Kategori dan Ambang Batas
 * Status Gizi Anak"), which replaced Kepmenkes 1995/MENKES/SK/XII/2010.
 *
 * Edges as the regulation writes them: "−3 SD s.d. < −2 SD" includes −3 and excludes −2; "−2 SD
 * s.d. +1 SD" includes both; "> +1 SD" excludes +1. So −3.00 is *kurang*, −2.00 and +1.00 are
 * normal, +2.00 is *berisiko gizi lebih* (BB/PB-TB), +3.00 is normal height (PB/U-TB/U). Compare
 * the z rounded to 2 decimals, as WHO reports it.
 *
 * Ages are completed months ("bulan penuh"): the under-five indices cover 0–60 months; IMT/U for
 * 5–18 years covers 61–216 months (the WHO 2007 tables of the Lampiran begin at 5 years 1 month).
 *
 * @example
 * ```ts
 * PERMENKES_2_2020_CATEGORIES.indices.weight_for_age.categories[1];
 * // { code: 'underweight', label: { id: 'Berat badan kurang', en: 'Underweight' }, min: -3, ... }
 * ```
 */
export const PERMENKES_2_2020_CATEGORIES: CategoryRuleset = {
  id: 'permenkes-2-2020',
  source: {
    regulation:
      'Peraturan Menteri Kesehatan Republik Indonesia Nomor 2 Tahun 2020 tentang Standar Antropometri Anak',
    provision: 'Pasal 4 dan Lampiran: Kategori dan Ambang Batas Status Gizi Anak',
    version: '2020',
  },
  indices: {
    weight_for_age: {
      label: { id: 'Berat badan menurut umur (BB/U)', en: 'Weight-for-age' },
      ageMonths: { min: 0, max: 60 },
      categories: [
        {
          code: 'severely_underweight',
          label: { id: 'Berat badan sangat kurang', en: 'Severely underweight' },
          min: null,
          minInclusive: false,
          max: -3,
          maxInclusive: false,
        },
        {
          code: 'underweight',
          label: { id: 'Berat badan kurang', en: 'Underweight' },
          min: -3,
          minInclusive: true,
          max: -2,
          maxInclusive: false,
        },
        {
          code: 'normal_weight',
          label: { id: 'Berat badan normal', en: 'Normal weight' },
          min: -2,
          minInclusive: true,
          max: 1,
          maxInclusive: true,
        },
        {
          code: 'risk_of_overweight',
          label: { id: 'Risiko berat badan lebih', en: 'Risk of overweight' },
          min: 1,
          minInclusive: false,
          max: null,
          maxInclusive: false,
          note: {
            id: 'Anak mungkin memiliki masalah pertumbuhan; konfirmasi dengan BB/PB atau BB/TB atau IMT/U.',
            en: 'The child may have a growth problem; confirm with weight-for-length/height or BMI-for-age.',
          },
        },
      ],
    },
    length_height_for_age: {
      label: { id: 'Panjang/tinggi badan menurut umur (PB/U atau TB/U)', en: 'Length/height-for-age' },
      ageMonths: { min: 0, max: 60 },
      categories: [
        {
          code: 'severely_stunted',
          label: { id: 'Sangat pendek', en: 'Severely stunted' },
          min: null,
          minInclusive: false,
          max: -3,
          maxInclusive: false,
        },
        {
          code: 'stunted',
          label: { id: 'Pendek', en: 'Stunted' },
          min: -3,
          minInclusive: true,
          max: -2,
          maxInclusive: false,
        },
        {
          code: 'normal_height',
          label: { id: 'Normal', en: 'Normal' },
          min: -2,
          minInclusive: true,
          max: 3,
          maxInclusive: true,
        },
        {
          code: 'tall',
          label: { id: 'Tinggi', en: 'Tall' },
          min: 3,
          minInclusive: false,
          max: null,
          maxInclusive: false,
          note: {
            id: 'Biasanya bukan masalah, kecuali dicurigai gangguan endokrin; rujuk ke dokter spesialis anak.',
            en: 'Usually not a problem unless an endocrine disorder is suspected; refer to a paediatrician.',
          },
        },
      ],
    },
    weight_for_length_height: {
      label: {
        id: 'Berat badan menurut panjang/tinggi badan (BB/PB atau BB/TB)',
        en: 'Weight-for-length/height',
      },
      ageMonths: { min: 0, max: 60 },
      categories: /* @__PURE__ */ underFiveWeightForLengthBands(),
    },
    bmi_for_age_0_60: {
      label: { id: 'Indeks massa tubuh menurut umur (IMT/U) 0–60 bulan', en: 'BMI-for-age, 0–60 months' },
      ageMonths: { min: 0, max: 60 },
      categories: /* @__PURE__ */ underFiveWeightForLengthBands(),
    },
    bmi_for_age_5_18: {
      label: { id: 'Indeks massa tubuh menurut umur (IMT/U) 5–18 tahun', en: 'BMI-for-age, 5–18 years' },
      ageMonths: { min: 61, max: 216 },
      categories: [
        {
          code: 'severely_thinness',
          label: { id: 'Gizi buruk', en: 'Severely thinness' },
          min: null,
          minInclusive: false,
          max: -3,
          maxInclusive: false,
        },
        {
          code: 'thinness',
          label: { id: 'Gizi kurang', en: 'Thinness' },
          min: -3,
          minInclusive: true,
          max: -2,
          maxInclusive: false,
        },
        {
          code: 'normal',
          label: { id: 'Gizi baik (normal)', en: 'Normal' },
          min: -2,
          minInclusive: true,
          max: 1,
          maxInclusive: true,
        },
        {
          code: 'overweight',
          label: { id: 'Gizi lebih', en: 'Overweight' },
          min: 1,
          minInclusive: false,
          max: 2,
          maxInclusive: true,
        },
        {
          code: 'obese',
          label: { id: 'Obesitas', en: 'Obese' },
          min: 2,
          minInclusive: false,
          max: null,
          maxInclusive: false,
        },
      ],
    },
  },
};

// BB/PB-TB and IMT/U 0–60 months share the six categories and cut-offs of the Lampiran.
function underFiveWeightForLengthBands(): CategoryRuleset['indices']['weight_for_length_height']['categories'] {
  return [
    {
      code: 'severely_wasted',
      label: { id: 'Gizi buruk', en: 'Severely wasted' },
      min: null,
      minInclusive: false,
      max: -3,
      maxInclusive: false,
    },
    {
      code: 'wasted',
      label: { id: 'Gizi kurang', en: 'Wasted' },
      min: -3,
      minInclusive: true,
      max: -2,
      maxInclusive: false,
    },
    {
      code: 'normal',
      label: { id: 'Gizi baik (normal)', en: 'Normal' },
      min: -2,
      minInclusive: true,
      max: 1,
      maxInclusive: true,
    },
    {
      code: 'possible_risk_of_overweight',
      label: { id: 'Berisiko gizi lebih', en: 'Possible risk of overweight' },
      min: 1,
      minInclusive: false,
      max: 2,
      maxInclusive: true,
    },
    {
      code: 'overweight',
      label: { id: 'Gizi lebih', en: 'Overweight' },
      min: 2,
      minInclusive: false,
      max: 3,
      maxInclusive: true,
    },
    {
      code: 'obese',
      label: { id: 'Obesitas', en: 'Obese' },
      min: 3,
      minInclusive: false,
      max: null,
      maxInclusive: false,
    },
  ];
}
