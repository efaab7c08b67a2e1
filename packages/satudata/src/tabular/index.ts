export { CsvRecordParser } from './csv-parser.js';
export { type CsvFormatOptions, formatCsvField, formatCsvRow } from './csv-writer.js';
export {
  type DatastoreDefinition,
  type DatastoreField,
  fromDatastoreFields,
  TABLE_SCHEMA_TO_DATASTORE,
  toDatastoreFields,
} from './datastore.js';
export {
  FieldConstraints,
  parseTableSchema,
  TABLE_SCHEMA_TYPES,
  TableSchema,
  TableSchemaField,
  type TableSchemaInput,
  type TableSchemaType,
} from './table-schema.js';
export {
  type CsvError,
  type CsvErrorCode,
  type CsvSource,
  CsvValidationError,
  type CsvValidationReport,
  type ValidateCsvOptions,
  validateCsv,
} from './validate.js';
