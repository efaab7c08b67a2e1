import { describe, expect, it } from 'vitest';
import { type CsvError, type TableSchemaInput, validateCsv } from '../src/index.js';

// Six typed, constrained columns, as in the benchmark.
const SCHEMA: TableSchemaInput = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true, minimum: 1 } },
    { name: 'kode_wilayah', type: 'string', constraints: { required: true, pattern: '52\\.\\d{2}' } },
    { name: 'tanggal', type: 'date' },
    { name: 'jumlah', type: 'number', constraints: { minimum: 0 } },
    { name: 'status', type: 'string', constraints: { enum: ['aktif', 'nonaktif'] } },
    { name: 'terverifikasi', type: 'boolean' },
  ],
};

type Seed = [row: number, column: number | undefined, code: string];

/**
 * A CSV of `rows` data rows generated chunk by chunk (never held whole), with an error seeded
 * every 9,973rd row, cycling through six kinds. Returns the stream and the seeded errors.
 */
function generated(
  rows: number,
  sampleHeap: () => void,
): { stream: ReadableStream<Uint8Array>; seeds: Seed[] } {
  const seeds: Seed[] = [];
  const encoder = new TextEncoder();
  let next = 1;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('id,kode_wilayah,tanggal,jumlah,status,terverifikasi\n'));
    },
    pull(controller) {
      sampleHeap();
      let text = '';
      const end = Math.min(next + 2000, rows + 1);
      for (; next < end; next++) {
        const row = next + 1; // header is row 1
        const day = String((next % 28) + 1).padStart(2, '0');
        let cells = [
          String(next),
          `52.${String(next % 10).padStart(2, '0')}`,
          `2025-02-${day}`,
          `${next % 1000}.5`,
          next % 2 ? 'aktif' : 'nonaktif',
          next % 3 ? 'true' : 'false',
        ];
        if (next % 9973 === 0) {
          const kind = (next / 9973) % 6;
          const seed: Array<[number, string, string]> = [
            [0, 'x', 'type_error'],
            [1, '53.01', 'constraint_error'],
            [2, '2025-02-30', 'type_error'],
            [3, '-1', 'constraint_error'],
            [4, 'hapus', 'constraint_error'],
          ];
          const s = seed[kind];
          if (s) {
            cells[s[0]] = s[1];
            seeds.push([row, s[0] + 1, s[2]]);
          } else {
            cells = cells.slice(0, 5);
            seeds.push([row, 6, 'missing_cell']);
          }
        }
        text += `${cells.join(',')}\n`;
      }
      controller.enqueue(encoder.encode(text));
      if (next > rows) controller.close();
    },
  });
  return { stream, seeds };
}

async function measure(rows: number) {
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const { stream, seeds } = generated(rows, () => {
    const h = process.memoryUsage().heapUsed;
    if (h > peak) peak = h;
  });
  const found: Seed[] = [];
  const report = await validateCsv(stream, SCHEMA, {
    maxErrors: 100,
    onError: (e: CsvError) => found.push([e.row, e.column, e.code]),
  });
  return { report, seeds, found, peakMb: (peak - base) / 2 ** 20 };
}

describe('validateCsv on a generated 1,000,000-row CSV', () => {
  it('finds every seeded error and keeps peak heap flat', { timeout: 120_000 }, async () => {
    const small = await measure(100_000);
    const big = await measure(1_000_000);
    console.log(
      `validateCsv peak heap above baseline: ${small.peakMb.toFixed(1)} MB at 100,000 rows, ${big.peakMb.toFixed(1)} MB at 1,000,000 rows (~${((big.report.rowCount * 38) / 2 ** 20).toFixed(0)} MB of CSV)`,
    );
    expect(big.report.rowCount).toBe(1_000_000);
    expect(big.seeds.length).toBe(100);
    expect(big.found).toEqual(big.seeds);
    expect(big.report.errorCount).toBe(big.seeds.length);
    // Flat: ten times the rows must not cost ten times the memory; the file itself is ~40 MB.
    expect(big.peakMb).toBeLessThan(32);
    expect(big.peakMb).toBeLessThan(small.peakMb * 3 + 8);
  });
});
