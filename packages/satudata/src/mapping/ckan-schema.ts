import * as z from 'zod';
import { fastSchema } from './fast-schema.js';

// CKAN sends what `default_show_package_schema` and the model columns hold, plus whatever
// ckanext-scheming adds at the top level, so every object here is loose (unknown keys kept) and
// nearly every value nullish (ckan/ckan:ckan/logic/schema.py; satudata.md §1 "Gotchas").

const CKAN_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A CKAN timestamp: ISO 8601, usually **naive UTC with no offset** (`2021-11-30T09:50:08.812727`),
 * sometimes a bare date or with an offset. Kept as sent; {@link ckanTimestampToInstant} gives the
 * instant.
 *
 * @example
 * ```ts
 * CkanTimestamp.parse('2021-11-30T09:50:08.812727'); // ok: naive UTC
 * CkanTimestamp.safeParse('30/11/2021').success; // => false
 * ```
 */
export const CkanTimestamp = z
  .string()
  .regex(CKAN_TIMESTAMP, { message: 'must be an ISO 8601 date or timestamp.' });

/**
 * The instant of a CKAN timestamp, with an offset: a naive timestamp is UTC (CKAN stores
 * `datetime.utcnow()`), so it gets `Z`; a bare date stays a date.
 *
 * @example
 * ```ts
 * ckanTimestampToInstant('2021-11-30T09:50:08.812727'); // => '2021-11-30T09:50:08.812727Z'
 * ckanTimestampToInstant('2024-05-01'); // => '2024-05-01'
 * ckanTimestampToInstant('30/11/2021'); // throws RangeError
 * ```
 */
export function ckanTimestampToInstant(value: string): string {
  const v = value.trim().replace(' ', 'T');
  // The same rule as CkanTimestamp: anything else is not a CKAN timestamp at all.
  if (!CKAN_TIMESTAMP.test(v)) throw new RangeError('not an ISO 8601 date or timestamp');
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (/(?:Z|[+-]\d{2}:?\d{2})$/.test(v)) return v;
  return /T\d{2}:\d{2}$/.test(v) ? `${v}:00Z` : `${v}Z`;
}

/**
 * The detailed zod schema behind {@link CkanExtra}: every field CKAN sends, typed, unknown keys
 * kept. Use it for `.shape` or `.extend()`; parse with {@link CkanExtra}, which is faster.
 *
 * @example
 * ```ts
 * const Scheming = CkanExtraDetailed.extend({ custom_field: z.string().nullish() });
 * ```
 */
export const CkanExtraDetailed = z.looseObject({
  key: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]).nullable(),
});
/** A CKAN extra. */
export type CkanExtra = z.output<typeof CkanExtraDetailed>;
/**
 * One `extras` entry of a CKAN package: `{ key, value }`, value a string by CKAN's rules (some
 * sites send numbers or booleans; those are accepted too).
 *
 * Valid input is checked by a compiled predicate and returned as is (no copy); invalid input
 * runs the detailed zod schema, so issues name their path.
 *
 * @example
 * ```ts
 * CkanExtra.parse({ key: 'sdi_access_level', value: 'terbuka' });
 * ```
 */
export const CkanExtra: z.ZodType<CkanExtra> = /* @__PURE__ */ fastSchema(CkanExtraDetailed);

/**
 * The detailed zod schema behind {@link CkanTag}: every field CKAN sends, typed, unknown keys
 * kept. Use it for `.shape` or `.extend()`; parse with {@link CkanTag}, which is faster.
 *
 * @example
 * ```ts
 * const Scheming = CkanTagDetailed.extend({ custom_field: z.string().nullish() });
 * ```
 */
export const CkanTagDetailed = z.looseObject({
  id: z.string().nullish(),
  name: z.string(),
  display_name: z.string().nullish(),
  state: z.string().nullish(),
  vocabulary_id: z.string().nullish(),
});
/** A CKAN tag. */
export type CkanTag = z.output<typeof CkanTagDetailed>;
/**
 * A CKAN tag as embedded in a package (`package_show`) or listed by `tag_list?all_fields=true`.
 *
 * Valid input is checked by a compiled predicate and returned as is (no copy); invalid input
 * runs the detailed zod schema, so issues name their path.
 *
 * @example
 * ```ts
 * CkanTag.parse({ name: 'kesehatan', display_name: 'kesehatan', vocabulary_id: null });
 * ```
 */
export const CkanTag: z.ZodType<CkanTag> = /* @__PURE__ */ fastSchema(CkanTagDetailed);

/**
 * The detailed zod schema behind {@link CkanGroup}: every field CKAN sends, typed, unknown keys
 * kept. Use it for `.shape` or `.extend()`; parse with {@link CkanGroup}, which is faster.
 *
 * @example
 * ```ts
 * const Scheming = CkanGroupDetailed.extend({ custom_field: z.string().nullish() });
 * ```
 */
export const CkanGroupDetailed = z.looseObject({
  id: z.string().nullish(),
  name: z.string(),
  title: z.string().nullish(),
  display_name: z.string().nullish(),
  description: z.string().nullish(),
  image_url: z.string().nullish(),
  image_display_url: z.string().nullish(),
  type: z.string().nullish(),
  is_organization: z.boolean().nullish(),
  state: z.string().nullish(),
  created: CkanTimestamp.nullish(),
  approval_status: z.string().nullish(),
  package_count: z.number().nullish(),
});
/** A CKAN group. */
export type CkanGroup = z.output<typeof CkanGroupDetailed>;
/**
 * A CKAN group as embedded in a package (`groups[]`) or returned by `group_show`.
 *
 * Valid input is checked by a compiled predicate and returned as is (no copy); invalid input
 * runs the detailed zod schema, so issues name their path.
 *
 * @example
 * ```ts
 * CkanGroup.parse({ name: 'kesehatan', title: 'Kesehatan' });
 * ```
 */
export const CkanGroup: z.ZodType<CkanGroup> = /* @__PURE__ */ fastSchema(CkanGroupDetailed);

/**
 * The detailed zod schema behind {@link CkanOrganization}: every field CKAN sends, typed, unknown keys
 * kept. Use it for `.shape` or `.extend()`; parse with {@link CkanOrganization}, which is faster.
 *
 * @example
 * ```ts
 * const Scheming = CkanOrganizationDetailed.extend({ custom_field: z.string().nullish() });
 * ```
 */
export const CkanOrganizationDetailed = z.looseObject({
  id: z.string(),
  name: z.string(),
  title: z.string().nullish(),
  display_name: z.string().nullish(),
  type: z.string().nullish(),
  is_organization: z.boolean().nullish(),
  description: z.string().nullish(),
  image_url: z.string().nullish(),
  image_display_url: z.string().nullish(),
  created: CkanTimestamp.nullish(),
  approval_status: z.string().nullish(),
  state: z.string().nullish(),
  package_count: z.number().nullish(),
  num_followers: z.number().nullish(),
  extras: z.array(CkanExtraDetailed).nullish(),
  users: z.array(z.unknown()).nullish(),
  groups: z.array(z.unknown()).nullish(),
  tags: z.array(z.unknown()).nullish(),
});
/** A CKAN organization. */
export type CkanOrganization = z.output<typeof CkanOrganizationDetailed>;
/**
 * A CKAN organization (`organization_show`, `organization_list?all_fields=true`, or the
 * `organization` embedded in a package).
 *
 * Valid input is checked by a compiled predicate and returned as is (no copy); invalid input
 * runs the detailed zod schema, so issues name their path.
 *
 * @example
 * ```ts
 * CkanOrganization.parse({ id: '4c08…', name: 'dinas-kesehatan', title: 'Dinas Kesehatan', is_organization: true });
 * ```
 */
export const CkanOrganization: z.ZodType<CkanOrganization> =
  /* @__PURE__ */ fastSchema(CkanOrganizationDetailed);

/**
 * The detailed zod schema behind {@link CkanResource}: every field CKAN sends, typed, unknown keys
 * kept. Use it for `.shape` or `.extend()`; parse with {@link CkanResource}, which is faster.
 *
 * @example
 * ```ts
 * const Scheming = CkanResourceDetailed.extend({ custom_field: z.string().nullish() });
 * ```
 */
export const CkanResourceDetailed = z.looseObject({
  id: z.string().nullish(),
  package_id: z.string().nullish(),
  url: z.string().nullish(),
  name: z.string().nullish(),
  description: z.string().nullish(),
  format: z.string().nullish(),
  mimetype: z.string().nullish(),
  mimetype_inner: z.string().nullish(),
  hash: z.string().nullish(),
  size: z.union([z.number(), z.string()]).nullish(),
  position: z.number().nullish(),
  state: z.string().nullish(),
  created: CkanTimestamp.nullish(),
  last_modified: CkanTimestamp.nullish(),
  metadata_modified: CkanTimestamp.nullish(),
  cache_url: z.string().nullish(),
  cache_last_updated: CkanTimestamp.nullish(),
  resource_type: z.string().nullish(),
  url_type: z.string().nullish(),
  datastore_active: z.boolean().nullish(),
});
/** A CKAN resource. */
export type CkanResource = z.output<typeof CkanResourceDetailed>;
/**
 * A CKAN resource. `size` is a number or a numeric string (HDX), `url_type` is `"upload"`, `""`
 * or null, free extra keys sit flat in the dict.
 *
 * Valid input is checked by a compiled predicate and returned as is (no copy); invalid input
 * runs the detailed zod schema, so issues name their path.
 *
 * @example
 * ```ts
 * CkanResource.parse({ id: 'bd79…', url: 'https://…/data.csv', format: 'CSV', size: '1024', datastore_active: true });
 * ```
 */
export const CkanResource: z.ZodType<CkanResource> = /* @__PURE__ */ fastSchema(CkanResourceDetailed);

/**
 * The detailed zod schema behind {@link CkanPackage}: every field CKAN sends, typed, unknown keys
 * kept. Use it for `.shape` or `.extend()`; parse with {@link CkanPackage}, which is faster.
 *
 * @example
 * ```ts
 * const Scheming = CkanPackageDetailed.extend({ custom_field: z.string().nullish() });
 * ```
 */
export const CkanPackageDetailed = z.looseObject({
  id: z.string(),
  name: z.string(),
  title: z.string().nullish(),
  type: z.string().nullish(),
  state: z.string().nullish(),
  private: z.boolean().nullish(),
  owner_org: z.string().nullish(),
  organization: CkanOrganizationDetailed.nullish(),
  author: z.string().nullish(),
  author_email: z.string().nullish(),
  maintainer: z.string().nullish(),
  maintainer_email: z.string().nullish(),
  license_id: z.string().nullish(),
  license_title: z.string().nullish(),
  license_url: z.string().nullish(),
  isopen: z.boolean().nullish(),
  notes: z.string().nullish(),
  url: z.string().nullish(),
  version: z.string().nullish(),
  metadata_created: CkanTimestamp.nullish(),
  metadata_modified: CkanTimestamp.nullish(),
  creator_user_id: z.string().nullish(),
  num_resources: z.number().nullish(),
  num_tags: z.number().nullish(),
  tags: z.array(CkanTagDetailed).nullish(),
  groups: z.array(CkanGroupDetailed).nullish(),
  extras: z.array(CkanExtraDetailed).nullish(),
  resources: z.array(CkanResourceDetailed).nullish(),
  relationships_as_object: z.array(z.unknown()).nullish(),
  relationships_as_subject: z.array(z.unknown()).nullish(),
  tracking_summary: z.looseObject({ total: z.number(), recent: z.number() }).nullish(),
  revision_id: z.string().nullish(),
  revision_timestamp: CkanTimestamp.nullish(),
});
/** A CKAN package. */
export type CkanPackage = z.output<typeof CkanPackageDetailed>;
/**
 * A CKAN package (dataset) as `package_show` / `package_search` return it: the default schema,
 * nullable values, naive UTC timestamps, old (≤ 2.8) `revision_*` keys, and any ckanext-scheming
 * fields at the top level (kept as unknown keys).
 *
 * Valid input is checked by a compiled predicate and returned as is (no copy); invalid input
 * runs the detailed zod schema, so issues name their path.
 *
 * @example
 * ```ts
 * declare const response: { result: unknown }; // a decoded package_show answer
 * const pkg = CkanPackage.parse(response.result);
 * pkg.metadata_modified; // '2017-10-18T14:44:12.587015' (naive UTC)
 * ```
 */
export const CkanPackage: z.ZodType<CkanPackage> = /* @__PURE__ */ fastSchema(CkanPackageDetailed);
