import type { LocalizedMessage } from '@opengov-id/core';

/** The two charts the KMS in Buku KIA draws from WHO curves. */
export type ChartIndicator = 'weightForAge' | 'lengthHeightForAge';

/** A coloured area of the chart between two z-score lines (`null`: the chart's edge). */
export interface KmsBand {
  /** Lower z line, or `null` for the bottom of the chart. */
  readonly fromZ: number | null;
  /** Upper z line, or `null` for the top of the chart. */
  readonly toZ: number | null;
  /** Fill colour (any SVG colour). */
  readonly colour: string;
  /** What the area means, for the legend. */
  readonly label: LocalizedMessage;
}

/** A set of KMS colour bands per chart, with where the colours come from. */
export interface KmsBandSet {
  /** Where the colours and edges come from. */
  readonly source: string;
  /** Bands per chart, bottom to top. */
  readonly bands: Readonly<Record<ChartIndicator, readonly KmsBand[]>>;
}

/**
 * The KMS colour bands: the red line at −3 SD and the orange line at +1 SD of weight-for-age that
 * Buku KIA 2023 uses for referral (below the red line, above the orange line), with the areas
 * between them coloured by the Permenkes 2/2020 categories (red < −3, yellow −3 to −2, green −2
 * to +1, orange above +1 for BB/U; green −2 to +3 for PB/U-TB/U). The exact shades are this SDK's;
 * the line positions are the reference's reading of Buku KIA and should be confirmed against the
 * Juknis Penggunaan KMS Balita 2021. Pass your own set to the chart to change them.
 *
 * @example
 * ```ts
 * KMS_BANDS.bands.weightForAge.map((b) => b.label.id);
 * // ['BB sangat kurang', 'BB kurang', 'BB normal', 'Risiko BB lebih']
 * ```
 */
export const KMS_BANDS: KmsBandSet = {
  source:
    'Buku KIA 2023 (Kemenkes RI): garis merah −3 SD, garis oranye +1 SD BB/U; areas by Permenkes 2/2020 categories',
  bands: {
    weightForAge: [
      {
        fromZ: null,
        toZ: -3,
        colour: '#f4b6ae',
        label: { id: 'BB sangat kurang', en: 'Severely underweight' },
      },
      { fromZ: -3, toZ: -2, colour: '#fbe7a1', label: { id: 'BB kurang', en: 'Underweight' } },
      { fromZ: -2, toZ: 1, colour: '#cde8c0', label: { id: 'BB normal', en: 'Normal weight' } },
      { fromZ: 1, toZ: null, colour: '#fbd3a6', label: { id: 'Risiko BB lebih', en: 'Risk of overweight' } },
    ],
    lengthHeightForAge: [
      { fromZ: null, toZ: -3, colour: '#f4b6ae', label: { id: 'Sangat pendek', en: 'Severely stunted' } },
      { fromZ: -3, toZ: -2, colour: '#fbe7a1', label: { id: 'Pendek', en: 'Stunted' } },
      { fromZ: -2, toZ: 3, colour: '#cde8c0', label: { id: 'Normal', en: 'Normal' } },
      { fromZ: 3, toZ: null, colour: '#cfe0f3', label: { id: 'Tinggi', en: 'Tall' } },
    ],
  },
};
