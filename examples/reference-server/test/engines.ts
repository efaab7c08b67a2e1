import { createSqliteStore } from '../src/store/sqlite.js';
import type { Store } from '../src/store/types.js';

/** An engine the shared suites run against: a fresh, empty store per call. */
export interface EngineUnderTest {
  readonly name: 'sqlite' | 'postgres';
  create(): Promise<Store>;
}

/** The engines every storage and end-to-end suite runs against. */
export const engines: EngineUnderTest[] = [
  { name: 'sqlite', create: async () => createSqliteStore({ path: ':memory:' }) },
];
