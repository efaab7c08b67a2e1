import { Bench } from 'tinybench';

/** One benchmark group: a baseline and the cases compared against it in the same run. */
export interface BenchGroup {
  /** What is measured. */
  name: string;
  /** Why the baseline is a fair reference. */
  baselineNote: string;
  baseline: { name: string; fn: () => unknown };
  cases: Array<{ name: string; fn: () => unknown }>;
  /**
   * Milliseconds to sample each task (default 400) and to warm it up first (default 100). Slow
   * operations need more, or the figure is a handful of samples from a half-compiled function.
   */
  time?: number;
  warmupTime?: number;
  /** When one op handles many items (100,000 children), also print items per second. */
  items?: { count: number; unit: string };
}

/** The median time per op, robust to the odd garbage collection or scheduler pause. */
function latencyOf(bench: Bench, name: string): { median: number; samples: number } {
  const task = bench.getTask(name);
  const result = task?.result;
  if (!result || (result.state !== 'completed' && result.state !== 'aborted-with-statistics')) {
    throw new Error(`benchmark "${name}" did not complete`);
  }
  return { median: result.latency.p50, samples: result.latency.samplesCount };
}

const format = (ms: number) => (ms >= 1 ? `${ms.toFixed(3)} ms` : `${(ms * 1000).toFixed(3)} µs`);

/**
 * Runs each group and prints every case as a ratio to the group's baseline, measured in
 * the same process and run, so the figures compare across machines. Never used in tests.
 */
export async function runGroups(groups: BenchGroup[]): Promise<void> {
  for (const group of groups) {
    const bench = new Bench({ time: group.time ?? 400, warmupTime: group.warmupTime ?? 100 });
    bench.add(group.baseline.name, group.baseline.fn);
    for (const c of group.cases) bench.add(c.name, c.fn);
    await bench.run();
    const base = latencyOf(bench, group.baseline.name).median;
    console.log(`\n${group.name}`);
    console.log(`  baseline: ${group.baseline.name}: ${format(base)} per op (${group.baselineNote})`);
    for (const c of group.cases) {
      const { median, samples } = latencyOf(bench, c.name);
      const rate = group.items
        ? `, ${Math.round((group.items.count / median) * 1000).toLocaleString('en')} ${group.items.unit}/s`
        : '';
      console.log(
        `  ${c.name}: ${format(median)} per op (median of ${samples}), ${(median / base).toFixed(2)}× baseline${rate}`,
      );
    }
  }
}
