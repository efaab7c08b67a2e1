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
  CorrectedVisit,
  Household,
  MeasurementCorrection,
  MeasurementVoid,
  MonthlyReport,
  MonthlyReportBody,
  NewHousehold,
  NewPerson,
  NewVisit,
  NutritionFiguresBody,
  PageQuery,
  PARAMS,
  Person,
  PersonRecord,
  Posyandu,
  page,
  SkdnBody,
  Visit,
} from './schemas.js';

const DesaCodeQuery = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/);

/**
 * The routes of the posyandu API: posyandu, households, people, visits with measurements and their
 * corrections, monthly reports, SKDN computed from the visits, and public nutrition figures.
 * Creating routes are idempotent (`Idempotency-Key`): a kader's retry after a lost answer gets the
 * first record back with 200; a correction or voiding repeated changes nothing the second time.
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
  getPerson: {
    method: 'GET',
    path: '/people/:personId',
    summary: 'Get one person (NIK masked)',
    tags: ['people'],
    params: PARAMS.personId,
    responses: { 200: PersonRecord },
    errors: { 404: ApiProblem },
  },
  correctMeasurement: {
    method: 'PUT',
    path: '/visits/:visitId/measurements',
    summary: "Correct a visit's measurements, keeping the old ones in its audit history",
    tags: ['visits'],
    params: PARAMS.visitId,
    body: MeasurementCorrection,
    responses: { 200: CorrectedVisit },
    errors: { 404: ApiProblem, 409: ApiProblem, 422: ApiProblem },
  },
  voidMeasurement: {
    method: 'POST',
    path: '/visits/:visitId/void',
    summary: 'Void a visit entered in error (kept in its audit history, counted nowhere)',
    tags: ['visits'],
    params: PARAMS.visitId,
    body: MeasurementVoid,
    responses: { 200: Visit },
    errors: { 404: ApiProblem },
  },
  getSkdn: {
    method: 'GET',
    path: '/posyandu/:posyanduId/skdn/:month',
    summary: "SKDN of a posyandu's month computed from its stored visits",
    tags: ['reports'],
    params: PARAMS.report,
    responses: { 200: SkdnBody },
    errors: { 404: ApiProblem, 422: ApiProblem },
  },
  getNutritionFigures: {
    method: 'GET',
    path: '/nutrition-figures/:month',
    summary: 'Public nutrition figures of a month per posyandu and desa (small cells withheld)',
    tags: ['reports'],
    params: PARAMS.month,
    query: z.object({ desaCode: DesaCodeQuery.optional() }),
    responses: { 200: NutritionFiguresBody },
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
