/**
 * TEMPORARY stand-in for the region module, so the identity work compiles and tests on its
 * own branch. It knows only province 52 (NTB) and regency 52.07 (Sumbawa Barat), and loads no
 * kecamatan. The real `src/region/lookup.ts` replaces this file on merge.
 */

/** One administrative region, keyed by its dotted Kemendagri code. */
export interface RegionEntry {
  readonly code: string;
  readonly name: string;
  readonly level: 'province' | 'regency';
  readonly parentCode: string | undefined;
}

const TABLE: ReadonlyMap<string, RegionEntry> = new Map([
  ['52', { code: '52', name: 'Nusa Tenggara Barat', level: 'province', parentCode: undefined }],
  ['52.07', { code: '52.07', name: 'Kab. Sumbawa Barat', level: 'regency', parentCode: '52' }],
]);

/**
 * The region with this dotted code, or `undefined` when the loaded tables do not have it.
 *
 * @example
 * ```ts
 * getRegion('52.07')?.name; // => 'Kab. Sumbawa Barat'
 * ```
 */
export function getRegion(code: string): RegionEntry | undefined {
  return TABLE.get(code);
}

/**
 * Whether the kecamatan of province `pp` are loaded. This stand-in loads none.
 *
 * @example
 * ```ts
 * isProvinceLoaded('52'); // => false
 * ```
 */
export function isProvinceLoaded(_pp: string): boolean {
  return false;
}
