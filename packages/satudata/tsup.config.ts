import { defineConfig } from 'tsup';

// Every source file is its own module in dist (preserve-modules style, as in core), so an app
// that imports only the CKAN schema pays neither for the Turtle reader (n3) nor for the MQA tables.
export default defineConfig({
  entry: ['src/**/*.ts', '!src/**/*.test.ts'],
  dts: { entry: { index: 'src/index.ts' } },
  format: ['esm', 'cjs'],
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  splitting: true,
  clean: true,
});
