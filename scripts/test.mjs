#!/usr/bin/env node
// The one gate: lint, types, unit and property tests, build, package checks, size budgets,
// packed-consumer smoke tests, the guides' code blocks and links, and the documentation site.
// Every step runs even after a failure so one run shows everything; it ends with the single line
// `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { packagesInBuildOrder, root } from './lib/workspace.mjs';

const artifacts = join(root, '.artifacts');
mkdirSync(artifacts, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];

function run(cmd, args, opts = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  return result.status === 0;
}

function check(label, ok) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(label);
  }
  console.log(`${ok ? '✔' : '✖'} ${label}`);
  return ok;
}

function step(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 70 - title.length))}`);
}

const npx = (bin, args, opts) => run('npx', ['--no-install', bin, ...args], opts);

step('lint (biome)');
check('lint', npx('biome', ['check', '.']));

step('typecheck (tsc -b, tests)');
check('tsc -b', npx('tsc', ['-b']));
check('tsc tests', npx('tsc', ['-p', 'tsconfig.test.json']));

step('vitest (all projects)');
const vitestJson = join(artifacts, 'vitest.json');
rmSync(vitestJson, { force: true });
const vitestOk = npx('vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0) failures.push(`${report.numFailedTests} vitest test(s)`);
  // A suite that fails to load has no failed tests; count it once.
  if (!vitestOk && report.numFailedTests === 0) check('vitest suites load', false);
  console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
} else {
  check('vitest ran', false);
}

step('build (tsup, dependency order)');
const built = check('build', run('node', ['scripts/build.mjs']));

const packages = packagesInBuildOrder();
step('package checks (publint --strict, attw --profile node16)');
for (const pkg of packages) {
  if (!built) {
    check(`publint ${pkg.name}`, false);
    check(`attw ${pkg.name}`, false);
    continue;
  }
  check(`publint ${pkg.name}`, npx('publint', ['--strict'], { cwd: pkg.dir }));
  check(`attw ${pkg.name}`, npx('attw', ['--pack', '.', '--profile', 'node16'], { cwd: pkg.dir }));
}

step('size budgets (size-limit, minified + brotli, with dependencies)');
const sizeJson = spawnSync('npx', ['--no-install', 'size-limit', '--json'], { cwd: root, encoding: 'utf8' });
try {
  const entries = JSON.parse(sizeJson.stdout);
  for (const e of entries) {
    const kb = (e.size / 1000).toFixed(2);
    check(`size ${e.name}: ${kb} kB`, e.passed !== false);
  }
} catch {
  process.stdout.write(sizeJson.stdout ?? '');
  process.stderr.write(sizeJson.stderr ?? '');
  check('size-limit ran', false);
}

step('packed-consumer smoke tests (ESM, CJS, TypeScript CJS with skipLibCheck false)');
const smoke = spawnSync('node', ['scripts/smoke.mjs', '--json', join(artifacts, 'smoke.json')], {
  cwd: root,
  stdio: 'inherit',
});
const smokeReport = join(artifacts, 'smoke.json');
if (existsSync(smokeReport)) {
  for (const r of JSON.parse(readFileSync(smokeReport, 'utf8'))) check(`smoke ${r.name}`, r.ok);
} else check('smoke ran', smoke.status === 0 && false);

step(
  'documentation (guides: ts blocks typechecked and run, links and anchors; TSDoc @example blocks typechecked)',
);
const docsJson = join(artifacts, 'docs-check.json');
rmSync(docsJson, { force: true });
spawnSync('node', ['scripts/check-docs.mjs', '--json', docsJson], { cwd: root, stdio: 'inherit' });
if (existsSync(docsJson)) {
  for (const r of JSON.parse(readFileSync(docsJson, 'utf8'))) check(`docs ${r.name}`, r.ok);
} else check('docs check ran', false);

step('documentation site (typedoc: guides and API reference, warnings are errors)');
check('typedoc', npx('typedoc', ['--treatWarningsAsErrors']));

console.log('');
if (failures.length) console.log(`failed: ${failures.join('; ')}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
