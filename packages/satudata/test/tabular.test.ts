import { readFileSync } from 'node:fs';
import { isOpenGovError, ValidationError } from '@opengov-id/core';
import { parse as csvParseSync } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CsvError,
  CsvRecordParser,
  CsvValidationError,
  type DatastoreField,
  fromDatastoreFields,
  parseTableSchema,
  type TableSchemaInput,
  toDatastoreFields,
  validateCsv,
} from '../src/index.js';

const parseAll = (text: string, chunkSizes: number[]): string[][] => {
  const p = new CsvRecordParser();
  const out: string[][] = [];
  let i = 0;
  let k = 0;
  while (i < text.length) {
    const size = Math.max(1, chunkSizes[k++ % chunkSizes.length] ?? 1);
    p.push(text.slice(i, i + size), (f) => out.push(f));
    i += size;
  }
  p.end((f) => out.push(f));
  return out;
};

describe('CsvRecordParser', () => {
  it('agrees with csv-parse on random RFC 4180 files split into random chunks', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é', '1') });
    const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (rows, sizes, crlf) => {
          const text = rows.map((r) => r.map(quote).join(',')).join(crlf ? '\r\n' : '\n');
          const expected = csvParseSync(text, {
            relax_column_count: true,
            skip_empty_lines: false,
          }) as string[][];
          expect(parseAll(text, sizes)).toEqual(expected);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('counts physical lines across quoted line breaks', () => {
    const lines: number[] = [];
    const p = new CsvRecordParser();
    p.push('a,b\n"x\ny",z\nc,d\n', (_f, line) => lines.push(line));
    p.end((_f, line) => lines.push(line));
    expect(lines).toEqual([1, 2, 4]);
  });
});

const SCHEMA: TableSchemaInput = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true, minimum: 1 } },
    { name: 'kode_wilayah', type: 'string', constraints: { required: true, pattern: '52(\\.\\d{2}){0,3}' } },
    { name: 'tanggal', type: 'date' },
    { name: 'jumlah', type: 'number', constraints: { minimum: 0 } },
    { name: 'status', type: 'string', constraints: { enum: ['aktif', 'nonaktif'] } },
    { name: 'terverifikasi', type: 'boolean' },
  ],
};
const HEADER = 'id,kode_wilayah,tanggal,jumlah,status,terverifikasi\n';

const run = async (text: string, schema: TableSchemaInput = SCHEMA) => {
  const errors: CsvError[] = [];
  const report = await validateCsv([text], schema, { onError: (e) => errors.push(e) });
  return { report, errors, brief: errors.map((e) => [e.row, e.column, e.code, e.constraint]) };
};

describe('validateCsv', () => {
  it('passes a valid file', async () => {
    const { report } = await run(
      `${HEADER}1,52.07,2025-01-31,10.5,aktif,true\n2,52,2025-02-28,0,nonaktif,0\n`,
    );
    expect(report).toMatchObject({ valid: true, rowCount: 2, errorCount: 0 });
  });

  it('reports every error with row, column and reason, never the value', async () => {
    const { brief, errors } = await run(
      `${HEADER}` +
        '0,52.07,2025-02-30,-1,hapus,ya\n' + // row 2: minimum, real date, minimum, enum, boolean
        ',53,2025-01-01,1,aktif,true\n' + // row 3: required, pattern
        '3,52,2025-01-01\n' + // row 4: 3 missing cells
        ',,,,,\n' + // row 5: blank
        '5,52,2025-01-01,1,aktif,true,extra\n', // row 6: extra cell
    );
    expect(brief).toEqual([
      [2, 1, 'constraint_error', 'minimum'],
      [2, 3, 'type_error', undefined],
      [2, 4, 'constraint_error', 'minimum'],
      [2, 5, 'constraint_error', 'enum'],
      [2, 6, 'type_error', undefined],
      [3, 1, 'constraint_error', 'required'],
      [3, 2, 'constraint_error', 'pattern'],
      [4, 4, 'missing_cell', undefined],
      [4, 5, 'missing_cell', undefined],
      [4, 6, 'missing_cell', undefined],
      [5, undefined, 'blank_row', undefined],
      [6, 7, 'extra_cell', undefined],
    ]);
    expect(errors[1]?.field).toBe('tanggal');
    expect(errors[1]?.message.id).toMatch(/tanggal/);
    expect(JSON.stringify(errors)).not.toContain('hapus');
  });

  it('checks header labels, unique and primary keys, formats and v1 number options', async () => {
    const schema: TableSchemaInput = {
      fields: [
        { name: 'nik_hash', type: 'string', constraints: { unique: true } },
        { name: 'tgl', type: 'date', format: '%d/%m/%Y' },
        { name: 'nilai', type: 'number', decimalChar: ',', groupChar: '.' },
        { name: 'lokasi', type: 'geopoint' },
      ],
      primaryKey: ['nik_hash', 'tgl'],
    };
    const { brief } = await run(
      'nik_hash,tanggal,nilai,lokasi\na,31/01/2025,"1.234,5","116.8, -8.7"\na,31/01/2025,2,"0,0"\nb,30/02/2025,x,"200,1"\n',
      schema,
    );
    expect(brief).toEqual([
      [1, 2, 'incorrect_label', undefined],
      [3, 1, 'unique_error', 'unique'],
      [3, undefined, 'primary_key_error', undefined],
      [4, 2, 'type_error', undefined],
      [4, 3, 'type_error', undefined],
      [4, 4, 'type_error', undefined],
    ]);
  });

  it('reads a byte stream with a BOM and multibyte characters split across chunks', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${HEADER}1,52,2025-01-01,1,aktif,true\n`);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
        controller.close();
      },
    });
    const report = await validateCsv(stream, SCHEMA);
    expect(report.valid).toBe(true);
    expect(report.rowCount).toBe(1);
  });

  it('keeps maxErrors in the report but counts all, and wraps a failure in a typed error', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i + 1},99,2025-01-01,1,aktif,true`).join('\n');
    const report = await validateCsv([HEADER + rows], SCHEMA, { maxErrors: 10 });
    expect(report.errorCount).toBe(50);
    expect(report.errors).toHaveLength(10);
    expect(report.truncated).toBe(true);
    const error = new CsvValidationError(report);
    expect(isOpenGovError(error)).toBe(true);
    expect(error.messages?.id).toContain('50 kesalahan');
  });

  it('rejects an invalid schema with a ValidationError', async () => {
    await expect(validateCsv(['a\n'], { fields: [] })).rejects.toBeInstanceOf(ValidationError);
  });

  it('random text never crashes the validator', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('1', 'a', ',', '"', '\n', '\r', '-', '.', ' ') }),
        async (text) => {
          const report = await validateCsv([text], SCHEMA);
          expect(report.errorCount).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('Table Schema ⇄ DataStore fields', () => {
  it('maps types and restores the schema exactly through info.frictionless', () => {
    const schema = parseTableSchema({
      fields: [
        { name: 'id', type: 'integer', title: 'ID', constraints: { required: true } },
        { name: 'tahun', type: 'year', description: 'Tahun data' },
        { name: 'tanggal', type: 'date', format: '%d/%m/%Y' },
        { name: 'lokasi', type: 'geojson' },
        { name: 'nilai', type: 'number' },
      ],
      primaryKey: 'id',
    });
    const { value, lost } = toDatastoreFields(schema);
    expect(value.fields.map((f) => [f.id, f.type])).toEqual([
      ['id', 'int'],
      ['tahun', 'int'],
      ['tanggal', 'date'],
      ['lokasi', 'json'],
      ['nilai', 'numeric'],
    ]);
    expect(value.fields[0]?.info?.label).toBe('ID');
    expect(value.primaryKey).toEqual(['id']);
    expect(lost).toEqual([]);
    expect(fromDatastoreFields(value.fields, value.primaryKey).value).toEqual(schema);
  });

  it('reads the fields of a real datastore_search response (demo.ckan.org)', () => {
    const body = JSON.parse(
      readFileSync(
        new URL('./fixtures/ckan/demo-frictionless-datastore_search_rows.json', import.meta.url),
        'utf8',
      ),
    ) as { result: { fields: DatastoreField[] } };
    const { value, lost } = fromDatastoreFields(body.result.fields);
    expect(value.fields.map((f) => [f.name, f.type])).toEqual([
      ['id', 'integer'],
      ['parent', 'integer'],
      ['name', 'string'],
      ['current', 'boolean'],
      ['rating', 'number'],
      ['created_year', 'integer'],
      ['created_date', 'date'],
      ['created_time', 'time'],
      ['created_datetime', 'datetime'],
      ['stats', 'object'],
      ['persons', 'array'],
      ['location', 'object'],
    ]);
    expect(lost).toEqual([]);
  });

  it('reports what the DataStore cannot hold', () => {
    const { lost } = toDatastoreFields({
      fields: [{ name: 'a' }],
      missingValues: ['', '-'],
      foreignKeys: [{ fields: 'a', reference: { resource: 'r', fields: 'b' } }],
    });
    expect(lost.map((l) => l.field)).toEqual(['foreignKeys', 'missingValues']);
    expect(fromDatastoreFields([{ id: 'g', type: 'geometry' }]).lost[0]?.field).toBe('fields[0].type');
  });
});
