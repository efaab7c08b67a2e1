import { toZonedIso } from '@opengov-id/core';
import { ContractHttpError, type ContractImplementation, createMswHandlers } from '@opengov-id/core/testing';
import { delay, type HttpHandler, HttpResponse } from 'msw';
import { type CareContract, careContract, ikmResultsBody } from '../contract/contract.js';
import type { IkmResponse } from '../ikm/ikm.js';
import {
  IllegalTransitionError,
  type ReportAction,
  TransitionForbiddenError,
  transition,
} from '../lifecycle/machine.js';
import { type Actor, Report } from '../model/report.js';
import { toPublicReport, toPublicReports } from '../privacy/public.js';

/** Options of {@link createInMemoryCareStore}. */
export interface CareStoreOptions {
  /** The clock. @defaultValue `() => new Date()` */
  now?: () => Date;
  /** Report ids. @defaultValue `NTB-<year>-<000001>` in order */
  newId?: (sequence: number) => string;
}

/**
 * An in-memory care server: reports, idempotency keys and IKM responses, and the contract
 * implementation that serves them.
 *
 * @example
 * ```ts
 * const store: CareStore = createInMemoryCareStore();
 * store.reports.size; // 0
 * ```
 */
export interface CareStore {
  /** Reports by id. */
  readonly reports: Map<string, Report>;
  /** Idempotency key → the result first answered for it. */
  readonly keys: Map<string, unknown>;
  /** Stored IKM responses. */
  readonly ikm: IkmResponse[];
  /** The implementation of every route of the care contract. */
  readonly implementation: ContractImplementation<CareContract>;
}

const problem = (
  status: 403 | 404 | 409,
  code: string,
  message: { id: string; en: string },
  allowed?: readonly string[],
) => new ContractHttpError(status, allowed ? { code, message, allowed: [...allowed] } : { code, message });

/**
 * Creates an in-memory care server honouring `Idempotency-Key`: a key seen before gets the
 * first answer again with 200, never a second record.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 *
 * const store = createInMemoryCareStore({ now: () => new Date('2026-03-02T00:00:00Z') });
 * const server = setupServer(...createCareMswHandlers({ baseUrl: 'https://care.test/api/v1', store }));
 * server.listen();
 * ```
 */
export function createInMemoryCareStore(options: CareStoreOptions = {}): CareStore {
  const now = options.now ?? (() => new Date());
  let sequence = 0;
  const newId =
    options.newId ?? ((n: number) => `NTB-${toZonedIso(now()).slice(0, 4)}-${String(n).padStart(6, '0')}`);
  const reports = new Map<string, Report>();
  const keys = new Map<string, unknown>();
  const ikm: IkmResponse[] = [];

  const find = (id: string): Report => {
    const found = reports.get(id);
    if (!found)
      throw problem(404, 'not_found', {
        id: `Laporan ${id} tidak ditemukan.`,
        en: `Report ${id} not found.`,
      });
    return found;
  };
  /** Runs `make` once per key; a repeated key gets the first answer back with 200. */
  const once = <T>(key: string | undefined, make: () => T): T | { status: 200; body: T } => {
    if (key !== undefined && keys.has(key)) return { status: 200, body: keys.get(key) as T };
    const result = make();
    if (key !== undefined) keys.set(key, result);
    return result;
  };
  const act = (id: string, action: ReportAction, actor: Actor): Report => {
    try {
      const next = transition(find(id), action, actor, { at: now() });
      reports.set(id, next);
      return next;
    } catch (error) {
      if (error instanceof IllegalTransitionError)
        throw problem(
          409,
          error.code,
          error.messages ?? { id: error.message, en: error.message },
          error.allowed,
        );
      if (error instanceof TransitionForbiddenError)
        throw problem(403, error.code, error.messages ?? { id: error.message, en: error.message });
      throw error;
    }
  };

  const implementation: ContractImplementation<CareContract> = {
    submitReport: ({ body, idempotencyKey }) => {
      const existing = idempotencyKey === undefined ? undefined : keys.get(idempotencyKey);
      if (existing !== undefined) return { status: 200, body: existing as Report };
      sequence += 1;
      const report = Report.parse({
        ...body,
        id: newId(sequence),
        receivedAt: body.receivedAt ?? toZonedIso(now()),
      });
      reports.set(report.id, report);
      if (idempotencyKey !== undefined) keys.set(idempotencyKey, report);
      return { status: 201, body: report };
    },
    getReport: ({ params }) => find(params.id),
    listReports: ({ query }) => {
      const all = [...reports.values()].filter(
        (r) =>
          (query.status === undefined || query.status.includes(r.status)) &&
          (query.type === undefined || r.type === query.type) &&
          (query.channel === undefined || r.channel === query.channel) &&
          (query.category === undefined || r.category === query.category) &&
          (query.priority === undefined || r.priority === query.priority) &&
          (query.regionCode === undefined || (r.location.regionCode ?? '').startsWith(query.regionCode)),
      );
      const start = (query.page - 1) * query.limit;
      return { items: all.slice(start, start + query.limit), page: query.page, total: all.length };
    },
    listPublicReports: ({ query }) => {
      const visible = toPublicReports(
        [...reports.values()].filter(
          (r) =>
            (query.status === undefined || query.status.includes(r.status)) &&
            (query.category === undefined || r.category === query.category) &&
            (query.regionCode === undefined || (r.location.regionCode ?? '').startsWith(query.regionCode)),
        ),
      );
      const start = (query.page - 1) * query.limit;
      return { items: visible.slice(start, start + query.limit), page: query.page, total: visible.length };
    },
    getPublicReport: ({ params }) => {
      const report = reports.get(params.id);
      const pub = report === undefined ? null : toPublicReport(report);
      // Not publishable reads as not found: a rahasia report's existence is not public either.
      if (pub === null)
        throw problem(404, 'not_found', {
          id: `Laporan ${params.id} tidak ditemukan.`,
          en: `Report ${params.id} not found.`,
        });
      return pub;
    },
    transitionReport: ({ params, body, idempotencyKey }) =>
      once(idempotencyKey, () => act(params.id, body.action as ReportAction, body.actor)),
    addResponse: ({ params, body, idempotencyKey }) =>
      once(idempotencyKey, () =>
        act(
          params.id,
          {
            type: 'jawab',
            response: { text: body.text, ...(body.public === undefined ? {} : { public: body.public }) },
          },
          body.actor,
        ),
      ),
    addFollowUp: ({ params, body, idempotencyKey }) =>
      once(idempotencyKey, () =>
        act(
          params.id,
          {
            type: 'tindak_lanjuti',
            followUp: { text: body.text, ...(body.public === undefined ? {} : { public: body.public }) },
          },
          body.actor,
        ),
      ),
    giveFeedback: ({ params, body, idempotencyKey }) =>
      once(idempotencyKey, () => {
        const { actor, ...feedback } = body;
        return act(params.id, { type: 'tanggapi', feedback }, actor);
      }),
    submitIkmSurvey: ({ body, idempotencyKey }) => {
      const existing = idempotencyKey === undefined ? undefined : keys.get(idempotencyKey);
      if (existing !== undefined) return { status: 200, body: existing as { id: string } };
      ikm.push(
        body.unit === undefined ? { answers: body.answers } : { unit: body.unit, answers: body.answers },
      );
      const result = { id: `IKM-${ikm.length}` };
      if (idempotencyKey !== undefined) keys.set(idempotencyKey, result);
      return { status: 201, body: result };
    },
    getIkmResults: ({ query }) =>
      ikmResultsBody(query.unit === undefined ? ikm : ikm.filter((r) => r.unit === query.unit), {
        population: query.population,
      }),
  };
  return { reports, keys, ikm, implementation };
}

/**
 * A fault injected around one request: an error status or a dropped connection before the
 * server does anything, or after it did the work (the answer is lost), or a stall after the work.
 *
 * @example
 * ```ts
 * const fault: CareFault = 'drop_after';
 * ```
 */
export type CareFault = 'error_before' | 'error_after' | 'drop_before' | 'drop_after' | 'stall_after';

/** Fault injection for {@link createCareMswHandlers}. */
export interface CareFaultOptions {
  /** Share of requests that fail, 0–1. */
  rate: number;
  /** Seed of the pseudo-random choice, so a run can be repeated. @defaultValue 1 */
  seed?: number;
  /** Faults to draw from, evenly. @defaultValue all five */
  kinds?: readonly CareFault[];
  /** How long `stall_after` holds the answer, in ms (make it longer than the client's timeout). @defaultValue 1000 */
  stallMs?: number;
  /** Called for every fault injected, for counting. */
  onFault?: (fault: CareFault, operationId: string) => void;
}

/** Options of {@link createCareMswHandlers}. */
export interface CareMswOptions {
  /** The base URL the client under test uses. */
  baseUrl: string;
  /** The server state. @defaultValue a new {@link createInMemoryCareStore} */
  store?: CareStore;
  /** Inject faults. */
  faults?: CareFaultOptions;
}

const ALL_FAULTS: readonly CareFault[] = [
  'error_before',
  'error_after',
  'drop_before',
  'drop_after',
  'stall_after',
];

/** mulberry32: small, seedable, good enough to spread faults. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type AnyImpl = (context: unknown) => unknown;

/**
 * msw handlers serving the care contract from an in-memory store, optionally failing a share
 * of requests the way real networks do, so a client's retries and idempotency can be tested.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 *
 * const store = createInMemoryCareStore();
 * const server = setupServer(...createCareMswHandlers({ baseUrl: 'https://care.test/api/v1', store, faults: { rate: 0.3, seed: 7 } }));
 * server.listen();
 * ```
 */
export function createCareMswHandlers(options: CareMswOptions): HttpHandler[] {
  const store = options.store ?? createInMemoryCareStore();
  const faults = options.faults;
  if (!faults || faults.rate <= 0)
    return createMswHandlers(careContract, store.implementation, { baseUrl: options.baseUrl });
  const random = prng(faults.seed ?? 1);
  const kinds = faults.kinds ?? ALL_FAULTS;
  const wrapped: Record<string, AnyImpl> = {};
  for (const [operationId, impl] of Object.entries(store.implementation as Record<string, AnyImpl>)) {
    wrapped[operationId] = async (context: unknown) => {
      const fault = random() < faults.rate ? kinds[Math.floor(random() * kinds.length)] : undefined;
      if (fault) faults.onFault?.(fault, operationId);
      // Thrown Responses short-circuit msw: a network error or a bare status.
      if (fault === 'error_before') throw new HttpResponse(null, { status: 503 });
      if (fault === 'drop_before') throw HttpResponse.error();
      const result = await impl(context);
      if (fault === 'error_after') throw new HttpResponse(null, { status: 502 });
      if (fault === 'drop_after') throw HttpResponse.error();
      if (fault === 'stall_after') await delay(faults.stallMs ?? 1000);
      return result;
    };
  }
  return createMswHandlers(careContract, wrapped as ContractImplementation<CareContract>, {
    baseUrl: options.baseUrl,
  });
}
