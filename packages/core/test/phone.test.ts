import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  InvalidPhoneError,
  isValidPhone,
  maskPhone,
  normalizePhone,
  type PhoneErrorReason,
  PhoneNumber,
} from '../src/phone/index.js';
import { isOpenGovError, parseWith, ValidationError } from '../src/index.js';
import * as root from '../src/index.js';

function reason(input: string): PhoneErrorReason {
  try {
    normalizePhone(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidPhoneError);
    return (error as InvalidPhoneError).reason;
  }
  throw new Error('expected normalizePhone to throw');
}

describe('normalizePhone: facts checked with libphonenumber-js 1.13.16 /max (forum-core.md §2)', () => {
  it('reads 08…, 62… and +62… mobile numbers as the same E.164 number', () => {
    for (const input of ['081234567890', '6281234567890', '+6281234567890']) {
      expect(normalizePhone(input)).toEqual({
        e164: '+6281234567890',
        type: 'mobile',
        national: '0812-3456-7890',
        international: '+62 812 3456 7890',
        countryCallingCode: '62',
        country: 'ID',
        isMobile: true,
      });
    }
  });

  it('reads the Sumbawa Barat area code 0372 as a fixed line', () => {
    expect(normalizePhone('0372123456')).toMatchObject({
      e164: '+62372123456',
      type: 'fixed_line',
      national: '(0372) 123456',
      isMobile: false,
    });
  });

  it('reads 1500123 as a UAN number', () => {
    expect(normalizePhone('1500123')).toMatchObject({ e164: '+621500123', type: 'uan', isMobile: false });
  });

  it('rejects a 14-digit 0812… number', () => {
    expect(reason('08123456789012')).toBe('invalid');
    expect(isValidPhone('08123456789012')).toBe(false);
  });

  it('accepts spaces, dashes, dots and parentheses', () => {
    for (const input of ['0812-3456-7890', '0812 3456 7890', '+62 (812) 3456.7890', ' 62 812-3456-7890 ']) {
      expect(normalizePhone(input).e164).toBe('+6281234567890');
    }
    expect(normalizePhone('(0372) 123456').e164).toBe('+62372123456');
  });

  it('prefers +62 for bare digits starting with 62, where libphonenumber alone would read area code 0622', () => {
    // Both readings are valid numbers; "62…" without a trunk 0 is how people write +62.
    expect(normalizePhone('6221500123')).toMatchObject({ e164: '+6221500123', national: '(021) 500123' });
    expect(normalizePhone('06221500123').e164).toBe('+626221500123');
    // too short to be +62: falls back to the national reading (Banda Aceh region code 0628).
    expect(normalizePhone('62812345').e164).toBe('+6262812345');
  });

  it('reads numbers of other countries and non-geographic numbers', () => {
    expect(normalizePhone('+44 20 7946 0958')).toMatchObject({
      country: 'GB',
      countryCallingCode: '44',
      type: 'fixed_line',
      national: '020 7946 0958',
    });
    expect(normalizePhone('+1 202 555 0123')).toMatchObject({
      type: 'fixed_line_or_mobile',
      isMobile: false,
    });
    expect(normalizePhone('+800 1234 5678')).toMatchObject({ country: undefined, type: 'toll_free' });
    expect(normalizePhone('0800 1234567')).toMatchObject({ type: 'toll_free', e164: '+628001234567' });
    expect(normalizePhone('07911 123456', { defaultCountry: 'GB' }).e164).toBe('+447911123456');
  });

  it('gives a reason for each kind of rejection', () => {
    expect(reason('')).toBe('format');
    expect(reason('+')).toBe('format');
    expect(reason('0812 3456 7890 ext 5')).toBe('format');
    expect(reason('0812+34567890')).toBe('format');
    expect(reason('tel:081234567890')).toBe('format');
    expect(reason('+999 1234 5678')).toBe('country');
    expect(reason('0812')).toBe('too_short');
    expect(reason('0812345678901234567890')).toBe('too_long');
    // libphonenumber's German metadata allows 16 digits, more than E.164's 15.
    expect(reason('+49 8000 0000 0000 00')).toBe('too_long');
  });

  it('rejects an unsupported defaultCountry as a ValidationError, not as a bad number', () => {
    try {
      normalizePhone('081234567890', { defaultCountry: 'XX' as 'ID' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).not.toBeInstanceOf(InvalidPhoneError);
      expect((error as ValidationError).code).toBe('invalid_option');
    }
  });
});

describe('InvalidPhoneError never carries the number', () => {
  it('is bilingual, names `phone`, and has no digits of the input in message, JSON or String()', () => {
    for (const input of [
      '08123456789012',
      '+999 1234 5678',
      '0812 3456 7890 ext 5',
      '0812345678901234567890',
    ]) {
      let caught: unknown;
      try {
        normalizePhone(input);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidPhoneError);
      const error = caught as InvalidPhoneError;
      expect(error.code).toBe('invalid_phone');
      expect(error.issues[0]?.field).toBe('phone');
      expect(error.messages?.id).toMatch(/^Kolom `phone`: /);
      expect(error.messages?.en).toMatch(/^Field `phone`: /);
      for (const text of [error.message, String(error), JSON.stringify(error)]) {
        expect(text).not.toContain(input);
        expect(text).not.toMatch(/\d{4,}/);
      }
    }
  });
});

describe('PhoneNumber schema', () => {
  it('outputs E.164 and reports a bilingual issue', () => {
    const Reporter = z.object({ phone: PhoneNumber });
    expect(Reporter.parse({ phone: '0812-3456-7890' })).toEqual({ phone: '+6281234567890' });
    try {
      parseWith(Reporter, { phone: '08123456789012' });
      expect.unreachable();
    } catch (error) {
      const e = error as ValidationError;
      expect(e.issues[0]?.field).toBe('phone');
      expect(e.issues[0]?.message.id).toBe(
        'Kolom `phone`: nomor telepon tidak sesuai dengan rentang nomor mana pun di negaranya.',
      );
      expect(JSON.stringify(e)).not.toContain('08123456789012');
    }
  });
});

describe('entry points', () => {
  it('re-exports maskPhone, and keeps phone out of the root entry', () => {
    expect(maskPhone(normalizePhone('0812-3456-7890').e164)).toBe('+62812****7890');
    expect('normalizePhone' in root).toBe(false);
    expect('PhoneNumber' in root).toBe(false);
  });
});

const separator = fc.constantFrom('', '', '', ' ', '-', '.', ' (', ') ');
const digitRun = fc.stringMatching(/^\d{1,6}$/);

describe('property tests', () => {
  it('normalizePhone on arbitrary strings: a result or an OpenGovError', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[+\d ()-]{0,24}$/)),
        (s) => {
          try {
            normalizePhone(s);
          } catch (error) {
            expect(isOpenGovError(error)).toBe(true);
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('near-valid numbers: InvalidPhoneError or a stable E.164 result that isValidPhone agrees with', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '0', '08', '62', '628', '+62', '+628', '+', '0372', '+1', '+44', '021'),
        fc.array(fc.tuple(separator, digitRun), { minLength: 1, maxLength: 4 }),
        (prefix, parts) => {
          const input = prefix + parts.map(([sep, digits]) => sep + digits).join('');
          let result: ReturnType<typeof normalizePhone> | undefined;
          try {
            result = normalizePhone(input);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidPhoneError);
          }
          expect(isValidPhone(input)).toBe(result !== undefined);
          if (result) {
            expect(result.e164).toMatch(/^\+[1-9]\d{6,14}$/);
            expect(normalizePhone(result.e164)).toEqual(result);
            expect(result.isMobile).toBe(result.type === 'mobile');
          }
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
