// vitest globalSetup: makes a PostgreSQL available to every suite of this project. With
// DATABASE_URL set (CI, a developer's own server) it is used as is; otherwise a throwaway
// cluster is started for the run and removed after it. When none can be started the reason
// is handed to the suites, whose PostgreSQL tests then fail with it: never a silent skip.
import type { TestProject } from 'vitest/node';
import { startPostgres } from '../../../scripts/postgres.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the PostgreSQL suites connect, or why there is no PostgreSQL. */
    postgres: { url: string } | { unavailable: string };
  }
}

export default async function setup(project: TestProject) {
  const url = process.env['DATABASE_URL'];
  if (url) {
    project.provide('postgres', { url });
    return undefined;
  }
  try {
    const server = await startPostgres();
    project.provide('postgres', { url: server.url });
    return () => server.stop();
  } catch (error) {
    project.provide('postgres', { unavailable: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}
