export {
  CKAN_EXTRA_KEYS,
  type CkanPackageDict,
  fromCkanPackage,
  toCkanPackage,
} from './ckan.js';
export {
  CkanExtra,
  CkanExtraDetailed,
  CkanGroup,
  CkanGroupDetailed,
  CkanOrganization,
  CkanOrganizationDetailed,
  CkanPackage,
  CkanPackageDetailed,
  CkanResource,
  CkanResourceDetailed,
  CkanTag,
  CkanTagDetailed,
  CkanTimestamp,
  ckanTimestampToInstant,
} from './ckan-schema.js';
export {
  type FromDcatApOptions,
  fromDcatAp,
  fromDcatApCatalog,
  type JsonLdDocument,
  type ToDcatApOptions,
  toDcatAp,
} from './dcat-ap.js';
export { fromDcatApTurtle } from './dcat-ap-turtle.js';
export {
  DCAT_US_EXTENSION_KEY,
  type DataJsonCatalog,
  DcatUsDataset,
  DcatUsDistribution,
  fromDcatUs,
  toDataJson,
  toDcatUs,
} from './dcat-us.js';
export { SATUDATA_NAMESPACE } from './rdf.js';
export type { ExtensionOptions, LostField, MappingResult } from './result.js';
