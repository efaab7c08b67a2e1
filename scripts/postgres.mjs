#!/usr/bin/env node
// A throwaway PostgreSQL for tests and benchmarks when DATABASE_URL is not set: finds the
// server binaries, initialises a cluster in a temp dir on a free loopback port, starts it, and
// stops and removes it at the end (normal exit, failure, SIGINT/SIGTERM). Never touches an
// installed cluster.
//
//   node scripts/postgres.mjs                  start one, print DATABASE_URL, stop on Ctrl-C
//   node scripts/postgres.mjs -- <command...>  run the command with DATABASE_URL set, then stop
//   PG_BINDIR=/usr/lib/postgresql/16/bin ...    use that installation only
//
// The reference server's vitest globalSetup uses startPostgres() the same way.
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const INSTALL_HINT =
  'Install PostgreSQL (Debian/Ubuntu: `apt-get install postgresql`; macOS: `brew install postgresql`) ' +
  'or set DATABASE_URL=postgres://user:password@host:5432/database.';

/** PostgreSQL cannot be started here; the message says why and how to fix it. */
export class PostgresUnavailableError extends Error {
  name = 'PostgresUnavailableError';
}

const SERVER_BINARIES = ['initdb', 'pg_ctl', 'postgres'];
const hasServer = (dir) => SERVER_BINARIES.every((bin) => existsSync(join(dir, bin)));

/** The directory holding initdb, pg_ctl and postgres, or undefined when none is installed. */
export function findPostgresBin() {
  // PG_BINDIR picks one installation (a version) and nothing else.
  if (process.env.PG_BINDIR) return hasServer(process.env.PG_BINDIR) ? process.env.PG_BINDIR : undefined;
  const candidates = [];
  const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (config.status === 0) candidates.push(config.stdout.trim());
  // Debian keeps server binaries out of PATH, one folder per major version: newest first.
  try {
    const versions = readdirSync('/usr/lib/postgresql')
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(join('/usr/lib/postgresql', v, 'bin'));
  } catch {
    // Not Debian-like.
  }
  candidates.push(...(process.env.PATH ?? '').split(delimiter).filter(Boolean));
  return candidates.find(hasServer);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const quote = (arg) => `'${String(arg).replaceAll("'", `'\\''`)}'`;

/** Runs a server binary, as the `postgres` system user when we are root (initdb refuses root). */
function runAs(user, bin, args, cwd) {
  if (user === undefined) return spawnSync(bin, args, { cwd, encoding: 'utf8' });
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find(existsSync);
  if (runuser) return spawnSync(runuser, ['-u', user, '--', bin, ...args], { cwd, encoding: 'utf8' });
  return spawnSync('su', [user, '-s', '/bin/sh', '-c', [bin, ...args].map(quote).join(' ')], {
    cwd,
    encoding: 'utf8',
  });
}

function systemUser(name) {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${name}:`));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

const tail = (text, lines = 15) => (text ?? '').trim().split('\n').slice(-lines).join('\n');

/**
 * Starts a throwaway cluster. Resolves to `{ url, stop }`; `stop()` is synchronous and safe to
 * call twice. Throws PostgresUnavailableError when no server is installed or it will not start.
 */
export async function startPostgres({ quiet = false } = {}) {
  const bin = findPostgresBin();
  if (!bin) {
    throw new PostgresUnavailableError(
      `PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found and DATABASE_URL is not set. ${INSTALL_HINT}`,
    );
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  let user;
  let owner;
  if (root) {
    owner = systemUser('postgres');
    if (!owner) {
      throw new PostgresUnavailableError(
        `Running as root, and initdb refuses root, but there is no \`postgres\` system user to run it as. ${INSTALL_HINT}`,
      );
    }
    user = 'postgres';
  }
  // /tmp when root: a root-only TMPDIR would not be reachable by the postgres user.
  const dir = mkdtempSync(join(root ? '/tmp' : tmpdir(), 'ogp-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  let running = false;
  let stopped = false;

  // Stops the cluster and removes its files if this process dies without running `stop`
  // (SIGKILL, a crash): a detached shell polling for us, independent of our event loop.
  const watchdog = spawn(
    'sh',
    [
      '-c',
      `while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done
       pid=$(head -n 1 ${quote(join(data, 'postmaster.pid'))} 2>/dev/null)
       if [ -n "$pid" ]; then
         kill -QUIT "$pid" 2>/dev/null
         for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
       fi
       rm -rf ${quote(dir)}`,
    ],
    { detached: true, stdio: 'ignore' },
  );
  watchdog.unref();

  const stop = () => {
    if (stopped) return;
    stopped = true;
    watchdog.kill();
    if (running) runAs(user, join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], dir);
    rmSync(dir, { recursive: true, force: true });
    process.off('exit', stop);
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  const onSignal = (signal) => {
    stop();
    // Re-raise so the process ends as it would have without us, unless someone else handles it.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on('exit', stop);
  for (const signal of SIGNALS) process.on(signal, onSignal);

  try {
    const init = runAs(
      user,
      join(bin, 'initdb'),
      ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync'],
      dir,
    );
    if (init.status !== 0) {
      throw new PostgresUnavailableError(`initdb failed:\n${tail(init.stderr || init.stdout)}`);
    }
    const port = await freePort();
    // A test cluster: loopback only, its own socket dir, and durability traded for speed
    // (comparable to the SQLite engine's WAL with synchronous=NORMAL).
    appendFileSync(
      join(data, 'postgresql.conf'),
      [
        '',
        `port = ${port}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        'max_connections = 200',
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        '',
      ].join('\n'),
    );
    const start = runAs(user, join(bin, 'pg_ctl'), ['-D', data, '-l', log, '-w', '-t', '60', 'start'], dir);
    running = true;
    if (start.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
      throw new PostgresUnavailableError(
        `PostgreSQL did not start:\n${tail(start.stderr || start.stdout)}\n${tail(serverLog)}`,
      );
    }
    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    if (!quiet) console.error(`postgres: throwaway cluster ${bin} on 127.0.0.1:${port} (${dir})`);
    return { url, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];

async function main(argv) {
  const split = argv.indexOf('--');
  const command = split === -1 ? [] : argv.slice(split + 1);
  if (process.env.DATABASE_URL && command.length > 0) {
    const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
    process.exit(result.status ?? 1);
  }
  let pg;
  try {
    pg = await startPostgres();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  if (command.length === 0) {
    console.log(`DATABASE_URL=${pg.url}`);
    console.error('postgres: running; Ctrl-C stops it and removes its files.');
    setInterval(() => undefined, 1 << 30);
    return;
  }
  // Asynchronous, so our signal handlers run while the command runs.
  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: pg.url },
  });
  child.on('error', (error) => {
    console.error(error.message);
    pg.stop();
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    pg.stop();
    process.exit(code ?? (signal ? 128 : 1));
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
