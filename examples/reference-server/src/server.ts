import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from './app.js';
import { createToken, type NewToken } from './auth.js';
import type { ServerModule } from './module.js';
import { careModule } from './modules/care.js';
import { ckanModule, dataJsonModule } from './modules/catalogue/index.js';
import { forumModule } from './modules/forum.js';
import { posyanduModule } from './modules/posyandu.js';
import { SAMPLE_ORGANIZATIONS } from './sample.js';
import { createStore } from './store/index.js';
import type { Store } from './store/types.js';

/** The modules mounted when none are given. */
export const DEFAULT_MODULES: readonly ServerModule[] = [
  careModule as unknown as ServerModule,
  posyanduModule as unknown as ServerModule,
  forumModule as unknown as ServerModule,
  ckanModule as unknown as ServerModule,
  dataJsonModule as unknown as ServerModule,
];

/** The sample tokens a seeded server hands out, one per role (two officers of different OPDs). */
export type SampleTokens = Record<
  'reporter' | 'officer' | 'otherOfficer' | 'kader' | 'puskesmas' | 'walidata' | 'admin',
  string
>;

/** Options of {@link startReferenceServer}. */
export interface ReferenceServerOptions
  extends Partial<Pick<AppOptions, 'cors' | 'rateLimit' | 'bodyLimitBytes' | 'log'>> {
  /** @defaultValue 0 (a free port) */
  readonly port?: number;
  /** @defaultValue '127.0.0.1' (loopback only) */
  readonly host?: string;
  /** A store to serve; closed by `close()` only when the server opened it. */
  readonly store?: Store;
  /**
   * When no `store` is given: a PostgreSQL URL (`postgres://…`), a SQLite file path, or
   * `:memory:`. @defaultValue ':memory:'
   */
  readonly database?: string;
  /** Adds sample tokens and every module's sample records. @defaultValue false */
  readonly seed?: boolean;
  readonly now?: () => Date;
  /** @defaultValue {@link DEFAULT_MODULES} */
  readonly modules?: readonly ServerModule[];
}

/** A running reference server. */
export interface ReferenceServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly store: Store;
  /** The sample tokens, when seeded. */
  readonly tokens: SampleTokens | undefined;
  /** Stops accepting connections, waits for the open ones, and closes a store it opened. */
  close(): Promise<void>;
}

/** The sample posyandu whose kader holds the sample `kader` token (see modules/posyandu-seed.ts). */
const KADER_POSYANDU = 'psy-contoh-melati';

const SAMPLE_TOKENS: Record<keyof SampleTokens, NewToken> = {
  reporter: { role: 'reporter', name: 'Pelapor Contoh' },
  officer: {
    role: 'officer',
    organizationId: SAMPLE_ORGANIZATIONS.pupr.organizationId,
    name: `Petugas ${SAMPLE_ORGANIZATIONS.pupr.organizationName}`,
  },
  otherOfficer: {
    role: 'officer',
    organizationId: SAMPLE_ORGANIZATIONS.dikbud.organizationId,
    name: `Petugas ${SAMPLE_ORGANIZATIONS.dikbud.organizationName}`,
  },
  // A kader reaches the records of their own posyandu (the token's organization is the posyandu).
  kader: { role: 'reporter', organizationId: KADER_POSYANDU, name: 'Kader Contoh' },
  puskesmas: {
    role: 'officer',
    organizationId: 'puskesmas-taliwang',
    name: 'Petugas Puskesmas Taliwang (CONTOH)',
  },
  walidata: { role: 'walidata', name: 'Walidata Contoh' },
  admin: { role: 'admin', name: 'Admin Contoh' },
};

/** Adds the sample tokens and every module's sample records, in one transaction. */
export async function seedStore(
  store: Store,
  modules: readonly ServerModule[],
  now: Date = new Date(),
): Promise<SampleTokens> {
  return store.transaction(async (tx) => {
    const tokens = {} as SampleTokens;
    for (const [key, token] of Object.entries(SAMPLE_TOKENS) as Array<[keyof SampleTokens, NewToken]>)
      tokens[key] = await createToken(tx, token);
    for (const module of modules) await module.seed?.(tx, now);
    return tokens;
  });
}

/**
 * Starts the reference server on `host:port` (a free loopback port by default) over a store:
 * the one given, or a SQLite database (a file path, or `:memory:`) with its migrations applied.
 */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
  const ownsStore = options.store === undefined;
  const store = options.store ?? (await createStore(options.database ?? ':memory:'));
  const modules = options.modules ?? DEFAULT_MODULES;
  const now = options.now;
  try {
    const tokens = options.seed ? await seedStore(store, modules, now ? now() : new Date()) : undefined;
    const app = createApp({
      store,
      modules,
      ...(now ? { now } : {}),
      ...(options.cors ? { cors: options.cors } : {}),
      ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
      ...(options.bodyLimitBytes === undefined ? {} : { bodyLimitBytes: options.bodyLimitBytes }),
      ...(options.log ? { log: options.log } : {}),
    });
    const host = options.host ?? '127.0.0.1';
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => resolve(s));
      s.once('error', reject);
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    let closing: Promise<void> | undefined;
    return {
      url,
      store,
      tokens,
      close() {
        closing ??= (async () => {
          await new Promise<void>((resolve, reject) => {
            server.close((error) => (error ? reject(error) : resolve()));
            // Idle keep-alive connections would hold close() open; active ones finish first.
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          });
          if (ownsStore) await store.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    if (ownsStore) await store.close();
    throw error;
  }
}
