import { defineConfig, type Options } from 'tsup';

// Every source file is its own dist module (as in core), so an app that only needs the lifecycle
// or IKM never bundles the Open311 XML parser or the contract.
const base: Options = {
  entry: ['src/**/*.ts', '!src/**/*.test.ts'],
  dts: {
    entry: {
      index: 'src/index.ts',
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
  { ...base, format: 'cjs' },
]);
