// Size budgets of @opengov-id/satudata entry points: minified + brotli, with dependencies
// (preset-small-lib), zod and core counted unless ignored. Paths are relative to the repo root.
const dist = 'packages/satudata/dist/index.js';

module.exports = [
  {
    name: '@opengov-id/satudata: CkanPackage schema (beyond zod)',
    path: dist,
    import: '{ CkanPackage }',
    ignore: ['zod', '@opengov-id/core', 'n3'],
    limit: '2 kB',
  },
  {
    name: '@opengov-id/satudata: fromCkanPackage + toDcatAp + toDcatUs (beyond zod)',
    path: dist,
    import: '{ fromCkanPackage, toDcatAp, toDcatUs, toDataJson }',
    ignore: ['zod', 'n3'],
    limit: '18 kB',
  },
  {
    name: '@opengov-id/satudata: fromDcatApTurtle (with n3)',
    path: dist,
    import: '{ fromDcatApTurtle }',
    ignore: ['zod'],
    limit: '30 kB',
  },
  {
    name: '@opengov-id/satudata: scoreMetadataQuality + checkSatuDataCompliance (beyond zod; core region codes in)',
    path: dist,
    import: '{ scoreMetadataQuality, checkSatuDataCompliance }',
    ignore: ['zod', 'n3'],
    limit: '10 kB',
  },
  {
    name: '@opengov-id/satudata: validateCsv (beyond zod)',
    path: dist,
    import: '{ validateCsv }',
    ignore: ['zod', 'n3'],
    limit: '8 kB',
  },
  {
    name: '@opengov-id/satudata: formatCsvField + formatCsvRow (beyond zod; core errors in)',
    path: dist,
    import: '{ formatCsvField, formatCsvRow }',
    ignore: ['zod', 'n3'],
    limit: '3 kB',
  },
  {
    // 90.9 kB before the CKAN/data.json contracts; they bring core's defineContract and toOpenApi
    // (zod's JSON Schema emitter) into the main entry, +4.8 kB. Named imports still tree-shake.
    name: '@opengov-id/satudata: everything in the main entry',
    path: dist,
    import: '*',
    limit: '97 kB',
  },
  // Clients (with every dependency: core, ky and zod).
  {
    name: '@opengov-id/satudata: createCkanClient',
    path: dist,
    import: '{ createCkanClient }',
    limit: '44 kB',
  },
  {
    name: '@opengov-id/satudata: createBpsClient',
    path: dist,
    import: '{ createBpsClient }',
    limit: '42 kB',
  },
  {
    name: '@opengov-id/satudata: harvest (CKAN, DKAN, probe)',
    path: dist,
    import: '{ harvest }',
    limit: '48 kB',
  },
];
