// Benchmarks of @opengov-id/posyandu, run by `npm run bench -- posyandu` (see bench/index.ts).
// Issue 5's floor: z-scores for 100,000 children, all indicators, at ≥ 1,000,000 children a second
// on one core (printed as children/s, from the median op). An op takes ~80 ms, so each task is
// warmed up for 2 s and sampled for 4 s: the default 100 ms + 400 ms gave five samples of code V8
// had not finished optimising.
import {
  classifyGrowth,
  computeGrowthZScoresSync,
  type GrowthInput,
  type GrowthZScores,
  loadGrowthTables,
} from '@opengov-id/posyandu';
import type { BenchGroup } from '../../../bench/harness.js';

const N = 100_000;
// A fixed pseudo-random cohort (LCG), so every run scores the same children.
let seed = 20_260_316;
const rand = () => {
  seed = (seed * 1_664_525 + 1_013_904_223) >>> 0;
  return seed / 2 ** 32;
};
const children: GrowthInput[] = Array.from({ length: N }, () => {
  const ageDays = Math.floor(rand() * 1826);
  const growth = ageDays / 1826;
  return {
    sex: rand() < 0.5 ? 'male' : 'female',
    ageDays,
    weightKg: 3 + growth * 14 + (rand() - 0.5) * 3,
    lengthHeightCm: 50 + growth * 58 + (rand() - 0.5) * 8,
    measured: ageDays < 731 ? 'recumbent' : 'standing',
    headCircumferenceCm: 35 + growth * 15 + (rand() - 0.5) * 3,
    muacCm: 11 + growth * 5 + (rand() - 0.5) * 2,
    tricepsSkinfoldMm: 6 + rand() * 8,
    subscapularSkinfoldMm: 5 + rand() * 7,
  };
});
const tables = await loadGrowthTables();
const scored: GrowthZScores[] = children.map((c) => computeGrowthZScoresSync(c, tables));
const months = children.map((c) => Math.floor((c.ageDays ?? 0) / 30.4375));

// The cheapest loop over the same data: reads every input field a z-score uses, computes nothing.
function readInputs(): number {
  let sum = 0;
  for (const c of children) {
    sum +=
      (c.ageDays ?? 0) +
      (c.weightKg ?? 0) +
      (c.lengthHeightCm ?? 0) +
      (c.headCircumferenceCm ?? 0) +
      (c.muacCm ?? 0) +
      (c.tricepsSkinfoldMm ?? 0) +
      (c.subscapularSkinfoldMm ?? 0) +
      (c.sex === 'male' ? 1 : 0) +
      (c.measured === 'standing' ? 1 : 0);
  }
  return sum;
}

export const groups: BenchGroup[] = [
  {
    name: `WHO z-scores for ${N.toLocaleString('en')} children, all 8 indicators, validation included`,
    baselineNote: 'a plain loop that only reads the same input fields',
    time: 4000,
    warmupTime: 2000,
    items: { count: N, unit: 'children' },
    baseline: { name: 'read inputs', fn: readInputs },
    cases: [
      {
        name: 'computeGrowthZScoresSync × 100,000',
        fn: () => {
          let flagged = 0;
          for (const c of children) if (computeGrowthZScoresSync(c, tables).weightForAge?.flagged) flagged++;
          return flagged;
        },
      },
    ],
  },
  {
    name: `Permenkes 2/2020 categories for ${N.toLocaleString('en')} children's z-scores`,
    baselineNote: 'the same loop reading the inputs',
    time: 4000,
    warmupTime: 2000,
    items: { count: N, unit: 'children' },
    baseline: { name: 'read inputs', fn: readInputs },
    cases: [
      {
        name: 'classifyGrowth × 100,000',
        fn: () => {
          let stunted = 0;
          for (let i = 0; i < N; i++) {
            const code = classifyGrowth(scored[i] as GrowthZScores, months[i] as number).lengthHeightForAge
              ?.code;
            if (code === 'stunted' || code === 'severely_stunted') stunted++;
          }
          return stunted;
        },
      },
    ],
  },
];
