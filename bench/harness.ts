import { Bench } from 'tinybench';

/** One benchmark group: a baseline and the cases compared against it in the same run. */
export interface BenchGroup {
  /** What is measured. */
  name: string;
  /** Why the baseline is a fair reference. */
  baselineNote: string;
  baseline: { name: string; fn: () => unknown };
  cases: Array<{ name: string; fn: () => unknown }>;
}

function latencyOf(bench: Bench, name: string): number {
  const task = bench.getTask(name);
  const result = task?.result;
  if (!result || (result.state !== 'completed' && result.state !== 'aborted-with-statistics')) {
    throw new Error(`benchmark "${name}" did not complete`);
  }
  return result.latency.mean;
}

const format = (ms: number) => (ms >= 1 ? `${ms.toFixed(3)} ms` : `${(ms * 1000).toFixed(3)} µs`);

/**
 * Runs each group and prints every case as a ratio to the group's baseline, measured in
 * the same process and run, so the figures compare across machines. Never used in tests.
 */
export async function runGroups(groups: BenchGroup[], { time = 400 } = {}): Promise<void> {
  for (const group of groups) {
    const bench = new Bench({ time, warmupTime: 100 });
    bench.add(group.baseline.name, group.baseline.fn);
    for (const c of group.cases) bench.add(c.name, c.fn);
    await bench.run();
    const base = latencyOf(bench, group.baseline.name);
    console.log(`\n${group.name}`);
    console.log(`  baseline: ${group.baseline.name}: ${format(base)} per op (${group.baselineNote})`);
    for (const c of group.cases) {
      const mean = latencyOf(bench, c.name);
      console.log(`  ${c.name}: ${format(mean)} per op, ${(mean / base).toFixed(2)}× baseline`);
    }
  }
}
