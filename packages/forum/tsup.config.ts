import { defineConfig } from 'tsup';

// Every source file is its own module in dist (preserve-modules style, as in core), so an app
// that only schedules sessions pays neither for the Popolo mapping nor for the contract.
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts'],
  dts: { entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' } },
  format: ['esm', 'cjs'],
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  splitting: true,
  clean: true,
});
