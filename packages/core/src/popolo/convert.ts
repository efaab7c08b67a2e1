import type * as z from 'zod';
import { ValidationError } from '../errors/validation.js';
import { describeIssue, parseWith } from '../errors/zod.js';
import { Membership, Organization, PERSONAL_IDENTIFIER_SCHEMES, Person, Post } from './schemas.js';

/** The Popolo classes that {@link toPopolo} and {@link fromPopolo} convert. */
export type PopoloClass = 'person' | 'organization' | 'post' | 'membership';

/** Our type for each {@link PopoloClass}. */
export interface PopoloModels {
  /** {@link Person}. */
  person: Person;
  /** {@link Organization}. */
  organization: Organization;
  /** {@link Post}. */
  post: Post;
  /** {@link Membership}. */
  membership: Membership;
}

/** `'honorificPrefix'` → `'honorific_prefix'`, at the type level. */
export type SnakeCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${SnakeCase<Tail>}`
  : S;

/**
 * The Popolo JSON form of one of our types: keys in snake_case, `areaCode` as `area_id`,
 * recursively.
 */
export type PopoloJson<T> = T extends readonly (infer Item)[]
  ? PopoloJson<Item>[]
  : T extends object
    ? { [K in keyof T as K extends 'areaCode' ? 'area_id' : SnakeCase<K & string>]: PopoloJson<T[K]> }
    : T;

/** Options for {@link toPopolo}. */
export interface ToPopoloOptions {
  /**
   * Keep a person's identifiers with a personal scheme ({@link PERSONAL_IDENTIFIER_SCHEMES}:
   * NIK, No. KK, NPWP). Only for closed, lawful processing, never for publication.
   * @defaultValue false
   */
  keepPersonalIdentifiers?: boolean;
}

const SCHEMAS: { readonly [K in PopoloClass]: z.ZodType<PopoloModels[K]> } = {
  person: Person,
  organization: Organization,
  post: Post,
  membership: Membership,
};

const SUBJECTS: Readonly<Record<PopoloClass, string>> = {
  person: 'Person',
  organization: 'Organization',
  post: 'Post',
  membership: 'Membership',
};

const toSnake = (key: string): string =>
  key === 'areaCode' ? 'area_id' : key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const toCamel = (key: string): string =>
  key === 'area_id' ? 'areaCode' : key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

// Renames keys recursively; Popolo's nulls ("unknown") and undefined become absent keys.
function rekey(value: unknown, rename: (key: string) => string): unknown {
  if (Array.isArray(value)) return value.map((item) => rekey(item, rename));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null || item === undefined || key === '__proto__') continue;
    out[rename(key)] = rekey(item, rename);
  }
  return out;
}

/**
 * Converts one of our records to Popolo JSON: camelCase keys become snake_case
 * (`honorificPrefix` → `honorific_prefix`, `parentId` → `parent_id`, `contactDetails` →
 * `contact_details`), and `areaCode` becomes `area_id` (the Popolo Area id is the Kemendagri
 * code). Lossless: `fromPopolo(kind, toPopolo(kind, x))` equals `x`, except that a person's
 * NIK, No. KK and NPWP identifiers are dropped unless `keepPersonalIdentifiers` is set.
 *
 * @throws {@link ValidationError} when `value` does not match our schema.
 * @example
 * ```ts
 * toPopolo('post', { id: 'ksb-bupati', label: 'Bupati Sumbawa Barat', role: 'Bupati', organizationId: 'pemkab-ksb', areaCode: '52.07' });
 * // => { id: 'ksb-bupati', label: 'Bupati Sumbawa Barat', role: 'Bupati', organization_id: 'pemkab-ksb', area_id: '52.07' }
 * ```
 */
export function toPopolo<K extends PopoloClass>(
  kind: K,
  value: PopoloModels[K],
  options: ToPopoloOptions = {},
): PopoloJson<PopoloModels[K]> {
  const schema = schemaFor(kind);
  const record: Record<string, unknown> = { ...parseWith(schema, value, SUBJECTS[kind]) };
  if (kind === 'person' && !options.keepPersonalIdentifiers && Array.isArray(record['identifiers'])) {
    const kept = (record['identifiers'] as { scheme: string }[]).filter(
      (i) => !PERSONAL_IDENTIFIER_SCHEMES.includes(i.scheme.toLowerCase()),
    );
    if (kept.length > 0) record['identifiers'] = kept;
    else delete record['identifiers'];
  }
  return rekey(record, toSnake) as PopoloJson<PopoloModels[K]>;
}

/**
 * Reads Popolo JSON (snake_case, as published by Popolo tools and EveryPolitician) into one
 * of our records, validated. `null` values, which Popolo uses for "unknown", become absent
 * fields; keys outside the Popolo class and our schema are dropped. Field names in error
 * messages are the Popolo (snake_case) ones.
 *
 * @throws {@link ValidationError} when the JSON does not fit, e.g. an organization without a
 * `classification` we know, or an `area_id` that is not a Kemendagri code.
 * @example
 * ```ts
 * const person = fromPopolo('person', { id: 'p-001', name: 'Amar Nurmansyah', honorific_prefix: 'Dr. Ir. H.' });
 * person.honorificPrefix; // => 'Dr. Ir. H.'
 * ```
 */
export function fromPopolo<K extends PopoloClass>(kind: K, json: unknown): PopoloModels[K] {
  const schema = schemaFor(kind);
  const result = schema.safeParse(rekey(json, toCamel));
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) =>
    describeIssue({ ...issue, path: issue.path.map((p) => (typeof p === 'string' ? toSnake(p) : p)) }),
  );
  throw new ValidationError(issues, { subject: `Popolo ${kind}` });
}

function schemaFor<K extends PopoloClass>(kind: K): z.ZodType<PopoloModels[K]> {
  if (typeof kind === 'string' && Object.hasOwn(SCHEMAS, kind)) return SCHEMAS[kind];
  throw ValidationError.single(
    'kind',
    {
      id: 'Kolom `kind` harus person, organization, post atau membership.',
      en: 'Field `kind` must be person, organization, post or membership.',
    },
    'invalid_value',
  );
}
