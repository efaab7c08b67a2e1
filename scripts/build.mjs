#!/usr/bin/env node
// Builds every package with tsup in dependency order (npm's --workspaces runs folder order; sdk-style P4).
import { spawnSync } from 'node:child_process';
import { packagesInBuildOrder } from './lib/workspace.mjs';

for (const pkg of packagesInBuildOrder()) {
  console.log(`\n▶ build ${pkg.name}`);
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: pkg.dir, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✖ build failed for ${pkg.name}`);
    process.exit(result.status ?? 1);
  }
}
