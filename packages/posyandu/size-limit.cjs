// Size budgets of @opengov-id/posyandu (minified + brotli, with dependencies), per issue 5:
// weight-for-age alone (engine + its table) ≤ 60 kB; the engine without tables ≤ 8 kB (beyond
// zod, which every SDK package shares). The other capabilities are budgeted near their measured
// size so that growth shows; an app pays only for the ones it imports (`sideEffects: false`).
// "beyond zod" still counts what they use of @opengov-id/core (errors, redaction, dates).
const dist = 'packages/posyandu/dist';
const index = `${dist}/index.js`;

module.exports = [
  {
    name: '@opengov-id/posyandu: weight-for-age alone (engine + its WHO table)',
    path: [index, `${dist}/who/weight-for-age.js`],
    import: {
      [index]: '{ computeGrowthZScoresSync }',
      [`${dist}/who/weight-for-age.js`]: '{ weightForAgeTable }',
    },
    limit: '60 kB',
  },
  {
    name: '@opengov-id/posyandu: z-score engine without tables, beyond zod',
    path: index,
    import: '{ computeGrowthZScoresSync }',
    ignore: ['zod'],
    limit: '8 kB',
  },
  {
    name: '@opengov-id/posyandu: Permenkes 2/2020 categories and completed months, beyond zod',
    path: index,
    import: '{ classifyZScore, classifyGrowth, completedMonths }',
    ignore: ['zod'],
    limit: '5 kB',
  },
  {
    name: '@opengov-id/posyandu: weight monitoring and SKDN, beyond zod',
    path: index,
    import: '{ assessWeighings, computeSkdn }',
    ignore: ['zod'],
    limit: '5.5 kB',
  },
  {
    name: '@opengov-id/posyandu: growth chart SVG, with zod and the WHO tables its loader can fetch',
    path: index,
    import: '{ renderGrowthChart }',
    limit: '44 kB',
  },
  {
    name: '@opengov-id/posyandu: SATUSEHAT FHIR builders, beyond zod',
    path: index,
    import: '{ toFhirPatient, toFhirObservation, toFhirImmunization }',
    ignore: ['zod'],
    limit: '13 kB',
  },
  {
    name: '@opengov-id/posyandu: everything in the main entry, with zod and every WHO table',
    path: index,
    import: '*',
    limit: '65 kB',
  },
  {
    name: '@opengov-id/posyandu/contract: createPosyanduClient with the contract, HTTP client and zod',
    path: `${dist}/contract/index.js`,
    import: '{ createPosyanduClient }',
    limit: '48 kB',
  },
];
