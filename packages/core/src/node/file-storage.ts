import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isOpenGovError } from '../errors/errors.js';
import { OutboxStorageError } from '../outbox/errors.js';
import { checkEntry, corrupt } from '../outbox/record.js';
import type { OutboxEntry, OutboxStorage } from '../outbox/types.js';
import { acquireLock } from './lock.js';

const ENTRY = /^[0-9a-f]{64}\.json$/;
const TEMP = /^[0-9a-f]{64}\.json\.[0-9a-f-]+\.tmp$/;

/** An entry's file name: a hash of its id, since an idempotency key may hold `/` or `..`. */
const fileName = (id: string): string => `${createHash('sha256').update(id).digest('hex')}.json`;

/** Makes a rename or unlink in `dir` durable: POSIX only promises that after an fsync of the directory. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return; // NTFS journals renames; a directory cannot be opened there
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * An outbox storage on the file system, for Node: a directory with one JSON file per entry.
 *
 * **Atomic writes.** Every `put` writes the entry to a temporary file in the same directory,
 * `fsync`s it, renames it over the entry's file and `fsync`s the directory; every `delete`
 * unlinks and `fsync`s the directory. A rename within a directory is atomic, so a crash at any
 * instant leaves either the old file or the new one, never a torn one, and a change is on disk
 * when its promise resolves. Temporary files a crash left behind are removed on the next open.
 *
 * **One file per entry, not a journal.** A change touches only its own file (no append log to
 * compact, no torn tail to repair), a corrupt file can be named and concerns one entry, and the
 * cost (one small file per pending submission) is small for an outbox. File names are the
 * SHA-256 of the id, so any idempotency key is a safe name. Files are created with mode 0600:
 * entries may hold personal data.
 *
 * **Several processes.** The directory is locked (`.lock`, holding pid, host name and a random
 * token) on first use and released by `close()`. A second process (or a second storage in the
 * same process) gets an {@link OutboxStorageError} with code `outbox_locked` while the holder
 * runs. A lock left by a process that died (SIGKILL, power cut) is recovered automatically when
 * that process is gone on this host. A lock taken on another host is never assumed stale: on a
 * network file system shared between machines, delete `.lock` by hand after a crash there. The
 * file system must support hard links (ext4, APFS, NTFS, XFS, btrfs do).
 *
 * @param directory - The outbox's directory; created (mode 0700) when missing.
 *
 * @example
 * ```ts
 * import { createHttpClient, createOutbox } from '@opengov-id/core';
 * import { createFileStorage } from '@opengov-id/core/node';
 *
 * const storage = createFileStorage('./data/outbox');
 * const http = createHttpClient({ baseUrl: 'https://posyandu.ksb.go.id/api/v1/' });
 * const outbox = createOutbox({
 *   storage,
 *   send: (visit, { idempotencyKey, signal }) =>
 *     http.request({ method: 'POST', path: 'visits', json: visit, idempotencyKey, signal }),
 * });
 * await outbox.enqueue({ childId: 'a-17', weightKg: 9.4 });
 * await outbox.flush();
 * await storage.close?.(); // releases the lock
 * ```
 */
export function createFileStorage(directory: string): OutboxStorage {
  if (typeof directory !== 'string' || directory === '') {
    throw new OutboxStorageError('outbox_storage_failed', {
      id: 'Argumen `directory` harus path yang tidak kosong.',
      en: 'Argument `directory` must be a non-empty path.',
    });
  }
  const dir = resolve(directory);
  let opened: Promise<() => Promise<void>> | undefined;
  let closed = false;

  // Node's own errors name the file; wrapped, they keep the cause for debugging and a clear code.
  const guard = async <R>(work: () => Promise<R>): Promise<R> => {
    try {
      return await work();
    } catch (error) {
      if (isOpenGovError(error)) throw error;
      throw new OutboxStorageError(
        'outbox_storage_failed',
        { id: 'Outbox berkas gagal membaca atau menulis.', en: 'The file outbox failed to read or write.' },
        { cause: error },
      );
    }
  };

  function ready(): Promise<() => Promise<void>> {
    if (closed) {
      return Promise.reject(
        new OutboxStorageError('outbox_storage_closed', {
          id: 'Penyimpanan outbox sudah ditutup.',
          en: 'The outbox storage is closed.',
        }),
      );
    }
    opened ??= guard(async () => {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await syncDirectory(dirname(dir));
      const release = await acquireLock(dir);
      // Left by a writer that died between its write and its rename; we now hold the lock.
      for (const name of await readdir(dir)) {
        if (TEMP.test(name)) await unlink(join(dir, name)).catch(() => undefined);
      }
      return release;
    }).catch((error) => {
      opened = undefined;
      throw error;
    });
    return opened;
  }

  return {
    async load(): Promise<OutboxEntry[]> {
      await ready();
      return guard(async () => {
        const entries: OutboxEntry[] = [];
        for (const name of (await readdir(dir)).filter((n) => ENTRY.test(n)).sort()) {
          let value: unknown;
          try {
            value = JSON.parse(await readFile(join(dir, name), 'utf8'));
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
            throw corrupt(name);
          }
          const entry = checkEntry(value, name);
          if (fileName(entry.id) !== name) throw corrupt(name);
          entries.push(entry);
        }
        return entries;
      });
    },

    async put(entry: OutboxEntry): Promise<void> {
      await ready();
      const file = join(dir, fileName(entry.id));
      const temp = `${file}.${randomUUID()}.tmp`;
      await guard(async () => {
        try {
          const handle = await open(temp, 'wx', 0o600);
          try {
            await handle.writeFile(JSON.stringify(entry));
            await handle.sync();
          } finally {
            await handle.close();
          }
          await rename(temp, file);
        } catch (error) {
          await unlink(temp).catch(() => undefined);
          throw error;
        }
        await syncDirectory(dir);
      });
    },

    async delete(id: string): Promise<void> {
      await ready();
      await guard(async () => {
        try {
          await unlink(join(dir, fileName(id)));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        }
        await syncDirectory(dir);
      });
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      const release = await opened?.catch(() => undefined);
      await release?.().catch(() => undefined);
    },
  };
}
