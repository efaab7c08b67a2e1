import { type CareClient, createCareClient } from '@opengov-id/care';
import { bypass } from 'msw';
import type { ServerModule } from '../src/module.js';
import { type ReferenceServer, type ReferenceServerOptions, startReferenceServer } from '../src/server.js';
import type { Store, StoreTx } from '../src/store/types.js';
import type { EngineUnderTest } from './engines.js';

/** The pinned clock: Monday 2 March 2026, 09:00 WITA. */
export const NOW = new Date('2026-03-02T01:00:00Z');

const WRITES = new Set(['insert', 'update', 'nextSequence', 'remember']);

/** A store that counts every write its transactions make (for "a refusal changes nothing"). */
export function countingStore(inner: Store): Store & { writes(): number } {
  let writes = 0;
  return {
    engine: inner.engine,
    migrations: () => inner.migrations(),
    close: () => inner.close(),
    writes: () => writes,
    transaction: (work) =>
      inner.transaction((tx) =>
        work(
          new Proxy(tx, {
            get(target, key, receiver) {
              const value = Reflect.get(target, key, receiver) as unknown;
              if (typeof key !== 'string' || typeof value !== 'function') return value;
              if (!WRITES.has(key)) return (value as (...a: unknown[]) => unknown).bind(target);
              return (...args: unknown[]) => {
                writes += 1;
                return (value as (...a: unknown[]) => unknown).apply(target, args);
              };
            },
          }) as StoreTx,
        ),
      ),
  };
}

/** A running, seeded server on a fresh store of `engine`, and what tests need around it. */
export interface TestServer extends ReferenceServer {
  readonly store: Store & { writes(): number };
  readonly tokens: NonNullable<ReferenceServer['tokens']>;
  /** Every line the server logged. */
  readonly logs: Record<string, unknown>[];
  /** The body of every error answer (4xx, 5xx) any client of this server received. */
  readonly errorBodies: string[];
  /** The care client, as a role (`public` has no token). */
  care(role?: keyof NonNullable<ReferenceServer['tokens']> | 'public'): CareClient;
  /**
   * Options for core's HTTP client (and the clients built on it) at `basePath` of this server,
   * as a role, through the recording fetch: `createForumClient(createHttpClient(server.http('/forum/v1', 'officer')))`.
   */
  http(
    basePath: string,
    role?: keyof NonNullable<ReferenceServer['tokens']> | 'public',
  ): { baseUrl: string; maxRetries: 0; fetch: typeof fetch; token?: string };
  /** The fetch every client of this server goes through (past msw, to the real socket). */
  readonly recordingFetch: typeof fetch;
  /** A raw fetch against the server, with a role's token. */
  fetch(
    path: string,
    init?: RequestInit & { role?: keyof NonNullable<ReferenceServer['tokens']> | 'public' },
  ): Promise<Response>;
}

export async function startTestServer(
  engine: EngineUnderTest,
  options: Partial<ReferenceServerOptions> & { modules?: readonly ServerModule[] } = {},
): Promise<TestServer> {
  const store = countingStore(await engine.create());
  const logs: Record<string, unknown>[] = [];
  const server = await startReferenceServer({
    store,
    seed: true,
    now: () => NOW,
    rateLimit: { requestsPerMinute: 1_000_000 },
    log: (entry) => logs.push(entry),
    ...options,
  });
  const tokens = server.tokens;
  if (!tokens) throw new Error('seeded server without tokens');
  const errorBodies: string[] = [];
  const recording: typeof fetch = async (input, init) => {
    // Past the shared msw setup (which refuses unhandled requests), to the real socket.
    const response = await fetch(bypass(input instanceof Request ? input : String(input), init));
    if (response.status >= 400) errorBodies.push(await response.clone().text());
    return response;
  };
  return {
    ...server,
    store,
    tokens,
    logs,
    errorBodies,
    async close() {
      await server.close();
      await store.close();
    },
    care: (role = 'public') =>
      createCareClient({
        baseUrl: `${server.url}/care/v1`,
        maxRetries: 0,
        fetch: recording,
        ...(role === 'public' ? {} : { token: tokens[role] }),
      }),
    recordingFetch: recording,
    http: (basePath, role = 'public') => ({
      baseUrl: `${server.url}${basePath}`,
      maxRetries: 0,
      fetch: recording,
      ...(role === 'public' ? {} : { token: tokens[role] }),
    }),
    fetch: (path, init = {}) => {
      const { role = 'public', ...rest } = init;
      const headers = new Headers(rest.headers);
      if (role !== 'public') headers.set('authorization', `Bearer ${tokens[role]}`);
      if (rest.body !== undefined && !headers.has('content-type'))
        headers.set('content-type', 'application/json');
      return recording(`${server.url}${path}`, { ...rest, headers });
    },
  };
}

/** A valid new report (care's NewReport). */
export const newReport = (overrides: Record<string, unknown> = {}) => ({
  type: 'layanan_publik' as const,
  classification: 'pengaduan' as const,
  channel: 'app' as const,
  title: 'Jembatan desa retak',
  description: 'Jembatan penghubung dusun retak di tengah, berbahaya untuk motor.',
  category: 'infrastruktur',
  location: { regionCode: '52.07.02', address: 'Dusun Contoh, Taliwang' },
  ...overrides,
});

// Patterns of what must never be in an error answer.
const NIK_LIKE = /(?<!\d)\d{16}(?!\d)/;
const PHONE_LIKE = /(?:\+62|\b0)8\d{7,11}\b/;
const EMAIL_LIKE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const STACK_FRAME = /\bat \S+ \(|\bat (?:file|node):|\.ts:\d+:\d+/;
const TOKEN_LIKE = /ogp_[0-9a-f]{16,}/;

/** What, if anything, an error body leaks: personal data, a stack frame, a token, or a secret given. */
export function leaks(text: string, secrets: readonly string[] = []): string[] {
  const found: string[] = [];
  if (NIK_LIKE.test(text)) found.push('nik');
  if (PHONE_LIKE.test(text)) found.push('phone');
  if (EMAIL_LIKE.test(text)) found.push('email');
  if (STACK_FRAME.test(text)) found.push('stack');
  if (TOKEN_LIKE.test(text)) found.push('token');
  for (const secret of secrets)
    if (secret && text.includes(secret)) found.push(`secret:${secret.slice(0, 4)}…`);
  return found;
}
