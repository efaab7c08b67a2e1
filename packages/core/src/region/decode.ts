import type { RegionLevel } from './code.js';

/** One region of the Kemendagri code list. Codes are canonical dotted; names are not unique. */
export interface Region {
  /** Canonical dotted code, e.g. `52.07.02.2001`. */
  readonly code: string;
  /** The official name, as written in the code list (some carry a prefix such as "Desa"). */
  readonly name: string;
  /** The level of the region. */
  readonly level: RegionLevel;
  /** The code one level up, or `null` for a province. */
  readonly parentCode: string | null;
}

// The string formats are written by scripts/generate-regions.mjs; keep both in step.

const entry = (code: string, name: string, level: RegionLevel, parentCode: string | null): Region => ({
  code,
  name,
  level,
  parentCode,
});

/** Decodes national.ts: `PP<name>:RR<name>|RR=<full name>|...`, one string per province. */
export function decodeNational(entries: readonly string[]): Region[] {
  const out: Region[] = [];
  for (const line of entries) {
    const colon = line.indexOf(':');
    const pp = line.slice(0, 2);
    out.push(entry(pp, line.slice(2, colon), 'provinsi', null));
    for (const item of line.slice(colon + 1).split('|')) {
      if (item === '') continue;
      const rr = item.slice(0, 2);
      const rest = item.slice(2);
      const name = rest.startsWith('=') ? rest.slice(1) : `${Number(rr) < 70 ? 'Kabupaten' : 'Kota'} ${rest}`;
      out.push(entry(`${pp}.${rr}`, name, 'kabupaten_kota', pp));
    }
  }
  return out;
}

const STARTS_WITH_DIGIT = /^[0-9]/;

/**
 * Decodes provinces/PP.ts: `RRDD<name>:<village>|...` per kecamatan, where a village is
 * `NNNN<name>`, or `<name>` when its number is the previous one plus 1 (starting from 2000).
 */
export function decodeProvince(provinceCode: string, entries: readonly string[]): Region[] {
  const out: Region[] = [];
  for (const line of entries) {
    const colon = line.indexOf(':');
    const regency = `${provinceCode}.${line.slice(0, 2)}`;
    const district = `${regency}.${line.slice(2, 4)}`;
    out.push(entry(district, line.slice(4, colon), 'kecamatan', regency));
    let previous = 2000;
    for (const item of line.slice(colon + 1).split('|')) {
      if (item === '') continue;
      let number = previous + 1;
      let name = item;
      if (STARTS_WITH_DIGIT.test(item)) {
        number = Number(item.slice(0, 4));
        name = item.slice(4);
      }
      previous = number;
      out.push(entry(`${district}.${number}`, name, 'desa_kelurahan', district));
    }
  }
  return out;
}
