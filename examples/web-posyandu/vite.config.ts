import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

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

/** `npm run dev` and `npm run preview`: the test's sample backend, behind the server's /api/v1. */
function sampleBackend(): Plugin {
  return {
    name: 'sample-backend',
    apply: 'serve',
    async config() {
      const { startBackend } = await import('./test/backend.js');
      const backend = await startBackend();
      process.once('exit', () => void backend.close());
      const target = new URL(backend.url);
      console.log(`sample backend (in-memory posyandu API) at ${backend.url}`);
      return {
        server: {
          proxy: {
            '/api/v1': {
              target: target.origin,
              rewrite: (path) => path.replace(/^\/api\/v1/, target.pathname),
            },
          },
        },
      };
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
  plugins: [publishedBuildsOnly(), sampleBackend()],
});
