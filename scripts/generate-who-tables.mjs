#!/usr/bin/env node
// Encodes WHO's LMS tables (packages/posyandu/data/who/*.txt, copied byte for byte from WHO's
// anthro and anthroplus packages) into one TypeScript module per table under
// packages/posyandu/src/growth/who/. Run with `npm run generate:who`.
//
// Encoding: L, M and S are stored as integers (value × 10^decimals, exact for these files), and
// each column as its first value, first difference and then second differences. The curves are
// smooth, so nearly every second difference is −1, 0 or 1; each number becomes a zigzag varint of
// 6-bit characters (5 payload bits + a continuation bit) from a 64-letter alphabet. The script
// checks every input's SHA-256 against data/who/SOURCE.md and that decoding gives back exactly the
// double that parsing the file's text gives, for every value.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/workspace.mjs';

const pkg = join(root, 'packages', 'posyandu');
const dataDir = join(pkg, 'data', 'who');
const outDir = join(pkg, 'src', 'growth', 'who');

const ANTHRO = {
  dataset: 'WorldHealthOrganization/anthro:data-raw/growthstandards/',
  version: 'anthro 1.1.0.9000, commit b776d8a12b1c97369c748b561159fd2ec4f4db58',
};
const ANTHROPLUS = {
  dataset: 'WorldHealthOrganization/anthroplus:data-raw/growthstandards/',
  version: 'anthroplus 1.0.0.9000, commit 799a7deaf7dff57f2abef5781f74b243f0aa6194',
};
const MGRS_2006 =
  'WHO Multicentre Growth Reference Study Group (2006). WHO Child Growth Standards: Length/height-for-age, weight-for-age, weight-for-length, weight-for-height and body mass index-for-age: Methods and development. Geneva: World Health Organization.';
const MGRS_2007 =
  'WHO Multicentre Growth Reference Study Group (2007). WHO Child Growth Standards: Head circumference-for-age, arm circumference-for-age, triceps skinfold-for-age and subscapular skinfold-for-age: Methods and development. Geneva: World Health Organization.';
const REF_2007 =
  'de Onis M, Onyango AW, Borghi E, Siyam A, Nishida C, Siekmann J. Development of a WHO growth reference for school-aged children and adolescents. Bull World Health Organ 2007;85:660-667.';

const TABLES = [
  {
    file: 'weianthro.txt',
    module: 'weight-for-age',
    id: 'weightForAge',
    what: 'weight-for-age (kg)',
    from: ANTHRO,
    ref: MGRS_2006,
  },
  {
    file: 'lenanthro.txt',
    module: 'length-height-for-age',
    id: 'lengthHeightForAge',
    what: 'length/height-for-age (cm; length before 731 days, height from 731 days)',
    from: ANTHRO,
    ref: MGRS_2006,
  },
  {
    file: 'wflanthro.txt',
    module: 'weight-for-length',
    id: 'weightForLength',
    what: 'weight-for-length (kg)',
    from: ANTHRO,
    ref: MGRS_2006,
  },
  {
    file: 'wfhanthro.txt',
    module: 'weight-for-height',
    id: 'weightForHeight',
    what: 'weight-for-height (kg)',
    from: ANTHRO,
    ref: MGRS_2006,
  },
  {
    file: 'bmianthro.txt',
    module: 'bmi-for-age',
    id: 'bmiForAge',
    what: 'BMI-for-age (kg/m²)',
    from: ANTHRO,
    ref: MGRS_2006,
  },
  {
    file: 'hcanthro.txt',
    module: 'head-circumference-for-age',
    id: 'headCircumferenceForAge',
    what: 'head circumference-for-age (cm)',
    from: ANTHRO,
    ref: MGRS_2007,
  },
  {
    file: 'acanthro.txt',
    module: 'arm-circumference-for-age',
    id: 'armCircumferenceForAge',
    what: 'arm circumference (MUAC)-for-age (cm)',
    from: ANTHRO,
    ref: MGRS_2007,
  },
  {
    file: 'tsanthro.txt',
    module: 'triceps-skinfold-for-age',
    id: 'tricepsSkinfoldForAge',
    what: 'triceps skinfold-for-age (mm)',
    from: ANTHRO,
    ref: MGRS_2007,
  },
  {
    file: 'ssanthro.txt',
    module: 'subscapular-skinfold-for-age',
    id: 'subscapularSkinfoldForAge',
    what: 'subscapular skinfold-for-age (mm)',
    from: ANTHRO,
    ref: MGRS_2007,
  },
  {
    file: 'wfawho2007.txt',
    module: 'weight-for-age-5-19',
    id: 'weightForAge5to19',
    what: 'weight-for-age (kg)',
    from: ANTHROPLUS,
    ref: REF_2007,
  },
  {
    file: 'hfawho2007.txt',
    module: 'height-for-age-5-19',
    id: 'heightForAge5to19',
    what: 'height-for-age (cm)',
    from: ANTHROPLUS,
    ref: REF_2007,
  },
  {
    file: 'bfawho2007.txt',
    module: 'bmi-for-age-5-19',
    id: 'bmiForAge5to19',
    what: 'BMI-for-age (kg/m²)',
    from: ANTHROPLUS,
    ref: REF_2007,
  },
];

// Each module's TSDoc example: an input that needs this table alone, or (BMI needs weight-for-age
// and length/height-for-age too) the async API with the table supplied up front.
const EXAMPLES = {
  weightForAge: "{ sex: 'female', ageDays: 1522, weightKg: 17 }",
  lengthHeightForAge: "{ sex: 'male', ageDays: 44, lengthHeightCm: 50 }",
  weightForLength: "{ sex: 'male', weightKg: 9, lengthHeightCm: 75, measured: 'recumbent' }",
  weightForHeight: "{ sex: 'female', weightKg: 13, lengthHeightCm: 95, measured: 'standing' }",
  bmiForAge: null,
  headCircumferenceForAge: "{ sex: 'female', ageDays: 200, headCircumferenceCm: 42 }",
  armCircumferenceForAge: "{ sex: 'male', ageMonths: 18, muacCm: 13.5 }",
  tricepsSkinfoldForAge: "{ sex: 'female', ageMonths: 18, tricepsSkinfoldMm: 9 }",
  subscapularSkinfoldForAge: "{ sex: 'female', ageMonths: 18, subscapularSkinfoldMm: 7 }",
  weightForAge5to19: "{ sex: 'female', ageMonths: 96, weightKg: 25 }",
  heightForAge5to19: "{ sex: 'male', ageMonths: 150, lengthHeightCm: 145 }",
  bmiForAge5to19: null,
};
const BMI_INPUT = {
  bmiForAge: "{ sex: 'male', ageMonths: 30, weightKg: 13, lengthHeightCm: 90 }",
  bmiForAge5to19: "{ sex: 'female', ageMonths: 180, weightKg: 50, lengthHeightCm: 158 }",
};

function exampleOf(t, exportName) {
  const input = EXAMPLES[t.id];
  if (input) {
    return [
      "import { computeGrowthZScoresSync } from '@opengov-id/posyandu';",
      `import { ${exportName} } from '@opengov-id/posyandu/who/${t.module}';`,
      '',
      `computeGrowthZScoresSync(${input}, { ${t.id}: ${exportName} });`,
    ];
  }
  return [
    "import { computeGrowthZScores } from '@opengov-id/posyandu';",
    `import { ${exportName} } from '@opengov-id/posyandu/who/${t.module}';`,
    '',
    '// The other tables this input needs are loaded on demand.',
    `await computeGrowthZScores(${BMI_INPUT[t.id]}, {`,
    `  tables: { ${t.id}: ${exportName} },`,
    '});',
  ];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function varint(n) {
  let z = n < 0 ? -2 * n - 1 : 2 * n; // zigzag
  let out = '';
  do {
    const payload = z % 32;
    z = Math.floor(z / 32);
    out += ALPHABET[payload + (z > 0 ? 32 : 0)];
  } while (z > 0);
  return out;
}

function encodeColumn(ints) {
  let out = varint(ints[0]);
  if (ints.length > 1) out += varint(ints[1] - ints[0]);
  for (let i = 2; i < ints.length; i++) out += varint(ints[i] - 2 * ints[i - 1] + ints[i - 2]);
  return out;
}

// Mirror of decodeColumns in src/growth/lms.ts, to prove the round trip before writing.
function decodeColumns(encoded, rows, decimals) {
  const out = new Float64Array(rows * 3);
  let pos = 0;
  const next = () => {
    let value = 0;
    let scale = 1;
    let c;
    do {
      c = ALPHABET.indexOf(encoded[pos++]);
      value += (c & 31) * scale;
      scale *= 32;
    } while (c & 32);
    return value % 2 === 1 ? -(value + 1) / 2 : value / 2;
  };
  for (let col = 0; col < 3; col++) {
    const divisor = 10 ** decimals[col];
    let value = next();
    let delta = 0;
    for (let row = 0; row < rows; row++) {
      if (row > 0) {
        delta = row === 1 ? next() : delta + next();
        value += delta;
      }
      out[row * 3 + col] = value / divisor;
    }
  }
  if (pos !== encoded.length) throw new Error('trailing characters');
  return out;
}

const expectedSha = new Map(
  [...readFileSync(join(dataDir, 'SOURCE.md'), 'utf8').matchAll(/^([0-9a-f]{64}) {2}(\S+\.txt)$/gm)].map(
    (m) => [m[2], m[1]],
  ),
);

const decimalsOf = (text) => (text.includes('.') ? text.split('.')[1].length : 0);

const written = [];
for (const t of TABLES) {
  const bytes = readFileSync(join(dataDir, t.file));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (expectedSha.get(t.file) !== sha256)
    throw new Error(`${t.file}: SHA-256 ${sha256} is not the one in SOURCE.md`);
  const lines = bytes.toString('utf8').split('\r\n').filter(Boolean);
  const header = lines.shift().split('\t');
  if (header[2] !== 'l' || header[3] !== 'm' || header[4] !== 's')
    throw new Error(`${t.file}: unexpected header`);
  const rows = lines.map((line) => line.split('\t'));
  const decimals = [2, 3, 4].map((c) => Math.max(...rows.map((r) => decimalsOf(r[c]))));
  const isCm = header[1] === 'length' || header[1] === 'height';
  const keyScale = isCm ? 10 : 1;

  const bySex = {};
  let start;
  for (const [sex, name] of [
    ['1', 'male'],
    ['2', 'female'],
  ]) {
    const own = rows.filter((r) => r[0] === sex);
    const keys = own.map((r) => Math.round(Number(r[1]) * keyScale));
    keys.forEach((k, i) => {
      if (k !== keys[0] + i) throw new Error(`${t.file}: sex ${sex} row ${i} is not consecutive`);
    });
    if (start === undefined) start = keys[0];
    if (keys[0] !== start) throw new Error(`${t.file}: sexes start at different keys`);
    const columns = [2, 3, 4].map((c, j) => own.map((r) => Math.round(Number(r[c]) * 10 ** decimals[j])));
    const encoded = columns.map(encodeColumn).join('');
    const decoded = decodeColumns(encoded, own.length, decimals);
    own.forEach((r, i) => {
      for (let j = 0; j < 3; j++) {
        if (decoded[i * 3 + j] !== Number(r[j + 2]))
          throw new Error(`${t.file}: round trip failed at ${r.join(' ')}`);
      }
    });
    bySex[name] = { encoded, rows: own.length };
  }
  if (bySex.male.rows !== bySex.female.rows) throw new Error(`${t.file}: sexes have different row counts`);

  const rowCount = bySex.male.rows;
  const first = start / keyScale;
  const last = (start + rowCount - 1) / keyScale;
  const unit = isCm ? 'cm' : t.from === ANTHRO ? 'days' : 'months';
  const range = isCm ? `${first.toFixed(1)}–${last.toFixed(1)} cm` : `${first}–${last} ${unit}`;
  const standard = t.from === ANTHRO ? 'WHO Child Growth Standards' : 'WHO Growth Reference 2007';
  const exportName = `${t.id}Table`;
  const title = `${standard}: ${t.what}, ${range}`;

  const source = `// Generated by scripts/generate-who-tables.mjs from data/who/${t.file}. Do not edit by hand.
import { decodeLmsTable, type LmsTable } from '../lms.js';

/**
 * ${standard}: ${t.what} LMS values, ${range}, ${rowCount} rows for each sex.
 *
 * Figures of the World Health Organization, from \`${t.from.dataset}${t.file}\` (${t.from.version}).
 *
 * @example
 * \`\`\`ts
${exampleOf(t, exportName)
  .map((line) => (line ? ` * ${line}` : ' *'))
  .join('\n')}
 * \`\`\`
 */
export const ${exportName}: LmsTable = /* @__PURE__ */ decodeLmsTable({
  id: '${t.id}',
  title: '${title}',
  source: {
    publisher: 'World Health Organization',
    reference: '${t.ref}',
    dataset: '${t.from.dataset}${t.file}',
    version: '${t.from.version}',
    sha256: '${sha256}',
  },
  start: ${first},
  rows: ${rowCount},
  decimals: [${decimals.join(', ')}],
  male: '${bySex.male.encoded}',
  female: '${bySex.female.encoded}',
});
`;
  const file = join(outDir, `${t.module}.ts`);
  writeFileSync(file, source);
  written.push(file);
  console.log(`${t.module}.ts  ${rowCount} rows/sex  ${source.length} bytes`);
}

// Leave the modules exactly as the repository's formatter would (long lines are wrapped).
const biome = spawnSync(join(root, 'node_modules', '.bin', 'biome'), ['format', '--write', ...written], {
  stdio: 'inherit',
});
if (biome.status !== 0) process.exit(biome.status ?? 1);
