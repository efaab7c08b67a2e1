import { parseWith } from '@opengov-id/core';
import * as z from 'zod';

/**
 * The Frictionless Table Schema field types (v1, plus v2's `list`).
 *
 * @example
 * ```ts
 * TABLE_SCHEMA_TYPES.includes('yearmonth'); // => true
 * ```
 */
export const TABLE_SCHEMA_TYPES = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'list',
  'date',
  'time',
  'datetime',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
] as const;
/** One of {@link TABLE_SCHEMA_TYPES}. */
export type TableSchemaType = (typeof TABLE_SCHEMA_TYPES)[number];

// Zod enum object: TABLE_SCHEMA_TYPES, each documented.
const TYPE_ENUM = {
  /** Text (formats email, uri, uuid, binary). */
  string: 'string',
  /** A number (decimalChar, groupChar, bareNumber). */
  number: 'number',
  /** A whole number. */
  integer: 'integer',
  /** true/false (trueValues, falseValues). */
  boolean: 'boolean',
  /** A JSON object. */
  object: 'object',
  /** A JSON array. */
  array: 'array',
  /** A delimited list (Table Schema v2). */
  list: 'list',
  /** A date, ISO 8601 by default. */
  date: 'date',
  /** A time, ISO 8601 by default. */
  time: 'time',
  /** A date-time, ISO 8601 by default. */
  datetime: 'datetime',
  /** A calendar year. */
  year: 'year',
  /** A year and month. */
  yearmonth: 'yearmonth',
  /** An ISO 8601 duration. */
  duration: 'duration',
  /** A point: "lon, lat", array or object. */
  geopoint: 'geopoint',
  /** A GeoJSON object. */
  geojson: 'geojson',
  /** Any value. */
  any: 'any',
} as const;

/**
 * Field constraints (https://specs.frictionlessdata.io/table-schema/#constraints).
 *
 * @example
 * ```ts
 * FieldConstraints.parse({ required: true, minimum: 0 });
 * ```
 */
export const FieldConstraints = z.looseObject({
  required: z.boolean().optional(),
  unique: z.boolean().optional(),
  minLength: z.number().int().nonnegative().optional(),
  maxLength: z.number().int().nonnegative().optional(),
  minimum: z.union([z.number(), z.string()]).optional(),
  maximum: z.union([z.number(), z.string()]).optional(),
  exclusiveMinimum: z.union([z.number(), z.string()]).optional(),
  exclusiveMaximum: z.union([z.number(), z.string()]).optional(),
  pattern: z.string().optional(),
  enum: z.array(z.union([z.string(), z.number(), z.boolean()])).optional(),
});
/** Field constraints. */
export type FieldConstraints = z.output<typeof FieldConstraints>;

/**
 * One Table Schema field.
 *
 * @example
 * ```ts
 * TableSchemaField.parse({ name: 'jumlah', type: 'integer', constraints: { minimum: 0 } });
 * ```
 */
export const TableSchemaField = z.looseObject({
  name: z.string().min(1),
  title: z.string().optional(),
  description: z.string().optional(),
  type: z.enum(TYPE_ENUM).default('string'),
  format: z.string().optional(),
  constraints: FieldConstraints.optional(),
  trueValues: z.array(z.string()).optional(),
  falseValues: z.array(z.string()).optional(),
  decimalChar: z.string().optional(),
  groupChar: z.string().optional(),
  bareNumber: z.boolean().optional(),
  missingValues: z.array(z.string()).optional(),
});
/** A Table Schema field. */
export type TableSchemaField = z.output<typeof TableSchemaField>;

/**
 * A Frictionless Table Schema: fields, missing values, primary and foreign keys.
 *
 * @example
 * ```ts
 * const schema = TableSchema.parse({
 *   fields: [
 *     { name: 'kode_wilayah', type: 'string', constraints: { required: true, pattern: '\\d{2}(\\.\\d{2}){0,3}' } },
 *     { name: 'jumlah', type: 'integer', constraints: { minimum: 0 } },
 *   ],
 *   primaryKey: 'kode_wilayah',
 * });
 * ```
 */
export const TableSchema = z.looseObject({
  fields: z.array(TableSchemaField).min(1),
  missingValues: z.array(z.string()).default(['']),
  primaryKey: z.union([z.string(), z.array(z.string())]).optional(),
  uniqueKeys: z.array(z.array(z.string())).optional(),
  foreignKeys: z
    .array(
      z.looseObject({
        fields: z.union([z.string(), z.array(z.string())]),
        reference: z.looseObject({
          resource: z.string(),
          fields: z.union([z.string(), z.array(z.string())]),
        }),
      }),
    )
    .optional(),
});
/** A Table Schema. */
export type TableSchema = z.output<typeof TableSchema>;
/** The input form of {@link TableSchema}. */
export type TableSchemaInput = z.input<typeof TableSchema>;

/**
 * Parses a Table Schema, throwing a bilingual `ValidationError` naming each wrong field.
 *
 * @example
 * ```ts
 * const schema = parseTableSchema(await (await fetch('https://data.ntbprov.go.id/schemas/penduduk.json')).json());
 * ```
 */
export function parseTableSchema(input: unknown): TableSchema {
  return parseWith(TableSchema, input, 'TableSchema');
}
