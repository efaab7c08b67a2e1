// Workspace helpers shared by the build, test and smoke scripts.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Publishable packages under packages/, in dependency order (dependencies first). */
export function packagesInBuildOrder() {
  const dir = join(root, 'packages');
  const pkgs = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'package.json')))
    .map((name) => {
      const json = JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8'));
      return { name: json.name, folder: name, dir: join(dir, name), json };
    })
    .filter((p) => !p.json.private);
  const byName = new Map(pkgs.map((p) => [p.name, p]));
  const ordered = [];
  const visiting = new Set();
  const visit = (p) => {
    if (ordered.includes(p)) return;
    if (visiting.has(p.name)) throw new Error(`dependency cycle at ${p.name}`);
    visiting.add(p.name);
    const deps = { ...p.json.dependencies, ...p.json.peerDependencies };
    for (const dep of Object.keys(deps)) if (byName.has(dep)) visit(byName.get(dep));
    visiting.delete(p.name);
    ordered.push(p);
  };
  for (const p of pkgs) visit(p);
  return ordered;
}
