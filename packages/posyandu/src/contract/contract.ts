import {
  type Contract,
  createContractClient,
  defineContract,
  type HttpClient,
  type HttpClientOptions,
  toHttpClient,
} from '@opengov-id/core';
import * as z from 'zod';
import {
  ApiProblem,
  Household,
  MonthlyReport,
  MonthlyReportBody,
  NewHousehold,
  NewPerson,
  NewVisit,
  PageQuery,
  PARAMS,
  Person,
  Posyandu,
  page,
  Visit,
} from './schemas.js';

/**
 * The routes of the posyandu API: posyandu, households, people, visits with measurements, and
 * monthly reports. Creating routes are idempotent (`Idempotency-Key`): a kader's retry after a lost
 * answer gets the first record back with 200.
 *
 * @example
 * ```ts
 * posyanduRoutes.createVisit.path; // => '/visits'
 * ```
 */
export const posyanduRoutes = {
  listPosyandu: {
    method: 'GET',
    path: '/posyandu',
    summary: 'List posyandu, optionally of one desa',
    tags: ['posyandu'],
    query: PageQuery.extend({
      desaCode: z
        .string()
        .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/)
        .optional(),
    }),
    responses: { 200: page(Posyandu) },
  },
  getPosyandu: {
    method: 'GET',
    path: '/posyandu/:id',
    summary: 'Get one posyandu',
    tags: ['posyandu'],
    params: PARAMS.id,
    responses: { 200: Posyandu },
    errors: { 404: ApiProblem },
  },
  listHouseholds: {
    method: 'GET',
    path: '/posyandu/:posyanduId/households',
    summary: 'List the households a posyandu serves',
    tags: ['households'],
    params: PARAMS.posyanduId,
    query: PageQuery,
    responses: { 200: page(Household) },
    errors: { 404: ApiProblem },
  },
  createHousehold: {
    method: 'POST',
    path: '/posyandu/:posyanduId/households',
    summary: 'Register a household',
    tags: ['households'],
    params: PARAMS.posyanduId,
    body: NewHousehold,
    idempotent: true,
    responses: { 201: Household, 200: Household },
    errors: { 404: ApiProblem },
  },
  listPeople: {
    method: 'GET',
    path: '/households/:householdId/people',
    summary: 'List the members of a household',
    tags: ['people'],
    params: PARAMS.householdId,
    responses: { 200: z.object({ items: z.array(Person) }) },
    errors: { 404: ApiProblem },
  },
  createPerson: {
    method: 'POST',
    path: '/households/:householdId/people',
    summary: 'Add a household member',
    tags: ['people'],
    params: PARAMS.householdId,
    body: NewPerson,
    idempotent: true,
    responses: { 201: Person, 200: Person },
    errors: { 404: ApiProblem, 409: ApiProblem },
  },
  createVisit: {
    method: 'POST',
    path: '/visits',
    summary: 'Record a visit with its measurements',
    tags: ['visits'],
    body: NewVisit,
    idempotent: true,
    responses: { 201: Visit, 200: Visit },
    errors: { 404: ApiProblem, 409: ApiProblem },
  },
  listVisits: {
    method: 'GET',
    path: '/people/:personId/visits',
    summary: "List a person's visits, oldest first",
    tags: ['visits'],
    params: PARAMS.personId,
    query: PageQuery,
    responses: { 200: page(Visit) },
    errors: { 404: ApiProblem },
  },
  getMonthlyReport: {
    method: 'GET',
    path: '/posyandu/:posyanduId/reports/:month',
    summary: "Get a posyandu's monthly report (SKDN)",
    tags: ['reports'],
    params: PARAMS.report,
    responses: { 200: MonthlyReport },
    errors: { 404: ApiProblem },
  },
  submitMonthlyReport: {
    method: 'PUT',
    path: '/posyandu/:posyanduId/reports/:month',
    summary: "Submit or replace a posyandu's monthly report",
    tags: ['reports'],
    params: PARAMS.report,
    body: MonthlyReportBody,
    responses: { 200: MonthlyReport },
    errors: { 404: ApiProblem, 422: ApiProblem },
  },
} as const;

/**
 * The posyandu API as a contract (core's contract machinery): typed client, msw handlers
 * (`@opengov-id/posyandu/testing`) and OpenAPI (`toOpenApi(posyanduContract, …)`) from one source.
 *
 * @example
 * ```ts
 * import { toOpenApi } from '@opengov-id/core';
 * const document = toOpenApi(posyanduContract, { title: 'Posyandu API', version: '1.0.0' });
 * ```
 */
export const posyanduContract: Contract<typeof posyanduRoutes> =
  /* @__PURE__ */ defineContract(posyanduRoutes);

/** The typed client of the posyandu API. */
export type PosyanduClient = ReturnType<typeof createContractClient<typeof posyanduContract>>;

/**
 * A typed client of a posyandu API: one method per route, requests checked before sending,
 * responses checked on arrival, `Idempotency-Key` on creating routes. Give an
 * {@link @opengov-id/core!index.HttpClient} or the options to make one.
 *
 * @example
 * ```ts
 * declare const record: FieldRecord<unknown>; // the offline field record of this visit
 * const api = createPosyanduClient({ baseUrl: 'https://posyandu.ntbprov.go.id/api/v1' });
 * const visit = await api.createVisit({
 *   body: { personId: 'p-1', posyanduId: 'psy-1', date: '2026-03-16', service: 'kia', measurements: { weightKg: 8.4 } },
 *   idempotencyKey: record.idempotencyKey, // from the offline field record
 * });
 * ```
 */
export function createPosyanduClient(http: HttpClient | HttpClientOptions): PosyanduClient {
  return createContractClient(posyanduContract, toHttpClient(http));
}
