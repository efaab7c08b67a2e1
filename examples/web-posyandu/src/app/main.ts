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
import { SAMPLE_CHILDREN, SAMPLE_KADER_ID, SAMPLE_POSYANDU } from './sample.js';
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

// The API: `?api=` (the test's backend), else the same origin (the dev server proxies /api/v1).
const apiUrl = new URL(new URLSearchParams(location.search).get('api') ?? '/api/v1', location.href).href;
// No retries inside the HTTP client: the outbox retries, with backoff and on the `online` event.
const api = createPosyanduClient({ baseUrl: apiUrl, maxRetries: 0, timeoutMs: 10_000 });

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

async function start(): Promise<void> {
  $('posyandu').textContent = `${SAMPLE_POSYANDU.name}, Dusun ${SAMPLE_POSYANDU.dusun}`;
  childSelect.innerHTML = SAMPLE_CHILDREN.map(
    (child) => `<option value="${text(child.id)}">${text(child.name)} (lahir ${child.birthDate})</option>`,
  ).join('');
  dateInput.value = today();
  for (const event of ['online', 'offline']) addEventListener(event, () => void showStatus());
  await showStatus();

  // Loaded now, while online: a weighing must be scored even when the signal is gone.
  const tables: GrowthTables = await loadGrowthTables(WEIGHING_TABLES);
  form.dataset['ready'] = 'true';
  // Entries left from an earlier visit to the page go out now if the network allows.
  void outbox.flush().then(showStatus);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save(tables);
  });
}

async function save(tables: GrowthTables): Promise<void> {
  errorLine.textContent = '';
  const child = SAMPLE_CHILDREN.find((c) => c.id === childSelect.value);
  const weightKg = number(weightInput);
  if (!child || weightKg === undefined || Number.isNaN(weightKg)) {
    errorLine.textContent = 'Isi anak dan berat badan. (Choose a child and enter the weight.)';
    return;
  }
  const lengthHeightCm = number(lengthInput);
  try {
    const result = await assessWeighing({
      child,
      posyanduId: SAMPLE_POSYANDU.id,
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
    const record = createFieldRecord({
      kind: 'weighing',
      posyanduId: SAMPLE_POSYANDU.id,
      recordedBy: SAMPLE_KADER_ID,
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

start().catch(showError);
