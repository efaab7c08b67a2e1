import { type LocalizedMessage, OpenGovError } from '../errors/errors.js';
import { ValidationError } from '../errors/validation.js';
import { parseRegionCode, type RegionCodeInfo, tryParseRegionCode } from './code.js';
import { PROVINCE_LOADERS } from './data/loaders.js';
import { NATIONAL } from './data/national.js';
import { REGION_DATASET } from './dataset.js';
import { decodeNational, decodeProvince, type Region } from './decode.js';
import { InvalidRegionCodeError, ProvinceNotLoadedError } from './errors.js';

export type { Region } from './decode.js';

interface Index {
  readonly byCode: Map<string, Region>;
  readonly children: Map<string, Region[]>;
  readonly provinces: Region[];
}

let index: Index | undefined;
const loadedProvinces = new Set<string>();
const pending = new Map<string, Promise<void>>();
const registered = new Map<string, Region>();

function add(target: Index, region: Region): void {
  target.byCode.set(region.code, region);
  if (region.parentCode === null) return;
  const siblings = target.children.get(region.parentCode);
  if (siblings) siblings.push(region);
  else target.children.set(region.parentCode, [region]);
}

// Built on first use, so importing the module costs nothing until a lookup happens.
function getIndex(): Index {
  if (index) return index;
  const built: Index = { byCode: new Map(), children: new Map(), provinces: [] };
  for (const region of decodeNational(NATIONAL)) {
    add(built, region);
    if (region.level === 'provinsi') built.provinces.push(region);
  }
  index = built;
  return built;
}

function inDataset(provinceCode: string): boolean {
  return Object.hasOwn(PROVINCE_LOADERS, provinceCode);
}

/**
 * Looks a region up by code (dotted or bare). Provinces and kabupaten/kota are always
 * available; a kecamatan or desa/kelurahan only once its province is loaded with
 * {@link loadProvince}, and `undefined` before. Also `undefined` for codes that are malformed
 * or not in the dataset. Regions added with {@link registerRegions} are always found.
 *
 * @example
 * ```ts
 * getRegion('52.07')?.name; // => 'Kabupaten Sumbawa Barat'
 * await loadProvince('52');
 * getRegion('5207022001')?.name; // => 'Labuhan Lalar'
 * ```
 */
export function getRegion(code: string): Region | undefined {
  const info = tryParseRegionCode(code);
  if (!info) return undefined;
  return registered.get(info.code) ?? getIndex().byCode.get(info.code);
}

/**
 * The regions one level below `code`, sorted by code: the kabupaten/kota of a province, the
 * kecamatan of a kabupaten/kota, the desa/kelurahan of a kecamatan. Empty for a desa/kelurahan,
 * a pulau, or a well-formed code that is not in the dataset.
 *
 * @throws {@link ProvinceNotLoadedError} when the children are kecamatan or desa/kelurahan of a
 * province not loaded yet: `await loadProvince('52')` first.
 * @throws {@link InvalidRegionCodeError} when `code` is malformed.
 * @example
 * ```ts
 * listChildren('52').length; // => 10
 * await loadProvince('52');
 * listChildren('52.07').map((k) => k.name); // => ['Jereweh', 'Taliwang', ..., 'Maluk']
 * ```
 */
export function listChildren(code: string): Region[] {
  const info = parseRegionCode(code);
  const base: Region[] = [];
  if (info.level !== 'desa_kelurahan' && info.level !== 'pulau' && inDataset(info.provinceCode)) {
    if (info.level !== 'provinsi' && !loadedProvinces.has(info.provinceCode)) {
      throw new ProvinceNotLoadedError(info.provinceCode);
    }
    base.push(...(getIndex().children.get(info.code) ?? []));
  }
  if (registered.size === 0) return base;
  const merged = new Map(base.map((region) => [region.code, region]));
  for (const region of registered.values()) {
    if (region.parentCode === info.code) merged.set(region.code, region);
  }
  return [...merged.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * All 38 provinces, sorted by code (plus any province added with {@link registerRegions}).
 *
 * @example
 * ```ts
 * listProvinces().find((p) => p.code === '52')?.name; // => 'Nusa Tenggara Barat'
 * ```
 */
export function listProvinces(): Region[] {
  const provinces = getIndex().provinces;
  if (registered.size === 0) return [...provinces];
  const merged = new Map(provinces.map((region) => [region.code, region]));
  for (const region of registered.values()) if (region.level === 'provinsi') merged.set(region.code, region);
  return [...merged.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * True once the kecamatan and desa/kelurahan of the province are loaded. Accepts the province
 * code or any code inside it (`'52'`, `'52.07.02'`, `'5207022001'`); false for malformed codes.
 *
 * @example
 * ```ts
 * isProvinceLoaded('52'); // => false
 * await loadProvince('52');
 * isProvinceLoaded('520702'); // => true
 * ```
 */
export function isProvinceLoaded(provinceCode: string): boolean {
  const info = tryParseRegionCode(provinceCode);
  return info !== undefined && loadedProvinces.has(info.provinceCode);
}

/**
 * Loads the kecamatan and desa/kelurahan of one province (one lazily imported chunk per
 * province; NTB is about 6 kB gzipped). Idempotent, and concurrent calls share one import.
 * Accepts the province code or any code inside it.
 *
 * @throws {@link InvalidRegionCodeError} when the code is malformed or its province is not in
 * the dataset.
 * @example
 * ```ts
 * await loadProvince('52');
 * listChildren('52.07.02').length; // => 16
 * ```
 */
export function loadProvince(provinceCode: string): Promise<void> {
  let info: RegionCodeInfo;
  try {
    info = parseRegionCode(provinceCode, { field: 'provinceCode' });
  } catch (error) {
    return Promise.reject(error);
  }
  const pp = info.provinceCode;
  if (loadedProvinces.has(pp)) return Promise.resolve();
  const loader = PROVINCE_LOADERS[pp];
  if (!loader) {
    return Promise.reject(
      new InvalidRegionCodeError(
        'unknown_province',
        {
          id: `provinsi ${pp} tidak ada dalam dataset ${REGION_DATASET.id}.`,
          en: `province ${pp} is not in dataset ${REGION_DATASET.id}.`,
        },
        { field: 'provinceCode' },
      ),
    );
  }
  const inFlight = pending.get(pp);
  if (inFlight) return inFlight;
  const load = loader().then(
    (module) => {
      const target = getIndex();
      for (const region of decodeProvince(pp, module.default)) add(target, region);
      loadedProvinces.add(pp);
      pending.delete(pp);
    },
    (cause: unknown) => {
      // Forget the failure so a later call can retry (e.g. a chunk that failed to download).
      pending.delete(pp);
      const messages: LocalizedMessage = {
        id: `Data wilayah provinsi ${pp} gagal dimuat.`,
        en: `Could not load the region data of province ${pp}.`,
      };
      throw new OpenGovError(messages.en, { code: 'region_data_unavailable', cause, messages });
    },
  );
  pending.set(pp, load);
  return load;
}

/**
 * Adds regions to the lookup, or replaces dataset entries with the same code, at run time:
 * a new desa from a pemekaran not yet in the dataset, a renamed kecamatan, or the pulau of a
 * regency. Codes may be dotted or bare; each must match its `level` and `parentCode`.
 * Registered regions are found by {@link getRegion} whether or not their province is loaded.
 *
 * @throws {@link InvalidRegionCodeError} for a malformed code, {@link ValidationError} when the
 * level, parent or name does not fit the code.
 * @example
 * ```ts
 * registerRegions([{ code: '52.07.40001', name: 'Pulau Kalong', level: 'pulau', parentCode: '52.07' }]);
 * getRegion('520740001')?.name; // => 'Pulau Kalong'
 * ```
 */
export function registerRegions(regions: readonly Region[]): void {
  const checked = regions.map((region, i) => {
    const info = parseRegionCode(region.code, { field: `regions[${i}].code` });
    if (info.level !== region.level) {
      throw ValidationError.single(
        `regions[${i}].level`,
        {
          id: `Tingkat wilayah tidak sesuai kodenya (seharusnya ${info.level}).`,
          en: `The level does not match the code (expected ${info.level}).`,
        },
        'invalid_region_code',
      );
    }
    const parent = region.parentCode === null ? null : tryParseRegionCode(region.parentCode)?.code;
    if (parent !== info.parentCode) {
      throw ValidationError.single(
        `regions[${i}].parentCode`,
        {
          id: `Kode induk tidak sesuai kodenya (seharusnya ${info.parentCode ?? 'null'}).`,
          en: `The parent code does not match the code (expected ${info.parentCode ?? 'null'}).`,
        },
        'invalid_region_code',
      );
    }
    if (typeof region.name !== 'string' || region.name.trim() === '') {
      throw ValidationError.single(
        `regions[${i}].name`,
        { id: 'Nama wilayah wajib diisi.', en: 'The region name is required.' },
        'invalid_region_name',
      );
    }
    return { code: info.code, name: region.name, level: info.level, parentCode: info.parentCode };
  });
  // All or nothing: nothing is registered when any entry is rejected.
  for (const region of checked) registered.set(region.code, region);
}

/**
 * Removes every region added with {@link registerRegions}, back to the bare dataset.
 *
 * @example
 * ```ts
 * clearRegisteredRegions();
 * ```
 */
export function clearRegisteredRegions(): void {
  registered.clear();
}
