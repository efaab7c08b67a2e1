// `npm run bench`: runs every package's `bench/*.bench.ts` (each exports `groups`). Every figure
// is a ratio to a baseline measured in the same run, so the numbers mean the same on a laptop
// and on CI. Nothing here is asserted in tests. `npm run bench -- core` runs one package.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BenchGroup, runGroups } from './harness.js';

const root = join(import.meta.dirname, '..');
const only = process.argv[2];
for (const pkg of readdirSync(join(root, 'packages')).sort()) {
  if (only && pkg !== only) continue;
  let files: string[] = [];
  try {
    files = readdirSync(join(root, 'packages', pkg, 'bench')).filter((f) => f.endsWith('.bench.ts'));
  } catch {
    continue;
  }
  for (const file of files.sort()) {
    console.log(`\n━━ @opengov-id/${pkg}: ${file}`);
    const mod = (await import(pathToFileURL(join(root, 'packages', pkg, 'bench', file)).href)) as {
      groups: BenchGroup[];
    };
    await runGroups(mod.groups);
  }
}
