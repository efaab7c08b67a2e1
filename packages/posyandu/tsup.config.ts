import { defineConfig } from 'tsup';

/** One entry per WHO table so an app loads only the tables it imports (or that the async API fetches). */
const WHO_TABLES = [
  'weight-for-age',
  'length-height-for-age',
  'weight-for-length',
  'weight-for-height',
  'bmi-for-age',
  'head-circumference-for-age',
  'arm-circumference-for-age',
  'triceps-skinfold-for-age',
  'subscapular-skinfold-for-age',
  'weight-for-age-5-19',
  'height-for-age-5-19',
  'bmi-for-age-5-19',
];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'contract/index': 'src/contract/index.ts',
    'testing/index': 'src/testing/index.ts',
    ...Object.fromEntries(WHO_TABLES.map((name) => [`who/${name}`, `src/growth/who/${name}.ts`])),
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  target: 'es2022',
  tsconfig: 'tsconfig.build.json',
  splitting: true,
  treeshake: true,
  clean: true,
});
