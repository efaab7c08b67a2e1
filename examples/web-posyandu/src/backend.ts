// The API the app talks to in the test and under `npm run dev`: the repository's reference server
// (examples/reference-server) on a fresh in-memory SQLite database with its sample data, and the
// sample kader's token, which reaches one posyandu (Posyandu Melati, CONTOH).
import { resolveToken } from '../../reference-server/src/auth.js';
import { POSYANDU_COLLECTIONS } from '../../reference-server/src/modules/posyandu.js';
import { type ReferenceServer, startReferenceServer } from '../../reference-server/src/server.js';

export interface Backend {
  readonly server: ReferenceServer;
  /** The posyandu API's base URL: `<server>/posyandu/v1`. */
  readonly apiUrl: string;
  /** The sample kader's token (SAMPLE, valid only on this server). */
  readonly kaderToken: string;
  /** How many visits (weighings) the server stores. */
  visits(): Promise<number>;
  /**
   * The answer the server remembered for the kader's `Idempotency-Key` on createVisit: set once,
   * when the key first created a visit; a resend with the key is answered from it.
   */
  rememberedVisit(idempotencyKey: string): Promise<{ status: number; body: unknown } | undefined>;
  close(): Promise<void>;
}

/** Starts the seeded reference server; `origins` are the app's origins allowed by CORS. */
export async function startBackend(options: { origins?: readonly string[] } = {}): Promise<Backend> {
  const server = await startReferenceServer({
    seed: true,
    ...(options.origins ? { cors: { origins: options.origins } } : {}),
  });
  const kaderToken = server.tokens?.kader;
  if (kaderToken === undefined) throw new Error('the seeded server gave no kader token');
  const kader = await resolveToken(server.store, kaderToken);
  if (kader?.tokenId === undefined) throw new Error('the kader token does not resolve');
  const scope = kader.tokenId; // idempotency keys are remembered per caller
  return {
    server,
    apiUrl: `${server.url}/posyandu/v1`,
    kaderToken,
    visits: () => server.store.transaction((tx) => tx.count(POSYANDU_COLLECTIONS.visits)),
    rememberedVisit: (key) =>
      server.store.transaction((tx) => tx.recall(scope, `posyandu.createVisit:${key}`)),
    close: () => server.close(),
  };
}
