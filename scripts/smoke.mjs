#!/usr/bin/env node
// Packs every package with `npm pack`, installs the tarballs into throw-away consumer projects
// (an ES module, a CommonJS script, and a TypeScript CommonJS project compiled with
// skipLibCheck: false, which catches leaked ESM-only types that attw misses: sdk-style P2),
// and runs them. Writes a JSON report when given `--json <file>`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagesInBuildOrder, root } from './lib/workspace.mjs';

const out = join(root, '.smoke');
const tarballs = join(out, 'tarballs');
rmSync(out, { recursive: true, force: true });
mkdirSync(tarballs, { recursive: true });

const sh = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
  }
  return r;
};

const files = [];
for (const pkg of packagesInBuildOrder()) {
  const r = sh('npm', ['pack', '--silent', '--pack-destination', tarballs], pkg.dir);
  if (r.status !== 0) process.exit(1);
  files.push(join(tarballs, r.stdout.trim().split('\n').pop()));
}

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const consumers = [
  { name: 'esm consumer', dir: 'esm', run: [['node', ['index.mjs']]] },
  { name: 'cjs consumer', dir: 'cjs', run: [['node', ['index.cjs']]] },
  {
    name: 'typescript cjs consumer (skipLibCheck: false)',
    dir: 'ts-cjs',
    run: [
      ['node', [tsc, '-p', 'tsconfig.json']],
      ['node', ['dist/index.js']],
    ],
  },
];

const results = [];
for (const c of consumers) {
  const dir = join(out, c.dir);
  cpSync(join(root, 'scripts', 'smoke', c.dir), dir, { recursive: true });
  let ok =
    sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', ...files], dir)
      .status === 0;
  for (const [cmd, args] of c.run) {
    if (!ok) break;
    const r = sh(cmd, args, dir);
    if (r.status === 0) process.stdout.write(r.stdout);
    ok = r.status === 0;
  }
  console.log(`${ok ? '✔' : '✖'} ${c.name}`);
  results.push({ name: c.name, ok });
}

const jsonAt = process.argv.indexOf('--json');
if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify(results, null, 2));
process.exit(results.every((r) => r.ok) ? 0 : 1);
