// `npm run bench`: runs every package's `bench/*.bench.ts` (each exports `groups`). Every figure
// is a ratio to a baseline measured in the same run, so the numbers mean the same on a laptop
// and on CI. Nothing here is asserted in tests. `npm run bench -- core` runs one package
// (`-- reference-server` one example).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BenchGroup, runGroups } from './harness.js';

const root = join(import.meta.dirname, '..');
const only = process.argv[2];
// Packages, then examples (the reference server's storage engines).
const folders = ['packages', 'examples'].flatMap((folder) =>
  readdirSync(join(root, folder))
    .sort()
    .map((pkg) => [folder, pkg] as const),
);
for (const [folder, pkg] of folders) {
  if (only && pkg !== only) continue;
  let files: string[] = [];
  try {
    files = readdirSync(join(root, folder, pkg, 'bench')).filter((f) => f.endsWith('.bench.ts'));
  } catch {
    continue;
  }
  for (const file of files.sort()) {
    console.log(`\n━━ ${folder === 'packages' ? '@opengov-id/' : 'examples/'}${pkg}: ${file}`);
    const mod = (await import(pathToFileURL(join(root, folder, pkg, 'bench', file)).href)) as {
      groups: BenchGroup[];
      /** Releases what the file opened (connections, servers, temp files). */
      teardown?: () => Promise<void>;
    };
    try {
      await runGroups(mod.groups);
    } finally {
      await mod.teardown?.();
    }
  }
}
