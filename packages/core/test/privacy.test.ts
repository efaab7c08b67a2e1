import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskNik, maskPhone, REDACTED, redact, redactText } from '../src/index.js';

const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
// Punctuation included: a full stop right after a NIK once let it through.
const filler = fc.string({ unit: fc.constantFrom(...'abcdefghij klmn,;:().'), maxLength: 20 });

describe('redactText', () => {
  it.each([
    ['NIK 5207024507050001 tercatat', 'NIK [NIK/KK] tercatat'],
    ['KK 5207-0212-3405-0002', 'KK [NIK/KK]'],
    // A NIK that ends a sentence, or follows "No.", is still a NIK.
    ['NIK saya 5207024507050001.', 'NIK saya [NIK/KK].'],
    ['No.5207024507050001 dan KK 5207-0212-3405-0002.', 'No.[NIK/KK] dan KK [NIK/KK].'],
    ['nomor HP 081234567890.', 'nomor HP [PHONE].'],
    ['hubungi 081234567890', 'hubungi [PHONE]'],
    ['hubungi 0812-3456-7890 atau +62 812 3456 7890', 'hubungi [PHONE] atau [PHONE]'],
    ['kantor (0372) 81234', 'kantor [PHONE]'],
    ['surel warga.ksb@example.co.id', 'surel [EMAIL]'],
    ['Authorization: Bearer abc.def-123', 'Authorization: Bearer [REDACTED]'],
    ['GET /api?token=s3cret&q=air', 'GET /api?token=[REDACTED]&q=air'],
    ['jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTYifQ.abcdefghijk', 'jwt [REDACTED]'],
  ])('%s', (input, expected) => {
    expect(redactText(input)).toBe(expected);
  });

  it('leaves ordinary text, dates, region codes and small numbers alone', () => {
    const text = 'Rapat 2026-03-16 di 52.07.02.2001, 117 kecamatan, Rp 1.500.000, kode 5207';
    expect(redactText(text)).toBe(text);
  });

  it('never lets a NIK, phone number or e-mail through, wherever it sits in text (property)', () => {
    fc.assert(
      fc.property(
        filler,
        fc.oneof(
          digits(16),
          digits(10).map((d) => `08${d}`),
          digits(10).map((d) => `+628${d}`),
          fc
            .tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[a-z]{2,8}$/))
            .map(([u, d]) => `${u}@${d}.id`),
        ),
        filler,
        fc.constantFrom(' ', ' No.', ' (', ': '),
        fc.constantFrom(' ', '.', '. ', ',', ')'),
        (before, secret, after, opening, closing) => {
          const out = redactText(`${before}${opening}${secret}${closing}${after}`);
          expect(out).not.toContain(secret);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe('redact', () => {
  it('replaces sensitive keys whole and scrubs strings deeply, keeping shape', () => {
    const input = {
      nik: '5207024507050001',
      noKk: '5207021234050002',
      headers: { Authorization: 'Bearer abc', accept: 'application/json' },
      reporter: { name: 'Warga', phone: '081234567890', email: 'a@b.id' },
      notes: ['hubungi 081234567890', 42, null, true],
    };
    expect(redact(input)).toEqual({
      nik: REDACTED.secret,
      noKk: REDACTED.secret,
      headers: { Authorization: REDACTED.secret, accept: 'application/json' },
      reporter: { name: 'Warga', phone: REDACTED.secret, email: REDACTED.secret },
      notes: ['hubungi [PHONE]', 42, null, true],
    });
    expect(input.nik).toBe('5207024507050001');
  });

  it('handles cycles, Headers, URL, Map and errors without throwing', () => {
    const cyclic: Record<string, unknown> = { note: 'nik 5207024507050001' };
    cyclic['self'] = cyclic;
    const out = redact(cyclic) as Record<string, unknown>;
    expect(out['note']).toBe('nik [NIK/KK]');
    expect(out['self']).toBe(out);
    expect(redact(new Headers({ authorization: 'Bearer x', 'x-request-id': 'r1' }))).toEqual({
      authorization: REDACTED.secret,
      'x-request-id': 'r1',
    });
    expect(redact(new URL('https://x.id/a?access_token=zzz'))).toBe('https://x.id/a?access_token=[REDACTED]');
    expect(
      redact(
        new Map([
          ['token', 't'],
          ['q', '081234567890'],
        ]),
      ),
    ).toEqual(
      new Map([
        ['token', REDACTED.secret],
        ['q', REDACTED.phone],
      ]),
    );
    expect(redact(new Error('NIK 5207024507050001'))).toEqual({ name: 'Error', message: 'NIK [NIK/KK]' });
  });

  it('never throws on arbitrary values (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        redact(value);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('masking', () => {
  it('maskNik keeps the region prefix and serial only', () => {
    expect(maskNik('5207024507050001')).toBe('520702******0001');
    expect(maskNik('5207 0245 0705 0001')).toBe('520702******0001');
    expect(maskNik('12345')).toBe('****************');
  });

  it('maskPhone keeps the prefix and the last four digits', () => {
    expect(maskPhone('+6281234567890')).toBe('+62812****7890');
    expect(maskPhone('0812-3456-7890')).toBe('0812****7890');
    expect(maskPhone('123')).toBe('****');
  });
});
