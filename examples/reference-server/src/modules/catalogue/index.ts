export { CKAN_BASE_PATH, ckanModule } from './ckan.js';
export { DATA_JSON_BASE_PATH, dataJsonModule } from './datajson.js';
export { SAMPLE_TAG, seedSampleCatalogue } from './sample.js';
