export {
  BPS_DOMAINS,
  BPS_WEBAPI_URL,
  BpsApiError,
  type BpsClient,
  type BpsClientOptions,
  type BpsDataRow,
  type BpsDataTable,
  type BpsListPage,
  createBpsClient,
  decodeBpsData,
} from './client.js';
export { BpsDataResponse, BpsDomain, BpsPagination, BpsSubject, BpsVariable } from './schemas.js';
