// Serves the built app (dist/) on a free loopback port, as any static host would.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export interface StaticServer {
  readonly url: string;
  /**
   * Serves `body` at `path` instead of the file (a new deploy of one file), `null` answers 404
   * (a file missing from a deploy), `undefined` undoes it.
   */
  override(path: string, body: string | null | undefined): void;
  close(): Promise<void>;
}

export async function serveStatic(dir: string): Promise<StaticServer> {
  const overrides = new Map<string, string | null>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const replaced = overrides.get(path);
    if (replaced === null) {
      res.writeHead(404).end();
      return;
    }
    if (replaced !== undefined) {
      res
        .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
        .end(replaced);
      return;
    }
    const file = normalize(join(dir, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    override: (path, body) => {
      if (body === undefined) overrides.delete(path);
      else overrides.set(path, body);
    },
    // Idempotent: a test may take the host away before its cleanup closes it.
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
