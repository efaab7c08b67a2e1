import { parseWith } from '@opengov-id/core';
import { ForumSeries, type ForumSeriesInput, type ZoneTable } from './schemas.js';

/**
 * The four Forum YASINAN zones of Kabupaten Sumbawa Barat (52.07), from Keputusan Bupati
 * Sumbawa Barat No. 414.2/58/DPMD/X/2018 as reported by Sumbawa Barat Post
 * (https://sumbawabaratpost.com/?p=2419): I Seteluk + Poto Tano; II Brang Rea + Brang Ene;
 * III Taliwang; IV Jereweh + Maluk + Sekongkang. Kecamatan codes are Kemendagri
 * 300.2.2-2138/2025 (core's region table): 01 Jereweh, 02 Taliwang, 03 Seteluk, 04 Sekongkang,
 * 05 Brang Rea, 06 Poto Tano, 07 Brang Ene, 08 Maluk.
 *
 * @example
 * ```ts
 * KSB_ZONES.zones.find((z) => z.id === 'III')?.kecamatanCodes; // => ['52.07.02']
 * ```
 */
export const KSB_ZONES: ZoneTable = {
  version: 'kepbup-ksb-414.2-58-dpmd-x-2018',
  source: 'Keputusan Bupati Sumbawa Barat No. 414.2/58/DPMD/X/2018',
  sourceUrl: 'https://sumbawabaratpost.com/?p=2419',
  zones: [
    { id: 'I', name: 'Zona I (Seteluk, Poto Tano)', kecamatanCodes: ['52.07.03', '52.07.06'] },
    { id: 'II', name: 'Zona II (Brang Rea, Brang Ene)', kecamatanCodes: ['52.07.05', '52.07.07'] },
    { id: 'III', name: 'Zona III (Taliwang)', kecamatanCodes: ['52.07.02'] },
    {
      id: 'IV',
      name: 'Zona IV (Jereweh, Maluk, Sekongkang)',
      kecamatanCodes: ['52.07.01', '52.07.08', '52.07.04'],
    },
  ],
};

/**
 * A Forum YASINAN series for Kabupaten Sumbawa Barat with the defaults of the issue: Thursday
 * (malam Jumat) at 19:00 WITA, the four zones of {@link KSB_ZONES}, organized by the Pemkab.
 * Without `rotation` it is a kabupaten-level series hosted in Taliwang (52.07.02, as the
 * revived forum of 19 June 2025 at Gedung Sentral, Kel. Bugis); with `rotation` it rotates
 * among the zones. Any field can be overridden.
 *
 * @throws {@link @opengov-id/core!index.ValidationError} when an override is invalid.
 * @example
 * ```ts
 * const series = ksbYasinanSeries({ rotation: { anchorDate: '2026-01-08', order: ['I', 'II', 'III', 'IV'] } });
 * series.regularLevel; // => 'zona'
 * ```
 */
export function ksbYasinanSeries(overrides: Partial<ForumSeriesInput> = {}): ForumSeries {
  const base: ForumSeriesInput = {
    id: 'ksb-yasinan',
    name: 'Forum YASINAN Kabupaten Sumbawa Barat',
    regencyCode: '52.07',
    organizerId: 'pemkab-ksb',
    zones: KSB_ZONES,
    regularLevel: overrides.rotation ? 'zona' : 'kabupaten',
    hostAreaCode: overrides.rotation ? undefined : '52.07.02',
    sources: [
      { url: 'https://sumbawabaratpost.com/?p=2419', note: 'Kep. Bupati 414.2/58/DPMD/X/2018 (zona)' },
      {
        url: 'https://www.opengovpartnership.org/members/West-Sumbawa-Indonesia/commitments/IDWSB0007',
        note: 'OGP IDWSB0007',
      },
    ],
  };
  const merged: Record<string, unknown> = { ...base, ...overrides };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return parseWith(ForumSeries, merged, 'ForumSeries');
}
