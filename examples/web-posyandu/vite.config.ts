import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { type Connect, defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { precachingServiceWorker } from './src/sw/plugin.js';

// The app is built against the packages as published: their `dist/` through the `import`
// condition. The repo's `@opengov-id/source` condition (tests, tsc) is deliberately not listed.
const conditions = [...defaultClientConditions];

/** Fails the build when any module comes from a package's `src/` instead of its `dist/`. */
function publishedBuildsOnly(): Plugin {
  return {
    name: 'published-builds-only',
    buildEnd() {
      const fromSource = [...this.getModuleIds()].filter((id) =>
        /[\\/]packages[\\/][^\\/]+[\\/]src[\\/]/.test(id),
      );
      if (fromSource.length > 0)
        this.error(`bundled from package source, not dist: ${fromSource.join(', ')}`);
    },
  };
}

interface DevBackend {
  /** The reference server's root. */
  readonly url: string;
  readonly kaderToken: string;
}

/** Starts src/dev-backend.ts on the packages' source (as `npm run serve` does) and reads its line. */
function startDevBackend(): Promise<DevBackend> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const child = spawn(
    process.execPath,
    ['--conditions=@opengov-id/source', '--import', 'tsx', 'examples/web-posyandu/src/dev-backend.ts'],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  process.once('exit', () => child.kill());
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the reference server exited (${code})`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolve(JSON.parse(line) as DevBackend));
  });
}

/**
 * `npm run dev` and `npm run preview`: the reference server with its sample data behind the dev
 * server's `/posyandu/v1` (same origin, so no CORS), and `/` redirected to
 * `/?api=/posyandu/v1&token=<sample kader token>` so the app signs in as the sample kader.
 */
function referenceServer(): Plugin {
  let backend: Promise<DevBackend> | undefined;
  const redirect =
    (kaderToken: string): Connect.NextHandleFunction =>
    (req, res, next) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if ((url.pathname !== '/' && url.pathname !== '/index.html') || url.searchParams.has('api'))
        return next();
      const query = new URLSearchParams({ api: '/posyandu/v1', token: kaderToken });
      res.writeHead(302, { location: `/?${query}` }).end();
    };
  return {
    name: 'reference-server',
    apply: 'serve',
    async config() {
      backend ??= startDevBackend();
      const { url } = await backend;
      console.log(`reference server (sample data, in-memory SQLite) at ${url}`);
      const proxy = { '/posyandu/v1': { target: url } };
      return { server: { proxy }, preview: { proxy } };
    },
    async configureServer(server) {
      if (backend) server.middlewares.use(redirect((await backend).kaderToken));
    },
    async configurePreviewServer(server) {
      if (backend) server.middlewares.use(redirect((await backend).kaderToken));
    },
  };
}

export default defineConfig({
  resolve: { conditions },
  build: {
    target: 'es2022',
    sourcemap: true,
    reportCompressedSize: false, // src/build.ts measures gzip and brotli itself
    rollupOptions: {
      // zod's sources put some comments where Rollup cannot read them; they are only dropped.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod/')) return;
        warn(warning);
      },
    },
  },
  plugins: [publishedBuildsOnly(), referenceServer(), precachingServiceWorker()],
});
