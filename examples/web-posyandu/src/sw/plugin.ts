// Build side of the service worker: after `vite build` has written dist/, read Vite's manifest,
// list every file the app can load, and compile ./service-worker.ts into dist/sw.js with that list
// and a version hashed from those files. The list is the build's own, so it is never stale.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, transformWithEsbuild } from 'vite';

/** One entry of Vite's `.vite/manifest.json` (the fields used here). */
export interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
  readonly assets?: readonly string[];
}

export type ViteManifest = Readonly<Record<string, ManifestChunk>>;

/** The service worker's file in dist/ (at the root, so its scope is the whole app). */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * What the service worker precaches, relative to the app's base: `./` (the page), then every
 * chunk, stylesheet and asset reachable from the manifest's entries by static and dynamic imports
 * (the WHO tables are dynamic imports). Source maps are not in the manifest, so not precached.
 */
export function precacheList(manifest: ViteManifest): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Vite's manifest has no entry ${key}`);
    files.add(chunk.file);
    for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  if (seen.size === 0) throw new Error("Vite's manifest has no entry");
  return ['./', ...[...files].sort()];
}

/** 12 hex digits of a SHA-256 over each precached file's name and bytes (`./` is index.html). */
export async function cacheVersion(dir: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(await readFile(join(dir, file === './' ? 'index.html' : file)));
  }
  return hash.digest('hex').slice(0, 12);
}

const SOURCE = fileURLToPath(new URL('./service-worker.ts', import.meta.url));

/** The Vite plugin: turns on the manifest, then writes dist/sw.js once the bundle is on disk. */
export function precachingServiceWorker(): Plugin {
  let outDir = '';
  let manifestFile = '';
  return {
    name: 'precaching-service-worker',
    apply: 'build',
    config: () => ({ build: { manifest: true } }),
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      const { manifest } = config.build;
      manifestFile = typeof manifest === 'string' ? manifest : '.vite/manifest.json';
    },
    async writeBundle() {
      const manifest = JSON.parse(await readFile(join(outDir, manifestFile), 'utf8')) as ViteManifest;
      const files = precacheList(manifest);
      const version = await cacheVersion(outDir, files);
      const { code } = await transformWithEsbuild(await readFile(SOURCE, 'utf8'), SOURCE, {
        loader: 'ts',
        format: 'iife',
        target: 'es2020',
        minify: true,
        define: { __PRECACHE__: JSON.stringify(files), __VERSION__: JSON.stringify(version) },
      });
      await writeFile(join(outDir, SERVICE_WORKER_FILE), code);
    },
  };
}
