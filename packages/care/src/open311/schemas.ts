import * as z from 'zod';

// Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2, frozen). Every id, code and key is a
// string: the spec's own JSON has `"service_code":001` and numeric keys, so numbers are coerced.
const Str = z.union([z.string(), z.number()]).transform((v) => String(v).trim());
const OptStr = z
  .union([z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => (v === undefined || v === null || String(v).trim() === '' ? null : String(v).trim()));
const Bool = z
  .union([z.boolean(), z.string()])
  .transform((v) => v === true || (typeof v === 'string' && v.trim().toLowerCase() === 'true'));
const OptNum = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((v) => {
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return null;
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? n : null;
  });
const list = <T extends z.ZodType>(item: T) =>
  z
    .union([z.array(item), z.null(), z.literal('')])
    .optional()
    .transform((v) => (Array.isArray(v) ? v : []));

/**
 * One endpoint listed by service discovery.
 *
 * @example
 * ```ts
 * Open311Endpoint.parse({ specification: 'http://wiki.open311.org/GeoReport_v2', url: 'https://x/open311/v2', changeset: '2026-01-01 00:00', type: 'production', formats: ['text/xml'] });
 * ```
 */
export const Open311Endpoint = z.object({
  specification: Str,
  url: Str,
  changeset: OptStr,
  type: OptStr,
  formats: list(Str),
});

/**
 * The service discovery document (`discovery.{xml,json}`).
 *
 * @example
 * ```ts
 * declare const json: unknown; // GET /discovery.json
 * const d = Open311Discovery.parse(json);
 * d.endpoints.filter((e) => e.type === 'production');
 * ```
 */
export const Open311Discovery = z.object({
  changeset: OptStr,
  contact: OptStr,
  key_service: OptStr,
  endpoints: list(Open311Endpoint),
});

/**
 * A service (`services.{fmt}`); `keywords` stays the spec's comma-separated string and
 * `keyword_list` is it split.
 *
 * @example
 * ```ts
 * Open311Service.parse({ service_code: 1, service_name: 'Potholes', metadata: 'false', type: 'realtime', keywords: 'road, hole' }).keyword_list; // => ['road', 'hole']
 * ```
 */
export const Open311Service = z
  .object({
    service_code: Str,
    service_name: OptStr,
    description: OptStr,
    metadata: Bool.optional().transform((v) => v ?? false),
    type: OptStr,
    keywords: OptStr,
    group: OptStr,
  })
  .transform((s) => ({
    ...s,
    keyword_list:
      s.keywords === null
        ? []
        : s.keywords
            .split(',')
            .map((k) => k.trim())
            .filter(Boolean),
  }));

/**
 * The datatypes of a service attribute.
 *
 * @example
 * ```ts
 * OPEN311_DATATYPES.includes('multivaluelist'); // => true
 * ```
 */
export const OPEN311_DATATYPES = [
  'string',
  'number',
  'datetime',
  'text',
  'singlevaluelist',
  'multivaluelist',
] as const;

/**
 * One attribute of a service definition.
 *
 * @example
 * ```ts
 * Open311Attribute.parse({ variable: 'true', code: 'WHISPOLO', datatype: 'singlevaluelist', required: 'true', order: '1', values: [{ key: 'ALLEY002', name: 'Alley' }] });
 * ```
 */
export const Open311Attribute = z.object({
  variable: Bool,
  code: Str,
  datatype: z.enum({
    /** A single line of text. */
    string: 'string',
    /** A number. */
    number: 'number',
    /** A date and time. */
    datetime: 'datetime',
    /** Free text, possibly several lines. */
    text: 'text',
    /** One key out of `values`. */
    singlevaluelist: 'singlevaluelist',
    /** Any number of keys out of `values`. */
    multivaluelist: 'multivaluelist',
  } as const satisfies { readonly [K in (typeof OPEN311_DATATYPES)[number]]: K }),
  required: Bool,
  datatype_description: OptStr,
  order: OptNum,
  description: OptStr,
  values: list(z.object({ key: Str, name: OptStr })),
});

/**
 * A service definition (`services/{code}.{fmt}`), attributes sorted by `order`.
 *
 * @example
 * ```ts
 * Open311ServiceDefinition.parse({ service_code: 'S0301', attributes: [] });
 * ```
 */
export const Open311ServiceDefinition = z
  .object({ service_code: Str, attributes: list(Open311Attribute) })
  .transform((d) => ({
    ...d,
    attributes: [...d.attributes].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity)),
  }));

/**
 * A service request as `GET requests` returns it.
 *
 * @example
 * ```ts
 * Open311ServiceRequest.parse({ service_request_id: 638344, status: 'closed', service_code: '006', requested_datetime: '2010-04-14T06:37:38-08:00' });
 * ```
 */
export const Open311ServiceRequest = z.object({
  service_request_id: OptStr,
  token: OptStr,
  status: z
    .string()
    .transform((s) => s.trim().toLowerCase())
    .pipe(
      z.enum({
        /** Still being worked on. */
        open: 'open',
        /** Closed (done, or refused). */
        closed: 'closed',
      }),
    ),
  status_notes: OptStr,
  service_name: OptStr,
  service_code: OptStr,
  description: OptStr,
  agency_responsible: OptStr,
  service_notice: OptStr,
  requested_datetime: OptStr,
  updated_datetime: OptStr,
  expected_datetime: OptStr,
  address: OptStr,
  address_id: OptStr,
  zipcode: OptStr,
  lat: OptNum,
  long: OptNum,
  media_url: OptStr,
});

/**
 * What `POST requests` returns: a `service_request_id` (realtime services) or a `token`
 * (batch services), with an optional notice.
 *
 * @example
 * ```ts
 * Open311PostResult.parse({ token: '503fc045901932078800163c' }).token;
 * ```
 */
export const Open311PostResult = z.object({
  service_request_id: OptStr,
  token: OptStr,
  service_notice: OptStr,
  account_id: OptStr,
});

/**
 * One error of an Open311 error body (`errors → error {code, description}`).
 *
 * @example
 * ```ts
 * Open311ErrorItem.parse({ code: 400, description: 'Invalid service request: base is a duplicate.' });
 * ```
 */
export const Open311ErrorItem = z.object({ code: Str, description: OptStr });

/**
 * One FixMyStreet `servicerequestupdates` item. `media_url` may repeat, so it is always a list.
 *
 * @example
 * ```ts
 * FmsRequestUpdate.parse({ update_id: 1, service_request_id: 7, status: 'FIXED', updated_datetime: '2014-01-01T12:00:00Z', description: 'Done' });
 * ```
 */
export const FmsRequestUpdate = z.object({
  update_id: Str,
  service_request_id: Str,
  status: Str,
  updated_datetime: OptStr,
  description: OptStr,
  media_url: z
    .union([z.string(), z.array(z.string()), z.null()])
    .optional()
    .transform((v) =>
      v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).map((u) => u.trim()).filter(Boolean),
    ),
  external_status_code: OptStr,
  customer_reference: OptStr,
  fixmystreet_id: OptStr,
});

/** A service discovery document. */
export type Open311Discovery = z.output<typeof Open311Discovery>;
/** A service. */
export type Open311Service = z.output<typeof Open311Service>;
/** A service definition. */
export type Open311ServiceDefinition = z.output<typeof Open311ServiceDefinition>;
/** A service attribute. */
export type Open311Attribute = z.output<typeof Open311Attribute>;
/** A service request. */
export type Open311ServiceRequest = z.output<typeof Open311ServiceRequest>;
/** A POST result. */
export type Open311PostResult = z.output<typeof Open311PostResult>;
/** One error item. */
export type Open311ErrorItem = z.output<typeof Open311ErrorItem>;
/** A FixMyStreet update. */
export type FmsRequestUpdate = z.output<typeof FmsRequestUpdate>;
/** A discovery endpoint. */
export type Open311Endpoint = z.output<typeof Open311Endpoint>;
