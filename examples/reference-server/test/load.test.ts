// Load test (issue 7): on loopback only, 50 concurrent clients submit complaints with care's
// client for a bounded time (LOAD_SECONDS, 30 s by default) against SQLite and then PostgreSQL.
// Reports requests per second and p50/p99 latency (printed, and written to
// .artifacts/load/<engine>.json); asserts zero errors and exactly as many new records as
// acknowledged submissions. No assertion on timing: the figures depend on the machine.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CARE_COLLECTIONS } from '../src/modules/care.js';
import { createSqliteStore } from '../src/store/sqlite.js';
import { createTestPostgresStore, type EngineUnderTest } from './engines.js';
import { startTestServer, type TestServer } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./load.child.ts', import.meta.url));
const CLIENTS = 50;
const SECONDS = Number(process.env['LOAD_SECONDS'] ?? 30);
if (!(SECONDS > 0))
  throw new Error(`LOAD_SECONDS must be a positive number of seconds, not ${process.env['LOAD_SECONDS']}`);

// PostgreSQL with the pool a deployment gets by default (createPostgresStore: 10 connections).
const LOAD_ENGINES: EngineUnderTest[] = [
  { name: 'sqlite', create: async () => createSqliteStore({ path: ':memory:' }) },
  { name: 'postgres', create: () => createTestPostgresStore({ poolSize: 10 }) },
];

interface Figures {
  clients: number;
  seconds: number;
  elapsedMs: number;
  acknowledged: number;
  distinctIds: number;
  errors: number;
  errorSamples: string[];
  requestsPerSecond: number;
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
}

function runLoad(careUrl: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=@opengov-id/source',
        '--import',
        'tsx',
        CHILD,
        careUrl,
        String(CLIENTS),
        String(SECONDS),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // Bounded: a generator that outlives its time by a minute is killed, and the test fails.
    const guard = setTimeout(() => child.kill('SIGKILL'), (SECONDS + 60) * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      const line = stdout.trim().split('\n').at(-1);
      if (code !== 0 || !line)
        reject(new Error(`load generator ended with ${code ?? signal}: ${stderr.slice(-2000)}`));
      else resolve(JSON.parse(line) as Figures);
    });
  });
}

describe.each(LOAD_ENGINES)('load: $name', (engine) => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
  });

  it(
    `${CLIENTS} concurrent clients submit complaints for ${SECONDS} s: zero errors, one record per acknowledgement`,
    async () => {
      // This test only: a rate limit far above what 50 clients on loopback can send.
      server = await startTestServer(engine, { rateLimit: { requestsPerMinute: 100_000_000 } });
      const store = server.store;
      const count = () => store.transaction((tx) => tx.count(CARE_COLLECTIONS.reports));
      const before = await count();

      const figures = await runLoad(`${server.url}/care/v1`);
      const records = (await count()) - before;

      const summary = {
        engine: engine.name,
        ...figures,
        records,
        node: process.version,
        cpus: availableParallelism(),
        measuredAt: new Date().toISOString(),
      };
      const dir = join(ROOT, '.artifacts', 'load');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${engine.name}.json`), `${JSON.stringify(summary, null, 2)}\n`);
      console.log(
        `load ${engine.name}: ${CLIENTS} clients, ${(figures.elapsedMs / 1000).toFixed(1)} s, ` +
          `${figures.acknowledged} acknowledged, ${figures.requestsPerSecond} req/s, ` +
          `p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ${figures.errors} errors, ${records} records`,
      );

      expect(figures.errorSamples).toEqual([]);
      expect(figures.errors).toBe(0);
      expect(figures.acknowledged).toBeGreaterThan(0);
      expect(figures.distinctIds).toBe(figures.acknowledged);
      expect(records).toBe(figures.acknowledged);
      expect(server.logs.filter((entry) => entry['event'] === 'error')).toEqual([]);
    },
    (SECONDS + 120) * 1000,
  );
});
