// Size budgets per entry point: minified + brotli, with dependencies (preset-small-lib), zod
// left out where the app is assumed to have it already. Core's province chunks are external
// (loaded only by loadProvince), as in core's own budgets.
const provinceChunksExternal = (config) => {
  config.plugins = [
    ...(config.plugins ?? []),
    {
      name: 'province-chunks-external',
      setup(build) {
        build.onResolve({ filter: /provinces\/\d\d\.js$/ }, (args) => ({ path: args.path, external: true }));
      },
    },
  ];
  return config;
};

const forum = 'packages/forum/dist/index.js';

module.exports = [
  {
    name: '@opengov-id/forum: upcomingSessions + ksbYasinanSeries (beyond zod)',
    path: forum,
    import: '{ upcomingSessions, ksbYasinanSeries }',
    ignore: ['zod'],
    limit: '12 kB',
    modifyEsbuildConfig: provinceChunksExternal,
  },
  {
    name: '@opengov-id/forum: toICalendar (beyond zod)',
    path: forum,
    import: '{ toICalendar }',
    ignore: ['zod'],
    limit: '9 kB',
    modifyEsbuildConfig: provinceChunksExternal,
  },
  {
    name: '@opengov-id/forum: routeAspiration (beyond zod)',
    path: forum,
    import: '{ routeAspiration }',
    ignore: ['zod'],
    limit: '6 kB',
    modifyEsbuildConfig: provinceChunksExternal,
  },
  {
    name: '@opengov-id/forum: computeFigures + follow-ups (beyond zod)',
    path: forum,
    import: '{ computeFigures, createFollowUp, applyFollowUpUpdate, listOverdue }',
    ignore: ['zod'],
    limit: '20 kB',
    modifyEsbuildConfig: provinceChunksExternal,
  },
  {
    // 69.3 kB since createForumClient also takes HTTP options (like care's and posyandu's
    // clients), which brings core's createHttpClient and ky into the whole-entry figure; 71.9 kB
    // with the session and aspiration administration (five routes, their rules and histories).
    name: '@opengov-id/forum: everything in the main entry (with zod)',
    path: forum,
    import: '*',
    limit: '73 kB',
    modifyEsbuildConfig: provinceChunksExternal,
  },
];
