// Size budgets per entry point: minified + brotli, with dependencies (preset-small-lib).
// Each province's kecamatan/desa table is its own chunk (`chunks/<PP>-<hash>.js`), loaded
// only by `loadProvince`; the plugin below keeps those chunks out of every measurement so the
// budgets show what an app pays before it asks for a province. Their own size is budgeted last.
const provinceChunksExternal = (config) => {
  config.plugins = [
    ...(config.plugins ?? []),
    {
      name: 'province-chunks-external',
      setup(build) {
        build.onResolve({ filter: /chunks\/\d\d-[A-Z0-9]+\.js$/ }, (args) => ({
          path: args.path,
          external: true,
        }));
      },
    },
  ];
  return config;
};

const core = 'packages/core/dist/index.js';

module.exports = [
  {
    name: '@opengov-id/core: createHttpClient',
    path: core,
    import: '{ createHttpClient }',
    limit: '8 kB',
    modifyEsbuildConfig: provinceChunksExternal,
  },
  {
    name: '@opengov-id/core: region, NIK and calendar helpers, beyond zod (no region tables)',
    path: core,
    import:
      '{ parseRegionCode, formatRegionCode, isRegionCode, RegionCode, decodeNik, decodeNoKk, Nik, NoKk, isWorkingDay, addWorkingDays, countWorkingDays, today }',
    ignore: ['zod'],
    limit: '6 kB',
    modifyEsbuildConfig: provinceChunksExternal,
  },
  {
    name: '@opengov-id/core: region lookup with the national table (provinces, kabupaten/kota)',
    path: core,
    import: '{ getRegion, listChildren, loadProvince }',
    ignore: ['zod'],
    limit: '8 kB',
    modifyEsbuildConfig: provinceChunksExternal,
  },
  {
    name: '@opengov-id/core: everything in the main entry',
    path: core,
    import: '*',
    limit: '40 kB',
    modifyEsbuildConfig: provinceChunksExternal,
  },
  {
    name: '@opengov-id/core/phone: normalizePhone (libphonenumber-js max metadata)',
    path: 'packages/core/dist/phone/index.js',
    import: '{ normalizePhone }',
    limit: '90 kB',
  },
  {
    name: '@opengov-id/core: NTB kecamatan and desa table (one province chunk)',
    path: 'packages/core/dist/chunks/52-*.js',
    limit: '8 kB',
  },
];
