// The app's service worker, compiled by ./plugin.ts into dist/sw.js with the build's file list.
// The page and its hashed assets (the WHO tables included) come from one versioned cache;
// everything else, the API above all, goes to the network untouched and is never stored.

/** Paths relative to the scope: `./` (the page) and every file the built app can load. */
declare const __PRECACHE__: readonly string[];
/** A hash of those files' names and contents: a new build, a new cache. */
declare const __VERSION__: string;

// The worker's own types, written out here: the DOM lib the repository compiles with lacks them,
// and the WebWorker lib cannot be loaded beside it.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface WorkerScope {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const PREFIX = 'posyandu-weighing-';
const CACHE = PREFIX + __VERSION__;
const scope = new URL(worker.registration.scope);
const precached = new Set(__PRECACHE__.map((path) => new URL(path, scope).href));

worker.addEventListener('install', (event) => {
  // All or nothing (addAll rejects on any failed file): a half-filled cache never becomes active,
  // and is removed. `no-cache` revalidates with the server, so no stale page comes from the HTTP cache.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([...precached].map((url) => new Request(url, { cache: 'no-cache' }))))
      .catch((error: unknown) =>
        caches.delete(CACHE).then(() => {
          throw error;
        }),
      ),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))),
      )
      // The first install takes the open page at once, so it works offline without a reload.
      .then(() => worker.clients.claim()),
  );
});

// A new version waits until the page says the kader agreed (the update button).
worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'skip-waiting')
    event.waitUntil(worker.skipWaiting());
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // The page under any query (`?api=…`); otherwise only the exact precached files.
  const key =
    request.mode === 'navigate'
      ? url.origin === scope.origin &&
        (url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`)
        ? scope.href
        : undefined
      : precached.has(url.href)
        ? url.href
        : undefined;
  // Not ours (the API, other origins, other paths): no respondWith, so the browser's own network
  // request, and nothing is written to any cache.
  if (key === undefined) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((hit) => hit ?? fetch(request)),
  );
});
