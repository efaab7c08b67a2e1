/// <reference types="vite/client" />
// Registers the service worker (dist/sw.js) and tells the kader whether the app can be opened
// without signal, and when a new version waits; it takes over only when the kader agrees.

type OfflineState = 'installing' | 'ready' | 'update' | 'failed' | 'unavailable';

const TEXT: Record<OfflineState, string> = {
  installing:
    'Menyiapkan aplikasi agar bisa dibuka tanpa sinyal… <span class="en" lang="en">getting ready to work offline</span>',
  ready: 'Siap dipakai tanpa sinyal <span class="en" lang="en">ready to work offline</span>',
  update:
    'Versi baru tersedia <span class="en" lang="en">a new version is waiting</span> <button type="button">Pakai versi baru <span class="en" lang="en">use the new version</span></button>',
  failed:
    'Belum siap dipakai tanpa sinyal; buka lagi saat ada sinyal <span class="en" lang="en">not ready to work offline yet: open it again online</span>',
  unavailable:
    'Tanpa sinyal aplikasi ini tidak bisa dibuka di sini (perlu HTTPS) <span class="en" lang="en">cannot work offline here: needs HTTPS</span>',
};

/** Shows the offline state in `line` (its `data-state` too) from the service worker's registration. */
export function registerServiceWorker(line: HTMLElement): void {
  // The dev server serves sources, not the build the worker precaches.
  if (!import.meta.env.PROD) return;
  const show = (state: OfflineState): void => {
    line.dataset['state'] = state;
    line.innerHTML = TEXT[state];
    line.hidden = false;
  };
  // Service workers need a secure context (HTTPS, or localhost while testing).
  if (!isSecureContext || !('serviceWorker' in navigator)) {
    show('unavailable');
    return;
  }
  const workers = navigator.serviceWorker;
  let agreed = false;
  // The new version controls the page only after the kader chose it: load the page it belongs to.
  workers.addEventListener('controllerchange', () => {
    if (agreed) location.reload();
  });
  workers.register(`${import.meta.env.BASE_URL}sw.js`).then(
    (registration) => {
      // An install that failed (a file did not load) leaves no worker at all: the next start retries.
      const refresh = (): void =>
        show(
          registration.waiting && workers.controller
            ? 'update'
            : registration.active
              ? 'ready'
              : registration.installing || registration.waiting
                ? 'installing'
                : 'failed',
        );
      const watch = (worker: ServiceWorker | null): void => worker?.addEventListener('statechange', refresh);
      watch(registration.installing);
      watch(registration.waiting);
      registration.addEventListener('updatefound', () => {
        watch(registration.installing);
        refresh();
      });
      line.addEventListener('click', (event) => {
        if (!(event.target as Element).closest('button')) return;
        agreed = true;
        registration.waiting?.postMessage({ type: 'skip-waiting' });
      });
      // A page left open all day looks for a new version whenever the signal returns.
      addEventListener('online', () => void registration.update().catch(() => undefined));
      refresh();
    },
    () => show('failed'),
  );
}
