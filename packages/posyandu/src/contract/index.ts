/**
 * `@opengov-id/posyandu/contract`: the posyandu API (posyandu, households, people, visits and
 * measurements, monthly reports) as a contract, with its schemas and the typed client.
 *
 * @packageDocumentation
 */
export { createPosyanduClient, type PosyanduClient, posyanduContract, posyanduRoutes } from './contract.js';
export {
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
  PosyanduService,
  page,
  Visit,
  VisitMeasurements,
} from './schemas.js';
