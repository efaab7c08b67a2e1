import { defineConfig, type Options } from 'tsup';

// One module per source file (preserve-modules style), so an app that imports only the CKAN
// client pays neither for the BPS client nor for federation; msw stays in the testing entry.
const base: Options = {
  entry: ['src/**/*.ts', '!src/**/*.test.ts'],
  dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  splitting: true,
  external: ['msw'],
};

export default defineConfig([
  { ...base, format: 'esm', clean: true },
  { ...base, format: 'cjs' },
]);
