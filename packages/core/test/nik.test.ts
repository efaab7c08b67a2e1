import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import {
  decodeNik,
  decodeNoKk,
  type IdNumberErrorReason,
  InvalidNikError,
  InvalidNoKkError,
  isOpenGovError,
  isValidNik,
  isValidNoKk,
  maskNik,
  Nik,
  NoKk,
  parseWith,
  ValidationError,
} from '../src/index.js';

// Lets one test pretend a province's kecamatan are loaded; otherwise the real module answers.
const regionOverride = vi.hoisted(() => ({
  active: false,
  loadedProvinces: new Set<string>(),
  knownCodes: new Set<string>(),
}));

vi.mock('../src/region/lookup.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/region/lookup.js')>();
  return {
    ...real,
    getRegion: (code: string) =>
      regionOverride.active
        ? regionOverride.knownCodes.has(code)
          ? { code, name: code, level: 'province', parentCode: undefined }
          : undefined
        : real.getRegion(code),
    isProvinceLoaded: (pp: string) =>
      regionOverride.active ? regionOverride.loadedProvinces.has(pp) : real.isProvinceLoaded(pp),
  };
});

afterEach(() => {
  regionOverride.active = false;
  vi.useRealTimers();
});

const TODAY = '2025-06-01';
const at = { today: TODAY } as const;

function nikReason(nik: string, options: Parameters<typeof decodeNik>[1] = at): IdNumberErrorReason {
  try {
    decodeNik(nik, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidNikError);
    return (error as InvalidNikError).reason;
  }
  throw new Error('expected decodeNik to throw');
}

function kkReason(noKk: string, options: Parameters<typeof decodeNoKk>[1] = at): IdNumberErrorReason {
  try {
    decodeNoKk(noKk, options);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidNoKkError);
    return (error as InvalidNoKkError).reason;
  }
  throw new Error('expected decodeNoKk to throw');
}

describe('decodeNik: worked examples', () => {
  it('reads a woman\'s NIK: day 45 is the 5th (+40), where nik-parser 1.0.1 says "pria", 1905-08-14', () => {
    // forum-core.md §2: the npm nik-parser overflows new Date(yy, mm-1, 45) before the +40 check.
    expect(decodeNik('5207024507050001', at)).toEqual({
      nik: '5207024507050001',
      regionCode: '52.07.02',
      provinceCode: '52',
      regencyCode: '52.07',
      birthDate: '2005-07-05',
      sex: 'female',
      serial: '0001',
      centuryInferred: true,
      warnings: [],
    });
  });

  it("reads men's NIKs, the day taken as written", () => {
    const a = decodeNik('5207021208900003', at);
    expect([a.birthDate, a.sex, a.serial, a.centuryInferred]).toEqual(['1990-08-12', 'male', '0003', false]);
    const b = decodeNik('5207083112010012', at);
    expect([b.regionCode, b.birthDate, b.sex, b.serial]).toEqual(['52.07.08', '2001-12-31', 'male', '0012']);
  });

  it('maps day 41 to the 1st and 71 to the 31st for women; 31 only where the month has it', () => {
    expect(decodeNik('5207024101990001', at)).toMatchObject({ birthDate: '1999-01-01', sex: 'female' });
    expect(decodeNik('5207027101990001', at)).toMatchObject({ birthDate: '1999-01-31', sex: 'female' });
    expect(nikReason('5207027104990001')).toBe('date'); // 31 April
    expect(nikReason('5207023104990001')).toBe('date');
  });

  it('accepts 29 February only in leap years (Gregorian rule: 2000 leap, 1900 not)', () => {
    expect(decodeNik('5207022902040001', at).birthDate).toBe('2004-02-29');
    expect(decodeNik('5207026902880001', at)).toMatchObject({ birthDate: '1988-02-29', sex: 'female' });
    expect(nikReason('5207022902050001')).toBe('date'); // neither 2005 nor 1905 is leap
    expect(nikReason('5207022902230001')).toBe('date');
    const y2000 = decodeNik('5207022902000001', at);
    // 1900-02-29 does not exist, so 2000 is the only reading, not an inference.
    expect([y2000.birthDate, y2000.centuryInferred]).toEqual(['2000-02-29', false]);
    expect(nikReason('5207022902000001', { today: TODAY, century: 1900 })).toBe('date');
    expect(decodeNik('5207022802000001', at).centuryInferred).toBe(true);
  });

  it('rejects day 00, 32, 40 and 72, and months 00 and 13', () => {
    expect(nikReason('5207020001990001')).toBe('day');
    expect(nikReason('5207023201990001')).toBe('day');
    expect(nikReason('5207024001990001')).toBe('day');
    expect(nikReason('5207027201990001')).toBe('day');
    expect(nikReason('5207021513990001')).toBe('month');
    expect(nikReason('5207021500990001')).toBe('month');
  });

  it('rejects serial 0000 and malformed region parts', () => {
    expect(nikReason('5207021208900000')).toBe('serial');
    expect(nikReason('0207021208900001')).toBe('province');
    expect(nikReason('5200021208900001')).toBe('regency');
    expect(nikReason('5270021208900001')).toBe('regency');
    expect(nikReason('5207001208900001')).toBe('kecamatan');
    // kota codes start at 71 (Kota Mataram is 52.71)
    expect(decodeNik('5271011208900001', at).regencyCode).toBe('52.71');
    expect(decodeNik('5269991208900001', at).regionCode).toBe('52.69.99');
  });

  it('ignores spaces, dots and dashes, and rejects anything else or a wrong digit count', () => {
    for (const written of [
      '5207 0245 0705 0001',
      '52.07.02.450705.0001',
      '520702-450705-0001',
      ' 5207024507050001\t',
      '5207\u00a002450705\u20130001',
    ]) {
      expect(decodeNik(written, at).nik).toBe('5207024507050001');
    }
    expect(nikReason('5207024507050001a')).toBe('format');
    expect(nikReason('5207/0245/0705/0001')).toBe('format');
    expect(nikReason('520702450705001')).toBe('length');
    expect(nikReason('52070245070500011')).toBe('length');
    expect(nikReason('')).toBe('length');
    expect(nikReason(12 as unknown as string)).toBe('format');
  });
});

describe('decodeNik: century', () => {
  it('reads YY as 20YY unless that is after today, then 19YY', () => {
    // today 2025-06-01
    expect(decodeNik('5207021205250001', at)).toMatchObject({
      birthDate: '2025-05-12',
      centuryInferred: true,
    });
    expect(decodeNik('5207020106250001', at)).toMatchObject({
      birthDate: '2025-06-01',
      centuryInferred: true,
    });
    expect(decodeNik('5207020206250001', at)).toMatchObject({
      birthDate: '1925-06-02',
      centuryInferred: false,
    });
    expect(decodeNik('5207021203300001', at)).toMatchObject({
      birthDate: '1930-03-12',
      centuryInferred: false,
    });
    expect(decodeNik('5207021203300001', { today: '2031-01-01' }).birthDate).toBe('2030-03-12');
  });

  it('lets the caller fix the century, still refusing a birth date after today', () => {
    expect(decodeNik('5207024507050001', { today: TODAY, century: 1900 })).toMatchObject({
      birthDate: '1905-07-05',
      centuryInferred: false,
    });
    expect(decodeNik('5207021205250001', { today: TODAY, century: 2000 })).toMatchObject({
      birthDate: '2025-05-12',
      centuryInferred: false,
    });
    expect(nikReason('5207021203300001', { today: TODAY, century: 2000 })).toBe('future_date');
  });

  it('takes today in Asia/Makassar (UTC+8) by default', () => {
    vi.useFakeTimers();
    // 31 Dec 2025 23:59 WITA: 1 Jan 2026 has not come yet in NTB.
    vi.setSystemTime(new Date('2025-12-31T15:59:00Z'));
    expect(decodeNik('5207020101260001').birthDate).toBe('1926-01-01');
    // 1 Jan 2026 00:30 WITA, still 31 Dec in UTC.
    vi.setSystemTime(new Date('2025-12-31T16:30:00Z'));
    expect(decodeNik('5207020101260001').birthDate).toBe('2026-01-01');
  });

  it('rejects a malformed today or century as a ValidationError, not as a bad NIK', () => {
    for (const options of [{ today: '2025-02-30' }, { today: '01-06-2025' }, { century: 1800 as 1900 }]) {
      try {
        decodeNik('5207024507050001', options);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        expect(error).not.toBeInstanceOf(InvalidNikError);
        expect((error as ValidationError).code).toBe('invalid_option');
      }
    }
  });
});

describe('decodeNik: region warnings', () => {
  it('warns, and does not throw, when the kabupaten/kota is not in the table', () => {
    // NTB has kabupaten 52.01–52.08 and kota 52.71–52.72 (Kepmendagri 300.2.2-2138/2025); 52.09 is none.
    const d = decodeNik('5209021203990001', at);
    expect(d.birthDate).toBe('1999-03-12');
    expect(d.warnings).toHaveLength(1);
    expect(d.warnings[0]).toMatchObject({ code: 'unknown_region', level: 'regency' });
    expect(d.warnings[0]?.message.id).toContain('pemekaran');
    expect(isValidNik('5209021203990001', at)).toBe(true);
  });

  it('warns once, at the province, when the province is unknown', () => {
    const d = decodeNik('9907021203990001', at);
    expect(d.warnings.map((w) => w.level)).toEqual(['province']);
  });

  it('checks the kecamatan only when its province is loaded', () => {
    regionOverride.active = true;
    regionOverride.knownCodes = new Set(['52', '52.07', '52.07.02']);
    regionOverride.loadedProvinces = new Set();
    expect(decodeNik('5207991203990001', at).warnings).toEqual([]);
    regionOverride.loadedProvinces = new Set(['52']);
    expect(decodeNik('5207991203990001', at).warnings.map((w) => w.level)).toEqual(['kecamatan']);
    expect(decodeNik('5207021203990001', at).warnings).toEqual([]);
  });
});

describe('errors never carry the number', () => {
  const invalid = [
    '5207023207050001',
    '5207024507050000',
    '5207021513990001',
    '0207021208900001',
    '5207022902050001',
    '5207021203300001',
    '52070245070500011',
    '5207024507050001x',
  ];

  it('InvalidNikError: bilingual, names `nik`, no digits of the input in message, JSON or String()', () => {
    for (const nik of invalid) {
      let caught: unknown;
      try {
        decodeNik(nik, { today: TODAY, century: 2000 });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidNikError);
      const error = caught as InvalidNikError;
      expect(error.code).toBe('invalid_nik');
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.issues[0]?.field).toBe('nik');
      expect(error.messages?.id).toMatch(/^Kolom `nik`: /);
      expect(error.messages?.en).toMatch(/^Field `nik`: /);
      for (const text of [
        error.message,
        String(error),
        JSON.stringify(error),
        JSON.stringify(error.toJSON()),
      ]) {
        expect(text).not.toContain(nik);
        expect(text).not.toContain(nik.slice(0, 16));
        expect(text).not.toMatch(/\d{5,}/);
      }
    }
  });

  it('InvalidNoKkError names `noKk`', () => {
    try {
      decodeNoKk('5207024507050001', at);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidNoKkError);
      const e = error as InvalidNoKkError;
      expect([e.code, e.reason, e.issues[0]?.field]).toEqual(['invalid_no_kk', 'day', 'noKk']);
      expect(e.messages?.id).toContain('No. KK');
      expect(JSON.stringify(e)).not.toContain('5207024507050001');
    }
  });

  it('maskNik (from privacy) hides the date of a decoded NIK', () => {
    expect(maskNik(decodeNik('52.07.02-450705-0001', at).nik)).toBe('520702******0001');
  });
});

describe('decodeNoKk', () => {
  it('reads the issue date, with no +40 rule', () => {
    expect(decodeNoKk('5207021503180004', at)).toEqual({
      noKk: '5207021503180004',
      regionCode: '52.07.02',
      provinceCode: '52',
      regencyCode: '52.07',
      issueDate: '2018-03-15',
      serial: '0004',
      centuryInferred: true,
      warnings: [],
    });
    expect(kkReason('5207024503180004')).toBe('day');
    expect(kkReason('5207023203180004')).toBe('day');
    expect(kkReason('5207021503180000')).toBe('serial');
    expect(kkReason('5207022902190004')).toBe('date');
    expect(decodeNoKk('5207.0229.0220.0004', at).issueDate).toBe('2020-02-29');
  });

  it('refuses an issue date after today', () => {
    expect(decodeNoKk('5207020106250004', at).issueDate).toBe('2025-06-01');
    expect(kkReason('5207020206250004', { today: TODAY, century: 2000 })).toBe('future_date');
    expect(decodeNoKk('5207020206250004', at).issueDate).toBe('1925-06-02');
  });

  it('warns on an unknown regency like decodeNik', () => {
    expect(decodeNoKk('5209021503180004', at).warnings.map((w) => w.level)).toEqual(['regency']);
    expect(isValidNoKk('5209021503180004', at)).toBe(true);
    expect(isValidNoKk('5207024503180004', at)).toBe(false);
  });
});

describe('zod schemas', () => {
  it('Nik outputs the 16 bare digits and reports a bilingual issue', () => {
    const Resident = z.object({ nik: Nik });
    expect(Resident.parse({ nik: '5207 0245 0705 0001' })).toEqual({ nik: '5207024507050001' });
    try {
      parseWith(Resident, { nik: '5207023207050001' }, 'Resident');
      expect.unreachable();
    } catch (error) {
      const e = error as ValidationError;
      expect(e.issues[0]?.field).toBe('nik');
      expect(e.issues[0]?.message.id).toBe(
        'Kolom `nik`: tanggal lahir pada NIK (digit 7–8) harus 01–31, atau 41–71 untuk perempuan.',
      );
      expect(e.issues[0]?.message.en).toMatch(/^Field `nik`: the birth day/);
      expect(JSON.stringify(e)).not.toContain('5207023207050001');
    }
    expect(Nik.safeParse(5207024507050001).success).toBe(false);
  });

  it('NoKk outputs the 16 bare digits', () => {
    expect(NoKk.parse('5207.0215.0318.0004')).toBe('5207021503180004');
    expect(NoKk.safeParse('5207024503180004').success).toBe(false);
  });
});

// --- property tests -------------------------------------------------------------------------

const pad = (n: number, width: number) => String(n).padStart(width, '0');
// Outside oracle for month lengths: the platform's own proleptic Gregorian calendar (UTC).
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

const regencyArb = fc.oneof(fc.integer({ min: 1, max: 69 }), fc.integer({ min: 71, max: 99 }));
const regionArb = fc.tuple(fc.integer({ min: 10, max: 99 }), regencyArb, fc.integer({ min: 1, max: 99 }));
const dateArb = (minYear: number, maxYear: number) =>
  fc
    .tuple(fc.integer({ min: minYear, max: maxYear }), fc.integer({ min: 1, max: 12 }), fc.nat())
    .map(([y, m, d]) => ({ y, m, d: (d % daysInMonth(y, m)) + 1 }))
    .filter(({ y, m, d }) => `${y}-${pad(m, 2)}-${pad(d, 2)}` <= TODAY);

function build(
  [pp, kk, cc]: [number, number, number],
  dd: number,
  mm: number,
  yy: number,
  serial: number,
): string {
  return `${pad(pp, 2)}${pad(kk, 2)}${pad(cc, 2)}${pad(dd, 2)}${pad(mm, 2)}${pad(yy % 100, 2)}${pad(serial, 4)}`;
}

function isTypedOutcome(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    return isOpenGovError(error);
  }
}

// Two-digit fields over their whole range, biased towards the boundaries.
const field2 = fc.oneof(
  fc.integer({ min: 0, max: 99 }),
  fc.constantFrom(0, 1, 12, 13, 28, 29, 30, 31, 32, 40, 41, 69, 70, 71, 72, 99),
);

describe('property tests', () => {
  it('decodeNik and decodeNoKk on arbitrary strings: a result or an OpenGovError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\d .-]{0,24}$/)),
        (s) => {
          expect(isTypedOutcome(() => decodeNik(s, at))).toBe(true);
          expect(isTypedOutcome(() => decodeNoKk(s, at))).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('near-valid 16-digit strings: a result or the matching Invalid*Error, and isValid* agrees', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        field2,
        field2,
        field2,
        field2,
        field2,
        fc.oneof(fc.constantFrom(0, 1, 9999), fc.integer({ min: 0, max: 9999 })),
        (pp, kk, cc, dd, mm, yy, serial) => {
          const s = build([pp, kk, cc], dd, mm, yy, serial);
          for (const [decode, isValid, ErrorClass] of [
            [decodeNik, isValidNik, InvalidNikError],
            [decodeNoKk, isValidNoKk, InvalidNoKkError],
          ] as const) {
            let ok = true;
            try {
              decode(s, at);
            } catch (error) {
              ok = false;
              expect(error).toBeInstanceOf(ErrorClass);
            }
            expect(isValid(s, at)).toBe(ok);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('a NIK built from (region, birth date, sex, serial) decodes back to the same fields', () => {
    fc.assert(
      fc.property(
        regionArb,
        dateArb(1900, 2025),
        fc.boolean(),
        fc.integer({ min: 1, max: 9999 }),
        (region, { y, m, d }, female, serial) => {
          const nik = build(region, female ? d + 40 : d, m, y, serial);
          const century = y >= 2000 ? 2000 : 1900;
          const decoded = decodeNik(nik, { today: TODAY, century });
          expect(decoded).toMatchObject({
            nik,
            provinceCode: pad(region[0], 2),
            regencyCode: `${pad(region[0], 2)}.${pad(region[1], 2)}`,
            regionCode: `${pad(region[0], 2)}.${pad(region[1], 2)}.${pad(region[2], 2)}`,
            birthDate: `${y}-${pad(m, 2)}-${pad(d, 2)}`,
            sex: female ? 'female' : 'male',
            serial: pad(serial, 4),
            centuryInferred: false,
          });
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('without a century, dates in the 100 years up to today round-trip', () => {
    fc.assert(
      fc.property(
        regionArb,
        dateArb(1925, 2025),
        fc.integer({ min: 1, max: 9999 }),
        (region, { y, m, d }, serial) => {
          fc.pre(`${y}-${pad(m, 2)}-${pad(d, 2)}` > '1925-06-01');
          const expected = `${y}-${pad(m, 2)}-${pad(d, 2)}`;
          const nik = decodeNik(build(region, d + 40, m, y, serial), at);
          const kk = decodeNoKk(build(region, d, m, y, serial), at);
          expect([nik.birthDate, kk.issueDate]).toEqual([expected, expected]);
          // Ambiguous exactly when the 20YY reading is taken and the 19YY date also exists.
          const ambiguous = y >= 2000 && daysInMonth(y - 100, m) >= d;
          expect([nik.centuryInferred, kk.centuryInferred]).toEqual([ambiguous, ambiguous]);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
