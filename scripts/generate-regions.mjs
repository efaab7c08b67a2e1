#!/usr/bin/env node
// Generates the Kemendagri region tables of @opengov-id/core from the CSVs of the pinned
// devDependency idn-area-data@4.0.1 (Kepmendagri No. 300.2.2-2138 Tahun 2025).
//
//   node scripts/generate-regions.mjs          (or: npm run generate:regions)
//   node scripts/generate-regions.mjs --check  exits 1 when the committed files are out of date
//
// Reads the CSV files directly: the package's JS API needs Node 22 and node:fs.
// Writes packages/core/src/region/data/{national,loaders}.ts and provinces/<PP>.ts.
//
// Encoding (decoded by packages/core/src/region/tables.ts, keep both in step):
// - national.ts: one string per province, `PP<name>:<regency>|<regency>|...`, where a regency is
//   `RR<name>` with the "Kabupaten "/"Kota " prefix dropped when the code implies it, or
//   `RR=<full name>` when it does not.
// - provinces/PP.ts: one string per kecamatan, `RRDD<name>:<village>|<village>|...`, where a
//   village is `<name>` when its 4-digit code is the previous one plus 1 (the first previous is
//   2000), else `NNNN<name>`. A name that begins with a digit always gets its code written.

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const started = performance.now();

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = 'idn-area-data';
const VERSION = '4.0.1';
const DATASET_ID = 'kepmendagri-300.2.2-2138-2025';
const OUT = join(ROOT, 'packages/core/src/region/data');

function fail(message) {
  console.error(`generate-regions: ${message}`);
  process.exit(1);
}

// npm hoists the devDependency of packages/core to the root; fall back to the package folder.
const candidates = [join(ROOT, 'node_modules', PACKAGE), join(ROOT, 'packages/core/node_modules', PACKAGE)];
const pkgDir = candidates.find((dir) => {
  try {
    readFileSync(join(dir, 'package.json'));
    return true;
  } catch {
    return false;
  }
});
if (!pkgDir) fail(`${PACKAGE} is not installed; run \`npm ci\` first.`);
const installed = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
// A plain `npm pack idn-area-data` has served 3.1.2 (older data): insist on the pinned version.
if (installed !== VERSION) fail(`${PACKAGE} ${installed} is installed, ${VERSION} is required.`);

/** RFC 4180: comma-separated, fields optionally double-quoted, `""` is a quote, CRLF or LF. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (field !== '') fail('a quote inside an unquoted field');
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i += 1;
    } else {
      field += c;
    }
    i += 1;
  }
  if (quoted) fail('unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readTable(name, header) {
  const rows = parseCsv(readFileSync(join(pkgDir, 'data', `${name}.csv`), 'utf8'));
  const head = rows.shift();
  if (!head || head.join(',') !== header.join(',')) {
    fail(`${name}.csv header is "${head?.join(',')}", expected "${header.join(',')}".`);
  }
  return rows.map((cells, index) => {
    if (cells.length !== header.length) fail(`${name}.csv row ${index + 2} has ${cells.length} fields.`);
    return Object.fromEntries(header.map((key, k) => [key, cells[k]]));
  });
}

const provinces = readTable('provinces', ['code', 'name']);
const regencies = readTable('regencies', ['code', 'province_code', 'name']);
const districts = readTable('districts', ['code', 'regency_code', 'name']);
const villages = readTable('villages', ['code', 'district_code', 'name']);

// Structural checks, so a malformed upstream row fails here rather than at run time.
const SHAPES = {
  provinces: /^[1-9]\d$/,
  regencies: /^\d{2}\.(?!00|70)\d{2}$/,
  districts: /^\d{2}\.\d{2}\.(?!00)\d{2}$/,
  villages: /^\d{2}\.\d{2}\.\d{2}\.[123](?!000)\d{3}$/,
};
const PARENT_KEY = { regencies: 'province_code', districts: 'regency_code', villages: 'district_code' };
const tables = { provinces, regencies, districts, villages };
const known = new Set();
for (const [name, rows] of Object.entries(tables)) {
  let previous = '';
  for (const row of rows) {
    if (!SHAPES[name].test(row.code)) fail(`${name}: malformed code ${row.code}`);
    if (row.code <= previous) fail(`${name}: ${row.code} is out of order or repeated`);
    previous = row.code;
    const parentKey = PARENT_KEY[name];
    if (parentKey) {
      const parent = row[parentKey];
      if (row.code.slice(0, row.code.lastIndexOf('.')) !== parent)
        fail(`${name}: ${row.code} under ${parent}`);
      if (!known.has(parent)) fail(`${name}: ${row.code} has unknown parent ${parent}`);
    }
    if (row.name === '' || /[|:\n\r]/.test(row.name)) fail(`${name}: ${row.code} has an unusable name`);
    known.add(row.code);
  }
}

const HEADER = `/**
 * Kode dan Data Wilayah Administrasi Pemerintahan (Kemendagri region codes).
 *
 * Source: Keputusan Menteri Dalam Negeri No. 300.2.2-2138 Tahun 2025, via ${PACKAGE} ${VERSION}
 * (https://github.com/fityannugroho/idn-area-data).
 * Dataset version: ${DATASET_ID}.
 * Licence: the data is licensed under the Open Database License (ODbL) 1.0,
 * https://opendatacommons.org/licenses/odbl/1-0/. Attribution: idn-area-data by Fityan Nugroho
 * and contributors, from the Kemendagri code list. See packages/core/DATA-LICENSE.md.
 * The SDK code is MIT.
 *
 * Generated by scripts/generate-regions.mjs, do not edit.
 */
`;

const q = (s) => JSON.stringify(s);
const byParent = (rows, key) => {
  const map = new Map();
  for (const row of rows) {
    const list = map.get(row[key]);
    if (list) list.push(row);
    else map.set(row[key], [row]);
  }
  return map;
};

// national.ts
const regenciesOf = byParent(regencies, 'province_code');
const nationalEntries = provinces.map((p) => {
  const items = (regenciesOf.get(p.code) ?? []).map((r) => {
    const rr = r.code.slice(3);
    const prefix = Number(rr) < 70 ? 'Kabupaten ' : 'Kota ';
    const rest = r.name.slice(prefix.length);
    return r.name.startsWith(prefix) && rest !== '' && !rest.startsWith('=')
      ? `${rr}${rest}`
      : `${rr}=${r.name}`;
  });
  return `${p.code}${p.name}:${items.join('|')}`;
});

const outputs = new Map();
function write(relative, body) {
  outputs.set(relative, HEADER + body);
}

write(
  'national.ts',
  `\n/** ${provinces.length} provinsi and ${regencies.length} kabupaten/kota, one string per provinsi. */
export const NATIONAL: readonly string[] = [
${nationalEntries.map((e) => `  ${q(e)},`).join('\n')}
];
`,
);

// provinces/PP.ts
const villagesOf = byParent(villages, 'district_code');
const districtsOf = byParent(districts, 'regency_code');
for (const p of provinces) {
  const entries = [];
  let districtCount = 0;
  let villageCount = 0;
  for (const r of regenciesOf.get(p.code) ?? []) {
    for (const d of districtsOf.get(r.code) ?? []) {
      districtCount += 1;
      let previous = 2000;
      const items = (villagesOf.get(d.code) ?? []).map((v) => {
        villageCount += 1;
        const n = Number(v.code.slice(9));
        const implicit = n === previous + 1 && !/^\d/.test(v.name);
        previous = n;
        return implicit ? v.name : `${v.code.slice(9)}${v.name}`;
      });
      entries.push(`${d.code.slice(3, 5)}${d.code.slice(6)}${d.name}:${items.join('|')}`);
    }
  }
  write(
    `provinces/${p.code}.ts`,
    `\n/** ${p.name} (${p.code}): ${districtCount} kecamatan and ${villageCount} desa/kelurahan, one string per kecamatan. */
const DISTRICTS: readonly string[] = [
${entries.map((e) => `  ${q(e)},`).join('\n')}
];
export default DISTRICTS;
`,
  );
}

// loaders.ts: literal import() calls, so bundlers emit one chunk per provinsi.
write(
  'loaders.ts',
  `\n/** Loads the kecamatan and desa/kelurahan of one provinsi; one chunk per provinsi. */
export const PROVINCE_LOADERS: Readonly<Record<string, () => Promise<{ default: readonly string[] }>>> = {
${provinces.map((p) => `  '${p.code}': () => import('./provinces/${p.code}.js'),`).join('\n')}
};
`,
);

const listExisting = () => {
  const existing = [];
  for (const dir of ['', 'provinces']) {
    let names = [];
    try {
      names = readdirSync(join(OUT, dir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of names) if (entry.isFile()) existing.push(dir ? `${dir}/${entry.name}` : entry.name);
  }
  return existing;
};

if (process.argv.includes('--check')) {
  const stale = [];
  for (const [relative, text] of outputs) {
    let current;
    try {
      current = readFileSync(join(OUT, relative), 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== text) stale.push(relative);
  }
  for (const relative of listExisting()) if (!outputs.has(relative)) stale.push(relative);
  if (stale.length > 0) fail(`out of date: ${stale.join(', ')}; run \`npm run generate:regions\`.`);
  console.log(`generate-regions: ${outputs.size} files are up to date.`);
  process.exit(0);
}

mkdirSync(join(OUT, 'provinces'), { recursive: true });
for (const relative of listExisting()) if (!outputs.has(relative)) rmSync(join(OUT, relative));
for (const [relative, text] of outputs) writeFileSync(join(OUT, relative), text);

const ms = performance.now() - started;
const written = [...outputs].map(([relative, text]) => [relative, Buffer.byteLength(text)]);
const total = written.reduce((sum, [, bytes]) => sum + bytes, 0);
console.log(
  `generate-regions: ${provinces.length} provinsi, ${regencies.length} kabupaten/kota, ${districts.length} kecamatan, ` +
    `${villages.length} desa/kelurahan from ${PACKAGE}@${installed}`,
);
console.log(`generate-regions: wrote ${written.length} files (${total} bytes) in ${ms.toFixed(0)} ms`);
