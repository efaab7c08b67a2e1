// Benchmarks of @opengov-id/satudata, run by `npm run bench -- satudata` (see bench/index.ts).
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tableschema from 'tableschema';
import * as z from 'zod';
import { CkanPackage, fromCkanPackage, type TableSchemaInput, validateCsv } from '@opengov-id/satudata';
import type { BenchGroup } from '../../../bench/harness.js';

// --- 1. A 1,000-dataset package_search response -------------------------------------------------
const template = JSON.parse(
  readFileSync(new URL('../test/fixtures/ckan/ksb-scheming-dcat-ap.json', import.meta.url), 'utf8'),
);
const results = Array.from({ length: 1000 }, (_, i) => ({
  ...template,
  id: `${template.id.slice(0, 28)}${String(i).padStart(8, '0')}`,
  name: `${template.name}-${i}`,
  title: `${template.title} ${i}`,
}));
const searchText = JSON.stringify({
  help: 'https://data.sumbawabaratkab.go.id/api/3/action/help_show?name=package_search',
  success: true,
  result: { count: 1000, results, sort: 'score desc, metadata_modified desc', facets: {}, search_facets: {} },
});
const SearchEnvelope = z.object({
  help: z.string(),
  success: z.literal(true),
  result: z.object({ count: z.number(), results: z.array(CkanPackage) }),
});

// --- 2. A CSV with six typed, constrained columns ----------------------------------------------
const ROWS = 20_000;
const csvPath = join(tmpdir(), `satudata-bench-${process.pid}.csv`);
let csv = 'id,kode_wilayah,tanggal,jumlah,status,terverifikasi\n';
for (let i = 1; i <= ROWS; i++) {
  csv += `${i},52.${String(i % 10).padStart(2, '0')},2025-02-${String((i % 28) + 1).padStart(2, '0')},${i % 1000}.5,${i % 2 ? 'aktif' : 'nonaktif'},${i % 3 ? 'true' : 'false'}\n`;
}
writeFileSync(csvPath, csv);
const schema: TableSchemaInput = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true, minimum: 1 } },
    { name: 'kode_wilayah', type: 'string', constraints: { required: true, pattern: '52\\.\\d{2}' } },
    { name: 'tanggal', type: 'date' },
    { name: 'jumlah', type: 'number', constraints: { minimum: 0 } },
    { name: 'status', type: 'string', constraints: { enum: ['aktif', 'nonaktif'] } },
    { name: 'terverifikasi', type: 'boolean' },
  ],
};

export const groups: BenchGroup[] = [
  {
    name: 'package_search response, 1,000 datasets (~3 MB): JSON.parse + CkanPackage schema',
    baselineNote: 'JSON.parse alone, the least any client does',
    baseline: { name: 'JSON.parse', fn: () => JSON.parse(searchText) },
    cases: [
      {
        name: 'JSON.parse + envelope with CkanPackage[]',
        fn: () => SearchEnvelope.parse(JSON.parse(searchText)),
      },
      {
        name: 'JSON.parse + schema + fromCkanPackage (to Dataset)',
        fn: () => JSON.parse(searchText).result.results.map((p: unknown) => fromCkanPackage(p).value),
      },
    ],
  },
  {
    name: `CSV validation, ${ROWS.toLocaleString('en')} rows × 6 typed, constrained columns (same file)`,
    baselineNote: 'tableschema 1.12.6 (legacy Frictionless JS) Table.read({ forceCast: true })',
    baseline: {
      name: 'tableschema',
      fn: async () => (await tableschema.Table.load(csvPath, { schema })).read({ forceCast: true }),
    },
    cases: [
      {
        name: 'validateCsv (file stream)',
        fn: async () => validateCsv(createReadStream(csvPath, { highWaterMark: 64 * 1024 }), schema),
      },
    ],
  },
];
