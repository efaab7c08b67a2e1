import { OpenGovError } from '@opengov-id/core';
import type { GrowthTableId } from './lms.js';

/**
 * {@link computeGrowthZScoresSync} needed a WHO table it was not given. Load it first with
 * {@link loadGrowthTables}, import it from `@opengov-id/posyandu/who/<table>`, or use the async
 * {@link computeGrowthZScores}, which loads what it needs.
 *
 * @example
 * ```ts
 * try {
 *   computeGrowthZScoresSync({ sex: 'male', ageDays: 100, weightKg: 6 }, {});
 * } catch (error) {
 *   if (error instanceof GrowthTableMissingError) console.log(error.tableId); // 'weightForAge'
 * }
 * ```
 */
export class GrowthTableMissingError extends OpenGovError {
  override readonly name: string = 'GrowthTableMissingError';
  /** The table that was needed. */
  readonly tableId: GrowthTableId;

  constructor(tableId: GrowthTableId) {
    const messages = {
      id: `Tabel pertumbuhan WHO \`${tableId}\` belum dimuat; muat dengan loadGrowthTables() atau pakai computeGrowthZScores().`,
      en: `WHO growth table \`${tableId}\` is not loaded; load it with loadGrowthTables() or use computeGrowthZScores().`,
    };
    super(messages.en, { code: 'growth_table_missing', messages });
    this.tableId = tableId;
  }

  protected override details(): Record<string, unknown> {
    return { tableId: this.tableId };
  }
}
