import { parseWith } from '@opengov-id/core';
import type { CkanDatastoreField } from '../ckan/datastore-field.js';
import type { LostField, MappingResult } from '../mapping/result.js';
import {
  parseTableSchema,
  TableSchema,
  type TableSchemaField,
  type TableSchemaType,
} from './table-schema.js';

/**
 * A CKAN DataStore field (`datastore_create` / `datastore_search` `fields[]`): the same type as
 * {@link CkanDatastoreField}, so the `fields` of a search go straight into {@link fromDatastoreFields}.
 *
 * @example
 * ```ts
 * const field: DatastoreField = { id: 'jumlah', type: 'int4', info: { label: 'Jumlah penduduk' } };
 * ```
 */
export type DatastoreField = CkanDatastoreField;

/** What {@link toDatastoreFields} returns: fields and the primary key for `datastore_create`. */
export interface DatastoreDefinition {
  fields: DatastoreField[];
  primaryKey?: string[];
}

// Table Schema type → PostgreSQL type used by the DataStore (ckanext/datastore/backend/postgres.py).
const TO_PG: Readonly<Record<TableSchemaType, string>> = {
  string: 'text',
  number: 'numeric',
  integer: 'int',
  boolean: 'bool',
  object: 'json',
  array: 'json',
  list: 'text',
  date: 'date',
  time: 'time',
  datetime: 'timestamp',
  year: 'int',
  yearmonth: 'text',
  duration: 'interval',
  geopoint: 'text',
  geojson: 'json',
  any: 'text',
};

/** The default PostgreSQL type of each Table Schema type in the DataStore. */
export const TABLE_SCHEMA_TO_DATASTORE: Readonly<Record<TableSchemaType, string>> = TO_PG;

// DataStore types seen in the wild (int4, float8, _text, ...) → Table Schema.
function fromPg(type: string): TableSchemaType | undefined {
  const t = type.toLowerCase();
  if (t.startsWith('_') || t.endsWith('[]')) return 'array';
  if (/^(int|int2|int4|int8|integer|smallint|bigint|serial|bigserial)$/.test(t)) return 'integer';
  if (/^(numeric|decimal|float4|float8|real|double precision|money)$/.test(t)) return 'number';
  if (/^(text|varchar|char|character varying|character|name|citext|uuid)$/.test(t)) return 'string';
  if (t === 'bool' || t === 'boolean') return 'boolean';
  if (t === 'date') return 'date';
  if (t === 'time' || t === 'timetz') return 'time';
  if (t === 'timestamp' || t === 'timestamptz') return 'datetime';
  if (t === 'json' || t === 'jsonb') return 'object';
  if (t === 'interval') return 'duration';
  return undefined;
}

const FRICTIONLESS_KEY = 'frictionless';

/**
 * Maps a Table Schema to DataStore `fields` (and `primary_key`) for `datastore_create`. Titles
 * and descriptions go to the Data Dictionary `info.label` / `info.notes`; what PostgreSQL types
 * cannot say (format, constraints, true/false values, the exact type when two share a column
 * type) is kept as JSON in `info.frictionless`, so {@link fromDatastoreFields} restores the
 * schema exactly. Foreign keys have no DataStore home and are reported in `lost`.
 *
 * @example
 * ```ts
 * declare const schema: TableSchema; // the resource's Table Schema
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id', token: process.env['CKAN_TOKEN'] });
 * const { value } = toDatastoreFields(schema);
 * await ckan.datastoreCreate({ resourceId: 'b0c1d2e3-penduduk-2024', ...value });
 * ```
 */
export function toDatastoreFields(input: unknown): MappingResult<DatastoreDefinition> {
  const schema = parseTableSchema(input);
  const lost: LostField[] = [];
  const fields = schema.fields.map((f) => {
    const { name, type, title, description, ...rest } = f;
    const out: DatastoreField = { id: name, type: TO_PG[type] };
    const info: NonNullable<DatastoreField['info']> = {};
    if (title !== undefined) info.label = title;
    if (description !== undefined) info.notes = description;
    const needsType = fromPg(out.type) !== type;
    if (needsType || Object.keys(rest).length > 0) {
      info[FRICTIONLESS_KEY] = JSON.stringify({ ...(needsType ? { type } : {}), ...rest });
    }
    if (Object.keys(info).length) out.info = info;
    return out;
  });
  const value: DatastoreDefinition = { fields };
  if (schema.primaryKey !== undefined) {
    value.primaryKey = Array.isArray(schema.primaryKey) ? schema.primaryKey : [schema.primaryKey];
  }
  if (schema.foreignKeys?.length)
    lost.push({ field: 'foreignKeys', reason: 'the DataStore has no foreign keys' });
  if (schema.uniqueKeys?.length)
    lost.push({ field: 'uniqueKeys', reason: 'the DataStore fields hold no unique keys (use indexes)' });
  const ms = schema.missingValues;
  if (!(ms.length === 1 && ms[0] === ''))
    lost.push({ field: 'missingValues', reason: 'the DataStore stores nulls, not missing-value markers' });
  return { value, lost };
}

/**
 * Maps DataStore `fields` (as `datastore_search` returns them, `_id` included) back to a Table
 * Schema: PostgreSQL types to Table Schema types, Data Dictionary labels and notes to titles and
 * descriptions, and `info.frictionless` restored. Unknown column types become `any`, reported in
 * `lost`.
 *
 * @example
 * ```ts
 * const ckan = createCkanClient({ baseUrl: 'https://data.sumbawabaratkab.go.id' });
 * const { fields } = await ckan.datastoreSearch({ resourceId: 'b0c1d2e3-penduduk-2024', limit: 0 });
 * const { value: schema } = fromDatastoreFields(fields);
 * ```
 */
export function fromDatastoreFields(
  fields: readonly DatastoreField[],
  primaryKey?: readonly string[],
): MappingResult<TableSchema> {
  const lost: LostField[] = [];
  const out: TableSchemaField[] = [];
  fields.forEach((f, i) => {
    if (f.id === '_id') return;
    let extra: Record<string, unknown> = {};
    const raw = f.info?.[FRICTIONLESS_KEY];
    if (typeof raw === 'string' && raw !== '') {
      try {
        extra = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        lost.push({ field: `fields[${i}].info.${FRICTIONLESS_KEY}`, reason: 'not valid JSON' });
      }
    }
    let type = fromPg(f.info?.type_override || f.type);
    if (type === undefined) {
      lost.push({ field: `fields[${i}].type`, reason: `no Table Schema type for ${f.type}; read as any` });
      type = 'any';
    }
    const field: Record<string, unknown> = { name: f.id, type, ...extra };
    if (f.info?.label) field['title'] = f.info.label;
    if (f.info?.notes) field['description'] = f.info.notes;
    out.push(field as TableSchemaField);
  });
  const schema: Record<string, unknown> = { fields: out };
  if (primaryKey?.length) schema['primaryKey'] = primaryKey.length === 1 ? primaryKey[0] : [...primaryKey];
  return { value: parseWith(TableSchema, schema, 'TableSchema'), lost };
}
