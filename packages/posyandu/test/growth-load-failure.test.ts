import { isOpenGovError } from '@opengov-id/core';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../src/growth/who/weight-for-age.js');
  vi.resetModules();
});

describe('a table module that cannot be fetched', () => {
  it('rejects with a bilingual NetworkError and does not cache the failure', async () => {
    let fail = true;
    vi.resetModules();
    vi.doMock('../src/growth/who/weight-for-age.js', async (importOriginal) => {
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return importOriginal();
    });
    // Fresh modules: the brand check stands in for instanceof across the two copies of core.
    const { computeGrowthZScores } = await import('../src/growth/load.js');
    const input = { sex: 'female', ageDays: 1522, weightKg: 17 } as const;

    const error = await computeGrowthZScores(input).catch((e: unknown) => e);
    expect(isOpenGovError(error)).toBe(true);
    expect(error).toMatchObject({ name: 'NetworkError', code: 'network_error' });
    expect((error as { messages: { id: string; en: string } }).messages.id).toContain(
      '`weightForAge` gagal dimuat',
    );
    expect((error as Error).cause).toBeInstanceOf(Error);

    fail = false;
    expect((await computeGrowthZScores(input)).weightForAge).toEqual({ z: 0.24, flagged: false });
  });
});
