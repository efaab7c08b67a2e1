import type { LocalizedMessage } from '../errors/errors.js';
import type { RegencyKind, RegionLevel, VillageKind } from './code.js';

/**
 * Display labels for each {@link RegionLevel}, in Indonesian and English.
 *
 * @example
 * ```ts
 * REGION_LEVEL_LABELS[regionLevel('52.07.02')].id; // => 'Kecamatan'
 * ```
 */
export const REGION_LEVEL_LABELS: Readonly<Record<RegionLevel, LocalizedMessage>> = {
  provinsi: { id: 'Provinsi', en: 'Province' },
  kabupaten_kota: { id: 'Kabupaten/Kota', en: 'Regency/City' },
  kecamatan: { id: 'Kecamatan', en: 'District (kecamatan)' },
  desa_kelurahan: { id: 'Desa/Kelurahan', en: 'Village (desa/kelurahan)' },
  pulau: { id: 'Pulau', en: 'Island' },
};

/**
 * Display labels for each {@link RegencyKind}, in Indonesian and English.
 *
 * @example
 * ```ts
 * REGENCY_KIND_LABELS.kota.en; // => 'City'
 * ```
 */
export const REGENCY_KIND_LABELS: Readonly<Record<RegencyKind, LocalizedMessage>> = {
  kabupaten: { id: 'Kabupaten', en: 'Regency' },
  kota: { id: 'Kota', en: 'City' },
};

/**
 * Display labels for each {@link VillageKind}, in Indonesian and English.
 *
 * @example
 * ```ts
 * VILLAGE_KIND_LABELS.desa_adat.id; // => 'Desa adat'
 * ```
 */
export const VILLAGE_KIND_LABELS: Readonly<Record<VillageKind, LocalizedMessage>> = {
  kelurahan: { id: 'Kelurahan', en: 'Urban village (kelurahan)' },
  desa: { id: 'Desa', en: 'Village (desa)' },
  desa_adat: { id: 'Desa adat', en: 'Customary village (desa adat)' },
};
