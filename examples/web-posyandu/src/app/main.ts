// The kader's weighing page: score and chart at once from tables loaded while online, the visit
// kept in an IndexedDB outbox and sent with its idempotency key whenever the connection is back.
import {
  createIndexedDbStorage,
  createOutbox,
  isOpenGovError,
  today,
  ValidationError,
} from '@opengov-id/core';
import { createFieldRecord, type GrowthTables, loadGrowthTables } from '@opengov-id/posyandu';
import { createPosyanduClient, type NewVisit } from '@opengov-id/posyandu/contract';
import { registerServiceWorker } from './offline.js';
import { loadRegister, type Register, saveRegister, savedRegister } from './register.js';
import { assessWeighing, WEIGHING_TABLES, type WeighingResult } from './weighing.js';

const $ = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
};

const form = $<HTMLFormElement>('weighing');
const childSelect = $<HTMLSelectElement>('child');
const dateInput = $<HTMLInputElement>('date');
const weightInput = $<HTMLInputElement>('weight');
const lengthInput = $<HTMLInputElement>('length');
const measuredSelect = $<HTMLSelectElement>('measured');
const errorLine = $('error');
const statusLine = $('status');

const CONFIG_KEY = 'posyandu-weighing:config';

/**
 * The API and the kader's token: `?api=…&token=…` (the test, the dev server's redirect), else what
 * an earlier visit left on the device, else the same origin's `/posyandu/v1`. Both are kept on the
 * device so a start without signal can still send later, and the token leaves the address bar.
 */
function configure(): { apiUrl: string; token: string | undefined } {
  const params = new URLSearchParams(location.search);
  const saved = JSON.parse(localStorage.getItem(CONFIG_KEY) ?? '{}') as { api?: string; token?: string };
  const apiUrl = new URL(params.get('api') ?? saved.api ?? '/posyandu/v1', location.href).href;
  const token = params.get('token') ?? saved.token;
  localStorage.setItem(CONFIG_KEY, JSON.stringify({ api: apiUrl, token }));
  if (params.has('token')) {
    params.delete('token');
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  }
  return { apiUrl, token };
}

const { apiUrl, token } = configure();
// No retries inside the HTTP client: the outbox retries, with backoff and on the `online` event.
const api = createPosyanduClient({
  baseUrl: apiUrl,
  maxRetries: 0,
  timeoutMs: 10_000,
  ...(token === undefined ? {} : { token }),
});
const REGISTER_KEY = `posyandu-weighing:register:${apiUrl}`;

let sent = 0;
const outbox = createOutbox<NewVisit>({
  storage: createIndexedDbStorage({ dbName: 'posyandu-weighings' }),
  send: (visit, { idempotencyKey, signal }) => api.createVisit({ body: visit, idempotencyKey, signal }),
  backoff: { initialMs: 2_000, maxMs: 60_000 },
  onSent: () => {
    sent++;
    void showStatus();
  },
  onRetry: () => void showStatus(),
  onFailed: () => void showStatus(),
});

async function showStatus(): Promise<void> {
  const [pending, failed] = await Promise.all([outbox.pending(), outbox.failed()]);
  const online = navigator.onLine;
  statusLine.dataset['online'] = String(online);
  statusLine.dataset['pending'] = String(pending.length);
  statusLine.dataset['sent'] = String(sent);
  statusLine.dataset['failed'] = String(failed.length);
  statusLine.innerHTML =
    `${online ? 'Daring <span class="en" lang="en">online</span>' : 'Luring <span class="en" lang="en">offline</span>'}` +
    ` · Menunggu dikirim <span class="en" lang="en">pending</span>: <strong>${pending.length}</strong>` +
    ` · Terkirim <span class="en" lang="en">sent</span>: <strong>${sent}</strong>` +
    (failed.length > 0
      ? ` · Gagal <span class="en" lang="en">failed</span>: <strong>${failed.length}</strong>`
      : '');
}

const text = (value: string): string => value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const signed = (z: number): string => (z < 0 ? `−${Math.abs(z).toFixed(2)}` : `+${z.toFixed(2)}`);

function showResult(result: WeighingResult): void {
  const { scores, categories, ageDays, ageMonths } = result;
  // Length up to day 730, height from day 731: the WHO switch, and the Indonesian names with it.
  const height = ageDays >= 731;
  const rows = [
    ['BB/U', 'weight-for-age', scores.weightForAge, categories.weightForAge],
    [
      height ? 'TB/U' : 'PB/U',
      height ? 'height-for-age' : 'length-for-age',
      scores.lengthHeightForAge,
      categories.lengthHeightForAge,
    ],
    [
      height ? 'BB/TB' : 'BB/PB',
      height ? 'weight-for-height' : 'weight-for-length',
      scores.weightForLengthHeight,
      categories.weightForLengthHeight,
    ],
    ['IMT/U', 'BMI-for-age', scores.bmiForAge, categories.bmiForAge],
  ] as const;
  $('age').innerHTML =
    `Umur ${ageMonths} bulan (${ageDays} hari) <span class="en" lang="en">age ${ageMonths} months, ${ageDays} days</span>`;
  $('zscores').querySelector('tbody')!.innerHTML = rows
    .filter(([, , score]) => score !== undefined)
    .map(([id, en, score, category]) => {
      const z = score?.z ?? null;
      const verdict = score?.flagged
        ? 'Periksa ulang pengukuran <span class="en" lang="en">check the measurement</span>'
        : category
          ? `${text(category.label.id)} <span class="en" lang="en">${text(category.label.en)}</span>`
          : '–';
      return `<tr data-index="${en}" data-z="${z ?? ''}"><th scope="row">${id} <span class="en" lang="en">${en}</span></th><td class="z">${z === null ? '–' : signed(z)}</td><td>${verdict}</td></tr>`;
    })
    .join('');
  // The SDK's SVG escapes its own text; it holds no name (the default title).
  $('chart').innerHTML =
    `${result.chartSvg}<figcaption>Grafik BB/U dengan penimbangan ini <span class="en" lang="en">weight-for-age chart with this weighing</span></figcaption>`;
  $('result').hidden = false;
}

function showError(error: unknown): void {
  if (error instanceof ValidationError) {
    errorLine.textContent = error.issues.map((issue) => issue.message.id).join(' ');
  } else if (isOpenGovError(error)) {
    errorLine.textContent = error.messages?.id ?? error.message;
  } else {
    errorLine.textContent = `Kesalahan: ${String(error)}`;
    throw error;
  }
}

const number = (input: HTMLInputElement): number | undefined =>
  input.value.trim() === '' ? undefined : Number(input.value.replace(',', '.'));

/**
 * The register from the API while it answers (and a copy kept on the device), else the copy an
 * earlier start kept: the page then still works without a connection to the API.
 */
async function register(): Promise<{ register: Register; from: 'server' | 'device' }> {
  try {
    const fresh = await loadRegister(api, today());
    saveRegister(localStorage, REGISTER_KEY, fresh);
    return { register: fresh, from: 'server' };
  } catch (error) {
    const saved = savedRegister(localStorage, REGISTER_KEY);
    if (!saved) throw error;
    return { register: saved, from: 'device' };
  }
}

async function start(): Promise<void> {
  dateInput.value = today();
  for (const event of ['online', 'offline']) addEventListener(event, () => void showStatus());
  await showStatus();

  // Loaded now, while online: a weighing must be scored even when the signal is gone.
  const [tables, { register: loaded, from }] = await Promise.all([
    loadGrowthTables(WEIGHING_TABLES),
    register(),
  ]);
  const place = $('posyandu');
  place.dataset['register'] = from;
  place.innerHTML =
    `${text(loaded.posyandu.name)}, ${text(loaded.posyandu.dusun)}` +
    (from === 'device'
      ? ` · daftar tersimpan ${text(loaded.loadedAt.slice(0, 10))} <span class="en" lang="en">saved register, the API did not answer</span>`
      : '');
  childSelect.innerHTML = loaded.children
    .map(
      (child) =>
        `<option value="${text(child.id)}">${text(child.name)} (lahir ${text(child.birthDate)})</option>`,
    )
    .join('');
  form.dataset['ready'] = 'true';
  // Entries left from an earlier visit to the page go out now if the network allows.
  void outbox.flush().then(showStatus);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save(tables, loaded);
  });
}

async function save(tables: GrowthTables, register: Register): Promise<void> {
  errorLine.textContent = '';
  const child = register.children.find((c) => c.id === childSelect.value);
  const weightKg = number(weightInput);
  if (!child || weightKg === undefined || Number.isNaN(weightKg)) {
    errorLine.textContent = 'Isi anak dan berat badan. (Choose a child and enter the weight.)';
    return;
  }
  const lengthHeightCm = number(lengthInput);
  try {
    const result = await assessWeighing({
      child,
      posyanduId: register.posyandu.id,
      tables,
      form: {
        date: dateInput.value,
        weightKg,
        lengthHeightCm,
        measured:
          lengthHeightCm === undefined ? undefined : (measuredSelect.value as 'recumbent' | 'standing'),
      },
    });
    // One field record per weighing: its idempotency key makes every resend the same visit.
    // Who recorded it, the server knows from the token.
    const record = createFieldRecord({
      kind: 'weighing',
      posyanduId: register.posyandu.id,
      payload: result.visit,
    });
    await outbox.enqueue(
      { ...result.visit, localId: record.localId },
      { idempotencyKey: record.idempotencyKey },
    );
    showResult(result);
    await showStatus();
    // Offline this fails fast and the outbox waits for the `online` event (or its backoff timer).
    void outbox.flush().then(showStatus);
  } catch (error) {
    showError(error);
  }
}

registerServiceWorker($('offline'));
start().catch(showError);
