// A structural check of FHIR R4 JSON written from the specification (hl7.org/fhir/R4): the
// primitive types' regular expressions (datatypes.html), the elements, cardinalities and required
// bindings of Patient, Observation and Immunization, and the invariants ele-1, ext-1, qty-3,
// obs-6, obs-7 and vs-2. Unknown elements are rejected (strict objects), as a FHIR parser would.
import * as z from 'zod';

// datatypes.html#primitive regexes.
const id = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/);
const uri = z.string().regex(/^\S*$/).min(1);
const code = z.string().regex(/^[^\s]+( [^\s]+)*$/);
const string = z
  .string()
  .min(1)
  .regex(/^[ \r\n\t\S]+$/);
const date = z
  .string()
  .regex(
    /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$/,
  );
const dateTime = z
  .string()
  .regex(
    /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/,
  );
const decimal = z.number().finite();
const positiveInt = z.number().int().min(1);
const integer = z.number().int();
const nonEmpty = <T extends z.ZodType>(t: T) => z.array(t).min(1);

const coding = z.strictObject({
  system: uri.optional(),
  version: string.optional(),
  code: code.optional(),
  display: string.optional(),
  userSelected: z.boolean().optional(),
});
const codeableConcept = z.strictObject({ coding: nonEmpty(coding).optional(), text: string.optional() });
const reference = z.strictObject({
  reference: string.regex(/^[A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/).optional(),
  type: uri.optional(),
  display: string.optional(),
});
// Only the UCUM expressions this SDK emits, checked against the UCUM grammar by hand.
const UCUM = new Set(['kg', 'cm', 'kg/m2', 'mm[Hg]', 'g', '%']);
const quantity = z
  .strictObject({
    value: decimal.optional(),
    comparator: z.enum(['<', '<=', '>=', '>']).optional(),
    unit: string.optional(),
    system: uri.optional(),
    code: code.optional(),
  })
  .refine((q) => q.code === undefined || q.system !== undefined, 'qty-3: a unit code needs a system')
  .refine(
    (q) => q.system !== 'http://unitsofmeasure.org' || (q.code !== undefined && UCUM.has(q.code)),
    'not a UCUM code this check knows',
  );
const identifier = z.strictObject({
  use: z.enum(['usual', 'official', 'temp', 'secondary', 'old']).optional(),
  type: codeableConcept.optional(),
  system: uri.optional(),
  value: string.optional(),
});
type Extension = {
  url: string;
  valueCode?: string | undefined;
  valueString?: string | undefined;
  extension?: Extension[] | undefined;
};
const extension: z.ZodType<Extension> = z.lazy(() =>
  z
    .strictObject({
      url: uri,
      valueCode: code.optional(),
      valueString: string.optional(),
      extension: nonEmpty(extension).optional(),
    })
    .refine(
      (e) => (e.extension === undefined) !== (e.valueCode === undefined && e.valueString === undefined),
      'ext-1: extensions or a value, not both',
    ),
);
const humanName = z.strictObject({
  use: z.enum(['usual', 'official', 'temp', 'nickname', 'anonymous', 'old', 'maiden']).optional(),
  text: string.optional(),
  family: string.optional(),
  given: nonEmpty(string).optional(),
});
const address = z.strictObject({
  extension: nonEmpty(extension).optional(),
  use: z.enum(['home', 'work', 'temp', 'old', 'billing']).optional(),
  type: z.enum(['postal', 'physical', 'both']).optional(),
  text: string.optional(),
  line: nonEmpty(string).optional(),
  city: string.optional(),
  district: string.optional(),
  state: string.optional(),
  postalCode: string.optional(),
  country: string.optional(),
});

export const Patient = z
  .strictObject({
    resourceType: z.literal('Patient'),
    id: id.optional(),
    identifier: nonEmpty(identifier).optional(),
    active: z.boolean().optional(),
    name: nonEmpty(humanName).optional(),
    gender: z.enum(['male', 'female', 'other', 'unknown']).optional(),
    birthDate: date.optional(),
    address: nonEmpty(address).optional(),
    multipleBirthBoolean: z.boolean().optional(),
    multipleBirthInteger: integer.optional(),
  })
  .refine(
    (p) => !(p.multipleBirthBoolean !== undefined && p.multipleBirthInteger !== undefined),
    'multipleBirth[x]: one type only',
  );

const OBSERVATION_STATUS = [
  'registered',
  'preliminary',
  'final',
  'amended',
  'corrected',
  'cancelled',
  'entered-in-error',
  'unknown',
] as const;
const component = z
  .strictObject({
    code: codeableConcept,
    valueQuantity: quantity.optional(),
    dataAbsentReason: codeableConcept.optional(),
  })
  .refine((c) => !(c.valueQuantity && c.dataAbsentReason), 'obs-6 (component)');

export const Observation = z
  .strictObject({
    resourceType: z.literal('Observation'),
    id: id.optional(),
    identifier: nonEmpty(identifier).optional(),
    status: z.enum(OBSERVATION_STATUS),
    category: nonEmpty(codeableConcept).optional(),
    code: codeableConcept,
    subject: reference.optional(),
    encounter: reference.optional(),
    effectiveDateTime: dateTime.optional(),
    issued: z.string().optional(),
    performer: nonEmpty(reference).optional(),
    valueQuantity: quantity.optional(),
    dataAbsentReason: codeableConcept.optional(),
    interpretation: nonEmpty(codeableConcept).optional(),
    note: nonEmpty(z.strictObject({ text: string })).optional(),
    component: nonEmpty(component).optional(),
  })
  .refine((o) => !(o.valueQuantity && o.dataAbsentReason), 'obs-6: dataAbsentReason only without a value')
  .refine(
    (o) => !o.component || o.component.every((c) => JSON.stringify(c.code) !== JSON.stringify(o.code)),
    'obs-7: a component code differs from the observation code',
  )
  .refine(
    (o) =>
      !o.category?.some((c) => c.coding?.some((x) => x.code === 'vital-signs')) ||
      o.component !== undefined ||
      o.valueQuantity !== undefined ||
      o.dataAbsentReason !== undefined,
    'vs-2: a vital sign has a value, components or a data absent reason',
  );

export const Immunization = z.strictObject({
  resourceType: z.literal('Immunization'),
  id: id.optional(),
  identifier: nonEmpty(identifier).optional(),
  status: z.enum(['completed', 'entered-in-error', 'not-done']),
  vaccineCode: codeableConcept,
  patient: reference,
  encounter: reference.optional(),
  occurrenceDateTime: dateTime,
  primarySource: z.boolean().optional(),
  lotNumber: string.optional(),
  performer: nonEmpty(z.strictObject({ function: codeableConcept.optional(), actor: reference })).optional(),
  reasonCode: nonEmpty(codeableConcept).optional(),
  protocolApplied: nonEmpty(
    z.strictObject({ series: string.optional(), doseNumberPositiveInt: positiveInt }),
  ).optional(),
});

/** ele-1 over the whole JSON: no null, no empty object, array or string anywhere. */
export function ele1Violations(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (typeof value === 'string') return value === '' ? [path] : [];
  if (Array.isArray(value))
    return value.length === 0 ? [path] : value.flatMap((v, i) => ele1Violations(v, `${path}[${i}]`));
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length === 0 ? [path] : entries.flatMap(([k, v]) => ele1Violations(v, `${path}.${k}`));
  }
  return [];
}
