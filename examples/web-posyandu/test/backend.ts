// The backend the browser test (and `npm run dev`) talks to. For now: posyandu's in-memory API from
// its testing kit, answered through msw's getResponse on a real loopback HTTP server, with CORS for
// the app's loopback origin. Swap this one file to start another server; nothing else depends on how.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInMemoryPosyanduApi, createPosyanduMswHandlers } from '@opengov-id/posyandu/testing';
import { getResponse } from 'msw';
import { SAMPLE_CHILDREN, SAMPLE_HOUSEHOLD_ID, SAMPLE_POSYANDU } from '../src/app/sample.js';

export interface Backend {
  /** The posyandu API's base URL, e.g. `http://127.0.0.1:41234/api/v1`. */
  readonly url: string;
  /** How many visits (weighings) the backend holds. */
  records(): Promise<number>;
  close(): Promise<void>;
}

const LOOPBACK_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/;

function corsHeaders(req: IncomingMessage): Record<string, string> {
  const origin = req.headers.origin;
  if (origin === undefined || !LOOPBACK_ORIGIN.test(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
    'access-control-allow-headers':
      req.headers['access-control-request-headers'] ?? 'content-type, idempotency-key',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

async function toFetchRequest(req: IncomingMessage, base: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  return new Request(new URL(req.url ?? '/', base), {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
  });
}

async function reply(res: ServerResponse, response: Response, cors: Record<string, string>): Promise<void> {
  const headers: Record<string, string> = { ...cors };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

export async function startBackend(): Promise<Backend> {
  const api = createInMemoryPosyanduApi({ posyandu: [SAMPLE_POSYANDU] });
  api.store.households.set(SAMPLE_HOUSEHOLD_ID, {
    id: SAMPLE_HOUSEHOLD_ID,
    posyanduId: SAMPLE_POSYANDU.id,
    dusun: SAMPLE_POSYANDU.dusun,
    createdAt: '2024-01-08T09:00:00+08:00',
  });
  for (const { history: _, ...person } of SAMPLE_CHILDREN) api.store.people.set(person.id, person);

  let handlers: ReturnType<typeof createPosyanduMswHandlers> = [];
  const server = createServer((req, res) => {
    const cors = corsHeaders(req);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors).end();
      return;
    }
    toFetchRequest(req, url)
      .then((request) => getResponse(handlers, request))
      .then((response) => reply(res, response ?? Response.json({ code: 'not_found' }, { status: 404 }), cors))
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain', ...cors }).end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  handlers = createPosyanduMswHandlers(api.implementation, { baseUrl: url });

  return {
    url,
    records: async () => api.store.visits.size,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
