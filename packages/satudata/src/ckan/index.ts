export {
  type CkanClient,
  type CkanClientOptions,
  type CkanPackageInput,
  type CkanResourceInput,
  CKAN_MAX_ROWS,
  createCkanClient,
  type DatastorePaging,
  type DatastoreSearchParams,
  type GroupListParams,
  type ListParams,
  type PackageSearchParams,
} from './client.js';
export {
  CkanActionError,
  CkanAuthorizationError,
  CkanBadRequestError,
  type CkanErrorInit,
  CkanNotFoundError,
  CkanSearchError,
  CkanValidationError,
} from './errors.js';
export { type CkanAnswerContext, CkanHtmlResponseError } from './parse.js';
export {
  CKAN_RESULT_SCHEMAS,
  CkanLicense,
  CkanPackageSearchResult,
  CkanPackageSummary,
  CkanSearchFacet,
  CkanStatus,
  ckanEnvelope,
  CkanDatastoreField,
  DatastoreSearchResult,
} from './schemas.js';
