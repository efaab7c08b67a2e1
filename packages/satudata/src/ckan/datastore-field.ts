import * as z from 'zod';

// Its own module, so the tabular mapping and the CKAN client share one schema without either
// pulling in the other's code.

// CKAN validates `info` only as a dict; a number written through the API must not fail a read.
const infoText = z.string().nullish().catch(undefined);

/**
 * The Data Dictionary `info` of a DataStore field: `label`, `notes` and `type_override`, plus
 * any key a site or plugin adds (kept as sent).
 *
 * @example
 * ```ts
 * const info = CkanDatastoreFieldInfo.parse({ label: 'Jumlah penduduk', notes: 'Jiwa', type_override: '' });
 * console.log(info.label);
 * ```
 */
export const CkanDatastoreFieldInfo = z.looseObject({
  label: infoText,
  notes: infoText,
  type_override: infoText,
});
/**
 * The Data Dictionary `info` of a DataStore field.
 *
 * @example
 * ```ts
 * const info: CkanDatastoreFieldInfo = { label: 'Jumlah penduduk', notes: 'Jiwa' };
 * ```
 */
export type CkanDatastoreFieldInfo = z.output<typeof CkanDatastoreFieldInfo>;

/**
 * A DataStore field: `id`, `type` (`int4`, `text`, `numeric`, `timestamp`, `_text`, ...) and
 * the optional Data Dictionary `info`. The same shape is read from `datastore_search` and sent
 * to `datastore_create`.
 *
 * @example
 * ```ts
 * CkanDatastoreField.parse({ id: 'jumlah', type: 'int4', info: { label: 'Jumlah' } });
 * ```
 */
export const CkanDatastoreField = z.looseObject({
  id: z.string(),
  type: z.string(),
  info: CkanDatastoreFieldInfo.nullish(),
});
/**
 * A DataStore field, as `datastore_search` returns it and `datastore_create` takes it.
 *
 * @example
 * ```ts
 * const field: CkanDatastoreField = { id: 'jumlah', type: 'int4', info: { label: 'Jumlah' } };
 * ```
 */
export type CkanDatastoreField = z.output<typeof CkanDatastoreField>;
