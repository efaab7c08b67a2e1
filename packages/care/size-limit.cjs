// Size budgets of @opengov-id/care (minified + brotli, with dependencies). zod is shared with
// core, so the lifecycle and IKM budgets leave it out; the Open311 reader includes fast-xml-parser.
const care = 'packages/care/dist/index.js';

module.exports = [
  {
    name: '@opengov-id/care: transition and status mappings',
    path: care,
    import: '{ transition, STATUS_MAPPINGS }',
    ignore: ['zod'],
    limit: '14 kB',
  },
  {
    name: '@opengov-id/care: computeIkm and requiredSampleSize',
    path: care,
    import: '{ computeIkm, requiredSampleSize }',
    ignore: ['zod'],
    limit: '4 kB',
  },
  {
    name: '@opengov-id/care: dueDates and breaches (core calendar included)',
    path: care,
    import: '{ dueDates, breaches }',
    ignore: ['zod'],
    limit: '10 kB',
  },
  {
    name: '@opengov-id/care: readOpen311 (fast-xml-parser included)',
    path: care,
    import: '{ readOpen311 }',
    ignore: ['zod'],
    limit: '26 kB',
  },
  {
    name: '@opengov-id/care: createOpen311Client (reader and core HTTP client included)',
    path: care,
    import: '{ createOpen311Client }',
    ignore: ['zod'],
    limit: '38 kB',
  },
  {
    name: '@opengov-id/care: everything in the main entry',
    path: care,
    import: '*',
    limit: '94 kB',
  },
];
