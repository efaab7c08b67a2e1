export { type CkanContract, ckanContract, ckanOpenApi } from './ckan.js';
export {
  type DataJsonContract,
  DataJsonCatalogSchema,
  dataJsonContract,
  dataJsonOpenApi,
} from './datajson.js';
