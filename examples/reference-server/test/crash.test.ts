// Crash test (issue 7): a child process enqueues 500 complaints in a file outbox and flushes them
// to the running reference server with care's client; it is killed with SIGKILL in the middle of
// flushing; a second process flushes the rest. The server then holds exactly 500 records, one per
// idempotency key. Against SQLite and PostgreSQL.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '@opengov-id/care';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveToken } from '../src/auth.js';
import { CARE_COLLECTIONS, type StoredReport } from '../src/modules/care.js';
import { engines } from './engines.js';
import { startTestServer, type TestServer } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./outbox-crash.child.ts', import.meta.url));
const ENTRY_FILE = /^[0-9a-f]{64}\.json$/;
const TOTAL = 500;
/** The first process is killed once the server holds at least this many of its records. */
const KILL_AT = 150;
/** How long a child may run before the guard kills it (the test then fails on its exit). */
const CHILD_LIMIT_MS = 90_000;

interface Run {
  child: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function runChild(args: string[], token: string): Run {
  const child = spawn(
    process.execPath,
    ['--conditions=@opengov-id/source', '--import', 'tsx', CHILD, ...args],
    {
      cwd: ROOT,
      env: { ...process.env, OUTBOX_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const guard = setTimeout(() => child.kill('SIGKILL'), CHILD_LIMIT_MS);
  const exit = new Promise<Awaited<Run['exit']>>((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, exit };
}

const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

const entryFiles = (dir: string) => readdirSync(dir).filter((name) => ENTRY_FILE.test(name));

describe.each(engines)('crash test: $name', (engine) => {
  let server: TestServer;
  let dir: string;
  beforeEach(async () => {
    server = await startTestServer(engine);
    dir = mkdtempSync(join(tmpdir(), 'ref-outbox-'));
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    `a file outbox killed with SIGKILL mid-flush, then flushed by a second process: exactly ${TOTAL} records`,
    async () => {
      const token = server.tokens.reporter;
      const principal = await resolveToken(server.store, token);
      const owner = principal?.tokenId;
      if (!owner) throw new Error('the sample reporter token does not resolve');
      const mine = () =>
        server.store.transaction((tx) => tx.count(CARE_COLLECTIONS.reports, { where: { owner } }));
      const careUrl = `${server.url}/care/v1`;

      // 1. Enqueue 500, flush, and be killed while the server holds some of them.
      const first = runChild([dir, careUrl, 'enqueue', String(TOTAL)], token);
      let atKill = 0;
      let exited = false;
      void first.exit.then(() => {
        exited = true;
      });
      while (!exited) {
        const n = await mine();
        if (n >= KILL_AT) {
          first.child.kill('SIGKILL');
          atKill = n;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const killed = await first.exit;
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      const [enqueued] = jsonLines(killed.stdout);
      expect(enqueued?.['enqueued']).toBe(TOTAL);
      const keys = enqueued?.['keys'] as string[];
      expect(new Set(keys).size).toBe(TOTAL);
      // Killed in the middle: some sent, some still waiting.
      expect(atKill).toBeGreaterThanOrEqual(KILL_AT);
      expect(atKill).toBeLessThan(TOTAL);

      // No torn file: whatever is left parses as a whole entry.
      const left = entryFiles(dir);
      expect(left.length).toBeGreaterThan(0);
      for (const name of left) expect(() => JSON.parse(readFileSync(join(dir, name), 'utf8'))).not.toThrow();

      // 2. A second process flushes the rest.
      const second = runChild([dir, careUrl, 'flush'], token);
      const done = await second.exit;
      expect(done.code, done.stderr).toBe(0);
      const summary = jsonLines(done.stdout).at(-1);
      expect(summary).toEqual({ before: left.length, sent: left.length, left: 0 });
      expect(entryFiles(dir)).toEqual([]);

      // 3. Exactly 500 records: every complaint once, every key remembered once, pointing at its own record.
      const { items } = await server.store.transaction((tx) =>
        tx.list<StoredReport>(CARE_COLLECTIONS.reports, { where: { owner } }),
      );
      expect(items).toHaveLength(TOTAL);
      const titles = new Set(items.map((s) => s.report.title));
      expect(titles.size).toBe(TOTAL);
      for (let n = 1; n <= TOTAL; n++) expect(titles.has(`CONTOH laporan nomor ${n}`)).toBe(true);
      const remembered = await server.store.transaction(async (tx) => {
        const ids: string[] = [];
        for (const key of keys) {
          const first = await tx.recall(owner, key);
          if (first) ids.push((first.body as Report).id);
        }
        return ids;
      });
      expect(remembered).toHaveLength(TOTAL);
      expect(new Set(remembered)).toEqual(new Set(items.map((s) => s.report.id)));

      // Sent again by the second process although already stored: the request in flight at the kill.
      const replayed = left.length - (TOTAL - atKill);
      console.log(
        JSON.stringify({
          crash: engine.name,
          recordsAtKill: atKill,
          leftInOutbox: left.length,
          sentBySecond: Number(summary?.['sent']),
          replayedOrLate: replayed,
          records: items.length,
        }),
      );
    },
    4 * CHILD_LIMIT_MS,
  );
});
