/**
 * `@opengov-id/posyandu/contract`: the posyandu API (posyandu, households, people, visits and
 * measurements, monthly reports) as a contract, with its schemas and the typed client.
 *
 * @packageDocumentation
 */
export { createPosyanduClient, type PosyanduClient, posyanduContract, posyanduRoutes } from './contract.js';
export { correctVisitMeasurements, toPersonRecord, type VisitRevisionResult, voidVisit } from './revise.js';
export {
  ApiProblem,
  CorrectedVisit,
  Household,
  MeasurementActor,
  MeasurementCorrection,
  MeasurementRevision,
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
  PosyanduService,
  page,
  SkdnBody,
  Visit,
  VisitGrowthBody,
  VisitMeasurements,
} from './schemas.js';
