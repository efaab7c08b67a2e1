import { defineConfig, type Options } from 'tsup';

// Every source file is its own module in dist (like rollup's preserveModules), so an app's
// bundler drops whole unused modules (`sideEffects: false`): an app that imports only
// createHttpClient pays neither for zod schemas nor for region tables. Each province's
// kecamatan/desa table stays a module of its own, fetched only by loadProvince().
const base: Options = {
  entry: ['src/**/*.ts', '!src/**/*.test.ts'],
  dts: {
    entry: {
      index: 'src/index.ts',
      'phone/index': 'src/phone/index.ts',
      'node/index': 'src/node/index.ts',
      'server/index': 'src/server/index.ts',
      'testing/index': 'src/testing/index.ts',
    },
  },
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  splitting: true,
};

export default defineConfig([
  { ...base, format: 'esm', clean: true },
  // ky is ESM-only: inline it into the CJS build so require() works without require(esm) (sdk-style P1).
  { ...base, format: 'cjs', noExternal: ['ky'] },
]);
