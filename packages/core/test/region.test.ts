import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as z from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  clearRegisteredRegions,
  formatRegionCode,
  getRegion,
  InvalidRegionCodeError,
  isOpenGovError,
  isProvinceLoaded,
  isRegionCode,
  listChildren,
  listProvinces,
  loadProvince,
  OpenGovError,
  type ProvinceNotLoadedError,
  parentRegionCode,
  parseRegionCode,
  REGION_DATASET,
  REGION_LEVEL_LABELS,
  REGION_LEVELS,
  type Region,
  RegionCode,
  regionCodeSchema,
  regionLevel,
  registerRegions,
  tryParseRegionCode,
  ValidationError,
  validationErrorFromZod,
  VILLAGE_KIND_LABELS,
} from '../src/index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const DATA_DIR = fileURLToPath(new URL('../src/region/data/', import.meta.url));
// npm hoists the devDependency to the root; the generator looks in both places too.
const SOURCE_DIR = [
  `${ROOT}node_modules/idn-area-data/`,
  `${ROOT}packages/core/node_modules/idn-area-data/`,
].find((dir) => existsSync(dir));

afterEach(() => clearRegisteredRegions());

/** Every desa/kelurahan below `code`, walking the loaded tables. */
function villagesUnder(code: string): Region[] {
  const out: Region[] = [];
  const walk = (parent: string) => {
    for (const child of listChildren(parent)) {
      if (child.level === 'desa_kelurahan') out.push(child);
      else walk(child.code);
    }
  };
  walk(code);
  return out;
}

const kindCounts = (villages: readonly Region[]) => {
  const counts = { kelurahan: 0, desa: 0, desa_adat: 0 };
  for (const v of villages) counts[parseRegionCode(v.code).villageKind ?? 'desa'] += 1;
  return counts;
};

describe('parseRegionCode', () => {
  it('reads every level, dotted and bare', () => {
    expect(parseRegionCode('52.07.02.2001')).toEqual({
      code: '52.07.02.2001',
      bare: '5207022001',
      level: 'desa_kelurahan',
      provinceCode: '52',
      regencyCode: '52.07',
      districtCode: '52.07.02',
      parentCode: '52.07.02',
      regencyKind: 'kabupaten',
      villageKind: 'desa',
    });
    expect(parseRegionCode('5207022001')).toEqual(parseRegionCode('52.07.02.2001'));
    expect(parseRegionCode('52')).toEqual({
      code: '52',
      bare: '52',
      level: 'provinsi',
      provinceCode: '52',
      parentCode: null,
    });
    expect(parseRegionCode('5207')).toMatchObject({
      code: '52.07',
      level: 'kabupaten_kota',
      parentCode: '52',
    });
    expect(parseRegionCode('52.07')).toEqual(parseRegionCode('5207'));
    expect(parseRegionCode('520702')).toMatchObject({
      code: '52.07.02',
      level: 'kecamatan',
      regencyCode: '52.07',
      districtCode: '52.07.02',
      parentCode: '52.07',
    });
    expect(parseRegionCode('52.07.40001')).toEqual({
      code: '52.07.40001',
      bare: '520740001',
      level: 'pulau',
      provinceCode: '52',
      regencyCode: '52.07',
      parentCode: '52.07',
      regencyKind: 'kabupaten',
    });
    expect(parseRegionCode('520740001').code).toBe('52.07.40001');
    expect(parseRegionCode('  52.71 ').code).toBe('52.71');
  });

  it('tells kabupaten (01–69) from kota (71–99) and kelurahan/desa/desa adat by the first digit', () => {
    expect(parseRegionCode('52.69').regencyKind).toBe('kabupaten');
    expect(parseRegionCode('52.71').regencyKind).toBe('kota');
    expect(parseRegionCode('52.99.01').regencyKind).toBe('kota');
    expect(parseRegionCode('52.07.02.1004').villageKind).toBe('kelurahan');
    expect(parseRegionCode('52.07.02.2001').villageKind).toBe('desa');
    expect(parseRegionCode('91.03.01.3007').villageKind).toBe('desa_adat');
  });

  it.each([
    ['', 'format'],
    ['5', 'format'],
    ['520', 'format'],
    ['52.7', 'format'],
    ['52.07.2', 'format'],
    ['5207.02', 'format'],
    ['52..07', 'format'],
    ['52.07.02.2001.', 'format'],
    ['52.07.02.20011', 'format'],
    ['5207022001000000', 'format'],
    ['52 07', 'format'],
    ['５２', 'format'],
    ['02', 'province'],
    ['00.01', 'province'],
    ['52.00', 'regency'],
    ['52.70', 'regency'],
    ['527002', 'regency'],
    ['52.07.00', 'district'],
    ['52.07.02.0001', 'village'],
    ['52.07.02.4001', 'village'],
    ['52.07.02.2000', 'village'],
    ['52.07.30001', 'island'],
    ['52.07.40000', 'island'],
  ])('rejects %j (%s)', (input, reason) => {
    expect(() => parseRegionCode(input)).toThrow(InvalidRegionCodeError);
    try {
      parseRegionCode(input);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const e = error as InvalidRegionCodeError;
      expect(e.reason).toBe(reason);
      expect(e.code).toBe('invalid_region_code');
      expect(e.name).toBe('InvalidRegionCodeError');
      expect(e.issues[0]?.field).toBe('regionCode');
      expect(e.messages?.id).toContain('`regionCode`');
      expect(e.messages?.en).toContain('`regionCode`');
      expect(e.toJSON()).toMatchObject({ reason, code: 'invalid_region_code' });
    }
  });

  it('rejects non-strings with a typed error', () => {
    expect(() => parseRegionCode(5207 as unknown as string)).toThrow(InvalidRegionCodeError);
  });

  it('never repeats the input in the error, so a mistyped NIK does not leak', () => {
    const nik = '5207024507050001';
    try {
      parseRegionCode(nik, { field: 'desa' });
      expect.unreachable();
    } catch (error) {
      const e = error as InvalidRegionCodeError;
      expect(e.issues[0]?.field).toBe('desa');
      for (const text of [e.message, String(e), JSON.stringify(e.toJSON()), JSON.stringify(e.messages)]) {
        expect(text).not.toContain(nik);
      }
    }
  });
});

describe('formatting helpers', () => {
  it('formats, finds the level and the parent', () => {
    expect(formatRegionCode('5207022001')).toBe('52.07.02.2001');
    expect(formatRegionCode('52.07.02.2001', { style: 'bare' })).toBe('5207022001');
    expect(formatRegionCode('520740001', { style: 'dotted' })).toBe('52.07.40001');
    expect(regionLevel('520702')).toBe('kecamatan');
    expect(regionLevel('52.07.40001')).toBe('pulau');
    expect(parentRegionCode('5207022001')).toBe('52.07.02');
    expect(parentRegionCode('52.07.40001')).toBe('52.07');
    expect(parentRegionCode('52')).toBeNull();
    expect(() => formatRegionCode('52.70')).toThrow(InvalidRegionCodeError);
  });

  it('guards with isRegionCode, optionally by level', () => {
    expect(isRegionCode('52.07.02.2001')).toBe(true);
    expect(isRegionCode('520702', 'kecamatan')).toBe(true);
    expect(isRegionCode('520702', 'desa_kelurahan')).toBe(false);
    expect(isRegionCode('52.70')).toBe(false);
    expect(isRegionCode(52)).toBe(false);
    expect(isRegionCode(null)).toBe(false);
    expect(tryParseRegionCode('52.70')).toBeUndefined();
  });

  it('has an Indonesian and English label for every level and village kind', () => {
    for (const level of REGION_LEVELS) {
      expect(REGION_LEVEL_LABELS[level].id).not.toBe('');
      expect(REGION_LEVEL_LABELS[level].en).not.toBe('');
    }
    expect(REGION_LEVEL_LABELS.desa_kelurahan.id).toBe('Desa/Kelurahan');
    expect(VILLAGE_KIND_LABELS.desa_adat.id).toBe('Desa adat');
  });
});

describe('RegionCode schema', () => {
  it('outputs the canonical dotted form', () => {
    expect(RegionCode.parse('5207022001')).toBe('52.07.02.2001');
    expect(z.object({ desa: RegionCode }).parse({ desa: '52.07.02.2001' })).toEqual({
      desa: '52.07.02.2001',
    });
  });

  it('rejects bad codes with a bilingual message naming the field', () => {
    const result = z.object({ desa: RegionCode }).safeParse({ desa: '52.70' });
    expect(result.success).toBe(false);
    if (!result.success) {
      const error = validationErrorFromZod(result.error);
      expect(error.issues[0]?.field).toBe('desa');
      expect(error.issues[0]?.message.id).toContain('bukan kode wilayah Kemendagri');
      expect(error.issues[0]?.message.en).toContain('not a valid Kemendagri region code');
    }
  });

  it('can restrict the level', () => {
    const Kecamatan = regionCodeSchema({ level: 'kecamatan' });
    expect(Kecamatan.parse('520702')).toBe('52.07.02');
    const result = Kecamatan.safeParse('5207022001');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(validationErrorFromZod(result.error).issues[0]?.message.id).toContain('Kecamatan');
    }
    expect(regionCodeSchema({ level: ['kecamatan', 'desa_kelurahan'] }).parse('5207022001')).toBe(
      '52.07.02.2001',
    );
  });
});

describe('lazy province tables', () => {
  it('throws ProvinceNotLoadedError for kecamatan before loadProvince, and loads once', async () => {
    vi.resetModules();
    const fresh = await import('../src/region/lookup.js');
    const errors = await import('../src/region/errors.js');
    expect(fresh.isProvinceLoaded('52')).toBe(false);
    expect(fresh.listChildren('52')).toHaveLength(10);
    expect(fresh.getRegion('52.07')?.name).toBe('Kabupaten Sumbawa Barat');
    expect(fresh.getRegion('52.07.02')).toBeUndefined();
    let caught: unknown;
    try {
      fresh.listChildren('52.07');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(errors.ProvinceNotLoadedError);
    expect(isOpenGovError(caught)).toBe(true);
    const e = caught as ProvinceNotLoadedError;
    expect(e.provinceCode).toBe('52');
    expect(e.code).toBe('province_not_loaded');
    expect(e.message).toContain("await loadProvince('52')");
    expect(e.messages?.id).toContain("await loadProvince('52')");
    expect(() => fresh.listChildren('5207022001')).not.toThrow();

    await Promise.all([
      fresh.loadProvince('52'),
      fresh.loadProvince('52.07'),
      fresh.loadProvince('5207022001'),
    ]);
    expect(fresh.isProvinceLoaded('52')).toBe(true);
    expect(fresh.isProvinceLoaded('52.07.02')).toBe(true);
    expect(fresh.isProvinceLoaded('51')).toBe(false);
    expect(fresh.listChildren('52.07')).toHaveLength(8);
    await fresh.loadProvince('52');
    expect(fresh.listChildren('52.07')).toHaveLength(8);
    expect(() => fresh.listChildren('51.01')).toThrow(errors.ProvinceNotLoadedError);
  });

  it('rejects loading a province that is not in the dataset or is malformed', async () => {
    await expect(loadProvince('40')).rejects.toMatchObject({
      name: 'InvalidRegionCodeError',
      reason: 'unknown_province',
    });
    await expect(loadProvince('x')).rejects.toBeInstanceOf(InvalidRegionCodeError);
    expect(listChildren('40.01')).toEqual([]);
    expect(getRegion('40')).toBeUndefined();
    expect(getRegion('not a code')).toBeUndefined();
  });

  it('has one literal import() per province, matching the province list', () => {
    const loaders = readFileSync(`${DATA_DIR}loaders.ts`, 'utf8');
    const literal = [...loaders.matchAll(/'(\d\d)': \(\) => import\('\.\/provinces\/(\d\d)\.js'\)/g)];
    expect(literal.map((m) => m[1])).toEqual(listProvinces().map((p) => p.code));
    expect(literal.every((m) => m[1] === m[2])).toBe(true);
  });
});

describe('Nusa Tenggara Barat and Sumbawa Barat (forum-core.md §1, cahyadsn/wilayah)', () => {
  it('NTB (52) has 10 kabupaten/kota, 117 kecamatan, 1,166 desa/kelurahan (1,021 desa + 145 kelurahan)', async () => {
    await loadProvince('52');
    expect(getRegion('52')?.name).toBe('Nusa Tenggara Barat');
    const regencies = listChildren('52');
    expect(regencies).toHaveLength(10);
    expect(regencies.filter((r) => parseRegionCode(r.code).regencyKind === 'kota')).toHaveLength(2);
    expect(regencies.flatMap((r) => listChildren(r.code))).toHaveLength(117);
    const villages = villagesUnder('52');
    expect(villages).toHaveLength(1166);
    expect(kindCounts(villages)).toEqual({ desa: 1021, kelurahan: 145, desa_adat: 0 });
  });

  it.each([
    ['52.01', 'Kabupaten Lombok Barat', 10, 119, 3],
    ['52.02', 'Kabupaten Lombok Tengah', 12, 142, 12],
    ['52.03', 'Kabupaten Lombok Timur', 21, 239, 15],
    ['52.04', 'Kabupaten Sumbawa', 24, 157, 8],
    ['52.05', 'Kabupaten Dompu', 8, 72, 9],
    ['52.06', 'Kabupaten Bima', 18, 191, 0],
    ['52.07', 'Kabupaten Sumbawa Barat', 8, 58, 7],
    ['52.08', 'Kabupaten Lombok Utara', 5, 43, 0],
    ['52.71', 'Kota Mataram', 6, 0, 50],
    ['52.72', 'Kota Bima', 5, 0, 41],
  ])('%s %s: %i kecamatan, %i desa, %i kelurahan', async (code, name, kecamatan, desa, kelurahan) => {
    await loadProvince('52');
    expect(getRegion(code)?.name).toBe(name);
    expect(listChildren(code)).toHaveLength(kecamatan);
    expect(kindCounts(villagesUnder(code))).toEqual({ desa, kelurahan, desa_adat: 0 });
  });

  it('KSB has the 8 kecamatan of Kepmendagri 2025, in code order, and 65 desa/kelurahan', async () => {
    await loadProvince('52');
    expect(listChildren('52.07').map((k) => [k.code, k.name])).toEqual([
      ['52.07.01', 'Jereweh'],
      ['52.07.02', 'Taliwang'],
      ['52.07.03', 'Seteluk'],
      ['52.07.04', 'Sekongkang'],
      ['52.07.05', 'Brang Rea'],
      ['52.07.06', 'Poto Tano'],
      ['52.07.07', 'Brang Ene'],
      ['52.07.08', 'Maluk'],
    ]);
    expect(listChildren('52.07').map((k) => listChildren(k.code).length)).toEqual([4, 16, 10, 7, 9, 8, 6, 5]);
    expect(villagesUnder('52.07')).toHaveLength(65);
    expect(listChildren('52.07.01').map((v) => v.name)).toEqual(['Goa', 'Belo', 'Beru', 'Dasan Anyar']);
    expect(
      listChildren('52.07.02')
        .filter((v) => parseRegionCode(v.code).villageKind === 'kelurahan')
        .map((v) => [v.code.slice(-4), v.name]),
    ).toEqual([
      ['1004', 'Menala'],
      ['1005', 'Kuang'],
      ['1006', 'Bugis'],
      ['1007', 'Dalam'],
      ['1008', 'Sampir'],
      ['1012', 'Telaga Bertong'],
      ['1019', 'Arab Kenangan'],
    ]);
    expect(listChildren('52.07.06').map((v) => v.name)).toContain('UPT Tambak Sari');
    expect(getRegion('52.07.02.1006')).toEqual({
      code: '52.07.02.1006',
      name: 'Bugis',
      level: 'desa_kelurahan',
      parentCode: '52.07.02',
    });
  });

  it('names are not unique, codes are: "Beru" (Jereweh) and "Desa Beru" (Brang Rea)', async () => {
    await loadProvince('52');
    const beru = getRegion('52.07.01.2003');
    const desaBeru = getRegion('52.07.05.2001');
    expect(beru).toMatchObject({ name: 'Beru', parentCode: '52.07.01' });
    expect(desaBeru).toMatchObject({ name: 'Desa Beru', parentCode: '52.07.05' });
    // "Bima" is both a kabupaten and a kota of NTB.
    expect(listChildren('52').filter((r) => r.name.endsWith(' Bima'))).toHaveLength(2);
  });
});

describe('national totals (Kepmendagri 300.2.2-2138/2025, via cahyadsn/wilayah)', () => {
  it('38 provinsi, 416 kabupaten + 98 kota, 7,285 kecamatan, 83,762 desa/kelurahan; codes unique', async () => {
    const provinces = listProvinces();
    expect(provinces).toHaveLength(38);
    await Promise.all(provinces.map((p) => loadProvince(p.code)));
    expect(provinces.every((p) => isProvinceLoaded(p.code))).toBe(true);

    const regencies = provinces.flatMap((p) => listChildren(p.code));
    expect(regencies).toHaveLength(514);
    const kota = regencies.filter((r) => parseRegionCode(r.code).regencyKind === 'kota');
    expect(regencies.length - kota.length).toBe(416);
    expect(kota).toHaveLength(98);
    expect(regencies.every((r) => r.name.startsWith(r.code.slice(3) < '70' ? 'Kabupaten ' : 'Kota '))).toBe(
      true,
    );

    const districts = regencies.flatMap((r) => listChildren(r.code));
    expect(districts).toHaveLength(7285);
    const villages = districts.flatMap((d) => listChildren(d.code));
    expect(villages).toHaveLength(83_762);
    // 8,496 kelurahan and 75,266 desa including desa adat (14 of them `3xxx`).
    expect(kindCounts(villages)).toEqual({ kelurahan: 8496, desa: 75_252, desa_adat: 14 });

    const all = [...provinces, ...regencies, ...districts, ...villages];
    expect(new Set(all.map((r) => r.code)).size).toBe(all.length);
    expect(all.every((r) => isRegionCode(r.code, r.level) && parentRegionCode(r.code) === r.parentCode)).toBe(
      true,
    );
    expect(all.every((r) => getRegion(r.code) === r)).toBe(true);

    // Papua: desa adat, e.g. 91.03.01.3007.
    expect(getRegion('91.03.01.3007')).toMatchObject({ name: 'Desa Adat Yoboi', level: 'desa_kelurahan' });
    expect(parseRegionCode('9103013007').villageKind).toBe('desa_adat');
  });

  it('decodes every row of idn-area-data 4.0.1 to the same code and name', async () => {
    await Promise.all(listProvinces().map((p) => loadProvince(p.code)));
    const pkg = JSON.parse(readFileSync(`${SOURCE_DIR}package.json`, 'utf8')) as {
      version: string;
    };
    expect(pkg.version).toBe('4.0.1');
    let rows = 0;
    for (const file of ['provinces', 'regencies', 'districts', 'villages']) {
      const lines = readFileSync(`${SOURCE_DIR}data/${file}.csv`, 'utf8').trimEnd().split('\n');
      for (const line of lines.slice(1)) {
        // Only the last field (the name) is ever quoted in these files.
        const match = /^([\d.]+),(?:[\d.]+,)?(?:"((?:[^"]|"")*)"|([^"]*))$/.exec(line);
        expect(match, line).not.toBeNull();
        const [, code = '', quoted, plain] = match ?? [];
        const name = quoted === undefined ? plain : quoted.replaceAll('""', '"');
        if (getRegion(code)?.name !== name) expect(getRegion(code)?.name, code).toBe(name);
        rows += 1;
      }
    }
    expect(rows).toBe(38 + 514 + 7285 + 83_762);
    expect(getRegion('35.29.22')?.name).toBe('Ra"as');
    expect(getRegion('14.02.09.2010')?.name).toBe('Lambang Sari I, II, III');
    expect(getRegion('74.01.01.1001')?.name).toBe('19 Nopember');
  });
});

describe('run-time extension', () => {
  it('adds and replaces regions, validated against their codes', async () => {
    await loadProvince('52');
    registerRegions([
      { code: '520740001', name: 'Pulau Kalong', level: 'pulau', parentCode: '5207' },
      { code: '52.07.02.1006', name: 'Bugis (renamed)', level: 'desa_kelurahan', parentCode: '52.07.02' },
    ]);
    expect(getRegion('52.07.40001')).toEqual({
      code: '52.07.40001',
      name: 'Pulau Kalong',
      level: 'pulau',
      parentCode: '52.07',
    });
    expect(getRegion('52.07.02.1006')?.name).toBe('Bugis (renamed)');
    expect(listChildren('52.07.02')).toHaveLength(16);
    expect(listChildren('52.07').at(-1)?.code).toBe('52.07.40001');
    clearRegisteredRegions();
    expect(getRegion('52.07.02.1006')?.name).toBe('Bugis');
    expect(getRegion('52.07.40001')).toBeUndefined();
  });

  it('rejects entries whose level or parent does not fit, registering none', () => {
    const good: Region = { code: '52.07.40002', name: 'Pulau Belang', level: 'pulau', parentCode: '52.07' };
    expect(() =>
      registerRegions([good, { code: '52.07.02', name: 'X', level: 'desa_kelurahan', parentCode: '52.07' }]),
    ).toThrow(ValidationError);
    expect(() => registerRegions([{ ...good, parentCode: '52.08' }])).toThrow(/parent code/);
    expect(() => registerRegions([{ ...good, code: '52.07.30001' }])).toThrow(InvalidRegionCodeError);
    expect(() => registerRegions([{ ...good, name: ' ' }])).toThrow(ValidationError);
    expect(getRegion('52.07.40002')).toBeUndefined();
  });
});

describe('generated files', () => {
  const files = [
    'national.ts',
    'loaders.ts',
    ...readdirSync(`${DATA_DIR}provinces`).map((f) => `provinces/${f}`),
  ];

  it('has 38 province modules, each with the source, version, licence and do-not-edit header', () => {
    expect(files.filter((f) => f.startsWith('provinces/'))).toHaveLength(38);
    for (const file of files) {
      const head = readFileSync(`${DATA_DIR}${file}`, 'utf8').slice(0, 800);
      expect(head).toContain('Keputusan Menteri Dalam Negeri No. 300.2.2-2138 Tahun 2025');
      expect(head).toContain(`Dataset version: ${REGION_DATASET.id}.`);
      expect(head).toContain('idn-area-data 4.0.1');
      expect(head).toContain('Open Database License (ODbL) 1.0');
      expect(head).toContain('Generated by scripts/generate-regions.mjs, do not edit.');
    }
    expect(REGION_DATASET).toMatchObject({
      id: 'kepmendagri-300.2.2-2138-2025',
      licence: 'ODbL-1.0',
      generatedFrom: 'idn-area-data@4.0.1',
    });
  });

  it('are what the generator produces from the pinned CSVs', () => {
    const out = execFileSync(process.execPath, ['scripts/generate-regions.mjs', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('40 files are up to date');
  });
});

describe('properties (fast-check)', () => {
  const part = (lengths: readonly number[]) =>
    fc.tuple(
      ...lengths.map((n) =>
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n }),
      ),
    );
  const nearValid = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'0123456789. '), maxLength: 16 }),
    fc
      .array(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 6 }), {
        minLength: 1,
        maxLength: 5,
      })
      .chain((parts) => fc.constantFrom(parts.join('.'), parts.join(''))),
    fc
      .oneof(part([2]), part([2, 2]), part([2, 2, 2]), part([2, 2, 2, 4]), part([2, 2, 5]))
      .chain((parts) => fc.constantFrom(parts.join('.'), parts.join(''))),
  );

  const check = (input: string) => {
    let info: ReturnType<typeof parseRegionCode>;
    try {
      info = parseRegionCode(input);
    } catch (error) {
      expect(error).toBeInstanceOf(OpenGovError);
      expect(error).toBeInstanceOf(InvalidRegionCodeError);
      expect(isRegionCode(input)).toBe(false);
      return;
    }
    expect(isRegionCode(input, info.level)).toBe(true);
    expect(formatRegionCode(input)).toBe(info.code);
    expect(formatRegionCode(info.code, { style: 'bare' })).toBe(info.bare);
    expect(formatRegionCode(info.bare, { style: 'dotted' })).toBe(info.code);
    expect(parseRegionCode(info.bare)).toEqual(info);
    expect(info.code.replaceAll('.', '')).toBe(info.bare);
    expect(info.parentCode === null || info.code.startsWith(`${info.parentCode}.`)).toBe(true);
    expect(RegionCode.parse(input)).toBe(info.code);
  };

  it('arbitrary strings give a RegionCodeInfo or an OpenGovError, never another throw', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), check), { numRuns: 10_000 });
  });

  it('near-valid digit strings give a RegionCodeInfo or an OpenGovError, and valid ones round-trip', () => {
    let valid = 0;
    fc.assert(
      fc.property(nearValid, (input) => {
        check(input);
        if (isRegionCode(input)) valid += 1;
      }),
      { numRuns: 10_000 },
    );
    // The generator must reach the valid space, or the round-trip half proves nothing.
    expect(valid).toBeGreaterThan(1000);
  });

  it('codes built from valid parts always parse, at the level their shape says', () => {
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    const pp = fc.tuple(fc.constantFrom(...'123456789'), digits(1)).map(([a, b]) => a + b);
    const rr = fc
      .integer({ min: 1, max: 99 })
      .filter((n) => n !== 70)
      .map((n) => String(n).padStart(2, '0'));
    const dd = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const vvvv = fc
      .tuple(fc.constantFrom('1', '2', '3'), fc.integer({ min: 1, max: 999 }))
      .map(([k, n]) => k + String(n).padStart(3, '0'));
    const island = fc.integer({ min: 1, max: 9999 }).map((n) => `4${String(n).padStart(4, '0')}`);
    fc.assert(
      fc.property(pp, rr, dd, vvvv, island, (p, r, d, v, i) => {
        expect(parseRegionCode(`${p}${r}${d}${v}`).code).toBe(`${p}.${r}.${d}.${v}`);
        expect(parseRegionCode(`${p}.${r}.${i}`).level).toBe('pulau');
        expect(parseRegionCode(`${p}.${r}`).regencyKind).toBe(Number(r) < 70 ? 'kabupaten' : 'kota');
      }),
      { numRuns: 10_000 },
    );
  });
});
