// Size budgets of the client entries (minified + brotli, with every dependency: core, ky and zod).
// Measured 2026: createCkanClient 41.2 kB, createBpsClient 38.9 kB, harvest 44.6 kB (this worktree).
const satudata = 'packages/satudata/dist/index.js';

module.exports = [
  {
    name: '@opengov-id/satudata: createCkanClient',
    path: satudata,
    import: '{ createCkanClient }',
    limit: '44 kB',
  },
  {
    name: '@opengov-id/satudata: createBpsClient',
    path: satudata,
    import: '{ createBpsClient }',
    limit: '42 kB',
  },
  {
    name: '@opengov-id/satudata: harvest (CKAN, DKAN, probe)',
    path: satudata,
    import: '{ harvest }',
    limit: '48 kB',
  },
];
