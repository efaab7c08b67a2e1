#!/usr/bin/env node
// Runs a TypeScript file against the packages' source (the `@opengov-id/source` export
// condition) through tsx, so `npm ci && npm run demo` works without a build step.
import { spawnSync } from 'node:child_process';
import { root } from './lib/workspace.mjs';

const [file, ...args] = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  ['--conditions=@opengov-id/source', '--import', 'tsx', file, ...args],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
