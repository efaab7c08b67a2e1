import { randomUUID } from 'node:crypto';
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { OutboxStorageError } from '../outbox/errors.js';

interface LockHolder {
  pid: number;
  hostname: string;
  token: string;
}

const code = (error: unknown): unknown => (error as NodeJS.ErrnoException | null)?.code;

async function read(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (code(error) === 'ENOENT') return undefined;
    throw error;
  }
}

function parse(text: string): Partial<LockHolder> {
  try {
    return Object(JSON.parse(text)) as Partial<LockHolder>;
  } catch {
    return {};
  }
}

/** Whether the holder may still be running. A lock from another host cannot be checked: it counts as held. */
function alive(holder: Partial<LockHolder>): boolean {
  if (holder.hostname !== hostname()) return typeof holder.hostname === 'string';
  if (holder.pid === process.pid) return true;
  if (!Number.isSafeInteger(holder.pid) || (holder.pid as number) <= 0) return false;
  try {
    process.kill(holder.pid as number, 0);
    return true;
  } catch (error) {
    return code(error) === 'EPERM'; // running, under another user
  }
}

function locked(holder: Partial<LockHolder>): OutboxStorageError {
  const who = Number.isSafeInteger(holder.pid) ? ` (pid ${holder.pid})` : '';
  return new OutboxStorageError('outbox_locked', {
    id: `Outbox berkas sedang dipakai proses lain${who}.`,
    en: `The file outbox is in use by another process${who}.`,
  });
}

/**
 * Takes `<dir>/.lock` for this process and resolves with its release function.
 *
 * The lock file is written whole under a temporary name and hard-linked into place, so it exists
 * complete or not at all, and of two processes only one link succeeds. A lock whose process is
 * gone (same host, `kill(pid, 0)` says ESRCH) is stale: it is renamed aside (again, one winner),
 * checked to be the same stale lock, and deleted; a fresh lock moved aside by mistake is linked
 * back.
 */
export async function acquireLock(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, '.lock');
  const mine: LockHolder = { pid: process.pid, hostname: hostname(), token: randomUUID() };
  const text = JSON.stringify(mine);
  let holder: Partial<LockHolder> = {};
  for (let round = 0; round < 5; round++) {
    const temp = join(dir, `.lock.${mine.token}.tmp`);
    await writeFile(temp, text, { mode: 0o600 });
    try {
      await link(temp, path);
      return async () => {
        if ((await read(path)) === text) await unlink(path);
      };
    } catch (error) {
      if (code(error) !== 'EEXIST') throw error;
    } finally {
      await unlink(temp).catch(() => undefined);
    }
    const seen = await read(path);
    if (seen === undefined) continue;
    holder = parse(seen);
    if (alive(holder)) throw locked(holder);
    const aside = join(dir, `.lock.${mine.token}.stale`);
    try {
      await rename(path, aside);
    } catch (error) {
      if (code(error) === 'ENOENT') continue; // another process broke it first
      throw error;
    }
    if ((await read(aside)) !== seen) await link(aside, path).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
  }
  throw locked(holder);
}
