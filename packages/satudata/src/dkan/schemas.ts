import * as z from 'zod';

// What reading DKAN needs beyond DCAT-US itself: the publisher chain, the catalogue envelope and
// DKAN's reference ids. The dataset and distribution schemas are the mapping's (src/mapping/dcat-us.ts).

/**
 * A DCAT-US publisher: a name and a chain of `subOrganizationOf`.
 *
 * @example
 * ```ts
 * const publisher: DcatUsPublisher = { name: 'Dinas Kesehatan', subOrganizationOf: { name: 'Pemerintah Provinsi NTB' } };
 * ```
 */
export interface DcatUsPublisher {
  '@type'?: string | undefined;
  name: string;
  subOrganizationOf?: DcatUsPublisher | undefined;
  [key: string]: unknown;
}

/**
 * A DCAT-US publisher, with its `subOrganizationOf` chain.
 *
 * @example
 * ```ts
 * DcatUsPublisherSchema.parse({ name: 'Dinas Kesehatan', subOrganizationOf: { name: 'Pemerintah Kabupaten Sumbawa Barat' } });
 * ```
 */
export const DcatUsPublisherSchema: z.ZodType<DcatUsPublisher> = z.lazy(() =>
  z.looseObject({
    '@type': z.string().optional(),
    name: z.string(),
    subOrganizationOf: DcatUsPublisherSchema.optional(),
  }),
);

/**
 * The outside of a `data.json` catalogue: `conformsTo`, `@context` and the `dataset` list,
 * whose entries are checked one by one so one bad dataset does not hide the others.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const catalog = DataJsonCatalogEnvelope.parse(json);
 * console.log(catalog.dataset.length);
 * ```
 */
export const DataJsonCatalogEnvelope = z.looseObject({
  '@context': z.string().optional(),
  '@id': z.string().optional(),
  '@type': z.string().optional(),
  conformsTo: z.string().optional(),
  describedBy: z.string().optional(),
  dataset: z.array(z.unknown()),
});

/**
 * Removes DKAN 2's reference wrappers (`?show-reference-ids`): `{ identifier, data }` becomes
 * `data` (an object keeps the identifier as its own `identifier` when it has none), so a
 * metastore item reads like plain DCAT-US.
 *
 * @example
 * ```ts
 * unwrapDkanReferences({ keyword: [{ identifier: 'd365', data: 'bike-lanes' }] }); // { keyword: ['bike-lanes'] }
 * ```
 */
export function unwrapDkanReferences(value: unknown, depth = 0): unknown {
  if (depth > 20) return value;
  if (Array.isArray(value)) return value.map((item) => unwrapDkanReferences(item, depth + 1));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 2 && 'identifier' in record && 'data' in record && record['data'] !== undefined) {
    const inner = unwrapDkanReferences(record['data'], depth + 1);
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner) && !('identifier' in inner)) {
      return { identifier: record['identifier'], ...inner };
    }
    return inner;
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = unwrapDkanReferences(record[key], depth + 1);
  return out;
}
