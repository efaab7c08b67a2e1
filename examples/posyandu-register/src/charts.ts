// One growth chart per child (weight-for-age, and length/height-for-age when measured), by posyandu.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type GrowthTables, renderGrowthChartSync } from '@opengov-id/posyandu';
import type { RegisterChild } from './register.js';

/**
 * Writes `<child id>-bb-u.svg` (BB/U) and, when the child has a length or height, `<child
 * id>-pb-tb-u.svg` (PB/U, TB/U) to `dir`, 0–24 months when every weighing is under 24 months,
 * else 0–60. File names and titles carry the child's id only, never a name. Returns the paths.
 */
export async function writeGrowthCharts(
  children: readonly RegisterChild[],
  dir: string,
  tables: GrowthTables,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const child of children) {
    if (child.weighings.length === 0) continue;
    const maxAgeMonths = child.weighings.every((w) => w.ageDays < 731) ? 24 : 60;
    const common = { sex: child.sex, language: 'id', maxAgeMonths } as const;
    const weight = renderGrowthChartSync(
      {
        ...common,
        indicator: 'weightForAge',
        title: `${child.id}: Berat Badan menurut Umur (BB/U)`,
        points: child.weighings.map((w) => ({ ageDays: w.ageDays, value: w.input.weightKg })),
      },
      tables,
    );
    const weightPath = join(dir, `${child.id}-bb-u.svg`);
    await writeFile(weightPath, weight, 'utf8');
    paths.push(weightPath);
    const measured = child.weighings.filter((w) => w.input.lengthHeightCm !== undefined);
    if (measured.length === 0) continue;
    const length = renderGrowthChartSync(
      {
        ...common,
        indicator: 'lengthHeightForAge',
        title: `${child.id}: Panjang/Tinggi Badan menurut Umur (PB/U, TB/U)`,
        points: measured.map((w) => ({
          ageDays: w.ageDays,
          value: w.input.lengthHeightCm as number,
          measured: w.input.measured,
        })),
      },
      tables,
    );
    const lengthPath = join(dir, `${child.id}-pb-tb-u.svg`);
    await writeFile(lengthPath, length, 'utf8');
    paths.push(lengthPath);
  }
  return paths;
}
