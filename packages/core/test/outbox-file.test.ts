import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOutbox, NetworkError, type OutboxEntry, OutboxStorageError } from '../src/index.js';
import { createFileStorage } from '../src/node/index.js';

// A disk that fills up in the middle of a write, on demand: the file storage must then leave the
// entry's previous version whole, which a write in place could not.
const faults = vi.hoisted(() => ({ diskFull: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (...args) => {
    const handle = await real.open(...args);
    if (!faults.diskFull) return handle;
    return new Proxy(handle, {
      get(target, property) {
        if (property === 'writeFile') {
          return async (data: string) => {
            await target.writeFile(data.slice(0, 20));
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          };
        }
        const value = Reflect.get(target, property) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return { ...real, open, default: { ...real, open } };
});

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./outbox-crash.child.ts', import.meta.url));
const ENTRY_FILE = /^[0-9a-f]{64}\.json$/;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const entry = (id: string, seq: number, extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id,
  seq,
  payload: { judul: 'Jalan rusak', desa: '52.07.02.2001' },
  createdAt: '2026-03-02T01:15:00.000Z',
  attempts: 0,
  status: 'pending',
  ...extra,
});
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const entryFiles = (dir: string): string[] => readdirSync(dir).filter((name) => ENTRY_FILE.test(name));

/** The pid of a process that has exited and been reaped. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  const pid = child.pid!;
  await new Promise((resolve) => child.on('exit', resolve));
  return pid;
}

describe('createFileStorage', () => {
  it('keeps one file per entry, named by the SHA-256 of its id, readable only by its owner', async () => {
    const dir = join(tempDir(), 'nested', 'outbox');
    const storage = createFileStorage(dir);
    await storage.put(entry('a/../../b', 0));
    await storage.put(entry('k2', 1));
    await storage.put(entry('k2', 1, { attempts: 3 }));
    await storage.delete('a/../../b');
    await storage.delete('never-there');
    expect(entryFiles(dir)).toEqual([`${sha256('k2')}.json`]);
    expect(JSON.parse(readFileSync(join(dir, `${sha256('k2')}.json`), 'utf8'))).toEqual(
      entry('k2', 1, { attempts: 3 }),
    );
    expect(statSync(join(dir, `${sha256('k2')}.json`)).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o077).toBe(0);
    expect(await storage.load()).toEqual([entry('k2', 1, { attempts: 3 })]);
    await storage.close?.();
    await expect(storage.load()).rejects.toMatchObject({ code: 'outbox_storage_closed' });
    expect(readdirSync(dir)).not.toContain('.lock');
  });

  it('leaves the previous version whole when a write fails halfway (disk full)', async () => {
    const dir = tempDir();
    const storage = createFileStorage(dir);
    await storage.put(entry('k1', 0));
    faults.diskFull = true;
    try {
      const error = await storage.put(entry('k1', 0, { attempts: 1 })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutboxStorageError);
      expect((error as OutboxStorageError).code).toBe('outbox_storage_failed');
      expect((error as OutboxStorageError).toJSON().cause).toMatchObject({
        message: expect.stringContaining('ENOSPC'),
      });
    } finally {
      faults.diskFull = false;
    }
    expect(readdirSync(dir).sort()).toEqual(['.lock', `${sha256('k1')}.json`].sort());
    expect(await storage.load()).toEqual([entry('k1', 0)]);
    await storage.close?.();
  });

  it('removes temporary files a crashed writer left, and never takes one for an entry', async () => {
    const dir = tempDir();
    const first = createFileStorage(dir);
    await first.put(entry('k1', 0));
    await first.close?.();
    // A write cut short before its rename: half an entry, under a temporary name.
    const torn = `${sha256('k2')}.json.0b7d2a4e-6c55-4c3f-9d3e-8c1f2e5a7b90.tmp`;
    writeFileSync(join(dir, torn), '{"id":"k2","seq":1,"payl');
    const second = createFileStorage(dir);
    expect((await second.load()).map((e) => e.id)).toEqual(['k1']);
    expect(readdirSync(dir)).not.toContain(torn);
    await second.close?.();
  });

  it('reports a damaged entry file by name instead of skipping it', async () => {
    for (const [name, text] of [
      [`${sha256('k1')}.json`, '{"id":"k1","seq":0,"pay'],
      [`${sha256('k1')}.json`, JSON.stringify({ ...entry('k1', 0), attempts: -1 })],
      [`${sha256('other')}.json`, JSON.stringify(entry('k1', 0))],
    ] as const) {
      const dir = tempDir();
      writeFileSync(join(dir, name), text);
      const storage = createFileStorage(dir);
      const error = (await storage.load().catch((e: unknown) => e)) as OutboxStorageError;
      expect(error).toBeInstanceOf(OutboxStorageError);
      expect(error.code).toBe('outbox_storage_corrupt');
      expect(error.message).toContain(name);
      await storage.close?.();
    }
  });

  it('lets one storage hold a directory at a time, and the next one in after close', async () => {
    const dir = tempDir();
    const a = createFileStorage(dir);
    const b = createFileStorage(dir);
    const [ra, rb] = await Promise.allSettled([a.load(), b.load()]);
    const outcomes = [ra.status, rb.status].sort();
    expect(outcomes).toEqual(['fulfilled', 'rejected']);
    const loser = ra.status === 'rejected' ? ra : (rb as PromiseRejectedResult);
    expect(loser.reason).toBeInstanceOf(OutboxStorageError);
    expect((loser.reason as OutboxStorageError).code).toBe('outbox_locked');
    expect((loser.reason as OutboxStorageError).message).toContain(`pid ${process.pid}`);
    const winner = ra.status === 'fulfilled' ? a : b;
    await winner.close?.();
    const c = createFileStorage(dir);
    await expect(c.load()).resolves.toEqual([]);
    await c.close?.();
  });

  it('recovers a lock left by a dead process or unreadable, and respects one from a live process or another host', async () => {
    const dir = tempDir();
    const lock = join(dir, '.lock');
    const me = hostname();

    writeFileSync(lock, JSON.stringify({ pid: await deadPid(), hostname: me, token: 'crashed' }));
    let storage = createFileStorage(dir);
    await expect(storage.load()).resolves.toEqual([]);
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, hostname: me });
    await storage.close?.();

    writeFileSync(lock, 'not json');
    storage = createFileStorage(dir);
    await expect(storage.load()).resolves.toEqual([]);
    await storage.close?.();

    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(lock, JSON.stringify({ pid: live.pid, hostname: me, token: 'live' }));
      await expect(createFileStorage(dir).load()).rejects.toMatchObject({ code: 'outbox_locked' });
    } finally {
      live.kill('SIGKILL');
    }
    writeFileSync(lock, JSON.stringify({ pid: 1, hostname: `not-${me}`, token: 'remote' }));
    await expect(createFileStorage(dir).load()).rejects.toMatchObject({ code: 'outbox_locked' });
    // Only its owner removes a lock: a storage that never got it leaves it alone.
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ token: 'remote' });
  });

  it('backs an outbox across a restart in the same process', async () => {
    const dir = tempDir();
    const storage = createFileStorage(dir);
    const first = createOutbox<{ n: number }>({
      storage,
      autoFlush: false,
      send: async ({ n }) => {
        if (n === 2) throw new NetworkError('offline');
      },
    });
    for (let n = 0; n < 4; n++) await first.enqueue({ n });
    expect(await first.flush()).toMatchObject({ sent: 2, pending: 2 });
    await storage.close?.();
    const sent: number[] = [];
    const again = createFileStorage(dir);
    const second = createOutbox<{ n: number }>({
      storage: again,
      autoFlush: false,
      send: async ({ n }) => {
        sent.push(n);
      },
    });
    expect((await second.pending()).map((e) => [e.payload.n, e.attempts])).toEqual([
      [2, 1],
      [3, 0],
    ]);
    await second.flush();
    expect(sent).toEqual([2, 3]);
    expect(entryFiles(dir)).toEqual([]);
    await again.close?.();
  });
});

/** A real HTTP server on loopback that stores one record per Idempotency-Key, like the reference server. */
async function recordServer() {
  const records = new Map<string, string>();
  const stats = { requests: 0, duplicates: 0, mismatched: 0 };
  let hook: ((request: number, res: ServerResponse) => boolean) | undefined;
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const key = req.headers['idempotency-key'];
      if (req.method !== 'POST' || typeof key !== 'string') {
        res.writeHead(400).end();
        return;
      }
      const n = ++stats.requests;
      if (records.has(key)) {
        stats.duplicates++;
        if (records.get(key) !== body) stats.mismatched++; // a replay must carry the same submission
      } else records.set(key, body);
      if (hook?.(n, res)) return;
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    });
    res.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    records,
    stats,
    onRequest(fn: typeof hook) {
      hook = fn;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Run {
  child: ChildProcess;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

function runChild(args: string[]): Run {
  const child = spawn(
    process.execPath,
    ['--conditions=@opengov-id/source', '--import', 'tsx', CHILD, ...args],
    {
      cwd: ROOT,
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
  // Bounded in time: a child that hangs is killed, and the test then fails on its exit status.
  const guard = setTimeout(() => child.kill('SIGKILL'), 45_000);
  const exit = new Promise<Awaited<Run['exit']>>((resolve) => {
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stdout, stderr });
    });
  });
  return { child, exit };
}

const lastJson = (stdout: string): Record<string, number> =>
  JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;

describe('crash test: a file outbox killed with SIGKILL in the middle of flushing', () => {
  const TOTAL = 500;

  async function crashAndResume(killAt: number, when: 'before-answer' | 'after-answer') {
    const dir = tempDir();
    const server = await recordServer();
    try {
      let first: Run | undefined;
      server.onRequest((n, res) => {
        if (n !== killAt) return false;
        if (when === 'before-answer') {
          // The record is committed, but the child dies before it hears so: it must re-send it.
          first?.child.kill('SIGKILL');
          return true;
        }
        // The child hears the answer and is killed while it removes the entry (delete + fsync).
        res.writeHead(201).end('{}', () => first?.child.kill('SIGKILL'));
        return true;
      });
      first = runChild([dir, server.baseUrl, 'enqueue', String(TOTAL)]);
      const killed = await first.exit;
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      expect(lastJson(killed.stdout)).toEqual({ enqueued: TOTAL });

      // No torn file: whatever is left parses as a whole entry.
      const left = entryFiles(dir);
      for (const name of left) expect(() => JSON.parse(readFileSync(join(dir, name), 'utf8'))).not.toThrow();
      const sentBeforeKill = server.stats.requests;

      const second = runChild([dir, server.baseUrl, 'flush']);
      const done = await second.exit;
      expect(done.code, done.stderr).toBe(0);
      const summary = lastJson(done.stdout);

      expect(server.records.size).toBe(TOTAL);
      const numbers = [...server.records.values()].map((body) => (JSON.parse(body) as { n: number }).n);
      expect(new Set(numbers).size).toBe(TOTAL);
      expect(Math.min(...numbers)).toBe(0);
      expect(Math.max(...numbers)).toBe(TOTAL - 1);
      expect(summary).toEqual({ before: left.length, sent: left.length, left: 0 });
      expect(entryFiles(dir)).toEqual([]);
      expect(server.stats.requests).toBe(sentBeforeKill + left.length);
      expect(server.stats.mismatched).toBe(0);
      const figures = { sentBeforeKill, left: left.length, duplicates: server.stats.duplicates };
      if (process.env['OUTBOX_FIGURES'])
        console.log(JSON.stringify({ when, ...figures, requests: server.stats.requests }));
      return figures;
    } finally {
      await server.close();
    }
  }

  it('killed after the server committed record 200 but before it answered: 500 records, the replay deduplicated', async () => {
    const result = await crashAndResume(200, 'before-answer');
    // 199 answered and removed; the 200th was committed but stays in the outbox, and is re-sent once.
    expect(result).toEqual({ sentBeforeKill: 200, left: 301, duplicates: 1 });
  }, 90_000);

  it('killed just after the server answered record 350, while the entry is being removed: 500 records', async () => {
    const result = await crashAndResume(350, 'after-answer');
    expect(result.sentBeforeKill).toBe(350);
    // Either the removal reached the disk before the kill (nothing to replay) or it did not (one replay).
    expect(result.left === 150 || result.left === 151).toBe(true);
    expect(result.duplicates).toBe(result.left - 150);
  }, 90_000);
});
