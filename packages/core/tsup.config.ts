import { defineConfig, type Options } from 'tsup';

const base: Options = {
  entry: {
    index: 'src/index.ts',
    'phone/index': 'src/phone/index.ts',
    'testing/index': 'src/testing/index.ts',
  },
  dts: true,
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  splitting: true,
  // Province tables become `chunks/<PP>-<hash>.js`, fetched only by loadProvince().
  esbuildOptions(options) {
    options.chunkNames = 'chunks/[name]-[hash]';
  },
};

export default defineConfig([
  { ...base, format: 'esm', clean: true },
  // ky is ESM-only: inline it into the CJS build so require() works without require(esm) (sdk-style P1).
  { ...base, format: 'cjs', noExternal: ['ky'] },
]);
