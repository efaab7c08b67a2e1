/**
 * `@opengov-id/posyandu/testing`: msw handlers for the posyandu API and an in-memory
 * implementation of it, for testing apps built on `createPosyanduClient`. Needs `msw` 2 (an
 * optional peer dependency).
 *
 * @packageDocumentation
 */
import { type ContractImplementation, ValidationError } from '@opengov-id/core';
import { ContractHttpError, createMswHandlers, type MswHandlersOptions } from '@opengov-id/core/testing';
import type { HttpHandler } from 'msw';
import { posyanduContract } from '../contract/contract.js';
import { correctVisitMeasurements, toPersonRecord, voidVisit } from '../contract/revise.js';
import type {
  Household,
  MeasurementActor,
  MonthlyReport,
  Person,
  Posyandu,
  Visit,
} from '../contract/schemas.js';
import { nutritionFiguresFromVisits, skdnFromVisits, visitGrowth } from '../figures/visits.js';
import { type SkdnCounts, skdnFromCounts } from '../monitoring/skdn.js';

/** An implementation of (some of) the posyandu API's routes. */
export type PosyanduImplementation = ContractImplementation<typeof posyanduContract>;

/**
 * msw 2 handlers for the posyandu API from an implementation (yours, or
 * {@link createInMemoryPosyanduApi}'s): requests and answers are checked against the contract.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 *
 * const melati: Posyandu = { id: 'psy-1', name: 'Posyandu Melati', desaCode: '52.07.02.2001', dusun: 'Bersatu', services: ['kia'], stratum: null, kaderCount: 5 };
 * const api = createInMemoryPosyanduApi({ posyandu: [melati] });
 * const server = setupServer(...createPosyanduMswHandlers(api.implementation, { baseUrl: 'https://posyandu.test/api/v1' }));
 * server.listen();
 * ```
 */
export function createPosyanduMswHandlers(
  implementation: PosyanduImplementation,
  options: MswHandlersOptions,
): HttpHandler[] {
  return createMswHandlers(posyanduContract, implementation, options);
}

/** The records an in-memory posyandu API holds. */
export interface InMemoryPosyanduStore {
  /** Posyandu by id. */
  readonly posyandu: Map<string, Posyandu>;
  /** Households by id. */
  readonly households: Map<string, Household>;
  /** People by id. */
  readonly people: Map<string, Person>;
  /** Visits by id. */
  readonly visits: Map<string, Visit>;
  /** Monthly reports by `<posyanduId>/<month>`. */
  readonly reports: Map<string, MonthlyReport>;
}

/** Options of {@link createInMemoryPosyanduApi}. */
export interface InMemoryPosyanduOptions {
  /** The clock of `recordedAt`, `createdAt`, … (ISO instants). */
  readonly now?: (() => string) | undefined;
  /** Who a request acts as, for the audit history of corrections. @defaultValue `{ role: 'admin' }` */
  readonly actor?: ((request: Request) => MeasurementActor) | undefined;
  /** The small-cell threshold of the nutrition figures. @defaultValue 5 */
  readonly smallCellThreshold?: number | undefined;
}

/** What {@link createInMemoryPosyanduApi} returns. */
export interface InMemoryPosyanduApi {
  /** The route implementations, for {@link createPosyanduMswHandlers}. */
  readonly implementation: PosyanduImplementation;
  /** The records, to seed or inspect in tests. */
  readonly store: InMemoryPosyanduStore;
}

const notFound = (what: string) =>
  new ContractHttpError(404, {
    code: 'not_found',
    message: { id: `${what} tidak ditemukan.`, en: `${what} not found.` },
  });

/** A package rule broken: 409 for a conflict with stored records, 422 otherwise. */
function asProblem(error: unknown): unknown {
  if (!(error instanceof ValidationError)) return error;
  const conflict = error.code === 'duplicate_month' || error.code === 'visit_voided';
  return new ContractHttpError(conflict ? 409 : 422, {
    code: error.code,
    message: error.messages ?? { id: error.message, en: error.message },
  });
}

// The package's own SKDN rules; the API answers counts that break them with 422.
function checkSkdn(counts: SkdnCounts): void {
  try {
    skdnFromCounts(counts);
  } catch (error) {
    throw asProblem(error);
  }
}

const pageOf = <T>(items: T[], page: number, limit: number) => ({
  items: items.slice((page - 1) * limit, page * limit),
  page,
  total: items.length,
});

/**
 * An in-memory posyandu API: every route implemented over maps, creating routes replaying the
 * first record (200) for a repeated `Idempotency-Key`, as a real server should. Seed it with
 * posyandu; ids are `hh-1`, `p-1`, `v-1`, … and times come from `now`.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node';
 *
 * const api = createInMemoryPosyanduApi({ posyandu: [{ id: 'psy-1', name: 'Posyandu Melati',
 *   desaCode: '52.07.02.2001', dusun: 'Bersatu', services: ['kia'], stratum: null, kaderCount: 5 }] });
 * const server = setupServer(...createPosyanduMswHandlers(api.implementation, { baseUrl: 'https://posyandu.test/api/v1' }));
 * server.listen();
 * ```
 */
export function createInMemoryPosyanduApi(
  seed: { readonly posyandu?: readonly Posyandu[] } = {},
  options: InMemoryPosyanduOptions = {},
): InMemoryPosyanduApi {
  const now = options.now ?? (() => '2026-03-16T09:00:00+08:00');
  const actor = options.actor ?? (() => ({ role: 'admin' }) as const);
  const threshold = options.smallCellThreshold;
  const store: InMemoryPosyanduStore = {
    posyandu: new Map((seed.posyandu ?? []).map((p) => [p.id, p])),
    households: new Map(),
    people: new Map(),
    visits: new Map(),
    reports: new Map(),
  };
  const replays = new Map<string, string>();
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}-${++counter}`;
  // A repeated Idempotency-Key on the same route gets the first record back with 200.
  function idempotent<T extends { id: string }>(
    route: string,
    key: string | undefined,
    table: Map<string, T>,
    create: () => T,
  ): { status: 200 | 201; body: T } {
    const previous = key === undefined ? undefined : replays.get(`${route}\u0000${key}`);
    const replay = previous === undefined ? undefined : table.get(previous);
    if (replay) return { status: 200, body: replay };
    const record = create();
    table.set(record.id, record);
    if (key !== undefined) replays.set(`${route}\u0000${key}`, record.id);
    return { status: 201, body: record };
  }
  const requirePosyandu = (id: string) => {
    const p = store.posyandu.get(id);
    if (!p) throw notFound('Posyandu');
    return p;
  };

  const implementation: PosyanduImplementation = {
    listPosyandu: ({ query }) =>
      pageOf(
        [...store.posyandu.values()].filter(
          (p) => query.desaCode === undefined || p.desaCode === query.desaCode,
        ),
        query.page,
        query.limit,
      ),
    getPosyandu: ({ params }) => requirePosyandu(params.id),
    listHouseholds: ({ params, query }) => {
      requirePosyandu(params.posyanduId);
      return pageOf(
        [...store.households.values()].filter((h) => h.posyanduId === params.posyanduId),
        query.page,
        query.limit,
      );
    },
    createHousehold: ({ params, body, idempotencyKey }) => {
      requirePosyandu(params.posyanduId);
      return idempotent('createHousehold', idempotencyKey, store.households, () => ({
        ...body,
        id: nextId('hh'),
        posyanduId: params.posyanduId,
        createdAt: now(),
      }));
    },
    listPeople: ({ params }) => {
      if (!store.households.has(params.householdId)) throw notFound('Rumah tangga / household');
      return { items: [...store.people.values()].filter((p) => p.householdId === params.householdId) };
    },
    createPerson: ({ params, body, idempotencyKey }) => {
      if (!store.households.has(params.householdId)) throw notFound('Rumah tangga / household');
      return idempotent('createPerson', idempotencyKey, store.people, () => ({
        ...body,
        id: nextId('p'),
        householdId: params.householdId,
      }));
    },
    createVisit: ({ body, idempotencyKey }) => {
      requirePosyandu(body.posyanduId);
      if (!store.people.has(body.personId)) throw notFound('Orang / person');
      return idempotent('createVisit', idempotencyKey, store.visits, () => ({
        ...body,
        id: nextId('v'),
        recordedAt: now(),
      }));
    },
    listVisits: ({ params, query }) => {
      if (!store.people.has(params.personId)) throw notFound('Orang / person');
      const visits = [...store.visits.values()]
        .filter((v) => v.personId === params.personId)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      return pageOf(visits, query.page, query.limit);
    },
    getPerson: ({ params }) => {
      const person = store.people.get(params.personId);
      if (!person) throw notFound('Orang / person');
      return toPersonRecord(person);
    },
    correctMeasurement: async ({ params, body, request }) => {
      const visit = store.visits.get(params.visitId);
      const person = visit && store.people.get(visit.personId);
      if (!visit || !person) throw notFound('Kunjungan / visit');
      try {
        const { visit: corrected, changed } = correctVisitMeasurements(visit, body, actor(request), now());
        const visits = [...store.visits.values()].filter((v) => v.personId === person.id);
        // Recomputed before storing: a correction the growth rules reject changes nothing.
        const growth = await visitGrowth(person, corrected, visits);
        if (changed) store.visits.set(corrected.id, corrected);
        return { visit: corrected, growth };
      } catch (error) {
        throw asProblem(error);
      }
    },
    voidMeasurement: ({ params, body, request }) => {
      const visit = store.visits.get(params.visitId);
      if (!visit) throw notFound('Kunjungan / visit');
      const { visit: voided, changed } = voidVisit(visit, body.reason, actor(request), now());
      if (changed) store.visits.set(voided.id, voided);
      return voided;
    },
    getSkdn: async ({ params }) => {
      requirePosyandu(params.posyanduId);
      const households = new Set(
        [...store.households.values()].filter((h) => h.posyanduId === params.posyanduId).map((h) => h.id),
      );
      const people = [...store.people.values()].filter((p) => households.has(p.householdId));
      try {
        const { counts, ratios } = await skdnFromVisits(people, [...store.visits.values()], params.month);
        return { posyanduId: params.posyanduId, month: params.month, counts, ratios };
      } catch (error) {
        throw asProblem(error);
      }
    },
    getNutritionFigures: async ({ params, query }) => {
      const areas = [...store.posyandu.values()]
        .filter((p) => query.desaCode === undefined || p.desaCode === query.desaCode)
        .map((p) => ({ posyanduId: p.id, desaCode: p.desaCode }));
      const figures = await nutritionFiguresFromVisits(
        areas,
        [...store.people.values()],
        [...store.visits.values()],
        params.month,
        threshold === undefined ? {} : { threshold },
      );
      return { month: params.month, ...figures };
    },
    getMonthlyReport: ({ params }) => {
      const report = store.reports.get(`${params.posyanduId}/${params.month}`);
      if (!report) throw notFound('Laporan / report');
      return report;
    },
    submitMonthlyReport: ({ params, body }) => {
      requirePosyandu(params.posyanduId);
      checkSkdn(body.skdn);
      const report = { ...body, posyanduId: params.posyanduId, month: params.month, submittedAt: now() };
      store.reports.set(`${params.posyanduId}/${params.month}`, report);
      return report;
    },
  };
  return { implementation, store };
}
