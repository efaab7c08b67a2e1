import { isOpenGovError, ValidationError } from '@opengov-id/core';
import { parse as csvParseSync } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordParser, formatCsvField, formatCsvRow } from '../src/index.js';

const readBack = (text: string, delimiter = ','): string[][] => {
  const parser = new CsvRecordParser(delimiter);
  const rows: string[][] = [];
  parser.push(text, (fields) => rows.push(fields));
  expect(parser.end((fields) => rows.push(fields)).unterminated).toBe(false);
  return rows;
};

describe('formatCsvField: RFC 4180 quoting', () => {
  it('leaves a plain field bare and quotes one with a comma, a quote or a line break', () => {
    expect(formatCsvField('Taliwang')).toBe('Taliwang');
    expect(formatCsvField('')).toBe('');
    expect(formatCsvField('a,b')).toBe('"a,b"');
    // RFC 4180 §2.7: a quote inside a quoted field is escaped by a second quote.
    expect(formatCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(formatCsvField('"')).toBe('""""');
    expect(formatCsvField('line\nbreak')).toBe('"line\nbreak"');
    expect(formatCsvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(formatCsvField('ends\r')).toBe('"ends\r"');
    expect(formatCsvField(' spaces kept ')).toBe(' spaces kept ');
  });

  it('quotes for the delimiter in use, not for a comma', () => {
    expect(formatCsvField('1,5', { delimiter: ';' })).toBe('1,5');
    expect(formatCsvField('a;b', { delimiter: ';' })).toBe('"a;b"');
    expect(formatCsvField('a;b')).toBe('a;b');
    expect(formatCsvField('a\tb', { delimiter: '\t', guardFormulas: false })).toBe('"a\tb"');
  });

  it('writes numbers as numbers', () => {
    expect(formatCsvField(12.5)).toBe('12.5');
    expect(formatCsvField(0)).toBe('0');
    expect(formatCsvField(-1.25)).toBe('-1.25');
    expect(formatCsvField(-3)).toBe('-3');
  });

  it('rejects a delimiter the format cannot carry', () => {
    for (const delimiter of ['', ';;', '"', '\n', '\r']) {
      let caught: unknown;
      try {
        formatCsvField('x', { delimiter });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).code).toBe('invalid_delimiter');
      expect((caught as ValidationError).message).toContain('delimiter');
    }
    expect(() => formatCsvRow(['x'], { delimiter: '"' })).toThrow(ValidationError);
  });
});

describe('formatCsvField: formula guard (OWASP CSV injection)', () => {
  it('prefixes a text that starts with =, +, -, @, a tab or a carriage return', () => {
    expect(formatCsvField('=1+1')).toBe("'=1+1");
    expect(formatCsvField('+62 812')).toBe("'+62 812");
    expect(formatCsvField('-2+3')).toBe("'-2+3");
    expect(formatCsvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(formatCsvField('\t=1')).toBe("'\t=1");
    // The guarded text still needs quoting when it holds a line break or a quote.
    expect(formatCsvField('\r=1')).toBe(`"'\r=1"`);
    expect(formatCsvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(formatCsvField('=A1;B1', { delimiter: ';' })).toBe(`"'=A1;B1"`);
  });

  it('leaves numbers, plain decimal texts and formula characters later in the text alone', () => {
    expect(formatCsvField(-1.25)).toBe('-1.25');
    expect(formatCsvField('-1.25')).toBe('-1.25');
    expect(formatCsvField('-2')).toBe('-2');
    expect(formatCsvField('Data = 1')).toBe('Data = 1');
    expect(formatCsvField('a@b.test')).toBe('a@b.test');
    // Not a plain decimal number: a spreadsheet would evaluate it.
    expect(formatCsvField('-1.25e3+cmd')).toBe("'-1.25e3+cmd");
    expect(formatCsvField('-')).toBe("'-");
  });

  it('can be turned off', () => {
    expect(formatCsvField('=1+1', { guardFormulas: false })).toBe('=1+1');
    expect(formatCsvField('=a,b', { guardFormulas: false })).toBe('"=a,b"');
  });
});

describe('formatCsvRow', () => {
  it('joins with the delimiter and ends with CRLF unless told otherwise', () => {
    expect(formatCsvRow(['kecamatan', 'balita', 'catatan'])).toBe('kecamatan,balita,catatan\r\n');
    expect(formatCsvRow(['Taliwang', 412, '@admin: "cek ulang"'])).toBe(
      `Taliwang,412,"'@admin: ""cek ulang"""\r\n`,
    );
    expect(formatCsvRow(['No', 'Berat (kg)'], { delimiter: ';', lineEnding: '\n' })).toBe('No;Berat (kg)\n');
    expect(formatCsvRow(['a', 'b'], { lineEnding: '' })).toBe('a,b');
    expect(formatCsvRow(['', ''])).toBe(',\r\n');
  });

  it('writes a row of one empty field as "" so that it is not a blank line', () => {
    expect(formatCsvRow([''])).toBe('""\r\n');
    expect(readBack(formatCsvRow(['']) + formatCsvRow(['x']))).toEqual([[''], ['x']]);
  });

  it('is read back by csv-parse, an independent RFC 4180 reader', () => {
    const rows = [
      ['id', 'nama', 'catatan'],
      ['1', 'Sampel, Anak', 'kata "baik"'],
      ['2', 'Baris\r\nbaru', '=cmd|calc'],
    ];
    const text = rows.map((r) => formatCsvRow(r)).join('');
    expect(csvParseSync(text)).toEqual([rows[0], rows[1], ['2', 'Baris\r\nbaru', "'=cmd|calc"]]);
  });
});

describe('formatCsvRow then CsvRecordParser', () => {
  const unit = fc.constantFrom('a', 'é', ' ', ',', ';', '\t', '"', '\n', '\r', '=', '+', '-', '@', '1', '.');
  const field = fc.oneof(fc.string({ unit }), fc.string());
  const guardedAs = (f: string) => (/^[=+\-@\t\r]/.test(f) && !/^-?\d+(\.\d+)?$/.test(f) ? `'${f}` : f);

  it('round-trips any rows of strings, apart from the guard prefix', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\r\n' as const, '\n' as const),
        fc.boolean(),
        (rows, delimiter, lineEnding, guardFormulas) => {
          const text = rows.map((r) => formatCsvRow(r, { delimiter, lineEnding, guardFormulas })).join('');
          const expected = guardFormulas ? rows.map((r) => r.map(guardedAs)) : rows;
          expect(readBack(text, delimiter)).toEqual(expected);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('gives a string or an OpenGovError for any delimiter and value, never anything else', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), fc.oneof(fc.string(), fc.double()), (delimiter, value) => {
        try {
          expect(typeof formatCsvField(value, { delimiter })).toBe('string');
        } catch (error) {
          expect(isOpenGovError(error)).toBe(true);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});
