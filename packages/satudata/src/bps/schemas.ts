import * as z from 'zod';

const id = z.union([z.number(), z.string()]);

/**
 * A BPS domain (wilayah): `0000` national, `5200` NTB, `5207` Sumbawa Barat.
 *
 * @example
 * ```ts
 * BpsDomain.parse({ domain_id: '5207', domain_name: 'Sumbawa Barat', domain_url: 'https://sumbawabaratkab.bps.go.id' });
 * ```
 */
export const BpsDomain = z.looseObject({
  domain_id: z.string(),
  domain_name: z.string(),
  domain_url: z.string().nullish(),
});
/**
 * A BPS domain.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const value: BpsDomain = BpsDomain.parse(json);
 * ```
 */
export type BpsDomain = z.output<typeof BpsDomain>;

/**
 * A BPS subject (subjek), e.g. `Kependudukan`.
 *
 * @example
 * ```ts
 * BpsSubject.parse({ sub_id: 12, title: 'Kependudukan', subcat_id: 1, subcat: 'Sosial dan Kependudukan', ntabel: 4 });
 * ```
 */
export const BpsSubject = z.looseObject({
  sub_id: id,
  title: z.string(),
  subcat_id: id.nullish(),
  subcat: z.string().nullish(),
  ntabel: id.nullish(),
});
/**
 * A BPS subject.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const value: BpsSubject = BpsSubject.parse(json);
 * ```
 */
export type BpsSubject = z.output<typeof BpsSubject>;

/**
 * A BPS variable (variabel) of the dynamic tables.
 *
 * @example
 * ```ts
 * BpsVariable.parse({ var_id: 1956, title: 'Jumlah Penduduk', sub_id: 12, unit: 'Jiwa' });
 * ```
 */
export const BpsVariable = z.looseObject({
  var_id: id,
  title: z.string(),
  sub_id: id.nullish(),
  sub_name: z.string().nullish(),
  def: z.string().nullish(),
  notes: z.string().nullish(),
  vertical: id.nullish(),
  unit: z.string().nullish(),
  turth: id.nullish(),
  turvar: id.nullish(),
});
/**
 * A BPS variable.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const value: BpsVariable = BpsVariable.parse(json);
 * ```
 */
export type BpsVariable = z.output<typeof BpsVariable>;

/**
 * The pagination head of a BPS list: `[ {page, pages, per_page, count, total}, items ]`.
 *
 * @example
 * ```ts
 * BpsPagination.parse({ page: 1, pages: 5, per_page: 10, count: 10, total: 48 });
 * ```
 */
export const BpsPagination = z.looseObject({
  page: z.number(),
  pages: z.number(),
  per_page: z.number().nullish(),
  count: z.number().nullish(),
  total: z.number().nullish(),
});
/**
 * The pagination head of a BPS list.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const value: BpsPagination = BpsPagination.parse(json);
 * ```
 */
export type BpsPagination = z.output<typeof BpsPagination>;

const label = z.looseObject({ val: id, label: z.string() });

/**
 * The answer of `model=data`: the dimension lists and `datacontent`, whose keys are the five
 * ids concatenated (`vervar` + `var` + `turvar` + `th` + `turth`).
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const raw = BpsDataResponse.parse(json);
 * console.log(Object.keys(raw.datacontent).length);
 * ```
 */
export const BpsDataResponse = z.looseObject({
  status: z.string(),
  'data-availability': z.string(),
  last_update: z.string().nullish(),
  subject: z.array(label).nullish(),
  var: z.array(
    z.looseObject({
      val: id,
      label: z.string(),
      unit: z.string().nullish(),
      subj: z.string().nullish(),
      def: z.string().nullish(),
      decimal: id.nullish(),
      note: z.string().nullish(),
    }),
  ),
  turvar: z.array(label),
  labelvervar: z.string().nullish(),
  vervar: z.array(label),
  tahun: z.array(label),
  turtahun: z.array(label),
  datacontent: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});
/**
 * The answer of `model=data`.
 *
 * @example
 * ```ts
 * declare const json: unknown; // a decoded response body
 * const value: BpsDataResponse = BpsDataResponse.parse(json);
 * ```
 */
export type BpsDataResponse = z.output<typeof BpsDataResponse>;
